/// Gives each speaker of an article a palette slot that is stable per name and distinct within
/// the article.
///
/// Each name hashes (FNV-1a over its UTF-8, stable across runs unlike `Hasher`) to a preferred
/// slot. Speakers claim slots in article order; one whose slot is taken probes forward to the
/// next free one. So a person keeps their colour everywhere unless an earlier speaker of the
/// same article has already taken it, and no two speakers share a colour while there are
/// slots left (past that, slots repeat in the same probing order).
public enum SpeakerColorAssignment {
    /// The preferred slot of a name among `slotCount` slots.
    public static func preferredSlot(for name: String, slotCount: Int) -> Int {
        guard slotCount > 0 else { return 0 }
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(slotCount))
    }

    /// Slots for `names` (speaker ids in article order), one per name.
    public static func slots(for names: [String], slotCount: Int) -> [Int] {
        guard slotCount > 0 else { return names.map { _ in 0 } }
        var taken = Set<Int>()
        var result: [Int] = []
        result.reserveCapacity(names.count)
        for name in names {
            if taken.count == slotCount { taken.removeAll() }
            var slot = preferredSlot(for: name, slotCount: slotCount)
            while taken.contains(slot) { slot = (slot + 1) % slotCount }
            taken.insert(slot)
            result.append(slot)
        }
        return result
    }
}
