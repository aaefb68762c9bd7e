import Foundation
import Testing

@testable import HearsayTheme

struct ThemeCatalogTests {
    @Test func builtinsOnlyWithoutAUserFolder() {
        let catalog = ThemeCatalog(userThemesDirectory: "/nonexistent/hearsay/themes")
        #expect(catalog.entries.map(\.name) == ShippedThemeTests.names)
        #expect(catalog.entries.allSatisfy { $0.source == .builtin && $0.theme != nil })
        #expect(ThemeCatalog.defaultTheme.name == "default")
    }

    @Test func userThemesAppearBesideTheBuiltinsWithTheirProblems() throws {
        let folder = try ThemeScratchFolder()
        try folder.write("dusk.toml", "name = \"dusk\"\ndescription = \"mine\"\ntitle = { fg = \"#aa5500\" }\n")
        let broken = try folder.write("broken.toml", "name = \"broken\"\ntitle = { fg = \"#aa55\" }\n")
        try folder.write("light.toml", "name = \"light\"\ndescription = \"my light\"\n")
        try folder.write("notes.txt", "not a theme")
        let catalog = ThemeCatalog(userThemesDirectory: folder.path)
        #expect(catalog.entries.map(\.name) == ["default", "high-contrast", "solarized-dark", "monochrome", "broken", "dusk", "light"])
        #expect(catalog.entry(named: "light")?.theme?.description == "my light")
        #expect(catalog.entry(named: "dusk")?.source == .file(folder.path + "/dusk.toml"))
        let error = try #require(
            catalog.entry(named: "broken").map { entry -> ThemeError? in
                if case .failure(let error) = entry.result { return error } else { return nil }
            } ?? nil)
        #expect(error.file == broken)
        #expect(error.problems.map(\.keyPath) == ["title.fg"])
        #expect(catalog.usableThemes.map(\.name) == ["default", "high-contrast", "solarized-dark", "monochrome", "dusk", "light"])
    }

    @Test func unreadableAndNonUTF8Files() throws {
        let folder = try ThemeScratchFolder()
        let missing = ThemeCatalog.load(path: folder.path + "/gone.toml")
        #expect(missing.name == "gone")
        #expect(missing.theme == nil)
        guard case .failure(let gone) = missing.result else { Issue.record("a missing file loaded"); return }
        #expect(gone.description == "\(folder.path)/gone.toml: no such file")
        try FileManager.default.createDirectory(atPath: folder.path + "/dir.toml", withIntermediateDirectories: false)
        guard case .failure(let directory) = ThemeCatalog.load(path: folder.path + "/dir.toml").result else {
            Issue.record("a folder loaded"); return
        }
        #expect(directory.description == "\(folder.path)/dir.toml: is a folder, not a theme file")
        let path = folder.path + "/latin1.toml"
        try [UInt8](arrayLiteral: 0x6e, 0x61, 0x6d, 0x65, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22).withUnsafeBufferPointer {
            try Data(buffer: $0).write(to: URL(fileURLWithPath: path))
        }
        let latin1 = ThemeCatalog.load(path: path)
        guard case .failure(let error) = latin1.result else { Issue.record("latin-1 accepted"); return }
        #expect(error.description == "\(path): not UTF-8 text")
    }
}

extension ThemeCatalogTests {
    @Test func aThemeGivenByPathIsAddedLastReplacingItsFileAndItsName() throws {
        let folder = try ThemeScratchFolder()
        try folder.write("themes/dusk.toml", "name = \"dusk\"\n")
        try folder.write("themes/broken.toml", "name = \"broken\"\nrule = { fg = \"#+12345\" }\n")
        try folder.write("light.toml", "name = \"light\"\n")
        let catalog = ThemeCatalog(userThemesDirectory: folder.path + "/themes")
        // The same file spelt another way is not listed twice.
        let dusk = catalog.adding(ThemeCatalog.load(path: folder.path + "/themes/../themes/dusk.toml"))
        #expect(dusk.entries.map(\.name) == ["default", "light", "high-contrast", "solarized-dark", "monochrome", "broken", "dusk"])
        #expect(dusk.entries.last?.source == .file(folder.path + "/themes/../themes/dusk.toml"))
        // A theme of a built-in's name takes its place.
        let light = catalog.adding(ThemeCatalog.load(path: folder.path + "/light.toml"))
        #expect(light.entries.map(\.name) == ["default", "high-contrast", "solarized-dark", "monochrome", "broken", "dusk", "light"])
        // A broken file replaces only itself: its name (the file's stem) says nothing.
        let broken = catalog.adding(ThemeCatalog.load(path: folder.path + "/themes/broken.toml"))
        #expect(broken.entries.map(\.name) == ["default", "light", "high-contrast", "solarized-dark", "monochrome", "dusk", "broken"])
    }
}
