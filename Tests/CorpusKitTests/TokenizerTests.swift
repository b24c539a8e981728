import Testing

@_spi(Bench) @testable import CorpusKit

@Suite struct TokenizerTests {
  @Test func possessivesSplitAndOffsetsExact() {
    let text = "Li Qiang’s visit to Belarus’ capital cost $8.4 billion, the U.S. said."
    let toks = Tokenizer.tokenize(text)
    let scalars = Array(text.unicodeScalars)
    let words = toks.map { String(String.UnicodeScalarView(scalars[$0.range])) }
    #expect(words.contains("Qiang"))
    #expect(words.contains("’s"))
    #expect(words.contains("Belarus"))
    #expect(words.contains("8.4"))
    #expect(words.contains("U.S."))
  }
}
