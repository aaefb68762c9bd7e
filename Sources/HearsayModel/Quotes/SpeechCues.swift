/// The words news writing uses to say who speaks: speech verbs, titles before names, pronouns,
/// and the adverbials that stand between a name and its verb. Simplified and traditional forms.
enum SpeechCues {
    /// Chinese speech verbs, longest first so that `说道` is found before `说`.
    static let chineseVerbs: [String] = [
        "表示", "说道", "說道", "指出", "认为", "認為", "强调", "強調", "坦言", "透露", "回应", "回應", "写道", "寫道",
        "笑道", "反问", "反問", "问道", "問道", "答道", "警告", "直言", "补充", "補充", "声称", "聲稱", "宣称", "宣稱",
        "呼吁", "呼籲", "感叹", "感嘆", "说", "說", "称", "稱",
    ]

    /// Before a one-character verb these make another word (`据说`, `被称`, `号称`): not speech.
    static let chineseNonSpeechPrefixes: [Character] = [
        "据", "據", "所", "被", "俗", "号", "號", "堪", "简", "簡", "又", "统", "統", "昵", "暱", "自", "戏", "戲", "人",
        "听", "聽", "传", "傳", "小", "来", "來", "解", "游", "遊", "学", "學", "或",
    ]

    /// English speech verbs.
    static let englishVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "asked", "explained", "noted", "wrote", "writes", "warned",
        "argued", "insisted", "replied", "recalled", "stated", "declared", "admitted", "acknowledged", "laughed",
        "joked", "remarked", "continued", "say", "tell",
    ]

    /// Words that end a title standing before a name (`法国总统`马克龙, `Anthropic的创始人`阿莫迪).
    static let chineseTitleWords: [String] = [
        "联合创始人", "聯合創始人", "首席执行官", "首席執行官", "首席科学家", "首席科學家", "首席科学官", "首席科學官",
        "创始人", "創始人", "创办人", "創辦人", "董事长", "董事長", "总经理", "總經理", "负责人", "負責人", "发言人", "發言人",
        "经济学家", "經濟學家", "科学家", "科學家", "研究员", "研究員", "分析师", "分析師", "秘书长", "秘書長", "副总理",
        "副總理", "国务卿", "國務卿", "执行长", "執行長", "总统", "總統", "总理", "總理", "主席", "首相", "部长", "部長",
        "议员", "議員", "市长", "市長", "州长", "州長", "大使", "总裁", "總裁", "主任", "所长", "所長", "院长", "院長",
        "校长", "校長", "教授", "记者", "記者", "主持人", "主编", "主編", "得主", "顾问", "顧問", "律师", "律師", "官员",
        "官員", "局长", "局長", "书记", "書記", "委员", "委員", "议长", "議長", "合伙人", "合夥人", "工程师", "工程師",
        "CEO", "CTO", "CFO", "COO", "主管", "馆长", "館長", "厂长", "廠長", "队长", "隊長", "导演", "導演", "教练", "教練",
        "学家", "學家", "师傅", "師傅",
    ]

    static let englishTitleWords: Set<String> = [
        "president", "minister", "chancellor", "ceo", "executive", "founder", "co-founder", "chair", "chairman",
        "chairwoman", "director", "spokesperson", "spokesman", "spokeswoman", "scientist", "professor", "secretary",
        "senator", "governor", "mayor", "head", "chief", "officer", "analyst", "economist", "editor", "host",
        "researcher", "adviser", "advisor", "partner", "engineer", "commissioner", "ambassador",
    ]

    static let chineseSingularPronouns: Set<String> = ["他", "她"]
    static let chinesePluralPronouns: Set<String> = ["他们", "她们", "他們", "她們", "我们", "我們", "大家", "对方", "對方"]
    static let englishSingularPronouns: Set<String> = ["he", "she"]

    /// Adverbs and connectives that may stand next to a name without being part of it.
    static let chineseAdverbs: [String] = [
        "进一步", "進一步", "不无骄傲地", "不無驕傲地", "再次", "首次", "公开", "公開", "随后", "隨後", "随即", "隨即", "同样",
        "同樣", "依然", "仍然", "一再", "直接", "当时", "當時", "此前", "近日", "日前", "曾经", "曾經", "同时", "同時",
        "对此", "對此", "最后", "最後", "接着", "接著", "则", "則", "也", "还", "還", "就", "都", "又", "曾", "更", "便",
        "却", "卻", "亦", "早就", "坦率地", "笑着", "笑著", "警告", "宣布", "并", "並", "而", "但", "但是", "不过", "不過",
        "此外", "另外", "其中",
    ]

    private static let adverbSet = Set(chineseAdverbs)
    private static let adverbLengths = Set(chineseAdverbs.map(\.unicodeScalars.count)).sorted(by: >)

    /// The length in scalars of the adverb `text` ends with (the longest), when something stands before it.
    static func adverb(endingOf text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        for length in adverbLengths where length < scalars.count {
            var suffix = String.UnicodeScalarView()
            suffix.append(contentsOf: scalars.suffix(length))
            if adverbSet.contains(String(suffix)) { return length }
        }
        return nil
    }

    /// Nouns that are not people when they stand where a name would (`报告指出`, `人们认为`).
    static let chineseNonPersons: Set<String> = [
        "人们", "人們", "大家", "外界", "官方", "报告", "報告", "文章", "消息", "研究", "数据", "數據", "分析", "媒体", "媒體",
        "网友", "網友", "业内", "業內", "有人", "专家", "專家", "我", "你", "它", "这", "這", "那", "其", "有", "市场", "市場",
        "声明", "聲明", "文件", "政府", "公司", "外媒", "舆论", "輿論", "业界", "業界", "他", "她",
    ]

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }

    /// Chinese names written with a middle dot between the parts (`萨姆·奥尔特曼`).
    static func isNameDot(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "·" || scalar == "・" || scalar == "•"
    }
}
