import Foundation

/// Shrinks a page before gumbo tokenises it character by character: the bodies of `<script>`
/// and `<style>` elements, `<!-- comments -->`, and every attribute the extractor never reads
/// (`href`, `src`, `style`, `onclick`...: most of a news page's bytes) are dropped. Tags stay,
/// so the tree gumbo builds is the same; JSON-LD scripts are kept whole.
enum HtmlPrefilter {
  /// The attributes the walker and the metadata reader use.
  static let kept: [StaticString] = [
    "class", "id", "content", "property", "name", "itemprop", "charset", "http-equiv", "datetime",
    "type",
  ]

  static func strip(_ input: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    input.withUnsafeBufferPointer { b in
      let n = b.count
      var i = 0
      var copied = 0
      let base = b.baseAddress!
      while i < n {
        // Jump to the next `<` (memchr reads a word at a time).
        guard let lt = memchr(base + i, 0x3C, n - i) else { break }
        i = UnsafeRawPointer(lt) - UnsafeRawPointer(base)
        guard i + 1 < n else {
          i += 1
          continue
        }
        let next = b[i + 1]
        // <!-- ... -->
        if next == 0x21, i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
          guard let end = find(b, from: i + 4) else { break }
          out.append(contentsOf: b[copied..<i])
          i = end + 3
          copied = i
          continue
        }
        guard isLetter(next) else {
          i += 1
          continue
        }
        // A start tag: copy its name and the attributes worth keeping.
        out.append(contentsOf: b[copied..<i])
        let tagStart = i
        var j = i + 1
        while j < n, !isSpace(b[j]), b[j] != 0x3E, b[j] != 0x2F { j += 1 }
        let nameEnd = j
        let name = tagStart + 1..<nameEnd
        let raw: StaticString? =
          equalsFolded(b, name, "script")
          ? "</script" : equalsFolded(b, name, "style") ? "</style" : nil
        var attributes: [(Int, Int)] = []
        var ended = false
        var ldJSON = false
        while j < n {
          while j < n, isSpace(b[j]) || b[j] == 0x2F { j += 1 }
          guard j < n else { break }
          if b[j] == 0x3E {
            ended = true
            break
          }
          let aStart = j
          while j < n, !isSpace(b[j]), b[j] != 0x3E, b[j] != 0x3D, !(b[j] == 0x2F && j > aStart) {
            j += 1
          }
          let aNameEnd = j
          while j < n, isSpace(b[j]) { j += 1 }
          if j < n, b[j] == 0x3D {
            j += 1
            while j < n, isSpace(b[j]) { j += 1 }
            if j < n, b[j] == 0x22 || b[j] == 0x27 {
              let q = b[j]
              j += 1
              while j < n, b[j] != q { j += 1 }
              if j < n { j += 1 }
            } else {
              while j < n, !isSpace(b[j]), b[j] != 0x3E { j += 1 }
            }
          }
          if keep(b, aStart..<aNameEnd) {
            attributes.append((aStart, j))
            if raw != nil, containsFolded(b, aNameEnd..<j, "ld+json") { ldJSON = true }
          }
        }
        guard ended else {
          // A tag cut off by the end of the page: leave the rest as it is.
          copied = tagStart
          break
        }
        out.append(contentsOf: b[tagStart..<nameEnd])
        for (s, e) in attributes {
          out.append(0x20)
          out.append(contentsOf: b[s..<e])
        }
        out.append(0x3E)
        i = j + 1
        copied = i
        if let close = raw, !ldJSON {
          guard let c = findClose(b, close, from: i) else {
            copied = n
            break
          }
          i = c
          copied = c
        }
      }
      if copied < n { out.append(contentsOf: b[copied..<n]) }
    }
    return out
  }

  @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
  }
  @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
  }

  static func keep(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
    for k in kept where equalsFolded(b, name, k) { return true }
    return false
  }

  /// Whether the bytes in `r` are `s` (lowercase ASCII), letters in any case.
  static func equalsFolded(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ s: StaticString)
    -> Bool
  {
    guard r.count == s.utf8CodeUnitCount else { return false }
    let p = s.utf8Start
    for k in 0..<r.count where b[r.lowerBound + k] | 0x20 != p[k] | 0x20 { return false }
    return true
  }

  /// The end of a comment: the first `-->` at or after `from`.
  static func find(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    var i = from
    while i + 2 < b.count {
      if b[i] == 0x2D, b[i + 1] == 0x2D, b[i + 2] == 0x3E { return i }
      i += 1
    }
    return nil
  }

  /// The first closing tag `s` (such as `</script`) at or after `from`, letters in any case.
  static func findClose(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString, from: Int) -> Int? {
    let m = s.utf8CodeUnitCount
    guard let base = b.baseAddress else { return nil }
    var i = from
    while i + m <= b.count {
      guard let lt = memchr(base + i, 0x3C, b.count - i) else { return nil }
      i = UnsafeRawPointer(lt) - UnsafeRawPointer(base)
      guard i + m <= b.count else { return nil }
      if b[i + 1] == 0x2F, equalsFolded(b, i..<i + m, s) { return i }
      i += 1
    }
    return nil
  }

  static func containsFolded(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ s: StaticString)
    -> Bool
  {
    let m = s.utf8CodeUnitCount
    var i = r.lowerBound
    while i + m <= r.upperBound {
      if equalsFolded(b, i..<i + m, s) { return true }
      i += 1
    }
    return false
  }
}
