import HearsayModel
import Testing

/// `SpeakerNameMatching.resolve`: the one matcher `show`, `search` and `quotes` use for `--speaker`.
struct SpeakerNameResolveTests {
    let people = [["Thomas Wolf"], ["Thomas Wolfe"], ["唐鳳", "唐凤"], ["达里奥·阿莫迪"], ["Caroline Hyde"]]

    func resolve(_ typed: String) throws(SpeakerLookupError) -> String {
        try SpeakerNameMatching.resolve(typed, among: people) { $0 }[0]
    }

    @Test func anEqualNameWinsOverLongerOnes() throws {
        #expect(try resolve("thomas  WOLF") == "Thomas Wolf")
        #expect(try resolve("Ｔｈｏｍａｓ Ｗｏｌｆｅ") == "Thomas Wolfe")
    }

    @Test func aUniquePrefixOfTheNameOrOfOneOfItsWords() throws {
        #expect(try resolve("caro") == "Caroline Hyde")
        #expect(try resolve("hyde") == "Caroline Hyde")
        #expect(try resolve("阿莫") == "达里奥·阿莫迪")
    }

    @Test func scriptsAreFolded() throws {
        #expect(try resolve("唐凤") == "唐鳳")
        #expect(try resolve("唐") == "唐鳳")
    }

    @Test func aPartInsideANameWhenNoWordStartsWithIt() throws {
        #expect(try resolve("line") == "Caroline Hyde")
    }

    @Test func anAmbiguousNameListsTheMatches() {
        #expect(throws: SpeakerLookupError(typed: "wolf", isAmbiguous: true, candidates: ["Thomas Wolf", "Thomas Wolfe"])) {
            try resolve("wolf")
        }
        let error = SpeakerLookupError(typed: "wolf", isAmbiguous: true, candidates: ["Thomas Wolf", "Thomas Wolfe"])
        #expect(error.description == "speaker 'wolf' could be any of: Thomas Wolf, Thomas Wolfe (give more of the name)")
    }

    @Test func anUnknownNameListsEveryone() {
        let everyone = ["Thomas Wolf", "Thomas Wolfe", "唐鳳", "达里奥·阿莫迪", "Caroline Hyde"]
        #expect(throws: SpeakerLookupError(typed: "Nobody", isAmbiguous: false, candidates: everyone)) { try resolve("Nobody") }
        var error = SpeakerLookupError(typed: "Nobody", isAmbiguous: false, candidates: everyone)
        error.scope = "talk.md"
        #expect(
            error.description == "no speaker 'Nobody' in talk.md; speakers include: Thomas Wolf, Thomas Wolfe, 唐鳳, 达里奥·阿莫迪, Caroline Hyde")
        let none = SpeakerLookupError(typed: "x", isAmbiguous: false, candidates: [])
        #expect(none.description == "no speaker 'x' (no one speaks or is quoted)")
    }
}
