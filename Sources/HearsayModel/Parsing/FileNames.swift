/// Names derived from file paths.
enum FileNames {
    /// The file name without folders and extension: the title of last resort.
    static func title(forID id: String) -> String {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    static func hasArticleExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
