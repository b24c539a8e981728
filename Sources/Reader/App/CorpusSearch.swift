import CorpusIndex
import CorpusKit

/// The corpus-wide search behind `*`: the index's full-text table (the same as `reader
/// search`), or, without an index (the sample, `--no-index`), every document's text through
/// `TextSearch`, with a snippet cut around the first match.
enum CorpusSearch {
  static let limit = 200

  static func hits(_ query: String, corpus: Corpus, index: CorpusIndex?) -> [CorpusHit] {
    hits(query, corpus: LibraryCorpus(corpus), index: index)
  }

  static func hits(_ query: String, corpus: LibraryCorpus, index: CorpusIndex?) -> [CorpusHit] {
    if let index, let found = try? index.search(query, limit: limit) {
      return found.compactMap { h in
        corpus.index(of: h.id).map {
          CorpusHit(
            doc: $0, matches: h.matches, snippet: h.snippet, snippetMatches: h.snippetMatches)
        }
      }
    }
    var out: [CorpusHit] = []
    for (i, d) in corpus.whole.documents.enumerated() {
      let m = TextSearch.find(query, in: d, furniture: false)
      guard let first = m.first else { continue }
      let lo = max(0, first.lowerBound - 40)
      let hi = min(d.text.count, first.upperBound + 80)
      let snippet = d.slice(lo..<hi).replacingOccurrences(of: "\n", with: " ")
      let inSnippet = m.filter { $0.lowerBound >= lo && $0.upperBound <= hi }
        .map { ($0.lowerBound - lo)..<($0.upperBound - lo) }
      out.append(CorpusHit(doc: i, matches: m, snippet: snippet, snippetMatches: inSnippet))
      if out.count == limit { break }
    }
    return out
  }
}
