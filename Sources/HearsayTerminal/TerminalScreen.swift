import CTerminal
import Glibc
import HearsayTheme
import HearsayUI

/// The ncurses backend: owns the terminal from `init` to `close`, turns keys and resizes into
/// events, and draws only the cells that changed since the last frame.
///
/// One thread owns it (ncurses is not thread-safe). It installs no signal handler before
/// `newterm`, so ncurses installs its SIGWINCH handler (`KEY_RESIZE` on a resize); after it,
/// ours for SIGTERM, SIGHUP and SIGINT (terminal restored, then death by the signal) and for
/// crashes. Ctrl-C and Ctrl-Z arrive as keys because the terminal is in raw mode.
public final class TerminalScreen {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "hearsay: the reader needs a terminal on stdin and stdout; to print an article use `hearsay show`"
            case .unknownTerminal(let name):
                "hearsay: cannot use terminal type '\(name)'; set TERM (e.g. TERM=xterm-256color)"
            }
        }
    }

    private let screen: OpaquePointer
    private var previous: ScreenBuffer?
    private var pairs: ColorPairs
    private var isOpen = true
    /// What the terminal draws, after `--color` and `NO_COLOR` (see `ColorDepth.detect`).
    public let colorDepth: ColorDepth
    /// The terminfo description curses runs on: TERM, or a direct-colour one (`DirectColorTerminal`).
    public let terminalType: String
    private var cursorShown = false
    /// Whether links are drawn as OSC 8 hyperlinks (`Hyperlinks.enabled`); set before drawing.
    public var hyperlinksEnabled = false
    /// How colours reach the terminal (for the cells written again around hyperlinks).
    var colorOutput: ColorOutput { pairs.output }

    /// Sets the locale, checks for a terminal, and starts curses on it.
    public init(colorChoice: ColorChoice = .auto) throws {
        setlocale(LC_ALL, "")
        guard ct_stdio_is_terminal() != 0 else { throw StartError.notATerminal }
        let environment = TerminalEnvironment.current
        let direct = DirectColorTerminal.choose(
            term: environment["TERM"], wantsDirectColor: ColorDepth.prefersDirectColor(environment: environment, choice: colorChoice))
        terminalType = direct ?? environment["TERM"] ?? ""
        guard let screen = direct.flatMap({ ct_newterm_named($0) }) ?? ct_newterm_stdio() else {
            throw StartError.unknownTerminal(String(cString: getenv("TERM") ?? strdup("(unset)")))
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(ct_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        leaveok(ct_stdscr(), true)
        let colorWanted =
            ColorDepth.detect(
                environment: environment, terminalColors: 256, drawsRGBItself: false,
                choice: colorChoice) != .none
        if colorWanted && has_colors() {
            start_color()
            use_default_colors()
        }
        let terminalColors = colorWanted && has_colors() ? Int(ct_colors()) : 0
        colorDepth = ColorDepth.detect(
            environment: environment, terminalColors: terminalColors,
            drawsRGBItself: false, choice: colorChoice)
        pairs = ColorPairs(output: Self.colorOutput(depth: colorDepth, terminalColors: terminalColors, terminalType: terminalType))
        ct_install_crash_guard()
        ct_install_termination_guard()
    }

    deinit { close() }

    /// The terminal's size now.
    public var size: ScreenSize { ScreenSize(width: Int(ct_cols()), height: Int(ct_lines())) }

    /// Waits for the next key or resize; with `milliseconds`, at most that long (`nil` when
    /// nothing came).
    public func nextEvent(waitingAtMost milliseconds: Int32? = nil) -> Event? {
        wtimeout(ct_stdscr(), milliseconds ?? -1)
        while true {
            var code: wint_t = 0
            let status = wget_wch(ct_stdscr(), &code)
            if status == ERR {
                // A timeout, or a wait cut short by a terminating signal (the session loop checks `terminationSignal`).
                if milliseconds != nil || ct_pending_termination() != 0 { return nil }
                continue
            }
            if let event = KeyDecoder.event(status: status, code: UInt32(code), size: { self.size }) {
                if case .resize = event { previous = nil }
                return event
            }
        }
    }

    /// Draws `buffer`, writing only the cells that differ from the last frame. Afterwards
    /// `buffer` holds the storage of the frame before, for the next frame to be rendered into:
    /// swapping instead of keeping a copy saves copying every cell of the screen each frame.
    public func draw(_ buffer: inout ScreenBuffer) {
        let window = ct_stdscr()
        for change in buffer.changes(since: previous) {
            var character = cchar_t()
            var wide: [wchar_t] = change.cell.glyph.scalars.map { wchar_t(bitPattern: $0.value) }
            if wide.isEmpty { wide = [0x20] }
            wide.append(0)
            var pair = pairs.pair(for: change.cell.style)
            _ = setcchar(&character, wide, attributes(change.cell.style.attributes), 0, &pair)
            _ = mvwadd_wch(window, Int32(change.y), Int32(change.x), &character)
        }
        showCursor(at: buffer.cursor)
        wnoutrefresh(window)
        doupdate()
        drawHyperlinks(of: buffer)
        if previous?.size == buffer.size {
            swap(&previous!, &buffer)
        } else {
            previous = buffer
        }
    }

    /// Shows the terminal cursor at a prompt's insertion point (so input methods place their
    /// candidate window there), or hides it.
    private func showCursor(at position: CursorPosition?) {
        let window = ct_stdscr()
        if let position {
            leaveok(window, false)
            wmove(window, Int32(position.y), Int32(position.x))
            if !cursorShown { curs_set(1) }
        } else {
            leaveok(window, true)
            if cursorShown { curs_set(0) }
        }
        cursorShown = position != nil
    }

    /// Ctrl-Z: gives the terminal back and stops, as a shell job does; once continued (`fg`),
    /// takes the terminal again at its current size. The next `draw` repaints every cell.
    public func suspend() {
        ct_suspend()
        ct_resume()
        previous = nil
        cursorShown = false
    }

    /// Ctrl-L: the next `draw` clears the terminal and repaints every cell (whatever another
    /// program wrote over the screen goes).
    public func redrawAll() {
        clearok(ct_stdscr(), true)
        previous = nil
    }

    /// Gives the terminal back (idempotent).
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
    }

    private func attributes(_ attributes: TerminalAttributes) -> attr_t {
        var result = ct_A_NORMAL()
        if attributes.contains(.bold) { result |= ct_A_BOLD() }
        if attributes.contains(.dim) { result |= ct_A_DIM() }
        if attributes.contains(.italic) { result |= ct_A_ITALIC() }
        if attributes.contains(.underline) { result |= ct_A_UNDERLINE() }
        if attributes.contains(.reverse) { result |= ct_A_REVERSE() }
        return result
    }
}
