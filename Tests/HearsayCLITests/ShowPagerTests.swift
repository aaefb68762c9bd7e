import Foundation
import Testing

/// `show` pages only on a terminal (the end-to-end test_show_pager.py covers the terminal): piped, `$PAGER` is
/// never run and the text comes straight out.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct ShowPagerTests {
    @Test func aPipeGetsTheTextWithoutThePager() throws {
        let folder = try FixtureFolder(files: ["a.md": "# 标题\n\n第一段，很短。\n"])
        let marker = folder.path + "/pager-ran"
        let output = try HearsayBinary.run(
            ["show", "--width", "20", folder.path + "/a.md"], environment: ["PAGER": "touch \(marker); cat"])
        #expect(output.status == 0)
        #expect(output.lines == ["标题", "", "第一段，很短。"])
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
