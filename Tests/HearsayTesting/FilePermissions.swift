/// The kernel's filesystem uid of the calling thread (Linux): what file permissions are checked
/// against. Changing it from 0 drops root's power to ignore permissions, for this thread only.
@_silgen_name("setfsuid") private func setfsuid(_ uid: UInt32) -> Int32

/// Runs `body` with file permissions checked as `nobody` (65534) on this thread, so a 0555 folder
/// is read-only even when the tests run as root (as CI does). For a user who is not root it changes
/// nothing: the folder is read-only to them anyway. SQLite work done through GRDB stays on the
/// calling thread (its serial queues run `sync` blocks there), so it is checked as nobody too.
public func withPermissionsOfNobody<T>(_ body: () throws -> T) rethrows -> T {
    let previous = setfsuid(65534)
    defer { _ = setfsuid(UInt32(previous)) }
    return try body()
}
