/// Within one article, which labels are one speaker: `Andrulis` after `Jonas Andrulis`, `记` after `记者`,
/// `许` after `许某某`, `李某某` after `经济部李某某`. Works on identity keys (folded, without a verb, affiliation kept);
/// a short form joins a longer one only when exactly one longer label fits it.
enum LabelResolver {
    /// The index of the canonical key of each key (its own index when nothing longer fits). `keys` are distinct.
    static func canonical(_ keys: [String]) -> [Int] {
        guard keys.count > 1 else { return Array(keys.indices) }
        let forms = keys.map(Form.init)
        return keys.indices.map { index in
            var fit = index
            var fits = 0
            for other in keys.indices where forms[other].length > forms[index].length && isShortForm(forms[index], of: forms[other]) {
                fit = other
                fits += 1
            }
            return fits == 1 ? fit : index
        }
    }

    static func isShortForm(_ short: String, of long: String) -> Bool {
        isShortForm(Form(short), of: Form(long))
    }

    /// What the comparison needs of a key, worked out once.
    private struct Form {
        var key: String
        var length: Int
        var isCJK: Bool
        var words: [Substring]

        init(_ key: String) {
            self.key = key
            length = key.count
            isCJK = key.unicodeScalars.allSatisfy { $0.value >= 0x3400 }
            words = isCJK ? [] : key.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "・" || $0 == "-" || $0 == "‧" })
            if isCJK, key.contains(where: { $0 == "·" || $0 == "・" || $0 == "‧" }) {
                words = key.split(whereSeparator: { $0 == "·" || $0 == "・" || $0 == "‧" })
            }
        }
    }

    private static func isShortForm(_ short: Form, of long: Form) -> Bool {
        guard long.length > short.length else { return false }
        if short.length == 1 {
            // `记：` after `记者：`, `许：` after `许某某：`: an ideograph standing for the label it begins.
            return short.isCJK && long.key.utf8.starts(with: short.key.utf8)
        }
        // `Andrulis` ← `Jonas Andrulis`, `马克龙` ← `埃马纽埃尔·马克龙`: one whole word of the longer name.
        let isWord = long.words.count > 1 && (long.words.first == Substring(short.key) || long.words.last == Substring(short.key))
        // `李某某` ← `经济部李某某`, `陈某` ← `某资本陈某`: a CJK name after a fused agency or firm.
        let isFusedName =
            short.isCJK && long.isCJK && long.length >= short.length + 2
            && long.key.utf8.count > short.key.utf8.count && long.key.utf8.reversed().starts(with: short.key.utf8.reversed())
        // A role never stands for a person this way (`Guest` is not short for `Guest Star`).
        return (isWord || isFusedName) && !SpeakerName.isRole(short.key)
    }
}
