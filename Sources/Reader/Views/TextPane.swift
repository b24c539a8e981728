import CorpusKit

/// A styled range of a document's text, laid over the paragraph style when drawn.
struct Span {
  var range: Range<Int>
  var style: Style
}

/// Draws wrapped document text into a rectangle: the shared core of the article and compare views.
enum TextPane {
  /// Draws `layout` from line `top` (negative: blank filler rows first) into `rect`; `spans`
  /// are applied in order, later ones on top.
  static func draw(
    _ doc: Document, _ layout: TextLayout, top: Int, in rect: Rect, spans: [Span], theme t: Theme,
    into g: inout Grid
  ) {
    let scalars = doc.text.scalars
    for row in 0..<rect.height {
      let li = top + row
      guard li >= 0, li < layout.lines.count else { continue }
      let line = layout.lines[li]
      guard let kind = line.kind else { continue }
      let base: Style
      switch kind {
      case .body: base = t[.text]
      case .heading: base = t[.heading]
      default: base = t[.furniture]
      }
      let active = spans.filter { $0.range.overlaps(line.range) }
      var x = rect.x
      let y = rect.y + row
      for i in line.range {
        var st = base
        for s in active where s.range.contains(i) { st = st.merged(s.style) }
        x += g.put(scalars[i], x: x, y: y, style: st, limit: rect.maxX)
      }
    }
  }

  /// Entity mentions coloured by type.
  static func entitySpans(_ doc: Document, _ m: Model) -> [Span] {
    guard let idx = m.entities.value else { return [] }
    let t = m.theme
    var out = m.caches.mentions(doc.id, in: idx).map {
      Span(range: $0.range, style: t[Role.entity($0.type)])
    }
    if let sel = m.selectedEntity {
      for men in m.caches.mentions(doc.id, in: idx) where men.entityID == sel {
        out.append(Span(range: men.range, style: t[.highlight]))
      }
    }
    return out
  }

  /// Search matches, the current one reversed on top.
  static func searchSpans(_ s: Search?, theme t: Theme) -> [Span] {
    guard let s else { return [] }
    var out = s.matches.map { Span(range: $0, style: t[.search]) }
    if let c = s.current, s.matches.indices.contains(c) {
      out.append(
        Span(range: s.matches[c], style: t[.search].merged(Style(attrs: [.bold, .underline]))))
    }
    return out
  }

  /// "line 12/340 · 4%": the position line for the status bar.
  static func position(top: Int, height: Int, count: Int) -> String {
    guard count > 0 else { return "empty" }
    let last = min(count, max(0, top) + height)
    let pct = count <= height ? 100 : Int((Double(last) / Double(count) * 100).rounded())
    return "lines \(max(0, top) + 1)–\(last)/\(count) \(pct)%"
  }
}
