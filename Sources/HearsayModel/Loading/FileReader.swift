#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

/// Reads a whole file with POSIX calls (cheaper than Foundation for thousands of small files).
enum FileReader {
    /// Files larger than this are not articles; they are skipped with a warning.
    static let maximumSize = 64 << 20

    enum Failure: Error {
        case cannotOpen(String)
        case tooLarge(Int)
    }

    static func read(_ path: PathBytes) -> Result<[UInt8], Failure> {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.cannotOpen("is a folder")) }
        let size = Int(info.st_size)
        if size > maximumSize { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var filled = 0
        while true {
            if filled == bytes.count {
                // Usually the end of the file; if it grew (or reports no size, like a pipe), read on.
                let (got, probe) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer in
                    let got = systemRead(descriptor, buffer.baseAddress!, buffer.count)
                    return (got, got > 0 ? Array(buffer[0..<got]) : [])
                }
                if got < 0 {
                    if errno == EINTR { continue }
                    return .failure(.cannotOpen(String(cString: strerror(errno))))
                }
                if got == 0 { break }
                bytes.append(contentsOf: probe)
                filled += got
                if filled > maximumSize { return .failure(.tooLarge(filled)) }
                continue
            }
            let got = bytes.withUnsafeMutableBufferPointer { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotOpen(String(cString: strerror(errno))))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}
