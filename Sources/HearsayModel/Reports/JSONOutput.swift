import Foundation

/// The one JSON style of every output (`--json`, exports): pretty, keys sorted, slashes not
/// escaped, so output is stable and diffable.
public enum JSONOutput {
    /// An encoder set up for it.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as JSON text.
    public static func string<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// `value` as JSON text, `null` when it cannot be encoded.
    public static func encode<Value: Encodable>(_ value: Value) -> String {
        (try? string(value)) ?? "null"
    }
}
