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

  /// Unit vectors near those of `base` (a share `noise` of a fresh random direction), so
  /// that their cosines with `base` spread over the aligner's thresholds.
  static func near(_ base: [[Float]], count: Int, noise: Float, seed: UInt64) -> [[Float]] {
    let r = vectors(count, dim: base[0].count, seed: seed)
    return (0..<count).map { j in
      let v = zip(base[j % base.count], r[j]).map { $0 + noise * Float(j % 5) * $1 }
      let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return v.map { $0 / norm }
    }
  }

  @Test(arguments: [(7, 13), (9, 33), (12, 5)])
  func screenedValuesAtTheBarAreExactAndNoneCrossesIt(_ shape: (Int, Int)) {
    let xs = Self.vectors(shape.0, dim: 384, seed: 5)
    let ys = Self.near(xs, count: shape.1, noise: 0.35, seed: 6)
    let bar: Float = 0.55
    let got = SemanticAligner.dots(
      SentenceVectors(xs, dim: 384), rows: Array(xs.indices), SentenceVectors(ys, dim: 384),
      columns: Array(ys.indices), atLeast: bar)
    var above = 0
    var wrong = 0
    for i in xs.indices {
      for j in ys.indices {
        let exact = SemanticAligner.dot(xs[i], ys[j])
        let value = got[i * ys.count + j]
        if exact >= bar {
          above += 1
          if value.bitPattern != exact.bitPattern { wrong += 1 }
        } else if value >= bar {
          wrong += 1
        }
      }
    }
    #expect(above > 0)
    #expect(above < xs.count * ys.count)
    #expect(wrong == 0)
  }

  @Test func rowsAndColumnsArePickedFromTheMatrices() {
    let xs = Self.vectors(6, dim: 384, seed: 7)
    let ys = Self.near(xs, count: 10, noise: 0.3, seed: 8)
    let rows = [5, 1, 3]
    let columns = [9, 0, 4, 2]
    for bar: Float? in [nil, 0.55] {
      let got = SemanticAligner.dots(
        SentenceVectors(xs, dim: 384), rows: rows, SentenceVectors(ys, dim: 384),
        columns: columns, atLeast: bar)
      for (i, r) in rows.enumerated() {
        for (j, c) in columns.enumerated() {
          let exact = SemanticAligner.dot(xs[r], ys[c])
          if bar == nil || exact >= bar! {
            #expect(got[i * columns.count + j].bitPattern == exact.bitPattern)
          }
        }
      }
    }
  }
}
