@_spi(Bench) @testable import CorpusKit

/// What the headline suites share: a page's title as the cleaner gives it, and a made-up
/// story (not corpus text) under a short menu.
enum HeadlineFixture {
  /// The title the cleaner picks for a plain-text page.
  static func title(_ text: String) -> String? {
    DocumentBuilder.build(RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
      .title
  }

  /// A three-paragraph story about a cold snap.
  static let coldSnap = [
    "Some of the coldest air of the season is expected to blast the region with arctic force, bringing a hard freeze all the way to the coast by Wednesday night.",
    "The surge of cold air is expected to drive temperatures in the city down into the middle twenties tonight, according to forecasters at the weather service.",
    "Residents were urged to bring their pets inside, to cover tender plants and to let their taps drip overnight so that the pipes would not burst in the freeze.",
  ].joined(separator: "\n\n")

  /// A site's menu above the story.
  static let menu = "Home\nNews\nWeather\n"
}
