/// Finds the highest-scoring BILOU label sequence under first-order transitions, never
/// producing an invalid sequence (`I-` after `O`, an entity left open at the end).
///
/// O(n · L²) for n tokens and L = 17 labels. Keeps its buffers between calls.
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
                  var best = sc[prev] + tr[c]
                  var arg = 0
                  for p in 1..<labelCount {
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
