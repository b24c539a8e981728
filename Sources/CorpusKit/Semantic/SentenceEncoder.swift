import COpenBLAS
import Foundation

/// A small sentence encoder (all-MiniLM-L6-v2: 6 BERT layers, 384 dimensions), run in Swift
/// with OpenBLAS for the matrix products: a sentence becomes a unit vector, and the cosine of
/// two vectors says how close their meanings are, whatever the words.
///
/// Optional: its weights are fetched by `scripts/fetch-encoder` (docs/semantic-encoder.md);
/// without them the overlap engine works lexically. Immutable once loaded, so one encoder
/// serves every thread.
public final class SentenceEncoder: Sendable {
  let tokenizer: WordPieceTokenizer
  let layers: [Layer]
  let wordEmbeddings: [Float]
  let positionEmbeddings: [Float]
  let typeEmbedding: [Float]
  let embeddingNorm: Norm
  let hidden: Int
  let heads: Int
  let intermediate: Int
  let eps: Float
  let maxTokens: Int

  /// Length of the vectors `embed` returns.
  public var dimensions: Int { hidden }

  struct Norm: Sendable {
    var weight: [Float]
    var bias: [Float]
  }

  /// One transformer layer; `qkv` is the query, key and value weights stacked (3·hidden rows).
  struct Layer: Sendable {
    var qkv: [Float]
    var qkvBias: [Float]
    var output: [Float]
    var outputBias: [Float]
    var attentionNorm: Norm
    var up: [Float]
    var upBias: [Float]
    var down: [Float]
    var downBias: [Float]
    var outputNorm: Norm
  }

  init(
    tokenizer: WordPieceTokenizer, tensors: [String: [Float]], hidden: Int, heads: Int,
    intermediate: Int, layers count: Int, eps: Float, maxTokens: Int
  ) throws {
    func t(_ name: String) throws -> [Float] {
      guard let x = tensors[name] else { throw EncoderError.missingTensor(name) }
      return x
    }
    func norm(_ prefix: String) throws -> Norm {
      Norm(weight: try t(prefix + ".weight"), bias: try t(prefix + ".bias"))
    }
    self.tokenizer = tokenizer
    self.hidden = hidden
    self.heads = heads
    self.intermediate = intermediate
    self.eps = eps
    self.maxTokens = maxTokens
    wordEmbeddings = try t("embeddings.word_embeddings.weight")
    positionEmbeddings = try t("embeddings.position_embeddings.weight")
    typeEmbedding = Array(try t("embeddings.token_type_embeddings.weight").prefix(hidden))
    embeddingNorm = try norm("embeddings.LayerNorm")
    var layers: [Layer] = []
    for k in 0..<count {
      let p = "encoder.layer.\(k)."
      let a = p + "attention.self."
      layers.append(
        Layer(
          qkv: try t(a + "query.weight") + t(a + "key.weight") + t(a + "value.weight"),
          qkvBias: try t(a + "query.bias") + t(a + "key.bias") + t(a + "value.bias"),
          output: try t(p + "attention.output.dense.weight"),
          outputBias: try t(p + "attention.output.dense.bias"),
          attentionNorm: try norm(p + "attention.output.LayerNorm"),
          up: try t(p + "intermediate.dense.weight"), upBias: try t(p + "intermediate.dense.bias"),
          down: try t(p + "output.dense.weight"), downBias: try t(p + "output.dense.bias"),
          outputNorm: try norm(p + "output.LayerNorm")))
    }
    self.layers = layers
    let maxPositions = positionEmbeddings.count / hidden
    guard wordEmbeddings.count % hidden == 0, maxPositions >= maxTokens, hidden % heads == 0
    else { throw EncoderError.badShape("embeddings") }
  }

  /// How many tokens the model sees of `sentence` (its WordPiece pieces with the two markers,
  /// at most 256).
  public func tokenCount(_ sentence: String) -> Int {
    tokenizer.encode(sentence, limit: maxTokens).count
  }

  /// The unit vectors of `sentences` (mean of the last layer over the tokens, L2-normalised),
  /// `dimensions` floats each, in order. Sentences are cut at the model's 256 tokens and
  /// encoded in batches of about `batchTokens` tokens.
  public func embed(_ sentences: [String], batchTokens: Int = 2048) -> [[Float]] {
    let ids = sentences.map { tokenizer.encode($0, limit: maxTokens) }
    var out: [[Float]] = []
    out.reserveCapacity(ids.count)
    var start = 0
    while start < ids.count {
      var end = start
      var tokens = 0
      while end < ids.count && (end == start || tokens + ids[end].count <= batchTokens) {
        tokens += ids[end].count
        end += 1
      }
      out += forward(Array(ids[start..<end]))
      start = end
    }
    return out
  }

  /// The pooled unit vectors of a batch of token sequences, laid end to end (no padding): the
  /// per-token layers run over all of them at once, attention within each sequence.
  func forward(_ batch: [[Int32]]) -> [[Float]] {
    let h = hidden
    let n = batch.reduce(0) { $0 + $1.count }
    var x = [Float](repeating: 0, count: n * h)
    var row = 0
    for seq in batch {
      for (position, id) in seq.enumerated() {
        let w = Int(id) * h
        let p = position * h
        for c in 0..<h {
          x[row * h + c] = wordEmbeddings[w + c] + positionEmbeddings[p + c] + typeEmbedding[c]
        }
        row += 1
      }
    }
    layerNorm(&x, rows: n, embeddingNorm)
    var qkv = [Float](repeating: 0, count: n * 3 * h)
    var context = [Float](repeating: 0, count: n * h)
    var projected = [Float](repeating: 0, count: n * h)
    var up = [Float](repeating: 0, count: n * intermediate)
    let longest = batch.map(\.count).max() ?? 0
    var scores = [Float](repeating: 0, count: longest * longest)
    for layer in layers {
      linear(x, rows: n, inputs: h, layer.qkv, layer.qkvBias, outputs: 3 * h, into: &qkv)
      attention(qkv, lengths: batch.map(\.count), scores: &scores, into: &context)
      linear(
        context, rows: n, inputs: h, layer.output, layer.outputBias, outputs: h, into: &projected)
      for k in 0..<(n * h) { x[k] += projected[k] }
      layerNorm(&x, rows: n, layer.attentionNorm)
      linear(x, rows: n, inputs: h, layer.up, layer.upBias, outputs: intermediate, into: &up)
      Self.gelu(&up)
      linear(
        up, rows: n, inputs: intermediate, layer.down, layer.downBias, outputs: h, into: &projected)
      for k in 0..<(n * h) { x[k] += projected[k] }
      layerNorm(&x, rows: n, layer.outputNorm)
    }
    var out: [[Float]] = []
    row = 0
    for seq in batch {
      var v = [Float](repeating: 0, count: h)
      for r in row..<(row + seq.count) {
        for c in 0..<h { v[c] += x[r * h + c] }
      }
      row += seq.count
      var norm: Float = 0
      for c in 0..<h { norm += v[c] * v[c] }
      let scale = norm > 0 ? 1 / norm.squareRoot() : 0
      for c in 0..<h { v[c] *= scale }
      out.append(v)
    }
    return out
  }

  /// `y = x·Wᵀ + b` for `rows` rows (PyTorch's `Linear`: W is outputs × inputs, row-major).
  func linear(
    _ x: [Float], rows: Int, inputs: Int, _ w: [Float], _ b: [Float], outputs: Int,
    into y: inout [Float]
  ) {
    y.withUnsafeMutableBufferPointer { yp in
      for r in 0..<rows {
        for c in 0..<outputs { yp[r * outputs + c] = b[c] }
      }
      x.withUnsafeBufferPointer { xp in
        w.withUnsafeBufferPointer { wp in
          cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(outputs), Int32(inputs), 1,
            xp.baseAddress, Int32(inputs), wp.baseAddress, Int32(inputs), 1, yp.baseAddress,
            Int32(outputs))
        }
      }
    }
  }

  /// Scaled dot-product attention of each sequence with itself, head by head.
  func attention(_ qkv: [Float], lengths: [Int], scores: inout [Float], into out: inout [Float]) {
    let h = hidden
    let d = h / heads
    let stride = 3 * h
    let scale = 1 / Float(d).squareRoot()
    var start = 0
    qkv.withUnsafeBufferPointer { q in
      scores.withUnsafeMutableBufferPointer { s in
        out.withUnsafeMutableBufferPointer { o in
          for t in lengths {
            let base = q.baseAddress! + start * stride
            for head in 0..<heads {
              // scores = Q·Kᵀ / √d
              cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(t), Int32(t), Int32(d), scale,
                base + head * d, Int32(stride), base + h + head * d, Int32(stride), 0,
                s.baseAddress, Int32(t))
              for i in 0..<t {
                var m = -Float.infinity
                for j in 0..<t { m = max(m, s[i * t + j]) }
                var sum: Float = 0
                for j in 0..<t {
                  let e = expf(s[i * t + j] - m)
                  s[i * t + j] = e
                  sum += e
                }
                let inv = 1 / sum
                for j in 0..<t { s[i * t + j] *= inv }
              }
              // context = softmax(scores)·V, written into this head's columns
              cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(t), Int32(d), Int32(t), 1,
                s.baseAddress, Int32(t), base + 2 * h + head * d, Int32(stride), 0,
                o.baseAddress! + start * h + head * d, Int32(h))
            }
            start += t
          }
        }
      }
    }
  }

  /// Layer normalisation of each row of `x` in place.
  func layerNorm(_ x: inout [Float], rows: Int, _ n: Norm) {
    let h = hidden
    x.withUnsafeMutableBufferPointer { p in
      for r in 0..<rows {
        let o = r * h
        var mean: Float = 0
        for c in 0..<h { mean += p[o + c] }
        mean /= Float(h)
        var variance: Float = 0
        for c in 0..<h {
          let e = p[o + c] - mean
          variance += e * e
        }
        let inv = 1 / (variance / Float(h) + eps).squareRoot()
        for c in 0..<h { p[o + c] = (p[o + c] - mean) * inv * n.weight[c] + n.bias[c] }
      }
    }
  }

  /// BERT's exact GELU, `x·Φ(x)`, in place.
  static func gelu(_ x: inout [Float]) {
    x.withUnsafeMutableBufferPointer { p in
      for k in p.indices {
        let v = p[k]
        p[k] = 0.5 * v * (1 + erff(v * 0.707_106_77))
      }
    }
  }
}

/// Why the encoder files could not be used.
public enum EncoderError: Error, CustomStringConvertible {
  /// The folder lacks one of the files `scripts/fetch-encoder` writes.
  case missingFile(String)
  /// The tensor table names no tensor of this name.
  case missingTensor(String)
  /// A tensor or file has the wrong size.
  case badShape(String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .missingFile(let f): return "encoder file missing: \(f) (run scripts/fetch-encoder)"
    case .missingTensor(let t): return "encoder tensor missing: \(t)"
    case .badShape(let t): return "encoder tensor of the wrong size: \(t)"
    }
  }
}
