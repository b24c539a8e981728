import Testing

@_spi(Bench) @testable import CorpusKit

/// Headlines chosen by what a page's own candidates agree on: a `<title>` that runs on from the
/// headline into its deck, a heading that runs on past the `<title>`'s cut, a headline the title
/// names whatever its first word, a section's label glued before the headline.
@Suite struct HtmlTitleAgreementTests {
  static let body = HtmlInputTests.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
  static let headline = "Council votes to expand the river park"

  static func title(_ html: String) -> String? {
    HtmlArticleReader.read(Array(html.utf8), path: "p.html", id: "p").0?.title
  }

  @Test func aTitleThatOpensWithTheTopHeadingNamesItOverItsDeck() {
    // The <title> is the headline, a comma, then the deck: the h1 it opens with is the
    // headline, not the h2 deck that covers more of it.
    let deck = "Says Mayor After Two Years Of Debate Over The Wetland Plan"
    let html = """
      <html><head><title>\(Self.headline), \(deck) - Riverside Gazette</title></head><body>
      <div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
      <h1>\(Self.headline)</h1>
      <h2>\(deck)</h2>
      <div class="story">\(Self.body)</div></body></html>
      """
    #expect(Self.title(html) == Self.headline)
  }

  @Test func aHeadingThatRunsOnPastTheTitlesCutIsTheHeadline() {
    // The <title> cuts the headline at its comma; the h1, far above the body over a deck and
    // page tools, gives it whole.
    let full = "\(Self.headline), says mayor after two years of debate"
    let tools = (1...11).map { "<p><a href=\"/t\($0)\">Tool \($0)</a></p>" }.joined()
    let html = """
      <html><head><title>\(Self.headline) - News Story | Riverside Gazette</title></head><body>
      <h1>\(full)</h1>
      \(tools)
      <div class="story">\(Self.body)</div></body></html>
      """
    #expect(Self.title(html) == full)
  }

  @Test func aHeadlineTheTitleNamesIsNoBylineForItsFirstWord() {
    // "From …" opens bylines, but the <title> names this heading.
    let headline = "From our readers' mail bags on the river park..."
    let html = """
      <html><head><title>Riverside Gazette - Letters- \(headline)</title></head><body>
      <div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
      <h2>\(headline)</h2>
      <div class="story">\(Self.body)</div></body></html>
      """
    #expect(Self.title(html) == headline)
  }

  @Test func aTimesHalfIsCutOnlyAfterATime() {
    #expect(
      HtmlMetadata.trimmed("Economy dominates premiers' meeting with PM")
        == "Economy dominates premiers' meeting with PM")
    #expect(
      HtmlMetadata.trimmed("Council votes on the park 11/01/2008 - 2:35 PM")
        == "Council votes on the park")
  }

  /// A page with a menu of section labels and `line` right above the body.
  static func labelled(_ line: String) -> String {
    """
    <html><head><title>Riverside Gazette News Update Service</title></head><body>
    <ul><li><a href="/1">Top Stories</a></li><li><a href="/2">National</a></li><li><a href="/3">Council</a></li></ul>
    <div><p>\(line)</p></div>
    <div class="story">\(Self.body)</div></body></html>
    """
  }

  @Test func aSectionLabelGluedBeforeTheHeadlineIsLeftOut() {
    // "Top Stories" is a menu entry of the page: before the headline it is the section's.
    #expect(Self.title(Self.labelled("Top Stories \(Self.headline)")) == Self.headline)
    #expect(Self.title(Self.labelled("National \(Self.headline)")) == Self.headline)
    // A menu entry the story names too opens the headline itself.
    let own = "Council Votes To Expand The River Park"
    #expect(Self.title(Self.labelled(own)) == own)
  }

  @Test func aHeadlineGluedToTheFirstParagraphIsTheTitlesPart() {
    // The <title>'s last part opens the story's first paragraph, then a sentence starts: the
    // headline, while the paragraph stays in the story.
    let first = "\(Self.headline) \(HtmlInputTests.paragraphs[0])"
    let rest = HtmlInputTests.paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined()
    let html = """
      <html><head><title>Riverside Gazette, The Daily News: Local | \(Self.headline)</title></head>
      <body><div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="story"><p>\(first)</p>\(rest)</div></body></html>
      """
    let doc = HtmlArticleReader.read(Array(html.utf8), path: "p.html", id: "p").0
    #expect(doc?.title == Self.headline)
    #expect(doc?.titleCandidates == [])
    #expect(doc?.text.contains(first) == true)
  }

  @Test func theTitlesOpeningIsTheHeadlineOverADeckItNamesWhole() {
    // "Headline, deck - Site": the deck repeats the headline's words and covers the title's
    // part better, but the title puts the headline first.
    let headline = "Council votes to expand park"
    let deck = "Riverside council votes to expand the river park after two years of debate"
    let html = """
      <html><head><title>\(headline), \(deck) - Riverside Gazette</title></head><body>
      <div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
      <h1>\(headline)</h1>
      <h2>\(deck)</h2>
      <div class="story">\(Self.body)</div></body></html>
      """
    #expect(Self.title(html) == headline)
  }
}
