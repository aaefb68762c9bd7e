/// One binding: the keys that trigger an action and what the help overlay says about it.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// How the help overlay names the keys when listing them one by one would not read well
    /// (`1–9`); `nil` lists `keys`.
    public var label: String?
    /// `false` for bindings folded into another binding's help line.
    public var listedInHelp: Bool

    public init(_ keys: [Key], _ action: Action, _ help: String, label: String? = nil, listedInHelp: Bool = true) {
        self.keys = keys
        self.action = action
        self.help = help
        self.label = label
        self.listedInHelp = listedInHelp
    }

    /// The keys as the help overlay shows them: `j ↓`.
    public var keyLabel: String {
        label ?? keys.map(\.displayName).joined(separator: " ")
    }
}

/// The bindings of one mode, with the heading the help overlay gives them.
public struct KeymapSection: Sendable, Hashable {
    public var mode: InputMode
    public var title: String
    public var bindings: [KeyBinding]

    public init(mode: InputMode, title: String, bindings: [KeyBinding]) {
        self.mode = mode
        self.title = title
        self.bindings = bindings
    }
}

/// The declarative key table: dispatch (`action(for:in:)`) and the help overlay are both
/// generated from these sections, so they cannot disagree.
public struct Keymap: Sendable {
    public private(set) var sections: [KeymapSection]
    private var lookup: [InputMode: [Key: Action]] = [:]

    public init(sections: [KeymapSection]) {
        self.sections = sections
        for section in sections {
            for binding in section.bindings {
                for key in binding.keys where lookup[section.mode]?[key] == nil {
                    lookup[section.mode, default: [:]][key] = binding.action
                }
            }
        }
    }

    /// The action bound to `key` in the first of `modes` that binds it.
    public func action(for key: Key, in modes: [InputMode]) -> Action? {
        for mode in modes {
            if let action = lookup[mode]?[key] { return action }
        }
        return nil
    }

    /// The first key bound to `action` in `mode` (for key hints in the status bar).
    public func firstKey(for action: Action, in mode: InputMode) -> Key? {
        sections.first { $0.mode == mode }?.bindings.first { $0.action == action }?.keys.first
    }

    /// Every section of the app, in the order the help overlay shows them.
    public static let standard = Keymap(sections: [
        .views, .list, .reader, .dialogue, .speakerFilter, .help, .everywhere,
        .highlighting, .readingCursor, .readerCursor, .selection, .highlightsView, .highlightsEverywhere, .readingState,
        .coverageSearch, .listFilter, .articleSearch, .dialogueSearch, .searchResults,
        .speakersEverywhere, .speakersView, .stream,
    ])
}
