import Foundation

/// Measures `--measure-startup`: from the process's start (per /proc, 10 ms ticks) and from
/// `main` to the first frame on screen, and to the last article loaded (the corpus loads after
/// the first frame), with the CPU time spent by then. Reported on stderr after the terminal is
/// restored.
final class StartupClock: @unchecked Sendable {
    private let mainStarted: Date
    private var firstFrame: Date?
    private var sinceExec: Double?
    private let lock = NSLock()
    private var loaded: (at: Date, cpuSeconds: Double)?

    init(processStart: Date) { mainStarted = processStart }

    func markFirstFrame() {
        firstFrame = Date()
        sinceExec = StartupClock.secondsSinceExec()
    }

    /// The last article is loaded (called on the loading thread).
    func markLoaded() {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        lock.withLock { loaded = (Date(), cpu) }
    }

    func report() {
        guard let firstFrame else { return }
        let fromMain = firstFrame.timeIntervalSince(mainStarted) * 1000
        var line = String(format: "startup: first frame %.1f ms after main", fromMain)
        if let sinceExec { line += String(format: ", %.0f ms after exec (10 ms resolution)", sinceExec * 1000) }
        if let loaded = lock.withLock({ loaded }) {
            line += String(
                format: "; everything loaded %.0f ms after main (CPU %.0f ms, all threads)",
                loaded.at.timeIntervalSince(mainStarted) * 1000, loaded.cpuSeconds * 1000)
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Seconds since this process was exec'd: /proc/uptime minus /proc/self/stat's start time.
    static func secondsSinceExec() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 of the whole line is the 20th after the command name.
        guard fields.count > 19, let ticks = Double(fields[19]), let now = Double(uptime.split(separator: " ")[0]) else { return nil }
        return now - ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
