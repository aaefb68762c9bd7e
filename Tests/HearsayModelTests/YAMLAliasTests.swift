import HearsayModel
import Testing

/// Front matter whose aliases would expand without limit is refused with a diagnostic; the body
/// is kept (issue 17, item 4).
struct YAMLAliasTests {
    /// `tags` holding `count` aliases of one string of `size` bytes.
    static func aliasBomb(aliases count: Int, size: Int) -> String {
        let big = String(repeating: "x", count: size)
        let aliases = Array(repeating: "*a", count: count).joined(separator: ", ")
        return "---\ntitle: 炸弹\nsummary: &a \(big)\ntags: [\(aliases)]\n---\n\n正文第一段。\n"
    }

    @Test func aliasesExpandingPastTheBoundAreRefusedAndTheBodyKept() throws {
        let result = ArticleParser().parse(Self.aliasBomb(aliases: 1_000, size: 100_000), id: "bomb.md", file: "bomb.md")
        #expect(
            result.diagnostics.map(\.description) == [
                "bomb.md:2: error: front matter aliases expand to more than 357 KB (a YAML bomb?); front matter ignored, text kept"
            ])
        let article = try #require(result.article)
        #expect(article.tags.isEmpty)
        #expect(article.title == "bomb")
        #expect(article.blocks.map(\.text) == ["正文第一段。"])
    }

    @Test func nestedEmptySequencesAreCountedToo() throws {
        // Ten levels of ten aliases each: 10^10 empty nodes, a few hundred bytes of YAML.
        var yaml = "l0: &l0 [\"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\"]\n"
        for level in 1...10 {
            let previous = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "l\(level): &l\(level) [\(previous)]\n"
        }
        let result = ArticleParser().parse("---\ntitle: 嵌套\n\(yaml)---\n\n正文。\n", id: "nested.md", file: "nested.md")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.first?.message.hasPrefix("front matter aliases expand to more than") == true)
        #expect(result.article?.blocks.map(\.text) == ["正文。"])
    }

    @Test func anAliasBombUsedAsAKeyIsRefusedBeforeItIsHashed() throws {
        // Yams checks keys for duplicates by hashing them whole: 10^8 nodes here, a hang.
        var yaml = "l0: &l0 [\"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\", \"\"]\n"
        for level in 1...8 {
            yaml += "l\(level): &l\(level) [\(Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        yaml += "? *l8\n: x\n? *l7\n: y\n"
        let result = ArticleParser().parse("---\ntitle: 键\n\(yaml)---\n\n正文。\n", id: "keys.md", file: "keys.md")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.article?.blocks.map(\.text) == ["正文。"])
    }

    @Test func ordinaryAnchorsStillWork() throws {
        let text = "---\ntitle: &t 锚点\nsummary: *t\ntags: [&x 甲, *x, 乙]\n---\n\n正文。\n"
        let result = ArticleParser().parse(text, id: "anchor.md", file: "anchor.md")
        #expect(result.diagnostics.isEmpty)
        let article = try #require(result.article)
        #expect(article.title == "锚点")
        #expect(article.summary == "锚点")
        #expect(article.tags == ["甲", "甲", "乙"])
    }
}
