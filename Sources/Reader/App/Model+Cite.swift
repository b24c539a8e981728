import CorpusKit

/// What `y` copies: the current passage pair (compare) or the current mention or match
/// (article, lookup), as plain text and Markdown. The runner writes it out (`CiteStore`).
struct Citation: Equatable, Sendable {
  /// What was cited, for the status line ("passage 2/3", "mention of Minsk").
  var what: String
  var text: String
  var markdown: String
}

/// `y`: building the citation of what is on screen.
extension Model {
  mutating func cite() -> [Effect] {
    let c: Citation?
    switch screen {
    case .compare: c = citePair()
    case .article: c = citeArticle()
    case .lookup: c = citeLookup()
    default: c = nil
    }
    guard let c else {
      if message == nil {
        message =
          "nothing to cite here: ] picks a pair in compare; a mention or match in an article"
      }
      return []
    }
    return [.cite(c)]
  }

  private mutating func citePair() -> Citation? {
    guard let c = compare, let cur = c.current, let al = c.alignment.value,
      al.passages.indices.contains(cur)
    else {
      message = "no current pair to cite: ] picks one"
      return nil
    }
    let p = al.passages[cur]
    let shown = c.shown(al)
    let head = Model.describe(p, index: shown.firstIndex(of: cur) ?? 0, of: shown.count)
      .replacingOccurrences(of: " (d lists)", with: "")
    let sides = [(c.a, p.a), (c.b, p.b)]
    return Citation(
      what: "passage \((shown.firstIndex(of: cur) ?? 0) + 1)/\(shown.count)",
      text: ([head] + sides.map { plainQuote($0.0, $0.1) }).joined(separator: "\n\n") + "\n",
      markdown: (["**\(Model.markdownEscaped(head))**"] + sides.map { markdownQuote($0.0, $0.1) })
        .joined(separator: "\n\n") + "\n")
  }

  private mutating func citeArticle() -> Citation? {
    guard let a = article else { return nil }
    let range =
      a.mark
      ?? a.search.flatMap { s in
        s.current.flatMap { s.matches.indices.contains($0) ? s.matches[$0] : nil }
      }
    guard let range else {
      message = "nothing to cite: open a mention from a lookup, or / search and n to a match"
      return nil
    }
    return mention(a.doc, range)
  }

  private mutating func citeLookup() -> Citation? {
    guard let l = lookup, l.rows.indices.contains(l.cursor),
      case .mention(let doc, let range) = l.rows[l.cursor]
    else {
      message = "nothing to cite: put the cursor on a mention"
      return nil
    }
    return mention(doc, range)
  }

  /// A mention with its sentence around it.
  private func mention(_ doc: Int, _ range: Range<Int>) -> Citation {
    let d = corpus.document(doc)
    let sentence =
      d.sentences.first { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
      ?? range
    let what = "“\(d.slice(range))”"
    return Citation(
      what: "mention \(what)",
      text: "Mention \(what)\n\n" + plainQuote(doc, sentence) + "\n",
      markdown: "**Mention \(Model.markdownEscaped(what))**\n\n" + markdownQuote(doc, sentence)
        + "\n")
  }

  private func source(_ doc: Int, _ r: Range<Int>) -> (
    id: String, title: String, url: String?, at: String
  ) {
    let d = corpus.document(doc)
    return (d.id, entries[doc].title, d.url, "scalars \(r.lowerBound)–\(r.upperBound)")
  }

  private func plainQuote(_ doc: Int, _ r: Range<Int>) -> String {
    let s = source(doc, r)
    let d = corpus.document(doc)
    return "\(s.id) · \(s.title)" + (s.url.map { " · \($0)" } ?? "") + " · \(s.at)\n"
      + "“\(d.slice(r))”"
  }

  private func markdownQuote(_ doc: Int, _ r: Range<Int>) -> String {
    let s = source(doc, r)
    let d = corpus.document(doc)
    let quote = d.slice(r).split(separator: "\n", omittingEmptySubsequences: false)
      .map { "> " + Model.markdownEscaped(String($0)) }.joined(separator: "\n")
    let link = s.url.map { " · <\($0.replacingOccurrences(of: ">", with: "%3E"))>" } ?? ""
    return quote
      + "\n\n— *\(Model.markdownEscaped(s.title))* (`\(s.id.replacingOccurrences(of: "`", with: "'"))`\(link), \(s.at))"
  }

  /// Markdown's punctuation escaped, so a title or quote cannot open a link or emphasis.
  static func markdownEscaped(_ s: String) -> String {
    var out = ""
    for c in s {
      if "\\`*_[]<>|".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }

  /// The runner's report: where the citation went.
  mutating func cited(_ c: Citation, files: Result<[String], CiteStore.Failure>, clipboard: Bool) {
    switch files {
    case .success(let paths):
      // "copied passage 2/3 to ~/.local/state/reader/cite.txt and .md + clipboard"
      let shown = paths.enumerated().map { i, p in
        i == 0 ? p : "." + (p.split(separator: ".").last.map(String.init) ?? p)
      }
      message =
        "copied \(c.what) to \(shown.joined(separator: " and "))"
        + (clipboard ? " + clipboard" : "")
    case .failure(let why):
      message =
        "could not write the citation: \(why.description)"
        + (clipboard ? " (copied to the clipboard)" : "")
    }
  }
}
