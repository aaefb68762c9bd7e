/// Where lines may break in a text: UAX #14 through ICU's line break iterator (locale `zh` by
/// default), edited by `BreakRules`. The wrapper fills lines from these opportunities.
public struct LineBreaker: Sendable, Hashable {
    /// ICU locale of the line break rules (`zh`: CJK punctuation and quotes kept with their text).
    public var locale: String
    public var rules: BreakRules

    public init(locale: String = "zh", rules: BreakRules = .all) {
        self.locale = locale
        self.rules = rules
    }

    /// Every opportunity in `text`, ascending; the text's end is the last one (none for "").
    public func opportunities(in text: String) -> [BreakOpportunity] {
        var scanner = makeScanner(for: text)
        var result: [BreakOpportunity] = []
        while let opportunity = scanner.next() { result.append(opportunity) }
        return result
    }

    func makeScanner(for text: String, utf8: [UInt8]? = nil) -> BreakScanner {
        BreakScanner(text: text, utf8: utf8 ?? Array(text.utf8), locale: locale, rules: rules)
    }
}
