import Foundation

/// Where `show` writes: standard output, or a pager on a terminal, as git does. `$PAGER` (default `less -R`) runs
/// through `sh -c`, as git runs it, so a `$PAGER` with options (`less -S`) works; the article text goes to its
/// standard input, never into a command line. `LESS` defaults to `FRX` (quit when it fits one screen, keep the
/// colours, leave the text on screen).
final class PagedOutput {
    private var pager: pid_t?
    private let handle: FileHandle
    /// The pager quit before reading everything (the reader pressed q): the rest is dropped quietly.
    private var closed = false

    /// The pager's command, or `nil` to write straight to standard output: not a terminal, `--no-pager`, or a
    /// `$PAGER` that is empty or `cat`.
    static func command(environment: [String: String], isTerminal: Bool, noPager: Bool) -> String? {
        guard isTerminal, !noPager else { return nil }
        guard let configured = environment["PAGER"] else { return isOnPath("less", environment: environment) ? "less -R" : nil }
        let trimmed = configured.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// The environment the pager runs in: `LESS=FRX` and `LV=-c` when unset (git's defaults).
    static func environment(_ environment: [String: String]) -> [String: String] {
        var result = environment
        if result["LESS"] == nil { result["LESS"] = "FRX" }
        if result["LV"] == nil { result["LV"] = "-c" }
        return result
    }

    init(command: String?, environment: [String: String]) {
        guard let command, let (pid, input) = Self.spawn(command, environment: Self.environment(environment)) else {
            handle = FileHandle.standardOutput
            return
        }
        // A pager that quits early must not kill hearsay with SIGPIPE: the write fails instead.
        signal(SIGPIPE, SIG_IGN)
        pager = pid
        handle = FileHandle(fileDescriptor: input, closeOnDealloc: true)
    }

    /// `sh -c command` reading a new pipe, whose writing end is returned. Spawned here rather than with
    /// `Process`, which puts the child in a process group of its own: a pager there is in the background of
    /// the terminal and is stopped (SIGTTOU) as soon as it sets the terminal up.
    private static func spawn(_ command: String, environment: [String: String]) -> (pid_t, Int32)? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        let words: [String] = ["sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, variables)
        close(ends[0])
        guard status == 0 else {
            close(ends[1])
            return nil
        }
        return (pid, ends[1])
    }

    func write(_ text: String) {
        guard !closed else { return }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            closed = true
        }
    }

    /// Closes the pager's input and waits for the reader to quit it.
    func finish() {
        guard let pager else { return }
        try? handle.close()
        var status: Int32 = 0
        while waitpid(pager, &status, 0) == -1 && errno == EINTR {}
    }

    private static func isOnPath(_ name: String, environment: [String: String]) -> Bool {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
