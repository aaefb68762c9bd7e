import Yams

/// A bound on what YAML aliases may expand front matter to.
///
/// Yams shares an aliased node instead of copying it, so composing costs little; the cost comes
/// later, when each alias is read as its own text (1,000 `*a` of a 100 KB string make 100 MB of
/// tags). Without aliases, the scalars never hold more bytes than the YAML itself, so the bound is
/// the YAML's size plus a margin that ordinary anchors (a shared tag list) never reach.
enum ExpansionBudget {
    static let margin = 256 << 10

    static func limit(sourceBytes: Int) -> Int { sourceBytes + margin }

    /// Whether `node`, every alias expanded, stays within the limit. Each node costs its scalar's
    /// bytes plus one, so a bomb of nested empty sequences is refused too; the walk stops as soon
    /// as the budget is spent, so it is itself bounded by the limit.
    static func fits(_ node: Node, sourceBytes: Int) -> Bool {
        var remaining = limit(sourceBytes: sourceBytes)
        return spend(node, &remaining)
    }

    private static func spend(_ node: Node, _ remaining: inout Int) -> Bool {
        remaining -= 1
        switch node {
        case .scalar(let scalar):
            remaining -= scalar.string.utf8.count
        case .sequence(let sequence):
            for child in sequence where remaining >= 0 {
                if !spend(child, &remaining) { return false }
            }
        case .mapping(let mapping):
            for (key, value) in mapping where remaining >= 0 {
                if !spend(key, &remaining) || !spend(value, &remaining) { return false }
            }
        case .alias:
            break
        }
        return remaining >= 0
    }
}
