import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Text the recogniser must survive: nothing, one endless sentence, shouting, no letters,
/// other scripts. No crash, offsets inside the text, and sensible output.
@Suite struct EntityBadInputTests {
  static func mentions(_ text: String) throws -> (Document, [EntityMention]) {
    let corpus = Corpus(raw: [RawDocument(id: "bad", path: "bad.txt", text: text)])
    let d = corpus.documents[0]
    return (d, try EntityRecognizer.loadDefault().mentions(in: d))
  }

  static func checkOffsets(_ d: Document, _ ms: [EntityMention]) {
    for m in ms {
      #expect(m.range.lowerBound >= 0 && m.range.upperBound <= d.text.count && !m.range.isEmpty)
      #expect(d.slice(m.range) == m.text)
    }
  }

  @Test func emptyAndBlankTextYieldNothing() throws {
    #expect(try Self.mentions("").1.isEmpty)
    #expect(try Self.mentions("   \n\n\t\n").1.isEmpty)
  }

  /// A hang guard, not a speed figure (speed is `reader-bench ner`): the time limit only stops
  /// a run that went quadratic, and is generous enough for a loaded machine.
  @Test(.timeLimit(.minutes(5))) func aMegabyteSentenceWithNoFullStop() throws {
    var text = ""
    let words = [
      "the", "minister", "from", "Germany", "said", "that", "Angela", "Merkel", "and", "several",
      "others",
    ]
    var i = 0
    while text.utf8.count < 1_000_000 {
      text += words[i % words.count] + " "
      i += 1
    }
    let (d, ms) = try Self.mentions(text)
    Self.checkOffsets(d, ms)
    #expect(ms.contains { $0.text == "Germany" && $0.type == .location })
  }

  @Test func allCapsText() throws {
    let (d, ms) = try Self.mentions(
      "Headline\n\nPRESIDENT EMMANUEL MACRON OF FRANCE MET CHANCELLOR OLAF SCHOLZ IN BERLIN ON MONDAY TO DISCUSS THE BUDGET OF THE EUROPEAN UNION.\n"
    )
    Self.checkOffsets(d, ms)
    #expect(ms.contains { $0.text == "FRANCE" && $0.type == .location })
    #expect(ms.contains { $0.text == "BERLIN" && $0.type == .location })
  }

  @Test func textWithoutLetters() throws {
    let (d, ms) = try Self.mentions(
      "12345 67.89 -- !!! ??? 2,000 ... %%% $$$ 1/2/3\n\n--- *** ---\n")
    Self.checkOffsets(d, ms)
    #expect(ms.allSatisfy { [.date, .money, .percent].contains($0.type) })
  }

  @Test func cyrillicAndChineseText() throws {
    let (d, ms) = try Self.mentions(
      "Новости дня\n\nПрезидент Беларуси Александр Лукашенко прибыл в Пекин. 中国国家主席习近平在北京会见了白俄罗斯总统卢卡申科。 Then Lukashenko flew home to Minsk.\n"
    )
    Self.checkOffsets(d, ms)
    #expect(ms.contains { $0.text == "Minsk" && $0.type == .location })
    // Caseless CJK text is not taken as one huge name.
    #expect(!ms.contains { $0.text.unicodeScalars.count > 40 })
  }
}
