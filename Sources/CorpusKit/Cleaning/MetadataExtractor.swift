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
        meta.title = document.slice(TitlePicker.lastColumn(document, i)).trimmingCharacters(
          in: .whitespaces)
      }
      // The dateline nearest the body: a page's header often prints today's date above it.
      if p.kind == .dateline, let day = DatelineReader.date(document, i) { meta.date = day }
    }
    meta.outlet = OutletReader.outlet(document)
    return meta
  }
}
