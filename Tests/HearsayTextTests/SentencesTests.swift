import Foundation
import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayText

/// The sentences of `text` as strings, for readable expectations.
private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Sentences.ranges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
}

@Suite("Sentence segmentation")
struct SentencesTests {
    @Test("Chinese full stops, question and exclamation marks end sentences")
    func chineseTerminators() {
        #expect(
            sentences("今天下雨了。我们去茶馆吧！你带伞了吗？带了。")
                == ["今天下雨了。", "我们去茶馆吧！", "你带伞了吗？", "带了。"])
    }

    @Test("closing quotes and brackets stay with the sentence they close")
    func closers() {
        #expect(
            sentences("他说：“明天见。”她点头。（这是后话。）然后呢？」好。")
                == ["他说：“明天见。”", "她点头。", "（这是后话。）", "然后呢？」", "好。"])
        #expect(
            sentences("She said \"stop.\" Then she left (quietly.) The end.")
                == ["She said \"stop.\"", "Then she left (quietly.)", "The end."])
    }

    @Test("runs of terminators end one sentence: …… ?! ？！ 。。")
    func terminatorRuns() {
        #expect(
            sentences("他沉默了……过了很久才开口。真的吗?!当然。什么？！好吧。。")
                == ["他沉默了……", "过了很久才开口。", "真的吗?!", "当然。", "什么？！", "好吧。。"])
        #expect(sentences("Wait... No! Really?! Yes.") == ["Wait...", "No!", "Really?!", "Yes."])
    }

    @Test("ASCII ? and ! directly before Chinese end a sentence; inside URLs they do not")
    func asciiInChinese() {
        #expect(
            sentences("成本只要五块钱?你信吗?我不信!")
                == ["成本只要五块钱?", "你信吗?", "我不信!"])
        #expect(sentences("原链接:https://example.org/watch?v=abc.def&x=1!y 完") == ["原链接:https://example.org/watch?v=abc.def&x=1!y 完"])
    }

    @Test("decimals, abbreviations and letter-dot groups do not end a sentence")
    func decimalsAndAbbreviations() {
        #expect(sentences("价格涨了3.5倍。增长率是12.75%。") == ["价格涨了3.5倍。", "增长率是12.75%。"])
        #expect(
            sentences("Mr. Lin met Dr. Wu in the U.S. last week. They spoke at 3.5 p.m. sharp.")
                == ["Mr. Lin met Dr. Wu in the U.S. last week.", "They spoke at 3.5 p.m. sharp."])
        #expect(sentences("美国(U.S.)政府和e.g.例子。") == ["美国(U.S.)政府和e.g.例子。"])
        #expect(sentences("Version 2.5.1 shipped. It works.") == ["Version 2.5.1 shipped.", "It works."])
    }

    @Test("a lowercase word after a Latin terminator continues the sentence")
    func lowercaseContinues() {
        #expect(
            sentences("\"Why?\" he asked. It costs approx. five yuan.")
                == ["\"Why?\" he asked.", "It costs approx. five yuan."])
    }

    @Test("a Chinese full stop ends a sentence even before Latin text")
    func chineseBeforeLatin() {
        #expect(
            sentences("我采访了Lin Wei。Lin,你好。iPhone卖得好。")
                == ["我采访了Lin Wei。", "Lin,你好。", "iPhone卖得好。"])
    }

    @Test("white space between sentences belongs to none; text without a terminator is one sentence")
    func whiteSpaceAndRemainders() {
        #expect(Sentences.ranges(in: "") == [])
        #expect(Sentences.ranges(in: "  \n ") == [])
        #expect(Sentences.ranges(in: "  没有句号的标题  ") == [2..<23])  // seven ideographs, 3 bytes each
        // "一。" is 6 bytes, two spaces, then "二" (3 bytes).
        #expect(Sentences.ranges(in: "一。  二") == [0..<6, 8..<11])
    }

    @Test("a blank line ends a sentence; a single line break does not")
    func lineBreaks() {
        #expect(sentences("第一行\n接着写\n\n第二段") == ["第一行\n接着写", "第二段"])
        #expect(sentences("A title\u{2029}Body text.") == ["A title", "Body text."])
    }

    @Test("combining marks and emoji variation selectors after a terminator stay with it")
    func attachedMarks() {
        #expect(sentences("好！\u{FE0F}再见。") == ["好！\u{FE0F}", "再见。"])
    }

    @Test("sentenceIndex finds the sentence at an offset, or the next one from the gap")
    func sentenceIndex() {
        let ranges = Sentences.ranges(in: "一。  二。")  // [0..<6, 8..<14]
        #expect(Sentences.sentenceIndex(containing: 0, in: ranges) == 0)
        #expect(Sentences.sentenceIndex(containing: 5, in: ranges) == 0)
        #expect(Sentences.sentenceIndex(containing: 6, in: ranges) == 1)
        #expect(Sentences.sentenceIndex(containing: 13, in: ranges) == 1)
        #expect(Sentences.sentenceIndex(containing: 99, in: ranges) == 1)
        #expect(Sentences.sentenceIndex(containing: 0, in: []) == nil)
    }
}

/// Counts on the real seeds (read at run time, never copied into the repository). The expected
/// numbers were counted by hand, sentence by sentence, and cross-checked with an independent
/// regular-expression splitter.
@Suite("Sentence segmentation on the seeds", .enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
struct SentencesSeedTests {
    private func lines(_ name: String) throws -> [String] {
        try String(contentsOf: Seeds.url(name), encoding: .utf8).components(separatedBy: "\n")
    }

    @Test("each dialogue turn of 000 has the hand-counted number of sentences")
    func dialogueTurns() throws {
        let all = try lines("000_b09f4aadc0171de3.txt")
        let dialogue = try #require(all.firstIndex(of: "## 详细对话"))
        let turns = all[(dialogue + 1)...].filter { !$0.isEmpty && !$0.hasPrefix("_") }
        let counts = turns.map { Sentences.ranges(in: $0).count }
        #expect(counts == [2, 4, 1, 1, 2, 4, 4, 3, 3, 3, 1, 2, 3, 1, 1, 1, 3, 2, 3, 3, 3, 3])
        // Every sentence but a turn's last ends with a terminator (plus closers).
        for turn in turns {
            let bytes = Array(turn.utf8)
            for range in Sentences.ranges(in: turn) {
                let sentence = String(decoding: bytes[range], as: UTF8.self)
                #expect("。！？?!".contains(sentence.last!), "\(sentence)")
            }
        }
    }

    @Test("the same counts for the turns as the model loads them")
    func loadedTurns() throws {
        let corpus = CorpusLoader().load(paths: [Seeds.url("000_b09f4aadc0171de3.txt").path])
        let article = try #require(corpus.articles.first)
        let counts = article.turns.map { turn in
            article.blocks[turn.blocks].reduce(0) { $0 + Sentences.ranges(in: $1.text).count }
        }
        #expect(counts == [2, 4, 1, 1, 2, 4, 4, 3, 3, 3, 1, 2, 3, 1, 1, 1, 3, 2, 3, 3, 3, 3])
    }

    @Test(
        "one paragraph of each seed",
        arguments: [
            // (file, 1-based line, sentences)
            ("000_b09f4aadc0171de3.txt", 13, 5),
            // One long line of prose with “…”。 quotes, ”她说。 and 。” attributions, (…) and ——.
            ("001_76943739dec701f9.txt", 28, 61),
            // 1.9 is a decimal, not a full stop.
            ("002_1373a89ae2b4ce52.txt", 86, 3),
            // 54.1% and 20.9%: one sentence.
            ("002_1373a89ae2b4ce52.txt", 44, 1),
            // A quote ending in ！” then its attribution: two sentences.
            ("002_1373a89ae2b4ce52.txt", 36, 2),
            // ASCII ? directly before Chinese, three times.
            ("003_1eb976177dc264a1.txt", 57, 4),
            ("004_dda8f3f459d6c823.txt", 30, 4),
        ])
    func paragraph(file: String, line: Int, expected: Int) throws {
        let text = try lines(file)[line - 1]
        #expect(Sentences.ranges(in: text).count == expected)
    }

    @Test("sentence ranges are ordered, disjoint, trimmed and cover every non-space character")
    func coverage() throws {
        for url in Seeds.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let bytes = Array(text.utf8)
            let ranges = Sentences.ranges(in: text)
            var covered = 0
            var previousEnd = 0
            for range in ranges {
                #expect(range.lowerBound >= previousEnd && !range.isEmpty)
                let gap = String(decoding: bytes[previousEnd..<range.lowerBound], as: UTF8.self)
                #expect(gap.allSatisfy { $0.isWhitespace }, "\(url.lastPathComponent): \(gap)")
                let sentence = String(decoding: bytes[range], as: UTF8.self)
                #expect(sentence.first?.isWhitespace == false && sentence.last?.isWhitespace == false)
                covered += range.count
                previousEnd = range.upperBound
            }
            let rest = String(decoding: bytes[previousEnd...], as: UTF8.self)
            #expect(rest.allSatisfy { $0.isWhitespace })
            #expect(covered > 0)
        }
    }
}
