import Testing

@testable import CorpusKit

/// Prediction history: what the tagger said about a word earlier in a document reaches the
/// word's later mentions in that document and nowhere else.
@Suite struct EntityHistoryTests {
  static func words(_ text: String) -> [WordInfo] {
    text.split(separator: " ").map { WordInfo($0.unicodeScalars) }
  }

  static let org = 1  // type index of ORG
  static let orgClass = UInt64(org + 1)  // its class in the history (0 is O)

  static func features(_ s: [WordInfo], _ history: PredictionHistory?) -> [[UInt64]] {
    let extractor = FeatureExtractor(gazetteer: Gazetteer(), clusters: WordClusters())
    var keys: [UInt64] = []
    var offsets: [Int] = []
    extractor.features(
      s, hints: FeatureExtractor.hints([s]), history: history, keys: &keys, offsets: &offsets)
    return (0..<s.count).map { Array(keys[offsets[$0]..<offsets[$0 + 1]]) }
  }

  @Test func aWordTaggedEarlierGetsItsTypeOnLaterMentions() {
    var history = PredictionHistory()
    history.record(
      Self.words("Acme Corp said on Monday"),
      spans: [TokenSpan(start: 0, end: 2, typeIndex: Self.org)])
    history.record(Self.words("Acme rose"), spans: [TokenSpan(start: 0, end: 1, typeIndex: 0)])
    history.record(Self.words("Acme fell"), spans: [TokenSpan(start: 0, end: 1, typeIndex: 1)])
    let acme = history.counts(Self.words("ACME")[0].lower)
    #expect(acme?.count(Int(Self.orgClass)) == 2)
    #expect(acme?.count(1) == 1)  // PER once
    #expect(acme?.majority == Int(Self.orgClass))
    #expect(acme?.inLonger == 1 << UInt8(Self.org))
    // A capitalised word outside any name counts as O; lowercase words are not recorded.
    #expect(history.counts(Self.words("Monday")[0].lower)?.majority == 0)
    #expect(history.counts(Self.words("said")[0].lower) == nil)

    let later = Self.words("Shares of Acme rose")
    let with = Self.features(later, history)
    let without = Self.features(later, nil)
    let majority = FeatureExtractor.key(.historyMajority, Self.orgClass, 0)
    #expect(with[2].contains(majority))
    #expect(with[2].contains(FeatureExtractor.key(.historyAlso, 1)))
    #expect(with[2].contains(FeatureExtractor.key(.historyLonger, UInt64(Self.org))))
    #expect(!without[2].contains(majority))
    // Words the history never saw get nothing from it.
    #expect(with[0] == without[0])
    #expect(with[3] == without[3])
  }

  /// A model whose only way to call "Acme" an organisation on its own is the history: "Acme
  /// Inc" is ORG by the word after it, and a later bare "Acme" only through what came before.
  @Test func taggingFeedsEachSentenceToTheNextWithinADocumentOnly() {
    let labels = TaggerModel.labels
    let uOrg = TagSet.label(Self.org, .unit)
    let inc = Self.words("Inc")[0].lower
    let keys = [
      FeatureExtractor.key(.bias, 0),
      FeatureExtractor.key(.lowerNext, inc),
      FeatureExtractor.key(.historyMajority, Self.orgClass, 1),
    ]
    var weights = [Float](repeating: 0, count: keys.count * labels)
    weights[0 * labels + TagSet.outside] = 1
    weights[1 * labels + uOrg] = 5
    weights[2 * labels + uOrg] = 5
    let model = TaggerModel(
      keys: keys, weights: weights,
      transitions: [Float](repeating: 0, count: (labels + 1) * labels),
      gazetteer: Gazetteer())
    #expect(model.usesHistory)
    let first = Self.words("Acme Inc said")
    let later = Self.words("Then Acme rose")
    let orgAt0 = [TokenSpan(start: 0, end: 1, typeIndex: Self.org)]
    let orgAt1 = [TokenSpan(start: 1, end: 2, typeIndex: Self.org)]
    #expect(model.tag(document: [first, later]) == [orgAt0, orgAt1])
    // A new document starts without history, and one that never named Acme ORG gives nothing.
    #expect(model.tag(document: [later]) == [[]])
    #expect(model.tag(document: [later, first]) == [[], orgAt0])
    // Without the history weights, the bare mention is not tagged.
    let plain = TaggerModel(
      keys: Array(keys[0..<2]), weights: Array(weights[0..<(2 * labels)]),
      transitions: [Float](repeating: 0, count: (labels + 1) * labels), gazetteer: Gazetteer())
    #expect(!plain.usesHistory)
    #expect(model.tag(document: [first, later])[1] != plain.tag(document: [first, later])[1])
  }
}
