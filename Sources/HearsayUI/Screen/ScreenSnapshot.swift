import HearsayTheme

extension ScreenBuffer {
    /// The screen as plain text: one line per row, trailing blanks removed, continuation cells
    /// skipped (a wide character already covers them). What `tmux capture-pane -p` shows.
    public var plainText: String {
        rows.joined(separator: "\n")
    }

    /// Each row as text, trailing blanks removed.
    public var rows: [String] {
        (0..<size.height).map { rowText($0) }
    }

    /// Row `y` as text, trailing blanks removed.
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.width where !self[x, y].isContinuation {
            line += self[x, y].text
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The display column where `needle` starts in row `y`, or `nil`.
    public func column(of needle: String, inRow y: Int) -> Int? {
        var column = 0
        var text = ""
        var starts: [Int] = []
        for x in 0..<size.width where !self[x, y].isContinuation {
            for _ in self[x, y].text.unicodeScalars { starts.append(column) }
            text += self[x, y].text
            column += Int(self[x, y].width)
        }
        guard let range = text.range(of: needle) else { return nil }
        let scalarOffset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return starts[scalarOffset]
    }

    /// A map of styles: one line per row, one letter per column naming the cell's style in
    /// `legend` (letters assigned in order of first appearance, `.` for the plain style).
    public func styleMap() -> (map: String, legend: [(letter: Character, style: TerminalStyle)]) {
        var letters: [TerminalStyle: Character] = [.plain: "."]
        var legend: [(letter: Character, style: TerminalStyle)] = []
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var lines: [String] = []
        for y in 0..<size.height {
            var line = ""
            for x in 0..<size.width {
                let style = self[x, y].style
                if letters[style] == nil {
                    let letter = legend.count < alphabet.count ? alphabet[legend.count] : "?"
                    letters[style] = letter
                    legend.append((letter, style))
                }
                line.append(letters[style]!)
            }
            lines.append(line)
        }
        return (lines.joined(separator: "\n"), legend)
    }
}
