import Foundation
import HearsayText

/// Every line the commands print passes through here, so nothing that came from a file or a file
/// name reaches the terminal as a control: ESC, C1, DEL, BEL, CR, BS and bidirectional controls
/// become `DisplaySafety`'s visible stand-ins (the reader's own), a line break inside a field a
/// space, so a file name can never start a line (a forged diagnostic) of its own. Tabs are kept:
/// they separate the fields of `highlights list`, and move the cursor no further than a space.
enum SafeOutput {
    /// `text` on standard output, then a line break.
    static func line(_ text: String) {
        print(sanitized(text))
    }

    /// `text` on standard error, then a line break.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((sanitized(text) + "\n").utf8))
    }

    /// `text` with `DisplaySafety`'s stand-ins, tabs kept.
    static func sanitized(_ text: String) -> String { DisplaySafety.sanitizedKeepingTabs(text) }

    /// Encoded JSON on standard output, with what a terminal could act on escaped.
    static func json(_ encoded: String, terminator: String = "\n") {
        print(DisplaySafety.escapingJSON(encoded), terminator: terminator)
    }

    /// Several lines of text (a Markdown export): each line made safe, the line breaks kept.
    static func lines(_ text: String, terminator: String = "\n") {
        print(sanitizedLines(text), terminator: terminator)
    }

    static func sanitizedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { sanitized(String($0)) }.joined(separator: "\n")
    }
}
