import Foundation
import GRDB

/// Why the store could not read or save. Its description is one line for a status bar or stderr:
/// what failed, where, why, and (for writes) that the change is kept in memory and will be retried.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable {
        /// The folder or database file cannot be created or opened (missing permission, not a folder).
        case cannotOpen
        /// The file system or database is read-only.
        case readOnly
        /// Another process holds the database's write lock longer than the busy timeout.
        case locked
        case diskFull
        /// Not a hearsay database, or damaged.
        case corrupt
        case other
    }

    public var reason: Reason
    /// The database path, or "memory".
    public var location: String
    /// The underlying error's own message.
    public var detail: String
    /// Whether this was a write; writes that fail stay pending in memory.
    public var isWrite: Bool
    /// How many changes are waiting to be saved after this failure.
    public var pendingCount: Int

    public init(reason: Reason, location: String, detail: String, isWrite: Bool, pendingCount: Int) {
        self.reason = reason
        self.location = location
        self.detail = detail
        self.isWrite = isWrite
        self.pendingCount = pendingCount
    }

    /// What went wrong, in a few words: "the disk is full".
    public var summary: String {
        switch reason {
        case .cannotOpen: "cannot open the state database"
        case .readOnly: "the state folder or database is read-only"
        case .locked: "the state database is locked by another process"
        case .diskFull: "the disk is full"
        case .corrupt: "the state database is damaged or not a hearsay database"
        case .other: "the state database failed"
        }
    }

    public var description: String {
        let what = summary
        let head = "\(isWrite ? "could not save" : "could not read"): \(what) (\(location): \(detail))"
        guard isWrite else { return head }
        let changes = pendingCount == 1 ? "1 change" : "\(pendingCount) changes"
        return head + "; \(changes) kept in memory, will retry"
    }

    /// Classifies an error thrown by GRDB or the file system.
    static func classify(_ error: Error, location: String, isWrite: Bool, pendingCount: Int) -> StoreError {
        if let error = error as? StoreError {
            var copy = error
            copy.isWrite = isWrite
            copy.pendingCount = pendingCount
            return copy
        }
        let reason: Reason
        var detail = "\(error)"
        if let error = error as? DatabaseError {
            detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: reason = .locked
            case .SQLITE_FULL: reason = .diskFull
            case .SQLITE_READONLY: reason = .readOnly
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: reason = .cannotOpen
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: reason = .corrupt
            case .SQLITE_IOERR:
                reason = error.extendedResultCode == .SQLITE_IOERR_WRITE ? .diskFull : .other
            default: reason = .other
            }
        } else if let error = error as? CocoaError {
            detail = error.underlying.map { "\($0.localizedDescription)" } ?? error.localizedDescription
            switch error.code {
            case .fileWriteVolumeReadOnly: reason = .readOnly
            case .fileWriteOutOfSpace: reason = .diskFull
            default: reason = .cannotOpen
            }
        } else {
            reason = .other
        }
        return StoreError(
            reason: reason, location: location, detail: detail, isWrite: isWrite,
            pendingCount: pendingCount)
    }
}
