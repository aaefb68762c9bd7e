import HearsayText
import Testing

struct DisplaySafetyTests {
    @Test func escapeSequencesBecomeVisibleText() {
        let hostile = "标题\u{1B}[31m红\u{1B}]0;title\u{07}\u{9B}2J"
        let safe = DisplaySafety.sanitized(hostile)
        #expect(safe == "标题␛[31m红␛]0;title␇\u{FFFD}2J")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func whiteSpaceControlsBecomeSpaces() {
        #expect(DisplaySafety.sanitized("a\tb\nc\r\nd\u{2028}e") == "a b c  d e")
    }

    @Test func otherControlsBecomeControlPictures() {
        #expect(DisplaySafety.sanitized("\u{0}\u{1}\u{1F}\u{7F}") == "␀␁␟␡")
        #expect(DisplaySafety.standIn(for: "\u{1B}") == "␛")
        #expect(DisplaySafety.standIn(for: "\u{80}") == "\u{FFFD}")
    }

    @Test func unassignedScalarsBecomeReplacementCharacters() {
        // U+0378 is unassigned; U+50005 lies in an unassigned plane.
        #expect(DisplaySafety.sanitized("x\u{378}y\u{50005}") == "x\u{FFFD}y\u{FFFD}")
    }

    @Test func safeTextIsUnchanged() {
        for text in ["", "中文，标点。", "Latin words", "👨‍👩‍👧 🇨🇳 e\u{301}", "“引号”", "ｆｕｌｌ"] {
            #expect(DisplaySafety.sanitized(text) == text)
        }
    }

    @Test func graphemeClustersAreKept() {
        let text = "e\u{301}\u{1B}🇨🇳\u{7}👍🏽"
        let safe = DisplaySafety.sanitized(text)
        #expect(safe.count == text.count)
        #expect(Array(safe)[0] == "e\u{301}")
        #expect(Array(safe)[2] == "🇨🇳")
        #expect(Array(safe)[4] == "👍🏽")
    }

    @Test func standInsAreOneColumnWide() {
        for scalar in ["\u{1B}", "\u{0}", "\u{7F}", "\u{85}", "\u{378}", "\t"] as [Unicode.Scalar] {
            #expect(DisplayWidth.of(DisplaySafety.standIn(for: scalar)!) == 1)
            #expect(DisplayWidth.of(scalar) == 1)
        }
    }
}
