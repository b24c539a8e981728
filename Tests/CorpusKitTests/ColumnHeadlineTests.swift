import Testing

@_spi(Bench) @testable import CorpusKit

/// A headline printed in one column of a line glued from a table, beside menu entries or a
/// section's label, is the title (that column alone) when no other rule finds one; a deck gives
/// way to the shorter headline above it; a column with a date stamp is none. Made-up pages, not
/// corpus text.
@Suite struct ColumnHeadlineTests {
  func title(_ text: String) -> String? { HeadlineFixture.title(text) }

  let body = HeadlineFixture.coldSnap

  let header = HeadlineFixture.menu

  @Test func aHeadlineInTheFirstColumnBesideMenuEntriesIsTheTitle() {
    let page =
      header + "Arctic air brings hard freeze to the coast      STORIES      VIDEOS      PHOTOS\n"
      + body
    #expect(title(page) == "Arctic air brings hard freeze to the coast")
  }

  @Test func aHeadlineInTheLastColumnBesideASectionLabelIsTheTitle() {
    let page = header + "Regions\t\tArctic air brings hard freeze to the coast\n" + body
    #expect(title(page) == "Arctic air brings hard freeze to the coast")
  }

  @Test func aDeckInAColumnGivesWayToTheShorterHeadlineAboveIt() {
    let page =
      header + "Arctic air brings freeze      STORIES      VIDEOS      PHOTOS\n"
      + "Forecasters say the arctic air will bring a hard freeze to the coast      Sign in\n"
      + body
    #expect(title(page) == "Arctic air brings freeze")
  }

  @Test func aColumnWithADateStampIsNoHeadline() {
    let page = header + "By Kim Lane, Staff\t\tArctic air freeze bets - Monday 1/14/2008\n" + body
    #expect(title(page) == nil)
  }
}
