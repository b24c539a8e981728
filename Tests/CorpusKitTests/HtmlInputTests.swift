import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// HTML pages through the loader: article text and furniture told apart from the DOM, metadata
/// from the markup, and bad pages skipped or capped with a warning while the rest loads.
@Suite struct HtmlInputTests {
  static let paragraphs = [
    "The city council voted on Tuesday to expand the river park, ending a debate that had divided the town for more than two years.",
    "Supporters said the plan would give families a place to walk and would protect the wetland from the new housing that was planned there.",
    "Opponents, who had argued that the cost was too high for a town of its size, said they would accept the result and work with the council.",
    "The first phase of the work is expected to begin in the spring, and the mayor said she hoped that it would be finished before the summer.",
  ]

  /// A news page of the usual shape: menu, headline, byline, body, related links, footer.
  static func page(
    headline: String = "Council votes to expand the river park", extraHead: String = ""
  ) -> String {
    let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    return """
      <!DOCTYPE html>
      <html><head><meta charset="utf-8">
      <title>\(headline) - The Riverside Gazette</title>
      <meta property="og:site_name" content="The Riverside Gazette">
      <meta property="article:published_time" content="2024-03-05T09:30:00Z">
      \(extraHead)
      <script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style>
      </head><body>
      <div id="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></div>
      <div class="article"><h1>\(headline)</h1>
      <p class="byline">By Jane Smith</p>
      \(body)
      <div class="related"><h3>Related stories</h3><ul><li><a href="/a">Bridge to close for repairs next month</a></li><li><a href="/b">School budget approved after long meeting</a></li></ul></div>
      </div>
      <div id="footer"><p>Copyright 2024 The Riverside Gazette. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div>
      </body></html>
      """
  }

  @Test func aPageWithoutADateInItsMarkupGivesTheDatelineAboveItsArticle() throws {
    // Above the headline, where the markup's own dateline reading (headline to body) misses it.
    let dir = TempFolder()
    let page = Self.page().replacingOccurrences(
      of: "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\">",
      with: ""
    ).replacingOccurrences(
      of: "<div class=\"article\">",
      with: "<div class=\"article\"><p>Posted: March 4, 2024, 4:30 PM</p>")
    dir.write("council.html", page)
    let d = try #require(try CorpusLoader.load(dir.path).document(id: "council"))
    #expect(d.date == "2024-03-04")
    // No dateline at all: no date, rather than one from the body.
    dir.write(
      "council.html",
      Self.page().replacingOccurrences(
        of: "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\">",
        with: ""))
    let e = try #require(try CorpusLoader.load(dir.path).document(id: "council"))
    #expect(e.date == nil)
  }

  @Test func aSectionLabelInTheTitleIsNoOutlet() {
    // "Headline - Breaking News - National - Breaking News", "Headline : US Sports": sections.
    #expect(
      HtmlMetadata.siteSegment(
        "Council votes to expand the river park - Breaking News - National - Breaking News",
        headline: "Council votes to expand the river park") == nil)
    #expect(
      HtmlMetadata.siteSegment(
        "Council votes to expand the river park : US Sports",
        headline: "Council votes to expand the river park") == nil)
    // The site after the headline, the section last.
    #expect(
      HtmlMetadata.siteSegment(
        "Council votes to expand the river park - Riverside Gazette > Local News",
        headline: "Council votes to expand the river park") == "Riverside Gazette")
    // The separator's colon is not part of the name.
    #expect(
      HtmlMetadata.siteSegment(
        "Star-Telegram.com: | 01/02/2008 | Council votes to expand the river park",
        headline: "Council votes to expand the river park") == "Star-Telegram.com")
  }

  @Test func articlePageGivesBodyTitleDateAndOutlet() throws {
    let dir = TempFolder()
    dir.write("council.html", Self.page())
    let corpus = try CorpusLoader.load(dir.path)
    let d = try #require(corpus.document(id: "council"))
    #expect(d.format == .html)
    #expect(d.title == "Council votes to expand the river park")
    #expect(d.date == "2024-03-05")
    #expect(d.outlet == "The Riverside Gazette")
    let body = d.bodyParagraphs.map { d.slice($0.range) }
    #expect(body == Self.paragraphs)
    // The furniture is kept, marked, for `show --all`: menu, related links, footer.
    let furniture = d.paragraphs.filter { !$0.kind.isArticleText }.map { d.slice($0.range) }
    #expect(furniture.contains("Weather"))
    #expect(furniture.contains("Related stories"))
    #expect(furniture.contains { $0.contains("Copyright 2024") })
    #expect(furniture.contains("Bridge to close for repairs next month"))
    #expect(d.paragraphs.contains { $0.kind == .title && d.slice($0.range) == d.title })
    // Script and style text never reaches the document.
    #expect(!d.text.string.contains("not text") && !d.text.string.contains("color: red"))
  }

  @Test func jsonLDNewsArticleGivesHeadlineDateAndPublisher() throws {
    let ld = """
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Council votes to expand the river park", "datePublished": "2024-03-04",
      "publisher": {"@type": "Organization", "name": "Gazette Media"}}</script>
      """
    let page = Self.page(extraHead: ld).replacingOccurrences(
      of: "<meta property=\"og:site_name\" content=\"The Riverside Gazette\">", with: ""
    )
    .replacingOccurrences(
      of: "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\">", with: "")
    let (raw, _) = HtmlArticleReader.read(Array(page.utf8), path: "p.html", id: "p")
    let r = try #require(raw)
    #expect(r.date == "2024-03-04")
    #expect(r.outlet == "Gazette Media")
    #expect(r.title == "Council votes to expand the river park")
  }

  @Test func titleLosesItsSiteNameWithoutAHeadingAndTimeGivesTheDate() throws {
    let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
    let page = """
      <html><head><title>Council votes to expand the river park | The Riverside Gazette</title></head>
      <body><p><time datetime="2024-02-29">Thursday</time></p>\(body)</body></html>
      """
    let (raw, _) = HtmlArticleReader.read(Array(page.utf8), path: "p.html", id: "p")
    let r = try #require(raw)
    #expect(r.title == "Council votes to expand the river park")
    #expect(r.date == "2024-02-29")
  }

  @Test func topHeadingAboveABylineDateAndRelatedLinksIsTheTitle() throws {
    // No <title>; the h1 holds an abbreviation's full stops ("U.S.") and stands above a byline,
    // a date and a box of related links, eight blocks above the body.
    let headline = "Council says U.S. grant may pay for the river park and the new bridge"
    let related = (1...5).map { "<li><a href=\"/r\($0)\">Other story number \($0)</a></li>" }
    let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
    let page = """
      <html><head></head><body><h1>\(headline)</h1><p>By Jane Smith</p>
      <div>Tuesday, March 5, 2024</div><h5>Related Articles</h5><ul>\(related.joined())</ul>
      \(body)</body></html>
      """
    let (raw, _) = HtmlArticleReader.read(Array(page.utf8), path: "p.html", id: "p")
    #expect(try #require(raw).title == headline)
  }

  @Test(arguments: [
    "Council votes to expand the river park",
    "Council votes to expand the river park with a U.S. grant for its wetland",
  ])
  func headlineStyledAsTheBodysFirstLineIsTheTitleNotBody(_ headline: String) throws {
    // The <title> names the headline; the page prints it as the first line of the article.
    let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
    let page = """
      <html><head><title>\(headline) | The Riverside Gazette</title></head>
      <body><div class="story"><p>\(headline)</p>\(body)</div></body></html>
      """
    let dir = TempFolder()
    dir.write("p.html", page)
    let d = try #require(try CorpusLoader.load(dir.path).document(id: "p"))
    #expect(d.title == headline)
    #expect(!d.paragraphs.contains { $0.kind == .body && d.slice($0.range) == headline })
  }

  @Test func siteNameTitleIsNotTakenForAHeadline() throws {
    // A <title> that only names the site, which the story never echoes: no title rather than a wrong one.
    let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
    let page =
      "<html><head><title>Gazette Online Network Services</title></head><body>\(body)</body></html>"
    let (raw, _) = HtmlArticleReader.read(Array(page.utf8), path: "p.html", id: "p")
    #expect(try #require(raw).title == nil)
  }

  @Test func windows1252AndLatin2PagesDecode() throws {
    let dir = TempFolder()
    let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
    // "café “quoted”" in Windows-1252, declared.
    var cp: [UInt8] =
      Array("<html><head><meta charset=\"windows-1252\"></head><body><h1>The caf".utf8) + [0xE9]
    cp +=
      Array(" reopens on the square</h1><p>Owners said ".utf8) + [0x93] + Array("welcome back".utf8)
      + [0x94]
    cp += Array(
      " to all of the customers who had waited for the whole of the long winter.</p>\(body)</body></html>"
        .utf8)
    dir.write("cafe.html", cp)
    // "Łódź" in ISO-8859-2, declared with http-equiv.
    var l2: [UInt8] = Array(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body><p>The festival in "
        .utf8)
    l2 += [0xA3, 0xF3, 0x64, 0xBC]
    l2 += Array(
      " opened on Friday with a parade that drew the largest crowd that the city has seen in years.</p>\(body)</body></html>"
        .utf8)
    dir.write("lodz.htm", l2)
    let corpus = try CorpusLoader.load(dir.path)
    let cafe = try #require(corpus.document(id: "cafe"))
    #expect(cafe.text.string.contains("The café reopens"))
    #expect(cafe.text.string.contains("“welcome back”"))
    let lodz = try #require(corpus.document(id: "lodz"))
    #expect(lodz.text.string.contains("festival in Łódź opened"))
  }

  @Test func malformedHTMLStillGivesTheArticle() throws {
    let dir = TempFolder()
    // Unclosed paragraphs and divs, a table inside a paragraph, stray end tags.
    let broken = """
      <html><body><div class="story"><h1>Council votes to expand the river park
      <p>\(Self.paragraphs[0])
      <p>\(Self.paragraphs[1])<table><tr><td>Votes for</td><td>7</td></tr></table>
      <p>\(Self.paragraphs[2])</b></i></span>
      <p>\(Self.paragraphs[3])
      """
    dir.write("broken.html", broken)
    // 10,000 nested divs around the text.
    let deep =
      "<html><body>" + String(repeating: "<div>", count: 10_000)
      + Self.paragraphs.map { "<p>\($0)</p>" }.joined()
      + String(repeating: "</div>", count: 10_000) + "</body></html>"
    dir.write("deep.html", deep)
    let corpus = try CorpusLoader.load(dir.path)
    for id in ["broken", "deep"] {
      let d = try #require(corpus.document(id: id))
      let body = d.bodyParagraphs.map { d.slice($0.range) }.joined(separator: " ")
      for p in Self.paragraphs { #expect(body.contains(p), "\(id) lost: \(p)") }
    }
  }

  @Test func hugePageIsCappedWithAWarning() throws {
    let dir = TempFolder()
    let paragraph = "<p>" + Self.paragraphs.joined(separator: " ") + "</p>\n"
    var page = "<html><head><title>Council votes to expand the river park</title></head><body>"
    page.reserveCapacity(21 << 20)
    while page.utf8.count < 20 << 20 { page += paragraph }
    page += "</body></html>"
    dir.write("huge.html", page)
    dir.write("small.html", Self.page())
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.count == 2)
    #expect(
      corpus.warnings.contains {
        $0.path.hasSuffix("huge.html") && $0.message.contains("only the first 4 MB read")
      })
    let huge = try #require(corpus.document(id: "huge"))
    #expect(huge.bodyWordCount > 100_000)
  }

  @Test func scriptOnlyAndFurnitureOnlyPagesInventNothing() throws {
    let dir = TempFolder()
    dir.write(
      "app.html",
      "<html><head><title>Loading</title><script>document.write('<p>' + 'hi' + '</p>')</script></head><body><script src=app.js></script><noscript>Enable JavaScript</noscript></body></html>"
    )
    dir.write(
      "menu.html",
      "<html><head><title>Index</title></head><body><ul><li><a href=/a>News</a></li><li><a href=/b>Sport</a></li><li><a href=/c>Weather and traffic</a></li></ul></body></html>"
    )
    dir.write("good.html", Self.page())
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.document(id: "app") == nil)
    #expect(
      corpus.warnings.contains {
        $0.path.hasSuffix("app.html") && $0.message.contains("no visible text")
      })
    let menu = try #require(corpus.document(id: "menu"))
    #expect(menu.bodyWordCount == 0)
    #expect(menu.title == nil)
    #expect(
      corpus.warnings.contains {
        $0.path.hasSuffix("menu.html") && $0.message.contains("no article text")
      })
    #expect(corpus.document(id: "good")?.bodyWordCount ?? 0 > 50)
  }

  @Test func loaderNeverWritesToTheCorpusAndSniffsHTMLInText() throws {
    let dir = TempFolder()
    dir.write("saved.txt", Self.page())
    dir.write(
      "plain.txt", "A headline for the test\n\n" + Self.paragraphs.joined(separator: "\n\n"))
    let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/saved.txt"))
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.document(id: "saved")?.format == .html)
    #expect(corpus.document(id: "plain")?.format == .text)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path + "/saved.txt")) == bytes)
  }

  @Test func prefilterKeepsTheTreeAndDropsUnusedBytes() {
    let html =
      "<div class=\"a\" onclick=\"x>y\" style='color:red'>Hi<!-- note --><script type=\"text/javascript\">if (a < b) {}</script><script type=\"application/ld+json\">{\"a\": 1}</script></div>"
    let out = String(decoding: HtmlPrefilter.strip(Array(html.utf8)), as: UTF8.self)
    #expect(
      out
        == "<div class=\"a\">Hi<script type=\"text/javascript\"></script><script type=\"application/ld+json\">{\"a\": 1}</script></div>"
    )
  }

  @Test func templateBlocksRepeatedAcrossPagesAreFurnitureButCopiesKeepTheirBody() throws {
    let dir = TempFolder()
    // Three different stories from one site share a promotional line inside the article box.
    let stories = [
      "The harbour authority said on Monday that the new ferry terminal would open in June after two years of delays and rising costs.",
      "Farmers in the valley have begun the harvest early this year because the dry summer ripened the grapes weeks ahead of the usual time.",
      "The library will stay open until midnight during the exam season, the university said, after students asked for more places to study.",
    ]
    let promo =
      "Sign up for our free morning newsletter and get the day's top stories delivered to your inbox every morning"
    for (i, s) in stories.enumerated() {
      let more =
        "It was the \(["first", "second", "third"][i]) story that the paper ran on its front page that week, and readers wrote in about it for days."
      let page =
        "<html><body><div class=\"story\"><h1>Story number \(i) of the week here</h1><p>\(s)</p><p>\(promo).</p><p>\(more)</p></div></body></html>"
      dir.write("story\(i).html", page)
    }
    // Three byte-identical copies of one article: each keeps its body and title.
    for i in 0..<3 { dir.write("copy\(i).html", Self.page()) }
    let corpus = try CorpusLoader.load(dir.path)
    for i in 0..<3 {
      let d = try #require(corpus.document(id: "story\(i)"))
      let body = d.bodyParagraphs.map { d.slice($0.range) }
      #expect(body.contains(stories[i]))
      #expect(!body.contains { $0.hasPrefix("Sign up") })
      let copy = try #require(corpus.document(id: "copy\(i)"))
      #expect(copy.bodyParagraphs.map { copy.slice($0.range) } == Self.paragraphs)
      #expect(copy.title == "Council votes to expand the river park")
    }
  }
}
