import Foundation

/// The note being written for a highlight.
public struct NoteEditing: Sendable, Hashable {
    public var highlightID: UUID
    public var editor: LineEditor

    public init(highlightID: UUID, editor: LineEditor) {
        self.highlightID = highlightID
        self.editor = editor
    }
}
