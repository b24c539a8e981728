import Testing

@_spi(Bench) @testable import CorpusKit

/// A headline far above its body (a toolbar, share buttons and a photo credit between them) is
/// the title when most of its content words come back in the body; a lone label or a teaser for
/// another story is not. Made-up pages, not corpus text.
@Suite struct DistantHeadlineTests {
  func title(_ text: String) -> String? { HeadlineFixture.title(text) }

  let body = [
    "The harbour board said on Tuesday that ferry passengers whose crossings are cancelled at short notice will be able to claim a full refund and a meal voucher from the operators.",
    "The new rules follow a winter in which hundreds of island crossings were cancelled, and the board said the ferry companies had until the spring to put the refund scheme in place.",
    "Ferry operators said they would pass the cost on to passengers, and one of them warned that winter crossings to the smaller islands could be cut back even further.",
  ].joined(separator: "\n\n")

  let furniture = [
    "Print", "E-mail", "Share", "Digg", "Reddit", "Text size", "Comments (0)", "Photo: Staff",
    "Advertisement", "Most popular", "Top stories", "Weather", "Markets", "Traffic",
  ].joined(separator: "\n")

  @Test func headlineFarAboveTheBodyIsTheTitle() {
    let page = "Ferry passengers to get refunds for cancelled crossings\n" + furniture + "\n" + body
    #expect(title(page) == "Ferry passengers to get refunds for cancelled crossings")
  }

  @Test func lineSharingFewBodyWordsIsNoTitle() {
    let page = "Council approves new budget for island schools\n" + furniture + "\n" + body
    #expect(title(page) == nil)
  }

  @Test func twoCloseRivalsGiveNoTitle() {
    let page =
      "Ferry passengers to get refunds for cancelled crossings\n" + furniture
      + "\nIsland ferry crossings cancelled again as winter bites\n" + furniture + "\n" + body
    #expect(title(page) == nil)
  }

  // "rights" is a call-to-action word (a footer's "all rights reserved").
  @Test func distantHeadlineWithOneCallToActionWordIsTheTitle() {
    let page =
      "Ferry passengers win refund rights for cancelled crossings\n" + furniture + "\n" + body
    #expect(title(page) == "Ferry passengers win refund rights for cancelled crossings")
  }
}
