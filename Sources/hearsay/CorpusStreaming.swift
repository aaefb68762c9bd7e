import Foundation
import HearsayModel
import HearsaySession
import HearsayUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader's corpus, loading after the first frame: a `StreamingCorpusLoader` on its own
/// thread posts the articles in batches to the session's inbox, with the user's speakers.toml
/// applied and the loading problems summed up at the end. Keeps the articles loaded so far for
/// what runs outside the loop (the crash recovery file).
final class CorpusStreaming: @unchecked Sendable {
    let inbox: EventInbox
    private let lock = NSLock()
    private var loaded: [Article] = []

    init(inbox: EventInbox) {
        self.inbox = inbox
    }

    /// The articles loaded so far.
    var articles: [Article] { lock.withLock { loaded } }

    /// Starts loading `paths` (bytes as given) into the inbox.
    func start(paths: [[UInt8]]) {
        let (overrides, problems) = SpeakerOverrides.load(environment: ProcessInfo.processInfo.environment)
        let loader = StreamingCorpusLoader(
            pathBytes: paths,
            adjust: { articles in
                overrides.isEmpty ? articles : Corpus(articles: articles).applying(overrides).articles
            },
            summarize: { diagnostics in LoadingSummary.statusLine(for: Corpus(articles: [], diagnostics: problems + diagnostics)) })
        inbox.open()
        inbox.post(.corpusChanged(CorpusChange(diagnostics: problems, progress: LoadingProgress(done: 0, total: nil))))
        loader.start { [self] change in
            lock.withLock { loaded += change.appended }
            inbox.post(.corpusChanged(change))
            if change.progress == nil { inbox.close() }
        }
    }

    /// Whether every path given is missing or unreadable: then there is nothing to show, and the
    /// command says why before the screen starts (as a load before it would).
    static func nonePathReadable(_ paths: [[UInt8]]) -> Bool {
        paths.allSatisfy { path in
            (path + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { access($0.baseAddress!, R_OK) != 0 }
            }
        }
    }
}
