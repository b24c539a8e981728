import Testing

@_spi(Bench) @testable import CorpusKit

/// The cleaner on made-up pages: signals, not strings of the sample.
@Suite struct CleanerTests {
  func kinds(_ text: String) -> [(ParagraphKind, String)] {
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    return d.paragraphs.map { ($0.kind, d.slice($0.range)) }
  }

  let body = [
    "The finance ministry said on Monday that exports to the region had grown by a fifth over the past year, driven by machinery and food.",
    "Officials from both governments met in the capital to discuss a new agreement on transit, which the ministry expects to be signed before the end of the summer.",
    "Critics of the plan said it would tie the economy more closely to a single partner at a time when other markets are closing to it.",
  ]

  @Test func sentenceCaseHeadlineOnTheFirstLineIsTheTitle() {
    let k = kinds("Exports to the region grow by a fifth\n\n" + body.joined(separator: "\n\n"))
    #expect(k[0].0 == .title)
    #expect(k.dropFirst().allSatisfy { $0.0 == .body })
  }

  @Test func furnitureAboveAndBelowTheBodyIsBoilerplate() {
    let text =
      ["Home", "Menu", "Sign up for our newsletter"] + body
      + [
        "Share this article", "Related stories", "Follow us on social media",
        "© 2024 Example Media Group",
      ]
    let k = kinds(text.joined(separator: "\n"))
    #expect(k.prefix(3).allSatisfy { $0.0 != .body })
    #expect(k[3..<6].allSatisfy { $0.0 == .body })
    #expect(k.suffix(4).allSatisfy { $0.0 == .boilerplate })
  }

  @Test func repeatedLinesAreFurnitureEvenWhenTheyLookLikeProse() {
    let promo = "Get the best of our reporting in your inbox every morning, free of charge."
    let k = kinds(([promo] + body + [promo]).joined(separator: "\n\n"))
    #expect(k.first?.0 == .boilerplate)
    #expect(k.last?.0 == .boilerplate)
  }

  @Test func teaserCutAfterTheBodyIsFurniture() {
    let teaser =
      "In other news, the central bank raised its key rate for the third time this year as inflation pushed above the target set by the gover…"
    let k = kinds((body + [teaser]).joined(separator: "\n\n"))
    #expect(k.last?.0 == .boilerplate)
    #expect(k.dropLast().allSatisfy { $0.0 == .body })
  }

  @Test func shortLinesInsideTheBodyAreHeadingsAndListsStayBody() {
    let text = [
      body[0], "What comes next", body[1], "- a transit agreement covering rail freight",
      "- a joint fund for new factories", body[2],
    ]
    let k = kinds(text.joined(separator: "\n\n"))
    #expect(k.map(\.0) == [.body, .heading, .body, .body, .body, .body])
  }

  @Test func donationAppealAddressingTheReaderIsFurniture() {
    let appeal =
      "We rely on readers like you. If you value our work, please support us with a monthly donation so we can keep our journalism free."
    let k = kinds((body + [appeal]).joined(separator: "\n\n"))
    #expect(k.last?.0 == .boilerplate)
  }

  @Test func quotedSpeechWithWeAndYouStaysBody() {
    let quote =
      "“We will not accept pressure, and you will see that our partners agree,” the minister told reporters after the meeting."
    let k = kinds((body + [quote]).joined(separator: "\n\n"))
    #expect(k.allSatisfy { $0.0 == .body })
  }

  @Test func photoCreditIsACaption() {
    let caption =
      "Workers at a plant outside the capital on March 3, 2024. (Photo by Jane Doe/Getty Images)"
    let k = kinds(([caption] + body).joined(separator: "\n\n"))
    #expect(k[0].0 == .caption)
  }

  @Test func linesRepeatedAcrossTheCorpusAreFurniture() {
    // Six different stories (each page its own body) under one site's footer.
    let footer = "Thanks for reading, this story was brought to you by the night desk team today."
    let raws = (0..<6).map { i in
      let own = [body[i % 3], body[(i + 1) % 3]].map {
        $0.replacingOccurrences(of: "the", with: "story \(i)'s")
      }
      return RawDocument(
        id: "d\(i)", path: "d\(i)", text: (own + [footer]).joined(separator: "\n\n"))
    }
    let corpus = Corpus(raw: raws)
    for d in corpus.documents {
      #expect(d.paragraphs.last?.kind == .boilerplate)
      #expect(d.paragraphs.first?.kind == .body)
    }
  }

  @Test func markdownKeepsItsMarkupAndOffsets() {
    let text =
      "# Exports grow by a fifth\n\n" + body[0] + "\n\n## What comes next\n\n" + body[1]
      + " See [the report](https://example.org/r).\n"
    let d = DocumentBuilder.build(
      RawDocument(id: "m", path: "m.md", text: text), context: CleaningContext())
    #expect(d.paragraphs.map(\.kind) == [.title, .body, .heading, .body])
    #expect(d.slice(d.paragraphs[2].range) == "## What comes next")
    #expect(d.slice(d.paragraphs[3].range).hasSuffix("(https://example.org/r)."))
  }

  @Test func paragraphsCopiedByAFewArticlesStayBody() {
    let raws = (0..<4).map { i in
      RawDocument(id: "d\(i)", path: "d\(i)", text: body.joined(separator: "\n\n"))
    }
    for d in Corpus(raw: raws).documents { #expect(d.paragraphs.allSatisfy { $0.kind == .body }) }
  }

  @Test func datelineGivesTheDateAndBodyDatesDoNot() {
    let text =
      "Talks resume in the capital\n\nPublished March 3, 2024\n\n" + body.joined(separator: "\n\n")
      + "\n\nThe previous round ended on January 5, 2023 without a deal."
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    #expect(d.date == "2024-03-03")
    #expect(d.title == "Talks resume in the capital")
    let noDateline = DocumentBuilder.build(
      RawDocument(
        id: "u", path: "u",
        text: body.joined(separator: "\n\n") + "\n\nIt ended on January 5, 2023."),
      context: CleaningContext())
    #expect(noDateline.date == nil)
  }

  @Test func aStatedPublicationDateBeatsTheSitesBareDateAboveTheBody() {
    // The site's "today" heads the page; the story's stamp lies below its headline, glued to
    // a weather column by the scrape.
    let menu = ["News", "Weather", "Traffic", "Sports", "Business"].joined(separator: "\n")
    let text =
      "Monday, January 21, 2008\n\n\(menu)\n\nTalks resume in the capital\n\n"
      + "Story Published: Jan 18, 2008 at 8:29 AM PST\t\tWind : From the North at 13 MPH\t\tWatch the story\n\n"
      + body.joined(separator: "\n\n")
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    #expect(d.date == "2008-01-18")
    // A time stamp in a column of its own, above the body, below the site's bare date.
    let stamped =
      "Monday, 21 January 2008\n\n\(menu)\n\nLocal\t\t19 January 2008 - 5:57PM\tView all news | Send to a friend | Print\n\n"
      + "Talks resume in the capital\n\n" + body.joined(separator: "\n\n")
    let e = DocumentBuilder.build(
      RawDocument(id: "u", path: "u", text: stamped), context: CleaningContext())
    #expect(e.date == "2008-01-19")
  }

  @Test func theBareDatelineNearestTheBodyBeatsAStampFurtherUp() {
    // A clock in the page's header ("14 January 2008: 4:20pm") is the site's time; the
    // dateline right above the story is the story's.
    let text =
      "14 January 2008: 4:20pm |\n\nNews\nSport\nWeather\n\nTalks resume in the capital\n\n"
      + "Dec 30 2007\n\n" + body.joined(separator: "\n\n")
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    #expect(d.date == "2007-12-30")
  }

  @Test func outletComesFromFurnitureNeverFromTheBody() {
    let quoted =
      "According to the Daily Example Times, the talks had stalled for weeks before the visit was announced."
    let d1 = DocumentBuilder.build(
      RawDocument(id: "a", path: "a", text: (body + [quoted]).joined(separator: "\n\n")),
      context: CleaningContext())
    #expect(d1.outlet == nil)
    let d2 = DocumentBuilder.build(
      RawDocument(
        id: "b", path: "b",
        text: (body + ["Read more news from The Evening Ledger"]).joined(separator: "\n\n")),
      context: CleaningContext())
    #expect(d2.outlet == "The Evening Ledger")
  }

  @Test func aCopyrightOwnersCompanyIsNotTheOutlet() {
    // "© 2008 NY Times Co." on a Boston Globe page names the owner, not the paper.
    for owner in ["Evening Ledger Co", "Riverside Media Group", "Gazette Newspapers Limited"] {
      let d = DocumentBuilder.build(
        RawDocument(
          id: "c", path: "c",
          text: (body + ["Copyright © \(owner) 2008. All rights reserved."]).joined(
            separator: "\n\n")),
        context: CleaningContext())
      #expect(d.outlet == nil, "\(owner)")
    }
    let named = DocumentBuilder.build(
      RawDocument(
        id: "n", path: "n",
        text: (body + ["Copyright © The Evening Ledger 2008. All rights reserved."]).joined(
          separator: "\n\n")),
      context: CleaningContext())
    #expect(named.outlet == "The Evening Ledger")
  }
}
