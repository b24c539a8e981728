/// The loading screen: what is being read, how far along, and that `q` quits.
enum LoadingView {
  static func frame(_ s: LoadingState, theme t: Theme) -> Grid {
    var g = Grid(width: s.width, height: s.height)
    g.fill(Rect(x: 0, y: 0, width: g.width, height: g.height), style: t[.text])
    guard g.width > 0, g.height > 0 else { return g }
    g.fill(Rect(x: 0, y: 0, width: g.width, height: 1), style: t[.titleBar])
    g.clipped(" Reader · \(s.label)", x: 0, y: 0, width: g.width, style: t[.titleBar])
    let lines = [
      "Loading \(s.label)…", "", progress(s.phase), bar(s.phase, width: min(50, g.width - 4)), "",
      "q quits",
    ]
    Render.centred(
      lines, in: Rect(x: 0, y: 1, width: g.width, height: max(0, g.height - 2)),
      style: t[.text], into: &g)
    if g.height > 1 {
      let y = g.height - 1
      g.fill(Rect(x: 0, y: y, width: g.width, height: 1), style: t[.status])
      let x = g.text(" LOADING ", x: 0, y: y, style: t[.statusKey].merged(Style(attrs: .reverse)))
      g.clipped(" " + progress(s.phase), x: x, y: y, width: g.width - x, style: t[.status])
    }
    return g
  }

  /// "files read: 1,234 / 10,000", then "analysing 10,000 articles…".
  static func progress(_ p: LoadingState.Phase) -> String {
    switch p {
    case .listing: return "listing files…"
    case .reading(let done, let total):
      return "files read: \(grouped(done)) / \(grouped(total))"
    case .analysing(let n): return "analysing \(grouped(n)) article\(n == 1 ? "" : "s")…"
    }
  }

  /// A bar of `width` cells filled in proportion to the files read (full while analysing).
  static func bar(_ p: LoadingState.Phase, width: Int) -> String {
    guard width > 2 else { return "" }
    let fraction: Double
    switch p {
    case .listing: fraction = 0
    case .reading(let done, let total): fraction = total > 0 ? Double(done) / Double(total) : 0
    case .analysing: fraction = 1
    }
    let inner = width - 2
    let full = min(inner, Int((fraction * Double(inner)).rounded(.down)))
    return "▕" + String(repeating: "█", count: full) + String(repeating: "░", count: inner - full)
      + "▏"
  }

  /// 12345 → "12,345".
  static func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, c) in s.reversed().enumerated() {
      if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
      out.append(c)
    }
    return String(out.reversed())
  }
}
