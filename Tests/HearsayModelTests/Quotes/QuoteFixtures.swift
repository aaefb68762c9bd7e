import HearsayModel
import Testing

/// What a fixture expects of one quotation: who, with which title, and the words without marks.
struct ExpectedQuote: Hashable, Sendable, CustomStringConvertible {
    var speaker: String?
    var title: String?
    var text: String

    init(_ speaker: String?, _ title: String? = nil, _ text: String) {
        self.speaker = speaker
        self.title = title
        self.text = text
    }

    init(_ quote: Quote) {
        self.init(quote.speaker, quote.title, quote.text)
    }

    var description: String { "\(speaker ?? "nil") (\(title ?? "-")): \(text)" }
}

/// A short invented article for one pattern (or one decoy) of news writing, in one script, with
/// every quotation it holds (unattributed ones with a `nil` speaker; terms and titles are absent).
struct QuoteFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var body: String
    /// What a reader finds: the truth precision and recall are measured against.
    var expected: [ExpectedQuote]
    /// What hearsay finds instead, when it misses (and why), so that the miss stays visible and exact.
    var knownMiss: (output: [ExpectedQuote], reason: String)?

    init(name: String, body: String, expected: [ExpectedQuote], knownMiss: (output: [ExpectedQuote], reason: String)? = nil) {
        self.name = name
        self.body = body
        self.expected = expected
        self.knownMiss = knownMiss
    }

    var testDescription: String { name }

    /// The fixture as a markdown file, paragraphs separated by blank lines.
    var markdown: String { "# \(name)\n\n" + body }
}

/// Written for hearsay: every pattern and decoy of issue 15, in zh-Hans, zh-Hant and en.
enum QuoteFixtures {
    static let all: [QuoteFixture] = patterns + decoys

    static let patterns: [QuoteFixture] = [
        // A speech verb and a colon before the quotation.
        QuoteFixture(
            name: "verb-before-hans", body: "市长李明在发布会上表示：“新桥明年通车，我们会按时完成。”",
            expected: [ExpectedQuote("李明", "市长", "新桥明年通车，我们会按时完成。")]),
        QuoteFixture(
            name: "verb-before-hant", body: "市長李明在記者會上表示：「新橋明年通車，我們會按時完成。」",
            expected: [ExpectedQuote("李明", "市長", "新橋明年通車，我們會按時完成。")]),
        QuoteFixture(
            name: "verb-before-en", body: "Mayor Lena Ortiz said: \"The bridge will open next spring.\"",
            expected: [ExpectedQuote("Lena Ortiz", "Mayor", "The bridge will open next spring.")]),
        // A speech verb and a full stop after it.
        QuoteFixture(
            name: "verb-after-hans", body: "“这座图书馆改变了整条街。”馆长周文表示。",
            expected: [ExpectedQuote("周文", "馆长", "这座图书馆改变了整条街。")]),
        QuoteFixture(
            name: "verb-after-hant", body: "「這座圖書館改變了整條街。」館長周文表示。",
            expected: [ExpectedQuote("周文", "館長", "這座圖書館改變了整條街。")]),
        QuoteFixture(
            name: "verb-after-en", body: "\"The library changed the whole street,\" Wen Zhou said.",
            expected: [ExpectedQuote("Wen Zhou", nil, "The library changed the whole street,")]),
        // 在…上表示 between the name and the verb.
        QuoteFixture(
            name: "occasion-hans", body: "“河道清理要赶在汛期之前。”王海在年度论坛上表示。",
            expected: [ExpectedQuote("王海", nil, "河道清理要赶在汛期之前。")]),
        QuoteFixture(
            name: "occasion-hant", body: "「河道清理要趕在汛期之前。」王海在年度論壇上表示。",
            expected: [ExpectedQuote("王海", nil, "河道清理要趕在汛期之前。")]),
        QuoteFixture(
            name: "occasion-en", body: "\"The river must be cleared before the floods,\" Hai Wang said at the annual forum.",
            expected: [ExpectedQuote("Hai Wang", nil, "The river must be cleared before the floods,")]),
        // A quotation split by its attribution.
        QuoteFixture(
            name: "split-hans", body: "“我们不会停下，”林悦说，“明年还会再来。”",
            expected: [ExpectedQuote("林悦", nil, "我们不会停下，"), ExpectedQuote("林悦", nil, "明年还会再来。")]),
        QuoteFixture(
            name: "split-hant", body: "「我們不會停下，」林悅說，「明年還會再來。」",
            expected: [ExpectedQuote("林悅", nil, "我們不會停下，"), ExpectedQuote("林悅", nil, "明年還會再來。")]),
        QuoteFixture(
            name: "split-en", body: "\"We will not stop,\" Maya Chen said. \"We will be back next year.\"",
            expected: [ExpectedQuote("Maya Chen", nil, "We will not stop,"), ExpectedQuote("Maya Chen", nil, "We will be back next year.")]),
        // NAME：“…”
        QuoteFixture(
            name: "name-colon-hans", body: "张伟：“先把路修好，再谈别的。”",
            expected: [ExpectedQuote("张伟", nil, "先把路修好，再谈别的。")]),
        QuoteFixture(
            name: "name-colon-hant", body: "張偉：「先把路修好，再談別的。」",
            expected: [ExpectedQuote("張偉", nil, "先把路修好，再談別的。")]),
        QuoteFixture(
            name: "name-colon-en", body: "Priya Nair: \"Fix the road first, then talk.\"",
            expected: [ExpectedQuote("Priya Nair", nil, "Fix the road first, then talk.")]),
        // A name with a title: the speaker is the name, the title is kept.
        QuoteFixture(
            name: "title-hans", body: "Nova Labs的创始人陈澈表示：“开源让小团队也能参与竞争。”",
            expected: [ExpectedQuote("陈澈", "Nova Labs的创始人", "开源让小团队也能参与竞争。")]),
        QuoteFixture(
            name: "title-hant", body: "Nova Labs的創始人陳澈表示：「開源讓小團隊也能參與競爭。」",
            expected: [ExpectedQuote("陳澈", "Nova Labs的創始人", "開源讓小團隊也能參與競爭。")]),
        QuoteFixture(
            name: "title-en", body: "Nova Labs founder Chen Che said: \"Open source lets small teams compete.\"",
            expected: [ExpectedQuote("Chen Che", "Nova Labs founder", "Open source lets small teams compete.")]),
        // A pronoun stands for the person last named.
        QuoteFixture(
            name: "pronoun-hans", body: "研究员刘岚在项目中负责数据整理。她说：“数据比我们预想的更乱。”",
            expected: [ExpectedQuote("刘岚", "研究员", "数据比我们预想的更乱。")]),
        QuoteFixture(
            name: "pronoun-hant", body: "研究員劉嵐在項目中負責數據整理。她說：「數據比我們預想的更亂。」",
            expected: [ExpectedQuote("劉嵐", "研究員", "數據比我們預想的更亂。")]),
        QuoteFixture(
            name: "name-runs-on-hans", body: "研究员刘岚参与了整个项目。她说：“数据比我们预想的更乱。”",
            expected: [ExpectedQuote("刘岚", "研究员", "数据比我们预想的更乱。")],
            knownMiss: (
                [ExpectedQuote(nil, nil, "数据比我们预想的更乱。")],
                "without a dictionary 刘岚参与 cannot be cut into a name and a verb, so no one is named before 她"
            )),
        QuoteFixture(
            name: "pronoun-en",
            body: "Researcher Ana Silva led the project for two years. She said: \"The data were messier than we expected.\"",
            expected: [ExpectedQuote("Ana Silva", "Researcher", "The data were messier than we expected.")]),
        // A quotation over several paragraphs: each paragraph reopens it, only the last closes it.
        QuoteFixture(
            name: "paragraphs-hans", body: "气象学家郑岩表示：“今年的雨季来得早，雨量也大。\n\n“我们建议沿河的居民提前准备沙袋。”",
            expected: [ExpectedQuote("郑岩", "气象学家", "今年的雨季来得早，雨量也大。\n我们建议沿河的居民提前准备沙袋。")]),
        QuoteFixture(
            name: "paragraphs-hant", body: "氣象學家鄭岩表示：「今年的雨季來得早，雨量也大。\n\n「我們建議沿河的居民提前準備沙袋。」",
            expected: [ExpectedQuote("鄭岩", "氣象學家", "今年的雨季來得早，雨量也大。\n我們建議沿河的居民提前準備沙袋。")]),
        QuoteFixture(
            name: "paragraphs-en",
            body:
                "Chief meteorologist Dana Park said: \"The rainy season came early this year.\n\n\"We advise residents along the river to buy sandbags now.\"",
            expected: [
                ExpectedQuote(
                    "Dana Park", "Chief meteorologist",
                    "The rainy season came early this year.\nWe advise residents along the river to buy sandbags now.")
            ]),
        // The verb after the name, the quotation after a comma closing the sentence.
        QuoteFixture(
            name: "unlisted-verb-hans", body: "议员吴静提醒在场的居民不要着急，“修缮需要时间，也需要大家的耐心。”",
            expected: [ExpectedQuote("吴静", "议员", "修缮需要时间，也需要大家的耐心。")],
            knownMiss: (
                [ExpectedQuote(nil, nil, "修缮需要时间，也需要大家的耐心。")],
                "提醒 is not among the speech verbs: a closed list of verbs keeps precision and costs such quotes"
            )),
        QuoteFixture(
            name: "warned-hans", body: "议员吴静随后警告在场的居民，“修缮需要时间，也需要大家的耐心。”",
            expected: [ExpectedQuote("吴静", "议员", "修缮需要时间，也需要大家的耐心。")]),
        QuoteFixture(
            name: "warned-hant", body: "議員吳靜隨後警告在場的居民，「修繕需要時間，也需要大家的耐心。」",
            expected: [ExpectedQuote("吳靜", "議員", "修繕需要時間，也需要大家的耐心。")]),
        // A document quoted, the sentence naming it.
        QuoteFixture(
            name: "document-named-hans", body: "《城市更新条例》写道：“旧建筑应优先修缮，而非拆除。”",
            expected: [ExpectedQuote("城市更新条例", nil, "旧建筑应优先修缮，而非拆除。")]),
        QuoteFixture(
            name: "document-named-hant", body: "《城市更新條例》寫道：「舊建築應優先修繕，而非拆除。」",
            expected: [ExpectedQuote("城市更新條例", nil, "舊建築應優先修繕，而非拆除。")]),
        QuoteFixture(
            name: "statement-hans", body: "工程师赵凡是这次改造的负责人。他发布了一份声明。“我们会在月底前公布全部检测数据，接受公众监督。”",
            expected: [ExpectedQuote("赵凡", "工程师", "我们会在月底前公布全部检测数据，接受公众监督。")]),
        // More of the everyday forms.
        QuoteFixture(
            name: "said-name-appositive-en",
            body: "\"We are ready for the storm,\" said Satya Rao, the city's chief engineer.",
            expected: [ExpectedQuote("Satya Rao", "the city's chief engineer", "We are ready for the storm,")]),
        QuoteFixture(
            name: "told-pronoun-en",
            body: "Governor Ruth Adler visited the dam on Monday. \"It is too early to say,\" she told reporters.",
            expected: [ExpectedQuote("Ruth Adler", "Governor", "It is too early to say,")]),
        QuoteFixture(
            name: "nested-marks-hant", body: "老師傅陳德說：「我記得師父說過『慢慢來』，這句話我記了一輩子。」",
            expected: [ExpectedQuote("陳德", "老師傅", "我記得師父說過『慢慢來』，這句話我記了一輩子。")]),
        QuoteFixture(
            name: "laughed-hans", body: "“这可不是第一次了。”老周笑道。",
            expected: [ExpectedQuote("老周", nil, "这可不是第一次了。")]),
        QuoteFixture(
            name: "interview-occasion-hans",
            body: "工程师赵凡在接受本报采访时指出：“桥墩的检测每月一次，数据全部公开。”",
            expected: [ExpectedQuote("赵凡", "工程师", "桥墩的检测每月一次，数据全部公开。")]),
    ]

    static let decoys: [QuoteFixture] = [
        // Scare quotes and terms are not quotations.
        QuoteFixture(name: "term-hans", body: "这场所谓的“降温战争”已经持续了三年，被称为“城市的夏天”。", expected: []),
        QuoteFixture(name: "term-hant", body: "這場所謂的「降溫戰爭」已經持續了三年，被稱為「城市的夏天」。", expected: []),
        QuoteFixture(name: "term-en", body: "The so-called \"cooling war\" has lasted three years.", expected: []),
        QuoteFixture(name: "term-after-name-hans", body: "尽管这一结果“令人失望”，李明指出，团队仍会继续。", expected: []),
        // Titles in 《》 are not quotations, nor a quoted word inside one.
        QuoteFixture(name: "book-title-hans", body: "她读完了《河流与城市》和《“慢”的力量》两本书。", expected: []),
        QuoteFixture(name: "book-title-hant", body: "她讀完了《河流與城市》和《「慢」的力量》兩本書。", expected: []),
        QuoteFixture(name: "book-title-en", body: "She read \"The River and the City\" twice last year.", expected: []),
        // Document text the sentence does not attribute: a quotation without a speaker.
        QuoteFixture(
            name: "document-hans", body: "合同第三条规定：“乙方应在十日内付清全部款项。”",
            expected: [ExpectedQuote(nil, nil, "乙方应在十日内付清全部款项。")]),
        QuoteFixture(
            name: "document-hant", body: "合約第三條規定：「乙方應在十日內付清全部款項。」",
            expected: [ExpectedQuote(nil, nil, "乙方應在十日內付清全部款項。")]),
        QuoteFixture(
            name: "document-en", body: "The contract reads: \"Payment is due within ten days of delivery.\"",
            expected: [ExpectedQuote(nil, nil, "Payment is due within ten days of delivery.")]),
        // A plural pronoun is no one person.
        QuoteFixture(
            name: "plural-hans", body: "居民们聚在门口。他们说：“我们只想要一条安全的路。”",
            expected: [ExpectedQuote(nil, nil, "我们只想要一条安全的路。")]),
        QuoteFixture(
            name: "plural-en", body: "Residents gathered at the gate. They said: \"We only want a safe road.\"",
            expected: [ExpectedQuote(nil, nil, "We only want a safe road.")]),
        // Indirect speech after a quotation begins its own sentence.
        QuoteFixture(
            name: "indirect-after-hans", body: "“修路是头等大事。”副市长王平表示，明年的预算会向交通倾斜。",
            expected: [ExpectedQuote(nil, nil, "修路是头等大事。")]),
        // A stray opening mark does not swallow the paragraph.
        QuoteFixture(
            name: "stray-mark-hans", body: "“ 这句话没有结束。\n\n馆长周文说：“书要有人读。”",
            expected: [ExpectedQuote("周文", "馆长", "书要有人读。")]),
    ]
}
