import Foundation
import HearsayTesting
import Testing

/// `list`, `speakers` and `search` print the same with the index as without it, cold and warm;
/// `search --speaker` reads the files.
@Suite(.enabled(if: HearsayBinary.available, Comment(rawValue: HearsayBinary.skipMessage)))
struct IndexCommandTests {
    /// Invented articles (two folders share a relative path, so an id is renamed), a binary file
    /// and an empty one (loading problems on standard error).
    private static let files = [
        "a/talk.md": "# 雨夜访谈\n\n## 详细对话\n\n林小雨: 雨下得很大。\nTom Baker: It is raining hard.\n林小雨: 开源节流吧。\n",
        "a/notes.txt": "# 笔记\n\n开源的想法，写在纸上。\n",
        "b/talk.md": "# 第二场\n\n## 详细对话\n\ntom baker: Again, the rain.\n周明: 雨停了。\n",
        "b/empty.md": "",
        "b/binary.md": "\u{0}\u{1}\u{2}binary",
        "b/news.md": "# 雨后\n\n“雨会停的，”周明表示，“明天就放晴。”\n\n林小雨说：“我不信。”\n",
    ]

    private func run(_ arguments: [String], cache: String) throws -> HearsayBinary.Output {
        try HearsayBinary.run(arguments, environment: ["XDG_CACHE_HOME": cache])
    }

    @Test(
        "search --speaker reads the files and makes no index",
        arguments: [["search", "--speaker", "tom", "rain"]])
    func readTheFiles(command: [String]) throws {
        let folder = try FixtureFolder(files: Self.files)
        let paths = [folder.path + "/a", folder.path + "/b"]
        let cache = folder.path + "/cache"
        let fresh = try run(command + paths + ["--no-cache"], cache: cache)
        let again = try run(command + paths, cache: cache)
        #expect(!fresh.standardOutput.isEmpty)
        #expect(again.standardOutput == fresh.standardOutput)
        #expect(!FileManager.default.fileExists(atPath: cache))
    }

    @Test(
        "list, speakers and search: the same without the index, cold and warm",
        arguments: [
            ["list", "--json"], ["list"], ["speakers", "--json"], ["speakers"], ["search", "--json", "开源"], ["search", "rain"],
        ])
    func sameWithAndWithoutTheIndex(command: [String]) throws {
        let folder = try FixtureFolder(files: Self.files)
        let paths = [folder.path + "/a", folder.path + "/b"]
        let cache = folder.path + "/cache"
        let fresh = try run(command + paths + ["--no-cache"], cache: cache)
        #expect(!FileManager.default.fileExists(atPath: cache), "--no-cache writes nothing")
        let cold = try run(command + paths, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache + "/hearsay/index.sqlite"))
        let warm = try run(command + paths, cache: cache)
        // Deleting the cache loses nothing: the next run rebuilds it.
        try FileManager.default.removeItem(atPath: cache)
        let rebuilt = try run(command + paths, cache: cache)
        #expect(!fresh.standardOutput.isEmpty)
        for output in [cold, warm, rebuilt] {
            #expect(output.standardOutput == fresh.standardOutput)
            #expect(output.standardError == fresh.standardError)
            #expect(output.status == fresh.status)
        }
    }

    @Test("speakers from a warm index: turns, quotes in prose and articles, as the heads stored say")
    func speakersFromTheWarmIndex() throws {
        let folder = try FixtureFolder(files: Self.files)
        let paths = [folder.path + "/a", folder.path + "/b"]
        let cache = folder.path + "/cache"
        _ = try run(["list"] + paths, cache: cache)
        let warm = try run(["speakers"] + paths, cache: cache)
        #expect(
            warm.standardOutput == """
                SPEAKER    TURNS  QUOTES  ARTICLES
                周明           1       2  news.md (2), \(folder.path)/b/talk.md (1)
                林小雨         2       1  talk.md (2), news.md (1)
                Tom Baker      2       0  talk.md (1), \(folder.path)/b/talk.md (1)

                """)
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func seedsAreListedTheSameWithTheIndex() throws {
        let folder = try FixtureFolder(files: [:])
        for command in [["list", "--json"], ["speakers", "--json"], ["search", "--json", "DeepSeek"]] {
            let fresh = try run(command + [Seeds.directory.path, "--no-cache"], cache: folder.path)
            let cold = try run(command + [Seeds.directory.path], cache: folder.path)
            let warm = try run(command + [Seeds.directory.path], cache: folder.path)
            #expect(cold.standardOutput == fresh.standardOutput)
            #expect(warm.standardOutput == fresh.standardOutput)
        }
    }

    @Test("--cache-dir puts the index where it says")
    func cacheDirOption() throws {
        let folder = try FixtureFolder(files: Self.files)
        let output = try run(["list", folder.path + "/a", "--cache-dir", folder.path + "/elsewhere"], cache: folder.path + "/unused")
        #expect(output.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/elsewhere/index.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/unused"))
    }

    @Test("a damaged cache file: the listing is right, standard error says it was rebuilt, the next run is quiet")
    func damagedCache() throws {
        let folder = try FixtureFolder(files: Self.files)
        let paths = [folder.path + "/a"]
        let cache = folder.path + "/cache"
        let expected = try run(["list", "--json"] + paths + ["--no-cache"], cache: cache)
        try FileManager.default.createDirectory(atPath: cache + "/hearsay", withIntermediateDirectories: true)
        try Data("not a database, just some words that fill the first page ...".utf8)
            .write(to: URL(fileURLWithPath: cache + "/hearsay/index.sqlite"))
        let rebuilt = try run(["list", "--json"] + paths, cache: cache)
        #expect(rebuilt.standardOutput == expected.standardOutput)
        #expect(rebuilt.standardError == "hearsay: cache \(cache)/hearsay/index.sqlite was damaged (file is not a database); rebuilt\n")
        let next = try run(["list", "--json"] + paths, cache: cache)
        #expect(next.standardOutput == expected.standardOutput)
        #expect(next.standardError.isEmpty)
    }

    @Test("two processes starting at once on an empty cache both print the full listing")
    func twoProcessesAtOnce() throws {
        let folder = try FixtureFolder(files: Self.files)
        let paths = [folder.path + "/a", folder.path + "/b"]
        let cache = folder.path + "/cache"
        let expected = try run(["list", "--json"] + paths + ["--no-cache"], cache: cache)
        for round in 0..<3 {
            let processes = (0..<2).map { _ in
                let process = Process()
                process.executableURL = HearsayBinary.url
                process.arguments = ["list", "--json"] + paths
                process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache]) { $1 }
                return process
            }
            let outputs = processes.map { process in
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = FileHandle.nullDevice
                return pipe
            }
            try processes.forEach { try $0.run() }
            let texts = outputs.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            processes.forEach { $0.waitUntilExit() }
            #expect(texts == [expected.standardOutput, expected.standardOutput], "round \(round)")
            #expect(processes.map(\.terminationStatus) == [0, 0])
        }
    }
}
