extension DisplaySafety {
    /// Encoded JSON with the scalars a terminal could act on that encoders leave raw (DEL, C1,
    /// bidirectional controls, the line separators U+2028 and U+2029) written as `\uXXXX` escapes;
    /// C0 controls inside strings are escaped by every encoder already, and the line breaks between
    /// tokens stay. Such scalars only occur inside JSON strings, where the escape means the same
    /// scalar, so the JSON stays valid and says the same thing.
    public static func escapingJSON(_ encoded: String) -> String {
        guard encoded.unicodeScalars.contains(where: { needsJSONEscape($0.value) }) else { return encoded }
        var result = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            guard needsJSONEscape(scalar.value) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }

    private static func needsJSONEscape(_ value: UInt32) -> Bool {
        (value >= 0x7F && value < 0xA0) || isBidiControl(value) || value == 0x2028 || value == 0x2029
    }
}
