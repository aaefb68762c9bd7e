#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a folded needle in folded text: Boyer–Moore–Horspool over UTF-8 bytes (`memchr` for a
/// one-byte needle). Byte matching is exact matching here because both sides are folded, and a
/// UTF-8 needle can only match at scalar boundaries.
struct ByteSearcher: Sendable {
    let needle: [UInt8]
    /// How far to move when the haystack byte under the needle's last byte is `byte`.
    private let shifts: [Int]

    init(_ needle: [UInt8]) {
        self.needle = needle
        var shifts = [Int](repeating: max(needle.count, 1), count: 256)
        if needle.count > 1 {
            for (index, byte) in needle.dropLast().enumerated() {
                shifts[Int(byte)] = needle.count - 1 - index
            }
        }
        self.shifts = shifts
    }

    /// The first occurrence at or after `start`, as a byte range.
    func firstMatch(in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        let length = needle.count
        guard length > 0, let base = haystack.baseAddress, haystack.count - start >= length else { return nil }
        return needle.withUnsafeBufferPointer { needleBuffer -> Range<Int>? in
            let needleBase = needleBuffer.baseAddress!
            if length == 1 {
                guard let found = memchr(base + start, Int32(needleBase[0]), haystack.count - start) else { return nil }
                let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                return offset..<(offset + 1)
            }
            let last = length - 1
            let lastByte = needleBase[last]
            let limit = haystack.count - length
            var position = start
            return shifts.withUnsafeBufferPointer { shifts -> Range<Int>? in
                while position <= limit {
                    let byte = base[position + last]
                    if byte == lastByte && memcmp(base + position, needleBase, last) == 0 {
                        return position..<(position + length)
                    }
                    position += shifts[Int(byte)]
                }
                return nil
            }
        }
    }

    /// What to do after `forEachMatch` reports an occurrence.
    enum Decision {
        /// Keep it: resume the search at its end (matches do not overlap).
        case accept
        /// Skip it (it starts or ends inside a grapheme): resume at its next byte.
        case reject
        /// Stop searching.
        case stop
    }

    /// Calls `body` with each occurrence in order until it says `.stop` or none is left.
    func forEachMatch(in haystack: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Decision) {
        var position = 0
        while let match = firstMatch(in: haystack, from: position) {
            switch body(match) {
            case .accept: position = match.upperBound
            case .reject: position = match.lowerBound + 1
            case .stop: return
            }
        }
    }
}
