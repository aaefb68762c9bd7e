/// Finds URLs written into running text (`https://…`, `http://…`, `www.…`) so that the line
/// breaker keeps each whole: a URL cut at `/` reads as two things.
enum URLRanges {
    /// UTF-16 ranges of the URLs in `units`: from the scheme (or `www.`) to the last URL character.
    static func find(in units: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            guard unit == 0x68 || unit == 0x48 || unit == 0x77 || unit == 0x57,  // h H w W
                index == 0 || !isWordCharacter(units[index - 1]),
                startsURL(units, at: index)
            else {
                index += 1
                continue
            }
            var end = index
            while end < count, isURLCharacter(units[end]) { end += 1 }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }

    private static func startsURL(_ units: [UInt16], at index: Int) -> Bool {
        hasPrefix(units, "https://", at: index) || hasPrefix(units, "http://", at: index)
            || hasPrefix(units, "www.", at: index)
    }

    private static func hasPrefix(_ units: [UInt16], _ prefix: String, at index: Int) -> Bool {
        var position = index
        for unit in prefix.utf16 {
            guard position < units.count else { return false }
            var candidate = units[position]
            if candidate >= 0x41, candidate <= 0x5A { candidate += 0x20 }  // ASCII lowercase
            guard candidate == unit else { return false }
            position += 1
        }
        return true
    }

    private static func isWordCharacter(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
    }

    /// RFC 3986's unreserved and reserved characters, plus `%`.
    private static func isURLCharacter(_ unit: UInt16) -> Bool {
        guard unit > 0x20, unit < 0x7F else { return false }
        switch UInt8(unit) {
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
            UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return false
        default:
            return true
        }
    }
}
