import HearsayModel

/// The UI fixtures plus a prose report (invented) that quotes two people who speak in the
/// interview and the panel, so a person's stream mixes turns and quotes from three articles.
public enum PeopleFixtures {
    /// Dated between the panel (02-20) and the interview (03-04): Maria Keller's stream reads
    /// panel, report, interview.
    public static let reportText = """
        ---
        title: "潮汐能源论坛：储能成为焦点"
        date: "2025-02-25 12:00:00"
        ---

        周二的潮汐能源论坛上，储能问题成了讨论的焦点。

        德国工程师Maria Keller表示：“没有储能，潮汐电站只能在白天发挥作用。”她认为电网需要新的调度规则。

        “生态评估不能省略。”王建国在论坛上说。他还提醒，评估至少需要三年。

        论坛最后，主办方宣布明年继续举办。
        """

    public static var report: Article {
        ArticleParser().parse(reportText, id: "report.md").article!
    }

    /// `UIFixtures.corpus` then the report.
    public static var corpus: Corpus {
        Corpus(articles: UIFixtures.corpus.articles + [report])
    }
}
