import CorpusKit
import Foundation

/// Two articles side by side: each aligned pair in the same colour on both sides, verbatim and
/// paraphrase styled apart, drift marked inside pairs.
enum CompareView {
  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let c = m.compare else { return }
    let t = m.theme
    let da = m.corpus.document(c.a)
    let db = m.corpus.document(c.b)
    let ea = m.entries[c.a]
    let eb = m.entries[c.b]
    Render.titleBar(m, "Compare \(ea.shortID) ↔ \(eb.shortID)", into: &g)
    let panes = geo.comparePanes
    let (la, lb) = m.compareLayouts(c)
    // Header: titles, then coverage.
    let y = geo.main.y
    g.clipped(
      ea.title, x: panes.left.x, y: y, width: panes.left.width,
      style: t[.heading].merged(focusStyle(m, .main)))
    g.clipped(
      eb.title, x: panes.right.x, y: y, width: panes.right.width,
      style: t[.heading].merged(focusStyle(m, .other)))
    let (covA, covB) = coverageLines(c, ea.shortID, eb.shortID)
    g.clipped(covA, x: panes.left.x, y: y + 1, width: panes.left.width, style: t[.meta])
    g.clipped(covB, x: panes.right.x, y: y + 1, width: panes.right.width, style: t[.meta])
    if geo.legendRows > 0 {
      CompareLegend.draw(t, in: geo.legend, story: c.hasStoryLinks, into: &g)
    }
    for row in geo.main.y..<(geo.main.maxY - geo.legendRows) {
      g.put("│", x: panes.divider, y: row, style: t[.border])
    }
    var spansA = TextPane.entitySpans(da, m)
    var spansB = TextPane.entitySpans(db, m)
    if c.showStory, let links = c.alignment.value?.storyLinks {
      // Under the passages: a link is never a copied pair.
      spansA += links.map { Span(range: $0.a, style: t[.story]) }
      spansB += links.map { Span(range: $0.b, style: t[.story]) }
    }
    if case .ready(let al) = c.alignment {
      let (pa, pb) = pairSpans(
        al, theme: t, current: c.current, only: c.only, minConfidence: c.minConfidence,
        allDrift: c.allDrift)
      spansA += pa
      spansB += pb
    }
    if c.searchSide == .other {
      spansB += TextPane.searchSpans(c.search, theme: t)
    } else {
      spansA += TextPane.searchSpans(c.search, theme: t)
    }
    TextPane.draw(da, la, top: c.topA, in: panes.left, spans: spansA, theme: t, into: &g)
    TextPane.draw(db, lb, top: c.topB, in: panes.right, spans: spansB, theme: t, into: &g)
    if case .ready(let al) = c.alignment, let cur = c.current, al.passages.indices.contains(cur),
      let n = c.shown(al).firstIndex(of: cur)
    {
      let p = al.passages[cur]
      let st = t.pair(cur).merged(Style(attrs: .bold))
      numberMark(
        n + 1, at: la.line(containing: p.a.lowerBound), top: c.topA, pane: panes.left, st, &g)
      numberMark(
        n + 1, at: lb.line(containing: p.b.lowerBound), top: c.topB, pane: panes.right, st, &g)
    }
    driftBox(m, geo, into: &g)
  }

  /// The `d` box over the panes: every drift of the current pair, one a line.
  static func driftBox(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let c = m.compare, c.showDriftList, let cur = c.current, let al = c.alignment.value,
      al.passages.indices.contains(cur)
    else { return }
    let t = m.theme
    let p = al.passages[cur]
    let n = (c.shown(al).firstIndex(of: cur) ?? 0) + 1
    let (ia, ib) = (m.entries[c.a].shortID, m.entries[c.b].shortID)
    var lines = [
      "Drift in passage \(n) (\(p.kind.rawValue) \(PickerView.similarity(p.score)))", "",
    ]
    for d in p.drift {
      lines.append(
        "\(d.category): \(ia) “\(d.aText ?? "(not there)")” → \(ib) “\(d.bText ?? "(dropped)")”")
    }
    lines += ["", "d or q closes"]
    let w = min(geo.main.width - 4, max(30, lines.map { TextWidth.of($0) }.max()! + 4))
    let h = min(geo.main.height - 2, lines.count + 2)
    let r = Rect(
      x: geo.main.x + (geo.main.width - w) / 2, y: geo.main.y + (geo.main.height - h) / 2,
      width: w, height: h)
    g.fill(r, style: t[.text])
    for y in r.y..<r.maxY {
      g.put("│", x: r.x, y: y, style: t[.border])
      g.put("│", x: r.maxX - 1, y: y, style: t[.border])
    }
    for x in r.x..<r.maxX {
      g.put("─", x: x, y: r.y, style: t[.border])
      g.put("─", x: x, y: r.maxY - 1, style: t[.border])
    }
    for (i, l) in lines.enumerated() where i < h - 2 {
      g.clipped(
        l, x: r.x + 2, y: r.y + 1 + i, width: w - 4,
        style: i == 0 ? t[.heading] : (i >= 2 && i < 2 + p.drift.count ? t[.drift] : t[.meta]))
    }
  }

  /// The current pair's number in the gutter left of a pane, on the row where the pair starts
  /// (the same number on both sides; "··" past 99).
  static func numberMark(
    _ n: Int, at line: Int?, top: Int, pane: Rect, _ st: Style, _ g: inout Grid
  ) {
    guard let line, line - top >= 0, line - top < pane.height else { return }
    let label = n < 100 ? (n < 10 ? " \(n)" : "\(n)") : "··"
    g.text(label, x: pane.x - 3, y: pane.y + line - top, style: st)
  }

  static func focusStyle(_ m: Model, _ f: Focus) -> Style {
    m.focus == f && !(m.compare?.locked ?? true) ? Style(attrs: .underline) : .plain
  }

  /// "62% of 000 found in 001" for each side, or what is missing.
  static func coverageLines(_ c: CompareState, _ a: String, _ b: String) -> (String, String) {
    switch c.alignment {
    case .pending: return ("overlaps: aligning…", "")
    case .failed(let why): return ("overlaps: unavailable — \(why.message)", "")
    case .ready(let al):
      let story = storyLine(c, al)
      if al.passages.isEmpty {
        return story.map { ($0, "overlaps: none found") }
          ?? ("overlaps: none found", "overlaps: none found")
      }
      let shown = c.shown(al)
      let kind = c.only.map { " \($0.rawValue)" } ?? ""
      let pos =
        c.current.flatMap { cur in shown.firstIndex(of: cur) }.map {
          "passage \($0 + 1)/\(shown.count)\(kind)"
        }
        ?? English.count(shown.count, (c.only.map { "\($0.rawValue) " } ?? "") + "passage")
        + " · ] next"
      let hidden = al.passages.filter { $0.confidence < c.minConfidence }.count
      let hiddenNote = hidden > 0 ? " · \(hidden) hidden below \(percent(c.minConfidence)) (-)" : ""
      return (
        "\(percent(al.coverageA)) of \(a) found in \(b) · \(pos)\(hiddenNote)",
        "\(percent(al.coverageB)) of \(b) found in \(a)" + (story.map { " · " + $0 } ?? "")
      )
    }
  }

  /// What the header says of a same-story pair: from the encoder's links (with the key that
  /// shows them), else from the duplicate report; nil when the pair is not one.
  static func storyLine(_ c: CompareState, _ al: Alignment) -> String? {
    if let links = al.storyLinks, !links.isEmpty {
      return "same story, no text copied · r \(c.showStory ? "hides" : "shows")"
        + " \(English.count(links.count, "sentence pair")) stating the same facts"
    }
    return c.sameStory ? "same story: one event in other words, no text copied" : nil
  }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

  /// Spans for both sides: pair colour from the palette (same index both sides), verbatim or
  /// paraphrase attributes, the current pair underlined. Longer passages are laid down first
  /// so a passage nested in another stays visible; the current pair goes over the others (one
  /// passage may align with several on the other side), and drift on top of every pair.
  static func pairSpans(
    _ al: Alignment, theme t: Theme, current: Int?, only: PassageKind? = nil,
    minConfidence: Double = 0, allDrift: Bool = false
  ) -> ([Span], [Span]) {
    var a: [(Int, Span)] = []
    var b: [(Int, Span)] = []
    var currentA: [Span] = []
    var currentB: [Span] = []
    var driftA: [Span] = []
    var driftB: [Span] = []
    let n = max(1, t.pairs.count)
    for (i, p) in al.passages.enumerated()
    where (only == nil || p.kind == only) && p.confidence >= minConfidence {
      // A pair whose palette colour is the current pair's takes the next one, so the current
      // pair is the only one in its colour.
      let colour = current.map { i != $0 && i % n == $0 % n && n > 1 } == true ? i + 1 : i
      var st = t.pair(colour).merged(t[p.kind == .verbatim ? .verbatim : .paraphrase])
      if i == current {
        st = st.merged(Style(attrs: .underline))
        currentA.append(Span(range: p.a, style: st))
        currentB.append(Span(range: p.b, style: st))
      } else {
        a.append((p.a.count, Span(range: p.a, style: st)))
        b.append((p.b.count, Span(range: p.b, style: st)))
      }
      for d in p.drift where allDrift || i == current {
        if let r = d.a { driftA.append(Span(range: r, style: t[.drift])) }
        if let r = d.b { driftB.append(Span(range: r, style: t[.drift])) }
      }
    }
    func ordered(_ x: [(Int, Span)]) -> [Span] {
      x.enumerated().sorted { ($0.element.0, $1.offset) > ($1.element.0, $0.offset) }.map(
        \.element.1)
    }
    return (ordered(a) + currentA + driftA, ordered(b) + currentB + driftB)
  }
}
