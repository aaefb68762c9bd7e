import HearsayModel
import Testing

/// The XDG base directory rules, once for configuration, data and state.
@Suite struct XDGDirectoriesTests {
    @Test func absoluteVariablesWin() {
        let directories = XDGDirectories(environment: [
            "HOME": "/home/u", "XDG_CONFIG_HOME": "/x/cfg", "XDG_DATA_HOME": "/x/data", "XDG_STATE_HOME": "/x/state",
        ])
        #expect([directories.config, directories.data, directories.state] == ["/x/cfg/hearsay", "/x/data/hearsay", "/x/state/hearsay"])
    }

    @Test func relativeOrMissingVariablesFallBackUnderHome() {
        let directories = XDGDirectories(environment: ["HOME": "/home/u/", "XDG_CONFIG_HOME": "rel", "XDG_DATA_HOME": ""])
        #expect(
            [directories.config, directories.data, directories.state]
                == ["/home/u/.config/hearsay", "/home/u/.local/share/hearsay", "/home/u/.local/state/hearsay"])
    }

    @Test func anEmptyHomeIsTheAccountsHome() {
        #expect(XDGDirectories(environment: ["HOME": ""]).home == XDGDirectories(environment: [:]).home)
        #expect(!XDGDirectories(environment: [:]).home.isEmpty)
    }

    @Test func pathsUnderHomeAreAbbreviated() {
        let directories = XDGDirectories(environment: ["HOME": "/home/u"])
        #expect(directories.abbreviated("/home/u/.local/state/hearsay/x.json") == "~/.local/state/hearsay/x.json")
        #expect(directories.abbreviated("/home/user2/x") == "/home/user2/x")
    }
}
