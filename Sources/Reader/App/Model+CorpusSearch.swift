import CorpusKit

/// The corpus-wide search (`*` in the library): its result list, and opening an article at its
/// first match with `n` / `N` stepping through the rest.
extension Model {
  mutating func corpusSearchReady(_ query: String, _ found: [CorpusHit]) {
    guard screen == .library || screen == .hits else { return }
    hits = HitsState(query: query, hits: found)
    if screen != .hits { stack.append(.hits) }
    focus = .main
    message =
      found.isEmpty
      ? "no article matches “\(query)”"
      : "\(found.count) article\(found.count == 1 ? "" : "s") match “\(query)”"
  }

  mutating func openHit(_ hit: CorpusHit, query: String) {
    openArticle(hit.doc, at: nil)
    guard var a = article else { return }
    a.search = Search(query: query, matches: hit.matches, current: hit.matches.isEmpty ? nil : 0)
    article = a
    if let first = hit.matches.first {
      scrollArticle(to: first.lowerBound, anchor: Geometry(self).articleText.height / 3)
      message = "match 1/\(hit.matches.count)"
    }
  }
}
