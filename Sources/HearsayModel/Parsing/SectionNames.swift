/// The headings that give a part of an article a special meaning. Names are listed in both scripts and compared
/// as UTF-8 bytes: every heading of every file is asked, and comparing CJK strings is slow.
enum SectionNames {
    /// `## 亮点` / `## 亮點` / `## Highlights`: the author's key points.
    static func isKeyPoints(_ heading: String) -> Bool {
        guard heading.utf8.count <= 24 else { return false }  // the longest name below, with room for a colon
        return keyPoints.contains(normalized(heading))
    }

    /// `## 详细对话`, `## 詳細對話`, `## Transcript`, `## Q&A` and similar: a hint that the section is dialogue.
    static func isDialogue(_ heading: String) -> Bool {
        guard heading.utf8.count <= 32 else { return false }
        let name = normalized(heading)
        if dialogue.contains(name) { return true }
        // 详细对话, 对话, 现场对话 …: a short heading ending in 对话 (對話).
        return name.count <= 18 && (name.ends(with: simplifiedDialogue) || name.ends(with: traditionalDialogue))
    }

    /// A heading over the closing source link: `## 原链接`, `## 原連結`, `## 来源`, `## Source`.
    static func isSource(_ heading: String) -> Bool {
        guard heading.utf8.count <= 24 else { return false }
        return sources.contains(normalized(heading))
    }

    private static let keyPoints = bytes([
        "亮点", "要点", "重点", "本期亮点", "核心要点", "highlights", "key points", "keypoints", "key takeaways", "takeaways",
        "ポイント", "要旨", "ハイライト", "亮點", "要點", "重點", "本期亮點", "核心要點",
    ])
    private static let dialogue = bytes([
        "transcript", "full transcript", "dialogue", "dialog", "conversation", "interview", "interview transcript", "q&a", "q & a",
        "访谈", "访谈实录", "采访实录", "实录", "文字实录", "全文实录", "对话实录", "对话全文", "完整对话", "访谈全文", "问答", "答问",
        "文字稿", "逐字稿", "訪談", "訪談實錄", "採訪實錄", "實錄", "文字實錄", "全文實錄", "對話實錄", "對話全文", "完整對話", "訪談全文",
        "問答", "答問", "インタビュー", "対談", "対話", "一問一答", "書き起こし", "文字起こし",
    ])
    private static let sources = bytes([
        "原链接", "原文链接", "原連結", "原文連結", "来源", "來源", "出处", "出處", "source", "sources", "original", "出典", "元記事",
    ])
    private static let simplifiedDialogue = Array("对话".utf8)
    private static let traditionalDialogue = Array("對話".utf8)

    private static func bytes(_ names: [String]) -> Set<[UInt8]> { Set(names.map { Array($0.utf8) }) }

    /// Lower case (ASCII: the names above are lower case or have no case), no trailing colon or spaces.
    private static func normalized(_ heading: String) -> [UInt8] {
        var name = heading.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        while true {
            if let last = name.last, last == UInt8(ascii: ":") || last == UInt8(ascii: " ") {
                name.removeLast()
            } else if name.count >= 3, name[(name.count - 3)...].elementsEqual([0xEF, 0xBC, 0x9A]) {  // ：
                name.removeLast(3)
            } else {
                return name
            }
        }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
