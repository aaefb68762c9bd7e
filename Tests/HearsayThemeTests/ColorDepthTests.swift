import Testing

@testable import HearsayTheme

struct ColorDepthTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var environment: [String: String]
        var colors: Int
        var drawsRGB: Bool
        var choice: ColorChoice
        var expected: ColorDepth
        var testDescription: String { "\(environment) COLORS=\(colors) rgb=\(drawsRGB) --color=\(choice)" }
    }

    static let cases: [Case] = [
        // A direct-colour description (xterm-direct) is 24-bit whatever COLORTERM says.
        Case(environment: [:], colors: 1 << 24, drawsRGB: false, choice: .auto, expected: .trueColor),
        // COLORTERM on a 256-colour description, for a program writing its own RGB escapes.
        Case(environment: ["COLORTERM": "truecolor"], colors: 256, drawsRGB: true, choice: .auto, expected: .trueColor),
        Case(environment: ["COLORTERM": "24bit"], colors: 256, drawsRGB: true, choice: .auto, expected: .trueColor),
        Case(environment: ["COLORTERM": "TrueColor"], colors: 256, drawsRGB: true, choice: .auto, expected: .trueColor),
        // ... but not through ncurses, which would have to redefine the palette: the nearest of 256.
        Case(environment: ["COLORTERM": "truecolor"], colors: 256, drawsRGB: false, choice: .auto, expected: .colors256),
        Case(environment: ["COLORTERM": "yes"], colors: 256, drawsRGB: true, choice: .auto, expected: .colors256),
        Case(environment: [:], colors: 256, drawsRGB: true, choice: .auto, expected: .colors256),
        Case(environment: [:], colors: 88, drawsRGB: false, choice: .auto, expected: .colors16),
        Case(environment: [:], colors: 16, drawsRGB: false, choice: .auto, expected: .colors16),
        Case(environment: [:], colors: 8, drawsRGB: false, choice: .auto, expected: .colors8),
        Case(environment: [:], colors: 0, drawsRGB: false, choice: .auto, expected: .none),
        Case(environment: [:], colors: -1, drawsRGB: false, choice: .always, expected: .none),
        // NO_COLOR (non-empty) turns colour off unless --color=always; empty NO_COLOR is ignored.
        Case(environment: ["NO_COLOR": "1"], colors: 1 << 24, drawsRGB: true, choice: .auto, expected: .none),
        Case(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 256, drawsRGB: true, choice: .auto, expected: .none),
        Case(environment: ["NO_COLOR": ""], colors: 256, drawsRGB: false, choice: .auto, expected: .colors256),
        Case(environment: ["NO_COLOR": "1"], colors: 256, drawsRGB: false, choice: .always, expected: .colors256),
        Case(environment: ["COLORTERM": "truecolor"], colors: 1 << 24, drawsRGB: true, choice: .never, expected: .none),
    ]

    @Test(arguments: cases)
    func detect(_ entry: Case) {
        #expect(
            ColorDepth.detect(
                environment: entry.environment, terminalColors: entry.colors,
                drawsRGBItself: entry.drawsRGB, choice: entry.choice) == entry.expected)
    }

    @Test func directColorIsWantedOnlyWithColorAndCOLORTERM() {
        #expect(ColorDepth.prefersDirectColor(environment: ["COLORTERM": "truecolor"]))
        #expect(!ColorDepth.prefersDirectColor(environment: [:]))
        #expect(!ColorDepth.prefersDirectColor(environment: ["COLORTERM": "truecolor", "NO_COLOR": "1"]))
        #expect(ColorDepth.prefersDirectColor(environment: ["COLORTERM": "truecolor", "NO_COLOR": "1"], choice: .always))
        #expect(!ColorDepth.prefersDirectColor(environment: ["COLORTERM": "24bit"], choice: .never))
    }

    @Test func depthsOrderFromNoneToTrueColor() {
        #expect(ColorDepth.none < .colors8)
        #expect(ColorDepth.colors8 < .colors16)
        #expect(ColorDepth.colors256 < .trueColor)
    }
}
