/// What a person's stream does.
public enum StreamAction: Sendable, Hashable {
    case move(ListMotion)
    /// The first utterance in the next (previous) article of the stream.
    case nextArticle, previousArticle
    /// Goes to the utterance in its article: a turn in the dialogue view, a quote in the reader.
    case openInArticle
}

extension KeymapSection {
    public static let stream = KeymapSection(
        mode: .stream, title: "A person's stream",
        bindings:
            ListMotion.bindings(
                .init(down: "next utterance", up: "previous utterance", top: "first utterance", bottom: "last utterance"),
                action: { .stream(.move($0)) }) + [
                KeyBinding([.character("]")], .stream(.nextArticle), "next article"),
                KeyBinding([.character("[")], .stream(.previousArticle), "previous article"),
                KeyBinding([.enter], .stream(.openInArticle), "go to it in its article (a turn in the dialogue, a quote in the reader)"),
                KeyBinding(
                    [.character("/")], .search(.begin(.forward)), "search the article under the cursor, as in the dialogue view",
                    label: "/ \\ n N"),
                KeyBinding([.character("\\")], .search(.begin(.backward)), "search backward", listedInHelp: false),
                KeyBinding([.character("n")], .search(.next), "next match", listedInHelp: false),
                KeyBinding([.character("N")], .search(.previous), "previous match", listedInHelp: false),
            ])
}
