import Testing

@_spi(Bench) @testable import CorpusKit

/// DATE, MONEY and PERCENT rules on made-up sentences.
@Suite struct EntityRulesTests {
  /// The rule matches of `text` as (matched text, type, value).
  static func matches(_ text: String, year: Int? = 2030) -> [(String, EntityType, String)] {
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars)
    let words = tokens.enumerated().map { k, t in
      DateMoneyRules.Word(
        norm: t.norm, kind: t.kind, capitalized: scalars[t.start].properties.isUppercase,
        attached: k > 0 && tokens[k - 1].end == t.start)
    }
    return DateMoneyRules.matches(words, year: year).map { m in
      let r = tokens[m.start].start..<tokens[m.end - 1].end
      return (String(String.UnicodeScalarView(scalars[r])), m.type, m.value)
    }
  }

  @Test func absoluteDatesResolveToISO() {
    let m = Self.matches(
      "The pact signed on March 3, 2031 took effect Sept. 9 and lapsed in October 2032.")
    #expect(m.map(\.0) == ["March 3, 2031", "Sept. 9", "October 2032"])
    #expect(m.map(\.2) == ["2031-03-03", "2030-09-09", "2032-10"])
    #expect(m.allSatisfy { $0.1 == .date })
    #expect(Self.matches("Talks resume 14 June 2029.").map(\.2) == ["2029-06-14"])
    #expect(Self.matches("Filed 2027-11-05 in court.").map(\.2) == ["2027-11-05"])
    #expect(Self.matches("Prices rose sharply in 2019.").map(\.0) == ["2019"])
  }

  @Test func weekdaysAndRelativeDatesAsOntoNotesMarksThem() {
    let m = Self.matches(
      "On Friday the envoy said that last month, and earlier this year, output fell.")
    #expect(m.map(\.0) == ["Friday", "last month", "earlier this year"])
    #expect(
      Self.matches("Ties have grown over the last four decades.").map(\.0) == [
        "the last four decades"
      ])
    #expect(
      Self.matches("The mill closed 40 years ago and reopened in recent months.").map(\.0) == [
        "40 years ago", "recent months",
      ])
    #expect(
      Self.matches("Yesterday, it rained; it was dry earlier in the week.").map(\.0) == [
        "Yesterday", "earlier in the week",
      ])
  }

  @Test func monthWordsThatAreNotDatesAreLeftAlone() {
    #expect(Self.matches("May we go? March on, they said.").isEmpty)
    #expect(Self.matches("He had 2019 reasons.").isEmpty)
  }

  @Test func moneyAndPercent() {
    let m = Self.matches(
      "The fund lent $3.7 billion, or 12% of its capital, plus €500 and 40 million euros; costs rose 5 per cent."
    )
    #expect(m.map(\.0) == ["$3.7 billion", "12%", "€500", "40 million euros", "5 per cent"])
    #expect(m.map(\.1) == [.money, .percent, .money, .money, .percent])
    #expect(Self.matches("It costs $12,500 a month.").map(\.0) == ["$12,500"])
  }

  @Test func recogniserUsesTheDatelineYearAndKeepsRulesOverTheTagger() throws {
    let text =
      "Ministers Meet in Vilnius\n\nVILNIUS, 2031-05-04 — Finance ministers from Estonia met on Tuesday and agreed on June 2 to spend $40 million, about 3% of the budget.\n"
    let corpus = Corpus(raw: [RawDocument(id: "made-up", path: "made-up.txt", text: text)])
    let ms = try EntityRecognizer.loadDefault().mentions(in: corpus.documents[0])
    let byText = Dictionary(ms.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byText["Tuesday"]?.type == .date)
    #expect(byText["June 2"]?.type == .date)
    #expect(byText["$40 million"]?.type == .money)
    #expect(byText["3%"]?.type == .percent)
    #expect(byText["Estonia"]?.type == .location)
    if corpus.documents[0].date != nil { #expect(byText["June 2"]?.entityID == "2031-06-02") }
  }
}

/// The passes after the tagger, on spans given by hand.
@Suite struct EntityPostTaggingTests {
  static func words(_ s: String) -> [WordInfo] {
    s.split(separator: " ").map { WordInfo(String($0).unicodeScalars) }
  }

  @Test func functionWordsAndTitlesAreTrimmedFromNames() throws {
    let sentences = [
      Self.words("Could Zarnovia Steel survive ?"),
      Self.words("Mr Quillby met Premier Dax Orrin today"),
    ]
    let spans = [
      [TokenSpan(start: 0, end: 3, typeIndex: 1)],
      [TokenSpan(start: 0, end: 2, typeIndex: 0), TokenSpan(start: 3, end: 6, typeIndex: 0)],
    ]
    let model = try EntityRecognizer.loadDefault().model
    let out = DocumentConsistency().apply(sentences, model.splitAtTitles(sentences, spans))
    #expect(out[0] == [TokenSpan(start: 1, end: 3, typeIndex: 1)])
    #expect(
      out[1] == [
        TokenSpan(start: 1, end: 2, typeIndex: 0), TokenSpan(start: 4, end: 6, typeIndex: 0),
      ])
  }

  @Test func oneNameOneLabelPerDocument() {
    let sentences = [
      Self.words("Talks in Veltria ended"), Self.words("Veltria said no"),
      Self.words("Veltria agreed"),
    ]
    let spans = [
      [TokenSpan(start: 2, end: 3, typeIndex: 2)], [TokenSpan(start: 0, end: 1, typeIndex: 1)],
      [TokenSpan(start: 0, end: 1, typeIndex: 2)],
    ]
    let out = DocumentConsistency().apply(sentences, spans)
    #expect(out.flatMap { $0 }.allSatisfy { $0.typeIndex == 2 })
  }

  @Test func moneyWithAScaleWrittenOnAndWeekdayIDs() {
    let m = EntityRulesTests.matches("Profits rose to $1.13bn (£600m) on Monday.")
    #expect(m.map(\.0) == ["$1.13bn", "£600m", "Monday"])
    #expect(m.map(\.2) == ["$1.13bn", "£600m", "Monday"])
  }
}
