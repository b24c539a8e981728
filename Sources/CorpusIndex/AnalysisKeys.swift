import CorpusKit

/// What the corpus-wide results (duplicate report, entity index) depend on, as hashes: one per
/// document over everything of it the analyses read (id, path, text, paragraph kinds, title,
/// date, outlet, url), and one for the corpus over all of them in order. Equal keys mean the
/// analyses would compute the same result again.
public struct AnalysisKeys: Sendable, Equatable {
  /// One hash per document, in corpus order.
  public let documents: [Int64]
  /// The hash of the whole corpus (its documents' hashes in order), as hex.
  public let corpus: String

  /// The keys of `corpus`'s documents.
  public init(_ corpus: Corpus) {
    self.init(documents: corpus.documents.map(Self.key))
  }

  /// The keys of documents whose own keys were stored (an index's library rows), in order.
  public init(documents: [Int64]) {
    self.documents = documents
    var h = StableHash()
    h.combine(documents.count)
    for d in documents { h.combine(Int(truncatingIfNeeded: d)) }
    self.corpus = String(UInt64(bitPattern: h.value), radix: 16)
  }

  static func key(_ d: Document) -> Int64 {
    var h = StableHash()
    for s in [d.id, d.path, d.text.string, d.title, d.date, d.outlet, d.url] { h.combine(s) }
    h.combine(d.format.rawValue)
    h.combine(d.paragraphs.count)
    for p in d.paragraphs {
      h.combine(p.kind.rawValue)
      h.combine(p.range.lowerBound)
      h.combine(p.range.upperBound)
    }
    return h.value
  }
}

/// A hash that is the same in every run (unlike Swift's `Hasher`): eight bytes at a time,
/// multiply and fold, so that hashing a corpus's text costs milliseconds.
struct StableHash {
  private var h: UInt64 = 0x9E37_79B9_7F4A_7C15

  var value: Int64 { Int64(bitPattern: Self.fold(h ^ (h >> 31))) }

  private static func fold(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func mix(_ w: UInt64) {
    h = (h ^ w) &* 0x0000_0100_0000_01B3
    h ^= h >> 29
  }

  mutating func combine(_ n: Int) { mix(UInt64(bitPattern: Int64(n)) ^ 0xA5A5_A5A5) }

  /// A string and its length (so that "ab" + "c" differs from "a" + "bc"); nil differs from "".
  mutating func combine(_ s: String?) {
    guard var s else {
      mix(0xDEAD_BEEF)
      return
    }
    s.makeContiguousUTF8()
    s.utf8.withContiguousStorageIfAvailable { combine(bytes: $0) }
  }

  private mutating func combine(bytes b: UnsafeBufferPointer<UInt8>) {
    combine(b.count)
    let raw = UnsafeRawBufferPointer(b)
    var i = 0
    while i + 8 <= b.count {
      mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < b.count {
      tail |= UInt64(b[i]) << shift
      shift += 8
      i += 1
    }
    mix(tail)
  }
}
