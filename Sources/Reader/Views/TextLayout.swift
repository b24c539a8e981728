import CorpusKit

/// A document's text wrapped to a width: display lines that keep their scalar ranges, so that
/// CorpusKit offsets (mentions, passages, matches) map straight onto screen cells.
struct TextLayout {
  struct Line: Equatable {
    /// Scalar range drawn on this line (empty for the blank line between paragraphs).
    var range: Range<Int>
    /// The paragraph's kind, nil for a blank line.
    var kind: ParagraphKind?
  }

  let width: Int
  private(set) var lines: [Line] = []

  /// Wraps the article text (body and headings); with `showFurniture`, every paragraph.
  init(document d: Document, width: Int, showFurniture: Bool) {
    self.width = max(1, width)
    let scalars = d.text.scalars
    for p in d.paragraphs where showFurniture || p.kind.isArticleText {
      if !lines.isEmpty {
        lines.append(Line(range: p.range.lowerBound..<p.range.lowerBound, kind: nil))
      }
      for r in TextLayout.wrap(scalars, p.range, width: self.width) {
        lines.append(Line(range: r, kind: p.kind))
      }
    }
  }

  /// Greedy word wrap of `range` into ranges of at most `width` columns; spaces (and line
  /// breaks inside a paragraph) separate words, over-long words are cut by width.
  static func wrap(_ scalars: [Unicode.Scalar], _ range: Range<Int>, width: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var lineStart: Int? = nil
    var lineEnd = range.lowerBound
    var lineWidth = 0
    var i = range.lowerBound
    let end = min(range.upperBound, scalars.count)
    while i < end {
      // Skip separators.
      while i < end, isSeparator(scalars[i]) { i += 1 }
      guard i < end else { break }
      var j = i
      var w = 0
      while j < end, !isSeparator(scalars[j]) {
        w += TextWidth.of(scalars[j])
        j += 1
      }
      if let ls = lineStart {
        let gap = i - lineEnd  // separators kept between words on a line
        if lineWidth + gap + w <= width {
          lineWidth += gap + w
          lineEnd = j
          i = j
          continue
        }
        out.append(ls..<lineEnd)
        lineStart = nil
      }
      if w <= width {
        lineStart = i
        lineEnd = j
        lineWidth = w
        i = j
        continue
      }
      // A word wider than the line: cut it by columns.
      var k = i
      var cw = 0
      var start = i
      while k < j {
        let sw = TextWidth.of(scalars[k])
        if cw + sw > width, k > start {
          out.append(start..<k)
          start = k
          cw = 0
        }
        cw += sw
        k += 1
      }
      lineStart = start
      lineEnd = j
      lineWidth = cw
      i = j
    }
    if let ls = lineStart { out.append(ls..<lineEnd) }
    return out
  }

  @inline(__always)
  static func isSeparator(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\n" || s == "\r" || s == "\t"
  }

  /// The first line showing `offset`, or the first line after it (for text that is hidden).
  func line(containing offset: Int) -> Int? {
    var lo = 0
    var hi = lines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      let l = lines[mid]
      let before = l.kind == nil ? l.range.lowerBound <= offset : l.range.upperBound <= offset
      if before { lo = mid + 1 } else { hi = mid }
    }
    return lo < lines.count ? lo : (lines.isEmpty ? nil : lines.count - 1)
  }
}
