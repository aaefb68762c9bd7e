extension AppState {
    mutating func perform(_ action: SpeakerFilterAction) -> [Effect] {
        guard case .speakerFilter(var filter) = overlay, let article = dialogue.article else { return [] }
        let speakerCount = dialogue.navigation(over: corpus.articles[article], filtered: false).speakerNames.count
        guard speakerCount > 0 else { return goBack().effects }
        switch action {
        case .move(let motion):
            let pane = screenLayout.reader ?? OverlayBox.area(in: size)
            let page = SpeakerFilterView.box(speakerCount: speakerCount, in: pane).height - 2
            filter.cursor = motion.moved(from: filter.cursor, count: speakerCount, page: page)
        case .toggle:
            filter.toggle(filter.cursor)
        case .toggleNumber(let number):
            guard (1...speakerCount).contains(number) else {
                message = "this article has \(speakerCount) speakers"
                return []
            }
            filter.cursor = number - 1
            filter.toggle(number - 1)
        case .only: filter.checked = [filter.cursor]
        case .all: filter.checked = Set(0..<speakerCount)
        case .apply:
            let effects = goBack().effects
            defer { relayout() }
            let shown = filter.checked.isEmpty || filter.checked.count == speakerCount ? nil : filter.checked
            if filter.checked.isEmpty { message = "no speaker checked: showing all" }
            applySpeakerFilter(shown)
            return effects + rememberSpeakerFilter(shown, of: article)
        case .cancel:
            // The dialogue's filter changes only on apply, so closing keeps it as it was.
            return goBack().effects
        }
        navigator.update(.speakerFilter(filter))
        return []
    }

    /// Shows only `speakers`' turns (all when `nil`), keeping the cursor on the nearest shown turn.
    mutating func applySpeakerFilter(_ speakers: Set<Int>?) {
        dialogue.shownSpeakers = speakers
        if let article = dialogue.article {
            dialogue.cursor = dialogue.navigation(over: corpus.articles[article]).nearestShownTurn(to: dialogue.cursor)
        }
        dialogue.topLine = 0
        relayout()
    }
}
