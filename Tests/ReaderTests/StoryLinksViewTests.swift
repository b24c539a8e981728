import CorpusKit
import Testing

@testable import Reader

/// Issue 9, item 6 in the compare view: a pair the encoder found to tell the same story says
/// so in its header and picker; its links are drawn only when `r` turns them on, in the muted
/// story style, never as a passage pair.
struct StoryLinksViewTests {
  static let left =
    "Pilots strike\n\nNorthwind cancelled 412 flights at Lakeport on Tuesday. Nothing else here."
  static let right =
    "Walkout at Northwind\n\nAt Lakeport, 412 departures were scrapped by Northwind. Other words follow."

  static func model() -> (Model, Alignment) {
    let raw = [
      RawDocument(id: "story-a", path: "story-a.txt", text: left),
      RawDocument(id: "story-b", path: "story-b.txt", text: right),
      RawDocument(id: "story-c", path: "story-c.txt", text: "Other\n\nA text on another matter."),
    ]
    var m = Model(corpus: Corpus(raw: raw), corpusLabel: "story", width: 160, height: 45)
    _ = m.update(.duplicatesReady(DuplicateReport(pairs: [], clusters: [], repeats: [])))
    let sa = range(of: "Northwind cancelled 412 flights at Lakeport on Tuesday.", in: left)
    let sb = range(of: "At Lakeport, 412 departures were scrapped by Northwind.", in: right)
    var al = Alignment(a: "story-a", b: "story-b", coverageA: 0, coverageB: 0, passages: [])
    al.storyLinks = [StoryLink(a: sa, b: sb, cosine: 0.83, sharedAnchors: 3)]
    return (m, al)
  }

  /// The scalar range of `needle` in `text`.
  static func range(of needle: String, in text: String) -> Range<Int> {
    let r = text.range(of: needle)!
    let lo = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
    return lo..<(lo + needle.unicodeScalars.count)
  }

  /// The styles of the cells showing `word` in the left and right panes.
  static func styles(_ m: Model, _ word: String) -> (Style?, Style?) {
    let g = Render.frame(m)
    let panes = Geometry(m).comparePanes
    func find(_ r: Rect) -> Style? {
      for y in r.y..<r.maxY {
        if let x = g.column(of: word, row: y), x >= r.x, x < r.maxX { return g[x, y].style }
      }
      return nil
    }
    return (find(panes.left), find(panes.right))
  }

  @Test func linksAreOffByDefaultAndTheKeyShowsThemMuted() throws {
    var (m, al) = Self.model()
    _ = m.openCompare(0, 1)
    _ = m.update(.alignmentReady(al))
    let t = m.theme
    var g = Render.frame(m)
    #expect(g.text.contains("same story, no text copied · r shows 1 sentence pair"))
    // Off by default: the linked sentences are drawn as plain text, in no pair colour.
    var (a, b) = Self.styles(m, "cancelled")
    #expect(a != nil && a != t[.story] && a?.bg == nil)
    (a, b) = Self.styles(m, "departures")
    #expect(b != nil && b != t[.story] && b?.bg == nil)
    // `r` shows them in the story style on both sides, with no background (not a pair).
    m.press(.char("r"))
    #expect(m.compare?.showStory == true)
    g = Render.frame(m)
    #expect(g.text.contains("same story, no text copied · r hides 1 sentence pair"))
    (a, _) = Self.styles(m, "cancelled")
    (_, b) = Self.styles(m, "departures")
    #expect(a == t[.story] && b == t[.story])
    #expect(t[.story].bg == nil && !t.pairs.contains(t[.story]))
    #expect(m.message?.contains("not copied") == true)
    // `]` still steps passages only: there are none.
    m.press(.char("]"))
    #expect(m.compare?.current == nil)
    // `r` again hides them.
    m.press(.char("r"))
    (a, _) = Self.styles(m, "cancelled")
    #expect(a != t[.story])
    // Swapping the panes keeps the links on their sides.
    m.press(.char("r"), .char("x"))
    (a, b) = Self.styles(m, "departures")
    #expect(a == t[.story])
  }

  @Test func aPairWithoutLinksSaysSoOnTheKey() {
    var (m, _) = Self.model()
    _ = m.openCompare(0, 2)
    var al = Alignment(a: "story-a", b: "story-c", coverageA: 0, coverageB: 0, passages: [])
    al.storyLinks = []
    _ = m.update(.alignmentReady(al))
    m.press(.char("r"))
    #expect(m.compare?.showStory == false)
    #expect(m.message?.contains("not the same story") == true)
    #expect(!Render.frame(m).text.contains("same story, no text copied"))
  }

  @Test func thePickerMarksAPairTheEncoderFound() {
    var (m, al) = Self.model()
    let effects = m.press(.char("c"))
    #expect(effects == [.checkStories(0)])
    #expect(m.picker?.candidates.allSatisfy { $0.relation == nil } == true)
    _ = m.update(.storyChecked(al))
    #expect(m.picker?.candidates.first?.doc == 1)
    #expect(m.picker?.candidates.first?.relation == .sameStory)
    #expect(Render.frame(m).text.contains("same-story"))
    // Learned for the session: the next picker from the other side shows it at once.
    m.press(.char("q"))
    m.library.cursor = 1
    m.press(.char("c"))
    #expect(m.picker?.candidates.first { $0.doc == 0 }?.relation == .sameStory)
    // A check that found nothing marks nothing.
    al.storyLinks = []
    _ = m.update(.storyChecked(al))
    #expect(m.picker?.candidates.first { $0.doc == 2 }?.relation == nil)
  }

  @Test func helpAndLegendNameTheKey() {
    var (m, al) = Self.model()
    _ = m.openCompare(0, 1)
    _ = m.update(.alignmentReady(al))
    #expect(Render.frame(m).text.contains("same story, not copied (r)"))
    let help = HelpView.lines(theme: m.theme).map(\.text).joined(separator: "\n")
    #expect(help.contains("same-story links"))
    #expect(help.contains("same story, not copied"))
    _ = al
  }
}

extension StoryLinksViewTests {
  @Test func strongerSameStoryPairsComeFirstInThePicker() {
    var (m, al) = Self.model()
    m.library.cursor = 0
    m.press(.char("c"))
    // A weak same-story pair with C found first, then the stronger one with B.
    var weak = Alignment(a: "story-a", b: "story-c", coverageA: 0, coverageB: 0, passages: [])
    weak.storyLinks = [StoryLink(a: 0..<5, b: 0..<5, cosine: 0.56, sharedAnchors: 1)]
    _ = m.update(.storyChecked(weak))
    #expect(m.picker?.candidates.first?.doc == 2)
    al.storyLinks! += [StoryLink(a: 0..<5, b: 0..<5, cosine: 0.7, sharedAnchors: 2)]
    _ = m.update(.storyChecked(al))
    #expect(m.picker?.candidates.map(\.doc) == [1, 2])
    #expect(m.picker?.candidates.allSatisfy { $0.relation == .sameStory } == true)
  }
}
