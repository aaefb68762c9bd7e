import Foundation
import HearsayText
import HearsayTheme
import HearsayUI

/// Golden screen snapshots: a buffer's plain text (and optionally its style map) compared with
/// a checked-in file under `Tests/HearsayUITests/Golden/`. With `HEARSAY_UPDATE_GOLDEN=1` the
/// file is (re)written instead. Screens of our own fixtures are kept as they are; screens of
/// the seeds only `masked`, since their words are not ours to copy.
public enum GoldenScreen {
    public static let directory = Seeds.repositoryRoot.appendingPathComponent("Tests/HearsayUITests/Golden")

    /// The snapshot text: the screen, then (with `styles`) a style map and its legend.
    public static func snapshot(of buffer: ScreenBuffer, styles: Bool) -> String {
        var text = "size \(buffer.size.width)x\(buffer.size.height)\n" + buffer.rows.map { $0 + "|" }.joined(separator: "\n") + "\n"
        if styles {
            let map = buffer.styleMap()
            text += "--- styles ---\n" + map.map + "\n"
            for entry in map.legend { text += "\(entry.letter) = \(describe(entry.style))\n" }
        }
        return text
    }

    /// The snapshot with every letter and digit replaced by its class, width kept: wide ones by
    /// `字`, narrow ones by `a`, `A` or `0`; punctuation, spaces and drawing glyphs stay. For
    /// screens of the seeds, whose words are not ours to copy: the golden file still pins
    /// where every character, line break, punctuation mark and style falls.
    public static func masked(_ snapshot: String) -> String {
        let parts = snapshot.components(separatedBy: "--- styles ---\n")
        let screen = String(
            parts[0].map { character -> Character in
                guard character.isLetter || character.isNumber else { return character }
                if DisplayWidth.of(character) == 2 { return "字" }
                if character.isNumber { return "0" }
                return character.isUppercase ? "A" : "a"
            })
        return ([screen] + parts.dropFirst()).joined(separator: "--- styles ---\n")
    }

    /// `fg=3 bg=default bold reverse`: a style as the legend of a style map writes it.
    public static func describe(_ style: TerminalStyle) -> String {
        func color(_ color: TerminalColor) -> String {
            switch color {
            case .default: "default"
            case .indexed(let index): "\(index)"
            case .rgb(let r, let g, let b):
                "#" + [r, g, b].map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
            }
        }
        var parts = ["fg=\(color(style.foreground))", "bg=\(color(style.background))"]
        let names: [(TerminalAttributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse"),
        ]
        parts += names.filter { style.attributes.contains($0.0) }.map(\.1)
        return parts.joined(separator: " ")
    }

    /// `nil` when `buffer` matches the golden file `name`, else a readable description of
    /// what differs (row by row). Writes the file instead when HEARSAY_UPDATE_GOLDEN=1.
    public static func mismatch(
        _ buffer: ScreenBuffer, named name: String, styles: Bool = false,
        masked: Bool = false
    ) -> String? {
        let plain = snapshot(of: buffer, styles: styles)
        let actual = masked ? Self.masked(plain) : plain
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["HEARSAY_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: file, atomically: true, encoding: .utf8) } catch { return "cannot write \(file.path): \(error)" }
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "no golden file \(file.path); run with HEARSAY_UPDATE_GOLDEN=1 to create it. Actual:\n\(actual)"
        }
        return diff(expected: expected, actual: actual, name: name)
    }

    /// Lines that differ, numbered, expected above actual; `nil` when equal.
    public static func diff(expected: String, actual: String, name: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var report = "screen '\(name)' differs from its golden file (HEARSAY_UPDATE_GOLDEN=1 to accept):\n"
        for index in 0..<max(e.count, a.count) {
            let left = index < e.count ? e[index] : "<missing>", right = index < a.count ? a[index] : "<missing>"
            if left != right { report += "line \(index + 1)\n  expected: \(left)\n  actual:   \(right)\n" }
        }
        return report
    }
}
