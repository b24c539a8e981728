import Foundation

/// Trains a `TaggerModel` with the averaged structured perceptron (Collins 2002): decode each
/// training sentence with the current weights, and where the best sequence differs from the
/// gold one, add the gold features and subtract the predicted ones. Averaging the weights over
/// all steps keeps the model from chasing the last sentences it saw.
///
/// Deterministic: sentences are visited in an order drawn from a fixed seed, and ties in the
/// decoder break the same way every run.
public struct Trainer {
  /// How long and how to train; the defaults train the bundled model.
  public struct Options: Sendable {
    /// First names for the gazetteer (`data/names/first-names.txt`, read by `reader train-ner`).
    public var firstNames: [String] = []
    /// Surnames for the gazetteer (`data/names/surnames.txt` where present).
    public var surnames: [String] = []
    /// Word clusters for the cluster features (`data/clusters/clusters.txt`); empty for none.
    public var clusters = WordClusters()
    /// Passes over the training data at most (the best epoch on valid is kept).
    public var maxEpochs = 12
    /// Folds for the training-data gazetteer: each training document sees the names of the
    /// other folds only, so the model learns how far a gazetteer match can be trusted on
    /// names it has not seen.
    var gazetteerFolds = 5
    /// Prediction-history features (`PredictionHistory`). Their training values come from
    /// first-pass models without them, each trained on the other folds of the training
    /// documents, so that the history a document sees in training is as noisy as at test time.
    public var history = true
    /// Folds for the first-pass models of the history.
    var historyFolds = 5
    /// Passes over the data of each first-pass model (its last epoch is used).
    public var historyEpochs = 8
    var seed: UInt64 = 20_030_531
    /// The defaults.
    public init() {}
  }

  /// What training did, epoch by epoch.
  public struct Report: Sendable {
    var epochs: [(epoch: Int, mistakes: Int, validF1: Double?)] = []
    /// The epoch whose weights the model keeps (1-based).
    public var bestEpoch = 0
    /// Features with a weight in the trained model.
    public var features = 0
  }

  var options: Options
  /// A trainer with the given options.
  public init(options: Options = Options()) { self.options = options }

  /// Trains on `train`; if `valid` is given, keeps the epoch with the best valid F1 (the only
  /// thing valid is used for), else the last epoch.
  public func train(
    _ train: [CoNLLDocument], valid: [CoNLLDocument]?, log: (String) -> Void = { _ in }
  ) -> (model: TaggerModel, report: Report) {
    let labelCount = TagSet.count
    let docs = train.map { d in d.sentences.map { s in s.words.map { WordInfo($0.unicodeScalars) } }
    }
    // Gazetteers: the hand lists plus the training names, one per fold and one with all of them.
    var hand = GazetteerLists.gazetteer()
    hand.merge(Gazetteer.names(firstNames: options.firstNames, surnames: options.surnames))
    let folds = max(1, options.gazetteerFolds)
    var foldNames = [Gazetteer](repeating: Gazetteer(), count: folds)
    for (di, d) in train.enumerated() {
      for (si, s) in d.sentences.enumerated() {
        for span in s.gold {
          foldNames[di % folds].add(
            lowers: docs[di][si][span.start..<span.end].map(\.lower),
            bits: 1 << UInt8(span.typeIndex))
        }
      }
    }
    var full = hand
    for g in foldNames { full.merge(g) }
    let foldGazetteers = (0..<folds).map { f -> Gazetteer in
      var g = hand
      for (k, other) in foldNames.enumerated() where k != f || folds == 1 { g.merge(other) }
      return g
    }

    // The first pass's labels for the history, each document tagged by a model that never saw it.
    var firstPass: [[[TokenSpan]]] = []
    if options.history {
      firstPass = [[[TokenSpan]]](repeating: [], count: train.count)
      let k = max(2, options.historyFolds)
      var first = options
      first.history = false
      first.maxEpochs = options.historyEpochs
      for f in 0..<k {
        let rest = train.indices.filter { $0 % k != f }.map { train[$0] }
        let (m, _) = Trainer(options: first).train(rest, valid: nil)
        for di in train.indices where di % k == f { firstPass[di] = m.tag(document: docs[di]) }
        log("history: first-pass model \(f + 1) of \(k) done")
      }
    }

    // Features of every training sentence, as ids.
    var ids: [UInt64: Int32] = [:]
    var allKeys: [UInt64] = []
    struct Example {
      var features: [Int32]
      var offsets: [Int]
      var gold: [Int]
    }
    var examples: [Example] = []
    var keys: [UInt64] = []
    var offsets: [Int] = []
    for (di, d) in docs.enumerated() {
      let extractor = FeatureExtractor(
        gazetteer: foldGazetteers[di % folds], clusters: options.clusters)
      let hints = FeatureExtractor.hints(d)
      var history = options.history ? PredictionHistory() : nil
      for (si, s) in d.enumerated() {
        extractor.features(s, hints: hints, history: history, keys: &keys, offsets: &offsets)
        history?.record(s, spans: options.history ? firstPass[di][si] : [])
        let f = keys.map { k -> Int32 in
          if let id = ids[k] { return id }
          let id = Int32(allKeys.count)
          ids[k] = id
          allKeys.append(k)
          return id
        }
        examples.append(
          Example(
            features: f, offsets: offsets,
            gold: TagSet.labels(spans: train[di].sentences[si].gold, count: s.count)))
      }
    }
    log("training: \(examples.count) sentences, \(allKeys.count) features")

    let nf = allKeys.count
    var w = [Float](repeating: 0, count: nf * labelCount)
    var u = [Float](repeating: 0, count: nf * labelCount)
    var tw = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
    var tu = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
    var c: Float = 1
    var rng = SplitMix(seed: options.seed)
    var order = Array(examples.indices)
    var decoder = ViterbiDecoder()
    var scores: [Float] = []
    var report = Report()
    var best: (f1: Double, model: TaggerModel)? = nil

    func averaged() -> TaggerModel {
      var aw = [Float](repeating: 0, count: nf * labelCount)
      for i in 0..<(nf * labelCount) { aw[i] = w[i] - u[i] / c }
      var at = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
      for i in at.indices { at[i] = tw[i] - tu[i] / c }
      return TaggerModel.pruned(
        keys: allKeys, weights: aw, transitions: at, gazetteer: full, clusters: options.clusters)
    }

    for epoch in 1...options.maxEpochs {
      order.shuffle(using: &rng)
      var mistakes = 0
      for ei in order {
        let ex = examples[ei]
        let n = ex.gold.count
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: n * labelCount))
        w.withUnsafeBufferPointer { wp in
          for t in 0..<n {
            for k in ex.offsets[t]..<ex.offsets[t + 1] {
              let r = Int(ex.features[k]) * labelCount
              for l in 0..<labelCount { scores[t * labelCount + l] += wp[r + l] }
            }
          }
        }
        let pred = decoder.decode(emissions: scores, count: n, transitions: tw)
        if pred != ex.gold {
          mistakes += 1
          w.withUnsafeMutableBufferPointer { wp in
            u.withUnsafeMutableBufferPointer { up in
              for t in 0..<n where pred[t] != ex.gold[t] {
                for k in ex.offsets[t]..<ex.offsets[t + 1] {
                  let r = Int(ex.features[k]) * labelCount
                  wp[r + ex.gold[t]] += 1
                  up[r + ex.gold[t]] += c
                  wp[r + pred[t]] -= 1
                  up[r + pred[t]] -= c
                }
              }
            }
          }
          for t in 0..<n {
            let gp = t == 0 ? labelCount : ex.gold[t - 1]
            let pp = t == 0 ? labelCount : pred[t - 1]
            if gp == pp && ex.gold[t] == pred[t] { continue }
            tw[gp * labelCount + ex.gold[t]] += 1
            tu[gp * labelCount + ex.gold[t]] += c
            tw[pp * labelCount + pred[t]] -= 1
            tu[pp * labelCount + pred[t]] -= c
          }
        }
        c += 1
      }
      var f1: Double? = nil
      if let valid {
        let model = averaged()
        let score = NEREvaluation.evaluate(model: model, documents: valid, consistency: false)
        f1 = score.overall.f1
        if best == nil || score.overall.f1 > best!.f1 {
          best = (score.overall.f1, model)
          report.bestEpoch = epoch
        }
      }
      report.epochs.append((epoch, mistakes, f1))
      log(
        "epoch \(epoch): \(mistakes) sentences wrong"
          + (f1.map { String(format: ", valid F1 %.4f", $0) } ?? ""))
    }
    let model = best?.model ?? averaged()
    if best == nil { report.bestEpoch = options.maxEpochs }
    report.features = model.featureCount
    return (model, report)
  }
}

extension TaggerModel {
  /// A model without the features whose weights are all near zero (most rare features end up
  /// there after averaging), which keeps the file small.
  static func pruned(
    keys: [UInt64], weights: [Float], transitions: [Float], gazetteer: Gazetteer,
    clusters: WordClusters, threshold: Float = 0.01
  )
    -> TaggerModel
  {
    let labelCount = labels
    var k2: [UInt64] = []
    var w2: [Float] = []
    for (i, k) in keys.enumerated() {
      let row = weights[(i * labelCount)..<((i + 1) * labelCount)]
      if row.contains(where: { abs($0) >= threshold }) {
        k2.append(k)
        w2.append(contentsOf: row)
      }
    }
    return TaggerModel(
      keys: k2, weights: w2, transitions: transitions, gazetteer: gazetteer, clusters: clusters)
  }
}
