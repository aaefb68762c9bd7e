import Foundation
import HearsayTesting
import Testing

/// Issue 18, item 20: a path that cannot be read is an error (exit status 2, the reason on standard
/// error, nothing on standard output) unless another path gave articles.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct UnreadablePathTests {
    @Test(arguments: [["list"], ["list", "--json"], ["speakers"], ["quotes"], ["search", "雨"]])
    func aPathThatCannotBeReadIsAnError(command: [String]) throws {
        let folder = try FixtureFolder(files: [:])
        let missing = folder.path + "/nope"
        let output = try HearsayBinary.run(command + [missing])
        #expect(output.status == 2)
        #expect(output.standardOutput == "")
        #expect(output.standardError == "hearsay: \(missing): error: cannot read: No such file or directory\n")
    }

    @Test func anotherPathThatLoadsKeepsItAWarning() throws {
        let folder = try FixtureFolder(files: ["a.md": "# 雨\n\n下雨了。\n"])
        let output = try HearsayBinary.run(["list", folder.path + "/nope", folder.path])
        #expect(output.status == 0)
        #expect(output.lines.count == 2)
        #expect(output.standardError == "hearsay: \(folder.path)/nope: error: cannot read: No such file or directory\n")
    }
}
