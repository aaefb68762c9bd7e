/// A one-line text editor for prompts (search, notes): the text as grapheme clusters and a
/// cursor between them, edited with the keys of a shell's line editor.
///
/// Working in grapheme clusters means backspace removes a whole 字, emoji or accented letter,
/// never half of one; a combining mark or ZWJ typed after a character joins it, as the
/// terminal will draw them together.
public struct LineEditor: Sendable, Hashable {
    /// What a key did, so the owner knows whether to search again, finish or give up.
    public enum Outcome: Sendable, Hashable {
        case edited
        case moved
        case submitted
        case cancelled
        case ignored
    }

    public private(set) var characters: [Character]
    /// Index into `characters` of the character after the cursor.
    public private(set) var cursor: Int

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            insert(character)
            return .edited
        case .enter:
            return .submitted
        case .escape, .control("c"), .control("g"):
            return .cancelled
        case .backspace:
            guard cursor > 0 else { return .ignored }
            cursor -= 1
            characters.remove(at: cursor)
            return .edited
        case .delete, .control("d"):
            guard cursor < characters.count else { return .ignored }
            characters.remove(at: cursor)
            return .edited
        case .left, .control("b"):
            return move(to: cursor - 1)
        case .right, .control("f"):
            return move(to: cursor + 1)
        case .home, .control("a"):
            return move(to: 0)
        case .end, .control("e"):
            return move(to: characters.count)
        case .control("u"):
            guard cursor > 0 else { return .ignored }
            characters.removeSubrange(0..<cursor)
            cursor = 0
            return .edited
        case .control("k"):
            guard cursor < characters.count else { return .ignored }
            characters.removeSubrange(cursor...)
            return .edited
        case .control("w"):
            let start = wordStart(before: cursor)
            guard start < cursor else { return .ignored }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        default:
            return .ignored
        }
    }

    private mutating func insert(_ character: Character) {
        // A mark, ZWJ or variation selector arrives as its own key but belongs to the character
        // before it.
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1, let merged = joined.first {
                characters[cursor - 1] = merged
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    private mutating func move(to position: Int) -> Outcome {
        let clamped = min(max(position, 0), characters.count)
        guard clamped != cursor else { return .ignored }
        cursor = clamped
        return .moved
    }

    /// Where Ctrl-W stops: back over spaces, then over the word before them.
    private func wordStart(before position: Int) -> Int {
        var start = position
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return start
    }
}
