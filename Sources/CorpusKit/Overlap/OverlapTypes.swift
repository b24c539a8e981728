/// Whether an aligned passage shares its words (`verbatim`) or only its content (`paraphrase`).
public enum PassageKind: String, Sendable, Codable { case verbatim, paraphrase }

/// One side of a document pair.
public enum Side: String, Sendable, Codable { case a, b }

/// A number, name or date that differs or is dropped inside an aligned pair.
///
/// A range is nil when that side has no counterpart (the fact was dropped or added).
public struct Drift: Sendable, Hashable, Codable {
  /// What kind of fact drifted: a number, a name or a date (the raw value is what the JSON
  /// output says).
  public enum Category: String, Sendable, Hashable, Codable { case number, name, date }

  /// The fact's range in document A; nil when A has none (it was added in B).
  public var a: Range<Int>?
  /// The fact's range in document B; nil when B dropped it.
  public var b: Range<Int>?
  /// The fact as A states it ("30").
  public var aText: String?
  /// The fact as B states it.
  public var bText: String?
  /// Number, name or date.
  public var category: Category
}

/// A pair of passages, one in each document, that tell the same text.
///
/// Ranges are Unicode scalar offsets into each document's text, end-exclusive.
public struct Passage: Sendable, Hashable, Codable {
  /// The passage's range in document A.
  public var a: Range<Int>
  /// The passage's range in document B.
  public var b: Range<Int>
  /// Verbatim (the same words) or paraphrase (the same content, reworded).
  public var kind: PassageKind
  /// Similarity of the two sides in 0...1.
  public var score: Double
  /// The side whose passage lies in page furniture, when only one does.
  public var furniture: Side?
  /// Facts (numbers, names, dates) that differ or are dropped between the sides.
  public var drift: [Drift]
  /// How likely the passage is real reuse, in 0...1: the share of development-set passages
  /// of its kind and length that were real (`PassageCalibration`), or that of the reliable
  /// passages it sits with in an ordered chain (`PassageChains`). The engine sets it; a
  /// passage made by hand is taken as certain (1) unless told otherwise.
  public var confidence: Double

  /// A passage; furniture, drift and confidence default to none, none and certain.
  public init(
    a: Range<Int>, b: Range<Int>, kind: PassageKind, score: Double, furniture: Side? = nil,
    drift: [Drift] = [], confidence: Double = 1
  ) {
    self.a = a
    self.b = b
    self.kind = kind
    self.score = score
    self.furniture = furniture
    self.drift = drift
    self.confidence = confidence
  }
}

/// Every passage two documents share, with how much of each body they cover.
public struct Alignment: Sendable, Codable {
  /// Passages whose confidence reaches this are shown by default: more of them were real
  /// than not on the development data.
  public static let defaultMinConfidence = 0.5

  /// The passages with `confidence >= minConfidence`, and how many were left out.
  public func passages(minConfidence: Double) -> (shown: [Passage], hidden: Int) {
    let shown = passages.filter { $0.confidence >= minConfidence }
    return (shown, passages.count - shown.count)
  }

  /// Id of document A.
  public var a: String
  /// Id of document B.
  public var b: String
  /// Share of A's (B's) article text covered by passages, in 0...1.
  public var coverageA: Double
  /// Share of B's article text covered by passages, in 0...1.
  public var coverageB: Double
  /// Sorted by `a.lowerBound`.
  public var passages: [Passage]
  /// When the pair tells the same story in other words (no reliable passage, several
  /// sentences stating the same names and figures; `StoryLinker`), those sentence pairs, in
  /// A's order; never passages. Nil when not looked for (no sentence encoder, or the
  /// corpus-wide report); empty when looked for and not the same story.
  public var storyLinks: [StoryLink]?

  /// An alignment of documents `a` and `b` (passages sorted by their range in A).
  public init(a: String, b: String, coverageA: Double, coverageB: Double, passages: [Passage]) {
    self.a = a
    self.b = b
    self.coverageA = coverageA
    self.coverageB = coverageB
    self.passages = passages
  }
}

/// How two documents relate: the same text, a reworded copy, or some shared passages.
public enum Relation: String, Sendable, Codable {
  /// The same text (`duplicate`), or the same story reworded (`rewrite`).
  case duplicate, rewrite
  /// Some passages in common, the rest different (the JSON says `shared-passages`).
  case sharedPassages = "shared-passages"
  /// The same event told in other words, no text copied (the JSON says `same-story`): only
  /// in `DuplicateReport.sameStory`, never in its pairs, clusters or trees.
  case sameStory = "same-story"
}

/// Two documents of a corpus that share at least one passage.
public struct DocumentPair: Sendable, Codable {
  /// Id of the pair's first document, the one `sharedA` is about.
  public var a: String
  /// Id of the pair's second document.
  public var b: String
  /// How alike the two texts are overall, in 0...1: what pairs are sorted by.
  public var similarity: Double
  /// Share of A's (B's) body covered by passages with the other.
  public var sharedA: Double
  /// Share of B's body covered by passages with A, in 0...1.
  public var sharedB: Double
  /// Duplicate, rewrite or shared passages, from the similarity and coverage.
  public var relation: Relation
  /// Id of the likely copy, nil if unknown.
  public var derived: String?

  /// A pair of documents `a` and `b` with its figures and relation.
  public init(
    a: String, b: String, similarity: Double, sharedA: Double, sharedB: Double, relation: Relation,
    derived: String?
  ) {
    self.a = a
    self.b = b
    self.similarity = similarity
    self.sharedA = sharedA
    self.sharedB = sharedB
    self.relation = relation
    self.derived = derived
  }
}

/// A cluster of copies as a tree: its likely source first, then each member with the earlier
/// member it is closest to (as passim's source inference does), so that a story copied 20
/// times is 20 lines, not 190 pairs.
public struct ClusterTree: Sendable, Hashable, Codable {
  /// One document of the cluster and where it hangs in the tree.
  public struct Member: Sendable, Hashable, Codable {
    /// The document's id.
    public var id: String
    /// The earlier member this one is closest to; nil for the source.
    public var parent: String?
    /// The pair's relation and similarity with `parent`.
    public var relation: Relation?
    /// Similarity with `parent` (1 for the source).
    public var similarity: Double
  }

  /// The likely source: derived from no other member, else the earliest dated, else the
  /// first id.
  public var source: String
  /// The source first, then the members in the order they join the tree.
  public var members: [Member]
}

/// The corpus-wide duplicate report: pairs, clusters and repeats inside documents.
public struct DuplicateReport: Sendable, Codable {
  /// Most similar first.
  public var pairs: [DocumentPair]
  /// Groups of documents that tell the same text (duplicates and rewrites).
  public var clusters: [[String]]
  /// The same clusters as trees (same order).
  public var trees: [ClusterTree]
  /// Within-document repeats (`a == b`), those of confidence at least
  /// `Alignment.defaultMinConfidence`.
  public var repeats: [Alignment]
  /// Pairs that tell the same event in their own words (relation `.sameStory`, shares 0, no
  /// derived side, `similarity` the cosine of their names and figures), most similar first;
  /// kept apart from `pairs`: not a copy.
  public var sameStory: [DocumentPair]

  /// A report of `pairs`, their `clusters` (and as `trees`), the within-document `repeats` and
  /// the `sameStory` pairs.
  public init(
    pairs: [DocumentPair], clusters: [[String]], repeats: [Alignment], trees: [ClusterTree] = [],
    sameStory: [DocumentPair] = []
  ) {
    self.pairs = pairs
    self.sameStory = sameStory
    self.clusters = clusters
    self.repeats = repeats
    self.trees = trees
  }

  /// The pairs a reader needs by default: every pair outside the clusters, and inside a
  /// cluster only its tree's edges (the member and its closest earlier member).
  public var treePairs: [DocumentPair] {
    var inCluster = Set<String>()
    var edges = Set<[String]>()
    for t in trees {
      for m in t.members {
        inCluster.insert(m.id)
        if let p = m.parent { edges.insert([m.id, p].sorted()) }
      }
    }
    return pairs.filter { p in
      !(inCluster.contains(p.a) && inCluster.contains(p.b)) || edges.contains([p.a, p.b].sorted())
    }
  }
}
