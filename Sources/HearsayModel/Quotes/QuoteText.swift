/// Punctuation classes the quote rules read sentences and clauses by.
enum QuoteText {
    /// Ends a sentence: `。！？` and their Latin forms (a `.` only before a space or the end).
    static func isSentenceEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case "。", "！", "？", "!", "?", "\n": return true
        case ".": return index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\n"
        default: return false
        }
    }

    /// Ends a clause: a sentence end, a comma, a semicolon or a colon.
    static func isClauseBoundary(_ scalar: Unicode.Scalar) -> Bool {
        "。！？!?，,；;：:\n".unicodeScalars.contains(scalar)
    }

    /// Punctuation that makes quoted words a sentence rather than a term (`“DeepSeek时刻”`).
    static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "。！？!?，,；;：:….".unicodeScalars.contains(scalar)
    }

    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        "。！？!?.…".unicodeScalars.contains(scalar)
    }
}
