import CorpusKit
import Foundation
import GRDB

/// One article as the index keeps it: the record its file gave (to clean again when the corpus
/// changes) and what cleaning made of it (to restore it without cleaning).
struct StoredArticle: Sendable {
  var raw: RawDocument
  var kinds: [ParagraphKind]
  var title: String?
  var date: String?
  var outlet: String?

  static let columns =
    "file, seq, raw_id, path, text, raw_title, raw_date, raw_outlet, url, format, raw_kinds, "
    + "title_candidates, kinds, title, date, outlet"

  /// Reads a row selected with `columns`.
  init(row: Row) {
    raw = RawDocument(
      id: row[2], path: row[3], text: row[4], title: row[5], date: row[6], outlet: row[7],
      url: row[8], format: DocumentFormat(rawValue: row[9]) ?? .text,
      kinds: (row[10] as String?).map(KindCode.decode),
      titleCandidates: (row[11] as String).split(separator: ",").compactMap { Int($0) })
    kinds = KindCode.decode(row[12])
    title = row[13]
    date = row[14]
    outlet = row[15]
  }

  /// The document, restored without cleaning; nil when the kinds do not fit its text.
  func restore(id: String) -> Document? {
    DocumentBuilder.restore(
      id: id, path: raw.path, text: raw.text, kinds: kinds, title: title, date: date,
      outlet: outlet, url: raw.url, format: raw.format, splitLongLines: raw.kinds == nil)
  }
}

/// Paragraph kinds as one character each.
enum KindCode {
  static let all = ParagraphKind.allCases

  static func encode(_ kinds: [ParagraphKind]) -> String {
    String(kinds.map { Character(String(all.firstIndex(of: $0)!)) })
  }

  static func decode(_ code: String) -> [ParagraphKind] {
    code.utf8.compactMap { b in
      let i = Int(b) - 48
      return i >= 0 && i < all.count ? all[i] : nil
    }
  }
}

/// The text the full-text table indexes: the document's text with every paragraph that is not
/// the title or article text (body, headings) blanked, so that offsets into it are offsets
/// into the document's text. Control characters become spaces too (the search marks its
/// matches with them).
enum SearchText {
  static func of(_ d: Document) -> String {
    // One pass over the scalars, writing UTF-8: a blanked scalar becomes one space.
    var blank = [Bool](repeating: false, count: d.text.count)
    for p in d.paragraphs where !(p.kind.isArticleText || p.kind == .title) {
      for i in p.range { blank[i] = true }
    }
    var out: [UInt8] = []
    out.reserveCapacity(d.text.string.utf8.count)
    for (i, s) in d.text.scalars.enumerated() {
      if s == "\n" {
        out.append(0x0A)
      } else if blank[i] || s.value < 0x20 {
        out.append(0x20)
      } else {
        out.append(contentsOf: s.utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
