import Foundation

/// What the UI core takes from the world rather than from events: the clock and new ids
/// (fixed in tests, so what is saved can be compared exactly).
public struct AppEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> UUID

    public init(now: @escaping @Sendable () -> Date = { Date() }, newID: @escaping @Sendable () -> UUID = { UUID() }) {
        self.now = now
        self.newID = newID
    }
}
