/// Folds Traditional Chinese characters to Simplified, one character at a time (`唐鳳` → `唐凤`), so that the
/// same person written in either script is one speaker. Character-level folding is right for names; it is
/// not a text converter (phrases such as 乾/干 need context, which names do not have).
enum TraditionalToSimplified {
    /// Built once, on first use (Swift initialises globals and static lets thread-safely).
    private static let table: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let scalars = Array(pairs.unicodeScalars)
        table.reserveCapacity(scalars.count / 2)
        var index = 0
        while index + 1 < scalars.count {
            table[scalars[index].value] = scalars[index + 1]
            index += 2
        }
        return table
    }()

    static func fold(_ text: String) -> String {
        // Names without ideographs (most English names) need no look-up.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x3400 && table[$0.value] != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(table[scalar.value] ?? scalar)
        }
        return String(scalars)
    }
}
