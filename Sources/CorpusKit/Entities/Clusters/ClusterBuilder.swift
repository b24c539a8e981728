import Foundation

/// Learns word clusters from unlabeled text, in the spirit of Brown clusters: a binary tree of
/// words where words that share a path prefix occur in similar contexts.
///
/// Each word seen at least `minCount` times is described by the words around it (two to each
/// side, the `contextWords` most frequent words as themselves and the others by a coarse shape),
/// weighted by positive pointwise mutual information and projected to `dimensions` numbers by a
/// fixed random projection. The words are grouped into `clusters` flat clusters by spherical
/// k-means (seeded with the most frequent words), and the clusters are joined bottom-up into a
/// binary tree by Ward's method; a word's path is its cluster's path from the root, cut at
/// `depth` bits.
///
/// Deterministic: the vocabulary is ordered by count then word, the projection comes from a
/// fixed seed, k-means starts from fixed words and ties break by index, so the same text gives
/// the same table.
@_spi(Bench) public struct ClusterBuilder {
  /// How to build the tree.
  public struct Options: Sendable {
    /// Words seen fewer times get no cluster.
    public var minCount = 3
    /// Frequent words that stand as contexts by themselves.
    public var contextWords = 1000
    /// Length of the projected context vectors.
    public var dimensions = 128
    /// Levels of the tree (longest path).
    public var depth = 20
    /// Flat clusters (the leaves of the tree).
    public var clusters = 256
    /// K-means rounds.
    public var iterations = 8
    var seed: UInt64 = 0x5EED_C1A5
    /// The defaults.
    public init() {}
  }

  /// One word's place in the tree.
  public struct Entry: Sendable, Equatable {
    /// Bits from the root ("0110").
    public var path: String
    /// The word as written.
    public var word: String
    /// How often it occurs in the text.
    public var count: Int
  }

  var options: Options
  /// A builder with the given options.
  public init(options: Options = Options()) { self.options = options }

  /// Folds typographic quotes and dashes as the tagger does, so that a word's table entry has
  /// the key the tagger computes.
  public static func normalize(_ word: Substring) -> String {
    var s = String.UnicodeScalarView()
    for u in word.unicodeScalars {
      s.append(Unicode.Scalar(WordInfo.fold(u.value)) ?? u)
    }
    return String(s)
  }

  /// A coarse class for a word outside the context vocabulary.
  static func shapeClass(_ w: String) -> Int {
    guard let f = w.unicodeScalars.first else { return 0 }
    if f.properties.numericType != nil { return 1 }
    if f.properties.isUppercase { return 2 }
    if f.properties.isLowercase { return 3 }
    return 0
  }

  /// The tree for the given sentences (words as written), as entries sorted by path then word.
  public func build(_ sentences: [[String]]) -> [Entry] {
    // Vocabulary: count, then order by count (descending) and word.
    var counts: [String: Int] = [:]
    for s in sentences { for w in s { counts[w, default: 0] += 1 } }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    var index: [String: Int] = [:]
    for (i, e) in ranked.enumerated() { index[e.key] = i }
    let vocab = ranked.prefix { $0.value >= options.minCount }
    let v = vocab.count
    guard v >= 2 else { return [] }

    // Context ids: the most frequent words, then four shape classes, then two boundaries.
    let cw = min(options.contextWords, ranked.count)
    let contexts = cw + 6
    let positions = [-2, -1, 1, 2]
    let featureCount = positions.count * contexts
    var cooc = [[Int32: Float]](repeating: [:], count: v)
    var featureTotals = [Double](repeating: 0, count: featureCount)
    for s in sentences {
      let ids = s.map { index[$0]! }
      for (i, wid) in ids.enumerated() where wid < v {
        for (pi, d) in positions.enumerated() {
          let j = i + d
          let c: Int
          if j < 0 {
            c = cw + 4
          } else if j >= ids.count {
            c = cw + 5
          } else {
            c = ids[j] < cw ? ids[j] : cw + Self.shapeClass(s[j])
          }
          let f = Int32(pi * contexts + c)
          cooc[wid][f, default: 0] += 1
          featureTotals[Int(f)] += 1
        }
      }
    }

    // PPMI with the context distribution smoothed (exponent 0.75), then a fixed random
    // projection (each feature adds a ±1 vector), normalised to unit length.
    let smoothed = featureTotals.map { pow($0, 0.75) }
    let smoothedTotal = smoothed.reduce(0, +)
    let total = featureTotals.reduce(0, +)
    let d = options.dimensions
    var rng = SplitMix(seed: options.seed)
    var projection = [Float](repeating: 0, count: featureCount * d)
    for i in projection.indices { projection[i] = rng.next() & 1 == 0 ? 1 : -1 }
    var vectors = [Float](repeating: 0, count: v * d)
    for w in 0..<v {
      let row = cooc[w]
      let wordTotal = row.values.reduce(Float(0), +)
      // Features in a fixed order, so sums round the same way every run.
      for f in row.keys.sorted() {
        let n = Double(row[f]!)
        let pmi = log(n * total / (Double(wordTotal) * total * smoothed[Int(f)] / smoothedTotal))
        guard pmi > 0 else { continue }
        let x = Float(pmi)
        let base = Int(f) * d
        for k in 0..<d { vectors[w * d + k] += x * projection[base + k] }
      }
      var norm: Float = 0
      for k in 0..<d { norm += vectors[w * d + k] * vectors[w * d + k] }
      norm = norm.squareRoot()
      if norm > 0 { for k in 0..<d { vectors[w * d + k] /= norm } }
    }
    cooc = []

    // Flat clusters by spherical k-means, seeded with the most frequent words.
    let k = min(options.clusters, v)
    let assign = kMeans(vectors, count: v, dimensions: d, clusters: k)
    // The tree over the clusters: Ward's agglomerative merging of their centroids.
    let clusterPaths = wardPaths(vectors, assign: assign, dimensions: d, clusters: k)
    return (0..<v).map { w -> Entry in
      let p = String(clusterPaths[assign[w]].prefix(options.depth))
      return Entry(path: p.isEmpty ? "0" : p, word: vocab[w].key, count: vocab[w].value)
    }
    .sorted { $0.path != $1.path ? $0.path < $1.path : $0.word < $1.word }
  }

  /// Spherical k-means over unit vectors, started from the first `clusters` vectors (the most
  /// frequent words); the cluster of every vector.
  func kMeans(_ x: [Float], count v: Int, dimensions d: Int, clusters k: Int) -> [Int] {
    var centroids = Array(x[0..<(k * d)])
    var assign = [Int](repeating: 0, count: v)
    for round in 0...options.iterations {
      x.withUnsafeBufferPointer { xp in
        centroids.withUnsafeBufferPointer { cp in
          for w in 0..<v {
            var best = 0
            var bestScore = -Float.infinity
            for c in 0..<k {
              var s: Float = 0
              for j in 0..<d { s += xp[w * d + j] * cp[c * d + j] }
              if s > bestScore {
                bestScore = s
                best = c
              }
            }
            assign[w] = best
          }
        }
      }
      if round == options.iterations { break }
      var sums = [Float](repeating: 0, count: k * d)
      for w in 0..<v { for j in 0..<d { sums[assign[w] * d + j] += x[w * d + j] } }
      for c in 0..<k {
        var norm: Float = 0
        for j in 0..<d { norm += sums[c * d + j] * sums[c * d + j] }
        guard norm > 0 else { continue }  // an empty cluster keeps its centroid
        norm = norm.squareRoot()
        for j in 0..<d { centroids[c * d + j] = sums[c * d + j] / norm }
      }
    }
    return assign
  }

  /// Bit paths of the clusters in a binary tree built by Ward's method: repeatedly merge the two
  /// groups whose union adds least to the within-group variance (the first pair in index order
  /// on ties). Empty clusters get no path.
  func wardPaths(_ x: [Float], assign: [Int], dimensions d: Int, clusters k: Int) -> [String] {
    var size = [Double](repeating: 0, count: k)
    var mean = [Double](repeating: 0, count: k * d)
    for (w, c) in assign.enumerated() {
      size[c] += 1
      for j in 0..<d { mean[c * d + j] += Double(x[w * d + j]) }
    }
    for c in 0..<k where size[c] > 0 { for j in 0..<d { mean[c * d + j] /= size[c] } }
    // Node ids: clusters 0..<k, merges k...; `slot[i]` is the node a group currently is.
    var active = (0..<k).filter { size[$0] > 0 }
    var node = Array(0..<k)
    var children: [(Int, Int)] = []
    func cost(_ a: Int, _ b: Int) -> Double {
      var s = 0.0
      for j in 0..<d {
        let t = mean[a * d + j] - mean[b * d + j]
        s += t * t
      }
      return s * size[a] * size[b] / (size[a] + size[b])
    }
    var dist = [Double](repeating: .infinity, count: k * k)
    for (ai, a) in active.enumerated() {
      for b in active[(ai + 1)...] { dist[a * k + b] = cost(a, b) }
    }
    while active.count > 1 {
      var best = (a: -1, b: -1, c: Double.infinity)
      for (ai, a) in active.enumerated() {
        for b in active[(ai + 1)...] where dist[a * k + b] < best.c {
          best = (a, b, dist[a * k + b])
        }
      }
      let (a, b) = (best.a, best.b)
      children.append((node[a], node[b]))
      node[a] = k + children.count - 1
      let total = size[a] + size[b]
      for j in 0..<d {
        mean[a * d + j] = (mean[a * d + j] * size[a] + mean[b * d + j] * size[b]) / total
      }
      size[a] = total
      active.removeAll { $0 == b }
      for o in active where o != a {
        let c = cost(a, o)
        if o < a { dist[o * k + a] = c } else { dist[a * k + o] = c }
      }
    }
    var paths = [String](repeating: "", count: k)
    guard let root = active.first else { return paths }
    var stack: [(Int, String)] = [(node[root], "")]
    while let (n, p) = stack.popLast() {
      if n < k {
        paths[n] = p
      } else {
        let (l, r) = children[n - k]
        stack.append((r, p + "1"))
        stack.append((l, p + "0"))
      }
    }
    return paths
  }
}
