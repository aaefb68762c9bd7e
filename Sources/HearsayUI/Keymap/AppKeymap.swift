extension KeymapSection {
    /// Bindings that work everywhere, even inside overlays.
    public static let everywhere = KeymapSection(
        mode: .everywhere, title: "Everywhere",
        bindings: [
            KeyBinding([.control("c")], .app(.quit), "quit at once"),
            KeyBinding([.control("z")], .app(.suspend), "suspend to the shell (fg brings it back)"),
            KeyBinding([.control("l")], .app(.redraw), "redraw the screen"),
        ])

    /// Bindings shared by the list, reader and dialogue views.
    public static let views = KeymapSection(
        mode: .views, title: "All views",
        bindings: [
            KeyBinding([.character("q")], .app(.back), "back to the previous view; q at the list quits", label: "q Esc"),
            KeyBinding([.escape], .app(.close), "back, never quitting", listedInHelp: false),
            KeyBinding([.character("?")], .app(.showHelp), "this help"),
            KeyBinding([.character("t")], .theme(.cycle), "next colour theme (remembered)"),
            KeyBinding([.character("R")], .app(.reload), "reload: files added, changed or deleted on disk"),
        ])
}
