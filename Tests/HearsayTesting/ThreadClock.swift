#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of the calling thread (not the wall clock: other processes do not count), for the
/// tests that compare the cost of N and 4N (linearity), never against a fixed threshold.
public enum ThreadClock {
    public static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The least CPU time, in nanoseconds, of `runs` runs of `work` (the others were interrupted more).
    public static func fastest(of runs: Int = 3, _ work: () -> Void) -> Double {
        (0..<runs).map { _ in
            let start = nanoseconds()
            work()
            return Double(nanoseconds() - start)
        }.min()!
    }
}
