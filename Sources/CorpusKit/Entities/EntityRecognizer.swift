import Foundation

/// Finds entity mentions in a document's article text (furniture yields none).
///
/// The statistical tagger and the date/money rules live behind this type; the
/// model is loaded once from the bundled file.
public struct EntityRecognizer: Sendable {
  /// The statistical tagger (PER, ORG, LOC, MISC).
  public let model: TaggerModel

  /// A recogniser with a given model (a freshly trained one in the benchmarks).
  @_spi(Bench) public init(model: TaggerModel) {
    self.model = model
  }

  /// The bundled model file's name inside CorpusKit's `Model` resource folder.
  static let modelFileName = "ner.model"

  /// The resource bundle's folder name, as SwiftPM writes it next to the executable.
  static let bundleFolder = "Reader_CorpusKit.resources"

  /// Where the bundled model file is: `READER_NER_MODEL` if set, else CorpusKit's resource
  /// bundle (`Bundle.module`), found next to the executable or the test bundle, else the source
  /// tree the binary was built from. Nil if none has it.
  ///
  /// `Bundle.module` is only asked once its folder is known to exist, because SwiftPM's accessor
  /// stops the process when it finds no bundle; a relocated binary gets a clear error instead.
  @_spi(Bench) public static var bundledModelURL: URL? {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["READER_NER_MODEL"], !env.isEmpty {
      return URL(fileURLWithPath: env)
    }
    if fm.fileExists(atPath: Bundle.main.bundleURL.appendingPathComponent(bundleFolder).path),
      let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Model")
    {
      return url
    }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let candidates = [
      exe.deletingLastPathComponent().appendingPathComponent(
        "\(bundleFolder)/Model/\(modelFileName)"),
      source.appendingPathComponent("Model/\(modelFileName)"),
    ]
    return candidates.first { fm.fileExists(atPath: $0.path) }
  }

  /// Loaded on first use, once per process.
  private static let bundled: Result<TaggerModel, EntityModelError> = {
    guard let url = bundledModelURL else {
      return .failure(
        EntityModelError(
          path: "\(bundleFolder)/Model/\(modelFileName)",
          problem:
            "model file not found next to the executable or in the source tree; run 'reader train-ner' and rebuild, or set READER_NER_MODEL"
        ))
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
  static func load(path: String) throws -> EntityRecognizer {
    EntityRecognizer(model: try ModelFile.read(path: path))
  }

  /// Mentions in `document`, sorted by offset, with per-document canonical ids
  /// (the corpus-wide merge is done by `EntityIndex`).
  ///
  /// Every paragraph but boilerplate is read (title, dateline, headings, body, captions).
  @_spi(Bench) public func mentions(in document: Document) -> [EntityMention] {
    let scalars = document.text.scalars
    let segments = Self.segments(document)
    if segments.isEmpty { return [] }
    let sentences = segments.map(\.tokens)
    let infos = segments.map { s in
      s.headline
        ? s.tokens.map { WordInfo(scalars[document.tokens[$0].range].map(Self.uppercase)) }
        : s.tokens.map { WordInfo(scalars[document.tokens[$0].range]) }
    }
    let tagged = DocumentConsistency().apply(
      infos, model.splitAtTitles(infos, model.tag(document: infos)))
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
      func mention(
        _ start: Int, _ end: Int, _ type: EntityType, _ id: String?, value: String? = nil
      ) -> EntityMention {
        let range = document.tokens[toks[start]].start..<document.tokens[toks[end - 1]].end
        let text = document.slice(range)
        return EntityMention(
          doc: document.id, range: range, text: text, type: type,
          entityID: id ?? NameForm.normalize(text), value: value)
      }
      for r in rules {
        if r.type == .date {
          let d = DateText.readable(r.value)
          mentions.append(mention(r.start, r.end, r.type, d?.text ?? r.value, value: d?.iso))
        } else {
          mentions.append(mention(r.start, r.end, r.type, r.value, value: r.value))
        }
      }
      for span in tagged[si] where !(span.start..<span.end).contains(where: { covered[$0] }) {
        guard infos[si][span.start..<span.end].contains(where: { $0.flags.contains(.hasLetter) })
        else { continue }
        if span.end - span.start == 1,
          let parts = splitCompound(document.tokens[toks[span.start]], scalars)
        {
          for (range, type) in parts {
            let text = document.slice(range)
            mentions.append(
              EntityMention(
                doc: document.id, range: range, text: text, type: type,
                entityID: NameForm.normalize(text)))
          }
          continue
        }
        mentions.append(mention(span.start, span.end, TagSet.types[span.typeIndex], nil))
      }
    }
    for p in document.paragraphs where p.kind == .caption {
      for i in mentions.indices where p.range.contains(mentions[i].range.lowerBound) {
        mentions[i].region = .caption
      }
      guard let credit = CreditRule.credit(scalars, p.range) else { continue }
      mentions.removeAll { $0.range.overlaps(credit.group) }
      for r in credit.names {
        let text = document.slice(r)
        mentions.append(
          EntityMention(
            doc: document.id, range: r, text: text, type: .organization,
            entityID: NameForm.normalize(text), region: .credit))
      }
    }
    mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    return Canonicalizer.canonicalize(mentions)
  }

  /// The parts of a hyphenated compound of known places or peoples ("Ukraine-Russia",
  /// "Chinese-Belarusian"), each typed by the gazetteer, or nil if any part is unknown.
  func splitCompound(_ token: Token, _ scalars: [Unicode.Scalar]) -> [(Range<Int>, EntityType)]? {
    var parts: [Range<Int>] = []
    var start = token.start
    for k in token.start..<token.end
    where scalars[k] == "-" || scalars[k] == "\u{2010}" || scalars[k] == "\u{2013}" {
      parts.append(start..<k)
      start = k + 1
    }
    guard !parts.isEmpty else { return nil }
    parts.append(start..<token.end)
    var out: [(Range<Int>, EntityType)] = []
    for r in parts {
      guard !r.isEmpty, scalars[r.lowerBound].properties.isUppercase else { return nil }
      let bits = model.gazetteer.bits(word: WordInfo(scalars[r]).lower)
      if bits & (1 << 2) != 0 {
        out.append((r, .location))
      } else if bits & (1 << 3) != 0 {
        out.append((r, .misc))
      } else {
        return nil
      }
    }
    return out
  }

  /// Whether a sentence is a title-case headline ("China Hosts Leader of Belarus amid War"),
  /// where capitals say nothing about names. Such lines are tagged as the all-caps headlines
  /// the model learnt from CoNLL, so that it leans on word identity and the rest of the document.
  static func isTitleCase(_ tokens: [Token], _ scalars: [Unicode.Scalar], minimum: Int = 3) -> Bool
  {
    var long = 0
    var capitalised = 0
    for t in tokens where t.kind == .word && t.end - t.start >= 4 {
      long += 1
      if scalars[t.start].properties.isUppercase { capitalised += 1 }
    }
    return long >= minimum && capitalised * 4 >= long * 3
  }

  static func uppercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s.value < 0x80 { return s.value >= 97 && s.value <= 122 ? Unicode.Scalar(s.value - 32)! : s }
    return s.properties.isLowercase ? (s.properties.uppercaseMapping.unicodeScalars.first ?? s) : s
  }

  /// A run of tokens tagged together, and whether it is a title-case headline.
  struct Segment {
    var tokens: [Int]
    var headline: Bool
  }

  /// The document's non-boilerplate text as segments to tag: its sentences, except that a
  /// title-case run-in head ("Increasing Strategic Alignment on Global Issues: China and ...")
  /// is a segment of its own. Tokens of a paragraph outside its sentences form a segment too.
  static func segments(_ d: Document) -> [Segment] {
    var out: [Segment] = []
    func add(_ toks: [Int], heading: Bool) {
      guard !toks.isEmpty else { return }
      let tokens = toks.map { d.tokens[$0] }
      if heading {
        out.append(Segment(tokens: toks, headline: isTitleCase(tokens, d.text.scalars)))
        return
      }
      // A run-in head: the paragraph opens with a title-case phrase ended by a colon.
      if let colon = tokens.prefix(12).firstIndex(where: { $0.norm == ":" }), colon >= 2,
        isTitleCase(Array(tokens[..<colon]), d.text.scalars, minimum: 2)
      {
        out.append(Segment(tokens: Array(toks[...colon]), headline: true))
        out.append(Segment(tokens: Array(toks[(colon + 1)...]), headline: false))
        return
      }
      out.append(Segment(tokens: toks, headline: false))
    }
    for p in d.paragraphs where p.kind != .boilerplate {
      let heading = p.kind == .title || p.kind == .heading
      var t = p.tokens.lowerBound
      var leftover: [Int] = []
      var first = true
      for si in p.sentences {
        let r = d.sentences[si]
        var toks: [Int] = []
        while t < p.tokens.upperBound && d.tokens[t].start < r.upperBound {
          if d.tokens[t].start >= r.lowerBound { toks.append(t) } else { leftover.append(t) }
          t += 1
        }
        if first || heading {
          add(toks, heading: heading)
        } else if !toks.isEmpty {
          out.append(Segment(tokens: toks, headline: false))
        }
        first = false
      }
      while t < p.tokens.upperBound {
        leftover.append(t)
        t += 1
      }
      if !leftover.isEmpty { out.append(Segment(tokens: leftover, headline: false)) }
    }
    return out
  }
}
