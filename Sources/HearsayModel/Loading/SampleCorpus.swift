/// The articles built into the executable (`Sources/HearsayModel/SampleCorpus/`), used when no path
/// is given. Written for hearsay: two front-matter articles and three transcripts.
public enum SampleCorpus {
    /// Every embedded file, in the order the corpus lists them. Add new sample files here.
    static let files: [(name: String, bytes: [UInt8])] = [
        ("chip-roundtable.md", PackageResources.chip_roundtable_md),
        ("river-city-budget.md", PackageResources.river_city_budget_md),
        ("night-market-podcast.md", PackageResources.night_market_podcast_md),
        ("ocean-lab-interview.md", PackageResources.ocean_lab_interview_md),
        ("library-renovation.md", PackageResources.library_renovation_md),
    ]

    /// The names of the embedded files, which are also the articles' ids.
    public static var fileNames: [String] { files.map(\.name) }

    /// The embedded file's text, by name.
    public static func text(named name: String) -> String? {
        files.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    public static func load() -> Corpus {
        let parser = ArticleParser()
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let result = parser.parse(utf8: file.bytes, id: file.name, path: nil, file: "samples/" + file.name)
            diagnostics += result.diagnostics
            if let article = result.article { articles.append(article) }
        }
        return Corpus(articles: articles, diagnostics: diagnostics)
    }
}
