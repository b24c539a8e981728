import CorpusKit

/// Derived data kept between frames: wrapped text per (document, width) and mentions per document.
final class Caches {
  /// Library orders per sort key (all documents, unfiltered).
  var orders: [LibrarySort: [Int]] = [:]
  /// Each entry's title folded (`Normalizer.fold`), for sorting and filtering: made the first
  /// time one is needed, not before the first frame.
  private var folded: [String]?

  func foldedTitles(_ entries: [Entry]) -> [String] {
    if let f = folded, f.count == entries.count { return f }
    let f = entries.map { Normalizer.fold($0.title) }
    folded = f
    return f
  }
  private var layouts: [String: TextLayout] = [:]
  private var mentions: [String: [EntityMention]] = [:]

  func layout(_ doc: Document, width: Int, furniture: Bool) -> TextLayout {
    let key = "\(doc.id)\u{0}\(width)\u{0}\(furniture)"
    if let l = layouts[key] { return l }
    if layouts.count > 64 { layouts.removeAll() }
    let l = TextLayout(document: doc, width: width, showFurniture: furniture)
    layouts[key] = l
    return l
  }

  func mentions(_ doc: String, in index: EntityIndex) -> [EntityMention] {
    if let m = mentions[doc] { return m }
    if mentions.count > 256 { mentions.removeAll() }
    let m = index.mentions(inDocument: doc)
    mentions[doc] = m
    return m
  }

  func resetMentions() { mentions.removeAll() }
}
