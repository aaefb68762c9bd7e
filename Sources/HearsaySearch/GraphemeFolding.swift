import Foundation

/// The folding that makes matching ignore Latin case and fullwidth/halfwidth differences:
/// Unicode compatibility normalisation (NFKC, so `Ａ` is `A`, `，` is `,`, `ﬁ` is `fi`, `ｶﾞ` is `ガ`),
/// then full case folding (so `A` is `a` and `ß` is `ss`), then canonical composition (NFC), since
/// case folding may leave a decomposed form (`ǰ` folds to `j` + U+030C). Matching compares bytes, so
/// every fold must end in one canonical byte form: composed. The same as Python's
/// `unicodedata.normalize("NFC", unicodedata.normalize("NFKC", s).casefold())`, which the tests use
/// as an independent oracle.
enum GraphemeFolding {
    /// Folds a short string (one grapheme cluster, or a query). Not for bulk text: `FoldedTextBuilder`
    /// calls this only for the few graphemes its fast paths do not cover.
    static func fold<S: StringProtocol>(_ text: S) -> String {
        String(text).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
    }

    /// Whether `scalar` is a grapheme cluster of its own whenever the scalar after it is one of these
    /// too (its Grapheme_Cluster_Break property is Other and it can be neither extended nor joined
    /// by another such scalar). Covers ASCII, Latin-1/Latin Extended, general punctuation, CJK
    /// punctuation, kana, CJK ideographs and the fullwidth/halfwidth forms: nearly all of our text.
    @inline(__always)
    static func isPlainBase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x20 && scalar != 0x7F }
        if scalar < 0x3000 {
            return (scalar >= 0xA0 && scalar < 0x300 && scalar != 0xAD)
                || (scalar >= 0x2010 && scalar <= 0x2027) || (scalar >= 0x2030 && scalar <= 0x205E)
        }
        if scalar <= 0x9FFF {
            return scalar <= 0x3029 || (scalar >= 0x3030 && scalar <= 0x303F)
                || (scalar >= 0x3041 && scalar <= 0x3096) || (scalar >= 0x30A0 && scalar <= 0x30FF)
                || (scalar >= 0x3400 && scalar <= 0x4DBF) || scalar >= 0x4E00
        }
        return scalar >= 0xFF01 && scalar <= 0xFF9D
    }

    /// CJK ideographs: no compatibility mapping, no case. Folding leaves them as they are.
    @inline(__always)
    static func isUnchangedIdeograph(_ scalar: UInt32) -> Bool {
        (scalar >= 0x4E00 && scalar <= 0x9FFF) || (scalar >= 0x3400 && scalar <= 0x4DBF)
    }
}
