import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// What the sidebar shows a reader: photo credits as organisations marked as credits, no
/// contractions or function words as names, bare names that never join two people, readable
/// dates with their ISO value, and relative dates only inside their article.
@Suite struct EntityReadabilityTests {
  static func mentions(_ text: String, id: String = "t") throws -> [EntityMention] {
    let corpus = Corpus(raw: [RawDocument(id: id, path: "\(id).txt", text: text)])
    return try EntityRecognizer.loadDefault().mentions(in: corpus.documents[0])
  }

  static func credit(_ text: String) -> [String]? {
    let s = Array(text.unicodeScalars)
    return CreditRule.credit(s, 0..<s.count)?.names.map {
      String(String.UnicodeScalarView(s[$0]))
    }
  }

  @Test func captionCreditsSplitIntoTheirAgencies() {
    #expect(
      Self.credit("Flags at Tiananmen Square. (VCG/VCG via Getty Images)")
        == ["VCG", "VCG", "Getty Images"])
    #expect(Self.credit("A crowd in Minsk. (Photo: AFP)") == ["AFP"])
    #expect(
      Self.credit("The summit (Photo by Ludovic Marin/AFP via Getty Images).")
        == ["Ludovic Marin", "AFP", "Getty Images"])
    // A parenthesis that is no credit stays text.
    #expect(Self.credit("Leaders meet in Astana (Kazakhstan)") == nil)
    #expect(Self.credit("The president (centre) waves") == nil)
  }

  @Test(
    .enabled(
      if: SharedData.exists("corpus/seeds"),
      "skipped: ../shared/corpus/seeds is absent (the sample lives in the shared folder)"))
  func sampleCaptionCreditIsAnOrganisationMarkedAsCredit() throws {
    let index = EntitySeedsTests.index
    let getty = try #require(index.entity(id: "Getty Images"))
    #expect(getty.type == .organization)
    #expect(getty.mentions.allSatisfy { $0.region == .credit })
    #expect(getty.onlyInCaptions)
    // The caption's own names are marked as caption mentions.
    let captionDate = index.entities.flatMap(\.mentions).filter {
      $0.doc.hasPrefix("001") && $0.text == "Feb. 28, 2023"
    }
    #expect(!captionDate.isEmpty && captionDate.allSatisfy { $0.region == .caption })
  }

  @Test func contractionsAndFunctionWordsAreNeverNames() throws {
    let text = """
      I'm not sure the deal will last, said Maria Lopez of Acme Corp in Madrid.

      I've seen this before. Don't expect Acme Corp to pay. We're waiting, Lopez said.

      I’m told the board met. Could Madrid help?
      """
    let ms = try Self.mentions(text)
    for word in ["I'm", "I've", "Don't", "We're", "I’m", "Could"] {
      #expect(!ms.contains { $0.text.hasPrefix(word) }, "\(word) tagged")
    }
    #expect(ms.contains { $0.text == "Madrid" && $0.type == .location })
  }

  @Test func datesReadAsWrittenWithTheirISOValue() throws {
    #expect(DateText.readable("2023-02-28")! == ("28 Feb 2023", "2023-02-28"))
    #expect(DateText.readable("XXXX-07-04")! == ("4 July", "--07-04"))
    #expect(DateText.readable("2024-07")! == ("July 2024", "2024-07"))
    #expect(DateText.readable("XXXX-09")! == ("September", "--09"))
    #expect(DateText.readable("2004-12")! == ("December 2004", "2004-12"))
    #expect(DateText.readable("2004-09-03")! == ("3 Sept 2004", "2004-09-03"))
    #expect(DateText.readable("2023")! == ("2023", "2023"))
    #expect(DateText.readable("1990s")! == ("1990s", "1990s"))
    #expect(DateText.readable("last week") == nil)
    #expect(DateText.readable("Wednesday") == nil)
    let ms = try Self.mentions(
      "The talks on July 4 failed. A deal came on February 28, 2023. Last year was worse.")
    let dates = ms.filter { $0.type == .date }
    #expect(dates.map(\.entityID) == ["4 July", "28 Feb 2023", "last year"])
    #expect(dates.map(\.value) == ["--07-04", "2023-02-28", nil])
  }

  @Test func relativeDatesStayOutOfTheCorpusWideList() throws {
    let corpus = Corpus(raw: [
      RawDocument(
        id: "a", path: "a.txt", text: "Sales fell last year, said Acme on 4 March 2031."),
      RawDocument(id: "b", path: "b.txt", text: "Last year Acme grew. Rivals shrank last year."),
    ])
    let index = EntityIndex(corpus: corpus, recognizer: try EntityRecognizer.loadDefault())
    let relative = try #require(index.entity(id: "last year"))
    #expect(relative.isRelativeDate && relative.mentions.count == 3)
    #expect(!index.corpusEntities.contains { $0.id == "last year" })
    #expect(index.corpusEntities.contains { $0.id == "4 March 2031" })
    #expect(index.entities(inDocument: "b").contains { $0.id == "last year" })
  }

  static func person(_ doc: String, _ at: Int, _ text: String) -> EntityMention {
    EntityMention(
      doc: doc, range: at..<(at + text.count), text: text, type: .person,
      entityID: NameForm.normalize(text))
  }

  @Test func aBareNameTakesTheFullNameNamedLastBeforeIt() {
    let ms = Canonicalizer.canonicalize([
      Self.person("d", 0, "Li Qiang"), Self.person("d", 20, "Li"),
      Self.person("d", 40, "Li Keqiang"), Self.person("d", 60, "Li"),
      Self.person("d", 80, "Li Qiang"),
    ])
    #expect(ms.map(\.entityID) == ["Li Qiang", "Li Qiang", "Li Keqiang", "Li Keqiang", "Li Qiang"])
    // Before any of two full names, a bare name stays as it is.
    let early = Canonicalizer.canonicalize([
      Self.person("d", 0, "Li"), Self.person("d", 20, "Li Qiang"),
      Self.person("d", 40, "Li Keqiang"),
    ])
    #expect(early[0].entityID == "Li")
  }

  @Test func aBareNameJoinsAcrossTheCorpusOnlyWithoutDoubt() {
    // "Li" resolved in one document only, but the corpus knows two full names with "Li":
    // the unresolved "Li" of a third document joins neither.
    let a = Canonicalizer.canonicalize([
      Self.person("a", 0, "Li Qiang"), Self.person("a", 20, "Li"),
    ])
    let b = Canonicalizer.canonicalize([Self.person("b", 0, "Li Keqiang")])
    let c = Canonicalizer.canonicalize([Self.person("c", 0, "Li")])
    let entities = EntityMerger.merge([a, b, c])
    let li = entities.first { $0.id == "Li" }
    #expect(li?.mentions.map(\.doc) == ["c"])
    #expect(entities.first { $0.id == "Li Keqiang" }?.aliases == ["Li Keqiang"])
    // With one full name in the corpus, the bare name joins it.
    let lone = EntityMerger.merge([
      Canonicalizer.canonicalize([
        Self.person("a", 0, "Alexander Lukashenko"), Self.person("a", 30, "Lukashenko"),
      ]),
      Canonicalizer.canonicalize([Self.person("c", 0, "Lukashenko")]),
    ])
    #expect(lone.count == 1 && lone[0].mentions.count == 3)
  }
}
