/// Every role a theme styles, named as in the theme file. One role per property of the UI's
/// `Styles` (the speaker palette and the highlight colours are tables of their own, see
/// `Theme`), so a theme can change everything the screen draws.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable {
    /// The screen's foreground and background; roles that leave a colour unset inherit it.
    case screen
    // Chrome.
    case titleBar = "title_bar"
    case statusBar = "status_bar"
    case statusKey = "status_key"
    case separator
    case emptyMessage = "empty_message"
    case tooSmall = "too_small"
    // Article list.
    case listTitle = "list_title"
    case listMetadata = "list_metadata"
    case listRead = "list_read"
    case listSelected = "list_selected"
    case listSelectedInactive = "list_selected_inactive"
    // Overlays: help and the speaker filter.
    case helpBox = "help_box"
    case helpHeading = "help_heading"
    case helpKey = "help_key"
    case overlayBorder = "overlay_border"
    case filterSelected = "filter_selected"
    // Reader text.
    case body
    case title
    case heading
    case metadata
    case lede
    case keyPoint = "key_point"
    case focusedKeyPoint = "focused_key_point"
    case strong
    case emphasis
    case quote
    case link
    case image
    case rule
    // Dialogue.
    case turnCursor = "turn_cursor"
    case timestamp
    case stageDirection = "stage_direction"
    // Search.
    case searchMatch = "search_match"
    case currentSearchMatch = "current_search_match"
    // Highlighting: the reading cursor's sentence or the selection being made.
    case selection

    /// One line for the schema documentation and `hearsay themes --check`.
    public var summary: String {
        switch self {
        case .screen: "whole-screen foreground/background; unset colours of other roles inherit these"
        case .titleBar: "the top row"
        case .statusBar: "the bottom row"
        case .statusKey: "key hints in the status bar"
        case .separator: "the vertical line between list and reader"
        case .emptyMessage: "\"no articles\" and similar notes"
        case .tooSmall: "the message shown when the terminal is too small"
        case .listTitle: "article titles in the list"
        case .listMetadata: "dates, sources and counts in the list (dimmed metadata)"
        case .listRead: "titles of articles already read"
        case .listSelected: "the selected row while the list has the focus"
        case .listSelectedInactive: "the selected row while another pane has the focus"
        case .helpBox: "the inside of the help and speaker-filter boxes"
        case .helpHeading: "section headings in the help box"
        case .helpKey: "key names in the help box"
        case .overlayBorder: "borders of overlay boxes"
        case .filterSelected: "the cursor row of the speaker filter"
        case .body: "running text"
        case .title: "the article title"
        case .heading: "section headings"
        case .metadata: "date/source lines under the title"
        case .lede: "the lede paragraph"
        case .keyPoint: "highlight bullets (亮点)"
        case .focusedKeyPoint: "the highlight bullet under the Tab focus"
        case .strong: "**bold** text (foreground if set, plus attributes)"
        case .emphasis: "*italic* text (foreground if set, plus attributes)"
        case .quote: "block quotes"
        case .link: "links"
        case .image: "image placeholders"
        case .rule: "horizontal rules"
        case .turnCursor: "the dialogue cursor's turn marker"
        case .timestamp: "timestamps of dialogue turns"
        case .stageDirection: "stage directions such as (笑)"
        case .searchMatch: "search matches"
        case .currentSearchMatch: "the current search match"
        case .selection: "the reading cursor's sentence or the selection being made (background if set, plus attributes)"
        }
    }
}
