import Foundation
import HearsayModel
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 17, item 8: file names that are not UTF-8 are read, folders past PATH_MAX are reported,
/// files over the size limit say so.
struct PathTests {
    @Test func aFileNameInGBKIsReadAndShownWithReplacements() throws {
        let folder = try TemporaryFolder()
        // 新闻 in GBK: D0 C2 CE C5, not UTF-8.
        let name: [UInt8] = [0xD0, 0xC2, 0xCE, 0xC5] + Array(".txt".utf8)
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        let text = Array("# 旧新闻\n\n正文。\n".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)

        let corpus = CorpusLoader().load(paths: [folder.path])
        #expect(corpus.articles.map(\.title) == ["旧新闻"])
        #expect(corpus.articles.map(\.id) == ["\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.txt"])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.txt: note: file name is not UTF-8; shown with \u{FFFD} in its place"
            ])
    }

    @Test func foldersDeeperThanPathMaxAreReported() throws {
        let folder = try TemporaryFolder()
        let segment = String(repeating: "深", count: 60)  // 180 bytes a level
        let levels = Int(PATH_MAX) / 181 + 2
        try DeepFolders.make(under: folder.path, segment: segment, levels: levels, article: "a.md", text: "# 深处\n\n正文。\n")
        defer { DeepFolders.remove(under: folder.path, segment: segment) }
        try folder.write("top.md", "# 顶层\n\n正文。\n")

        let corpus = CorpusLoader().load(paths: [folder.path])
        #expect(corpus.articles.map(\.title) == ["顶层"])
        #expect(corpus.diagnostics.count == 1)
        let diagnostic = try #require(corpus.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "path longer than the system allows (PATH_MAX \(PATH_MAX) bytes); skipped")
        #expect(diagnostic.file.utf8.count > Int(PATH_MAX))
    }

    @Test func aFileOverTheSizeLimitSaysSo() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big.md", "# 大\n")
        #expect(truncate(path, off_t(64 << 20) + 1) == 0)  // sparse: nothing is written
        let corpus = CorpusLoader().load(paths: [path])
        #expect(corpus.articles.isEmpty)
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(path): warning: file of 67108865 bytes is over the 64 MB limit for an article; skipped"
            ])
    }
}

/// A chain of folders deeper than PATH_MAX, made and removed relative to open folders (a path
/// that long cannot be named in one call).
enum DeepFolders {
    static func make(under root: String, segment: String, levels: Int, article: String, text: String) throws {
        var parent = open(root, O_RDONLY | O_DIRECTORY)
        for _ in 0..<levels {
            #expect(mkdirat(parent, segment, 0o755) == 0)
            let child = openat(parent, segment, O_RDONLY | O_DIRECTORY)
            close(parent)
            parent = child
        }
        let file = openat(parent, article, O_WRONLY | O_CREAT, 0o644)
        let bytes = Array(text.utf8)
        #expect(write(file, bytes, bytes.count) == bytes.count)
        close(file)
        close(parent)
    }

    /// Removes what `make` made (depth first, by open folders).
    static func remove(under root: String, segment: String) {
        func clear(_ folder: Int32) {
            let child = openat(folder, segment, O_RDONLY | O_DIRECTORY)
            guard child >= 0 else { return }
            clear(child)
            if let directory = fdopendir(dup(child)) {
                while let entry = readdir(directory) {
                    let name = withUnsafePointer(to: &entry.pointee.d_name) {
                        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                    }
                    if name != "." && name != ".." { unlinkat(child, name, 0) }
                }
                closedir(directory)
            }
            close(child)
            unlinkat(folder, segment, AT_REMOVEDIR)
        }
        let top = open(root, O_RDONLY | O_DIRECTORY)
        clear(top)
        close(top)
    }
}
