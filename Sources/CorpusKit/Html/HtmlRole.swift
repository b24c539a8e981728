import CGumbo

/// How the extractor treats an HTML element: a box of blocks, a block of text, an inline run,
/// or something whose text is never shown.
enum HtmlRole: UInt8, Sendable {
  /// Inline text (`a`, `span`, `b`, unknown tags).
  case inline
  /// Bold inline text (`b`, `strong`, `big`): old pages set headlines this way.
  case emphasis
  /// A box of other blocks (`div`, `section`, `article`, `td`, `body`...).
  case container
  /// A paragraph-like block (`p`, `pre`, `address`, `dd`, `dt`).
  case paragraph
  case heading
  case listItem
  case list
  case table
  case cell
  case quote
  case caption
  case figure
  case nav
  case header
  case footer
  case aside
  case form
  case anchor
  case lineBreak
  /// Never visible text (`script`, `style`, `noscript`, `select`, `svg`...).
  case skip
  case head
  case title
  case meta
  case script
  case time
  case image

  /// Whether the element starts and ends a text block.
  var isBlock: Bool {
    switch self {
    case .inline, .emphasis, .anchor, .lineBreak, .skip, .head, .title, .meta, .script, .time,
      .image:
      return false
    default: return true
    }
  }

  /// The role of each gumbo tag, by the tag's raw value.
  static let byTag: [HtmlRole] = {
    let byName: [String: HtmlRole] = [
      "div": .container, "section": .container, "article": .container, "main": .container,
      "body": .container, "html": .container, "center": .container, "fieldset": .container,
      "details": .container, "dl": .list, "tbody": .container, "thead": .container,
      "tfoot": .container,
      "tr": .container, "frameset": .container, "noframes": .container, "hgroup": .container,
      "p": .paragraph, "pre": .paragraph, "address": .paragraph, "dd": .paragraph, "dt": .paragraph,
      "summary": .paragraph, "legend": .paragraph,
      "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading,
      "h6": .heading,
      "li": .listItem, "ul": .list, "ol": .list, "menu": .list, "dir": .list,
      "table": .table, "td": .cell, "th": .cell,
      "blockquote": .quote, "caption": .caption, "figcaption": .caption, "figure": .figure,
      "nav": .nav, "header": .header, "footer": .footer, "aside": .aside, "form": .form,
      "a": .anchor, "br": .lineBreak, "hr": .container,
      "script": .script, "style": .skip, "noscript": .skip, "template": .skip, "select": .skip,
      "option": .skip, "optgroup": .skip, "button": .skip, "textarea": .skip, "input": .skip,
      "svg": .skip, "math": .skip, "object": .skip, "embed": .skip, "iframe": .skip, "frame": .skip,
      "canvas": .skip, "audio": .skip, "video": .skip, "map": .skip, "applet": .skip,
      "datalist": .skip, "label": .inline, "b": .emphasis, "strong": .emphasis, "big": .emphasis,
      "head": .head, "title": .title, "meta": .meta, "time": .time, "img": .image,
    ]
    let count = Int(GUMBO_TAG_LAST.rawValue) + 1
    var roles = [HtmlRole](repeating: .inline, count: count)
    for raw in 0..<count - 1 {
      guard let name = gumbo_normalized_tagname(GumboTag(UInt32(raw))) else { continue }
      if let role = byName[String(cString: name)] { roles[raw] = role }
    }
    return roles
  }()
}
