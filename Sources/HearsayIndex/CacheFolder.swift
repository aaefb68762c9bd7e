/// Where the index lives: `$XDG_CACHE_HOME/hearsay`, else `~/.cache/hearsay` (XDG Base Directory
/// defaults; a relative `XDG_CACHE_HOME` is ignored, as the specification requires).
public enum CacheFolder {
    public static func resolve(explicit: String? = nil, environment: [String: String]) -> String? {
        if let explicit { return explicit }
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            return cacheHome + "/hearsay"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.cache/hearsay"
    }
}
