/// The folded forms of the plain scalars (`GraphemeFolding.isPlainBase`) that folding changes,
/// other than ASCII: fullwidth forms, the ideographic space, `…`, Latin capitals, `ß`… About 1,400
/// scalars are folded once, on first use, and shared (immutable) by every fold after that.
enum PlainScalarFolds {
    struct Fold: Sendable {
        var utf8: [UInt8]
        /// One scalar of the same UTF-8 length (Å → å): it can replace the original in place.
        var inPlace: Bool
    }

    /// Folded forms by scalar, only for scalars whose fold is not themselves.
    static let changed: [UInt32: Fold] = {
        var table: [UInt32: Fold] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xA0...0x2FF, 0x2010...0x205E, 0x3000...0x30FF, 0xFF01...0xFF9D]
        for range in ranges {
            for value in range where GraphemeFolding.isPlainBase(value) {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let original = String(scalar)
                let folded = GraphemeFolding.fold(original)
                // Bytes, not `String ==` (canonical equivalence would call a decomposed fold unchanged).
                if !folded.utf8.elementsEqual(original.utf8) {
                    let inPlace = folded.unicodeScalars.count == 1 && folded.utf8.count == original.utf8.count
                    table[value] = Fold(utf8: Array(folded.utf8), inPlace: inPlace)
                }
            }
        }
        return table
    }()
}
