import Foundation
import HearsayIndex

extension CorpusOptions {
    /// The reader's candidate source over the index in the cache folder, on a connection of its
    /// own (opened when it is filled, after loading); `nil` with `--no-cache`, on the samples, or
    /// for paths that are not UTF-8 (the index keys files by text). Without it, or while it cannot
    /// answer (not filled yet, a cache that cannot be opened or written), the reader folds every
    /// article to search, as it always did.
    func searchCandidateSource() -> IndexCandidateSource? {
        guard !paths.isEmpty, !noCache, paths.allSatisfy({ RawArguments.bytes(of: $0) == Array($0.utf8) }),
            let folder = CacheFolder.resolve(explicit: cacheDir, environment: ProcessInfo.processInfo.environment)
        else { return nil }
        return IndexCandidateSource(cacheFolder: folder, paths: paths)
    }
}
