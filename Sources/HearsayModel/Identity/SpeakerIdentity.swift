/// Who a name stands for across the coverage, as an id: the name folded for case, width, script and white
/// space (`唐鳳` = `唐凤`), and for a role (`Guest`, `主持人`, `Q`, `记者（某报）`) the article too, since every
/// article's guest is someone else. `Speaker.id` is made this way; quotes found in prose can use it to name the
/// same person a transcript's turns do.
public enum SpeakerIdentity {
    public static func id(forName name: String, inArticle articleID: String) -> String {
        id(forKey: SpeakerName.fold(SpeakerName.withoutVerb(name)), inArticle: articleID)
    }

    /// `key` is already folded (`SpeakerName.fold`).
    static func id(forKey key: String, inArticle articleID: String) -> String {
        SpeakerName.isRole(key) ? "\(key)@\(articleID)" : key
    }

    /// Whether a name is a role rather than a person.
    public static func isRole(_ name: String) -> Bool {
        SpeakerName.isRole(SpeakerName.fold(SpeakerName.withoutVerb(name)))
    }
}
