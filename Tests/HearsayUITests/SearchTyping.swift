/// Key scripts for typing text at a prompt: `typed("speaker:Maria 储能")` is
/// `s p e a k e r : M a r i a <Space> 储 能` for `KeyScript.send`.
enum SearchTyping {
    static func typed(_ text: String) -> String {
        text.map { $0 == " " ? "<Space>" : String($0) }.joined(separator: " ")
    }
}
