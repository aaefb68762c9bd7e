import HearsayModel
import Synchronization

/// Indexes derived from the corpus, built the first time a view asks for them (opening the
/// speakers view, a jump to the next article with a speaker), not at startup. A reference shared
/// by the copies of one `AppState`, so rendering (which reads a copy) builds it once for all;
/// `AppState.corpusDidChange()` replaces it, which is all that invalidating it takes.
final class CorpusDerivedIndexes: Sendable {
    private let people = Mutex<PeopleDirectory?>(nil)

    /// Every person across `corpus` with their turns and quotes, and their names folded for the
    /// speakers view's filter (`corpus` is the one this cache belongs to: `AppState` starts a new
    /// cache when it changes).
    func peopleDirectory(of corpus: Corpus) -> PeopleDirectory {
        people.withLock { cached in
            if let cached { return cached }
            let built = PeopleDirectory(index: UtteranceIndex(corpus: corpus))
            cached = built
            return built
        }
    }
}

extension AppState {
    /// Every person across the coverage with their turns and quotes, built on first use.
    public var utteranceIndex: UtteranceIndex { people.index }

    /// The people of the utterance index with their folded names (the speakers view).
    public var people: PeopleDirectory { derivedIndexes.peopleDirectory(of: corpus) }

    /// Forgets what was derived from the corpus: whoever replaces `corpus` calls this.
    mutating func corpusDidChange() {
        derivedIndexes = CorpusDerivedIndexes()
    }
}
