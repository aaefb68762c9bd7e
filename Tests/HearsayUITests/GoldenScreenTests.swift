import HearsayTesting
import HearsayUI
import Testing

/// Whole screens of the fixture corpus, compared with `Golden/*.txt` (regenerate with
/// HEARSAY_UPDATE_GOLDEN=1 and review the diff before committing).
@Suite struct GoldenScreenTests {
    static let sizes = [ScreenSize(width: 80, height: 24), ScreenSize(width: 140, height: 40)]

    func screen(_ script: String, _ size: ScreenSize) -> ScreenBuffer {
        var app = AppState(corpus: UIFixtures.corpus, size: size)
        KeyScript.send(script, to: &app)
        return ScreenRenderer().render(app)
    }

    func check(_ name: String, _ script: String, styles: Bool = false) {
        for size in Self.sizes {
            let mismatch = GoldenScreen.mismatch(screen(script, size), named: "\(name)-\(size.width)x\(size.height)", styles: styles)
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
    }

    @Test func list() { check("list", "", styles: true) }
    @Test func readerAtTheTop() { check("reader-top", "<Enter>") }
    @Test func readerScrolled() { check("reader-scrolled", "<Enter> <C-d> j j") }
    @Test func readerFocusedKeyPoint() { check("reader-keypoint", "<Enter> <Tab> <Tab>", styles: true) }
    @Test func dialogueFilteredToOneSpeaker() { check("dialogue-maria", "<Enter> d j s o <Enter> j", styles: true) }
    @Test func speakerFilterOverlay() { check("speaker-filter", "<Enter> d s j <Space>", styles: true) }
    @Test func helpOverlay() { check("help", "?", styles: true) }

    @Test func tooSmall() {
        let mismatch = GoldenScreen.mismatch(screen("<Enter>", ScreenSize(width: 30, height: 8)), named: "too-small-30x8")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
