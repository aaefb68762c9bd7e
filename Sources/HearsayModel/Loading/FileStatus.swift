#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one `stat` said of a file: whether it is a regular file, and what moves when its content
/// may have (size, times, identity). The walk takes it once per file, and the loader's versions
/// (live reload) and the index's stamps reuse it instead of asking again (`stat` was a fifth of a
/// warm start).
public struct FileStatus: Sendable, Hashable {
    public var size: Int64
    /// Modification time, nanoseconds since 1970.
    public var modified: Int64
    /// Status-change time (ctime), nanoseconds since 1970: moves on every write.
    public var changed: Int64
    public var inode: UInt64
    public var device: UInt64
    public var isRegularFile: Bool
    /// The wall clock (`wallClockNanoseconds`) at or before the `stat`: how recent a write must
    /// be for the index to doubt it (a write in the same clock tick leaves the stamp as it was).
    public var takenAfter: Int64

    public init(
        size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64, isRegularFile: Bool, takenAfter: Int64
    ) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
        self.isRegularFile = isRegularFile
        self.takenAfter = takenAfter
    }

    init(_ info: stat, takenAfter: Int64) {
        size = Int64(info.st_size)
        #if canImport(Glibc)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #else
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
        self.takenAfter = takenAfter
    }

    /// `nil` when the file cannot be stat'ed.
    init?(of path: PathBytes) {
        let now = wallClockNanoseconds()
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
        self.init(info, takenAfter: now)
    }

    /// `nil` when the file cannot be stat'ed.
    public init?(path: String) {
        self.init(of: PathBytes(path))
    }
}

/// Nanoseconds since 1970 by the real-time clock (the clock file times are taken from).
public func wallClockNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}
