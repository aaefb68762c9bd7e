import HearsayTheme
import HearsayUI
import Testing

@testable import HearsayTerminal

/// `o` and `y` outside the UI core: the browser's argument vector and the OSC 52 sequence.
@Suite struct SharingTests {
    let url = "https://example.org/a?b=1&c=$(rm -rf ~)"

    @Test func theBrowserGetsTheAddressAsOneArgument() {
        #expect(BrowserCommand(url: url, environment: [:]).arguments == ["xdg-open", url])
        #expect(BrowserCommand(url: url, environment: ["BROWSER": ""]).arguments == ["xdg-open", url])
        #expect(BrowserCommand(url: url, environment: ["BROWSER": "firefox"]).arguments == ["firefox", url])
        // A list: the first; arguments split on spaces; %s stands for the address.
        #expect(
            BrowserCommand(url: url, environment: ["BROWSER": "w3m -N %s:lynx"]).arguments == ["w3m", "-N", url])
        #expect(
            BrowserCommand(url: url, environment: ["BROWSER": "/opt/browser --new-tab"]).arguments == [
                "/opt/browser", "--new-tab", url,
            ])
    }

    @Test func theProgramIsFoundInPATH() {
        let command = BrowserCommand(url: url, environment: ["BROWSER": "sh"])
        #expect(command.executable(environment: ["PATH": "/nonexistent:/bin:/usr/bin"]) == "/bin/sh")
        #expect(command.executable(environment: ["PATH": "/nonexistent"]) == nil)
        let missing = BrowserCommand(url: url, environment: ["BROWSER": "no-such-browser-here"])
        #expect(missing.launch(environment: ["PATH": "/nonexistent"]) == "cannot open the link: no no-such-browser-here (set BROWSER)")
    }

    @Test func osc52CarriesTheTextInBase64() {
        #expect(Clipboard.sequence(for: "潮汐 tide") == "\u{1B}]52;c;5r2u5rGQIHRpZGU=\u{07}")
        // Cut at a character boundary: 潮 is three bytes, four would split the second one.
        #expect(Clipboard.sequence(for: "潮汐", maximumBytes: 4) == "\u{1B}]52;c;5r2u\u{07}")
    }
}

/// OSC 8: on where the terminal is known to take it or the config says so.
@Suite struct HyperlinkTests {
    @Test func onlyKnownTerminalsOrTheSetting() {
        #expect(!Hyperlinks.enabled(setting: nil, environment: ["TERM": "xterm-256color"]))
        #expect(Hyperlinks.enabled(setting: nil, environment: ["TERM": "xterm-kitty"]))
        #expect(Hyperlinks.enabled(setting: nil, environment: ["TERM": "xterm-256color", "VTE_VERSION": "7200"]))
        #expect(!Hyperlinks.enabled(setting: nil, environment: ["TERM": "xterm-256color", "VTE_VERSION": "4800"]))
        #expect(!Hyperlinks.enabled(setting: nil, environment: ["TERM_PROGRAM": "WezTerm", "TMUX": "/tmp/x"]))
        #expect(Hyperlinks.enabled(setting: true, environment: ["TMUX": "/tmp/x"]))
        #expect(!Hyperlinks.enabled(setting: false, environment: ["TERM": "xterm-kitty"]))
    }

    @Test func aLinkIsItsCellsWrittenAgainInsideOSC8() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 10, height: 2))
        buffer.write("a报告b", x: 0, y: 1, style: TerminalStyle(attributes: [.underline]))
        let sequence = Hyperlinks.sequence(
            for: [Hyperlink(y: 1, columns: 1..<5, url: "https://e.org/\u{1B}x")], in: buffer, sgr: ANSIEscapes.sgr)
        #expect(
            sequence
                == "\u{1B}7\u{1B}[2;2H\u{1B}]8;;https://e.org/x\u{1B}\\\u{1B}[0m\u{1B}[4m报\u{1B}[0m\u{1B}[4m告\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8"
        )
    }
}
