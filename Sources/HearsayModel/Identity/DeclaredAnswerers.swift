import Foundation

/// `A` when the article says who answers: an introduction such as `（Q：本刊 A：王建平）`, `问为记者，答为王建平`
/// or `(Q: The Weekly, A: Anna Li)` before the first turn names the people behind the `Q`/`A` (问/答) labels.
enum DeclaredAnswerers {
    private static let pattern = try! NSRegularExpression(
        pattern:
            #"(?<![A-Za-z])(Q|A|问|答|問)\s*(?:[：:=]|为|為|是)\s*([^\n，,。；;、）)（(]{1,30}?)(?=\s*(?:[\n，,。；;、）)（(]|$|\s(?:Q|A|问|答|問)\s*[：:=]))"#)

    /// Folded role key (`a`, `q`, `问`, `答`) → the name the introduction gives it.
    static func names(in introduction: String) -> [String: String] {
        var names: [String: String] = [:]
        let range = NSRange(introduction.startIndex..., in: introduction)
        for match in pattern.matches(in: introduction, range: range) {
            guard let role = Range(match.range(at: 1), in: introduction), let name = Range(match.range(at: 2), in: introduction) else {
                continue
            }
            let key = SpeakerName.fold(String(introduction[role]))
            let declared = String(introduction[name]).trimmingCharacters(in: CharacterSet(charactersIn: "“”\"'"))
            // The first declaration counts; a name that is itself a role label declares nothing.
            if names[key] == nil, !declared.isEmpty, SpeakerName.fold(declared) != key { names[key] = declared }
        }
        return names
    }
}
