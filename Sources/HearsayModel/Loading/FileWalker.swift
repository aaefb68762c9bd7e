#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file to load: where to read it, its article id, and its name in diagnostics.
struct SourceFile: Sendable {
    /// The path to open.
    var path: String
    /// The path relative to the folder it was found in (or the file name, for a file given directly).
    var id: String
    /// The path as given on the command line joined with the relative path.
    var displayPath: String
}

/// Expands files and folders into the article files under them: folders are walked recursively in
/// name order for `.txt`, `.md` and `.markdown` files; hidden entries are skipped; a folder reached
/// twice (a symbolic link loop) is walked once.
struct FileWalker {
    private(set) var files: [SourceFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visitedFolders: Set<FileIdentity> = []
    private var seenFiles: [FileIdentity: String] = [:]

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    init(paths: [String]) {
        for path in paths { add(argument: path) }
    }

    private mutating func add(argument path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            diagnostics.append(Diagnostic(file: path, line: 0, severity: .error, message: "cannot read: \(errorText())"))
            return
        }
        if isFolder(info) {
            let root = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            walk(folder: root, relative: "", info: info, display: root)
        } else {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            addFile(SourceFile(path: path, id: name, displayPath: path), info: info)
        }
    }

    private mutating func walk(folder: String, relative: String, info: stat, display: String) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visitedFolders.insert(identity).inserted else {
            diagnostics.append(Diagnostic(file: display, line: 0, severity: .note,
                                          message: "folder already read (a symbolic link loop?); skipped"))
            return
        }
        guard let names = FileWalker.entries(of: folder) else {
            diagnostics.append(Diagnostic(file: display, line: 0, severity: .error, message: "cannot read folder: \(errorText())"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let childPath = folder + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let childDisplay = display + "/" + name
            var childInfo = stat()
            guard stat(childPath, &childInfo) == 0 else {
                let reason = errno
                if reason == ELOOP || FileNames.hasArticleExtension(name) {
                    let message = reason == ELOOP ? "symbolic link loop; skipped" : "cannot read: \(errorText(reason))"
                    diagnostics.append(Diagnostic(file: childDisplay, line: 0, severity: .warning, message: message))
                }
                continue
            }
            if isFolder(childInfo) {
                walk(folder: childPath, relative: childRelative, info: childInfo, display: childDisplay)
            } else if FileNames.hasArticleExtension(name), (childInfo.st_mode & S_IFMT) == S_IFREG {
                addFile(SourceFile(path: childPath, id: childRelative, displayPath: childDisplay), info: childInfo)
            }
        }
    }

    private mutating func addFile(_ file: SourceFile, info: stat) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if let earlier = seenFiles[identity] {
            diagnostics.append(Diagnostic(file: file.displayPath, line: 0, severity: .note,
                                          message: "same file as \(earlier); read once"))
            return
        }
        seenFiles[identity] = file.displayPath
        files.append(file)
    }

    private func isFolder(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    private func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// The names in a folder, sorted by their bytes (stable across machines and locales).
    private static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
