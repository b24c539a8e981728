import Testing

@testable import CorpusKit

/// A lone first name ("Chelsea", "Oscar") that its document never uses in a full person name is
/// re-decoded without the person labels, so a club or a prize named like a person gets the type
/// the tagger ranks next; a first name the document introduces in full stays a person.
@Suite struct EntityFirstNameDoubtTests {
  static func words(_ text: String) -> [WordInfo] {
    text.split(separator: " ").map { WordInfo($0.unicodeScalars) }
  }

  /// "Chelsea" and "Oscar" are first names that the training names also hold as ORG and MISC;
  /// "Lukashenko" is only a person's name, "Maria" only a first name.
  static let doubt: FirstNameDoubt = {
    var g = Gazetteer.names(firstNames: ["chelsea", "oscar", "maria"], surnames: [])
    g.add(phrase: "chelsea", bits: 1 << 1)
    g.add(phrase: "oscar", bits: 1 << 3)
    g.add(phrase: "lukashenko", bits: 1 << 0)
    return FirstNameDoubt(gazetteer: g)
  }()

  /// Emissions for a sentence whose first word scores best as U-PER and next as U-ORG, the
  /// others as O.
  static func emissions(count: Int) -> [Float] {
    var e = [Float](repeating: 0, count: count * TagSet.count)
    e[TagSet.label(0, .unit)] = 5
    e[TagSet.label(1, .unit)] = 3
    for t in 1..<count { e[t * TagSet.count + TagSet.outside] = 5 }
    return e
  }

  static func retype(_ doc: [String]) -> [[TokenSpan]] {
    let sentences = doc.map(words)
    let spans = sentences.map { _ in [TokenSpan(start: 0, end: 1, typeIndex: 0)] }
    var decoder = ViterbiDecoder()
    return doubt.retype(
      sentences, spans, emissions: sentences.map { emissions(count: $0.count) },
      transitions: [Float](repeating: 0, count: (TagSet.count + 1) * TagSet.count),
      decoder: &decoder)
  }

  @Test func aLoneFirstNameTakesTheNextType() {
    let out = Self.retype(["Chelsea beat Arsenal", "Oscar nominations were out"])
    #expect(out[0] == [TokenSpan(start: 0, end: 1, typeIndex: 1)])
    #expect(out[1] == [TokenSpan(start: 0, end: 1, typeIndex: 1)])
  }

  @Test func aFirstNameUsedInAFullNameStaysAPerson() {
    let sentences = ["Chelsea Clinton spoke", "Chelsea said so"].map(Self.words)
    let spans = [
      [TokenSpan(start: 0, end: 2, typeIndex: 0)], [TokenSpan(start: 0, end: 1, typeIndex: 0)],
    ]
    var decoder = ViterbiDecoder()
    let out = Self.doubt.retype(
      sentences, spans, emissions: sentences.map { Self.emissions(count: $0.count) },
      transitions: [Float](repeating: 0, count: (TagSet.count + 1) * TagSet.count),
      decoder: &decoder)
    #expect(out == spans)
  }

  @Test func aPersonOnlyNameOrAFirstNameNeverSeenAsAnotherTypeStaysAPerson() {
    let out = Self.retype(["Lukashenko said so", "Maria said so"])
    #expect(out[0] == [TokenSpan(start: 0, end: 1, typeIndex: 0)])
    #expect(out[1] == [TokenSpan(start: 0, end: 1, typeIndex: 0)])
  }
}
