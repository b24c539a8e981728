import CGumbo
import Foundation

/// Parses UTF-8 HTML with gumbo (HTML5 tree construction: unclosed tags, stray tables and
/// deep nesting are repaired as browsers do) and walks the tree; the parse output is freed here.
enum HtmlParser {
  static func parse(_ utf8: [UInt8]) -> HtmlPage {
    var options = GumboOptions()
    options.allocator = { _, size in malloc(size) }
    options.deallocator = { _, pointer in free(pointer) }
    options.userdata = nil
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
      defer { gumbo_destroy_output(&options, output) }
      guard let root = output.pointee.root else { return HtmlPage() }
      return HtmlWalker.walk(root)
    }
  }
}
