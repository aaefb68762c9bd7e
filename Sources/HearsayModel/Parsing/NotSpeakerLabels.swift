/// Labels that look like `Name：` but name no one: bylines and metadata (`编辑：`, `来源：`, `**Time:**`) and words
/// that introduce a note or a list (`注意：`, `例如：`, `Note:`). Keys are the UTF-8 of `SpeakerName.evidenceKey`s.
enum NotSpeakerLabels {
    /// Metadata keys. `记者：张三` under a title is a byline; `记者：请问……？` in a press conference is a turn, so these
    /// refuse a line only when its value is short and is not a sentence.
    static let metadata: Set<[UInt8]> = [
        "记者", "编辑", "责编", "责任编辑", "实习编辑", "见习记者", "实习记者", "特约记者", "通讯员", "来源", "时间", "日期", "作者",
        "撰文", "文", "文字", "摄影", "图", "图片", "视频", "校对", "审核", "审校", "出品", "出品人", "策划", "监制", "制作", "整理",
        "口述", "采访", "采写", "翻译", "编译", "原标题", "标题", "地点", "发布时间", "更新时间", "发布", "字数", "阅读", "本文来源",
        "栏目", "主办", "嘉宾介绍", "节目", "期数", "播出时间", "首播", "时长", "配音", "剪辑",
        "取材", "文責", "撮影", "日時", "場所", "出典", "編集",
        "source", "by", "date", "time", "editor", "author", "authors", "photo", "photos", "photography", "reporter",
        "published", "updated", "location", "tags", "tag", "category", "categories", "title", "url", "link", "words",
        "reading time", "duration", "episode", "recorded", "venue", "credit", "credits", "guests", "hosts", "transcript",
        "id", "lang", "language", "status", "type", "topic",
    ].reduce(into: Set<[UInt8]>()) { $0.insert(Array(SpeakerName.fold($1).utf8)) }

    /// Never a speaker, whatever follows.
    static let never: Set<[UInt8]> = [
        "注意", "注", "备注", "提示", "例如", "比如", "例", "注释", "附", "附注", "编者按", "编按", "按", "小结", "总结", "结论",
        "背景", "简介", "导语", "摘要", "关键词", "标签", "链接", "网址", "地址", "电话", "邮箱", "原文", "原文链接", "原链接",
        "附件", "其一", "其二", "其三", "一是", "二是", "三是", "首先", "其次", "再次", "最后", "另外", "此外", "结果", "原因",
        "目的", "要求", "定义", "答案解析", "亮点", "要点", "重点", "核心要点", "详细对话", "对话", "访谈", "实录",
        "注記", "例えば", "ポイント", "まとめ",
        "note", "notes", "ps", "p.s", "update", "updates", "editor's note", "disclaimer", "warning", "tip", "tips", "example",
        "e.g", "summary", "conclusion", "background", "keywords", "email", "tel", "phone", "address", "sources", "highlights",
        "key points", "takeaways", "key takeaways", "warning", "caution", "important", "fact", "correction", "related",
        "see also", "read more", "q&a", "faq",
    ].reduce(into: Set<[UInt8]>()) { $0.insert(Array(SpeakerName.fold($1).utf8)) }

    /// `第一条`, `第3章`, `Step 2`, `Article 5`: the parts of a document, quoted.
    static func isDocumentPart(_ key: String) -> Bool {
        let utf8 = key.utf8
        if utf8.starts(with: "第".utf8), let last = key.unicodeScalars.last, "条章款节部分点步项篇".unicodeScalars.contains(last) { return true }
        guard let first = utf8.first, first < 0x80 else { return false }
        for prefix in ["step ", "article ", "section ", "chapter ", "part ", "rule "] where utf8.starts(with: prefix.utf8) { return true }
        return false
    }

    /// A value that is short and not a sentence: what metadata looks like (`张三`, `2月10日`, `新华社`).
    static func isShortValue(_ words: String) -> Bool {
        guard words.count <= 24 else { return false }
        return !words.contains(where: { "。？！?!…；;".contains($0) })
    }
}
