import CGumbo

/// Walks a gumbo parse tree into text blocks, block elements and raw metadata, in one pass.
/// Iterative (an explicit stack), so 10,000 nested elements cost no call stack; it keeps no
/// state outside the value.
struct HtmlWalker {
  private(set) var page = HtmlPage()

  // The block being read.
  private var buffer: [UInt8] = []
  private var current = HtmlBlock(text: "")
  private var pendingSpace = false
  private var breaks = 0
  private var inWord = false
  private var wordHash = HtmlStopWords.seed
  private var wordLength = 0
  private var afterTerminal = false

  // Where the walk is.
  private var anchorDepth = 0
  private var emphasisDepth = 0
  private var hint = 0
  private var nearestHint = 0
  private var flags: HtmlBlock.Flags = []
  private var openElements: [Int] = []
  private var openRoles: [HtmlRole] = []
  private var headingLevel = 0
  /// Class/id hints already worked out on this page (sites repeat a few names many times).
  private var hintCache: [[UInt8]: (score: Int, caption: Bool, title: Bool)] = [:]
  /// The element being opened's class and id (one buffer for the whole walk).
  private var names: [UInt8] = []

  /// Reads the tree under `root` (the `<html>` element).
  static func walk(_ root: UnsafeMutablePointer<GumboNode>) -> HtmlPage {
    var w = HtmlWalker()
    w.run(root)
    return w.page
  }

  private struct Frame {
    var node: UnsafeMutablePointer<GumboNode>
    var next: Int
    var opened: Bool
    var hint: Int
    var nearestHint: Int
    var flags: HtmlBlock.Flags
    var anchor: Bool
    var emphasis: Bool
    var headingLevel: Int
  }

  private mutating func run(_ root: UnsafeMutablePointer<GumboNode>) {
    var stack: [Frame] = []
    if let f = enter(root) { stack.append(f) }
    while !stack.isEmpty {
      let top = stack.count - 1
      let node = stack[top].node
      let children = node.pointee.v.element.children
      let i = stack[top].next
      if i < Int(children.length) {
        stack[top].next = i + 1
        guard let raw = children.data[i] else { continue }
        let child = raw.assumingMemoryBound(to: GumboNode.self)
        switch child.pointee.type {
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
          if let f = enter(child) { stack.append(f) }
        case GUMBO_NODE_TEXT, GUMBO_NODE_CDATA, GUMBO_NODE_WHITESPACE:
          if let t = child.pointee.v.text.text { text(t) }
        default: break
        }
      } else {
        leave(stack.removeLast())
      }
    }
    flush()
  }

  /// Opens an element: returns its frame when its children are to be walked.
  private mutating func enter(_ node: UnsafeMutablePointer<GumboNode>) -> Frame? {
    let element = node.pointee.v.element
    let tag = element.tag
    var role = HtmlRole.byTag[Int(tag.rawValue)]
    switch role {
    case .skip: return nil
    case .title:
      if page.title == nil { page.title = Self.innerText(node) }
      return nil
    case .meta:
      readMeta(element)
      return nil
    case .script:
      if let type = Self.attribute(element, "type"), type.lowercased().contains("ld+json") {
        page.jsonLD.append(Self.innerText(node))
      }
      return nil
    case .time:
      if let dt = Self.attribute(element, "datetime") { page.times.append(dt) }
    case .lineBreak:
      breaks += 1
      if !buffer.isEmpty { pendingSpace = true }
      return nil
    case .image:
      return nil
    default: break
    }
    Self.classAndID(element, into: &names)
    let own: (score: Int, caption: Bool, title: Bool)
    if names.isEmpty {
      own = (0, false, false)
    } else if let cached = hintCache[names] {
      own = cached
    } else {
      own = HtmlClassHints.hint(names)
      hintCache[names] = own
    }
    let isAnchor = role == .anchor
    // A span or link named as a headline is a block of its own.
    if own.title, role == .inline || role == .anchor { role = .paragraph }
    // The block before this element ends with the state it was read in.
    if role.isBlock { flush() }
    var frame = Frame(
      node: node, next: 0, opened: false, hint: hint, nearestHint: nearestHint, flags: flags,
      anchor: isAnchor, emphasis: role == .emphasis, headingLevel: headingLevel)
    if own.score != 0 {
      hint += own.score
      nearestHint = own.score
    }
    if own.caption { flags.insert(.caption) }
    if own.title { flags.insert(.titleName) }
    if isAnchor { anchorDepth += 1 }
    if role == .emphasis { emphasisDepth += 1 }
    switch role {
    case .caption, .figure: flags.insert(.caption)
    case .nav: flags.insert(.nav)
    case .header: flags.insert(.header)
    case .footer: flags.insert(.footer)
    case .aside: flags.insert(.aside)
    case .list, .listItem: flags.insert(.list)
    case .table, .cell: flags.insert(.table)
    case .form: flags.insert(.form)
    case .quote: flags.insert(.quote)
    default: break
    }
    if tag == GUMBO_TAG_ARTICLE { flags.insert(.article) }
    if role == .heading {
      let name = String(cString: gumbo_normalized_tagname(tag))
      headingLevel = Int(name.dropFirst()) ?? 1
    }
    if role.isBlock {
      page.elements.append(
        HtmlElement(parent: openElements.last ?? -1, role: role, hint: own.score))
      openElements.append(page.elements.count - 1)
      openRoles.append(role)
      frame.opened = true
    }
    return frame
  }

  private mutating func leave(_ f: Frame) {
    if f.opened {
      flush()
      openElements.removeLast()
      openRoles.removeLast()
    }
    if f.anchor { anchorDepth -= 1 }
    if f.emphasis { emphasisDepth -= 1 }
    hint = f.hint
    nearestHint = f.nearestHint
    flags = f.flags
    headingLevel = f.headingLevel
  }

  /// Appends a text node's bytes with white space collapsed, counting words as it goes.
  private mutating func text(_ p: UnsafePointer<CChar>) {
    var i = 0
    while true {
      let b = UInt8(bitPattern: p[i])
      if b == 0 { break }
      i += 1
      var space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
      if b == 0xC2, UInt8(bitPattern: p[i]) == 0xA0 {  // no-break space
        space = true
        i += 1
      }
      if space {
        endWord()
        if afterTerminal {
          current.sentenceEnds += 1
          afterTerminal = false
        }
        if !buffer.isEmpty { pendingSpace = true }
        continue
      }
      if breaks >= 2, !buffer.isEmpty { flush() }
      breaks = 0
      if pendingSpace {
        buffer.append(0x20)
        pendingSpace = false
      }
      buffer.append(b)
      let word =
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        || b >= 0x80
      if word {
        if !inWord {
          inWord = true
          current.words += 1
          if anchorDepth > 0 { current.linkWords += 1 }
          if emphasisDepth > 0 { current.emphasisWords += 1 }
          wordHash = HtmlStopWords.seed
          wordLength = 0
        }
        wordHash = HtmlStopWords.mix(wordHash, b)
        wordLength += 1
        afterTerminal = false
      } else {
        endWord()
        if b == 0x2C { current.commas += 1 }
        afterTerminal = b == 0x2E || b == 0x21 || b == 0x3F
      }
    }
  }

  private mutating func endWord() {
    guard inWord else { return }
    inWord = false
    if wordLength <= 9, HtmlStopWords.hashes.contains(wordHash) { current.stopWords += 1 }
  }

  /// Ends the block being read; a block without a word is dropped.
  private mutating func flush() {
    endWord()
    if afterTerminal { current.sentenceEnds += 1 }
    afterTerminal = false
    pendingSpace = false
    breaks = 0
    if current.words > 0 {
      current.text = String(decoding: buffer, as: UTF8.self)
      current.element = openElements.last ?? -1
      current.role = openRoles.last ?? .container
      current.headingLevel = current.role == .heading ? headingLevel : 0
      current.hint = hint
      current.nearestHint = nearestHint
      current.flags = flags
      if current.emphasisWords == current.words { current.flags.insert(.emphasis) }
      page.blocks.append(current)
    }
    buffer.removeAll(keepingCapacity: true)
    current = HtmlBlock(text: "")
  }

  private mutating func readMeta(_ element: GumboElement) {
    guard let content = Self.attribute(element, "content") else {
      if let cs = Self.attribute(element, "charset"), page.declaredCharset == nil {
        page.declaredCharset = cs
      }
      return
    }
    if let equiv = Self.attribute(element, "http-equiv"), equiv.lowercased() == "content-type",
      page.declaredCharset == nil, let r = content.lowercased().range(of: "charset=")
    {
      page.declaredCharset = String(content.lowercased()[r.upperBound...])
    }
    if let key = Self.attribute(element, "property") ?? Self.attribute(element, "name")
      ?? Self.attribute(element, "itemprop")
    {
      page.metas.append((key.lowercased(), content))
    }
  }

  /// The value of an attribute, if the element has it.
  static func attribute(_ element: GumboElement, _ name: StaticString) -> String? {
    let attrs = element.attributes
    for i in 0..<Int(attrs.length) {
      guard let raw = attrs.data[i] else { continue }
      let a = raw.assumingMemoryBound(to: GumboAttribute.self)
      guard let n = a.pointee.name, equalsASCII(n, name) else { continue }
      return a.pointee.value.map { String(cString: $0) }
    }
    return nil
  }

  /// `class` and `id` lowercased and joined, as bytes.
  static func classAndID(_ element: GumboElement, into out: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    let attrs = element.attributes
    for i in 0..<Int(attrs.length) {
      guard let raw = attrs.data[i] else { continue }
      let a = raw.assumingMemoryBound(to: GumboAttribute.self)
      guard let n = a.pointee.name, equalsASCII(n, "class") || equalsASCII(n, "id"),
        let v = a.pointee.value
      else { continue }
      var j = 0
      while v[j] != 0 {
        let b = UInt8(bitPattern: v[j])
        out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        j += 1
      }
      out.append(0x20)
    }
  }

  static func equalsASCII(_ c: UnsafePointer<CChar>, _ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    let u = s.utf8Start
    for i in 0..<n where UInt8(bitPattern: c[i]) != u[i] { return false }
    return c[n] == 0
  }

  /// All text under a node, white space collapsed (for `<title>` and JSON-LD).
  static func innerText(_ node: UnsafeMutablePointer<GumboNode>) -> String {
    var out: [UInt8] = []
    var stack = [node]
    while let n = stack.popLast() {
      switch n.pointee.type {
      case GUMBO_NODE_TEXT, GUMBO_NODE_CDATA, GUMBO_NODE_WHITESPACE:
        if let t = n.pointee.v.text.text {
          var j = 0
          while t[j] != 0 {
            out.append(UInt8(bitPattern: t[j]))
            j += 1
          }
        }
      case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
        let c = n.pointee.v.element.children
        for i in stride(from: Int(c.length) - 1, through: 0, by: -1) {
          if let raw = c.data[i] { stack.append(raw.assumingMemoryBound(to: GumboNode.self)) }
        }
      default: break
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
