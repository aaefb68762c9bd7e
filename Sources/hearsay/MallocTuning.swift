#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator, set at the start of `main`, before any other thread allocates. Loading
/// decodes and parses on worker threads; by default each gets an arena of its own, and what a
/// batch frees there stays mapped: at 10,000 articles a warm start peaked 8–10 MiB higher
/// (Benchmarks/INDEX.md). One arena, whose free top is handed back past 1 MiB, cost no
/// measurable time on the warm start.
enum MallocTuning {
    static let arenaCount: Int32 = 1
    static let trimThresholdBytes: Int32 = 1 << 20

    /// Whether glibc took both settings (`false` elsewhere: nothing to tune).
    @discardableResult
    static func apply() -> Bool {
        #if canImport(Glibc)
        // malloc.h is not in the Glibc module: the function is looked up, the constants are glibc's ABI.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let trimThreshold: Int32 = -1, arenaMax: Int32 = -8
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        return mallopt(arenaMax, arenaCount) == 1 && mallopt(trimThreshold, trimThresholdBytes) == 1
        #else
        return false
        #endif
    }
}
