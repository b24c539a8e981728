import Testing

@_spi(Bench) @testable import CorpusKit

/// `TextSearch` folds like the rest of CorpusKit (`Normalizer.fold`) and returns exact scalar
/// ranges of the source.
@Suite struct TextSearchTests {
  static func find(_ q: String, _ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return TextSearch.find(q, in: s, range: 0..<s.count).map {
      String(String.UnicodeScalarView(s[$0]))
    }
  }

  @Test func straightAndCurlyApostrophesFindEachOther() {
    #expect(Self.find("don't", "I don’t know, they don't.") == ["don’t", "don't"])
    #expect(Self.find("DON’T", "I don’t know, they don't.") == ["don’t", "don't"])
  }

  @Test func theSearchFoldsAsTheOverlapEngineTokenizes() {
    // The tokenizer (and so the overlap engine) keeps "don’t" as one word whose normal form is
    // the folded query: a search and an overlap agree on what is the same word.
    let text = "They don’t agree."
    let toks = Tokenizer.tokenize(text)
    let scalars = Array(text.unicodeScalars)
    let word = toks.first { String(String.UnicodeScalarView(scalars[$0.range])) == "don’t" }
    #expect(word?.norm == Normalizer.fold("don't"))
    #expect(TextSearch.find("don't", in: scalars, range: 0..<scalars.count) == [word!.range])
  }

  @Test func caseAndDashesAndSpacesFold() {
    #expect(Self.find("über", "ÜBER alles, Über") == ["ÜBER", "Über"])
    #expect(Self.find("1-2", "score 1–2 and 1—2") == ["1–2", "1—2"])
    #expect(Self.find("10 km", "10\u{00A0}km") == ["10\u{00A0}km"])
    #expect(Self.find("war", "no match here").isEmpty)
    #expect(Self.find("", "anything").isEmpty)
  }

  @Test func matchesCoverWholeSourceScalars() {
    // "…" folds to three scalars: "..." finds it, a lone "." is never half of it.
    #expect(Self.find("...", "wait… what...") == ["…", "..."])
    #expect(Self.find(".", "a…b").isEmpty)
    #expect(Self.find("aa", "aaa") == ["aa"])  // left to right, no overlap
  }

  @Test func aMatchStaysInsideItsParagraphAndSkipsFurnitureUnlessAsked() {
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: "Alpha beta\n\ngamma Alpha"), context: CleaningContext()
    )
    let m = TextSearch.find("alpha", in: d, furniture: true)
    #expect(m.count == 2)
    #expect(TextSearch.find("beta gamma", in: d, furniture: true).isEmpty)
    for r in m { #expect(Normalizer.fold(d.text.scalars[r]) == "alpha") }
  }

  @Test func everyWordOfTheSampleIsFoundWhereItStands() throws {
    let corpus = try CorpusLoader.load(SharedData.sample)
    for d in corpus.documents {
      let s = d.text.scalars
      for t in d.tokens.prefix(300) where t.range.count >= 4 && t.kind == .word {
        let q = String(String.UnicodeScalarView(s[t.range]))
        let p = d.paragraphs.first { $0.range.contains(t.range.lowerBound) }!
        let m = TextSearch.find(q, in: s, range: p.range)
        #expect(m.allSatisfy { Normalizer.fold(s[$0]) == Normalizer.fold(q) }, "\(q) in \(d.id)")
        #expect(m.contains { $0.overlaps(t.range) }, "\(q) not found in \(d.id)")
      }
    }
  }
}
