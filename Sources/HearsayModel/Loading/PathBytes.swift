#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file path as the file system has it: bytes, not necessarily UTF-8 (a GBK `新闻.txt` out of a
/// Windows zip). Opened by its bytes; shown with U+FFFD where they are not UTF-8.
struct PathBytes: Sendable, Hashable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    init(_ text: String) { bytes = Array(text.utf8) }

    /// For messages and ids: invalid UTF-8 replaced by U+FFFD.
    var display: String { String(decoding: bytes, as: UTF8.self) }

    var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    func appending(_ name: PathBytes) -> PathBytes {
        PathBytes(bytes + [UInt8(ascii: "/")] + name.bytes)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
