import Foundation
import HearsaySearch

/// What the UI core takes from the world rather than from events: the clock and new ids
/// (fixed in tests, so what is saved can be compared exactly), and the persistent index's word on
/// which articles a search need look at (`nil`: every article is folded and searched).
public struct AppEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> UUID
    public var candidateSource: (any SearchCandidateSource)?

    public init(
        now: @escaping @Sendable () -> Date = { Date() }, newID: @escaping @Sendable () -> UUID = { UUID() },
        candidateSource: (any SearchCandidateSource)? = nil
    ) {
        self.now = now
        self.newID = newID
        self.candidateSource = candidateSource
    }
}
