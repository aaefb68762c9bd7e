import CUnicode
import Foundation
import HearsayTesting
import HearsayText
import Testing

/// Our widths against glibc itself: what ncurses uses to move the cursor.
struct DisplayWidthTests {
    /// glibc's `wcwidth`; for a control character (bidirectional controls too) or a -1, glibc's
    /// width of the stand-in we draw instead.
    static func expectedWidth(_ scalar: Unicode.Scalar) -> Int {
        _ = cu_use_utf8_ctype()
        let width = Int(cu_wcwidth(scalar.value))
        let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || DisplaySafety.isBidiControl(scalar.value)
        guard width < 0 || isControl else { return width }
        guard let standIn = DisplaySafety.standIn(for: scalar) else { return -100 }
        return Int(cu_wcwidth(standIn.value))
    }

    static func isAssigned(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory != .unassigned
    }

    @Test func everyAssignedScalarOfTheBMPMatchesGlibc() {
        var checked = 0
        var mismatches: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), Self.isAssigned(scalar) else { continue }
            checked += 1
            if DisplayWidth.of(scalar) != Self.expectedWidth(scalar) {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(checked > 60000)
        #expect(mismatches.isEmpty, "U+\(mismatches.prefix(20))")
    }

    @Test func everyAssignedScalarOfTheEmojiBlocksMatchesGlibc() {
        // Mahjong through Symbols and Pictographs Extended-A, plus tags and variation selectors.
        let ranges: [ClosedRange<UInt32>] = [0x1F000...0x1FAFF, 0xE0000...0xE01EF]
        var checked = 0
        var mismatches: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), Self.isAssigned(scalar) else { continue }
                checked += 1
                if DisplayWidth.of(scalar) != Self.expectedWidth(scalar) { mismatches.append(String(value, radix: 16)) }
            }
        }
        #expect(checked > 2500)
        #expect(mismatches.isEmpty, "U+\(mismatches.prefix(20))")
    }

    @Test(.enabled(if: Seeds.available, Comment(rawValue: Seeds.skipMessage)))
    func everyScalarOfTheSeedsMatchesGlibc() throws {
        var scalars = Set<Unicode.Scalar>()
        for file in Seeds.files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            scalars.formUnion(text.unicodeScalars)
        }
        #expect(scalars.count > 1000)
        for scalar in scalars {
            #expect(DisplayWidth.of(scalar) == Self.expectedWidth(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test(
        arguments: [
            ("“", 1), ("”", 1), ("…", 1), ("—", 1), ("·", 1), ("‘", 1),
            ("，", 2), ("。", 2), ("：", 2), ("中", 2), ("Ａ", 2), ("　", 2),
            ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{301}", 0), ("\u{1F1E8}", 1), ("😀", 2),
            ("a", 1), ("\u{1B}", 1), ("\t", 1), ("\u{85}", 1),
        ] as [(String, Int)])
    func knownWidths(text: String, width: Int) {
        #expect(DisplayWidth.of(text.unicodeScalars.first!) == width)
    }

    @Test func stringWidthIsTheSumOverScalars() {
        #expect(DisplayWidth.of("中文English") == 11)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🇨🇳") == 2)  // two regional indicators of one column each
        #expect(DisplayWidth.of("👨‍👩‍👧") == 6)  // as glibc counts it: 2 + 0 + 2 + 0 + 2
        #expect(DisplayWidth.of("“引号”……") == 8)
        #expect(DisplayWidth.of(Substring("abc中")) == 5)
        #expect(DisplayWidth.of("") == 0)
    }
}
