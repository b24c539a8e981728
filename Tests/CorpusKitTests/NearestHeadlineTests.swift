import Testing

@_spi(Bench) @testable import CorpusKit

/// A headline right above its body, with a byline and a tag line between them, is the title when
/// two of its content words come back in the body, even when only one is in the opening; a line
/// that shares one word is not. Made-up pages, not corpus text.
@Suite struct NearestHeadlineTests {
  func title(_ text: String) -> String? { HeadlineFixture.title(text) }

  let body = [
    "Astronomers said on Monday that they had drawn the most detailed chart yet of the sky over the southern hemisphere, using three years of pictures from two telescopes.",
    "The chart shows where the unseen mass lies between the galaxies, and the team said it matched what the models of the early universe had predicted for the region.",
    "The mysterious dark matter that fills much of the space between galaxies cannot be seen, but its pull bends the light of the galaxies behind it.",
  ].joined(separator: "\n\n")

  let header = "Home\nScience\nSpace\n"

  @Test func headlineAboveBylineAndTagsIsTheTitle() {
    let page =
      header + "Charting dark matter in the southern sky\nBy Ann Smith\nTags: space\n" + body
    #expect(title(page) == "Charting dark matter in the southern sky")
  }

  @Test func lineSharingOneWordIsNoTitle() {
    let page = header + "Weekend football results and fixtures\nBy Ann Smith\nTags: space\n" + body
    #expect(title(page) == nil)
  }

  // "member" is a call-to-action word (a site's "member login").
  @Test func headlineWithOneCallToActionWordIsTheTitle() {
    let text = [
      "Home", "Local", "Posted 1/16/2008 6:55 PM", "Club member films harbour thieves",
      "Two men who stole outboard engines from boats in the harbour were filmed by a security camera, and the video was handed to the police on Monday.",
      "The harbour master said the thieves had struck four times since November and that the owners of the boats had lost engines worth thousands.",
    ].joined(separator: "\n")
    #expect(title(text) == "Club member films harbour thieves")
  }
}
