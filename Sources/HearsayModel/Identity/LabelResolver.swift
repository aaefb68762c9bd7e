/// Within one article, which labels are one speaker: `Andrulis` after `Jonas Andrulis`, `记` after `记者`,
/// `许` after `许某某`, `李某某` after `经济部李某某`. Works on identity keys (folded, without a verb, affiliation kept);
/// a short form joins a longer one only when exactly one longer label fits it.
enum LabelResolver {
    /// The index of the canonical key of each key (its own index when nothing longer fits). `keys` are distinct.
    static func canonical(_ keys: [String]) -> [Int] {
        guard keys.count > 1 else { return Array(keys.indices) }
        let lengths = keys.map(\.count)
        return keys.indices.map { index in
            var fit = index
            var fits = 0
            for other in keys.indices where lengths[other] > lengths[index] && isShortForm(keys[index], of: keys[other]) {
                fit = other
                fits += 1
            }
            return fits == 1 ? fit : index
        }
    }

    static func isShortForm(_ short: String, of long: String) -> Bool {
        guard long.count > short.count else { return false }
        if short.count == 1 {
            // `记：` after `记者：`, `许：` after `许某某：`: an ideograph standing for the label it begins.
            guard let scalar = short.unicodeScalars.first, scalar.value >= 0x3400 else { return false }
            return long.hasPrefix(short)
        }
        if SpeakerName.isRole(short) { return false }
        // `Andrulis` ← `Jonas Andrulis`, `马克龙` ← `埃马纽埃尔·马克龙`: one whole word of the longer name.
        let words = long.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "・" || $0 == "-" || $0 == "‧" })
        if words.count > 1, words.first.map(String.init) == short || words.last.map(String.init) == short { return true }
        // `李某某` ← `经济部李某某`, `陈某` ← `某资本陈某`: a CJK name after a fused agency or firm.
        let isCJK = short.unicodeScalars.allSatisfy { $0.value >= 0x3400 }
        return isCJK && short.count >= 2 && long.count >= short.count + 2 && long.hasSuffix(short)
            && long.unicodeScalars.allSatisfy { $0.value >= 0x3400 }
    }
}
