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

        try folder.write("hearsay/config.toml", "# mine\npager = \"less\"\ntheme = \"light\"\n[keys]\nquit = \"Q\"\n")
        try HearsayConfig.writeTheme("solarized-dark", to: path)
        #expect(try HearsayConfig.read(from: path) == HearsayConfig(theme: "solarized-dark"))
        let text = try #require(folder.read("hearsay/config.toml"))
        #expect(text.contains("pager = 'less'") || text.contains("pager = \"less\""))
        #expect(text.contains("quit = 'Q'") || text.contains("quit = \"Q\""))
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
}
