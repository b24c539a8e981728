/// Finds the highest-scoring BILOU label sequence under first-order transitions, never
/// producing an invalid sequence (`I-` after `O`, an entity left open at the end).
///
/// O(n · A) for n tokens and A = 97 allowed label pairs (of 17² = 289): a label is only compared
/// with the labels that may precede it. Keeps its buffers between calls.
struct ViterbiDecoder {
  private var score: [Float] = []
  private var back: [Int32] = []
  private var masked: [Float] = []
  static let forbidden: Float = -1e30

  /// Allowed transitions, `(L + 1) × L`, row L = sentence start.
  static let allowed: [Bool] = {
    let labelCount = TagSet.count
    var a = [Bool](repeating: false, count: (labelCount + 1) * labelCount)
    for p in 0...labelCount {
      for c in 0..<labelCount {
        a[p * labelCount + c] = p == labelCount ? TagSet.allowedFirst(c) : TagSet.allowed(p, c)
      }
    }
    return a
  }()

  /// For each label c, the labels that may precede it, ascending:
  /// `list[offsets[c]..<offsets[c + 1]]`.
  static let predecessors: (offsets: [Int], list: [Int]) = {
    let labelCount = TagSet.count
    var offsets = [0]
    var list: [Int] = []
    for c in 0..<labelCount {
      for p in 0..<labelCount where TagSet.allowed(p, c) { list.append(p) }
      offsets.append(list.count)
    }
    return (offsets, list)
  }()

  /// The best labels for `count` tokens given emission scores (`count × L`) and transitions.
  mutating func decode(emissions: [Float], count n: Int, transitions: [Float]) -> [Int] {
    let labelCount = TagSet.count
    if n == 0 { return [] }
    score.removeAll(keepingCapacity: true)
    score.append(contentsOf: repeatElement(Self.forbidden, count: n * labelCount))
    back.removeAll(keepingCapacity: true)
    back.append(contentsOf: repeatElement(0, count: n * labelCount))
    // Transitions with the forbidden ones at -inf, so the inner loop needs no test.
    masked.removeAll(keepingCapacity: true)
    for (i, ok) in Self.allowed.enumerated() { masked.append(ok ? transitions[i] : Self.forbidden) }
    let (predOffsets, predList) = Self.predecessors
    masked.withUnsafeBufferPointer { tr in
      emissions.withUnsafeBufferPointer { em in
        score.withUnsafeMutableBufferPointer { sc in
          back.withUnsafeMutableBufferPointer { bk in
            for c in 0..<labelCount { sc[c] = em[c] + tr[labelCount * labelCount + c] }
            if n > 1 {
              for t in 1..<n {
                let prev = (t - 1) * labelCount
                let cur = t * labelCount
                for c in 0..<labelCount {
                  let lo = predOffsets[c]
                  let hi = predOffsets[c + 1]
                  var arg = predList[lo]
                  var best = sc[prev + arg] + tr[arg * labelCount + c]
                  for k in (lo + 1)..<hi {
                    let p = predList[k]
                    let v = sc[prev + p] + tr[p * labelCount + c]
                    if v > best {
                      best = v
                      arg = p
                    }
                  }
                  sc[cur + c] = max(best, Self.forbidden) + em[cur + c]
                  bk[cur + c] = Int32(arg)
                }
              }
            }
          }
        }
      }
    }
    var best = Self.forbidden
    var arg = 0
    let last = (n - 1) * labelCount
    for c in 0..<labelCount where TagSet.allowedLast(c) && score[last + c] > best {
      best = score[last + c]
      arg = c
    }
    var labels = [Int](repeating: 0, count: n)
    labels[n - 1] = arg
    if n > 1 {
      for t in stride(from: n - 1, to: 0, by: -1) {
        labels[t - 1] = Int(back[t * labelCount + labels[t]])
      }
    }
    return labels
  }
}
