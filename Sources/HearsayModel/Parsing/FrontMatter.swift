import Foundation
import Yams

/// The metadata of a `---` … `---` YAML block at the top of a file.
struct FrontMatter {
    var title: String?
    var date: ArticleDate?
    var summary: String?
    var tags: [String] = []
    var categories: [String] = []
    var language: String?
    var keyPoints: [String] = []

    /// Keys that hold the author's highlights in front matter.
    static let keyPointKeys = ["highlights", "key_points", "keypoints", "keyPoints", "亮点"]

    /// Parses the YAML text; `firstLine` is the file line of the YAML's first line (for diagnostics).
    static func parse(_ yaml: String, firstLine: Int, file: String) -> (FrontMatter, [Diagnostic]) {
        var result = FrontMatter()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (result, [diagnostic(for: error, firstLine: firstLine, file: file)])
        } catch {
            return (result, [Diagnostic(file: file, line: firstLine, severity: .error,
                                        message: "malformed YAML front matter: \(error)")])
        }
        guard let node else { return (result, []) }
        guard let mapping = node.mapping else {
            return (result, [Diagnostic(file: file, line: firstLine, severity: .warning,
                                        message: "front matter is not a list of `key: value` lines; ignored")])
        }
        result.title = scalar(mapping["title"])
        if let dateText = scalar(mapping["date"]) {
            result.date = ArticleDate(original: dateText, timestamp: DateText.timestamp(dateText))
        }
        result.summary = scalar(mapping["summary"]) ?? scalar(mapping["description"])
        result.tags = strings(mapping["tags"])
        result.categories = strings(mapping["categories"])
        result.language = strings(mapping["lang"]).first ?? strings(mapping["language"]).first
        for key in keyPointKeys {
            let points = strings(mapping[key])
            if !points.isEmpty {
                result.keyPoints = points
                break
            }
        }
        return (result, [])
    }

    private static func scalar(_ node: Node?) -> String? {
        guard let text = node?.scalar?.string else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let sequence = node.sequence {
            return sequence.compactMap { scalar($0) }
        }
        return scalar(node).map { [$0] } ?? []
    }

    private static func diagnostic(for error: YamlError, firstLine: Int, file: String) -> Diagnostic {
        let problem: String
        let yamlLine: Int
        switch error {
        case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _), .composer(_, let text, let mark, _):
            problem = text
            yamlLine = mark.line
        case .reader(let text, _, _, _):
            problem = text
            yamlLine = 1
        case .duplicatedKeysInMapping(let duplicates, let context):
            problem = "duplicated keys \(duplicates.joined(separator: ", "))"
            yamlLine = context.mark.line
        default:
            problem = "\(error)"
            yamlLine = 1
        }
        return Diagnostic(file: file, line: firstLine + max(yamlLine, 1) - 1, severity: .error,
                          message: "malformed YAML front matter: \(problem)")
    }
}
