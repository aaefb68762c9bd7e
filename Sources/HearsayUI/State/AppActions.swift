extension AppState {
    mutating func perform(_ action: AppAction) -> [Effect] {
        switch action {
        case .quit:
            return [.quit]
        case .back:
            switch focus {
            case .list:
                if search.listFilter != nil { clearListFilter(); return [] }
                return [.quit]
            case .reader, .dialogue:
                // An article opened from the coverage results goes back to them.
                if returnToSearchResults() { return [] }
                // Where the user came from: the reader opened from a turn goes back to the dialogue.
                let target = backTrail.previous ?? (focus == .dialogue ? .reader : .list)
                backTrail.returning(to: target)
                focus = target
            }
            relayout()
        case .showHelp:
            overlay = .help(HelpState(top: helpTopForCurrentView))
        case .suspend:
            return [.suspend]
        case .redraw:
            return [.redrawScreen]
        }
        return []
    }
}
