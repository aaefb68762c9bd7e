import HearsayTheme

extension AppState {
    mutating func perform(_ action: ThemeAction) -> [Effect] {
        switch action {
        case .cycle:
            guard var theme else {
                message = "No themes to switch between"
                return []
            }
            // Without colour every theme looks the same: say so rather than change the config unseen.
            guard theme.depth != .none else {
                message = "Themes need colour (NO_COLOR or --color never is in effect)"
                return []
            }
            theme.cycle()
            self.theme = theme
            message =
                "Theme: \(theme.currentName) (\(theme.currentIndex + 1)/\(theme.themes.count))"
                + (theme.brokenThemeCount == 0 ? "" : " · \(theme.brokenThemeCount) broken left out: hearsay themes")
            return [.rememberTheme(theme.currentName)]
        }
    }

    /// Tells the theme the colour depth of the terminal the runtime opened.
    mutating func adoptColorDepth(_ depth: ColorDepth) {
        theme?.setDepth(depth)
    }
}
