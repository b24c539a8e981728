import Foundation
import Testing

@testable import CorpusKit

/// The blocked cosine kernel (`SemanticAligner.dots`) gives every pair's dot product bit for
/// bit as the plain sequential sum (`SemanticAligner.dot`) does, whatever the counts of rows
/// and columns (remainders of its blocks of four rows and eight columns included).
struct SemanticDotsTests {
  /// `n` unit vectors of `dim` floats from a fixed pseudo-random sequence.
  static func vectors(_ n: Int, dim: Int, seed: UInt64) -> [[Float]] {
    var state = seed
    func next() -> Float {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(Int64(bitPattern: state >> 11) % 2_000_001 - 1_000_000) / 1_000_000
    }
    return (0..<n).map { _ in
      let v = (0..<dim).map { _ in next() }
      let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return v.map { $0 / norm }
    }
  }

  @Test(arguments: [(0, 3), (1, 1), (3, 7), (4, 8), (5, 9), (9, 17), (13, 24)])
  func blockedEqualsSequentialBitForBit(_ shape: (Int, Int)) {
    let xs = Self.vectors(shape.0, dim: 384, seed: 1)
    let ys = Self.vectors(shape.1, dim: 384, seed: 2)
    let got = SemanticAligner.dots(xs, ys)
    #expect(got.count == xs.count * ys.count)
    var differing = 0
    for i in xs.indices {
      for j in ys.indices
      where got[i * ys.count + j].bitPattern != SemanticAligner.dot(xs[i], ys[j]).bitPattern {
        differing += 1
      }
    }
    #expect(differing == 0)
  }
}
