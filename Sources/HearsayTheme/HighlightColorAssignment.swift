/// Gives the highlight colours (backgrounds) entries of a small palette that keep them apart:
/// from each other, from the page and from the text drawn on them.
///
/// While every colour's nearest entry is free of those clashes, that is its entry. Otherwise
/// the colours take the distinct entries that are closest in total (CIEDE2000), each choosing
/// among its `n` nearest allowed entries (`n` the number of colours, which always leaves a
/// distinct choice). Closest in total rather than greedily one colour at a time: at 8 colours
/// Solarized's yellow (#b58900) and green (#859900) are both nearest to yellow, and a greedy
/// pass gives yellow to the green, which is nearer still, and green to the yellow.
/// Only when the palette has fewer allowed entries than colours do colours share one
/// (`distinct` is then false). `default` colours stay `default`.
public enum HighlightColorAssignment {
    public static func assign(
        _ colors: [ThemeColor], at depth: ColorDepth, avoiding avoided: Set<TerminalColor>
    )
        -> (colors: [TerminalColor], distinct: Bool)
    {
        let plain = colors.map { ColorMapper.map($0, to: depth) }
        let colored = colors.indices.filter { colors[$0].displayedRGB != nil && plain[$0] != .default }
        let plainColored = colored.map { plain[$0] }
        let plainDistinct = Set(plainColored).count == plainColored.count
        guard let palette = ColorMapper.palette(for: depth) else { return (plain, plainDistinct) }
        if plainDistinct, avoided.isDisjoint(with: plainColored) { return (plain, true) }

        // The plain results are candidates too: a palette index written in the theme (a
        // bright ANSI colour at 256) maps to itself, outside the depth's RGB palette.
        var candidates = Set(palette)
        for case .indexed(let index) in plainColored { candidates.insert(index) }
        for case .indexed(let index) in avoided { candidates.remove(index) }
        guard !candidates.isEmpty else { return (plain, false) }

        let choices: [[(entry: UInt8, distance: Double)]] = colored.map { index in
            let rgb = colors[index].displayedRGB!
            return candidates.map { (entry: $0, distance: ColorMapper.distance(rgb, toEntry: $0)) }
                .sorted { ($0.distance, $0.entry) < ($1.distance, $1.entry) }
                .prefix(colored.count).map { $0 }
        }
        var result = plain
        guard candidates.count >= colored.count else {
            // Too few entries to keep them apart: each takes its nearest.
            for (position, index) in colored.enumerated() { result[index] = .indexed(choices[position][0].entry) }
            return (result, false)
        }
        let best = closestDistinct(choices)
        for (position, index) in colored.enumerated() { result[index] = .indexed(best[position]) }
        return (result, true)
    }

    /// One entry per colour, all different, with the smallest total distance (depth-first with
    /// pruning; at most n^n paths for n colours, 3125 for the five highlights).
    private static func closestDistinct(_ choices: [[(entry: UInt8, distance: Double)]]) -> [UInt8] {
        var best: [UInt8] = []
        var bestTotal = Double.infinity
        var chosen: [UInt8] = []
        func search(_ position: Int, _ total: Double) {
            guard total < bestTotal else { return }
            guard position < choices.count else {
                best = chosen
                bestTotal = total
                return
            }
            for choice in choices[position] where !chosen.contains(choice.entry) {
                chosen.append(choice.entry)
                search(position + 1, total + choice.distance)
                chosen.removeLast()
            }
        }
        search(0, 0)
        return best
    }
}
