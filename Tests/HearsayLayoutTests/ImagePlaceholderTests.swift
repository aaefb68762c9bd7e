import HearsayLayout
import HearsayModel
import Testing

struct ImagePlaceholderTests {
    static func placeholder(alt: String, width: Int) -> String {
        let article = Article(
            id: "image", format: .markdown, title: "图",
            blocks: [Block(kind: .image(url: "https://example.org/i.png"), plain: alt)])
        let layout = ArticleLayout(article: article, width: width, mode: .article)
        return TextRendering.plain(layout.line(2))
    }

    @Test func altTextIsShownAndCutToTheWidth() {
        #expect(Self.placeholder(alt: "江边旧仓库的红砖外墙", width: 40) == "[图片: 江边旧仓库的红砖外墙]")
        #expect(Self.placeholder(alt: "江边旧仓库的红砖外墙", width: 16) == "[图片: 江边旧…]")
        #expect(Self.placeholder(alt: "图片", width: 40) == "[图片]")
        #expect(Self.placeholder(alt: "巴黎", width: 9) == "[图片]")
        #expect(Self.placeholder(alt: "巴黎", width: 4) == "[图…")
    }
}
