import Foundation

/// The user's word on who is who: `$XDG_CONFIG_HOME/hearsay/speakers.toml` (`~/.config/hearsay/speakers.toml`).
///
/// ```toml
/// # rename (top level or under [rename]): a name, or a name in one article, shown as another
/// 马克龙 = "Emmanuel Macron"
/// "Guest@episode-12.md" = "Lena Vogt"
///
/// [merge]   # one person under all these names
/// "Emmanuel Macron" = ["马克龙", "Macron", "埃马纽埃尔·马克龙"]
///
/// [split]   # in these articles the name is someone else
/// "张伟" = ["factory-visit.md"]
/// ```
///
/// Names match after the same folding as speaker ids (case, width, Traditional/Simplified). A renamed or merged
/// role (`Guest@a.md`) becomes a person. Applied to the whole corpus by `Corpus.applying(_:)`.
public struct SpeakerOverrides: Sendable, Hashable {
    /// Folded name, or `folded name@article id` → the name to show.
    var renames: [String: String] = [:]
    /// Folded name → articles where it is someone else.
    var splits: [String: Set<String>] = [:]

    public static let none = SpeakerOverrides()

    public var isEmpty: Bool { renames.isEmpty && splits.isEmpty }

    public init() {}

    /// `speakers.toml` in hearsay's configuration folder: `$XDG_CONFIG_HOME/hearsay` when that is absolute, else
    /// `~/.config/hearsay`.
    public static func path(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/hearsay/speakers.toml" }
        return (environment["HOME"] ?? ".") + "/.config/hearsay/speakers.toml"
    }

    /// Reads the user's file; no file is no overrides, a broken line is a diagnostic and is left out.
    public static func load(environment: [String: String]) -> (SpeakerOverrides, [Diagnostic]) {
        let path = path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return (.none, []) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (.none, [Diagnostic(file: path, line: 0, severity: .error, message: "cannot read speakers.toml (not UTF-8 text?)")])
        }
        return parse(text, file: path)
    }

    /// Parses the small part of TOML this file needs: `[section]` lines, `key = "value"` and `key = ["a", "b"]`,
    /// keys bare (any characters up to `=`, so `马克龙 = …` works) or quoted, `#` comments.
    public static func parse(_ text: String, file: String) -> (SpeakerOverrides, [Diagnostic]) {
        var overrides = SpeakerOverrides()
        var diagnostics: [Diagnostic] = []
        var section = "rename"
        for (offset, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = TOMLLine.withoutComment(rawLine).trimmingCharacters(in: .whitespaces)
            func problem(_ message: String) {
                diagnostics.append(Diagnostic(file: file, line: offset + 1, severity: .error, message: message))
            }
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                guard ["rename", "merge", "split"].contains(name) else {
                    problem("unknown section [\(name)]; expected [rename], [merge] or [split]")
                    section = ""
                    continue
                }
                section = name
                continue
            }
            guard let (key, value) = TOMLLine.keyValue(line) else {
                problem("expected `name = \"other name\"` or `name = [\"a\", \"b\"]`")
                continue
            }
            switch (section, value) {
            case ("rename", .string(let name)):
                overrides.renames[foldedKey(key)] = name
            case ("merge", .strings(let names)):
                overrides.renames[foldedKey(key)] = key
                for name in names { overrides.renames[foldedKey(name)] = key }
            case ("split", .strings(let articles)):
                overrides.splits[foldedKey(key), default: []].formUnion(articles)
            case ("", _):
                continue
            default:
                problem(section == "rename" ? "a rename takes one name in quotes" : "[\(section)] takes a list: [\"a\", \"b\"]")
            }
        }
        return (overrides, diagnostics)
    }

    /// `Name@article.md` keeps the article id as written and folds the name.
    private static func foldedKey(_ key: String) -> String {
        if let at = key.lastIndex(of: "@"), at != key.startIndex {
            return SpeakerName.fold(SpeakerName.withoutVerb(String(key[..<at]))) + "@" + key[key.index(after: at)...]
        }
        return SpeakerName.fold(SpeakerName.withoutVerb(key))
    }

    /// The speaker as the user wants it in `articleID`: renamed, merged or split; `nil` when nothing applies.
    func applied(to speaker: Speaker, inArticle articleID: String) -> Speaker? {
        for name in [speaker.name] + speaker.aliases {
            let key = SpeakerName.fold(SpeakerName.withoutVerb(name))
            if let renamed = renames["\(key)@\(articleID)"] ?? (splits[key]?.contains(articleID) == true ? nil : renames[key]) {
                return Speaker(name: renamed, id: SpeakerName.fold(renamed), aliases: aliases(of: speaker, besides: renamed))
            }
            if splits[key]?.contains(articleID) == true {
                return Speaker(name: speaker.name, id: "\(key)@\(articleID)", aliases: speaker.aliases)
            }
        }
        return nil
    }

    private func aliases(of speaker: Speaker, besides name: String) -> [String] {
        var aliases: [String] = []
        for alias in [speaker.name] + speaker.aliases where alias != name && !aliases.contains(alias) { aliases.append(alias) }
        return aliases
    }
}

extension Corpus {
    /// The corpus with the user's renames, merges and splits applied to every article's speakers and to the
    /// speakers of its quotes. Two speakers of one article that become one person become one speaker (their turns
    /// keep their labels).
    public func applying(_ overrides: SpeakerOverrides) -> Corpus {
        guard !overrides.isEmpty else { return self }
        let changed = articles.map { article -> Article in
            var article = article
            var speakers: [Speaker] = []
            var newIndex: [Int] = []
            for speaker in article.speakers {
                let wanted = overrides.applied(to: speaker, inArticle: article.id) ?? speaker
                if let same = speakers.firstIndex(where: { $0.id == wanted.id }) {
                    for alias in [wanted.name] + wanted.aliases
                    where alias != speakers[same].name && !speakers[same].aliases.contains(alias) {
                        speakers[same].aliases.append(alias)
                    }
                    newIndex.append(same)
                } else {
                    newIndex.append(speakers.count)
                    speakers.append(wanted)
                }
            }
            // A person quoted in prose is renamed as their turns are (`马克龙` quoted → `Emmanuel Macron`).
            for index in article.quotes.indices {
                guard let name = article.quotes[index].speaker,
                    let wanted = overrides.applied(to: Speaker(name: name), inArticle: article.id)
                else { continue }
                article.quotes[index].speaker = wanted.name
            }
            guard speakers != article.speakers else { return article }
            func remap(_ index: Int) -> Int { newIndex.indices.contains(index) ? newIndex[index] : index }
            article.speakers = speakers
            article.turns = article.turns.map { turn in
                var turn = turn
                turn.speaker = remap(turn.speaker)
                return turn
            }
            // A lazy body applies the same adjustment when it is read (`ArticleBody`): not read here.
            article.mapLoadedBlocks { block in
                var block = block
                switch block.kind {
                case .turn(let speaker): block.kind = .turn(speaker: remap(speaker))
                case .turnContinuation(let speaker): block.kind = .turnContinuation(speaker: remap(speaker))
                default: break
                }
                return block
            }
            return article
        }
        return Corpus(articles: changed, diagnostics: diagnostics)
    }
}
