extension AppState {
    /// The saved filter of `article` as speaker indices, or `nil` (everyone) when none is saved.
    /// Saved by speaker id, so an edited file does not shift it onto someone else; a saved speaker
    /// no longer in the article is dropped, and a filter left with nobody, or with everyone,
    /// shows everyone.
    func savedSpeakerFilter(of article: Int) -> Set<Int>? {
        let text = corpus.articles[article]
        guard let ids = persistence.speakerFilters[text.id] else { return nil }
        let speakerIDs = DialogueNavigation(article: text, shownSpeakers: nil).speakerIDs
        let shown = Set(speakerIDs.indices.filter { ids.contains(speakerIDs[$0]) })
        return shown.isEmpty || shown.count == speakerIDs.count ? nil : shown
    }

    /// Keeps the filter just applied to `article` (`nil`: everyone, which forgets it) for the
    /// next time its dialogue opens, in this run and later ones; an effect only when it changed.
    mutating func rememberSpeakerFilter(_ shown: Set<Int>?, of article: Int) -> [Effect] {
        // A filter of the people quoted in an article with turns is not one of its speakers'.
        guard !dialogue.quotesInstead else { return [] }
        let text = corpus.articles[article]
        let speakerIDs = DialogueNavigation(article: text, shownSpeakers: nil).speakerIDs
        let ids = shown.map { Set($0.map { speakerIDs[$0] }) }
        guard persistence.speakerFilters[text.id] != ids else { return [] }
        persistence.speakerFilters[text.id] = ids
        return [.saveSpeakerFilter(ids, articleID: text.id)]
    }
}
