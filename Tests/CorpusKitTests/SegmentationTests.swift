import Testing

@_spi(Bench) @testable import CorpusKit

@Suite struct SegmentationTests {
  func sentences(_ text: String) -> [String] {
    let d = DocumentBuilder.build(
      RawDocument(id: "t", path: "t", text: text), context: CleaningContext())
    return d.sentences.map { d.slice($0) }
  }

  @Test func abbreviationsAndDatesDoNotEndSentences() {
    let s = sentences(
      "Chinese Premier Li Qiang visited Minsk on Aug. 22. The U.S. Secretary of State spoke on Feb. 28, 2023 in Washington. Mr. Smith and J. K. Rowling agreed. It ended."
    )
    #expect(
      s == [
        "Chinese Premier Li Qiang visited Minsk on Aug. 22.",
        "The U.S. Secretary of State spoke on Feb. 28, 2023 in Washington.",
        "Mr. Smith and J. K. Rowling agreed.",
        "It ended.",
      ])
  }

  @Test func quotationsStayWithTheirAttribution() {
    let s = sentences(
      "“We are confident that relations will move forward,” Li said. He added: “This is only the start.” Then he left… The talks resumed later."
    )
    #expect(
      s == [
        "“We are confident that relations will move forward,” Li said.",
        "He added: “This is only the start.”",
        "Then he left…",
        "The talks resumed later.",
      ])
  }

  @Test func questionInsideQuoteFollowedByLowercaseContinues() {
    #expect(
      sentences("\"Why now?\" he asked. Nobody answered.") == [
        "\"Why now?\" he asked.", "Nobody answered.",
      ])
  }

  @Test func paragraphsByBlankLinesAndBySingleLines() {
    let oneLineEach =
      "First paragraph is one line.\nSecond paragraph is another line.\nThird one.\n"
    let d1 = DocumentBuilder.build(
      RawDocument(id: "a", path: "a", text: oneLineEach), context: CleaningContext())
    #expect(d1.paragraphs.map(\.lines) == [1...1, 2...2, 3...3])

    let wrapped = """
      The delegation arrived in the capital on Tuesday morning and was met at the
      airport by the foreign minister, who accompanied the guests to the palace
      where the talks were held behind closed doors for several hours in a row.

      A second paragraph follows after a blank line.
      """
    let d2 = DocumentBuilder.build(
      RawDocument(id: "b", path: "b", text: wrapped), context: CleaningContext())
    #expect(d2.paragraphs.map(\.lines) == [1...3, 5...5])
  }

  @Test func everyNonBlankLineIsInExactlyOneParagraph() throws {
    let corpus = try CorpusLoader.load(SharedData.sample)
    #expect(corpus.documents.count == 5)
    for d in corpus.documents {
      var covered = [Int: Int]()
      for p in d.paragraphs { for n in p.lines { covered[n, default: 0] += 1 } }
      for line in d.lines where !LineSplitter.isBlank(line, d.text.scalars) {
        #expect(covered[line.number] == 1, "\(d.id) line \(line.number)")
      }
    }
  }

  @Test func offsetsRoundTripOnEverySampleArticle() throws {
    let corpus = try CorpusLoader.load(SharedData.sample)
    for d in corpus.documents {
      let scalars = Array(d.text.string.unicodeScalars)
      for t in d.tokens {
        let s = String(String.UnicodeScalarView(scalars[t.range]))
        #expect(Normalizer.fold(s) == t.norm)
        #expect(!s.unicodeScalars.contains { CharClass.isSpace($0) })
      }
      // Sentences lie inside paragraphs and in order.
      var last = 0
      for p in d.paragraphs {
        for s in d.sentences[p.sentences] {
          #expect(s.lowerBound >= p.range.lowerBound && s.upperBound <= p.range.upperBound)
          #expect(s.lowerBound >= last)
          last = s.upperBound
        }
      }
    }
  }

  @Test func normalisationFoldsQuotesDashesAndCase() {
    #expect(Normalizer.fold("Russia’s “War” — Ends…") == "russia's \"war\" - ends...")
  }

  @Test func tokensOfHardCases() {
    let text = "Belarus’ $8.4 billion, 1,400 others, 30% and Ukraine-Russia 5:04 PM Li’s"
    let scalars = Array(text.unicodeScalars)
    let toks = Tokenizer.tokenize(text).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    #expect(
      toks == [
        "Belarus", "’", "$", "8.4", "billion", ",", "1,400", "others", ",", "30", "%", "and",
        "Ukraine-Russia", "5:04", "PM", "Li", "’s",
      ])
  }

  @Test func nonLatinAndEmptyInputs() {
    #expect(Tokenizer.tokenize("").isEmpty)
    let zh = Tokenizer.tokenize("白俄罗斯总统 Лукашенко 访问北京。")
    #expect(zh.count == 4)
    #expect(sentences("   ") == [])
  }
}

@Suite struct ScalarTextTests {
  @Test func decodingMatchesTheStandardLibraryOnMixedScripts() {
    for s in [
      "", "abc", "Лукашенко’s “中国” — 📰 é (e\u{301}) 🇧🇾 \r\n end",
      String(repeating: "ж中a😀", count: 100),
    ] {
      #expect(ScalarText(s).scalars == Array(s.unicodeScalars))
    }
  }
}
