import Foundation

/// Finds entity mentions in a document's article text (furniture yields none).
///
/// The statistical tagger and the date/money rules live behind this type; the
/// model is loaded once from the bundled file.
public struct EntityRecognizer: Sendable {
  /// The statistical tagger (PER, ORG, LOC, MISC).
  public let model: TaggerModel

  public init(model: TaggerModel) {
    self.model = model
  }

  /// The bundled model file's name inside CorpusKit's `Model` resource folder.
  public static let modelFileName = "ner.model"

  /// Loaded on first use, once per process.
  private static let bundled: Result<TaggerModel, EntityModelError> = {
    guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Model") else {
      return .failure(
        EntityModelError(
          path: "CorpusKit resources Model/\(modelFileName)",
          problem: "model file not found in the bundle; run 'reader train-ner' and rebuild"))
    }
    do { return .success(try ModelFile.read(path: url.path)) } catch let e as EntityModelError {
      return .failure(e)
    } catch {
      return .failure(EntityModelError(path: url.path, problem: "\(error)"))
    }
  }()

  /// The recogniser with the model shipped in CorpusKit's resources.
  public static func loadDefault() throws -> EntityRecognizer {
    EntityRecognizer(model: try bundled.get())
  }

  /// The recogniser with the model file at `path`.
  public static func load(path: String) throws -> EntityRecognizer {
    EntityRecognizer(model: try ModelFile.read(path: path))
  }

  /// Mentions in `document`, sorted by offset, with per-document canonical ids
  /// (the corpus-wide merge is done by `EntityIndex`).
  ///
  /// Every paragraph but boilerplate is read (title, dateline, headings, body, captions).
  public func mentions(in document: Document) -> [EntityMention] {
    let scalars = document.text.scalars
    let sentences = Self.sentenceTokens(document)
    if sentences.isEmpty { return [] }
    let infos = sentences.map { s in s.map { WordInfo(scalars[document.tokens[$0].range]) } }
    let tagged = DocumentConsistency().apply(infos, model.tag(document: infos))
    let year = document.date.flatMap { Int($0.prefix(4)) }
    var mentions: [EntityMention] = []
    for (si, toks) in sentences.enumerated() {
      let words = toks.enumerated().map { k, t -> DateMoneyRules.Word in
        let tok = document.tokens[t]
        return DateMoneyRules.Word(
          norm: tok.norm, kind: tok.kind, capitalized: infos[si][k].isCapitalized,
          attached: k > 0 && document.tokens[toks[k - 1]].end == tok.start)
      }
      let rules = DateMoneyRules.matches(words, year: year)
      var covered = [Bool](repeating: false, count: toks.count)
      for r in rules { for k in r.start..<r.end { covered[k] = true } }
      func mention(_ start: Int, _ end: Int, _ type: EntityType, _ id: String?) -> EntityMention {
        let range = document.tokens[toks[start]].start..<document.tokens[toks[end - 1]].end
        let text = document.slice(range)
        return EntityMention(doc: document.id, range: range, text: text, type: type, entityID: id ?? NameForm.normalize(text))
      }
      for r in rules { mentions.append(mention(r.start, r.end, r.type, r.value)) }
      for span in tagged[si] where !(span.start..<span.end).contains(where: { covered[$0] }) {
        guard infos[si][span.start..<span.end].contains(where: { $0.flags.contains(.hasLetter) }) else { continue }
        mentions.append(mention(span.start, span.end, TagSet.types[span.typeIndex], nil))
      }
    }
    mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    return Canonicalizer.canonicalize(mentions)
  }

  /// Token indices of each sentence of the document's non-boilerplate paragraphs; tokens of
  /// a paragraph outside its sentences form a sentence of their own.
  static func sentenceTokens(_ d: Document) -> [[Int]] {
    var out: [[Int]] = []
    for p in d.paragraphs where p.kind != .boilerplate {
      var t = p.tokens.lowerBound
      var leftover: [Int] = []
      for si in p.sentences {
        let r = d.sentences[si]
        var toks: [Int] = []
        while t < p.tokens.upperBound && d.tokens[t].start < r.upperBound {
          if d.tokens[t].start >= r.lowerBound { toks.append(t) } else { leftover.append(t) }
          t += 1
        }
        if !toks.isEmpty { out.append(toks) }
      }
      while t < p.tokens.upperBound {
        leftover.append(t)
        t += 1
      }
      if !leftover.isEmpty { out.append(leftover) }
    }
    return out
  }
}
