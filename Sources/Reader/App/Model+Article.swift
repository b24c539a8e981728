import CorpusKit

/// The article screen: its wrapped layout, where it is scrolled to, paragraphs and furniture.
extension Model {
  func articleLayout(_ a: ArticleState) -> TextLayout {
    caches.layout(
      corpus.document(a.doc), width: Geometry(self).articleText.width, furniture: a.showFurniture)
  }

  /// The scalar offset at the top of the article view (kept across resizes and toggles).
  func topOffset(_ a: ArticleState) -> Int {
    let l = articleLayout(a)
    guard l.lines.indices.contains(a.top) else { return 0 }
    return l.lines[a.top].range.lowerBound
  }

  /// Scrolls the article so `offset` is `anchor` rows from the top.
  mutating func scrollArticle(to offset: Int, anchor: Int) {
    guard var a = article else { return }
    let l = articleLayout(a)
    let h = Geometry(self).articleText.height
    if let line = l.line(containing: offset) {
      a.top = clamp(line - anchor, 0, max(0, l.lines.count - h))
    }
    article = a
  }

  /// Shows or hides page furniture in the article or both compare panes, keeping the place.
  mutating func toggleFurniture() {
    if screen == .article, var a = article {
      let offset = topOffset(a)
      a.showFurniture.toggle()
      article = a
      scrollArticle(to: offset, anchor: 0)
    } else if screen == .compare, compare != nil {
      compare!.showFurniture.toggle()
      if compare!.current != nil { realign() }
    }
  }

  /// Scrolls the article to the start of the next (`dir` 1) or previous (-1) paragraph.
  mutating func stepParagraph(_ dir: Int) {
    guard var a = article else { return }
    let lines = articleLayout(a).lines
    let h = Geometry(self).articleText.height
    if dir > 0 {
      if let blank = lines.indices.first(where: { $0 > a.top && lines[$0].kind == nil }) {
        a.top = blank + 1
      }
    } else {
      a.top = (lines.indices.last { $0 < a.top - 1 && lines[$0].kind == nil }).map { $0 + 1 } ?? 0
    }
    a.top = clamp(a.top, 0, max(0, lines.count - h))
    article = a
  }
}
