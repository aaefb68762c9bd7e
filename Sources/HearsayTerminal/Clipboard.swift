import Foundation
import Glibc

/// OSC 52: asks the terminal to put text on the system clipboard (`ESC ] 52 ; c ; base64 BEL`).
/// Written straight to the terminal after a frame (ncurses has no call for it); the sequence
/// moves no cursor and draws nothing, so curses' idea of the screen stays right.
public enum Clipboard {
    /// The sequence for `text`. Terminals cap what they accept (xterm: 100,000 bytes of base64),
    /// so longer text is cut at a character boundary.
    public static func sequence(for text: String, maximumBytes: Int = 74_000) -> String {
        var bytes = Array(text.utf8)
        if bytes.count > maximumBytes {
            var end = maximumBytes
            while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            bytes = Array(bytes[..<end])
        }
        return "\u{1B}]52;c;" + Data(bytes).base64EncodedString() + "\u{07}"
    }
}

extension TerminalScreen {
    /// Sends `text` to the clipboard (OSC 52); inside tmux, tmux passes it on as its
    /// `set-clipboard` option says.
    public func copyToClipboard(_ text: String) {
        let sequence = Array(Clipboard.sequence(for: text).utf8)
        sequence.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
                if result <= 0 { break }
                written += result
            }
        }
    }
}
