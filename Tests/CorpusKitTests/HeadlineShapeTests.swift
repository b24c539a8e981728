import Testing

@_spi(Bench) @testable import CorpusKit

/// `HeadlineShape` on made-up lines: the furniture shapes that sit near a headline are refused,
/// headlines of several styles are kept.
@Suite struct HeadlineShapeTests {
  func isHeadline(_ line: String) -> Bool {
    let d = DocumentBuilder.build(
      RawDocument(id: "h", path: "h", text: line), context: CleaningContext())
    return HeadlineShape.isHeadline(d.tokens[...], scalars: d.text.scalars)
  }

  @Test func headlinesOfSeveralStylesAreKept() {
    #expect(isHeadline("Exports to the region grow by a fifth"))
    #expect(isHeadline("Harbour Board Approves New Ferry Terminal"))
    #expect(isHeadline("Mayor: budget cuts will not touch schools"))
    #expect(isHeadline("Rivers rise, roads close as storm moves north"))
    #expect(isHeadline("Council adds two to planning staff"))
  }

  @Test func furnitureShapesAreRefused() {
    #expect(!isHeadline("Valley Courier staff reporter"))
    #expect(!isHeadline("Anna Berg, Northern Bureau Chief"))
    #expect(!isHeadline("March 3, 2009 Harbour board meets"))
    #expect(!isHeadline("January 9th, 2009 by Ann Berg"))
    #expect(!isHeadline("The minister at the opening (left)"))
    #expect(!isHeadline("(Source: Regional Statistics Office)"))
    #expect(!isHeadline("Get a free month of premium access"))
    #expect(!isHeadline("Our Transfer Special!"))
    #expect(!isHeadline("FERRIES, PORTS, SHIPPING, HARBOURS, TRAVEL"))
    #expect(!isHeadline("Northtown - Lake County - 55501"))
    #expect(!isHeadline("Westfield Rovers 2 Eastport Athletic 1"))
    #expect(!isHeadline("Special report: the harbour plan"))
    #expect(!isHeadline("Football Archive"))
    #expect(!isHeadline("© The Valley Courier news@example.org"))
    #expect(!isHeadline("Cup replays - follow the action as it happens"))
  }
}
