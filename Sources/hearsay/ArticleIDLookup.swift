/// An article id as the user types it for `show`: the whole id, or a prefix of exactly one id (`show 000`).
enum ArticleIDLookup {
    /// How many ids an error lists before `…`.
    static let listed = 10

    /// The index in `ids` of the article `typed` names; an unknown or ambiguous id is an error naming ids of
    /// the corpus given.
    static func index(of typed: String, among ids: [String]) throws(CommandError) -> Int {
        if let exact = ids.firstIndex(of: typed) { return exact }
        let prefixed = ids.indices.filter { ids[$0].hasPrefix(typed) }
        if prefixed.count == 1, !typed.isEmpty { return prefixed[0] }
        if prefixed.count > 1, !typed.isEmpty {
            throw CommandError(message: "article id '\(typed)' could be any of: \(listing(prefixed.map { ids[$0] })) (give more of it)")
        }
        throw CommandError(message: "no file or article id '\(typed)'" + (ids.isEmpty ? "" : "; ids include: \(listing(ids))"))
    }

    private static func listing(_ ids: [String]) -> String {
        ids.prefix(listed).joined(separator: ", ") + (ids.count > listed ? ", …" : "")
    }
}
