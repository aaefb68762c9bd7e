import HearsayModel

/// What `stat` says about a file that changes when its content may have: size, modification and
/// status-change times (nanoseconds) and identity. Equal stamps mean unchanged unless the file
/// was written within the clock's granularity of being indexed (see `ArticleIndex.racyWindow`).
struct FileStamp: Sendable, Hashable {
    var size: Int64
    var modified: Int64
    /// ctime: moves on every write and on `touch -d`, and cannot be set back by a user.
    var changed: Int64
    var inode: Int64
    var device: Int64

    init(size: Int64, modified: Int64, changed: Int64, inode: Int64, device: Int64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    /// The walk's `stat`, reused.
    init(_ status: FileStatus) {
        self.init(
            size: status.size, modified: status.modified, changed: status.changed, inode: Int64(bitPattern: status.inode),
            device: Int64(bitPattern: status.device))
    }

    /// `nil` when the file cannot be stat'ed (the loader then reports why).
    init?(path: String) {
        guard let status = FileStatus(path: path) else { return nil }
        self.init(status)
    }

    /// Whether a write could have landed after this stamp was taken without moving it: the file
    /// was modified or changed within `window` nanoseconds before `now`.
    func isRecent(now: Int64, window: Int64) -> Bool {
        modified > now - window || changed > now - window
    }
}
