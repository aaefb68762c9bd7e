import HearsayModel
import Synchronization

/// Indexes derived from the corpus, built the first time a view asks for them (opening the
/// speakers view, a jump to the next article with a speaker), not at startup. A reference shared
/// by the copies of one `AppState`, so rendering (which reads a copy) builds each once for all;
/// `AppState.corpusDidChange()` replaces it, which is all that invalidating it takes.
final class CorpusDerivedIndexes: Sendable {
    private let utterances = Mutex<UtteranceIndex?>(nil)
    private let foldedNames = Mutex<[String]?>(nil)

    /// Every person across `corpus` with their turns and quotes (`corpus` is the one this cache
    /// belongs to: `AppState` starts a new cache when it changes).
    func utteranceIndex(of corpus: Corpus) -> UtteranceIndex {
        utterances.withLock { cached in
            if let cached { return cached }
            let built = UtteranceIndex(corpus: corpus)
            cached = built
            return built
        }
    }

    /// The people's names folded for the speakers view's filter, folded when first typed.
    func foldedNames(of corpus: Corpus) -> [String] {
        let index = utteranceIndex(of: corpus)
        return foldedNames.withLock { cached in
            if let cached { return cached }
            let built = PeopleDirectory.foldedNames(of: index)
            cached = built
            return built
        }
    }
}

extension AppState {
    /// Every person across the coverage with their turns and quotes, built on first use.
    public var utteranceIndex: UtteranceIndex { derivedIndexes.utteranceIndex(of: corpus) }

    /// The people whose name contains `typed` (folded), most utterances first.
    func people(matching typed: String) -> [Int] {
        PeopleDirectory.entries(matching: typed, count: utteranceIndex.entries.count) {
            derivedIndexes.foldedNames(of: corpus)
        }
    }

    /// Forgets what was derived from the corpus: whoever replaces `corpus` calls this.
    mutating func corpusDidChange() {
        derivedIndexes = CorpusDerivedIndexes()
    }
}
