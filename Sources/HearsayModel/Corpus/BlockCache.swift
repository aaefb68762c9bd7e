import Foundation

/// Lazy bodies' blocks, least recently used first out, bounded by the UTF-8 bytes of their text
/// (a sensible proxy for their memory). Thread safe: the screen and background work read bodies.
public final class BlockCache: @unchecked Sendable {
    /// The cache lazy bodies use unless told otherwise.
    public static let shared = BlockCache(limitBytes: 64 << 20)

    public let limitBytes: Int
    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]
    /// Most recently used last; positions are stamps, stale ones skipped (no list to relink).
    private var order: [(key: ObjectIdentifier, stamp: Int)] = []
    private var nextStamp = 0
    private var heldBytes = 0
    private var readCount = 0

    private struct Entry {
        var blocks: [Block]
        var bytes: Int
        var stamp: Int
    }

    public init(limitBytes: Int) {
        self.limitBytes = limitBytes
    }

    /// Bytes of block text held now.
    public var bytes: Int { lock.withLock { heldBytes } }

    /// Bodies held now.
    public var count: Int { lock.withLock { entries.count } }

    /// Bodies stored since the start: each is a file read and parsed.
    public var reads: Int { lock.withLock { readCount } }

    func blocks(for key: ObjectIdentifier) -> [Block]? {
        lock.withLock {
            guard let entry = entries[key] else { return nil }
            touch(key)
            return entry.blocks
        }
    }

    func store(_ blocks: [Block], for key: ObjectIdentifier) {
        let bytes = blocks.reduce(0) { $0 + $1.text.utf8.count }
        lock.withLock {
            readCount += 1
            if let old = entries.removeValue(forKey: key) { heldBytes -= old.bytes }
            entries[key] = Entry(blocks: blocks, bytes: bytes, stamp: 0)
            heldBytes += bytes
            touch(key)
            evict(keeping: key)
        }
    }

    func remove(_ key: ObjectIdentifier) {
        lock.withLock {
            if let old = entries.removeValue(forKey: key) { heldBytes -= old.bytes }
        }
    }

    /// Marks `key` most recently used (the caller holds the lock).
    private func touch(_ key: ObjectIdentifier) {
        nextStamp += 1
        entries[key]?.stamp = nextStamp
        order.append((key, nextStamp))
    }

    /// Lets the least recently used go until the text fits (the newest always stays).
    private func evict(keeping newest: ObjectIdentifier) {
        var position = 0
        while heldBytes > limitBytes, position < order.count {
            let (key, stamp) = order[position]
            position += 1
            guard let entry = entries[key], entry.stamp == stamp else { continue }
            if key == newest {
                position -= 1
                break
            }
            entries[key] = nil
            heldBytes -= entry.bytes
        }
        order.removeFirst(position)
        // Stale stamps (touched again since) pile up: drop them once they outnumber the entries.
        if order.count > 4 * entries.count + 64 {
            order = order.filter { entries[$0.key]?.stamp == $0.stamp }
        }
    }
}
