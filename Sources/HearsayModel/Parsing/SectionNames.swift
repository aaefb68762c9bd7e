/// The headings that give a part of an article a special meaning.
enum SectionNames {
    /// `## 亮点` / `## Highlights`: the author's key points.
    static func isKeyPoints(_ heading: String) -> Bool {
        guard heading.utf8.count <= 24 else { return false } // the longest name below, with room for a colon
        let name = normalized(heading)
        return ["亮点", "要点", "重点", "本期亮点", "核心要点", "highlights", "key points", "keypoints", "key takeaways",
                "takeaways", "ポイント", "要旨", "ハイライト", "亮點", "要點", "重點", "本期亮點", "核心要點"].contains(name)
    }

    /// `## 详细对话`, `## 对话`, `## Transcript` and similar: where `Name: words` lines are turns.
    static func isDialogue(_ heading: String) -> Bool {
        guard heading.utf8.count <= 32 else { return false }
        let name = normalized(heading)
        if ["transcript", "full transcript", "dialogue", "dialog", "conversation", "interview", "interview transcript",
            "访谈", "访谈实录", "采访实录", "实录", "文字实录", "全文实录", "对话实录", "对话全文", "完整对话", "访谈全文", "q&a", "q & a",
            "问答", "答问", "文字稿", "逐字稿", "インタビュー", "対談", "対話", "一問一答", "書き起こし", "文字起こし",
            "訪談", "訪談實錄", "採訪實錄", "實錄", "文字實錄", "全文實錄", "對話實錄", "對話全文", "完整對話", "訪談全文", "問答", "答問"]
            .contains(name) {
            return true
        }
        // 详细对话, 对话, 现场对话 …: a short heading ending in 对话.
        return (name.hasSuffix("对话") || name.hasSuffix("對話")) && name.count <= 6
    }

    /// A heading over the closing source link: `## 原链接`, `## 原連結`, `## 来源`, `## Source`.
    static func isSource(_ heading: String) -> Bool {
        guard heading.utf8.count <= 24 else { return false }
        return ["原链接", "原文链接", "原連結", "原文連結", "來源", "出處", "来源", "出处", "source", "sources", "original", "出典", "元記事"].contains(normalized(heading))
    }

    /// Lower case, no trailing colon or spaces (the names above are listed in both scripts: no folding per heading).
    private static func normalized(_ heading: String) -> String {
        var text = heading.lowercased()
        while let last = text.last, last == ":" || last == "：" || last == " " { text.removeLast() }
        return text
    }
}
