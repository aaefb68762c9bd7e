import Foundation
import HearsayText
import HearsayTheme

/// What `hearsay themes` prints: one line per theme (current marked with `*`), its source and
/// description, a preview line of sample roles and the speaker palette, and the problems of a
/// broken file.
enum ThemeListing {
    /// `depth` nil: no preview lines (output that is not a terminal).
    static func lines(_ catalog: ThemeCatalog, current: String, depth: ColorDepth?) -> [String] {
        var lines: [String] = []
        // Names, paths, descriptions and problems come from files: made safe here, field by field,
        // since the preview's own escapes must pass.
        let safe = DisplaySafety.sanitized
        let nameWidth = max(12, catalog.entries.map { DisplayWidth.of(safe($0.name)) }.max() ?? 0)
        for entry in catalog.entries {
            let marker = entry.name == current && entry.theme != nil ? "*" : " "
            let name = safe(entry.name)
            let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            let source = safe("\(entry.source)")
            switch entry.result {
            case .success(let theme):
                lines.append("\(marker) \(padded)  \(source)  \(safe(theme.description))")
                if let depth {
                    lines.append("  " + String(repeating: " ", count: nameWidth) + "  " + preview(theme, depth: depth))
                }
            case .failure(let error):
                lines.append("\(marker) \(padded)  \(source)  BROKEN:")
                lines += error.problems.map { "      " + safe("\($0)") }
            }
        }
        return lines
    }

    /// Sample text in a few roles, then one block per speaker colour and highlight colour.
    static func preview(_ theme: Theme, depth: ColorDepth) -> String {
        let resolved = ResolvedTheme(theme, depth: depth, fallback: ThemeCatalog.defaultTheme)
        let samples: [(String, ThemeRole)] = [
            (" selected ", .listSelected), (" Title ", .title), (" Heading ", .heading), (" link ", .link),
            (" key point ", .keyPoint), (" match ", .searchMatch),
        ]
        var text = samples.map { ANSIEscapes.styled($0.0, resolved[$0.1]) }.joined()
        text += " " + resolved.speakers.map { ANSIEscapes.styled("██", $0) }.joined()
        text +=
            " "
            + resolved.highlights.map {
                ANSIEscapes.styled("  ", TerminalStyle(background: $0, attributes: resolved.highlightAttributes))
            }.joined(separator: " ")
        return text
    }

    static func json(_ catalog: ThemeCatalog, current: String) -> String {
        let objects: [[String: Any]] = catalog.entries.map { entry in
            var object: [String: Any] = [
                "name": entry.name,
                "source": entry.source == .builtin ? "builtin" : entry.source.description,
                "current": entry.name == current && entry.theme != nil,
            ]
            switch entry.result {
            case .success(let theme):
                object["description"] = theme.description
                object["missingRoles"] = theme.missingRoles
            case .failure(let error):
                object["problems"] = error.problems.map(\.description)
            }
            return object
        }
        let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
