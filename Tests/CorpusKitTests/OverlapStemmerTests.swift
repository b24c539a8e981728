import Testing

@_spi(Bench) @testable import CorpusKit

/// The light stemmer: inflections meet, and the fast hash agrees with the stem it stands for.
struct OverlapStemmerTests {
  static let words = [
    "strengthening", "strengthen", "cooperation", "cooperate", "eases", "easing", "ease",
    "countries", "country", "press", "presses", "focus", "analysis", "pardoned", "pardons",
    "quickly", "'s", "s", "a", "bus", "ties", "tie", "used", "use", "1,400", "über", "naïve", "",
  ]

  @Test func fastHashAgreesWithTheStem() {
    for w in Self.words { #expect(Stemmer.stemHash(w) == WordHash.bytes(Stemmer.stem(w)), "\(w)") }
  }

  @Test func inflectionsShareAStem() {
    for (x, y) in [
      ("strengthening", "strengthen"), ("eases", "easing"), ("countries", "country"),
      ("pardoned", "pardons"),
    ] {
      #expect(Stemmer.stemHash(x) == Stemmer.stemHash(y), "\(x) ~ \(y)")
    }
    #expect(Stemmer.stemHash("press") != Stemmer.stemHash("pardon"))
  }
}
