/// A 64-bit hash of a file's bytes, to tell whether content changed when its stamp cannot say
/// (same size and times, or written just as it was indexed). Not cryptographic: it guards against
/// accidents, not against someone crafting a collision to hide an edit from their own cache.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> Int64 {
        // FNV-1a over 8-byte words, then a final avalanche (SplitMix64's), with the length mixed in.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        bytes.withUnsafeBytes { raw in
            let wordCount = raw.count / 8
            for index in 0..<wordCount {
                let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
                hash = (hash ^ word) &* prime
                hash ^= hash >> 29
            }
            for offset in (wordCount * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* prime
            }
        }
        hash ^= UInt64(bytes.count)
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return Int64(bitPattern: hash ^ (hash >> 31))
    }
}
