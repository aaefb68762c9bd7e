import HearsayText
import HearsayTheme

/// Every colour decision of the UI, one property per role. Views ask this struct and nothing
/// else, so a theme plugs in by building a `Styles` (see `standard` for the built-in default).
public struct Styles: Sendable, Hashable {
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
    public var searchMatch: TerminalStyle
    public var currentSearchMatch: TerminalStyle

    public var glyphs: Glyphs

    /// The style of a laid-out run: its role, emphasis, then highlight and search overlays.
    /// `speakerSlot` is the speaker's colour slot when the role is `.speaker`.
    public func text(_ style: TextStyle, speakerSlot: Int = 0) -> TerminalStyle {
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
        if style.emphasis.contains(.bold) { result.attributes.insert(.bold) }
        if style.emphasis.contains(.italic) { result.attributes.insert(.italic) }
        if style.emphasis.contains(.underline) { result.attributes.insert(.underline) }
        if let highlight = style.highlight, !highlights.isEmpty {
            result.background = highlights[(highlight - 1).clamped(to: 0...(highlights.count - 1))]
        }
        switch style.match {
        case .match?: result = searchMatch
        case .current?: result = currentSearchMatch
        case nil: break
        }
        return result
    }

    /// A speaker's colour slot: a hash of the speaker's id, so the same person has the same
    /// colour in every article and every session.
    public func speakerSlot(forSpeakerID id: String) -> Int {
        var hash: UInt32 = 2_166_136_261 // FNV-1a: stable across runs, unlike Hasher.
        for byte in id.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return speakers.isEmpty ? 0 : Int(hash % UInt32(speakers.count))
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

extension Styles {
    /// The built-in look: 16-colour indices on the terminal's default background.
    public static let standard: Styles = {
        func color(_ index: UInt8, _ attributes: TerminalAttributes = []) -> TerminalStyle {
            TerminalStyle(foreground: .indexed(index), attributes: attributes)
        }
        let inverse = TerminalStyle(attributes: [.reverse])
        return Styles(
            titleBar: TerminalStyle(foreground: .indexed(15), background: .indexed(4), attributes: [.bold]),
            statusBar: inverse,
            statusKey: TerminalStyle(attributes: [.reverse, .bold]),
            separator: color(8),
            listTitle: .plain,
            listMetadata: color(8),
            listRead: color(7),
            listSelected: TerminalStyle(foreground: .indexed(0), background: .indexed(6)),
            listSelectedInactive: TerminalStyle(attributes: [.reverse]),
            emptyMessage: color(8),
            helpBox: .plain,
            helpHeading: color(3, [.bold]),
            helpKey: color(6, [.bold]),
            overlayBorder: color(6),
            turnCursor: color(3, [.bold]),
            focusedKeyPoint: TerminalStyle(attributes: [.reverse]),
            filterSelected: TerminalStyle(attributes: [.reverse]),
            tooSmall: color(3, [.bold]),
            body: .plain,
            title: color(3, [.bold]),
            heading: color(4, [.bold]),
            metadata: color(8),
            lede: TerminalStyle(attributes: [.italic]),
            keyPoint: color(2),
            quote: color(7, [.italic]),
            link: color(4, [.underline]),
            image: color(5),
            timestamp: color(8),
            stageDirection: TerminalStyle(attributes: [.dim, .italic]),
            rule: color(8),
            speakers: [color(1, [.bold]), color(2, [.bold]), color(3, [.bold]), color(4, [.bold]),
                       color(5, [.bold]), color(6, [.bold])],
            highlights: [.indexed(3), .indexed(2), .indexed(6), .indexed(5), .indexed(1)],
            searchMatch: TerminalStyle(foreground: .indexed(0), background: .indexed(3)),
            currentSearchMatch: TerminalStyle(foreground: .indexed(0), background: .indexed(1), attributes: [.bold]),
            glyphs: .unicode
        )
    }()

    /// This look with ASCII glyphs for terminals that draw ambiguous-width characters wide.
    public func withASCIIGlyphs() -> Styles {
        var copy = self
        copy.glyphs = .ascii
        return copy
    }
}
