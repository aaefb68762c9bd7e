import Foundation
import HearsayModel
import Testing

/// Every kind of bad input gets an exact diagnostic naming file and line, and the good files
/// beside it still load.
struct BrokenInputTests {
    static let goodArticle = "# 好文章\n\n## 详细对话\n甲: 你好。\n乙: 你好！\n"

    /// Loads a folder holding `good.md` and the given bad file; returns the corpus.
    func loadWithGoodFile(_ name: String, bytes: [UInt8]) throws -> (Corpus, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("good.md", Self.goodArticle)
        try folder.write(name, bytes: bytes)
        let corpus = CorpusLoader().load(paths: [folder.path])
        let good = corpus.article(id: "good.md")
        #expect(good?.title == "好文章")
        #expect(good?.turns.count == 2)
        return (corpus, folder)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let (corpus, _) = try loadWithGoodFile("bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# 标题\n\n正文。\n".utf8))
        #expect(corpus.diagnostics.isEmpty)
        let article = try #require(corpus.article(id: "bom.md"))
        #expect(article.title == "标题")
        #expect(article.blocks.map(\.text) == ["正文。"])
    }

    @Test func windowsLineEndingsAreLineEndings() throws {
        let text = "---\r\ntitle: \"视窗\"\r\ndate: 2024-05-01\r\n---\r\n\r\n## 对话\r\n甲：第一句。\r\n\r\n乙: 第二句。\r\n接着说。\r\n"
        let (corpus, _) = try loadWithGoodFile("crlf.md", bytes: Array(text.utf8))
        #expect(corpus.diagnostics.isEmpty)
        let article = try #require(corpus.article(id: "crlf.md"))
        #expect(article.title == "视窗")
        #expect(article.date?.original == "2024-05-01")
        #expect(article.speakers.map(\.name) == ["甲", "乙"])
        #expect(article.blocks.map(\.text) == ["对话", "甲：第一句。", "乙: 第二句。", "接着说。"])
        #expect(article.turns.map(\.blocks) == [1..<2, 2..<4])
        #expect(article.blocks.map(\.sourceLine) == [6, 7, 9, 10])
    }

    @Test func classicMacLineEndingsAreLineEndings() throws {
        let (corpus, _) = try loadWithGoodFile("cr.md", bytes: Array("# 标题\r\r第一段。\r第二行。\r".utf8))
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.article(id: "cr.md")?.blocks.map(\.text) == ["第一段。第二行。"])
    }

    @Test func utf16WithByteOrderMarkIsConverted() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "# 标题\n\n正文。\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (corpus, folder) = try loadWithGoodFile("utf16.md", bytes: bytes)
        #expect(corpus.diagnostics.map(\.description) == ["\(folder.path)/utf16.md:1: note: decoded as UTF-16 (little-endian)"])
        #expect(corpus.article(id: "utf16.md")?.title == "标题")
        #expect(corpus.article(id: "utf16.md")?.blocks.map(\.text) == ["正文。"])
    }

    @Test func devicesAreRefusedAndHiddenFilesNamedExplicitlyAreRead() throws {
        let folder = try TemporaryFolder()
        let hidden = try folder.write(".draft.md", "# 草稿\n")
        let corpus = CorpusLoader().load(paths: ["/dev/zero", hidden])
        #expect(corpus.diagnostics.map(\.description) == ["/dev/zero: error: is a device, not a file; skipped"])
        #expect(corpus.articles.map(\.title) == ["草稿"])
    }

    @Test func invalidUTF8IsReplacedAndReported() throws {
        let bytes = Array("# 标题\n\n第一行".utf8) + [0xFF, 0xFE] + Array("好\n".utf8)
        let (corpus, folder) = try loadWithGoodFile("bad.md", bytes: bytes)
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/bad.md:3: warning: invalid UTF-8 (2 sequences) replaced with U+FFFD"
            ])
        #expect(corpus.article(id: "bad.md")?.blocks.map(\.text) == ["第一行\u{FFFD}\u{FFFD}好"])
    }

    @Test func truncatedMultibyteSequenceIsOneReplacement() throws {
        // 中 is E4 B8 AD; cut after two bytes.
        let bytes = Array("# 题\n\n前".utf8) + [0xE4, 0xB8] + Array("后\n".utf8)
        let (corpus, folder) = try loadWithGoodFile("cut.md", bytes: bytes)
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/cut.md:3: warning: invalid UTF-8 (1 sequence) replaced with U+FFFD"
            ])
        #expect(corpus.article(id: "cut.md")?.blocks.map(\.text) == ["前\u{FFFD}后"])
    }

    @Test func gb18030IsDetectedAndDecoded() throws {
        // "# 标题\n\n这是一段中文。\n" encoded as GB18030 (GBK).
        let gbk: [UInt8] = [
            35, 32, 177, 234, 204, 226, 10, 10, 213, 226, 202, 199, 210, 187, 182, 206, 214, 208, 206, 196,
            161, 163, 10,
        ]
        let (corpus, folder) = try loadWithGoodFile("gbk.txt", bytes: gbk)
        #expect(corpus.diagnostics.map(\.description) == ["\(folder.path)/gbk.txt:1: warning: not UTF-8; decoded as GB18030 (GBK)"])
        let article = try #require(corpus.article(id: "gbk.txt"))
        #expect(article.title == "标题")
        #expect(article.blocks.map(\.text) == ["这是一段中文。"])
    }

    @Test func binaryFileIsSkipped() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let (corpus, folder) = try loadWithGoodFile("picture.md", bytes: png)
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/picture.md:3: warning: binary file skipped (NUL byte at offset 8)"
            ])
        #expect(corpus.articles.map(\.id) == ["good.md"])
    }

    @Test func emptyAndBlankFilesAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-empty.md", "")
        try folder.write("b-blank.md", " \n\t\n")
        try folder.write("good.md", Self.goodArticle)
        let corpus = CorpusLoader().load(paths: [folder.path])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/a-empty.md:1: warning: file is empty",
                "\(folder.path)/b-blank.md:1: warning: file contains only white space",
            ])
        #expect(corpus.articles.map(\.id) == ["good.md"])
    }

    @Test func frontMatterWithoutBodyStillGivesAnArticle() throws {
        let (corpus, folder) = try loadWithGoodFile("meta.md", bytes: Array("---\ntitle: 只有元数据\n---\n\n\n".utf8))
        #expect(corpus.diagnostics.map(\.description) == ["\(folder.path)/meta.md:3: warning: front matter but no text after it"])
        let article = try #require(corpus.article(id: "meta.md"))
        #expect(article.title == "只有元数据")
        #expect(article.blocks.isEmpty)
    }

    @Test func unclosedFrontMatterIsAnErrorAndReadAsText() throws {
        let text = "---\ntitle: 未闭合\n\n正文第一段。\n"
        let (corpus, folder) = try loadWithGoodFile("unclosed.md", bytes: Array(text.utf8))
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/unclosed.md:1: error: front matter starting here is never closed by a `---` line; read as text"
            ])
        let article = try #require(corpus.article(id: "unclosed.md"))
        #expect(article.title == "unclosed")
        #expect(article.format == .markdown)
        #expect(article.blocks.map(\.text) == ["title: 未闭合", "正文第一段。"])
    }

    @Test func malformedYAMLNamesTheLine() throws {
        let text = "---\ntitle: 标题\ntags: [一, 二\ndate: 2024-01-01\n---\n\n# 正文标题\n\n正文。\n"
        let (corpus, folder) = try loadWithGoodFile("yaml.md", bytes: Array(text.utf8))
        #expect(corpus.diagnostics.count == 1)
        let diagnostic = try #require(corpus.diagnostics.first)
        #expect(diagnostic.file == "\(folder.path)/yaml.md")
        #expect(diagnostic.severity == .error)
        // libyaml notices the unclosed `[` on the next line, where a `,` or `]` should be.
        #expect(diagnostic.line == 4)
        #expect(diagnostic.message == "malformed YAML front matter: did not find expected ',' or ']'")
        let article = try #require(corpus.article(id: "yaml.md"))
        #expect(article.title == "正文标题")
        #expect(article.format == .frontMatter)
    }

    @Test func nestedFoldersHiddenEntriesAndOtherExtensions() throws {
        let folder = try TemporaryFolder()
        try folder.write("b/c/deep.markdown", "# 深层\n\n内容。\n")
        try folder.write("a.txt", "# 浅层\n\n内容。\n")
        try folder.write("Upper.MD", "# 大写扩展名\n")
        try folder.write(".hidden.md", "# 隐藏\n")
        try folder.write(".git/inside.md", "# 隐藏目录\n")
        try folder.write("notes.pdf", "not an article")
        let corpus = CorpusLoader().load(paths: [folder.path + "/"])
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.articles.map(\.id) == ["Upper.MD", "a.txt", "b/c/deep.markdown"])
        #expect(corpus.articles.map(\.path) == ["\(folder.path)/Upper.MD", "\(folder.path)/a.txt", "\(folder.path)/b/c/deep.markdown"])
    }

    @Test func symbolicLinkLoopsAreSurvived() throws {
        let folder = try TemporaryFolder()
        try folder.write("sub/one.md", "# 一\n")
        try folder.link("sub/back", to: "..")
        try folder.link("self.md", to: "self.md")
        try folder.write("two.md", "# 二\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == ["sub/one.md", "two.md"])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/self.md: warning: symbolic link loop; skipped",
                "\(folder.path)/sub/back: note: folder already read (a symbolic link loop?); skipped",
            ])
    }

    /// Found by `hearsay-bench fuzz`: a bare `>` as the file's very last byte continued the quote
    /// with an empty line that was read one byte past the end (a crash in a debug build).
    @Test func aBareQuoteMarkerAtTheEndOfTheFileIsRead() throws {
        let (corpus, _) = try loadWithGoodFile("quote.md", bytes: Array("# 标题\n\n> 引言\n>".utf8))
        #expect(corpus.article(id: "quote.md")?.blocks.map(\.text) == ["引言"])
        #expect(corpus.article(id: "quote.md")?.blocks.map(\.kind) == [.quote])
    }

    @Test func missingPathIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.md", Self.goodArticle)
        let corpus = CorpusLoader().load(paths: [folder.path + "/missing", folder.path + "/good.md"])
        #expect(corpus.diagnostics.map(\.description) == ["\(folder.path)/missing: error: cannot read: No such file or directory"])
        #expect(corpus.articles.map(\.id) == ["good.md"])
    }

    @Test func sameRelativePathInTwoFoldersKeepsIDsUnique() throws {
        let first = try TemporaryFolder()
        let second = try TemporaryFolder()
        try first.write("a.md", "# 一\n")
        try second.write("a.md", "# 二\n")
        let corpus = CorpusLoader().load(paths: [first.path, second.path])
        #expect(corpus.articles.map(\.id) == ["a.md", "\(second.path)/a.md"])
    }
}
