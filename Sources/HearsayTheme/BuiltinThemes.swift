/// The theme files shipped in the top-level `themes/` folder, embedded in the executable
/// (`.embedInCode`), in the order `hearsay themes` lists them and `t` cycles them.
public enum BuiltinThemes {
    public static let files: [(name: String, text: String)] = [
        ("default", PackageResources.default_toml),
        ("light", PackageResources.light_toml),
        ("high-contrast", PackageResources.high_contrast_toml),
        ("solarized-dark", PackageResources.solarized_dark_toml),
        ("monochrome", PackageResources.monochrome_toml),
    ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
}
