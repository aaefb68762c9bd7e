import Foundation
import HearsayTheme

/// The process environment, read once where the backend decides about colour.
enum TerminalEnvironment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}

extension TerminalScreen {
    /// How colours reach the terminal at `depth`.
    static func colorOutput(depth: ColorDepth, terminalColors: Int, terminalType: String) -> ColorOutput {
        switch depth {
        case .none: return .none
        case .trueColor:
            if terminalColors >= ColorDepth.directColorCount {
                return .direct(paletteSize: DirectColorTerminal.paletteSize(ofDirectTerminal: terminalType))
            }
            // Never the user's palette redefined (OSC 4): the nearest of the 256 standard colours.
            return .palette(.colors256)
        case .colors256, .colors16, .colors8: return .palette(depth)
        }
    }
}
