import HearsayTheme
import Testing

@testable import HearsayUI

/// The prompt editor: exact text and cursor after each key, CJK and clusters kept whole.
struct LineEditorTests {
    private func type(_ keys: [Key], into editor: inout LineEditor) -> [LineEditor.Outcome] {
        keys.map { editor.handle($0) }
    }

    private func characters(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func typingCJKAndBackspacingRemovesWholeCharacters() {
        var editor = LineEditor()
        #expect(type(characters("开源模型"), into: &editor) == [.edited, .edited, .edited, .edited])
        #expect(editor.handle(.backspace) == .edited)
        #expect(editor.text == "开源模")
        #expect(editor.cursor == 3)
    }

    @Test func cursorMovesByGraphemeAndInsertsInPlace() {
        var editor = LineEditor(text: "开模")
        #expect(editor.handle(.left) == .moved)
        #expect(editor.handle(.character("源")) == .edited)
        #expect(editor.text == "开源模")
        #expect(editor.cursor == 2)
        #expect(editor.handle(.home) == .moved)
        #expect(editor.handle(.left) == .ignored)
        #expect(editor.handle(.delete) == .edited)
        #expect(editor.text == "源模")
        #expect(editor.handle(.end) == .moved)
        #expect(editor.cursor == 2)
    }

    @Test func combiningMarksAndZWJJoinThePreviousCharacter() {
        var editor = LineEditor()
        _ = type([.character("e"), .character("\u{301}")], into: &editor)
        #expect(editor.characters == ["e\u{301}"])
        _ = type([.character("👩"), .character("\u{200D}"), .character("💻")], into: &editor)
        #expect(editor.characters == ["e\u{301}", "👩\u{200D}💻"])
        #expect(editor.handle(.backspace) == .edited)
        #expect(editor.text == "e\u{301}")
    }

    @Test func lineKillsAndWordKill() {
        var editor = LineEditor(text: "speaker:Wolf 开源")
        #expect(editor.handle(.control("w")) == .edited)
        #expect(editor.text == "speaker:Wolf ")
        #expect(editor.handle(.control("w")) == .edited)
        #expect(editor.text == "")
        editor = LineEditor(text: "abc")
        _ = editor.handle(.left)
        #expect(editor.handle(.control("k")) == .edited)
        #expect(editor.text == "ab")
        #expect(editor.handle(.control("u")) == .edited)
        #expect(editor.text == "")
        #expect(editor.handle(.control("u")) == .ignored)
    }

    @Test func enterSubmitsEscapeCancels() {
        var editor = LineEditor(text: "x")
        #expect(editor.handle(.enter) == .submitted)
        #expect(editor.handle(.escape) == .cancelled)
        #expect(editor.handle(.tab) == .ignored)
        #expect(editor.text == "x")
    }

    @Test func promptRowScrollsToKeepTheCursorVisible() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 10, height: 1))
        let editor = LineEditor(text: "一二三四五六")
        PromptLineView.render(editor, prompt: "/", in: Rect(x: 0, y: 0, width: 10, height: 1), into: &buffer, style: .plain)
        // 9 columns after the prompt, one kept for the cursor: the last four 字 show.
        #expect(buffer.rowText(0) == "/三四五六")
        #expect(buffer.cursor == CursorPosition(x: 9, y: 0))
    }

    @Test func promptRowWithCursorInTheMiddle() {
        var buffer = ScreenBuffer(size: ScreenSize(width: 12, height: 1))
        var editor = LineEditor(text: "开源AI")
        _ = editor.handle(.home)
        _ = editor.handle(.right)
        PromptLineView.render(editor, prompt: "note: ", in: Rect(x: 0, y: 0, width: 12, height: 1), into: &buffer, style: .plain)
        #expect(buffer.rowText(0) == "note: 开源AI")
        #expect(buffer.cursor == CursorPosition(x: 8, y: 0))
    }
}
