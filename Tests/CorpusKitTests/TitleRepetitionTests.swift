import Testing

@_spi(Bench) @testable import CorpusKit

/// A headline belongs to its story: a headline-shaped line printed above the body of two pages
/// that tell different stories is the site's (a masthead, a section's strapline), no rival to
/// the headline under it. Made-up pages, not corpus text.
@Suite struct TitleRepetitionTests {
  static let strap = "Riverside council news today"

  static let parks = "Riverside council votes to expand the river park"
  static let buses = "Riverside council agrees to run more hospital buses"

  static func page(_ id: String, headline: String?, body: [String]) -> RawDocument {
    let lines = ["Home", "News", "Sport", strap] + (headline.map { [$0] } ?? []) + body
    return RawDocument(id: id, path: id, text: lines.joined(separator: "\n"))
  }

  @Test func aStraplineOnTwoPagesOfOneSiteIsNoRivalToTheHeadline() throws {
    let parks = [
      "The Riverside council voted on Tuesday to expand the river park, ending a debate that had divided the town for more than two years.",
      "Supporters said the plan would give families a place to walk, and the council said that work on the park would begin in the spring.",
    ]
    let buses = [
      "The Riverside council agreed on Thursday to run buses to the hospital every twenty minutes, after a petition signed by four thousand people.",
      "The council said the new timetable would start next month and would cost less than the taxi vouchers it had paid for until now.",
    ]
    let corpus = Corpus(raw: [
      Self.page("parks", headline: Self.parks, body: parks),
      Self.page("buses", headline: Self.buses, body: buses),
    ])
    let a = try #require(corpus.document(id: "parks"))
    let b = try #require(corpus.document(id: "buses"))
    #expect(a.title == Self.parks)
    #expect(b.title == Self.buses)
  }
}
