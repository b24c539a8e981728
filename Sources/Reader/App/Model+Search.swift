import CorpusKit

/// Text search (`/`, `n`, `N`) in the article or the focused compare pane. Matching itself is
/// CorpusKit's `TextSearch`, with the project's one case fold.
extension Model {
  mutating func runSearch(_ query: String) {
    guard !query.isEmpty else { return }
    switch screen {
    case .article:
      guard var a = article else { return }
      let d = corpus.document(a.doc)
      let m = TextSearch.find(query, in: d, furniture: a.showFurniture)
      let top = topOffset(a)
      a.search = Search(
        query: query, matches: m,
        current: m.firstIndex { $0.lowerBound >= top } ?? (m.isEmpty ? nil : 0))
      article = a
      if let cur = a.search?.current {
        scrollArticle(to: m[cur].lowerBound, anchor: Geometry(self).articleText.height / 3)
      }
      message = Model.searchMessage(query, m.count)
    case .compare:
      guard var c = compare else { return }
      let side = focus == .other ? c.b : c.a
      let m = TextSearch.find(query, in: corpus.document(side), furniture: c.showFurniture)
      c.search = Search(query: query, matches: m, current: m.isEmpty ? nil : 0)
      c.searchSide = focus == .other ? .other : .main
      compare = c
      showMatchInCompare()
      message = Model.searchMessage(query, m.count)
    default: break
    }
  }

  /// "3 matches for “war”", or "not found: war".
  static func searchMessage(_ query: String, _ count: Int) -> String {
    count == 0
      ? "not found: \(query)" : "\(English.count(count, "match", "matches")) for “\(query)”"
  }

  mutating func stepMatch(_ dir: Int) {
    if screen == .article, var a = article, var s = a.search, !s.matches.isEmpty {
      s.current = ((s.current ?? -dir) + dir + s.matches.count) % s.matches.count
      a.search = s
      article = a
      scrollArticle(
        to: s.matches[s.current!].lowerBound, anchor: Geometry(self).articleText.height / 3)
      message = "match \(s.current! + 1)/\(s.matches.count)"
    } else if screen == .compare, var c = compare, var s = c.search, !s.matches.isEmpty {
      s.current = ((s.current ?? -dir) + dir + s.matches.count) % s.matches.count
      c.search = s
      compare = c
      showMatchInCompare()
      message = "match \(s.current! + 1)/\(s.matches.count)"
    } else {
      message = "no search: press / first"
    }
  }

  mutating func showMatchInCompare() {
    guard var c = compare, let s = c.search, let cur = s.current else { return }
    let (la, lb) = compareLayouts(c)
    let h = Geometry(self).comparePanes.left.height
    let layout = c.searchSide == .other ? lb : la
    guard let line = layout.line(containing: s.matches[cur].lowerBound) else { return }
    let newTop = max(0, line - h / 3)
    let delta = newTop - (c.searchSide == .other ? c.topB : c.topA)
    if c.locked {
      c.topA += delta
      c.topB += delta
    } else if c.searchSide == .other {
      c.topB = newTop
    } else {
      c.topA = newTop
    }
    compare = c
  }
}
