import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Finds the lines of a file that open dialogue turns, by evidence over the whole file rather than by a
/// heading: a stretch is dialogue when its labels are a small set that recurs, alternates and covers a good
/// share of its paragraphs. A `## 详细对话`-like heading is a hint: in its section a plain `Name: words` line is a
/// turn even when that name speaks once.
///
/// Runs before the blocks are built (`ArticleBuilder` reads its answer line by line).
struct DialogueScan {
    /// An accepted label: where, its form, and who it stands for.
    struct Label {
        /// Index into the file's lines.
        var line: Int
        var match: SpeakerLine
        /// The label as written (`记者（某报）问`).
        var written: String
        /// Index into `Result.identities`: the speaker the label stands for within the file (`记` → `记者`).
        var identity: Int
        /// A heading that is only a label (`### 主持人：`).
        var isHeading: Bool
    }

    /// One speaker of the file as the labels name it.
    struct Identity {
        /// Folded, without a verb, affiliation kept (`记者(远山日报)`).
        var key: String
        /// The full label that names it, without a verb (`记者`, not `记`).
        var name: String
        /// The other labels written for it, as written, first seen first.
        var aliases: [String]
    }

    struct Result {
        /// Accepted labels in line order.
        var labels: [Label] = []
        var identities: [Identity] = []
        /// Line ranges read as dialogue because of evidence (outside them only hinted sections are).
        var regions: [Range<Int>] = []
        /// Why lines that looked like labels were not read as turns, when there were enough of them to say so.
        var refusal: Diagnostic?
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
        var line: Int
        var match: SpeakerLine
        /// Index into the file's distinct labels.
        var label: Int
        var unit: Int
        var inHint: Bool
        var isHeading: Bool
        /// A bare `问`/`答` line stood above it: it is a turn whatever its style.
        var announced = false
    }

    /// A label as written, once per file however often it is written: folding is the costly part.
    private struct DistinctLabel {
        var written: String
        var identityKey: String
        /// Index into the distinct identity keys, after short forms are joined to long ones.
        var identity = 0
        /// Index into the evidence keys (the identity without its affiliation): what counts as the same voice.
        var evidence = 0
        /// Written otherwise than its speaker's name (`记` for `记者`).
        var isAlias = false
    }

    /// The bytes of a label in the file, hashed and compared as bytes (Swift strings hash by canonical equivalence,
    /// which is slow for CJK).
    private struct ByteKey: Hashable {
        let bytes: UnsafeBufferPointer<UInt8>

        static func == (a: ByteKey, b: ByteKey) -> Bool {
            a.bytes.count == b.bytes.count && (a.bytes.count == 0 || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
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
        var candidates = collected.0
        var distinct = collected.1
        let plainHeadings = collected.2
        guard !candidates.isEmpty else { return Result() }
        candidates = refuseNonLabels(candidates, distinct)
        guard !candidates.isEmpty else { return Result() }
        var result = Result()
        let evidenceCount = resolveIdentities(&distinct, used: candidates, into: &result)
        var counts = [Int](repeating: 0, count: evidenceCount)
        for candidate in candidates { counts[distinct[candidate.label].evidence] += 1 }
        var accepted = [Bool](repeating: false, count: candidates.count)
        for (index, candidate) in candidates.enumerated() where candidate.inHint {
            accepted[index] = !candidate.match.isNameOnly || counts[distinct[candidate.label].evidence] >= 2
        }
        var refusals: [String] = []
        for cluster in clusters(candidates, distinct, counts: counts) {
            if let reason = refusal(of: cluster, candidates, distinct) {
                refusals.append(reason)
                continue
            }
            for index in cluster { accepted[index] = true }
            let singletons = acceptSingletons(near: cluster, candidates, distinct, counts: counts, accepted: &accepted)
            let firstLine = min(candidates[cluster.first!].line, singletons.first.map { candidates[$0].line } ?? .max)
            let lastLine = candidates[cluster.last!].line
            let end = plainHeadings.first { $0 > lastLine } ?? body.upperBound
            result.regions.append(firstLine..<end)
        }
        var aliasSeen = Set<Int>()
        for (index, candidate) in candidates.enumerated() where accepted[index] {
            let label = distinct[candidate.label]
            result.labels.append(
                Label(
                    line: candidate.line, match: candidate.match, written: label.written, identity: label.identity,
                    isHeading: candidate.isHeading))
            if label.isAlias, aliasSeen.insert(candidate.label).inserted {
                result.identities[label.identity].aliases.append(label.written)
            }
        }
        if result.labels.isEmpty, candidates.count >= Self.refusalReportThreshold, counts.contains(where: { $0 >= 2 }) {
            result.refusal = refusalDiagnostic(
                candidates, distinct, counts: counts, reason: refusals.first ?? "no label recurs near another")
        }
        return result
    }

    // MARK: - Candidates

    /// Every line that could open a turn, with its paragraph number; the distinct labels; and the lines of headings
    /// that are not labels.
    private func collect() -> ([Candidate], [DistinctLabel], [Int]) {
        var candidates: [Candidate] = []
        var distinct: [DistinctLabel] = []
        var indexByBytes: [ByteKey: Int] = [:]
        var plainHeadings: [Int] = []
        var units = 0
        var inParagraph = false
        var hintLevel: Int?
        var seenTitle = false
        func add(_ match: SpeakerLine, line: Int, isHeading: Bool) {
            let key = ByteKey(bytes: UnsafeBufferPointer(rebasing: s[match.name]))
            let label: Int
            if let known = indexByBytes[key] {
                label = known
            } else {
                let written = String(decoding: key.bytes, as: UTF8.self)
                label = distinct.count
                distinct.append(DistinctLabel(written: written, identityKey: SpeakerName.fold(SpeakerName.withoutVerb(written))))
                indexByBytes[key] = label
            }
            candidates.append(
                Candidate(line: line, match: match, label: label, unit: units, inHint: hintLevel != nil, isHeading: isHeading))
        }
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
                    add(match, line: index, isHeading: true)
                    continue
                }
                plainHeadings.append(index)
                if Self.isDialogueHeading(s, text) {
                    hintLevel = level
                } else if let current = hintLevel, level <= current {
                    hintLevel = nil
                }
                continue
            }
            let first = s[line.lowerBound]
            if first == UInt8(ascii: ">") || LineSyntax.isThematicBreak(s, line) || LineSyntax.bulletContent(s, line) != nil
                || OrderedListMarker.length(s, line) != nil || LineSyntax.imageLine(s, line) != nil
            {
                units += 1
                inParagraph = false
                continue
            }
            if let match = SpeakerLine.match(s, line) {
                units += 1
                inParagraph = true
                add(match, line: index, isHeading: false)
                continue
            }
            if !inParagraph { units += 1 }
            inParagraph = true
        }
        return (candidates, distinct, plainHeadings)
    }

    /// `SectionNames.isDialogue` of a heading's words without `**` (only short headings can be dialogue names).
    private static func isDialogueHeading(_ s: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Bool {
        guard text.count <= 40 else { return false }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        for index in text where s[index] != UInt8(ascii: "*") { bytes.append(s[index]) }
        while let last = bytes.last, UTF8Bytes.isSpace(last) { bytes.removeLast() }
        while let first = bytes.first, UTF8Bytes.isSpace(first) { bytes.removeFirst() }
        return SectionNames.isDialogue(String(decoding: bytes, as: UTF8.self))
    }

    /// Drops bylines and metadata, note words, document parts, and a bare `问` that only announces a labelled line.
    private func refuseNonLabels(_ candidates: [Candidate], _ distinct: [DistinctLabel]) -> [Candidate] {
        // What each distinct label is, decided once.
        enum Verdict { case label, never, metadata(isRole: Bool) }
        let verdicts: [Verdict] = distinct.map { label in
            let key = SpeakerName.foldedWithoutAffiliation(label.identityKey)
            let bytes = Array(key.utf8)
            if NotSpeakerLabels.never.contains(bytes) || NotSpeakerLabels.isDocumentPart(key) { return .never }
            if NotSpeakerLabels.metadata.contains(bytes) { return .metadata(isRole: SpeakerName.isRole(key)) }
            return .label
        }
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count)
        var announceNext = false
        for (index, var candidate) in candidates.enumerated() {
            candidate.announced = announceNext
            announceNext = false
            let match = candidate.match
            switch verdicts[candidate.label] {
            case .never: continue
            case .metadata(let isRole):
                if match.isNameOnly ? !isRole : NotSpeakerLabels.isShortValue(words(of: match)) { continue }
            case .label: break
            }
            if match.isNameOnly, match.separator.isEmpty, !match.bold, match.timestamp == nil, !candidate.isHeading,
                index + 1 < candidates.count, candidates[index + 1].unit == candidate.unit + 1, !candidates[index + 1].match.isNameOnly
            {
                announceNext = true
                continue  // `问` above `记者：……`: a marker, the label that follows says who asks
            }
            kept.append(candidate)
        }
        return kept
    }

    private func words(of match: SpeakerLine) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[match.words]), as: UTF8.self)
    }

    /// Joins short forms to the labels they stand for and numbers identities and evidence keys; returns how many
    /// evidence keys there are. Keys are compared as bytes (`==` on strings compares canonical equivalence, slowly).
    private func resolveIdentities(_ distinct: inout [DistinctLabel], used candidates: [Candidate], into result: inout Result) -> Int {
        var used = [Bool](repeating: false, count: distinct.count)
        for candidate in candidates { used[candidate.label] = true }
        var keys: [String] = []
        var keyOf = [Int](repeating: -1, count: distinct.count)
        for index in distinct.indices where used[index] {
            if let known = keys.firstIndex(where: { Self.same($0, distinct[index].identityKey) }) {
                keyOf[index] = known
            } else {
                keyOf[index] = keys.count
                keys.append(distinct[index].identityKey)
            }
        }
        let canonical = LabelResolver.canonical(keys)
        var identityOfKey = [Int](repeating: -1, count: keys.count)
        var evidenceKeys: [String] = []
        var evidenceOfIdentity: [Int] = []
        for index in distinct.indices where used[index] {
            let key = canonical[keyOf[index]]
            if identityOfKey[key] < 0 {
                identityOfKey[key] = result.identities.count
                // The name shown is the full form: the label written as the key itself (else this one).
                let full = distinct.indices.first { used[$0] && keyOf[$0] == key } ?? index
                result.identities.append(Identity(key: keys[key], name: SpeakerName.withoutVerb(distinct[full].written), aliases: []))
                let evidence = SpeakerName.foldedWithoutAffiliation(keys[key])
                if let known = evidenceKeys.firstIndex(where: { Self.same($0, evidence) }) {
                    evidenceOfIdentity.append(known)
                } else {
                    evidenceOfIdentity.append(evidenceKeys.count)
                    evidenceKeys.append(evidence)
                }
            }
            distinct[index].identity = identityOfKey[key]
            distinct[index].evidence = evidenceOfIdentity[identityOfKey[key]]
            distinct[index].isAlias = !Self.same(distinct[index].written, result.identities[identityOfKey[key]].name)
        }
        return evidenceKeys.count
    }

    @inline(__always)
    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    // MARK: - Evidence

    /// Runs of recurring labels (outside hinted sections) no more than `maximumGap` paragraphs apart.
    private func clusters(_ candidates: [Candidate], _ distinct: [DistinctLabel], counts: [Int]) -> [[Int]] {
        var clusters: [[Int]] = []
        var current: [Int] = []
        for (index, candidate) in candidates.enumerated() where !candidate.inHint && counts[distinct[candidate.label].evidence] >= 2 {
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
    private func refusal(of cluster: [Int], _ candidates: [Candidate], _ distinct: [DistinctLabel]) -> String? {
        let keys = cluster.map { distinct[candidates[$0].label].evidence }
        var changes = 0
        for (a, b) in zip(keys, keys.dropFirst()) where a != b { changes += 1 }
        let span = candidates[cluster.last!].unit - candidates[cluster.first!].unit + 1
        if Set(keys).count < 2 { return "only one label (\(distinct[candidates[cluster[0]].label].written)) recurs: no one answers" }
        if changes < 2 { return "the labels do not alternate" }
        if cluster.count < 3 { return "too few labelled paragraphs (\(cluster.count))" }
        if Double(cluster.count) < Self.minimumCoverage * Double(span) {
            return "labelled paragraphs are too sparse (\(cluster.count) of \(span) paragraphs)"
        }
        return nil
    }

    /// Labels seen once, short and written like one of the cluster's labels (or announced by a bare `问`), next to or
    /// inside an accepted cluster (`Donald Trump:` once in a news show).
    private func acceptSingletons(
        near cluster: [Int], _ candidates: [Candidate], _ distinct: [DistinctLabel], counts: [Int],
        accepted: inout [Bool]
    ) -> [Int] {
        var taken: [Int] = []
        let lowest = candidates[cluster.first!].unit - Self.singletonReach
        let highest = candidates[cluster.last!].unit + Self.singletonReach
        let styles = Set(cluster.map { Self.style(of: candidates[$0]) })
        for (index, candidate) in candidates.enumerated()
        where !accepted[index] && !candidate.inHint && counts[distinct[candidate.label].evidence] == 1
            && (lowest...highest).contains(candidate.unit)
            && (styles.contains(Self.style(of: candidate)) || candidate.announced)
            && DisplayColumns.width(of: distinct[candidate.label].written) <= Self.maximumSingletonColumns
        {
            accepted[index] = true
            taken.append(index)
        }
        return taken
    }

    /// How a label is written, as far as matching a singleton to its neighbours goes.
    private static func style(of candidate: Candidate) -> Int {
        (candidate.match.isNameOnly ? 1 : 0) | (candidate.match.bold ? 2 : 0) | (candidate.isHeading ? 4 : 0)
    }

    private func refusalDiagnostic(_ candidates: [Candidate], _ distinct: [DistinctLabel], counts: [Int], reason: String) -> Diagnostic {
        var order: [Int] = []
        var written: [Int: String] = [:]
        for candidate in candidates {
            let evidence = distinct[candidate.label].evidence
            if written[evidence] == nil {
                order.append(evidence)
                written[evidence] = distinct[candidate.label].written
            }
        }
        let shown = order.prefix(4).map { "\(written[$0]!) ×\(counts[$0])" }.joined(separator: ", ")
        let more = order.count > 4 ? ", …" : ""
        return Diagnostic(
            file: file, line: candidates[0].line + 1, severity: .warning,
            message: "\(candidates.count) lines look like speaker labels (\(shown)\(more)) but were not read as turns: \(reason)")
    }
}
