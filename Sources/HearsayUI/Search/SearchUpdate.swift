extension AppState {
    mutating func perform(_ action: SearchAction) -> [Effect] {
        switch action {
        case .begin(let direction): beginArticleSearch(direction)
        case .next: stepToMatch(reversed: false)
        case .previous: stepToMatch(reversed: true)
        case .beginCoverage: beginCoverageSearch()
        case .beginListFilter: beginListFilter()
        case .resultDown, .resultUp, .resultTop, .resultBottom, .resultPageDown, .resultPageUp, .openResult, .closeResults:
            return performResultsAction(action)
        }
        return []
    }
}
