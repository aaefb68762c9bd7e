import Testing

@testable import HearsayTheme

struct SpeakerColorAssignmentTests {
    @Test func preferredSlotIsFNV1aOfTheName() {
        // FNV-1a 32-bit of "a" is 0xe40c292c (the published test vector); mod 8 = 4.
        #expect(SpeakerColorAssignment.preferredSlot(for: "a", slotCount: 8) == 0xe40c292c % 8)
        #expect(SpeakerColorAssignment.preferredSlot(for: "", slotCount: 10) == 0x811c9dc5 % 10)
        #expect(SpeakerColorAssignment.preferredSlot(for: "anyone", slotCount: 0) == 0)
    }

    @Test func speakersOfOneArticleAreDistinct() {
        let names = ["主持人", "林晓雯", "周凯", "daniel ortiz", "hannah lee", "吴建国", "陈志远", "何美玲"]
        for slotCount in 8...12 {
            let slots = SpeakerColorAssignment.slots(for: names, slotCount: slotCount)
            #expect(Set(slots).count == names.count, "slot count \(slotCount): \(slots)")
            #expect(slots.allSatisfy { (0..<slotCount).contains($0) })
        }
    }

    @Test func aSpeakerKeepsTheirSlotAcrossArticles() {
        let slotCount = 10
        let host = "主持人"
        let preferred = SpeakerColorAssignment.preferredSlot(for: host, slotCount: slotCount)
        // First speaker of any article: always the preferred slot.
        #expect(SpeakerColorAssignment.slots(for: [host, "甲"], slotCount: slotCount)[0] == preferred)
        #expect(SpeakerColorAssignment.slots(for: [host, "乙", "丙"], slotCount: slotCount)[0] == preferred)
        // Later, with other speakers whose preferred slots differ: still the preferred slot.
        let others = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "y1", "y2"].filter {
            SpeakerColorAssignment.preferredSlot(for: $0, slotCount: slotCount) != preferred
        }
        let slots = SpeakerColorAssignment.slots(for: Array(others.prefix(3)) + [host], slotCount: slotCount)
        #expect(slots.last == preferred)
        // And the same input gives the same answer every time (no per-process hash seed).
        #expect(
            SpeakerColorAssignment.slots(for: others, slotCount: slotCount)
                == SpeakerColorAssignment.slots(for: others, slotCount: slotCount))
    }

    @Test func collisionsProbeToTheNextFreeSlot() {
        // Find two names with the same preferred slot among 8.
        let candidates = (0..<64).map { "speaker \($0)" }
        let slotOf = { SpeakerColorAssignment.preferredSlot(for: $0, slotCount: 8) }
        let first = candidates[0]
        let second = candidates.dropFirst().first { slotOf($0) == slotOf(first) }!
        let slots = SpeakerColorAssignment.slots(for: [first, second], slotCount: 8)
        #expect(slots == [slotOf(first), (slotOf(first) + 1) % 8])
    }

    @Test func moreSpeakersThanSlotsReuseSlotsEvenly() {
        let names = (0..<20).map { "person \($0)" }
        let slots = SpeakerColorAssignment.slots(for: names, slotCount: 8)
        #expect(Set(slots.prefix(8)).count == 8)
        #expect(Set(slots[8..<16]).count == 8)
    }
}
