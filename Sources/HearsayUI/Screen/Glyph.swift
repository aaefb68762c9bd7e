/// What one cell draws: a spacing scalar and the zero-width scalars after it (combining marks,
/// variation selectors, joiners), at most four, which is all a curses cell (`cchar_t`) carries.
///
/// Stored inline as plain numbers rather than as a `String`, so a `Cell` is plain data: filling,
/// copying and diffing a 200×60 screen are memory operations, with no reference counting per cell.
public struct Glyph: Sendable, Hashable {
    /// The most zero-width scalars kept after the spacing one (`CCHARW_MAX` − 1 in ncurses).
    public static let maximumMarks = 4

    /// Scalar values, the spacing one first; unused slots are 0. All zero for a continuation cell.
    private var base: UInt32
    private var marks: (UInt32, UInt32, UInt32, UInt32)

    /// The glyph of a continuation cell: nothing to draw.
    public static let none = Glyph(base: 0, marks: (0, 0, 0, 0))
    public static let space = Glyph(" ")

    private init(base: UInt32, marks: (UInt32, UInt32, UInt32, UInt32)) {
        self.base = base
        self.marks = marks
    }

    public init(_ scalar: Unicode.Scalar) {
        self.init(base: scalar.value, marks: (0, 0, 0, 0))
    }

    /// The first scalar of `text` and up to four after it; the rest are dropped (the terminal
    /// could not draw them in one cell anyway).
    public init(_ text: some StringProtocol) {
        var values: [UInt32] = []
        for scalar in text.unicodeScalars.prefix(1 + Glyph.maximumMarks) { values.append(scalar.value) }
        while values.count < 1 + Glyph.maximumMarks { values.append(0) }
        self.init(base: values[0], marks: (values[1], values[2], values[3], values[4]))
    }

    /// The scalars to draw, the spacing one first; empty for a continuation cell.
    public var scalars: [Unicode.Scalar] {
        [base, marks.0, marks.1, marks.2, marks.3].prefix { $0 != 0 }.compactMap(Unicode.Scalar.init)
    }

    public var text: String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    public static func == (lhs: Glyph, rhs: Glyph) -> Bool {
        lhs.base == rhs.base && lhs.marks.0 == rhs.marks.0 && lhs.marks.1 == rhs.marks.1
            && lhs.marks.2 == rhs.marks.2 && lhs.marks.3 == rhs.marks.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(base)
        hasher.combine(marks.0)
        hasher.combine(marks.1)
        hasher.combine(marks.2)
        hasher.combine(marks.3)
    }
}
