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
            case .reader:
                if returnToSearchResults() { return [] }
                focus = .list
            case .dialogue:
                focus = .reader
            }
            relayout()
        case .showHelp:
            overlay = .help(HelpState())
        }
        return []
    }
}
