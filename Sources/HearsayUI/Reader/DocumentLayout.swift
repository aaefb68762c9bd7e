// TODO(layout): `typealias DocumentLayout = ArticleLayout` (HearsayLayout) once it is on main.
typealias DocumentLayout = PlaceholderLayout
typealias DocumentLayoutMode = PlaceholderLayoutMode
