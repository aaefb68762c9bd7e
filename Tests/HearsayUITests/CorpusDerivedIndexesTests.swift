import HearsayModel
import HearsayTesting
import Testing

@testable import HearsayUI

/// The utterance index the views use is derived from the corpus in one place: built on first
/// use, shared by the copies of a state, and started afresh when the corpus changes.
@Suite struct CorpusDerivedIndexesTests {
    @Test func theIndexIsSharedByCopiesAndRebuiltAfterTheCorpusChanges() {
        var app = AppState(corpus: UIFixtures.corpus, size: ScreenSize(width: 80, height: 24))
        let copy = app
        #expect(copy.derivedIndexes === app.derivedIndexes)
        #expect(app.utteranceIndex.entries.map(\.name).prefix(2) == ["Maria Keller", "主持人林晓"])
        #expect(app.utteranceIndex.entry(forID: "maria keller")?.articleIndices == [1, 3])
        let before = app.derivedIndexes
        app.corpusDidChange()
        #expect(app.derivedIndexes !== before)
        #expect(app.utteranceIndex.entries.map(\.turnCount) == copy.utteranceIndex.entries.map(\.turnCount))
    }
}
