import HearsayTheme

extension Styles {
    /// The styles of a theme resolved for a terminal: one `ThemeRole` per property.
    public init(theme: ResolvedTheme, glyphs: Glyphs = .unicode) {
        self.init(
            screen: theme[.screen], titleBar: theme[.titleBar], statusBar: theme[.statusBar], statusKey: theme[.statusKey],
            separator: theme[.separator], listTitle: theme[.listTitle], listMetadata: theme[.listMetadata],
            listRead: theme[.listRead], listSelected: theme[.listSelected], listSelectedInactive: theme[.listSelectedInactive],
            emptyMessage: theme[.emptyMessage], helpBox: theme[.helpBox], helpHeading: theme[.helpHeading],
            helpKey: theme[.helpKey], overlayBorder: theme[.overlayBorder], turnCursor: theme[.turnCursor],
            focusedKeyPoint: theme[.focusedKeyPoint], filterSelected: theme[.filterSelected], tooSmall: theme[.tooSmall],
            body: theme[.body], title: theme[.title], heading: theme[.heading], metadata: theme[.metadata],
            lede: theme[.lede], keyPoint: theme[.keyPoint], strong: theme[.strong], emphasis: theme[.emphasis],
            quote: theme[.quote], link: theme[.link], image: theme[.image], timestamp: theme[.timestamp],
            stageDirection: theme[.stageDirection], rule: theme[.rule], speakers: theme.speakers,
            highlights: theme.highlights, highlightAttributes: theme.highlightAttributes, highlightMarks: theme.highlightMarks,
            searchMatch: theme[.searchMatch], currentSearchMatch: theme[.currentSearchMatch], selection: theme[.selection],
            glyphs: glyphs)
    }

    /// The styles of `theme` at `depth`; roles the theme lacks come from the built-in default.
    public init(theme: Theme, depth: ColorDepth, glyphs: Glyphs = .unicode) {
        self.init(theme: ResolvedTheme(theme, depth: depth, fallback: ThemeCatalog.defaultTheme), glyphs: glyphs)
    }
}
