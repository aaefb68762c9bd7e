import Foundation

/// The command line as the system passed it. Swift's `CommandLine.arguments` replaces bytes that
/// are not UTF-8 with U+FFFD, which would turn a GBK file name into a path that does not exist.
enum RawArguments {
    /// The bytes of the argument that `argument` was decoded from (its UTF-8 when none was).
    static func bytes(of argument: String) -> [UInt8] {
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return Array(argument.utf8) }
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
            if String(decoding: raw, as: UTF8.self) == argument { return raw }
        }
        return Array(argument.utf8)
    }
}
