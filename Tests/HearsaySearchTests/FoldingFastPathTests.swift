import Testing

@testable import HearsaySearch

/// The builder's fast paths (plain scalars folded in place or from a cache) must agree with the
/// slow, obvious way: split into grapheme clusters with Swift, fold each with Foundation.
struct FoldingFastPathTests {
    /// Pieces chosen to sit on every edge of the fast path: plain scalars next to combining marks,
    /// joiners, Hangul jamo, regional indicators, CR LF, soft hyphens, halfwidth voiced marks.
    static let pieces = [
        "a", "Z", "7", " ", "开", "源", "，", "。", "：", "Ａ", "ｚ", "１", "（", "）", "“", "”", "…", "—",
        "\u{0301}", "\u{0323}", "\u{200D}", "\u{FE0F}", "ﬁ", "ß", "İ", "Σ", "ς", "é", "ｶ", "\u{FF9E}", "\u{3099}",
        "\u{1100}", "\u{1161}", "\u{11A8}", "한", "🇨", "🇳", "👨", "👩", "\r", "\n", "\t", "\u{00AD}", "\u{3000}",
        "\u{00A0}", "²", "Ⅻ", "㍿", "\u{2028}", "x\u{0301}", "カ", "ー",
        "ǰ", "j", "\u{030C}", "ｳ", "ｳﾞ", "ヴ", "ﾊ", "\u{FF9F}", "パ", "ガ",
    ]

    /// The obvious folding: cluster by cluster, with each cluster boundary's (folded, original) offsets.
    private func reference(_ text: String) -> (folded: String, boundaries: [(folded: Int, original: Int, vanishes: Bool)]) {
        var folded = ""
        var boundaries: [(Int, Int, Bool)] = []
        var original = 0
        for character in text {
            let piece = GraphemeFolding.fold(String(character))
            boundaries.append((folded.utf8.count, original, piece.isEmpty))
            folded += piece
            original += character.utf8.count
        }
        boundaries.append((folded.utf8.count, original, false))
        return (folded, boundaries)
    }

    @Test func agreesWithClusterByClusterFoldingOnRandomText() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3000 {
            let length = 1 + Int(random.next() % 12)
            let text = (0..<length).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let folded = FoldedText(text)
            let expected = reference(text)
            // Bytes, not `String ==`: canonically equivalent but differently composed folds do not match.
            #expect(folded.utf8 == Array(expected.folded.utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            for (index, boundary) in expected.boundaries.enumerated() {
                let nextVanishes = index + 1 < expected.boundaries.count && expected.boundaries[index + 1].vanishes
                if boundary.vanishes || nextVanishes { continue }
                #expect(
                    folded.originalOffset(forFolded: boundary.folded) == boundary.original,
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(boundary.folded)")
            }
            // Inside a cluster (between the scalars of its folded form) there is no original offset.
            for (index, character) in text.enumerated() {
                let start = expected.boundaries[index].folded
                var offset = start
                for scalar in GraphemeFolding.fold(String(character)).unicodeScalars.dropLast() {
                    offset += String(scalar).utf8.count
                    #expect(folded.originalOffset(forFolded: offset) == nil, "\(text.debugDescription) at \(offset)")
                }
            }
        }
    }
}

/// SplitMix64, for repeatable random tests.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
