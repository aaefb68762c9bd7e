/// What the status bar adds while a search or filter is on: ` · /潮汐 3/17` in the reader and
/// dialogue view, ` · filter: 潮汐  3/4` in the list.
enum SearchStatusText {
    static func suffix(for state: AppState) -> String {
        switch state.focus {
        case .list:
            state.search.listFilter.map { " · " + $0.statusText } ?? ""
        case .reader, .dialogue:
            state.articleSearchStatus.map { " · " + $0 } ?? ""
        }
    }
}
