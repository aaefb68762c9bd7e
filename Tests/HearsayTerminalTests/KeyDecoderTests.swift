import CTerminal
import HearsayUI
import Testing

@testable import HearsayTerminal

/// What `wget_wch` returns, turned into the UI's events.
@Suite struct KeyDecoderTests {
    static let size = ScreenSize(width: 90, height: 30)

    static func decode(_ status: Int32, _ code: Int32) -> Event? {
        KeyDecoder.event(status: status, code: UInt32(bitPattern: code), size: { size })
    }

    @Test func functionKeys() {
        let table: [(Int32, Event?)] = [
            (KEY_RESIZE, .resize(Self.size)),
            (KEY_UP, .key(.up)), (KEY_DOWN, .key(.down)), (KEY_LEFT, .key(.left)), (KEY_RIGHT, .key(.right)),
            (KEY_NPAGE, .key(.pageDown)), (KEY_PPAGE, .key(.pageUp)), (KEY_HOME, .key(.home)), (KEY_END, .key(.end)),
            (KEY_ENTER, .key(.enter)), (KEY_BTAB, .key(.backTab)), (KEY_BACKSPACE, .key(.backspace)), (KEY_DC, .key(.delete)),
            (ct_KEY_F(1), .key(.function(1))), (ct_KEY_F(12), .key(.function(12))),
            (KEY_MOUSE, nil), (ct_KEY_F(13), nil),
        ]
        for (code, expected) in table {
            #expect(Self.decode(KEY_CODE_YES, code) == expected, "key code \(code)")
        }
    }

    @Test func characters() {
        let table: [(Int32, Event?)] = [
            (0x0A, .key(.enter)), (0x0D, .key(.enter)), (0x09, .key(.tab)), (0x1B, .key(.escape)),
            (0x08, .key(.backspace)), (0x7F, .key(.backspace)),
            (0x01, .key(.control("a"))), (0x04, .key(.control("d"))), (0x1A, .key(.control("z"))),
            (0x20, .key(.space)), (0x6A, .key(.character("j"))), (0x47, .key(.character("G"))),
            (0x50A8, .key(.character("储"))), (0x1F600, .key(.character("😀"))),
            (0x00, nil), (0x1C, nil), (0x1F, nil), (0xD800, nil),
        ]
        for (code, expected) in table {
            #expect(Self.decode(OK, code) == expected, "character \(code)")
        }
    }

    @Test func anErrorIsNoEvent() {
        #expect(Self.decode(ERR, 0x6A) == nil)
    }
}
