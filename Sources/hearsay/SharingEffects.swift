import HearsayTerminal
import HearsayUI

/// Carries out `o` and `y` for the terminal runtime: the browser started with an argument
/// vector, the clipboard set with OSC 52.
struct SharingEffects {
    var environment: [String: String]
    var screen: TerminalScreen

    /// The events reporting the outcome, or `nil` when `effect` is not about sharing.
    func perform(_ effect: Effect) -> [Event]? {
        switch effect {
        case .openURL(let url):
            return [.notice(BrowserCommand(url: url, environment: environment).launch(environment: environment))]
        case .copyToClipboard(let text):
            screen.copyToClipboard(text)
            return []
        default:
            return nil
        }
    }
}
