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
