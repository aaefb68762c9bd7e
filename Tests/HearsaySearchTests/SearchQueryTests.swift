import Testing

@testable import HearsaySearch

struct SearchQueryTests {
    @Test func plainPhrase() {
        let query = SearchQuery(parsing: "  open source  ")
        #expect(query.text == "open source")
        #expect(query.speaker == nil)
        #expect(query.hasText)
    }

    @Test func quotedSpeakerBeforeThePhrase() {
        let query = SearchQuery(parsing: "speaker:\"Thomas Wolf\" 开源")
        #expect(query.speaker == "Thomas Wolf")
        #expect(query.text == "开源")
    }

    @Test func bareSpeakerAfterThePhraseWithFullwidthColonAndCurlyQuotes() {
        #expect(SearchQuery(parsing: "开源 speaker:Wolf").speaker == "Wolf")
        let curly = SearchQuery(parsing: "Speaker：“Thomas Wolf” 模型")
        #expect(curly.speaker == "Thomas Wolf")
        #expect(curly.text == "模型")
    }

    @Test func unfinishedSpeakerWhileTyping() {
        let typing = SearchQuery(parsing: "speaker:\"Thomas")
        #expect(typing.speaker == "Thomas")
        #expect(!typing.hasText)
        let bare = SearchQuery(parsing: "speaker:")
        #expect(bare.speaker == nil)
        #expect(bare.isEmpty)
    }

    @Test func speakerInsideAWordIsText() {
        let query = SearchQuery(parsing: "loudspeaker:on")
        #expect(query.speaker == nil)
        #expect(query.text == "loudspeaker:on")
    }

    @Test func speakerNamesMatchFoldedAndByPart() {
        let query = SearchQuery(parsing: "speaker:ｔｈｏｍａｓ  wolf x")
        // An unquoted name is one word: the rest is the phrase.
        #expect(query.speaker == "ｔｈｏｍａｓ")
        #expect(query.text == "wolf x")
        #expect(query.admitsSpeaker(named: "THOMAS  Wolf"))
        #expect(!query.admitsSpeaker(named: "Tom Wolf"))
        #expect(SearchQuery(parsing: "speaker:\"thomas wolf\" x").admitsSpeaker(named: "Thomas   Wolf"))
        #expect(SearchQuery(parsing: "x").admitsSpeaker(named: "Anyone"))
    }

    @Test func narrowing() {
        #expect(SearchQuery(parsing: "开源模型").narrows(SearchQuery(parsing: "开源")))
        #expect(SearchQuery(parsing: "开源").narrows(SearchQuery(parsing: "")))
        #expect(!SearchQuery(parsing: "开").narrows(SearchQuery(parsing: "开源")))
        #expect(!SearchQuery(parsing: "speaker:Bob 开源").narrows(SearchQuery(parsing: "开源")))
    }
}
