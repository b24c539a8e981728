/// Reads one saved HTML page into an article: decodes it, parses it with gumbo, scores its
/// blocks and reads its metadata. The article's text is the page's visible text, one block a
/// line with blank lines between, and `kinds` says which blocks are article and which furniture.
@_spi(Bench) public enum HtmlArticleReader {
  /// Pages larger than this are read up to it (a warning says so): news pages are rarely over
  /// 1 MB, and the tail of a 20 MB page is not worth the time.
  static let maximumBytes = 4 << 20

  /// The article of a page, or nil with a warning saying why there is none.
  /// `transportCharset` is the charset an HTTP header gave (WARC), which wins over the page's.
  public static func read(
    _ bytes: [UInt8], path: String, id: String, url: String? = nil, transportCharset: String? = nil,
    format: DocumentFormat = .html
  ) -> (RawDocument?, [LoadWarning]) {
    var warnings: [LoadWarning] = []
    var input = bytes
    if input.count > maximumBytes {
      warnings.append(
        LoadWarning(
          path: path,
          message: "page is \(input.count >> 20) MB; only the first \(maximumBytes >> 20) MB read"))
      // Cut before a UTF-8 sequence that would straddle the cap.
      var end = maximumBytes
      while end > 0, input[end] & 0xC0 == 0x80 { end -= 1 }
      input = Array(input[..<end])
    }
    let utf8: [UInt8]
    // Scripts, styles, comments and unused attributes go first (their bytes are ASCII-delimited
    // in every charset the decoder reads but UTF-16).
    // ISO-2022 (escape sequences) may hide `<` inside multi-byte text: filtered after decoding.
    let later =
      (input.count >= 2
        && ((input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF)))
      || input.contains(0x1B)
    if !later { input = HtmlPrefilter.strip(input) }
    switch HtmlCharset.decode(input, transport: transportCharset) {
    case .rejected(let why):
      return (nil, warnings + [LoadWarning(path: path, message: "\(why); skipped")])
    case .utf8(let bytes, let note):
      utf8 = bytes
      if let note { warnings.append(LoadWarning(path: path, message: note)) }
    }
    let page = HtmlParser.parse(later ? HtmlPrefilter.strip(utf8) : utf8)
    guard !page.blocks.isEmpty else {
      return (
        nil,
        warnings + [
          LoadWarning(
            path: path, message: "no visible text in the page (scripts or markup only); skipped")
        ]
      )
    }
    var kinds = HtmlExtractor.classify(page)
    let meta = HtmlMetadata.read(page, kinds: kinds)
    if let h = meta.headlineCandidates.first { kinds[h] = .title }
    if !kinds.contains(where: \.isArticleText) {
      warnings.append(
        LoadWarning(
          path: path,
          message: "no article text found; the page's \(kinds.count) blocks are kept as furniture"))
    }
    let body = page.blocks.map(\.text).joined(separator: "\n\n")
    let doc = RawDocument(
      id: id, path: path, text: body, title: meta.title, date: meta.date, outlet: meta.outlet,
      url: url,
      format: format, kinds: kinds, titleCandidates: meta.headlineCandidates)
    return (doc, warnings)
  }
}
