import Foundation

/// Entity-level precision, recall and F1 by the conlleval rules: a predicted entity counts
/// only when its span and type both match a gold entity exactly.
public struct NERScore: Sendable {
  /// Gold, predicted and correct entity counts, with the measures they give.
  public struct Counts: Sendable {
    /// Entities in the gold annotation.
    public var gold = 0
    var predicted = 0
    var correct = 0
    var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    var f1: Double {
      let p = precision
      let r = recall
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
  }

  /// Counts over every type together (the conlleval headline figure).
  public var overall = Counts()
  /// Per entity type (the statistical ones: `PER`, `ORG`, `LOC`, `MISC`).
  var byType: [EntityType: Counts] = [:]

  init() {}

  /// Adds one sentence (or any unit) of gold and predicted spans.
  mutating func add(gold: [TokenSpan], predicted: [TokenSpan]) {
    let goldSet = Set(gold)
    for g in gold {
      overall.gold += 1
      byType[TagSet.types[g.typeIndex], default: Counts()].gold += 1
    }
    for p in predicted {
      overall.predicted += 1
      byType[TagSet.types[p.typeIndex], default: Counts()].predicted += 1
      if goldSet.contains(p) {
        overall.correct += 1
        byType[TagSet.types[p.typeIndex], default: Counts()].correct += 1
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
    for t in byType.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      lines.append(line(t.rawValue, byType[t]!))
    }
    return lines.joined(separator: "\n")
  }
}
