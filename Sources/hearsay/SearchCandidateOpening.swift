import Foundation
import HearsayIndex

extension CorpusOptions {
    /// The reader's candidate source over the index in the cache folder, on a connection of its
    /// own; `nil` with `--no-cache`, on the samples, for paths that are not UTF-8 (the index keys
    /// files by text) or when the cache cannot be opened: the reader then folds every article to
    /// search, as it always did.
    func searchCandidateSource() -> IndexCandidateSource? {
        guard !paths.isEmpty, !noCache, paths.allSatisfy({ RawArguments.bytes(of: $0) == Array($0.utf8) }),
            let folder = CacheFolder.resolve(explicit: cacheDir, environment: ProcessInfo.processInfo.environment),
            let index = ArticleIndex.open(folder: folder).index
        else { return nil }
        return IndexCandidateSource(index: index, paths: paths)
    }
}
