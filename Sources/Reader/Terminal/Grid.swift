import CorpusKit

/// One screen cell: a base character with any combining marks, its display width and style.
///
/// A wide character occupies its cell and a `continuation` cell to the right.
struct Cell: Hashable, Sendable {
  var text: String
  var width: UInt8
  var style: Style

  static let blank = Cell(text: " ", width: 1, style: .plain)
  static let continuation = Cell(text: "", width: 0, style: .plain)

  var isContinuation: Bool { width == 0 }
}

/// A rectangle on the screen.
struct Rect: Hashable, Sendable {
  var x: Int
  var y: Int
  var width: Int
  var height: Int

  var maxX: Int { x + width }
  var maxY: Int { y + height }
}

/// The in-memory frame every view renders into; the backend copies it to the terminal.
struct Grid: Sendable {
  let width: Int
  let height: Int
  private(set) var cells: [Cell]

  init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills a rectangle with blanks of `style`.
  mutating func fill(_ r: Rect, style: Style) {
    let blank = Cell(text: " ", width: 1, style: style)
    for y in max(0, r.y)..<min(height, r.maxY) {
      for x in max(0, r.x)..<min(width, r.maxX) { cells[y * width + x] = blank }
    }
  }

  /// Sets the style of a rectangle's cells, keeping their text.
  mutating func restyle(_ r: Rect, _ transform: (Style) -> Style) {
    for y in max(0, r.y)..<min(height, r.maxY) {
      for x in max(0, r.x)..<min(width, r.maxX) {
        cells[y * width + x].style = transform(cells[y * width + x].style)
      }
    }
  }

  /// Writes one scalar (sanitised) at (x, y) if it fits before `limit`; returns the columns used.
  /// Zero-width scalars join the cell to their left.
  @discardableResult
  mutating func put(_ s: Unicode.Scalar, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
    guard y >= 0, y < height else { return 0 }
    let end = min(limit ?? width, width)
    let shown = TextWidth.visible(s)
    let w = DisplayWidth.of(shown)
    if w == 0 {
      if shown == "\u{FE0F}" || shown == "\u{FE0E}" { return 0 }
      // Combining mark: attach to the cell on the left (skip over a continuation).
      var px = x - 1
      while px >= 0, self[px, y].isContinuation { px -= 1 }
      if px >= 0, self[px, y].text.unicodeScalars.count < 5, self[px, y].text != " " {
        self[px, y].text.unicodeScalars.append(shown)
      }
      return 0
    }
    guard x >= 0, x + w <= end else { return 0 }
    // Overwriting half of a wide character leaves a blank, never half a glyph.
    if self[x, y].isContinuation, x > 0 {
      self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
    }
    if self[x, y].width == 2, x + 1 < width {
      self[x + 1, y] = Cell(text: " ", width: 1, style: style)
    }
    self[x, y] = Cell(text: String(shown), width: UInt8(w), style: style)
    if w == 2 {
      if x + 2 < width, self[x + 2, y].isContinuation {
        self[x + 2, y] = Cell(text: " ", width: 1, style: self[x + 2, y].style)
      }
      self[x + 1, y] = Cell(text: "", width: 0, style: style)
    }
    return w
  }

  /// Writes a string from (x, y), clipped at `limit` (exclusive column); returns the next column.
  @discardableResult
  mutating func text(_ s: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
    var cx = x
    for u in s.unicodeScalars {
      let w = put(u, x: cx, y: y, style: style, limit: limit)
      if w == 0, DisplayWidth.of(TextWidth.visible(u)) > 0 { break }
      cx += w
    }
    return cx
  }

  /// Writes `s` clipped to `width` columns with an ellipsis when cut; returns the next column.
  @discardableResult
  mutating func clipped(_ s: String, x: Int, y: Int, width w: Int, style: Style) -> Int {
    guard w > 0 else { return x }
    return text(TextWidth.clip(s, w), x: x, y: y, style: style, limit: x + w)
  }

  /// The text of row `y`, continuation cells skipped, trailing blanks kept.
  func line(_ y: Int) -> String {
    var s = ""
    for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
    return s
  }

  /// Every row as text.
  var lines: [String] { (0..<height).map(line) }

  /// Every row as text, trailing blanks trimmed; handy in assertions.
  var trimmedLines: [String] {
    lines.map { l in
      var s = Substring(l)
      while s.last == " " { s.removeLast() }
      return String(s)
    }
  }

  /// The cells that differ from `old` (everything when the sizes differ), as (x, y) pairs.
  func changes(from old: Grid?) -> [(x: Int, y: Int)] {
    var out: [(x: Int, y: Int)] = []
    guard let old, old.width == width, old.height == height else {
      for y in 0..<height { for x in 0..<width { out.append((x, y)) } }
      return out
    }
    for i in 0..<cells.count where cells[i] != old.cells[i] { out.append((i % width, i / width)) }
    return out
  }

  /// The column of the first occurrence of `needle` on row `y`, if any (in cells).
  func column(of needle: String, row y: Int) -> Int? {
    var col = 0
    var starts: [(String.Index, Int)] = []
    var s = ""
    for x in 0..<width where !self[x, y].isContinuation {
      starts.append((s.endIndex, col))
      s += self[x, y].text
      col = x + Int(self[x, y].width)
    }
    guard let r = s.range(of: needle) else { return nil }
    return starts.last { $0.0 <= r.lowerBound }?.1
  }
}
