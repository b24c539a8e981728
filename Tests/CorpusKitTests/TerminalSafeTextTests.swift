import Testing

@_spi(Bench) @testable import CorpusKit

/// The one stand-in table the browser and the CLI share (issue 11, item 2).
@Suite struct TerminalSafeTextTests {
  @Test func controlsBecomeSymbolsOneForOne() {
    let s = "a\u{1B}]52;c;eA==\u{07}\u{7F}\u{85}\u{9B}\u{202A}\u{202E}\u{2066}\u{2069}z"
    let shown = TerminalSafeText.forTerminal(s)
    #expect(shown == "a␛]52;c;eA==␇␡\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}z")
    #expect(shown.unicodeScalars.count == s.unicodeScalars.count)  // offsets unchanged
  }

  @Test func layoutAndOrdinaryTextPassUnchanged() {
    let s = "Tab\there\nnext line\r\n« Zürich » 中文 \u{200F}ltr-mark אבג"
    #expect(TerminalSafeText.forTerminal(s) == s)
    #expect(TerminalSafeText.forTerminal("over\rwrite\r") == "over\nwrite\n")
  }
}
