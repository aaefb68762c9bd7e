extension AppState {
    mutating func perform(_ action: AppAction) -> [Effect] {
        switch action {
        case .quit:
            return [.quit]
        case .back:
            // The list filter is the innermost thing in the list: back clears it first.
            if focus == .list, search.listFilter != nil { clearListFilter(); return [] }
            let (moved, effects) = goBack()
            return moved ? effects : [.quit]
        case .close:
            if focus == .list, search.listFilter != nil { clearListFilter(); return [] }
            let (moved, effects) = goBack()
            if !moved { message = "q quits" }
            return effects
        case .showHelp:
            return go(to: .help)
        case .suspend:
            return [.suspend]
        case .redraw:
            return [.redrawScreen]
        case .reload:
            message = "reloading…"
            return [.reloadCorpus]
        }
    }
}
