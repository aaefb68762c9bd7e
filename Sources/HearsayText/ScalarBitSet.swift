/// A set of BMP scalars as a bit table: membership is one load and a mask, which matters in the
/// break rules' per-opportunity checks (a hashed `Set` lookup cost as much as ICU itself).
struct ScalarBitSet: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    init(_ values: Set<UInt32>) {
        for value in values {
            precondition(value < 0x10000, "ScalarBitSet holds BMP scalars only")
            words[Int(value >> 6)] |= 1 << (value & 63)
        }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        value < 0x10000 && words[Int(value >> 6)] & (1 << (value & 63)) != 0
    }
}
