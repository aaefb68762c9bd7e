/// `text` made safe (`DisplaySafety`) and cut to at most `toWidth` columns at a grapheme cluster
/// boundary, with `ellipsis` appended when something was cut (for list titles and status lines).
public func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
    let safe = DisplaySafety.sanitized(text)
    guard width > 0 else { return "" }
    if DisplayWidth.of(safe) <= width { return safe }
    let marker = DisplaySafety.sanitized(ellipsis)
    let markerWidth = DisplayWidth.of(marker)
    let room = width - markerWidth
    guard room >= 0 else { return truncate(safe, toWidth: width, ellipsis: "") }
    var result = ""
    var used = 0
    for character in safe {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > room { break }
        result.append(character)
        used += characterWidth
    }
    return result + marker
}
