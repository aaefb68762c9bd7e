/// The headings that give a part of an article a special meaning.
enum SectionNames {
    /// `## 亮点` / `## Highlights`: the author's key points.
    static func isKeyPoints(_ heading: String) -> Bool {
        let name = normalized(heading)
        return ["亮点", "要点", "重点", "本期亮点", "核心要点", "highlights", "key points", "keypoints", "key takeaways",
                "takeaways"].contains(name)
    }

    /// `## 详细对话`, `## 对话`, `## Transcript` and similar: where `Name: words` lines are turns.
    static func isDialogue(_ heading: String) -> Bool {
        let name = normalized(heading)
        if ["transcript", "full transcript", "dialogue", "dialog", "conversation", "interview", "interview transcript",
            "访谈", "访谈实录", "采访实录", "实录", "文字实录", "全文实录", "对话实录", "对话全文", "完整对话", "访谈全文"]
            .contains(name) {
            return true
        }
        // 详细对话, 对话, 现场对话 …: a short heading ending in 对话.
        return name.hasSuffix("对话") && name.count <= 6
    }

    private static func normalized(_ heading: String) -> String {
        var text = heading.lowercased()
        while let last = text.last, last == ":" || last == "：" || last == " " { text.removeLast() }
        return text
    }
}
