import Foundation

/// The highlights view: which colour it shows, which highlight is selected, and the scroll.
public struct HighlightsViewState: Sendable, Hashable {
    /// Only highlights of this colour (1...5); `nil` for all.
    public var colorFilter: Int?
    /// Index into the shown highlights (`HighlightsListing.entries`).
    public var selection: Int = 0
    /// First row on screen.
    public var top: Int = 0

    public init(colorFilter: Int? = nil) {
        self.colorFilter = colorFilter
    }
}
