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

  @Test func aRunOfShortLinesInsideTheBodyIsNotAHeadingButALoneOneIs() {
    // Two short lines together between body paragraphs are a teaser list; a lone one is a
    // section heading.
    let teasers = ["Family and Parenting", "Top Local Sports"]
    let d = build(
      [headline] + opening + teasers + [rest[0], "What happens next", rest[1], rest[2]],
      separator: "\n\n")
    for t in teasers { #expect(kind(d, t) == .boilerplate, "\(t)") }
    #expect(kind(d, "What happens next") == .heading)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    // A two-column line (a tab between a menu and a story's line) is never a heading.
    let twoColumns = build(
      [headline] + opening + ["Politics\tInsomnia and the night shift", rest[0], rest[1]],
      separator: "\n\n")
    #expect(kind(twoColumns, "Politics\tInsomnia and the night shift") != .heading)
  }

  @Test func aCountOfReadersViewsEndsTheBody() {
    let views = [
      "I have always followed the port news closely and this strike is the longest I can remember in all the years I have lived in the town.",
      "The workers deserve a fair deal, and the company has had years of profits to share with the people who keep the ships moving.",
    ]
    let d = build([headline] + opening + rest + ["Reader views (2)"] + views)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    for v in views { #expect(kind(d, v) != .body, "\(v)") }
  }

  @Test func commentsStampedWithAClockTimeAreNotBody() {
    let comments = [
      "7:51 pm",
      "I drove past the port this morning and the queue of lorries went on for miles, which shows how much of the trade depends on it.",
      "12:44 am",
      "If the strike goes on into next week the farmers will be the ones who pay for it, not the port operator or the union.",
      "3:53 am",
      "Nobody asked the people who live next to the harbour what they think of the ships waiting outside for days on end.",
    ]
    let d = build([headline] + opening + rest + comments)
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    for c in comments { #expect(kind(d, c) != .body, "\(c)") }
  }

  @Test func commentsSignedBelowTheirTextEndTheBodyAboveTheFirstComment() {
    // The article holds an inline teaser cut ("after the jump..."); the comments are signed
    // below their text. The body ends right above the first comment, not at the teaser.
    let jump = "More pictures of the harbour and video of the strike after the jump..."
    let first =
      "Like, who would even want to work at a port like that? The pay is bad and the hours are worse, so no wonder they walked out."
    let comments = [
      first, "Posted by: Sam | Mar 3, 2024 4:49:12 PM",
      "Good luck to the workers, they have waited long enough for a raise and deserve one now.",
      "Posted by: dan | Mar 3, 2024 6:02:53 PM",
      "The operator should have settled this months ago instead of letting the ships pile up.",
      "Posted by: Kim | Mar 3, 2024 6:16:13 PM",
    ]
    let d = build([headline] + opening + [jump] + rest + comments + ["Privacy Policy"])
    for p in opening + rest { #expect(kind(d, p) == .body, "\(p)") }
    #expect(kind(d, jump) == .boilerplate)
    for c in comments { #expect(kind(d, c) != .body, "\(c)") }
  }
}

/// Pages laid out as two columns per line (the article beside a sidebar or a menu).
@Suite struct ColumnLayoutTests {
  let headline = "Port strike halts grain exports for a third day"
  let article = [
    "Dock workers at the country's largest grain port stayed off the job for a third day on Wednesday.",
    "The union says its members have not had a pay rise in four years.",
    "Traders said the stoppage had already pushed up the price of wheat on regional markets.",
    "The transport minister told reporters that the government would not step in for now.",
    "Exporters have warned that a strike lasting into next week would cost the industry dearly.",
    "Farmers in the region said their silos were already full and the harvest had nowhere to go.",
  ]
  let sidebar = ["Business", "Weather", "Sport news", "Most read", "Latest videos", "Our team"]
  // The article's last paragraphs, below the columns.
  let after = [
    "A spokesman for the operator said the company had offered a one-off payment to every worker who returned, which the union rejected on Thursday.",
    "Police said the picket outside the main gate had been peaceful so far, with no arrests made and only a handful of officers on duty at night.",
  ]

  func build(_ text: String) -> Document {
    DocumentBuilder.build(RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
  }

  @Test func articleLinesBesideASidebarColumnAreBody() {
    let lines = zip(article, sidebar).map { "\($0)        \t\($1)" }
    let d = build(
      ([headline] + lines + after + ["Copyright 2008 Daily Example"]).joined(separator: "\n"))
    for (i, p) in d.paragraphs.enumerated() where (1...article.count).contains(i) {
      #expect(p.kind == .body, "\(d.slice(p.range))")
    }
  }

  @Test func articleLinesBesideAMenuColumnAreBody() {
    let lines = zip(sidebar, article).map { "\($0)\t\t\($1)" }
    let d = build(([headline] + lines + after).joined(separator: "\n"))
    for (i, p) in d.paragraphs.enumerated() where i >= 1 {
      #expect(p.kind == .body, "\(d.slice(p.range))")
    }
  }
}
