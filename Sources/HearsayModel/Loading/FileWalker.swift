#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file to load: where to read it, its article id, and its name in diagnostics.
struct SourceFile: Sendable {
    /// The path to open, as the file system spells it.
    var path: PathBytes
    /// The path relative to the folder it was found in (or the file name, for a file given directly).
    var id: String
    /// The path as given on the command line joined with the relative path.
    var displayPath: String
    /// What the walk's `stat` said (`nil` when the file was not found by a walk): the loader and
    /// the index reuse it rather than asking again.
    var status: FileStatus? = nil

    /// Whether the walk found a regular file (`true` when it did not say).
    var isRegularFile: Bool { status?.isRegularFile ?? true }
}

/// Expands files and folders into the article files under them: folders are walked recursively in
/// name order for `.txt`, `.md` and `.markdown` files; hidden entries are skipped; a folder reached
/// twice (a symbolic link loop) is walked once. Paths stay bytes (see `PathBytes`); a path the
/// system cannot open because it is longer than PATH_MAX is reported, not skipped silently.
struct FileWalker {
    private(set) var files: [SourceFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visitedFolders: Set<FileIdentity> = []
    private var seenFiles: [FileIdentity: String] = [:]
    /// Taken before the first `stat`: every file's status is at least this recent.
    private let startedAt = wallClockNanoseconds()
    /// Told each folder (as the files' paths name it) before it is listed (the live reload watches it).
    private let onFolder: (String) -> Void

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    init(paths: [PathBytes], onFolder: @escaping (String) -> Void = { _ in }) {
        self.onFolder = onFolder
        for path in paths { add(argument: path) }
    }

    private mutating func add(argument bytes: PathBytes) {
        let path = bytes.display
        var info = stat()
        guard bytes.withCString({ stat($0, &info) }) == 0 else {
            diagnostics.append(Diagnostic(file: path, line: 0, severity: .error, message: "cannot read: \(errorText())"))
            return
        }
        if isFolder(info) {
            let hasSlash = bytes.bytes.count > 1 && bytes.bytes.last == UInt8(ascii: "/")
            let root = hasSlash ? PathBytes(Array(bytes.bytes.dropLast())) : bytes
            walk(folder: root, relative: nil, info: info, display: root.display)
        } else if (info.st_mode & S_IFMT) == S_IFCHR || (info.st_mode & S_IFMT) == S_IFBLK {
            // `/dev/zero` would be read until the size limit; a pipe (`<(…)`) is fine.
            diagnostics.append(Diagnostic(file: path, line: 0, severity: .error, message: "is a device, not a file; skipped"))
        } else {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            addFile(SourceFile(path: bytes, id: name, displayPath: path), info: info)
        }
    }

    private mutating func walk(folder: PathBytes, relative: String?, info: stat, display: String) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visitedFolders.insert(identity).inserted else {
            diagnostics.append(
                Diagnostic(
                    file: display, line: 0, severity: .note,
                    message: "folder already read (a symbolic link loop?); skipped"))
            return
        }
        onFolder(folder.display)
        guard let names = FileWalker.entries(of: folder) else {
            diagnostics.append(Diagnostic(file: display, line: 0, severity: .error, message: "cannot read folder: \(errorText())"))
            return
        }
        let visible = names.filter { $0.bytes.first != UInt8(ascii: ".") }
        // The entries are stat'ed on all cores (a `stat` per file is most of a warm start's walk).
        let statuses = ParallelMap.map(count: visible.count) { index in
            let path = folder.appending(visible[index])
            var info = stat()
            let failure = path.withCString { stat($0, &info) } == 0 ? nil : errno
            return (path: path, info: info, failure: failure)
        }
        for (name, status) in zip(visible, statuses) {
            let childPath = status.path
            let shownName = name.display
            let childRelative = relative.map { $0 + "/" + shownName } ?? shownName
            let childDisplay = display + "/" + shownName
            let childInfo = status.info
            if let reason = status.failure {
                if reason == ENAMETOOLONG {
                    diagnostics.append(
                        Diagnostic(
                            file: childDisplay, line: 0, severity: .warning,
                            message: "path longer than the system allows (PATH_MAX \(PATH_MAX) bytes); skipped"))
                } else if reason == ELOOP || FileNames.hasArticleExtension(shownName) {
                    let message = reason == ELOOP ? "symbolic link loop; skipped" : "cannot read: \(errorText(reason))"
                    diagnostics.append(Diagnostic(file: childDisplay, line: 0, severity: .warning, message: message))
                }
                continue
            }
            if isFolder(childInfo) {
                walk(folder: childPath, relative: childRelative, info: childInfo, display: childDisplay)
            } else if FileNames.hasArticleExtension(shownName), (childInfo.st_mode & S_IFMT) == S_IFREG {
                if !name.isUTF8 {
                    diagnostics.append(
                        Diagnostic(
                            file: childDisplay, line: 0, severity: .note,
                            message: "file name is not UTF-8; shown with \u{FFFD} in its place"))
                }
                addFile(SourceFile(path: childPath, id: childRelative, displayPath: childDisplay), info: childInfo)
            }
        }
    }

    private mutating func addFile(_ file: SourceFile, info: stat) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if let earlier = seenFiles[identity] {
            diagnostics.append(
                Diagnostic(
                    file: file.displayPath, line: 0, severity: .note,
                    message: "same file as \(earlier); read once"))
            return
        }
        seenFiles[identity] = file.displayPath
        var file = file
        file.status = FileStatus(info, takenAfter: startedAt)
        files.append(file)
    }

    private func isFolder(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    private func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// The names in a folder, as bytes, sorted by their bytes (stable across machines and locales).
    private static func entries(of folder: PathBytes) -> [PathBytes]? {
        guard let directory = folder.withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [PathBytes] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                UnsafeRawPointer($0).withMemoryRebound(to: UInt8.self, capacity: 256) { start in
                    Array(UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(PathBytes(name)) }
        }
        return names.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    }
}
