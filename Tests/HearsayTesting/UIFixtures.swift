import HearsayModel

/// A small corpus written for the UI tests (invented text, Chinese and English): an interview
/// with four speakers, a front-matter article with an image and a link, and a short English
/// piece with no dialogue. Golden screens of it are checked in; seed text never is.
public enum UIFixtures {
    /// 2025-03-01, 2025-03-04 and 2025-02-20 (UTC noon).
    static let march1 = ArticleDate(original: "2025-03-01 12:00:00", timestamp: 1_740_830_400)
    static let march4 = ArticleDate(original: "2025-03-04 12:00:00", timestamp: 1_741_089_600)
    static let february20 = ArticleDate(original: "2025-02-20 12:00:00", timestamp: 1_740_052_800)

    /// The interview: speakers 主持人林晓 (0), Maria Keller (1), 王建国 (2), Guest (3);
    /// 12 turns: speakers in order 0 1 0 2 1 1 3 0 1 2 0 1.
    public static var interview: Article {
        var b = FixtureArticleBuilder(
            id: "interview.md", title: "海边的电站：一场关于潮汐能源的长谈与争论",
            date: march4, sourceURL: "https://www.example.org/tide")
        b.lede("本期节目邀请两位工程师讨论潮汐发电的成本、风险与前景。Maria Keller joins from Hamburg.")
        b.keyPoints(
            "亮点",
            [
                "潮汐电站的建设成本在十年内下降了四成。",
                "Maria Keller 认为储能是潮汐发电最大的瓶颈。",
                "王建国提醒：海洋生态评估必须先行。",
            ])
        b.heading("成本：十年下降四成")
        b.paragraph("过去十年，潮汐电站的建设成本下降了四成，涡轮机的寿命也延长了一倍。工程师们说，真正的难题已经从机器转向了电网。")
        b.heading("储能：最大的瓶颈")
        b.paragraph("Keller says storage, not turbines, decides whether tidal power can carry a grid at night. 她认为储能是最大的瓶颈。")
        b.image("https://example.org/turbine.png", alt: "海底涡轮机示意图")
        b.heading("生态：评估必须先行")
        b.paragraph("王建国提醒，任何新电站都要先做三年的海洋生态评估，", link: "评估报告", url: "https://example.org/report", after: "已经公开。")
        b.heading("详细对话")
        b.turn("主持人林晓", "欢迎两位。我们先从成本说起：潮汐电站现在到底有多贵？")
        b.turn("Maria Keller", "Cheaper than ten years ago, by about forty percent. 但储能仍然昂贵。")
        b.turn("主持人林晓", "王工，您怎么看？")
        b.turn("王建国", "成本确实在降，但生态评估的时间不能省。", "我们在东海做过三年的观测，数据很有说服力。")
        b.turn("Maria Keller", "I agree. Storage is the bottleneck, not the turbines.")
        b.turn("Maria Keller", "还有一点：电网调度需要新的规则。")
        b.turn("Guest", "作为听众代表，我想问：普通家庭什么时候能用上潮汐电？")
        b.turn("主持人林晓", "好问题。Maria?")
        b.turn("Maria Keller", "In a decade, in the right places. 沿海城市会先用上。")
        b.turn("王建国", "前提是评估做扎实。")
        b.turn("主持人林晓", "谢谢两位。")
        b.turn("Maria Keller", "Thank you. 再见。")
        return b.article
    }

    /// A front-matter article without dialogue: sections, an image, a long CJK title.
    public static var feature: Article {
        var b = FixtureArticleBuilder(
            id: "feature.md", title: "城市夜跑者：在霓虹与晨光之间寻找属于自己的节奏与安静的长篇特写",
            format: .frontMatter, date: march1, categories: ["生活"])
        b.lede("一群年轻人把夜跑变成了新的社交方式。")
        b.heading("夜色里的第一公里")
        b.paragraph("晚上十点，江边的步道上仍然有人在跑。有人戴着耳机，有人三五成群，节奏各不相同。")
        b.heading("Why they run at night")
        b.paragraph("Most runners we met work late. The night is the only quiet hour they own.")
        return b.article
    }

    /// A short English piece with one speaker-less section and no date.
    public static var note: Article {
        var b = FixtureArticleBuilder(id: "note.md", title: "A short note on tides", format: .markdown)
        b.paragraph("Tides rise twice a day. This note has no dialogue and no date.")
        return b.article
    }

    /// A short panel where Maria Keller speaks again (speaker 1 here), for jumps across articles.
    public static var panel: Article {
        var b = FixtureArticleBuilder(id: "panel.md", title: "Panel: storage after sunset", date: february20)
        b.heading("详细对话")
        b.turn("陈静", "今天我们只谈储能。")
        b.turn("Maria Keller", "Batteries first, then pumped hydro.")
        b.turn("陈静", "谢谢。")
        return b.article
    }

    /// The fixtures in load order. By date (newest first) the list shows: interview,
    /// feature, panel, note (undated last).
    public static var corpus: Corpus {
        Corpus(articles: [feature, interview, note, panel])
    }
}
