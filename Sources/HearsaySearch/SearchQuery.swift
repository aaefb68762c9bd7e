import Foundation
import HearsayModel

/// What the user is looking for: a phrase, optionally only in the turns of one speaker.
///
/// Typed as `开源`, `open source`, `speaker:Wolf 开源` or `speaker:"Thomas Wolf" 开源` (also with
/// `：` and `“…”`). Everything that is not a `speaker:` restriction is one literal phrase, folded
/// (`GraphemeFolding`) so that case and fullwidth/halfwidth forms do not matter.
public struct SearchQuery: Sendable, Hashable {
    /// The phrase to find, as typed, without the `speaker:` part and surrounding white space.
    public let text: String
    /// When set, only matches in turns of a speaker whose name contains this (folded) count.
    public let speaker: String?
    /// When set, the speaker restriction is exactly these people (`SpeakerIdentity` ids, as the command line
    /// resolves a name to one person) rather than every name containing `speaker`.
    public let speakerIDs: Set<String>?
    /// `text` folded: the bytes searched for.
    let foldedText: [UInt8]
    /// `speaker` folded, white space collapsed.
    let foldedSpeaker: [UInt8]?

    /// A query from its parts (the command line's `QUERY --speaker NAME`); `speakerIDs` narrows the speaker
    /// restriction to those people (then `speaker` is their name, for display).
    public init(text: String, speaker: String? = nil, speakerIDs: Set<String>? = nil) {
        self.text = text.trimmingWhiteSpace()
        let speaker = speaker?.trimmingWhiteSpace()
        self.speaker = (speaker?.isEmpty ?? true) ? nil : speaker
        self.speakerIDs = self.speaker == nil ? nil : speakerIDs
        // The separator byte never occurs in a query, so a match never spans two blocks.
        foldedText = FoldedText(self.text).utf8.filter { $0 != FoldedTextBuilder.separatorByte }
        foldedSpeaker = self.speaker.map(SearchQuery.foldedName)
    }

    /// Parses what was typed in the search prompt.
    public init(parsing typed: String) {
        var phrase: [Substring] = []
        var speaker: String?
        var rest = typed[...]
        while let token = SearchQuery.speakerPrefix(in: rest) {
            phrase.append(rest[..<token.lowerBound])
            let (value, remainder) = SearchQuery.speakerValue(rest[token.upperBound...])
            speaker = value
            rest = remainder
        }
        phrase.append(rest)
        let text = phrase.map { $0.trimmingWhiteSpace() }.filter { !$0.isEmpty }.joined(separator: " ")
        self.init(text: text, speaker: speaker)
    }

    /// Whether there is a phrase to look for. A query with only a speaker finds nothing in text.
    public var hasText: Bool { !foldedText.isEmpty }

    /// Whether neither a phrase nor a speaker was given.
    public var isEmpty: Bool { foldedText.isEmpty && speaker == nil }

    /// Whether a speaker called `name` passes the speaker restriction (always, without one).
    public func admitsSpeaker(named name: String) -> Bool {
        guard let foldedSpeaker else { return true }
        return SearchQuery.foldedName(name).containsSubsequence(foldedSpeaker)
    }

    /// Whether `speaker` (of one of `article`'s turns) passes the speaker restriction (always, without one).
    public func admits(_ speaker: Speaker) -> Bool {
        guard let speakerIDs else { return admitsSpeaker(named: speaker.name) }
        return speakerIDs.contains(speaker.id)
    }

    /// Whether a quotation's speaker, named `name` in the article `articleID`, passes the speaker restriction
    /// (a quotation without a speaker passes only when there is none).
    public func admitsQuotedSpeaker(named name: String?, inArticle articleID: String) -> Bool {
        guard speaker != nil else { return true }
        guard let name else { return false }
        guard let speakerIDs else { return admitsSpeaker(named: name) }
        return speakerIDs.contains(SpeakerIdentity.id(forName: name, inArticle: articleID))
    }

    /// Whether everything `self` matches is also matched by `previous` (same speaker, a phrase that
    /// contains the previous phrase): typing one more character narrows, so a filter need only
    /// look again at what `previous` kept.
    public func narrows(_ previous: SearchQuery) -> Bool {
        foldedSpeaker == previous.foldedSpeaker && speakerIDs == previous.speakerIDs && foldedText.containsSubsequence(previous.foldedText)
    }

    static func foldedName(_ name: String) -> [UInt8] {
        let words = FoldedText(name).string.split(whereSeparator: { $0.isWhitespace })
        return Array(words.joined(separator: " ").utf8)
    }

    /// The first `speaker:` / `speaker：` (any case) that starts a word of `text`.
    private static func speakerPrefix(in text: Substring) -> Range<Substring.Index>? {
        var searchStart = text.startIndex
        while let found = text[searchStart...].range(of: "speaker", options: [.caseInsensitive]) {
            let startsWord = found.lowerBound == text.startIndex || text[text.index(before: found.lowerBound)].isWhitespace
            if startsWord, found.upperBound < text.endIndex, text[found.upperBound] == ":" || text[found.upperBound] == "：" {
                return found.lowerBound..<text.index(after: found.upperBound)
            }
            searchStart = found.upperBound
        }
        return nil
    }

    /// The value after `speaker:`: a quoted name (to the closing quote or the end) or one word.
    private static func speakerValue(_ text: Substring) -> (String?, Substring) {
        if let quote = text.first, quote == "\"" || quote == "“" {
            let body = text.dropFirst()
            let close = body.firstIndex(where: { $0 == "\"" || $0 == "”" }) ?? body.endIndex
            let rest = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
            return (String(body[..<close]), rest)
        }
        let end = text.firstIndex(where: { $0.isWhitespace }) ?? text.endIndex
        return (String(text[..<end]), text[end...])
    }
}

extension StringProtocol {
    func trimmingWhiteSpace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in `self` as a contiguous run (the empty needle always does).
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return withUnsafeBufferPointer { ByteSearcher(needle).firstMatch(in: $0, from: 0) != nil }
    }
}
