import ArgumentParser
import Foundation
import HearsayText

/// `hearsay help NAME…` for a command that does not exist: ArgumentParser prints the general help and exits 0,
/// which a script cannot tell from success. Here it is a usage error, exit status 64 (EX_USAGE), as for an
/// unknown option.
enum HelpTopic {
    static let usageError: Int32 = 64

    /// The words after `help` that name no command, if any (`nil` when `arguments` is not a help request).
    static func unknownTopic(in arguments: [String]) -> String? {
        guard arguments.first == "help", arguments.count > 1 else { return nil }
        var command: ParsableCommand.Type = Hearsay.self
        for name in arguments.dropFirst() where !name.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == name }) else {
                return arguments.dropFirst().joined(separator: " ")
            }
            command = next
        }
        return nil
    }
}

extension Hearsay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let topic = HelpTopic.unknownTopic(in: arguments) {
            FileHandle.standardError.write(
                Data("Error: no command '\(DisplaySafety.sanitized(topic))'; see 'hearsay --help' for the commands\n".utf8))
            Foundation.exit(HelpTopic.usageError)
        }
        main(nil)
    }
}
