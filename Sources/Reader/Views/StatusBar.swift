/// The bottom row: the screen and mode, where you are (or the last message), the main keys.
/// A prompt replaces it while typing.
enum StatusBar {
  static func draw(_ m: Model, into g: inout Grid) {
    let t = m.theme
    let y = g.height - 1
    let st = t[.status]
    g.fill(Rect(x: 0, y: y, width: g.width, height: 1), style: st)
    if let p = m.prompt {
      let label: String
      switch p.kind {
      case .search: label = " search: "
      case .filter: label = " filter: "
      case .entities: label = " entity: "
      case .command: label = " :"
      case .corpusSearch: label = " search all articles: "
      }
      let x = g.text(label, x: 0, y: y, style: t[.statusKey])
      let end = g.clipped(p.text, x: x, y: y, width: g.width - x - 1, style: st)
      g.put("█", x: end, y: y, style: st)
      return
    }
    let badge = " " + mode(m) + " "
    var x = g.text(badge, x: 0, y: y, style: t[.statusKey].merged(Style(attrs: .reverse)))
    x += 1
    // A message gets the room: the key hints shrink to the help key.
    let keys =
      m.message != nil || g.width < 110
      ? "?:help " + (m.screen == .library && !m.showHelp ? "q:quit" : "q:back") : hints(m)
    var keysW = min(TextWidth.of(keys), max(0, g.width - x - 20))
    let info = m.message ?? position(m)
    // A message that would be cut takes the hints' room too.
    if m.message != nil, TextWidth.of(info) > g.width - x - keysW - 2 { keysW = 0 }
    g.clipped(
      info, x: x, y: y, width: g.width - x - keysW - 2,
      style: m.message != nil ? st.merged(Style(attrs: .bold)) : st)
    if keysW > 0 {
      g.clipped(keys, x: g.width - keysW - 1, y: y, width: keysW, style: t[.statusKey])
    }
  }

  static func mode(_ m: Model) -> String {
    if m.showHelp { return "HELP" }
    let s: String
    switch m.screen {
    case .library: s = "LIBRARY"
    case .article: s = "ARTICLE"
    case .compare: s = "COMPARE"
    case .picker: s = "PICK"
    case .lookup: s = "LOOKUP"
    case .hits: s = "SEARCH"
    }
    return m.focus == .sidebar && m.sidebar.visible ? s + "·ENTITIES" : s
  }

  static func position(_ m: Model) -> String {
    if m.showHelp { return "\(HelpView.lines(theme: m.theme).count) lines" }
    switch m.screen {
    case .library:
      var parts = [
        "\(m.library.rows.isEmpty ? 0 : m.library.cursor + 1)/\(m.library.rows.count)",
        "sort: \(m.library.sort.rawValue)\(m.library.reversed ? " ↓" : "")",
      ]
      if !m.library.textFilter.isEmpty { parts.append("filter “\(m.library.textFilter)”") }
      if let e = m.library.entityFilter { parts.append("mentions \(e)") }
      return parts.joined(separator: " · ")
    case .article:
      guard let a = m.article else { return "" }
      let l = m.articleLayout(a)
      var s =
        m.entries[a.doc].shortID + " · "
        + TextPane.position(
          top: a.top, height: Geometry(m).articleText.height, count: l.lines.count)
      if a.showFurniture { s += " · furniture shown" }
      if let q = a.search {
        s +=
          " · /\(q.query) \(q.matches.isEmpty ? "no match" : "\((q.current ?? 0) + 1)/\(q.matches.count)")"
      }
      return s
    case .compare:
      guard let c = m.compare else { return "" }
      var s =
        "\(m.entries[c.a].shortID) ↔ \(m.entries[c.b].shortID) · scroll \(c.locked ? "locked" : "independent")"
      if !c.locked { s += " · focus \(m.focus == .other ? "right" : "left")" }
      if case .ready(let al) = c.alignment {
        s +=
          al.passages.isEmpty
          ? " · no passages"
          : " · passage \(c.current.flatMap { c.shown(al).firstIndex(of: $0) }.map { String($0 + 1) } ?? "–")"
            + "/\(c.shown(al).count)\(c.only.map { " \($0.rawValue)" } ?? "")"
      }
      return s
    case .picker: return "\(m.picker.map { $0.cursor + 1 } ?? 0)/\(m.picker?.candidates.count ?? 0)"
    case .lookup: return m.lookup?.entityID ?? ""
    case .hits:
      return "\(m.hits.map { $0.hits.isEmpty ? 0 : $0.cursor + 1 } ?? 0)/\(m.hits?.hits.count ?? 0)"
    }
  }

  static func hints(_ m: Model) -> String {
    if m.focus == .sidebar && m.sidebar.visible {
      return "Enter:lookup f:filter Tab:focus e:hide ?:help"
    }
    switch m.screen {
    case .library: return "Enter:open c:compare s:sort /:filter e:entities ?:help q:quit"
    case .article: return "/:search c:compare e:entities a:furniture ?:help q:back"
    case .compare: return "]/[:passage s:lock x:swap e:entities ?:help q:back"
    case .picker: return "Enter:compare ?:help q:back"
    case .lookup: return "Enter:open f:filter ?:help q:back"
    case .hits: return "Enter:open at the match n/N:next match ?:help q:back"
    }
  }
}
