/// What the Markdown export does to text from articles and notes so that Markdown reads it as the
/// same plain text: no emphasis, links, HTML, code, headings or lists made by the text itself.
enum MarkdownExportEscaping {
    /// Punctuation Markdown (CommonMark and GFM) may interpret anywhere in a line.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "|", "~", "#"]

    /// One line of text: inline punctuation backslash-escaped; at the start, what would open a
    /// block (a list, a heading, a thematic break, a setext underline, an indented code block)
    /// made literal; a line break left inside (CR, U+2028) a space.
    static func line<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        var atStart = true
        var digitsAtStart = true
        for original in text.drop(while: { $0 == " " || $0 == "\t" }) {
            let character: Character = original.isNewline ? " " : original
            if inline.contains(character) || (atStart && (character == "-" || character == "+" || character == "=")) {
                result.append("\\")
            } else if digitsAtStart, !atStart, character == "." || character == ")" {
                result.append("\\")  // `1986.` would start an ordered list
            }
            result.append(character)
            digitsAtStart = digitsAtStart && character.isASCII && character.isNumber
            atStart = false
        }
        return result
    }

    /// A single-line field (a title, a speaker): `line`, every line break inside a space.
    static func field(_ text: String) -> String { line(text) }

    /// `text` as a code span, the fence longer than any backtick run inside.
    static func codeSpan(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + padding + flat + padding + fence
    }

    /// A URL as an autolink `<…>`: the characters an autolink cannot hold (space, `<`, `>`,
    /// controls) percent-encoded.
    static func autolink(_ url: String) -> String {
        var result = "<"
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar == "<" || scalar == ">" || (0x7F...0x9F).contains(scalar.value) {
                for byte in String(scalar).utf8 { result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + ">"
    }
}
