import HearsayModel
import Testing

/// Every pattern and decoy of quote attribution, exactly, on fixtures written for hearsay; and the
/// precision and recall over all of them.
struct QuoteFixtureTests {
    static func quotes(of fixture: QuoteFixture) throws -> [ExpectedQuote] {
        let article = try #require(ArticleParser().parse(fixture.markdown, id: fixture.name + ".md").article)
        return article.quotes.map(ExpectedQuote.init)
    }

    @Test(arguments: QuoteFixtures.all)
    func fixtureQuotesAreExact(_ fixture: QuoteFixture) throws {
        let found = try Self.quotes(of: fixture)
        let wanted = fixture.knownMiss?.output ?? fixture.expected
        #expect(found == wanted, "found \(found), wanted \(wanted)")
    }

    /// Prints the figures the README quotes: `swift test --filter QuoteFixtureTests/score`.
    @Test func score() throws {
        let score = try QuoteScore(QuoteFixtures.all.map { ($0.expected, try Self.quotes(of: $0)) })
        print("quote attribution on \(QuoteFixtures.all.count) fixtures: \(score.summary)")
        #expect(score.correct == 38)
        #expect(score.attributed == 38)
        #expect(score.expectedAttributed == 40)
        #expect(score.termsListed == 0)
    }
}

/// Precision and recall of attributed quotations (the speaker and the words must both be right),
/// and how many quoted terms were wrongly listed as quotations.
struct QuoteScore {
    var correct = 0
    var attributed = 0
    var expectedAttributed = 0
    var termsListed = 0

    init(_ results: [(expected: [ExpectedQuote], found: [ExpectedQuote])]) {
        for (expected, found) in results {
            let wanted = expected.filter { $0.speaker != nil }.map { [$0.speaker!, $0.text] }
            let given = found.filter { $0.speaker != nil }.map { [$0.speaker!, $0.text] }
            expectedAttributed += wanted.count
            attributed += given.count
            correct += given.filter(wanted.contains).count
            termsListed += found.filter { quote in !expected.contains { $0.text == quote.text } }.count
        }
    }

    var precision: Double { attributed == 0 ? 1 : Double(correct) / Double(attributed) }
    var recall: Double { expectedAttributed == 0 ? 1 : Double(correct) / Double(expectedAttributed) }

    var summary: String {
        let percent = { (value: Double) in
            String(Int((value * 1000).rounded()) / 10) + "." + String(Int((value * 1000).rounded()) % 10) + "%"
        }
        return "precision \(percent(precision)) (\(correct)/\(attributed)), recall \(percent(recall)) (\(correct)/\(expectedAttributed)), "
            + "\(termsListed) quoted terms listed as quotations"
    }
}
