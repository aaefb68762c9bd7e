import HearsayText

/// A request a command cannot satisfy: printed as `Error: message`, exit status 1, without the usage.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var description: String { DisplaySafety.sanitized(message) }
}
