import Testing

@_spi(Bench) @testable import CorpusKit

/// The failure modes of real pages, each on text written for the test: furniture inside the
/// article must go without taking the article text after it, and menus and link lists are never
/// body.
@Suite struct BodyFurnitureTests {
  func build(_ lines: [String], separator: String = "\n") -> Document {
    DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: lines.joined(separator: separator)),
      context: CleaningContext())
  }

  func kind(_ d: Document, _ text: String) -> ParagraphKind? {
    d.paragraphs.first { d.slice($0.range) == text }?.kind
  }

  let headline = "Port strike halts grain exports for a third day"
  let opening = [
    "Dock workers at the country's largest grain port stayed off the job for a third day on Wednesday, leaving dozens of ships waiting at anchor outside the harbour.",
    "The union says its members have not had a pay rise in four years, while the port operator says it cannot afford the increase the workers are asking for.",
  ]
  let rest = [
    "Traders said the stoppage had already pushed up the price of wheat on regional markets, and that buyers were looking for cargoes from other ports.",
    "The transport minister told reporters that the government would not step in for now, but that talks between the two sides would resume on Friday.",
    "Exporters have warned that a strike lasting into next week would cost the industry more than the whole of last year's investment in the port.",
  ]

  @Test func inlineTeaserInsideTheBodyGoesAndTheTextAfterItStays() {
    let teaser = "Read more: Fuel prices climb as refinery repairs drag on"
    let cut =
      "In other news, the central bank raised its key rate for the third time this year as inflation pushed above the target set by the gover…"
    let d = build([headline] + opening + [teaser, cut] + rest)
    #expect(kind(d, teaser) == .boilerplate)
    #expect(kind(d, cut) == .boilerplate)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    #expect(d.title == headline)
  }

  @Test func commentsAfterAClosedCommentsLineAreNotBody() {
    let comments = [
      "I have lived near the port for twenty years and the strikes were never this long before, which tells you how bad things have got for the workers there.",
      "The operator has made record profits for three years running, so the claim that it cannot afford a pay rise is hard to believe for anyone who reads its reports.",
      "Nobody seems to think about the farmers, who will be paid less for their grain while the ships sit at anchor and the storage fills up across the region.",
    ]
    let d = build(
      [headline] + opening + rest + ["Comments have now been closed on this entry."] + comments)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    for c in comments { #expect(kind(d, c) != .body, "\(c)") }
  }

  @Test func teaserGroupsAfterTheArticleAreNotBody() {
    let teasers = [
      "World \u{BB}",
      "Floods close roads in the north Heavy rain overnight closed several roads in the north of the country, and officials said more rain was expected on the weekend.",
      "Business \u{BB}",
      "Airline adds winter routes The national airline said on Tuesday it would add four routes for the winter season, with flights to the coast starting in December.",
    ]
    let d = build([headline] + opening + rest + teasers)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    for t in teasers { #expect(kind(d, t) != .body, "\(t)") }
  }

  @Test func captionInsideTheBodyIsACaptionAndTheTextAfterItStays() {
    let caption = "Ships wait outside the harbour on Wednesday. (Photo by Ann Example/Getty Images)"
    let d = build([headline] + opening + [caption] + rest)
    #expect(kind(d, caption) == .caption)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
  }

  @Test func advertisementAndNewsletterBoxInsideTheBodyGo() {
    let box = [
      "Advertisement", "Sign up for our morning newsletter", "Enter your email address",
      "Subscribe",
    ]
    let d = build([headline] + opening + box + rest)
    for b in box { #expect(kind(d, b) == .boilerplate, "\(b)") }
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
  }

  @Test func menusAndLinkListsAreNeverBody() {
    let menu = [
      "Home", "World", "Business", "Markets", "Sport", "Culture",
      "Home | World | Business | Sport | Weather",
    ]
    let links = [
      "Most popular", "Fuel prices climb as refinery repairs drag on",
      "City council approves new bus lanes",
      "Local team wins cup after penalty shoot-out", "Storm warning issued for the coast",
      "Airline adds winter routes to the south", "Museum reopens after two years of work",
    ]
    let d = build(menu + [headline] + opening + rest + links)
    for m in menu + links { #expect(kind(d, m) != .body && kind(d, m) != .heading, "\(m)") }
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
  }

  @Test func aPageThatPrintsItsArticleTwiceKeepsOneCopy() {
    let d = build([headline] + opening + rest + ["Print this page"] + opening + rest)
    let bodies = d.paragraphs.filter { $0.kind == .body }.map { d.slice($0.range) }
    #expect(bodies == opening + rest)
  }

  @Test func aBylineOrSectionLabelIsNeverTheTitle() {
    let withByline = build(
      ["Business", headline, "By Jane Example and Tom Sample", "Published March 3, 2024"] + opening
        + rest)
    #expect(withByline.title == headline)
    #expect(withByline.date == "2024-03-03")
    // No headline: the byline, the section label and the weather line are not titles.
    let noHeadline = build(
      ["Filed Under: Business", "Tuesday, March 5, 2024 Weather: 7°C", "By Jane Example"] + opening
        + rest)
    #expect(noHeadline.title == nil)
  }

  @Test func aHeadlineSharingNoWordWithTheBodyIsNotTakenFromTheMenu() {
    // The line right above the body is a related-story link, not this article's headline.
    let d = build(["Home", "World", "Museum reopens after lengthy renovation"] + opening + rest)
    #expect(d.title == nil)
  }

  @Test func commentsAfterTheArticleAreNotBody() {
    let comments = [
      "Posted by Reader One on March 3, 2024 5:58 PM",
      "I live near the port and the queues of lorries have been there since Monday, so this is no surprise to anyone here.",
      "Posted by Another Reader on March 3, 2024 6:10 PM",
      "The workers are right to ask for more, because prices in the town have gone up faster than anywhere else in the region.",
    ]
    let d = build([headline] + opening + rest + ["Comments"] + comments)
    for c in comments { #expect(kind(d, c) != .body, "\(c)") }
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
  }
}
