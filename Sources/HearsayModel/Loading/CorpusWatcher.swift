import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches the folders a corpus was loaded from and posts what changed (`LoadedFiles.rescan`):
/// on Linux woken by inotify on every folder that holds an article file (and the folders given),
/// and in any case every `pollSeconds` (a file in a new subfolder; every look stats every file, so
/// a minute with inotify, 5 s without), or at once when asked (`requestRescan`, the reader's `R`).
/// Folders watched while the loader walks them (`watch(folder:)`) spare the first look: what is
/// written in them during loading wakes the watcher like any later write.
public final class CorpusWatcher: @unchecked Sendable {
    public let paths: [[UInt8]]
    public let loader: CorpusLoader
    private let adjust: @Sendable ([Article]) -> [Article]
    /// Seconds between two looks when nothing woke the watcher.
    public let pollSeconds: Double
    private let lock = NSLock()
    private var asked = false
    /// Written to wake the watcher (`requestRescan`).
    private var wakePipe: [Int32] = [-1, -1]
    private var notifier: Int32 = -1
    private var watchedFolders: Set<String> = []
    /// Looks at every file taken so far (each one a walk and a `stat` per file).
    private(set) var looksTaken: Int {
        get { lock.withLock { looks } }
        set { lock.withLock { looks = newValue } }
    }
    private var looks = 0

    public init(
        pathBytes paths: [[UInt8]], loader: CorpusLoader = CorpusLoader(), pollSeconds: Double? = nil,
        adjust: @escaping @Sendable ([Article]) -> [Article] = { $0 }, usesInotify: Bool = true
    ) {
        self.paths = paths
        self.loader = loader
        self.adjust = adjust
        _ = pipe(&wakePipe)
        #if os(Linux)
        if usesInotify { notifier = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) }
        #endif
        self.pollSeconds = pollSeconds ?? (notifier >= 0 ? 60 : 5)
    }

    /// Whether the folders are watched by inotify (else only looked at every `pollSeconds`).
    public var notifies: Bool { notifier >= 0 }

    /// Looks again at once; the change (or, asked for by hand, a change that says nothing changed)
    /// is posted. `byHand: false` (a lazy body found its file changed) posts only a change.
    public func requestRescan(byHand: Bool = true) {
        if byHand { lock.withLock { asked = true } }
        var byte: UInt8 = 1
        _ = write(wakePipe[1], &byte, 1)
    }

    /// Watches `folder` (as the walk names it) from now on: the loader's walk calls it before it
    /// lists the folder, so a file written there after the walk saw it wakes the watcher.
    public func watch(folder: String) {
        #if os(Linux)
        guard notifier >= 0 else { return }
        let added = inotify_add_watch(notifier, folder, Self.watchedEvents) >= 0
        if added { lock.withLock { _ = watchedFolders.insert(folder) } }
        #endif
    }

    /// Watches forever on the calling thread, starting from `files`, posting each change.
    public func run(from files: LoadedFiles, deliver: (CorpusChange) -> Void) -> Never {
        var files = files
        // Files written while the corpus loaded are found by a first look, unless every folder
        // was watched before the walk listed it (inotify has kept what was written since).
        var lookNow = !watchFolders(files.folders)
        while true {
            if !lookNow { waitForNews() }
            lookNow = false
            let byHand = lock.withLock {
                defer { asked = false }
                return asked
            }
            looksTaken += 1
            let change = files.rescan(pathBytes: paths, loader: loader, adjust: adjust)
            watchFolders(files.folders)
            if var change {
                change.summary = Self.summary(of: change)
                deliver(change)
            } else if byHand {
                deliver(CorpusChange(summary: "reloaded: nothing changed on disk"))
            }
        }
    }

    /// `reloaded: 1 new, 2 changed, 1 deleted`.
    static func summary(of change: CorpusChange) -> String {
        var parts: [String] = []
        if !change.appended.isEmpty { parts.append("\(change.appended.count) new") }
        if !change.replaced.isEmpty { parts.append("\(change.replaced.count) changed") }
        if !change.removed.isEmpty { parts.append("\(change.removed.count) deleted") }
        return "reloaded: " + parts.joined(separator: ", ")
    }

    /// Returns when a folder changed, a rescan was asked for, or `pollSeconds` passed. A burst of
    /// events (a file written in pieces, a folder copied in) is taken as one.
    private func waitForNews() {
        var fds = [pollfd(fd: wakePipe[0], events: Int16(POLLIN), revents: 0)]
        if notifier >= 0 { fds.append(pollfd(fd: notifier, events: Int16(POLLIN), revents: 0)) }
        guard poll(&fds, nfds_t(fds.count), Int32(pollSeconds * 1000)) > 0 else { return }
        usleep(50_000)
        drain(wakePipe[0])
        if notifier >= 0 { drain(notifier) }
    }

    private func drain(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var flags = fcntl(fd, F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(fd, F_SETFL, flags)
        while read(fd, &buffer, buffer.count) > 0 {}
    }

    #if os(Linux)
    static let watchedEvents = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
    #endif

    /// Adds an inotify watch on every folder given and every folder holding an article file;
    /// returns whether each one was watched already (`false` without inotify).
    @discardableResult
    private func watchFolders(_ holdingFiles: Set<String>) -> Bool {
        #if os(Linux)
        guard notifier >= 0 else { return false }
        var folders = holdingFiles
        for path in paths {
            var text = String(decoding: path, as: UTF8.self)
            var info = stat()
            // The walk names a folder given as `cov/` `cov`.
            if text.count > 1 && text.hasSuffix("/") { text.removeLast() }
            if stat(text, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { folders.insert(text) }
        }
        let unwatched = folders.subtracting(lock.withLock { watchedFolders })
        for folder in unwatched where inotify_add_watch(notifier, folder, Self.watchedEvents) >= 0 {
            lock.withLock { _ = watchedFolders.insert(folder) }
        }
        return unwatched.isEmpty
        #else
        return false
        #endif
    }
}
