/// A direct quotation in an article's prose (`“…”`, `「…」`, `『…』`, `"…"`) and who said it.
///
/// Offsets are Unicode code points in the article's flat text (`ArticleText(article:).text`: the
/// blocks' texts joined by a line feed), the units a W3C TextPositionSelector uses.
public struct Quote: Sendable, Hashable {
    /// Who said it, as named in the article (a pronoun is replaced by the person it stands for);
    /// `nil` when nothing in the text says who.
    public var speaker: String?
    /// The speaker's title as the article gives it (`法国总统`, `Anthropic的创始人`).
    public var title: String?
    /// The quoted words without the quote marks; a quote over several paragraphs has one line per paragraph.
    public var text: String
    /// First code point after the opening mark.
    public var start: Int
    /// Code point of the closing mark (the end of the last paragraph when a paragraph's quote is
    /// left open and the next one reopens it).
    public var end: Int
    /// The sentence that names the speaker (for an unattributed quote, the sentence it stands in).
    public var sentence: String
    /// Where the quoted words are, as block positions (what the reader and highlights use).
    public var range: Range<TextPosition>

    public init(
        speaker: String?, title: String?, text: String, start: Int, end: Int, sentence: String,
        range: Range<TextPosition>
    ) {
        self.speaker = speaker
        self.title = title
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.range = range
    }
}
