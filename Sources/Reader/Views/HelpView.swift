/// Every key, grouped by where it works, generated from the same table the key handling uses.
enum HelpView {
  /// The help text as lines (also used by docs and tests).
  static func lines(theme: Theme = .builtin) -> [(text: String, heading: Bool)] {
    var out: [(String, Bool)] = []
    for c in KeyContext.allCases where c != .help {
      let bs = KeyMap.bindings.filter { $0.context == c }
      guard !bs.isEmpty else { continue }
      if !out.isEmpty { out.append(("", false)) }
      out.append((c.title, true))
      for b in bs {
        out.append(
          (
            "  " + TextWidth.pad(b.keys.map(\.label).joined(separator: " "), 18) + "  " + b.help,
            false
          ))
      }
    }
    out.append(("", false))
    out.append(("Compare legend (theme \(theme.name))", true))
    for l in CompareLegend.helpLines(theme) { out.append((l, false)) }
    out.append(("", false))
    out.append((KeyMap.promptHelp, false))
    out.append(("", false))
    out.append(("Commands (:)", true))
    for (usage, what) in Model.commands {
      out.append(("  " + TextWidth.pad(usage, 34) + "  " + what, false))
    }
    return out
  }

  static func draw(_ m: Model, into g: inout Grid) {
    let t = m.theme
    Render.titleBar(m, "Help · every key (j/k scroll, q/Esc/? close)", into: &g)
    let all = lines(theme: m.theme)
    let h = g.height - 2
    let top = min(m.helpTop, max(0, all.count - h))
    for row in 0..<h {
      let i = top + row
      guard i < all.count else { break }
      g.clipped(
        all[i].text, x: 2, y: 1 + row, width: g.width - 4,
        style: all[i].heading ? t[.heading] : t[.text])
    }
  }
}
