import HearsayModel

/// Prose articles (invented) with no turns whose quotes make a dialogue view: a summit report
/// quoting three people, and a later brief quoting one of them again.
public enum ProseDialogueFixtures {
    /// Quotes in order: 李文博, 李文博, Anna de Vries, 李文博, 陈晓雨, Anna de Vries; a scare quote
    /// (“海绵城市”) that is nobody's.
    public static let summitText = """
        ---
        title: "海岸城市峰会：防洪与住房"
        date: "2025-03-10 09:00:00"
        ---

        周一的海岸城市峰会在宁波开幕，防洪成了第一天的主题。

        市长李文博在开幕式上表示：“防洪堤每加高一米，城市就多一份安全。”他说资金已经落实。

        “我们不会拆掉老城区。”李文博在回答提问时说。

        荷兰专家Anna de Vries指出：“与水共存比与水对抗更便宜。”她举了鹿特丹的例子。

        “住房和防洪必须一起规划。”李文博说。

        记者在会场看到，许多代表在讨论所谓的“海绵城市”。

        陈晓雨表示：“年轻人需要能负担得起的住房，也需要安全的住房。”

        “我们在鹿特丹花了二十年才学会这件事。”Anna de Vries在闭幕时表示。
        """

    /// Quotes 李文博 once, after the summit.
    public static let briefText = """
        ---
        title: "宁波防洪堤开工"
        date: "2025-04-02 08:00:00"
        ---

        宁波新的防洪堤今天开工。

        李文博表示：“第一段工程年底完成。”
        """

    public static var summit: Article { ArticleParser().parse(summitText, id: "summit.md").article! }
    public static var brief: Article { ArticleParser().parse(briefText, id: "brief.md").article! }

    /// `PeopleFixtures.corpus` then the summit and the brief.
    public static var corpus: Corpus {
        Corpus(articles: PeopleFixtures.corpus.articles + [summit, brief])
    }
}
