import HearsayLayout
import HearsayModel
import HearsayText

/// A stretch of article text drawn over: a user highlight, a search match, the selection.
public struct TextDecoration: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A user highlight in colour 1...5.
        case highlight(Int)
        case match
        case currentMatch
        /// The reading cursor's sentence or the selection being made.
        case selection
        /// A quote's words or its speaker's name, in that person's colour.
        case quoted(QuotedSpeaker)
    }

    /// Index into `Article.blocks`, or a header line's negative block (`ArticleHeader.Field.block`).
    public var block: Int
    /// UTF-8 offsets into the block's text.
    public var range: Range<Int>
    public var kind: Kind

    public init(block: Int, range: Range<Int>, kind: Kind) {
        self.block = block
        self.range = range
        self.kind = kind
    }
}

/// The decorations of one article, by block, ready to be laid over laid-out lines.
///
/// Lines are laid out once per width and never depend on decorations; drawing splits a line's
/// runs where decorations start and end. That keeps the layout cache valid while the user
/// types a search or makes highlights, and the cost proportional to the lines on screen.
public struct TextDecorations: Sendable {
    private var byBlock: [Int: [TextDecoration]] = [:]
    private var noteMarkers: [Int: [NoteMarker]] = [:]

    public init(_ decorations: [TextDecoration] = [], noteMarkers: [NoteMarker] = []) {
        for decoration in decorations where !decoration.range.isEmpty {
            byBlock[decoration.block, default: []].append(decoration)
        }
        for marker in noteMarkers { self.noteMarkers[marker.block, default: []].append(marker) }
    }

    /// The colour of the noted highlight ending on `line`, if one does (the first in the line).
    public func noteMarker(endingOn line: LayoutLine) -> Int? {
        guard let block = line.decoratedBlock, let markers = noteMarkers[block],
            let start = line.runs.map(\.source.lowerBound).min(), let end = line.runs.map(\.source.upperBound).max()
        else { return nil }
        return markers.filter { $0.offset > start && $0.offset <= end }.min { $0.offset < $1.offset }?.color
    }

    public static let none = TextDecorations()

    public var isEmpty: Bool { byBlock.isEmpty }

    /// The decorations in block `block`.
    public func decorations(inBlock block: Int) -> [TextDecoration] { byBlock[block] ?? [] }

    /// The line's runs, split where decorations begin and end, each piece styled with the
    /// decorations that cover it (a later decoration of the same sort wins).
    public func decorate(_ line: LayoutLine, in article: Article) -> [DecoratedRun] {
        guard let block = line.decoratedBlock, let decorations = byBlock[block],
            let text = ArticleHeader.text(atBlock: block, in: article)?.utf8
        else {
            return line.runs.map { DecoratedRun($0) }
        }
        var result: [DecoratedRun] = []
        result.reserveCapacity(line.runs.count)
        for run in line.runs {
            let covering = decorations.filter { $0.range.overlaps(run.source) }
            if covering.isEmpty || run.source.upperBound > text.count {
                result.append(DecoratedRun(run))
                continue
            }
            result += split(run, at: covering, in: text)
        }
        return result
    }

    private func split(_ run: StyledRun, at covering: [TextDecoration], in text: String.UTF8View) -> [DecoratedRun] {
        func slice(_ range: Range<Int>) -> String {
            let start = text.index(text.startIndex, offsetBy: range.lowerBound)
            let end = text.index(start, offsetBy: range.count)
            return String(decoding: text[start..<end], as: UTF8.self)
        }
        // The run shows its source unchanged (the usual case) only if sanitizing the source gives
        // its text; otherwise (a dropped or replaced character) style the run whole.
        guard DisplaySafety.sanitized(slice(run.source)) == run.text else {
            var whole = DecoratedRun(run)
            for decoration in covering { Self.apply(decoration.kind, to: &whole.overlay) }
            return [whole]
        }
        // Bounds inside a scalar move to its start, so no piece starts inside a character.
        let snapped = covering.map { decoration in
            (
                kind: decoration.kind,
                range: Self.scalarBoundary(
                    atOrBefore: decoration.range.lowerBound, in: text)..<Self.scalarBoundary(
                        atOrBefore: decoration.range.upperBound, in: text)
            )
        }
        var cuts = [run.source.lowerBound, run.source.upperBound]
        for decoration in snapped {
            cuts += [decoration.range.lowerBound, decoration.range.upperBound].filter { run.source.contains($0) }
        }
        cuts = Array(Set(cuts)).sorted()
        var pieces: [DecoratedRun] = []
        for (start, end) in zip(cuts, cuts.dropFirst()) where start < end {
            let shown = DisplaySafety.sanitized(slice(start..<end))
            var overlay = TextOverlay.none
            for decoration in snapped where decoration.range.lowerBound <= start && end <= decoration.range.upperBound {
                Self.apply(decoration.kind, to: &overlay)
            }
            pieces.append(
                DecoratedRun(
                    StyledRun(text: shown, style: run.style, source: start..<end, width: DisplayWidth.of(shown)),
                    overlay: overlay))
        }
        return pieces
    }

    /// Moves a cut off UTF-8 continuation bytes, so no piece starts inside a scalar.
    private static func scalarBoundary(atOrBefore offset: Int, in text: String.UTF8View) -> Int {
        var offset = offset
        while offset > 0, offset < text.count,
            text[text.index(text.startIndex, offsetBy: offset)] & 0xC0 == 0x80
        {
            offset -= 1
        }
        return offset
    }

    private static func apply(_ kind: TextDecoration.Kind, to overlay: inout TextOverlay) {
        switch kind {
        case .highlight(let color): overlay.highlight = color
        case .match: if overlay.match == nil { overlay.match = .match }
        case .currentMatch: overlay.match = .current
        case .selection: overlay.selected = true
        case .quoted(let speaker): overlay.quoted = speaker
        }
    }
}
