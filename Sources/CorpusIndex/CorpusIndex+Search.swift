import CorpusKit
import Foundation
import GRDB

/// One article that matches a search.
public struct SearchHit: Sendable, Equatable {
  /// The document's id.
  public var id: String
  /// Its title, if it has one.
  public var title: String?
  /// Where the query matched, as scalar ranges into the document's text, in text order.
  public var matches: [Range<Int>]
  /// A short passage around the best match (raw corpus text: make it terminal-safe before
  /// showing it).
  public var snippet: String
  /// The matched words' scalar ranges inside `snippet`.
  public var snippetMatches: [Range<Int>]
}

extension CorpusIndex {
  private static let open = "\u{1}"
  private static let close = "\u{2}"

  /// The articles matching `query` (FTS5 syntax: words, "a phrase", prefix*, AND / OR / NOT),
  /// best first, at most `limit`. A query the engine cannot parse is searched again as plain
  /// words; one that still fails throws `IndexError.badQuery`.
  public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
    do {
      return try run(query, limit: limit)
    } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR {
      let words = Self.plainWords(query)
      guard !words.isEmpty else { throw IndexError.badQuery("nothing to search for in '\(query)'") }
      do {
        return try run(words, limit: limit)
      } catch let e as DatabaseError {
        throw IndexError.badQuery("cannot search for '\(query)': \(e.message ?? "\(e.resultCode)")")
      }
    }
  }

  /// The query's words, each quoted (so punctuation and operators are taken as text).
  static func plainWords(_ query: String) -> String {
    query.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map { "\"\($0)\"" }.joined(separator: " ")
  }

  private func run(_ query: String, limit: Int) throws -> [SearchHit] {
    try pool.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.title,
            snippet(articles_fts, 0, char(1), char(2), '…', 16),
            highlight(articles_fts, 0, char(1), char(2))
          FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
          WHERE articles_fts MATCH ? ORDER BY rank, a.rowid LIMIT ?
          """, arguments: [query, max(0, limit)])
      return rows.map { row in
        let (snippet, inSnippet) = Self.marked(row[2] as String? ?? "")
        let (_, matches) = Self.marked(row[3] as String? ?? "")
        return SearchHit(
          id: row[0], title: row[1], matches: matches, snippet: Self.oneLine(snippet),
          snippetMatches: inSnippet)
      }
    }
  }

  /// Text without the match marks, and the scalar ranges the marks enclosed.
  static func marked(_ text: String) -> (String, [Range<Int>]) {
    var out = String.UnicodeScalarView()
    var ranges: [Range<Int>] = []
    var start: Int?
    var n = 0
    for s in text.unicodeScalars {
      switch s {
      case "\u{1}": start = n
      case "\u{2}":
        if let b = start, b < n { ranges.append(b..<n) }
        start = nil
      default:
        out.append(s)
        n += 1
      }
    }
    return (String(out), ranges)
  }

  /// Line ends and runs of blanks as one space (same scalar count kept by replacing, not
  /// removing, so the snippet's match ranges stay right).
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
