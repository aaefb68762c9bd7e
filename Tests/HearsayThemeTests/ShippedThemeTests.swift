import Foundation
import HearsayTesting
import Testing

@testable import HearsayTheme

struct ShippedThemeTests {
    static let names = ["default", "light", "high-contrast", "solarized-dark", "monochrome"]

    @Test func fiveBuiltinThemesInOrder() {
        #expect(BuiltinThemes.files.map(\.name) == Self.names)
    }

    @Test(arguments: names)
    func parsesAndDefinesEveryRole(name: String) throws {
        let theme = try ThemeParser.parse(builtinText(name), file: name)
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        #expect(theme.missingRoles == [])
        #expect(Set(theme.roles.keys) == Set(ThemeRole.allCases))
        #expect(theme.speakers.count >= Theme.minimumSpeakerColors)
        #expect(theme.highlights.count == Theme.highlightColorCount)
    }

    @Test func builtinFilesAreTheRepositoryFiles() throws {
        // The embedded copies are the files in themes/ (the symlinked resource folder).
        for name in Self.names {
            let url = Seeds.repositoryRoot.appendingPathComponent("themes/\(name).toml")
            let onDisk = try String(contentsOf: url, encoding: .utf8)
            #expect(onDisk == builtinText(name), "themes/\(name).toml differs from the embedded copy")
        }
    }

    @Test(arguments: names.filter { $0 != "monochrome" })
    func colorThemesHaveDistinctSpeakerColors(name: String) throws {
        let theme = try ThemeParser.parse(builtinText(name), file: name)
        let colors = theme.speakers.compactMap(\.foreground)
        #expect(Set(colors).count == colors.count)
        #expect(!colors.contains(.default))
    }

    @Test func solarizedUsesThePublishedValues() throws {
        let theme = try ThemeParser.parse(builtinText("solarized-dark"), file: "solarized-dark")
        #expect(
            theme.roles[.screen]
                == ThemeRoleStyle(foreground: .rgb(RGBColor(0x83, 0x94, 0x96)), background: .rgb(RGBColor(0x00, 0x2b, 0x36))))
        let accents = ["#dc322f", "#859900", "#b58900", "#268bd2", "#d33682", "#2aa198", "#cb4b16", "#6c71c4"]
        #expect(theme.speakers.map { $0.foreground?.description } == accents)
    }

    @Test func monochromeHasNoColorAtAnyDepth() throws {
        let theme = try ThemeParser.parse(builtinText("monochrome"), file: "monochrome")
        for depth in ColorDepth.allCases {
            let resolved = ResolvedTheme(theme, depth: depth, fallback: ThemeCatalog.defaultTheme)
            let styles = Array(resolved.roles.values) + resolved.speakers
            #expect(styles.allSatisfy { $0.foreground == .default && $0.background == .default }, "\(depth)")
            #expect(resolved.highlights.allSatisfy { $0 == .default })
        }
        let resolved = ResolvedTheme(theme, depth: .trueColor)
        #expect(resolved[.listSelected].attributes == [.reverse, .bold])
        #expect(resolved[.searchMatch].attributes == [.reverse])
    }

    @Test(arguments: names)
    func noColorDepthLeavesAttributesOnly(name: String) throws {
        let theme = try ThemeParser.parse(builtinText(name), file: name)
        let resolved = ResolvedTheme(theme, depth: .none, fallback: ThemeCatalog.defaultTheme)
        let styles = Array(resolved.roles.values) + resolved.speakers
        #expect(styles.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(resolved.highlights.allSatisfy { $0 == .default })
        // Roles that colour alone set apart still show: the selection and matches are reversed.
        #expect(resolved[.listSelected].attributes.contains(.reverse))
        #expect(resolved[.searchMatch].attributes.contains(.reverse))
        #expect(resolved[.currentSearchMatch].attributes.contains(.reverse))
        #expect(!resolved.highlightAttributes.isEmpty)
    }
}
