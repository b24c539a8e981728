import Testing

@_spi(Bench) @testable import CorpusKit

/// Headlines of pages whose `<title>` does not simply name them: a headline printed with its
/// date on the same line, one the site's name goes before with a colon, one shaped as a label.
@Suite struct HtmlHeadlineTests {
  static let body = HtmlInputTests.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")

  /// A page whose headline block is `headline`, in a plain paragraph right above the body.
  static func page(title: String, headline: String, outside: Bool = false) -> String {
    let line = "<p>\(headline)</p>"
    return """
      <html><head><title>\(title)</title></head><body>
      <div id="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
      \(outside ? "<div>\(line)</div>" : "")
      <div class="story">\(outside ? "" : line)
      \(body)
      </div></body></html>
      """
  }

  static func title(_ html: String) -> String? {
    HtmlArticleReader.read(Array(html.utf8), path: "p.html", id: "p").0?.title
  }

  @Test func aDateStampAfterTheHeadlineOnItsLineIsLeftOut() {
    // The <title> names only the site: the headline is the plain line above the body, without
    // the stamp the page prints after it.
    let html = Self.page(
      title: "Riverside Gazette - Local news",
      headline: "Council votes to expand the river park 2024-03-05 14:49:00.0")
    #expect(Self.title(html) == "Council votes to expand the river park")
    let byline = Self.page(
      title: "Riverside Gazette - Local news",
      headline: "Council votes to expand the river park By Jane Smith")
    #expect(Self.title(byline) == "Council votes to expand the river park")
  }

  @Test func aWordStartingLikeAMonthMakesNoDateline() {
    // "mark 2023" is no month and year: the plain line right above the body is the headline.
    let headline = "Good harvests mark 2023 as a record year for the river park"
    let html = Self.page(
      title: "Riverside Gazette - Local news", headline: headline, outside: true)
    #expect(Self.title(html) == headline)
  }

  @Test func aLabelShapedHeadlineNamedWholeByTheTitleAfterAColon() {
    // Three capitalised words read as a section label, unless the <title> names them whole
    // (after the site's name and a colon) and the story echoes them.
    let html = Self.page(
      title: "Riverside Gazette: Showdown Over Wetland", headline: "Showdown Over Wetland")
    #expect(Self.title(html) == "Showdown Over Wetland")
    // A label the story never echoes stays out.
    let label = Self.page(
      title: "Riverside Gazette: Sports Extra Today", headline: "Sports Extra Today")
    #expect(Self.title(label) == nil)
  }

  @Test func aLinkedHeadlineOverABylineAndPageToolsIsTheTitle() {
    // The <title> names only the site; the headline links to its own page and stands over a
    // byline, a date and page tools, further up than a plain line may.
    let html = """
      <html><head><title>Riverside Gazette - Local news</title></head><body>
      <div id="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
      <h2><a href="/story">Council votes to expand the river park</a></h2>
      <p>By JANE SMITH</p><p>March 4, 2024</p>
      <ul><li><a href="/print">Print</a></li><li><a href="/mail">E-mail</a></li><li>Save</li></ul>
      <p>A</p><p>A</p><p>A</p>
      <div class="story">\(Self.body)</div></body></html>
      """
    #expect(Self.title(html) == "Council votes to expand the river park")
    // A linked heading with no byline or date under it is another story's teaser.
    let teaser = html.replacingOccurrences(of: "<p>By JANE SMITH</p><p>March 4, 2024</p>", with: "")
    #expect(Self.title(teaser) == nil)
  }

  @Test func aStaffInTheHeadlineMakesNoByline() {
    let html = """
      <html><head><title>Riverside Gazette - Local news</title></head><body>
      <h3>Council adds two to river park staff</h3>
      <div class="story">\(Self.body)</div></body></html>
      """
    #expect(Self.title(html) == "Council adds two to river park staff")
  }

  @Test func anEditedCopyKeepsTheHeadlineItSharesWithAnotherPage() throws {
    // Two outlets' pages of one wire story: the same headline and opening paragraph, the rest
    // edited apart. The shared headline is the story's, not a site's label.
    let shared = HtmlInputTests.paragraphs[0]
    let others = [
      [
        "Residents who spoke at the meeting said they had waited years for the work, and a petition with two thousand names was handed to the clerk.",
        "The council expects the first trees to be planted in April, once the contractor has cleared the old warehouse site by the water.",
        "A second vote, on the cost of the new footbridge, was put off until the spring so that the engineers could finish their report.",
      ],
      [
        "Local businesses welcomed the decision, saying that visitors to the park would bring more trade to the shops along the main street.",
        "The mayor thanked the volunteers who had cleaned the river banks every weekend since the plan was first proposed three summers ago.",
        "Officials said the budget for the project would be published next week, together with a map of the paths and the planned play areas.",
      ],
    ]
    let headline = "Council votes to expand the river park"
    let raws = try others.enumerated().map { (k, rest) in
      let body = ([shared] + rest).map { "<p>\($0)</p>" }.joined(separator: "\n")
      let html = """
        <html><head><title>Outlet \(k) - Local news</title></head><body>
        <div class="story"><h1>\(headline)</h1>\n\(body)</div></body></html>
        """
      return try #require(
        HtmlArticleReader.read(Array(html.utf8), path: "p\(k).html", id: "p\(k)").0)
    }
    let corpus = Corpus(raw: raws)
    for k in 0..<2 {
      #expect(corpus.document(id: "p\(k)")?.title == headline)
    }
  }

  @Test func aHeadlineStyledAsTheFirstParagraphMayHoldAbbreviations() {
    // No heading and a <title> naming only the site: the body's first block, shaped as a
    // headline and echoed by the story, is the title; its "U.S." is no sentence's end.
    let headline = "U.S. council votes to expand the river park"
    let html = Self.page(title: "Riverside Gazette - Local news", headline: headline)
    #expect(Self.title(html) == headline)
    // A first paragraph that ends as a sentence is text.
    let sentence = Self.page(
      title: "Riverside Gazette - Local news", headline: "The council met. It voted on the park.")
    #expect(Self.title(sentence) == nil)
  }
}
