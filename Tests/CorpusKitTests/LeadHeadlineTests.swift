import Testing

@_spi(Bench) @testable import CorpusKit

/// An article file in the shape of the BBC's (its headline, a blank line, then the body) gets its
/// headline as the title even when the headline holds a word that page furniture uses too: a
/// role ("director"), a call to action ("rights", "e-mail", "search") or an imperative opening
/// ("Call for …"), or a question, which scores as prose for its closing mark. Made-up articles,
/// not corpus text.
@Suite struct LeadHeadlineTests {
  func kinds(_ text: String) -> [(ParagraphKind, String)] {
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    return d.paragraphs.map { ($0.kind, d.slice($0.range)) }
  }

  let body = [
    "The harbour board said on Tuesday that ferry passengers whose crossings are cancelled at short notice will be able to claim a full refund and a meal voucher.",
    "The port director, who has run the harbour for nine years, told the board that the new rules would cost the ferry companies about two million a year.",
    "Ferry operators said they would pass the cost on to passengers, and one of them warned that winter crossings to the smaller islands could be cut.",
  ].joined(separator: "\n\n")

  @Test(arguments: [
    "Ferry passengers win new refund rights",
    "Harbour director backs ferry refunds",
    "Call for refunds on cancelled ferries",
    "Ferry firms face e-mail complaints",
    "Could refunds sink the island ferries?",
  ])
  func headlineWithAFurnitureWordIsTheTitle(_ headline: String) {
    let k = kinds(headline + "\n\n" + body)
    #expect(k.first?.0 == .title, "\(k.first.map { "\($0.0)" } ?? "none"): \(headline)")
    #expect(k.dropFirst().allSatisfy { $0.0 == .body })
  }

  @Test func furnitureLineThatSharesNoWordWithTheBodyIsNoTitle() {
    let k = kinds("Share this page with friends\n\n" + body)
    #expect(k.first?.0 == .boilerplate)
    #expect(k.allSatisfy { $0.0 != .title })
  }
}
