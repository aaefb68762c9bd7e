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

    @Test func bidirectionalControlsBecomeReplacementCharacters() {
        // "Trojan Source": an override would make a bidi-aware terminal show text reordered.
        #expect(DisplaySafety.sanitized("甲\u{202E}乙\u{2066}丙\u{2069}\u{200F}\u{061C}") == "甲\u{FFFD}乙\u{FFFD}丙\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(DisplayWidth.of("\u{202E}") == 1)
        // Joiners are not bidi controls: emoji sequences and Persian text keep them.
        #expect(DisplaySafety.sanitized("👨\u{200D}👩 a\u{200C}b") == "👨\u{200D}👩 a\u{200C}b")
    }

    @Test func printedLinesKeepTheirTabs() {
        #expect(DisplaySafety.sanitizedKeepingTabs("id\t标题\u{1B}[2J\tnote\u{202E}") == "id\t标题␛[2J\tnote\u{FFFD}")
        #expect(DisplaySafety.sanitizedKeepingTabs("a\nb") == "a b")
    }

    @Test func jsonKeepsItsMeaningWithEveryTerminalControlEscaped() {
        let encoded = "[\n  \"a\u{7F}b\u{9B}c\u{202E}d\u{2028}e\\u001b\"\n]"
        #expect(DisplaySafety.escapingJSON(encoded) == "[\n  \"a\\u007fb\\u009bc\\u202ed\\u2028e\\u001b\"\n]")
        #expect(DisplaySafety.escapingJSON("{\"t\": \"中文\"}") == "{\"t\": \"中文\"}")
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

    /// VS16 is dropped: `❤️` is one column to glibc and two in terminals that honour it; the text
    /// presentation is one in both. Wide-by-default emoji and VS15 are left alone.
    @Test func emojiPresentationSelectorsAreDropped() {
        #expect(DisplaySafety.sanitized("我\u{2764}\u{FE0F}茶 1\u{FE0F}\u{20E3} \u{2600}\u{FE0F}") == "我\u{2764}茶 1\u{20E3} \u{2600}")
        #expect(DisplaySafety.sanitized("👍\u{FE0F}\u{2764}\u{FE0E}") == "👍\u{2764}\u{FE0E}")
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == DisplayWidth.of(DisplaySafety.sanitized("\u{2764}\u{FE0F}")))
        #expect(DisplayWidth.of(DisplaySafety.sanitized("1\u{FE0F}\u{20E3}")) == 1)
    }
}
