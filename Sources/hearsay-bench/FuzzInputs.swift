import HearsayModel

/// The inputs of `hearsay-bench fuzz`, each a pure function of the seed and its index, so a
/// crash can be replayed (and written out) from the two numbers alone.
struct FuzzInputs {
    enum Kind: String, CaseIterable {
        case bytes, tokens, frontMatter, repeated, mutated
    }

    let seed: UInt64
    /// Files to mutate: the built-in samples, plus any given with `--seeds`.
    let originals: [[UInt8]]

    /// Pieces that mean something to the parser, the wrapper or a terminal.
    static let tokens: [[UInt8]] =
        [
            "**", "*", "_", "__", "***", "**_", "_**", "[", "]", "(", ")", "![", "](", "[x](", "\\", "#", "## ", "> ", "- ",
            "1. ", "---\n", "...\n", "\n", "\n\n", "\r\n", "\r", " ", "\t", "　", "：", ":", "主持人：", "**嘉宾**:", "甲: ",
            "[00:03:12] ", "（笑声）", "[音乐]", "## 详细对话\n", "## 亮点\n", "## Transcript\n", "字", "中文报道", "，", "。", "」",
            "“", "”", "……", "DeepSeek", "1130亿", "🇨", "🇳", "🇦", "👨‍👩‍👧", "\u{200D}", "e\u{301}", "\u{301}", "\u{FE0F}",
            "\u{1B}", "\u{1B}[2J", "\u{1B}]52;c;QQ==\u{07}", "\u{1B}]8;;http://x\u{07}", "\u{9B}", "\u{90}", "\u{7F}", "\u{08}",
            "\u{07}", "\u{0}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{2028}", "\u{FEFF}", "&a ", "*a", "title: ", "tags: [",
            "date: 2024-05-01", "https://example.com/x", "_原链接:https://example.com/a_", "<", ">", "|", "`", "\u{E0001}",
            "\u{378}", "ｶﾞ", "ＡＩ",
        ].map { Array($0.utf8) } + [
            [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xD0, 0xC2, 0xCE, 0xC5], [0xF0, 0x9F], [0xFE, 0xFF],
        ]

    static let frontMatterKeys = ["title", "date", "summary", "description", "tags", "categories", "lang", "highlights", "亮点"]

    func input(_ index: Int) -> (kind: Kind, bytes: [UInt8]) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let kind = Kind.allCases[Int(random.next() % UInt64(Kind.allCases.count))]
        switch kind {
        case .bytes:
            return (kind, (0..<Int(random.next() % 2_048)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        case .tokens:
            return (kind, Self.soup(&random, count: Int(random.next() % 1_500)))
        case .frontMatter:
            var text = Array("---\n".utf8)
            for _ in 0..<Int(random.next() % 8) {
                text += Array(Self.frontMatterKeys[Int(random.next() % UInt64(Self.frontMatterKeys.count))].utf8) + Array(": ".utf8)
                text += Self.soup(&random, count: Int(random.next() % 12)) + [UInt8(ascii: "\n")]
            }
            if random.next() % 4 != 0 { text += Array("---\n".utf8) }
            return (kind, text + Self.soup(&random, count: Int(random.next() % 600)))
        case .repeated:
            // The shapes that were quadratic: one short pattern many times, maybe mirrored.
            let pattern = Self.soup(&random, count: 1 + Int(random.next() % 3))
            let count = 1 + Int(random.next() % 6_000)
            var text = Array("# t\n\n".utf8)
            for _ in 0..<count { text += pattern }
            if random.next() % 2 == 0 {
                text += Array("字".utf8)
                for _ in 0..<count { text += pattern.reversed() }
            }
            return (kind, text)
        case .mutated:
            var text = originals[Int(random.next() % UInt64(originals.count))]
            for _ in 0..<(1 + Int(random.next() % 8)) { Self.mutate(&text, &random) }
            return (kind, text)
        }
    }

    private static func soup(_ random: inout SplitMix64, count: Int) -> [UInt8] {
        var text: [UInt8] = []
        for _ in 0..<count { text += tokens[Int(random.next() % UInt64(tokens.count))] }
        return text
    }

    private static func mutate(_ text: inout [UInt8], _ random: inout SplitMix64) {
        let position = text.isEmpty ? 0 : Int(random.next() % UInt64(text.count + 1))
        let length = min(text.count - position, Int(random.next() % 64))
        switch random.next() % 6 {
        case 0: if position < text.count { text[position] ^= UInt8(truncatingIfNeeded: 1 << (random.next() % 8)) }
        case 1: text.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: position)
        case 2: text.removeSubrange(position..<(position + length))
        case 3: text.insert(contentsOf: Array(text[position..<(position + length)]), at: position)
        case 4: text.removeSubrange(position...)
        default:
            let insert = soup(&random, count: 1 + Int(random.next() % 20))
            text.insert(contentsOf: insert, at: position)
        }
    }
}
