import Foundation
import Testing

@testable import CorpusKit

/// The sentence-encoder aligner on small made-up texts: it finds a rewrite the lexical aligner
/// misses, stays out of verbatim passages, and does not pair two texts that only share a topic.
@Suite(.enabled(if: EncoderFiles.present, Comment(rawValue: EncoderFiles.skip)))
struct SemanticAlignerTests {
  static let source = """
    The city council voted on Monday to close the old library on Mill Street next spring. \
    Officials said the building needs repairs that would cost more than the town can afford. \
    Residents who use the library every week say they were not asked before the decision. \
    A new reading room will open inside the community centre once the library shuts.

    Meanwhile the football club announced a new coach for the coming season after a poor run of results.
    """
  static let rewrite = """
    Next spring the old Mill Street library will shut its doors, after councillors decided \
    so in a Monday vote. According to officials, the town cannot pay for the repairs the \
    building would require. Regular visitors complain that nobody consulted them before the \
    council made up its mind. Once it closes, a reading room is to be set up in the community centre.

    Farmers in the valley expect a late harvest because of the cold and wet summer weather.
    """
  static let sameTopic = """
    Libraries across the country are lending more e-books than ever, a survey found. \
    Many councils have cut opening hours to save money on staff and heating. \
    Volunteers now run a growing number of small branch libraries in villages. \
    Some readers say they prefer paper books to screens for long novels.
    """

  func engine(_ texts: [String]) throws -> (OverlapEngine, [Document]) {
    let corpus = OverlapEngineTests.corpus(texts)
    let e = OverlapEngine(corpus: corpus, encoder: try #require(EncoderFiles.encoder))
    return (e, corpus.documents)
  }

  @Test func findsARewriteTheLexicalAlignerMisses() throws {
    // The sample's 000 restates much of 001; one restatement shares too few words for the
    // lexical aligner.
    let corpus = try CorpusLoader.load(SharedData.sample)
    let a = OverlapEngineTests.doc("000", in: corpus)
    let b = OverlapEngineTests.doc("001", in: corpus)
    let lexical = OverlapEngine(corpus: corpus).align(a, b).passages
    let all = OverlapEngine(corpus: corpus, encoder: try #require(EncoderFiles.encoder))
      .align(a, b).passages
    // Passages by their ranges and kind (an ordered chain may raise a confidence).
    func key(_ p: Passage) -> [Int] {
      [p.a.lowerBound, p.a.upperBound, p.b.lowerBound, p.b.upperBound, p.kind == .verbatim ? 1 : 0]
    }
    let added = all.filter { p in !lexical.contains { key($0) == key(p) } }
    #expect(!added.isEmpty)
    // Reliable by kind and length (a weak piece an ordered chain raised may give way to a
    // rewrite that covers it).
    let reliable = lexical.filter { PassageConfidence.of($0) >= Alignment.defaultMinConfidence }
    // 000 tells 001 three times and is aligned telling by telling: a sentence of 001 is
    // matched once per telling, so a rewrite keeps clear of the lexical passages of its own
    // telling.
    let plain = OverlapEngine(corpus: corpus)
    let tellings = plain.repeats.tellings(plain.prepare(a))
    #expect(tellings.count == 3)
    func telling(_ r: Range<Int>) -> Int? { tellings.firstIndex { $0.contains(r.lowerBound) } }
    for p in added {
      #expect(p.kind == .paraphrase)
      #expect(p.score >= 0.55)
      for r in reliable where telling(r.a) == telling(p.a) {
        #expect(!p.a.overlaps(r.a) && !p.b.overlaps(r.b))
      }
    }
    // Every reliable lexical passage is still there.
    #expect(reliable.allSatisfy { r in all.contains { key($0) == key(r) } })
  }

  @Test func storiesNeverPairWithUnrelatedSentences() throws {
    let (e, d) = try engine([Self.source, Self.rewrite])
    for p in e.align(d[0], d[1]).passages {
      let a = d[0].slice(p.a)
      let b = d[1].slice(p.b)
      #expect(!a.contains("football") && !b.contains("harvest"), "\(a) / \(b)")
    }
  }

  @Test func sameTopicIsNotARewrite() throws {
    let (e, d) = try engine([Self.source, Self.sameTopic])
    let lexical = OverlapEngine(corpus: e.corpus).align(d[0], d[1]).passages
    #expect(e.align(d[0], d[1]).passages == lexical)
  }

  @Test func rewritesNeverOverlapVerbatimPassages() throws {
    // The rewrite with the source's story copied word for word in front.
    let copied = String(Self.source.prefix { $0 != "\n" }) + "\n\n"
    let (e, d) = try engine([Self.source, copied + Self.rewrite])
    let passages = e.align(d[0], d[1]).passages
    let verbatim = passages.filter { $0.kind == .verbatim }
    #expect(!verbatim.isEmpty)
    for p in passages where p.kind == .paraphrase {
      for v in verbatim where v.confidence >= Alignment.defaultMinConfidence {
        #expect(!p.a.overlaps(v.a) && !p.b.overlaps(v.b))
      }
    }
  }

  @Test func oneCopiedSentenceDoesNotMakeItsNeighboursARewrite() throws {
    // Two reports on one subject that share one background sentence word for word (BBC's
    // tech-030 and tech-048 share such a sentence below their leads): the neighbours match
    // by topic only, so no rewrite is reported around the copy, and the copy is verbatim.
    let shared =
      "Officials said the building needs repairs that would cost more than the town can afford."
    let other = """
      Libraries across the country are lending more e-books than ever, a survey found. \
      Many councils have cut opening hours to save money on staff and heating. \
      \(shared) \
      Volunteers now run a growing number of small branch libraries in villages. \
      Some readers say they prefer paper books to screens for long novels.
      """
    let (e, d) = try engine([Self.source, other])
    let passages = e.align(d[0], d[1]).passages
    #expect(!passages.contains { $0.kind == .paraphrase }, "\(passages)")
    for p in passages {
      #expect(d[1].slice(p.b) == shared, "\(d[1].slice(p.b))")
      #expect(p.kind == .verbatim)
    }
  }

  @Test func aDocumentIsNotARewriteOfItself() throws {
    let (e, d) = try engine([Self.source, Self.rewrite])
    let lexical = OverlapEngine(corpus: e.corpus).align(d[0], d[0]).passages
    #expect(e.align(d[0], d[0]).passages == lexical)
  }
}
