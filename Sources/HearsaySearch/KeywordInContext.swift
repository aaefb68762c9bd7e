import HearsayModel
import HearsayText

/// Keyword-in-context lines for search results: the match centred in a line of a given width,
/// with as much of the text around it as fits, trimmed at character (column) boundaries and
/// marked `…` where something was cut.
///
/// The match starts at column `(width − matchWidth) / 2` on every line, so a column of results
/// lines up on the keyword; when the text before the match is short the line starts with spaces.
/// Widths are `DisplayWidth`'s (glibc `wcwidth` per scalar); control characters are replaced by
/// `DisplaySafety`'s visible stand-ins (line breaks and tabs become spaces).
public enum KeywordInContext {
    /// The line for `match` in `article`. `matchColumns` is where the match is drawn (to highlight).
    /// In a turn, the context starts after the speaker's name: results show the name already.
    public static func line(for match: SearchMatch, in article: Article, width: Int) -> (text: String, matchColumns: Range<Int>) {
        guard article.blocks.indices.contains(match.block) else {
            return line(in: match.text(in: article), match: match.range, width: width)
        }
        let block = article.blocks[match.block]
        let wordsStart = block.wordsStart
        guard wordsStart > 0, match.range.lowerBound >= wordsStart else {
            return line(in: block.text, match: match.range, width: width)
        }
        let utf8 = block.text.utf8
        let words = String(block.text[utf8.index(utf8.startIndex, offsetBy: wordsStart)...])
        let shifted = (match.range.lowerBound - wordsStart)..<(match.range.upperBound - wordsStart)
        return line(in: words, match: shifted, width: width)
    }

    /// The line for the UTF-8 range `match` of `text`.
    public static func line(in text: String, match: Range<Int>, width: Int) -> (text: String, matchColumns: Range<Int>) {
        guard width > 0 else { return ("", 0..<0) }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(max(match.lowerBound, 0), utf8.count))
        let end = utf8.index(utf8.startIndex, offsetBy: min(max(match.upperBound, match.lowerBound), utf8.count))
        let matched = visible(text[start..<end])
        let matchWidth = DisplayWidth.of(matched)

        if matchWidth > width {
            let (head, headWidth, _) = leading(matched[...], fitting: width - 1)
            return (head + "…", 0..<(headWidth + 1))
        }
        let leftBudget = (width - matchWidth) / 2
        let rightBudget = width - matchWidth - leftBudget
        let (left, leftWidth) = trailingContext(text[..<start], fitting: leftBudget)
        let (right, _) = leadingContext(text[end...], fitting: rightBudget)
        let padding = String(repeating: " ", count: leftBudget - leftWidth)
        return (padding + left + matched + right, leftBudget..<(leftBudget + matchWidth))
    }

    /// The end of `before` that fits in `budget` columns, starting with `…` when cut.
    private static func trailingContext(_ before: Substring, fitting budget: Int) -> (String, Int) {
        var kept: [String] = []
        var used = 0
        var cut = false
        for character in before.reversed() {
            let shown = visible(character)
            let columns = DisplayWidth.of(shown)
            if used + columns > budget {
                cut = true
                break
            }
            kept.append(shown)
            used += columns
        }
        if cut {
            // Make room for the mark: drop characters from the far end until it fits.
            while used + 1 > budget, let dropped = kept.popLast() { used -= DisplayWidth.of(dropped) }
            guard used + 1 <= budget else { return ("", 0) }
            return ("…" + kept.reversed().joined(), used + 1)
        }
        return (kept.reversed().joined(), used)
    }

    /// The start of `after` that fits in `budget` columns, ending with `…` when cut.
    private static func leadingContext(_ after: Substring, fitting budget: Int) -> (String, Int) {
        let (head, used, complete) = leading(after, fitting: budget)
        if complete { return (head, used) }
        let (shorter, shorterWidth, _) = leading(after, fitting: budget - 1)
        return budget >= 1 ? (shorter + "…", shorterWidth + 1) : ("", 0)
    }

    /// The longest start of `text` (made visible) that fits in `budget` columns, its width, and
    /// whether that is all of `text`.
    private static func leading(_ text: Substring, fitting budget: Int) -> (String, Int, Bool) {
        var kept = ""
        var used = 0
        for character in text {
            let shown = visible(character)
            let columns = DisplayWidth.of(shown)
            if used + columns > budget { return (kept, used, false) }
            kept += shown
            used += columns
        }
        return (kept, used, true)
    }

    /// What article text may not send to the terminal raw is shown as `DisplaySafety`'s stand-ins.
    private static func visible(_ text: Substring) -> String {
        DisplaySafety.sanitized(String(text))
    }

    private static func visible(_ character: Character) -> String {
        DisplaySafety.sanitized(String(character))
    }
}
