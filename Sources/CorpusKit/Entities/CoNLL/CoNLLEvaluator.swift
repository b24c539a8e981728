import Foundation

/// Entity-level precision, recall and F1 by the conlleval rules: a predicted entity counts
/// only when its span and type both match a gold entity exactly.
public struct NERScore: Sendable {
  public struct Counts: Sendable {
    public var gold = 0
    public var predicted = 0
    public var correct = 0
    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double {
      let p = precision
      let r = recall
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
  }

  public var overall = Counts()
  /// Per type name (`PER`, `ORG`, ...).
  public var byType: [String: Counts] = [:]

  public init() {}

  /// Adds one sentence (or any unit) of gold and predicted spans.
  public mutating func add(gold: [TokenSpan], predicted: [TokenSpan]) {
    let goldSet = Set(gold)
    for g in gold {
      overall.gold += 1
      byType[TagSet.typeName(g.typeIndex), default: Counts()].gold += 1
    }
    for p in predicted {
      overall.predicted += 1
      byType[TagSet.typeName(p.typeIndex), default: Counts()].predicted += 1
      if goldSet.contains(p) {
        overall.correct += 1
        byType[TagSet.typeName(p.typeIndex), default: Counts()].correct += 1
      }
    }
  }

  /// A conlleval-like report: overall line, then one line per type.
  public var report: String {
    func line(_ name: String, _ c: Counts) -> String {
      let p = String(format: "%6.2f", c.precision * 100)
      let r = String(format: "%6.2f", c.recall * 100)
      let f = String(format: "%6.2f", c.f1 * 100)
      let name = name.padding(toLength: 8, withPad: " ", startingAt: 0)
      return
        "\(name) precision: \(p)%  recall: \(r)%  F1: \(f)  (gold \(c.gold), predicted \(c.predicted))"
    }
    var lines = [line("overall", overall)]
    for t in byType.keys.sorted() { lines.append(line(t, byType[t]!)) }
    return lines.joined(separator: "\n")
  }
}
