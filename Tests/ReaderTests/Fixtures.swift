import Foundation

@_spi(Bench) @testable import CorpusKit
@testable import Reader

/// Shared test input: the bundled sample, and hand-built analyses over it (legitimate test
/// input through the engines' public initialisers; the engines themselves are not called).
enum Fixture {
  static let sample: Corpus = {
    let path = SampleCorpus.locate()!
    return try! CorpusLoader.load(path)
  }()

  static func doc(_ prefix: String) -> Document {
    sample.documents.first { $0.id.hasPrefix(prefix) }!
  }

  /// Every occurrence of `needle` in the document's text, as scalar ranges.
  static func ranges(of needle: String, in d: Document) -> [Range<Int>] {
    let n = Array(needle.unicodeScalars)
    let s = d.text.scalars
    var out: [Range<Int>] = []
    var i = 0
    while i + n.count <= s.count {
      if Array(s[i..<(i + n.count)]) == n {
        out.append(i..<(i + n.count))
        i += n.count
      } else {
        i += 1
      }
    }
    return out
  }

  static func range(of needle: String, in d: Document) -> Range<Int> {
    ranges(of: needle, in: d)[0]
  }

  /// 000 as a rewrite of 001, as the overlap engine would report it.
  static let report = DuplicateReport(
    pairs: [
      DocumentPair(
        a: doc("000").id, b: doc("001").id, similarity: 0.71, sharedA: 0.62, sharedB: 0.8,
        relation: .rewrite, derived: doc("000").id),
      DocumentPair(
        a: doc("002").id, b: doc("004").id, similarity: 0.2, sharedA: 0.1, sharedB: 0.05,
        relation: .sharedPassages, derived: nil),
    ],
    clusters: [[doc("000").id, doc("001").id]], repeats: [])

  /// Three aligned passages between 000 and 001: verbatim, paraphrase with drift, paraphrase.
  static let alignment: Alignment = {
    let a = doc("000")
    let b = doc("001")
    let p1 = Passage(
      a: range(
        of: "Chinese Premier Li Qiang visited Belarusian Prime Minister Roman Golovchenko", in: a),
      b: range(
        of: "Chinese Premier Li Qiang visited Belarusian Prime Minister Roman Golovchenko", in: b),
      kind: .verbatim, score: 1)
    // 001's Lukashenko paragraph is furniture to the cleaner: a passage the engine marks so.
    let a2 = range(of: "Lukashenko also pardoned", in: a)
    let b2 = range(of: "Lukashenko", in: b)
    let p2 = Passage(
      a: a2.lowerBound..<(a2.upperBound + 40), b: b2.lowerBound..<(b2.upperBound + 40),
      kind: .paraphrase, score: 0.7, furniture: .b,
      drift: [
        Drift(
          a: range(of: "30 political", in: a), b: nil, aText: "30", bText: nil, category: .number)
      ])
    let p3 = Passage(
      a: range(of: "Shanghai Cooperation Organization", in: a),
      b: range(of: "Shanghai Cooperation Organization", in: b),
      kind: .paraphrase, score: 0.6)
    return Alignment(
      a: a.id, b: b.id, coverageA: 0.62, coverageB: 0.8,
      passages: [p1, p2, p3].sorted { $0.a.lowerBound < $1.a.lowerBound })
  }()

  /// Lukashenko (PER) wherever the sample names him, Belarus (LOC), Li Qiang (PER) and China (LOC).
  static let entities: EntityIndex = {
    func entity(_ id: String, _ needle: String, _ type: EntityType) -> Entity {
      var ms: [EntityMention] = []
      for d in sample.documents {
        for r in ranges(of: needle, in: d) where d.kind(at: r.lowerBound)?.isArticleText ?? false {
          ms.append(EntityMention(doc: d.id, range: r, text: needle, type: type, entityID: id))
        }
      }
      return Entity(id: id, type: type, aliases: [id, needle].sorted(), mentions: ms)
    }
    let list = [
      entity("Alexander Lukashenko", "Lukashenko", .person),
      entity("Li Qiang", "Li Qiang", .person),
      entity("Belarus", "Belarus", .location), entity("Minsk", "Minsk", .location),
      entity(
        "Shanghai Cooperation Organization", "Shanghai Cooperation Organization", .organization),
    ].filter { !$0.mentions.isEmpty }.sorted {
      ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id)
    }
    return EntityIndex(entities: list)
  }()

  /// The entity model missing, as the background load reports it.
  static let noModel = ReaderError.entityData(
    EntityModelError(path: "Entities/Model", problem: "no trained model yet"))

  /// A model over the sample at a size, with the analyses delivered.
  static func model(
    width: Int = 160, height: Int = 45, analyses: Bool = true, theme: Theme = .builtin
  ) -> Model {
    var m = Model(
      corpus: sample, corpusLabel: "sample", width: width, height: height, themes: [theme])
    if analyses {
      _ = m.update(.duplicatesReady(report))
      _ = m.update(.entitiesReady(entities))
    }
    return m
  }
}

extension Model {
  /// Presses keys in order; returns the effects of the last.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for k in keys { effects = handle(k) }
    return effects
  }

  /// Opens the compare view 000 ↔ 001 with the fixture alignment delivered.
  mutating func openCompare000() {
    let i = library.rows.firstIndex { corpus.rows[$0].id.hasPrefix("000") }!
    library.cursor = i
    press(.enter, .char("c"))
    let j = picker!.candidates.firstIndex { corpus.rows[$0.doc].id.hasPrefix("001") }!
    picker!.cursor = j
    let effects = press(.enter)
    precondition(effects == [.align(compare!.a, compare!.b)])
    _ = update(.alignmentReady(Fixture.alignment))
  }
}

extension Grid {
  /// All text on screen joined by newlines.
  var text: String { trimmedLines.joined(separator: "\n") }

  /// The style of the first cell showing `needle` on any row.
  func style(of needle: String) -> Style? {
    for y in 0..<height { if let x = column(of: needle, row: y) { return self[x, y].style } }
    return nil
  }

  /// The style of the first cell showing `needle` inside a rectangle.
  func style(of needle: String, in r: Rect) -> Style? {
    for y in r.y..<r.maxY {
      var s = ""
      var xs: [Int] = []
      for x in r.x..<r.maxX where !self[x, y].isContinuation {
        xs.append(x)
        s += self[x, y].text
      }
      if let range = s.range(of: needle) {
        return self[xs[s.distance(from: s.startIndex, to: range.lowerBound)], y].style
      }
    }
    return nil
  }

  /// The row where `needle` first appears.
  func row(of needle: String) -> Int? { (0..<height).first { line($0).contains(needle) } }
}
