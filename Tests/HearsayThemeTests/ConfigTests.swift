import Testing

@testable import HearsayTheme

struct ConfigTests {
    @Test func locationFollowsXDG() {
        #expect(ConfigLocation(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]).configFile == "/x/cfg/hearsay/config.toml")
        #expect(ConfigLocation(environment: ["XDG_CONFIG_HOME": "/x/cfg"]).themesDirectory == "/x/cfg/hearsay/themes")
        // A relative XDG_CONFIG_HOME is invalid per the spec and ignored.
        #expect(
            ConfigLocation(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/home/u"]).configFile == "/home/u/.config/hearsay/config.toml")
        #expect(ConfigLocation(environment: ["HOME": "/home/u"]).themesDirectory == "/home/u/.config/hearsay/themes")
    }

    @Test func missingFileIsEmpty() throws {
        let folder = try ThemeScratchFolder()
        #expect(try HearsayConfig.read(from: folder.path + "/none/config.toml") == HearsayConfig())
    }

    @Test func roundTripCreatesTheFileAndKeepsOtherKeys() throws {
        let folder = try ThemeScratchFolder()
        let path = folder.path + "/hearsay/config.toml"
        try HearsayConfig.writeTheme("light", to: path)
        #expect(try HearsayConfig.read(from: path) == HearsayConfig(theme: "light"))

        try folder.write("hearsay/config.toml", "# mine\npager = \"less\"\ntheme = \"light\"\n[reader]\nmax-width = 90\n")
        try HearsayConfig.writeTheme("solarized-dark", to: path)
        #expect(try HearsayConfig.read(from: path) == HearsayConfig(theme: "solarized-dark", readerMaxWidth: 90))
        let text = try #require(folder.read("hearsay/config.toml"))
        #expect(text.contains("pager = 'less'") || text.contains("pager = \"less\""))
        #expect(text.contains("max-width = 90"))
        #expect(folder.read("hearsay/config.toml.tmp") == nil)
    }

    @Test func brokenConfigNamesFileAndLine() throws {
        let folder = try ThemeScratchFolder()
        let path = try folder.write("config.toml", "theme = \"light\"\ntheme = \"dark\"\n")
        #expect(throws: ThemeError.self) { try HearsayConfig.read(from: path) }
        do {
            _ = try HearsayConfig.read(from: path)
        } catch {
            #expect(error.file == path)
            #expect(error.problems.first?.line == 2)
        }
        let wrongType = try folder.write("typed.toml", "\n theme = 4\n")
        do {
            _ = try HearsayConfig.read(from: wrongType)
            Issue.record("a number is not a theme name")
        } catch {
            #expect(error.description == "\(wrongType): line 2: theme: expected a string (a theme name), found integer")
        }
    }

    @Test func readerMaxWidthIsReadAndAWrongOneIsLeftOutWithItsLine() throws {
        let folder = try ThemeScratchFolder()
        let good = try folder.write("good.toml", "theme = \"light\"\n[reader]\nmax-width = 72\n")
        #expect(try HearsayConfig.read(from: good) == HearsayConfig(theme: "light", readerMaxWidth: 72))
        let small = try folder.write("small.toml", "theme = \"light\"\n\n[reader]\nmax-width = 10\n")
        let read = try HearsayConfig.read(from: small)
        #expect(read.theme == "light" && read.readerMaxWidth == nil)
        #expect(read.problems.map(\.description) == ["line 4: reader.max-width: expected a number of columns, at least 20, found 10"])
        let text = try folder.write("text.toml", "[reader]\nmax-width = \"wide\"\n")
        #expect(
            try HearsayConfig.read(from: text).problems.map(\.description) == [
                "line 2: reader.max-width: expected a number of columns, at least 20, found string"
            ])
    }
}
