import CGumbo
import Foundation

/// Parses UTF-8 HTML with gumbo (HTML5 tree construction: unclosed tags, stray tables and
/// deep nesting are repaired as browsers do) and walks the tree; the parse output is freed here.
enum HtmlParser {
  static func parse(_ utf8: [UInt8]) -> HtmlPage {
    // Gumbo allocates and frees thousands of small buffers per page; a bump arena hands them
    // out without malloc, ignores their frees, and is dropped whole after the walk (so the tree
    // is never walked again just to free it).
    let arena = UnsafeMutablePointer<GumboArena>.allocate(capacity: 1)
    arena.initialize(to: GumboArena())
    defer {
      arena.pointee.release()
      arena.deallocate()
    }
    var options = GumboOptions()
    options.allocator = { userdata, size in
      userdata!.assumingMemoryBound(to: GumboArena.self).pointee.allocate(size)
    }
    options.deallocator = { _, _ in }
    options.userdata = UnsafeMutableRawPointer(arena)
    options.tab_stop = 8
    options.stop_on_first_error = false
    options.max_errors = 0
    options.fragment_context = GUMBO_TAG_LAST
    options.fragment_namespace = GUMBO_NAMESPACE_HTML
    return utf8.withUnsafeBufferPointer { buf -> HtmlPage in
      guard let base = buf.baseAddress, buf.count > 0 else { return HtmlPage() }
      let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      guard let output = gumbo_parse_with_options(&options, chars, buf.count) else {
        return HtmlPage()
      }
      guard let root = output.pointee.root else { return HtmlPage() }
      return HtmlWalker.walk(root)
    }
  }
}

/// Memory for one parse: chunks of at least 64 KB handed out front to back, each chunk's
/// first 16 bytes pointing to the chunk before it; freed all at once by `release`.
struct GumboArena {
  static let chunkSize = 1 << 16
  private var newest: UnsafeMutableRawPointer?
  private var cursor: UnsafeMutableRawPointer?
  private var remaining = 0

  mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
    let n = (size + 15) & ~15
    if n > remaining { grow(n) }
    guard let p = cursor else { return nil }
    cursor = p + n
    remaining -= n
    return p
  }

  private mutating func grow(_ n: Int) {
    let size = max(Self.chunkSize, n + 16)
    guard let chunk = malloc(size) else {
      cursor = nil
      remaining = 0
      return
    }
    chunk.storeBytes(of: newest, as: UnsafeMutableRawPointer?.self)
    newest = chunk
    cursor = chunk + 16
    remaining = size - 16
  }

  mutating func release() {
    while let chunk = newest {
      newest = chunk.load(as: UnsafeMutableRawPointer?.self)
      free(chunk)
    }
    cursor = nil
    remaining = 0
  }
}
