import Testing

@_spi(Bench) @testable import CorpusKit

/// A headline-shaped line right over the story's date or byline is the title even when it shares
/// a single word with the body (headlines are worded apart from the story); a list of teasers
/// over a date is not, and a deck under its headline gives way to the headline. Made-up pages,
/// not corpus text.
@Suite struct AnchoredHeadlineTests {
  func title(_ text: String) -> String? { HeadlineFixture.title(text) }

  let body = HeadlineFixture.coldSnap

  let header = HeadlineFixture.menu

  @Test func headlineOverDateAndBylineIsTheTitle() {
    let page =
      header + "New year will get off to cold start\nTuesday, January 01, 2008\nBy Kim Lane\n"
      + body
    #expect(title(page) == "New year will get off to cold start")
  }

  @Test func headlineOverADateInDigitsIsTheTitle() {
    let page =
      header + "Print this page | Return to site\nNew year will get off to cold start\n"
      + "19/01/2008 4:52:15 PM\nPress Agency\n" + body
    #expect(title(page) == "New year will get off to cold start")
  }

  @Test func headlineOverItsDeckIsTheTitle() {
    let page =
      header
      + "Cold start to the new year\nForecasters warn of a hard freeze reaching all the way to the coast\n"
      + "Tuesday, January 01, 2008\n" + body
    #expect(title(page) == "Cold start to the new year")
  }

  @Test func teasersOverTheDateGiveNoTitle() {
    let page =
      header
      + "Council votes to close two libraries\nMayor opens the new bridge over the river\n"
      + "Schools close in the cold\nTuesday, January 01, 2008\n" + body
    #expect(title(page) == nil)
  }

  @Test func aLineSharingNoWordWithTheBodyIsNoTitle() {
    let page =
      header + "Weekend football results and fixtures\nTuesday, January 01, 2008\n" + body
    #expect(title(page) == nil)
  }
}
