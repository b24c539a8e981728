/// A trained tagger: weights per (feature, label), label transitions, and the gazetteer.
///
/// Tagging a sentence sums the weight rows of its features for each token, then finds the
/// best valid BILOU sequence with `ViterbiDecoder`. Immutable and `Sendable`.
public struct TaggerModel: Sendable {
  static let labels = TagSet.count
  /// Feature keys, in row order.
  let keys: [UInt64]
  /// `keys.count × labels` weights, row-major.
  let weights: [Float]
  /// `(labels + 1) × labels`: row `labels` is the sentence start.
  let transitions: [Float]
  let gazetteer: Gazetteer
  /// Word clusters learnt from unlabeled text (empty in a model trained without them).
  let clusters: WordClusters
  private let table: FeatureTable
  /// Whether the model was trained with prediction-history features (then tagging goes through
  /// a document sentence by sentence, feeding each sentence's labels to the next).
  let usesHistory: Bool

  init(
    keys: [UInt64], weights: [Float], transitions: [Float], gazetteer: Gazetteer,
    clusters: WordClusters = WordClusters()
  ) {
    precondition(weights.count == keys.count * Self.labels)
    precondition(transitions.count == (Self.labels + 1) * Self.labels)
    self.keys = keys
    self.weights = weights
    self.transitions = transitions
    self.gazetteer = gazetteer
    self.clusters = clusters
    self.table = FeatureTable(keys: keys, weights: weights)
    let table = self.table
    self.usesHistory = FeatureExtractor.historyProbeKeys.contains { table.contains($0) }
  }

  /// Number of features with weights.
  var featureCount: Int { keys.count }

  /// Tags every sentence of a document (sentences as `WordInfo`s), returning spans per sentence.
  func tag(document sentences: [[WordInfo]]) -> [[TokenSpan]] {
    let extractor = FeatureExtractor(gazetteer: gazetteer, clusters: clusters)
    let hints = FeatureExtractor.hints(sentences)
    var keys: [UInt64] = []
    var offsets: [Int] = []
    var scores: [Float] = []
    var decoder = ViterbiDecoder()
    var history = usesHistory ? PredictionHistory() : nil
    var kept: [[Float]] = []
    kept.reserveCapacity(sentences.count)
    let spans = sentences.map { s -> [TokenSpan] in
      if s.isEmpty {
        kept.append([])
        return []
      }
      extractor.features(s, hints: hints, history: history, keys: &keys, offsets: &offsets)
      emissions(keys: keys, offsets: offsets, into: &scores)
      kept.append(scores)
      let spans = TagSet.spans(
        labels: decoder.decode(emissions: scores, count: s.count, transitions: transitions))
      history?.record(s, spans: spans)
      return spans
    }
    return FirstNameDoubt(gazetteer: gazetteer).retype(
      sentences, spans, emissions: kept, transitions: transitions, decoder: &decoder)
  }

  /// Per-token label scores: the sum of the weight rows of the token's known features.
  func emissions(keys: [UInt64], offsets: [Int], into scores: inout [Float]) {
    let n = offsets.count - 1
    let labelCount = 17
    precondition(Self.labels == labelCount)
    scores.removeAll(keepingCapacity: true)
    scores.append(contentsOf: repeatElement(0, count: n * labelCount))
    let mask = table.mask
    let scale = table.scale
    table.slots.withUnsafeBufferPointer { slots in
      scores.withUnsafeMutableBufferPointer { out in
        keys.withUnsafeBufferPointer { keys in
          for t in 0..<n {
            // Labels 0..<16 as one vector, label 16 apart; 32-bit sums cannot overflow.
            var acc = SIMD16<Int32>(repeating: 0)
            var last: Int32 = 0
            for k in offsets[t]..<offsets[t + 1] {
              let key = FeatureTable.nonzero(keys[k])
              var i = Int(truncatingIfNeeded: key) & mask
              while true {
                let slotKey = slots[i].key
                if slotKey == key {
                  acc &+= SIMD16<Int32>(truncatingIfNeeded: slots[i].weights)
                  last &+= Int32(slots[i].last)
                  break
                }
                if slotKey == 0 { break }
                i = (i + 1) & mask
              }
            }
            let base = t * labelCount
            let f = SIMD16<Float>(acc) * scale
            for l in 0..<16 { out[base + l] = f[l] }
            out[base + 16] = Float(last) * scale
          }
        }
      }
    }
  }
}
