import Foundation

/// Finds the lines of a file that open dialogue turns, by evidence over the whole file rather than by a
/// heading: a stretch is dialogue when its labels are a small set that recurs, alternates and covers a good
/// share of its paragraphs. A `## 详细对话`-like heading is a hint: in its section a plain `Name: words` line is a
/// turn even when that name speaks once.
///
/// Runs before the blocks are built (`ArticleBuilder` reads its answer line by line).
struct DialogueScan {
    /// An accepted label: where, its form, and the keys identity needs.
    struct Label {
        /// Index into the file's lines.
        var line: Int
        var match: SpeakerLine
        /// The label as written (`记者（某报）问`).
        var written: String
        /// Folded, without a verb, affiliation kept: what says two labels are one speaker.
        var identityKey: String
        /// A heading that is only a label (`### 主持人：`).
        var isHeading: Bool
    }

    struct Result {
        /// Accepted labels in line order.
        var labels: [Label] = []
        /// Line ranges read as dialogue because of evidence (outside them only hinted sections are).
        var regions: [Range<Int>] = []
        /// Why lines that looked like labels were not read as turns, when there were enough of them to say so.
        var refusal: Diagnostic?
        /// Identity key → the key of the speaker it stands for (`记` → `记者`).
        var canonical: [String: String] = [:]
    }

    /// Clusters of labels further apart than this many paragraphs are judged separately.
    static let maximumGap = 10
    /// A stretch whose labelled paragraphs are fewer than this share of its paragraphs is not dialogue.
    static let minimumCoverage = 0.2
    /// A label seen once joins an accepted stretch only when it is this short (columns) and near it.
    static let maximumSingletonColumns = 24
    static let singletonReach = 3
    /// Fewer candidate lines than this are not worth a word in `hearsay check`.
    static let refusalReportThreshold = 4

    private struct Candidate {
        var label: Label
        var unit: Int
        var inHint: Bool
        var evidenceKey = ""
        /// A bare `问`/`答` line stood above it: it is a turn whatever its style.
        var announced = false
    }

    private let s: UnsafeBufferPointer<UInt8>
    private let lines: [Range<Int>]
    private let body: Range<Int>
    private let file: String

    init(s: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], body: Range<Int>, file: String) {
        self.s = s
        self.lines = lines
        self.body = body
        self.file = file
    }

    func run() -> Result {
        let collected = collect()
        var candidates = collected.candidates
        let plainHeadings = collected.plainHeadings
        guard !candidates.isEmpty else { return Result() }
        candidates = refuseNonLabels(candidates)
        guard !candidates.isEmpty else { return Result() }
        var result = Result()
        result.canonical = LabelResolver.canonical(candidates.map(\.label.identityKey))
        var counts: [String: Int] = [:]
        var evidenceKeys: [String: String] = [:]
        for index in candidates.indices {
            let canonical = result.canonical[candidates[index].label.identityKey]!
            let key: String
            if let known = evidenceKeys[canonical] {
                key = known
            } else {
                key = SpeakerName.fold(SpeakerName.withoutAffiliation(canonical))
                evidenceKeys[canonical] = key
            }
            candidates[index].evidenceKey = key
            counts[key, default: 0] += 1
        }
        var accepted = [Bool](repeating: false, count: candidates.count)
        for (index, candidate) in candidates.enumerated() where candidate.inHint {
            accepted[index] = !candidate.label.match.isNameOnly || counts[candidate.evidenceKey]! >= 2
        }
        let clusters = self.clusters(candidates, counts: counts)
        var refusals: [String] = []
        for cluster in clusters {
            if let reason = Self.refusal(of: cluster, candidates) {
                refusals.append(reason)
                continue
            }
            for index in cluster { accepted[index] = true }
            let singletons = acceptSingletons(near: cluster, candidates, counts: counts, accepted: &accepted)
            let firstLine = min(candidates[cluster.first!].label.line, singletons.first.map { candidates[$0].label.line } ?? .max)
            let lastLine = candidates[cluster.last!].label.line
            let end = plainHeadings.first { $0 > lastLine } ?? body.upperBound
            result.regions.append(firstLine..<end)
        }
        result.labels = candidates.indices.filter { accepted[$0] }.map { candidates[$0].label }
        if result.labels.isEmpty, candidates.count >= Self.refusalReportThreshold, counts.values.contains(where: { $0 >= 2 }) {
            result.refusal = refusalDiagnostic(candidates, counts: counts, reason: refusals.first ?? "no label recurs near another")
        }
        return result
    }

    // MARK: - Candidates

    /// Every line that could open a turn, with its paragraph number; and the lines of headings that are not labels.
    private func collect() -> (candidates: [Candidate], plainHeadings: [Int]) {
        var candidates: [Candidate] = []
        var plainHeadings: [Int] = []
        var units = 0
        var inParagraph = false
        var hintLevel: Int?
        var seenTitle = false
        for index in body {
            let line = UTF8Bytes.trim(s, lines[index])
            if line.isEmpty {
                inParagraph = false
                continue
            }
            if let (level, text) = LineSyntax.heading(s, line) {
                units += 1
                inParagraph = false
                if level == 1, !seenTitle, units == 1 {
                    seenTitle = true
                    continue
                }
                if let match = SpeakerLine.match(s, text), match.isNameOnly {
                    candidates.append(candidate(match, line: index, unit: units, inHint: hintLevel != nil, isHeading: true))
                    continue
                }
                plainHeadings.append(index)
                let title = Self.headingTitle(s, text)
                if SectionNames.isDialogue(title) {
                    hintLevel = level
                } else if let current = hintLevel, level <= current {
                    hintLevel = nil
                }
                continue
            }
            let first = s[line.lowerBound]
            if first == UInt8(ascii: ">") || LineSyntax.isThematicBreak(s, line) || LineSyntax.bulletContent(s, line) != nil
                || OrderedListMarker.length(s, line) != nil || LineSyntax.imageLine(s, line) != nil {
                units += 1
                inParagraph = false
                continue
            }
            if let match = SpeakerLine.match(s, line) {
                units += 1
                inParagraph = true
                candidates.append(candidate(match, line: index, unit: units, inHint: hintLevel != nil, isHeading: false))
                continue
            }
            if !inParagraph { units += 1 }
            inParagraph = true
        }
        return (candidates, plainHeadings)
    }

    /// Folding a label is the costly part; a transcript writes the same few labels many times.
    private final class KeyCache {
        var identity: [String: String] = [:]
        var refusal: [String: String] = [:]
    }

    private let keys = KeyCache()

    private func candidate(_ match: SpeakerLine, line: Int, unit: Int, inHint: Bool, isHeading: Bool) -> Candidate {
        let written = String(decoding: UnsafeBufferPointer(rebasing: s[match.name]), as: UTF8.self)
        let identityKey: String
        if let known = keys.identity[written] {
            identityKey = known
        } else {
            identityKey = SpeakerName.fold(SpeakerName.withoutVerb(written))
            keys.identity[written] = identityKey
        }
        return Candidate(label: Label(line: line, match: match, written: written, identityKey: identityKey, isHeading: isHeading),
                         unit: unit, inHint: inHint)
    }

    /// A heading's words without `**` and spaces, for `SectionNames`.
    private static func headingTitle(_ s: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[text]), as: UTF8.self)
            .replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// Drops bylines and metadata, note words, document parts, and a bare `问` that only announces a labelled line.
    private func refuseNonLabels(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        var announceNext = false
        for (index, var candidate) in candidates.enumerated() {
            candidate.announced = announceNext
            announceNext = false
            let match = candidate.label.match
            let key: String
            if let known = keys.refusal[candidate.label.written] {
                key = known
            } else {
                key = SpeakerName.evidenceKey(candidate.label.written)
                keys.refusal[candidate.label.written] = key
            }
            if NotSpeakerLabels.never.contains(key) || NotSpeakerLabels.isDocumentPart(key) { continue }
            if NotSpeakerLabels.metadata.contains(key) {
                if match.isNameOnly ? !SpeakerName.isRole(key) : NotSpeakerLabels.isShortValue(words(of: match)) { continue }
            }
            if match.isNameOnly, match.separator.isEmpty, !match.bold, match.timestamp == nil, !candidate.label.isHeading,
               index + 1 < candidates.count, candidates[index + 1].unit == candidate.unit + 1, !candidates[index + 1].label.match.isNameOnly {
                announceNext = true
                continue // `问` above `记者：……`: a marker, the label that follows says who asks
            }
            kept.append(candidate)
        }
        return kept
    }

    private func words(of match: SpeakerLine) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[match.words]), as: UTF8.self)
    }

    // MARK: - Evidence

    /// Runs of recurring labels (outside hinted sections) no more than `maximumGap` paragraphs apart.
    private func clusters(_ candidates: [Candidate], counts: [String: Int]) -> [[Int]] {
        var clusters: [[Int]] = []
        var current: [Int] = []
        for (index, candidate) in candidates.enumerated() where !candidate.inHint && counts[candidate.evidenceKey]! >= 2 {
            if let last = current.last, candidate.unit - candidates[last].unit > Self.maximumGap {
                clusters.append(current)
                current = []
            }
            current.append(index)
        }
        if !current.isEmpty { clusters.append(current) }
        return clusters
    }

    /// Why a cluster is not dialogue, or `nil` when it is.
    private static func refusal(of cluster: [Int], _ candidates: [Candidate]) -> String? {
        let keys = cluster.map { candidates[$0].evidenceKey }
        let distinct = Set(keys)
        var changes = 0
        for (a, b) in zip(keys, keys.dropFirst()) where a != b { changes += 1 }
        let span = candidates[cluster.last!].unit - candidates[cluster.first!].unit + 1
        if distinct.count < 2 { return "only one label (\(candidates[cluster[0]].label.written)) recurs: no one answers" }
        if changes < 2 { return "the labels do not alternate" }
        if cluster.count < 3 { return "too few labelled paragraphs (\(cluster.count))" }
        if Double(cluster.count) < minimumCoverage * Double(span) {
            return "labelled paragraphs are too sparse (\(cluster.count) of \(span) paragraphs)"
        }
        return nil
    }

    /// Labels seen once, short and written like one of the cluster's labels, next to or inside an accepted cluster
    /// (`Donald Trump:` once in a news show).
    @discardableResult
    private func acceptSingletons(near cluster: [Int], _ candidates: [Candidate], counts: [String: Int],
                                  accepted: inout [Bool]) -> [Int] {
        var taken: [Int] = []
        let lowest = candidates[cluster.first!].unit - Self.singletonReach
        let highest = candidates[cluster.last!].unit + Self.singletonReach
        let styles = Set(cluster.map { Self.style(of: candidates[$0].label) })
        for (index, candidate) in candidates.enumerated()
        where !accepted[index] && !candidate.inHint && counts[candidate.evidenceKey]! == 1
            && (lowest...highest).contains(candidate.unit)
            && (styles.contains(Self.style(of: candidate.label)) || candidate.announced)
            && DisplayColumns.width(of: candidate.label.written) <= Self.maximumSingletonColumns {
            accepted[index] = true
            taken.append(index)
        }
        return taken
    }

    /// How a label is written, as far as matching a singleton to its neighbours goes.
    private static func style(of label: Label) -> Int {
        (label.match.isNameOnly ? 1 : 0) | (label.match.bold ? 2 : 0) | (label.isHeading ? 4 : 0)
    }

    private func refusalDiagnostic(_ candidates: [Candidate], counts: [String: Int], reason: String) -> Diagnostic {
        var order: [String] = []
        var written: [String: String] = [:]
        for candidate in candidates where written[candidate.evidenceKey] == nil {
            order.append(candidate.evidenceKey)
            written[candidate.evidenceKey] = candidate.label.written
        }
        let shown = order.prefix(4).map { "\(written[$0]!) ×\(counts[$0]!)" }.joined(separator: ", ")
        let more = order.count > 4 ? ", …" : ""
        return Diagnostic(file: file, line: candidates[0].label.line + 1, severity: .warning,
                          message: "\(candidates.count) lines look like speaker labels (\(shown)\(more)) but were not read as turns: \(reason)")
    }
}
