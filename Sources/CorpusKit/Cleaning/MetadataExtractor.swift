/// Title, publication date and outlet, as the text states them; nil where it does not.
struct Metadata: Sendable, Hashable {
  var title: String?
  var date: String?
  var outlet: String?
  init(title: String? = nil, date: String? = nil, outlet: String? = nil) {
    self.title = title
    self.date = date
    self.outlet = outlet
  }
}

/// Reads metadata from a classified document. It answers nil rather than guess: the title is
/// a headline above the body, the date a dateline above the body (never a caption's or the
/// body's), the outlet a name the page's own furniture gives itself.
enum MetadataExtractor {
  static func extract(_ document: Document) -> Metadata {
    var meta = Metadata()
    let firstBody =
      document.paragraphs.firstIndex { $0.kind.isArticleText } ?? document.paragraphs.count
    for (i, p) in document.paragraphs.enumerated() where i < firstBody {
      if meta.title == nil, p.kind == .title {
        meta.title = ColumnHeadline.titleText(document, i)
      }
    }
    // The dateline nearest the body: a page's header often prints today's date above it.
    meta.date = date(document, firstBody) { document.paragraphs[$0].kind == .dateline }
    meta.outlet = OutletReader.outlet(document)
    return meta
  }

  /// How many paragraphs after the first of article text a stated publication date may lie
  /// (below the headline, a photo and its caption, before the story's first lines).
  static let statedWindow = 8

  /// The publication date: the dateline nearest above the body, a whole paragraph
  /// (`isDateline`) or a column of one; when that one is a bare date ("Monday, 21 January
  /// 2008", often the site's "today"), a dateline that states the publication ("Story
  /// Published: Jan 18, 2008", "19 January 2008 - 5:57PM") just inside the body wins.
  static func date(
    _ document: Document, _ firstBody: Int, isDateline: (Int) -> Bool
  ) -> String? {
    let end = min(document.paragraphs.count, firstBody + statedWindow)
    var above: (day: String, stated: Bool)?
    for i in stride(from: min(firstBody, end) - 1, through: 0, by: -1) {
      if isDateline(i), let day = DatelineReader.date(document, i) {
        above = (day, isStated(document, i, document.paragraphs[i].range))
        break
      }
      if let day = statedColumn(document, i) {
        above = (day, true)
        break
      }
    }
    if let above, above.stated { return above.day }
    for i in min(firstBody, end)..<end {
      if let day = statedColumn(document, i) { return day }
    }
    return above?.day
  }

  /// The day of the first column of paragraph `i` that is a dateline stating the publication.
  static func statedColumn(_ document: Document, _ i: Int) -> String? {
    for column in DatelineReader.columns(document, i) where isStated(document, i, column) {
      if let day = DatelineReader.date(document, i, in: column) { return day }
    }
    return nil
  }

  /// Whether the scalars `span` of paragraph `i` say they give a publication time:
  /// "Published"/"Posted" among the first words, or a clock time.
  static func isStated(_ document: Document, _ i: Int, _ span: Range<Int>) -> Bool {
    let words = document.tokens[document.paragraphs[i].tokens]
      .filter { span.contains($0.start) }.prefix(4).map(\.norm)
    return words.contains { DatelineReader.publishingWords.contains($0) }
      || DatelineReader.hasClock(document, span)
  }

  /// The date of a page whose kinds came from its markup (no paragraph is classed `dateline`
  /// there).
  static func visibleDate(_ document: Document) -> String? {
    let firstBody = document.paragraphs.firstIndex { $0.kind.isArticleText } ?? 0
    return date(document, firstBody) { DatelineReader.isDateline(document, $0) }
  }
}
