import HearsayModel
import HearsayText
import HearsayTheme

/// Every colour decision of the UI, one property per role. Views ask this struct and nothing
/// else, so a theme plugs in by building a `Styles` (see `standard` for the built-in default).
public struct Styles: Sendable, Hashable {
    /// The whole screen's colours, drawn under everything else.
    public var screen: TerminalStyle
    public var titleBar: TerminalStyle
    public var statusBar: TerminalStyle
    /// Key names in the status bar's hints.
    public var statusKey: TerminalStyle
    public var separator: TerminalStyle
    public var listTitle: TerminalStyle
    public var listMetadata: TerminalStyle
    /// Titles of articles already read (for the reading-state feature).
    public var listRead: TerminalStyle
    /// The selected entry while the list has the focus.
    public var listSelected: TerminalStyle
    /// The selected entry while another pane has the focus.
    public var listSelectedInactive: TerminalStyle
    public var emptyMessage: TerminalStyle
    public var helpBox: TerminalStyle
    public var helpHeading: TerminalStyle
    public var helpKey: TerminalStyle
    public var overlayBorder: TerminalStyle
    /// The gutter marker of the turn under the dialogue cursor.
    public var turnCursor: TerminalStyle
    /// The key point the reader's Tab focus is on.
    public var focusedKeyPoint: TerminalStyle
    public var filterSelected: TerminalStyle
    public var tooSmall: TerminalStyle

    /// Laid-out text by role.
    public var body: TerminalStyle
    public var title: TerminalStyle
    public var heading: TerminalStyle
    public var metadata: TerminalStyle
    public var lede: TerminalStyle
    public var keyPoint: TerminalStyle
    /// Overlays for **bold** and *italic* runs: a foreground other than `.default` replaces the
    /// run's colour; the attributes are added.
    public var strong: TerminalStyle
    public var emphasis: TerminalStyle
    public var quote: TerminalStyle
    public var link: TerminalStyle
    public var image: TerminalStyle
    public var timestamp: TerminalStyle
    public var stageDirection: TerminalStyle
    public var rule: TerminalStyle
    /// Speaker names: a speaker keeps one of these colours everywhere (`speakerSlot(for:)`).
    public var speakers: [TerminalStyle]
    /// User highlight colours 1...5 (backgrounds).
    public var highlights: [TerminalColor]
    /// Attributes every highlight adds (e.g. underline where there is no colour to show it).
    public var highlightAttributes: TerminalAttributes
    /// Attributes of each colour of its own where colour does not tell them apart
    /// (`HighlightMarks`); empty where it does.
    public var highlightMarks: [TerminalAttributes] = []
    public var searchMatch: TerminalStyle
    public var currentSearchMatch: TerminalStyle
    /// Overlay for the reading cursor's sentence or the selection being made: its colours,
    /// where set, replace the run's; its attributes are added.
    public var selection: TerminalStyle

    public var glyphs: Glyphs

    /// The style of a laid-out run: its role, emphasis, then what is drawn over it (highlight,
    /// search match, selection). `speakerSlot` is the speaker's colour slot when the role is `.speaker`.
    public func text(_ style: TextStyle, overlay: TextOverlay = .none, speakerSlot: Int = 0, quotedSlot: Int? = nil) -> TerminalStyle {
        var result: TerminalStyle
        switch style.role {
        case .body: result = body
        case .title: result = title
        case .heading: result = heading
        case .metadata: result = metadata
        case .lede: result = lede
        case .keyPoint: result = keyPoint
        case .quote: result = quote
        case .link: result = link
        case .image: result = image
        case .speaker: result = speakers.isEmpty ? body : speakers[speakerSlot % speakers.count]
        case .timestamp: result = timestamp
        case .stageDirection: result = stageDirection
        case .rule: result = rule
        }
        if style.emphasis.contains(.bold) { result.overlay(strong) }
        if style.emphasis.contains(.italic) { result.overlay(emphasis) }
        if style.emphasis.contains(.underline) { result.attributes.insert(.underline) }
        if let quotedSlot, !speakers.isEmpty { result.foreground = speakers[quotedSlot % speakers.count].foreground }
        if let highlight = overlay.highlight, !highlights.isEmpty {
            result.background = highlights[(highlight - 1).clamped(to: 0...(highlights.count - 1))]
            result.attributes.formUnion(highlightAttributes)
            if highlightMarks.indices.contains(highlight - 1) { result.attributes.formUnion(highlightMarks[highlight - 1]) }
        }
        switch overlay.match {
        case .match?: result = searchMatch
        case .current?: result = currentSearchMatch
        case nil: break
        }
        if overlay.selected {
            if cursorKeepsHighlight(overlay) {
                result.attributes.formUnion([.underline, .bold])
            } else {
                result.overlay(selection)
                if selection.background != .default { result.background = selection.background }
            }
        }
        return result
    }

    /// Whether the reading cursor over this text keeps the highlight's colour, underlined and
    /// bold instead of reversed: so a highlight just made shows its colour at once, and `m`
    /// again shows the next one. Where highlights have no colour (monochrome) the cursor is
    /// reversed as elsewhere.
    public func cursorKeepsHighlight(_ overlay: TextOverlay) -> Bool {
        guard overlay.selected, overlay.match == nil, let highlight = overlay.highlight, !highlights.isEmpty else { return false }
        return highlights[(highlight - 1).clamped(to: 0...(highlights.count - 1))] != .default
    }

    /// A speaker's preferred colour slot: a stable hash of the speaker's id, the same in every
    /// article and session (`SpeakerColorAssignment.preferredSlot`).
    public func speakerSlot(forSpeakerID id: String) -> Int {
        SpeakerColorAssignment.preferredSlot(for: id, slotCount: speakers.count)
    }

    /// The colour slot of `article.speakers[index]`: its preferred slot unless an earlier
    /// speaker of the article took it, then the next free one, so the speakers of one article
    /// differ while a person keeps one colour across articles (`SpeakerColorAssignment`).
    public func speakerSlot(forSpeakerAt index: Int, in article: Article) -> Int {
        let slots = SpeakerColorAssignment.slots(for: article.speakers.prefix(index + 1).map(\.id), slotCount: speakers.count)
        return slots.last ?? 0
    }

    /// The colours of laid-out text of `article` in `style`: a speaker's name in that person's colour.
    public func style(of style: TextStyle, overlay: TextOverlay = .none, in article: Article) -> TerminalStyle {
        var slot = 0
        if case .speaker(let index) = style.role, article.speakers.indices.contains(index) {
            slot = speakerSlot(forSpeakerAt: index, in: article)
        }
        var quotedSlot: Int?
        switch overlay.quoted {
        case .articleSpeaker(let index)? where article.speakers.indices.contains(index):
            quotedSlot = speakerSlot(forSpeakerAt: index, in: article)
        case .person(let id)?: quotedSlot = speakerSlot(forSpeakerID: id)
        default: break
        }
        return text(style, overlay: overlay, speakerSlot: slot, quotedSlot: quotedSlot)
    }
}

extension TerminalStyle {
    /// Applies a `strong`/`emphasis` overlay: its foreground if it has one, plus its attributes.
    mutating func overlay(_ other: TerminalStyle) {
        if other.foreground != .default { foreground = other.foreground }
        attributes.formUnion(other.attributes)
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

extension Styles {
    /// The look of the shipped default theme at 256 colours: what the renderer draws with when
    /// no theme is chosen, and what the golden screens show (a look users see, not one of its own).
    public static let standard = Styles(theme: ThemeCatalog.defaultTheme, depth: .colors256)

    /// This look with ASCII glyphs for terminals that draw ambiguous-width characters wide.
    public func withASCIIGlyphs() -> Styles {
        var copy = self
        copy.glyphs = .ascii
        return copy
    }
}
