import HearsayModel
import Testing

@testable import HearsaySearch

struct MatchNavigationTests {
    @Test func forwardAndBackwardWrapAround() {
        #expect(MatchNavigation.step(from: 0, count: 3, direction: .forward) == .init(index: 1, wrapped: false))
        #expect(MatchNavigation.step(from: 2, count: 3, direction: .forward) == .init(index: 0, wrapped: true))
        #expect(MatchNavigation.step(from: 1, count: 3, direction: .backward) == .init(index: 0, wrapped: false))
        #expect(MatchNavigation.step(from: 0, count: 3, direction: .backward) == .init(index: 2, wrapped: true))
        #expect(MatchNavigation.step(from: 0, count: 1, direction: .forward) == .init(index: 0, wrapped: true))
        #expect(MatchNavigation.step(from: 0, count: 0, direction: .forward) == nil)
    }

    @Test func nearestMatchToTheReadersPlace() {
        let matches = [
            SearchMatch(block: 1, range: 0..<3), SearchMatch(block: 1, range: 9..<12), SearchMatch(block: 4, range: 3..<6),
        ]
        let inBlock1 = TextPosition(block: 1, offset: 5)
        #expect(MatchNavigation.nearest(to: inBlock1, in: matches) == .init(index: 1, wrapped: false))
        #expect(MatchNavigation.nearest(to: inBlock1, in: matches, direction: .backward) == .init(index: 0, wrapped: false))
        #expect(MatchNavigation.nearest(to: TextPosition(block: 1, offset: 9), in: matches) == .init(index: 1, wrapped: false))
        #expect(MatchNavigation.nearest(to: TextPosition(block: 5, offset: 0), in: matches) == .init(index: 0, wrapped: true))
        #expect(
            MatchNavigation.nearest(to: TextPosition(block: 0, offset: 0), in: matches, direction: .backward)
                == .init(index: 2, wrapped: true))
        #expect(MatchNavigation.nearest(to: inBlock1, in: []) == nil)
    }

    @Test func counterIsOneBased() {
        #expect(MatchNavigation.counter(current: 2, count: 17) == "3/17")
    }
}
