/// Someone who speaks in a transcript.
public struct Speaker: Sendable, Hashable, Identifiable {
    /// The same across the coverage for the same person: the name folded for case, width, script and white space
    /// (`唐鳳` and `唐凤` are one id). A role (`Guest`, `主持人`, `Q`) is someone else in every article, so its id
    /// names the article too (`guest@a.md`).
    public var id: String
    /// The name shown: the label in its fullest form (`记者`, not `记`; `Jonas Andrulis`, not `Andrulis`).
    public var name: String
    /// The other labels this speaker's turns are written with, as written (`记`, `Andrulis`, `记者问`).
    public var aliases: [String]

    public init(name: String) {
        self.name = name
        self.id = Speaker.id(for: name)
        self.aliases = []
    }

    public init(name: String, id: String, aliases: [String] = []) {
        self.name = name
        self.id = id
        self.aliases = aliases
    }

    /// A speaker of article `articleID` whose label folds to `key` (see `SpeakerName.fold`).
    init(name: String, key: String, articleID: String) {
        self.init(name: name, id: SpeakerIdentity.id(forKey: key, inArticle: articleID))
    }

    /// Case, width, script and white space folded: `Anna  Li` → `anna li`, `唐鳳` → `唐凤`.
    public static func id(for name: String) -> String {
        SpeakerName.fold(name)
    }

    /// Whether the name is a role (`Guest`, `主持人`, `Q`, `记者（某报）`), never one person across articles.
    public var isRole: Bool { SpeakerName.isRole(SpeakerName.fold(name)) }
}

/// One dialogue turn: a speaker's words, possibly over several paragraphs.
///
/// The indexes are held as 32-bit numbers (48 bytes a turn, not 56: a corpus holds hundreds of
/// thousands of turns); every index must fit in `Int32` (an article has far fewer blocks).
public struct Turn: Sendable, Hashable {
    private var speakerIndex: Int32
    private var firstBlock: Int32
    private var endBlock: Int32
    /// Timestamp as written (`00:03:12`), when the line had one.
    public var timestamp: String?
    /// The label as written (`记`, `Reporter (Reuters)`, `记者问`), which may differ from the speaker's name.
    public var label: String?

    public init(speaker: Int, blocks: Range<Int>, timestamp: String? = nil, label: String? = nil) {
        self.speakerIndex = Int32(speaker)
        self.firstBlock = Int32(blocks.lowerBound)
        self.endBlock = Int32(blocks.upperBound)
        self.timestamp = timestamp
        self.label = label
    }

    /// Index into `Article.speakers`.
    public var speaker: Int {
        get { Int(speakerIndex) }
        set { speakerIndex = Int32(newValue) }
    }

    /// The turn's blocks: one `.turn` block, then any `.turnContinuation` blocks.
    public var blocks: Range<Int> {
        get { Int(firstBlock)..<Int(endBlock) }
        set {
            firstBlock = Int32(newValue.lowerBound)
            endBlock = Int32(newValue.upperBound)
        }
    }
}
