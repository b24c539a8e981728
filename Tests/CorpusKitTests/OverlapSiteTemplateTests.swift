import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Two saved pages of one site (issue 9, precision on real HTML corpora): the site's menu and
/// footer, which only these two pages of the corpus carry, are not reuse; a story paragraph
/// one page copies from the other is.
struct OverlapSiteTemplateTests {
  static let menu = ["Home", "World", "Business", "Technology", "Entertainment", "Sport", "Travel"]
  static let footer = """
    Start receiving our news headlines by email. We announce the start of our free news alerts \
    service: keep informed and get the latest news of any category up to five times daily. \
    Type any number of key words and we email you the related headlines. Click here to sign up.
    """

  static func page(_ headline: String, _ paragraphs: [String]) -> RawDocument {
    let nav = menu.map { "<li><a href=\"/\($0.lowercased())\">\($0)</a></li>" }.joined()
    let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    let html = """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(headline)</title></head><body>
      <nav><ul>\(nav)</ul></nav>
      <article><h1>\(headline)</h1>
      \(body)
      </article>
      <footer><div class="newsletter"><p>\(footer)</p>
      <p><a href="/signup">Sign up now</a> | <a href="/terms">Terms</a></p></div></footer>
      </body></html>
      """
    let id = String(headline.prefix(6))
    return HtmlArticleReader.read(Array(html.utf8), path: id + ".html", id: id).0!
  }

  static let bridge = [
    "The regional council closed the old harbour bridge to heavy lorries on Thursday after engineers found cracks in two of the piers that carry it over the water.",
    "Hauliers said the detour through the ring road would add forty minutes to every trip and that the council had given them no warning before the barriers went up.",
    "The council's head of transport said the inspection had been planned for months and that safety came first, whatever the cost to the firms that use the bridge.",
    "Repairs are expected to take a year, and a temporary crossing for buses and emergency vehicles will be built beside the bridge by the end of the summer.",
  ]
  static let tram = [
    "The city council voted on Monday to back a new tram line from the railway station to the university, ending a debate that has run for nearly a decade.",
    "Supporters said the line would take thousands of cars off the roads each day, while shop owners on the route fear years of building work outside their doors.",
    "The mayor promised that every business on the route would be paid for the trade it loses while the tracks are laid and the street is dug up.",
    "Work is due to start next spring if the national government agrees to pay for half of the cost, which the council puts at three hundred million euros.",
  ]

  @Test func twoPagesSharingOnlyTheirSiteTemplateShareNothing() throws {
    let a = Self.page("Harbour bridge closed to lorries", Self.bridge)
    let b = Self.page("Council backs new tram line", Self.tram)
    let c = Corpus(raw: [a, b])
    let (da, db) = (c.documents[0], c.documents[1])
    // The footer is furniture of both pages, and no other page holds it.
    #expect(da.format == .html && db.format == .html)
    let e = OverlapEngine(corpus: c)
    let al = e.align(da, db)
    #expect(al.passages.isEmpty, "\(al.passages.map { da.slice($0.a).prefix(60) })")
    #expect(e.duplicates().pairs.isEmpty)
  }

  @Test func aCopiedStoryParagraphIsStillFoundBesideTheTemplate() throws {
    let story = Self.bridge
    let a = Self.page("Harbour bridge closed to lorries", story)
    let b = Self.page("Council backs new tram line", Self.tram + [story[1]])
    let c = Corpus(raw: [a, b])
    let e = OverlapEngine(corpus: c)
    let al = e.align(c.documents[0], c.documents[1])
    let copied = try #require(al.passages.first { $0.furniture == nil && $0.kind == .verbatim })
    #expect(c.documents[0].slice(copied.a).contains(story[1].prefix(40)))
  }

  /// Plain text keeps its rule: there furniture is guessed from the text, and a copy the
  /// cleaner took for furniture on both sides is still a copy.
  @Test func plainTextIsUnchanged() {
    #expect(!DocumentFormat.text.hasStructuralFurniture)
    #expect(
      DocumentFormat.html.hasStructuralFurniture && DocumentFormat.warc.hasStructuralFurniture)
  }
}
