import Testing

@testable import CorpusKit

/// A scrape that prints a whole page on one line: the article must come out of it as body and
/// the menus around it as furniture.
@Suite struct LongLineTests {
  let menu =
    "Home | News | Sport | Business | Weather | Travel | Opinion | Arts | Science | Health | Contact us | Subscribe | Sign in | Register today"
  let article = [
    "Dock workers at the country's largest grain port stayed off the job for a third day on Wednesday, leaving dozens of ships waiting at anchor outside the harbour.",
    "The union says its members have not had a pay rise in four years, while the port operator says it cannot afford the increase the workers are asking for.",
    "Traders said the stoppage had already pushed up the price of wheat on regional markets, and that buyers were looking for cargoes from other ports.",
    "The transport minister told reporters that the government would not step in for now, but that talks between the two sides would resume on Friday.",
    "Exporters have warned that a strike lasting into next week would cost the industry more than the whole of last year's investment in the port.",
    "Farmers in the region said their silos were already full and that they had nowhere to store the harvest if the ships could not be loaded soon.",
    "A spokesman for the operator said the company had offered a one-off payment to every worker who returned, which the union rejected on Thursday.",
    "Police said the picket outside the main gate had been peaceful so far, with no arrests made and only a handful of officers on duty at night.",
    "Shipping agents said that the backlog would take at least two weeks to clear once the strike ended, even with crews working through the weekends.",
  ]
  let footer =
    "Privacy policy | Terms of use | Advertise with us | Site map | Jobs | Archive | RSS feeds | Mobile | Newsletters | About us | Copyright 2008 Daily Example"

  func build(_ text: String) -> Document {
    DocumentBuilder.build(RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
  }

  @Test func aWholePageOnOneLineKeepsItsArticleAndDropsItsMenus() {
    let line = ([menu] + article + [footer]).joined(separator: " ")
    #expect(line.unicodeScalars.count > LongLine.minLength)
    let d = build("Daily Example\n\n" + line + "\n")
    let body = d.paragraphs.filter { $0.kind.isArticleText }.map { d.slice($0.range) }
      .joined(separator: " ")
    // The menu runs into the first sentence with no stop between them, so that sentence goes
    // with it; every other sentence is body.
    #expect(body == article.dropFirst().joined(separator: " "))
    // Every piece lies on the one line, and the pieces cover its words.
    #expect(d.paragraphs.dropFirst().allSatisfy { $0.lines == 3...3 })
    #expect(d.paragraphs.count == 1 + 1 + article.count)
  }

  @Test func theIndexRestoresTheSameSplit() {
    let line = ([menu] + article + [footer]).joined(separator: " ")
    let d = build(line)
    let back = DocumentBuilder.restore(
      id: d.id, path: d.path, text: d.text.string, kinds: d.paragraphs.map(\.kind), title: d.title,
      date: d.date, outlet: d.outlet, url: d.url, format: d.format)
    #expect(back?.paragraphs == d.paragraphs)
  }

  @Test func anOrdinaryLongParagraphStaysOneParagraph() {
    let line = article.prefix(6).joined(separator: " ")
    #expect(line.unicodeScalars.count < LongLine.minLength)
    let d = build(line)
    #expect(d.paragraphs.count == 1)
  }
}

/// A press release wrapped at 75 columns, printed between menu lines with no blank line between
/// them: its wrapped lines are one paragraph of body, the menu lines stay furniture.
@Suite struct WrappedRunTests {
  let wrapped = [
    "Dock workers at the country's largest grain port stayed off the job for a",
    "third day on Wednesday, leaving dozens of ships waiting at anchor outside",
    "the harbour. The union says its members have not had a pay rise in four",
    "years, while the port operator says it cannot afford the increase that the",
    "workers are asking for, and talks between the two sides broke down today.",
  ]
  let menu = ["Home", "News", "Business", "Markets", "Contact us", "Subscribe"]

  @Test func wrappedLinesBetweenMenuLinesAreOneParagraphOfBody() {
    let text = (menu + wrapped + menu.reversed()).joined(separator: "\n")
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    let body = d.paragraphs.filter { $0.kind.isArticleText }
    #expect(body.count == 1)
    #expect(body.first?.lines == (menu.count + 1)...(menu.count + wrapped.count))
    for p in d.paragraphs where p.lines.count == 1 { #expect(p.kind != .body) }
  }

  @Test func aListOfHeadlinesIsNotJoined() {
    let headlines = [
      "Floods close roads across the north as heavy rain continues overnight",
      "Airline adds four winter routes with flights to the coast from December",
      "Central bank raises its key rate for the third time this year in a row",
      "Farmers say silos are full and the harvest has nowhere left to go now",
    ]
    let text = (menu + headlines).joined(separator: "\n")
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    #expect(d.paragraphs.count == menu.count + headlines.count)
  }
}
