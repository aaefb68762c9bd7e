import CYaml

/// A bound on what YAML aliases may expand front matter to, checked on libyaml's events before
/// Yams composes anything.
///
/// Composing shares an aliased node instead of copying it, but what follows does not: reading
/// 1,000 `*a` of a 100 KB string as tags makes 100 MB, and Yams's duplicate-key check hashes an
/// aliased key whole (ten nested levels of ten aliases: 10^10 nodes, a hang). Without aliases the
/// nodes never hold more bytes than the YAML itself, so the bound is the YAML's size plus a margin
/// that ordinary anchors (a shared tag list) never reach.
enum ExpansionBudget {
    static let margin = 256 << 10

    static func limit(sourceBytes: Int) -> Int { sourceBytes + margin }

    /// Whether `yaml`, every alias expanded, stays within the limit: each node costs one plus its
    /// scalar's bytes; an alias costs what its anchor's node cost. One pass over the events, with
    /// no expansion done, so a bomb costs no more to measure than its text. Malformed YAML passes
    /// (Yams reports it).
    static func fits(_ yaml: String) -> Bool {
        let bytes = Array(yaml.utf8)
        let limit = limit(sourceBytes: bytes.count)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return true }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var anchors: [String: Int] = [:]
            // Open collections: their anchor and their cost so far. The bottom entry is the stream.
            var open: [(anchor: String?, cost: Int)] = [(nil, 0)]
            func add(_ cost: Int) -> Bool {
                open[open.count - 1].cost = min(open[open.count - 1].cost + cost, limit + 1)
                return open[open.count - 1].cost <= limit
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return true }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return true
                case YAML_SCALAR_EVENT:
                    let cost = 1 + Int(event.data.scalar.length)
                    if let name = text(event.data.scalar.anchor) { anchors[name] = cost }
                    if !add(cost) { return false }
                case YAML_ALIAS_EVENT:
                    if !add(text(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1) { return false }
                case YAML_SEQUENCE_START_EVENT:
                    open.append((text(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((text(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard open.count > 1 else { return true }
                    let closed = open.removeLast()
                    if let name = closed.anchor { anchors[name] = closed.cost }
                    if !add(closed.cost) { return false }
                default:
                    break
                }
            }
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
