import Foundation

/// Where the reader was in an article, anchored to its text like a highlight so it survives edits.
public struct ReadingPosition: Sendable, Hashable {
    public var articleID: String
    /// Quotes the text at the position (`TextAnchor.make(article:at:)`); `start` is the position.
    public var anchor: TextAnchor
    public var updated: Date

    public init(articleID: String, anchor: TextAnchor, updated: Date = Date()) {
        self.articleID = articleID
        self.anchor = anchor
        self.updated = updated
    }
}
