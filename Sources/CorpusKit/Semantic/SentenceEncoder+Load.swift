import Foundation

extension SentenceEncoder {
  /// The table `scripts/fetch-encoder` writes as encoder.json.
  struct Manifest: Decodable {
    struct Tensor: Decodable {
      var name: String
      var shape: [Int]
      var offset: Int
    }
    var layers: Int
    var hidden: Int
    var heads: Int
    var intermediate: Int
    var layerNormEps: Double
    var maxTokens: Int
    var tensors: [Tensor]
  }

  /// Where the encoder files live: `$READER_ENCODER_DIR`, else
  /// `$XDG_DATA_HOME/reader/encoder`, else `~/.local/share/reader/encoder`.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let d = environment["READER_ENCODER_DIR"], !d.isEmpty { return d }
    if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return x + "/reader/encoder" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/reader/encoder"
  }

  /// The encoder in `directory` (encoder.json, weights.f16, vocab.txt, as written by
  /// `scripts/fetch-encoder`); throws `EncoderError` when a file is missing or malformed.
  public static func load(directory: String) throws -> SentenceEncoder {
    func read(_ name: String) throws -> Data {
      let path = directory + "/" + name
      guard FileManager.default.fileExists(atPath: path) else {
        throw EncoderError.missingFile(path)
      }
      return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    }
    let manifest = try JSONDecoder().decode(Manifest.self, from: try read("encoder.json"))
    let vocabulary = String(decoding: try read("vocab.txt"), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.hasSuffix("\r") ? $0.dropLast() : $0)
      }
    let weights = try read("weights.f16")
    let table = halfTable()
    var tensors: [String: [Float]] = [:]
    try weights.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let count = raw.count / 2
      for t in manifest.tensors {
        let size = t.shape.reduce(1, *)
        guard t.offset >= 0, t.offset + size <= count else { throw EncoderError.badShape(t.name) }
        var x = [Float](repeating: 0, count: size)
        x.withUnsafeMutableBufferPointer { out in
          for k in 0..<size {
            let o = 2 * (t.offset + k)
            let bits = UInt16(raw[o]) | UInt16(raw[o + 1]) << 8
            out[k] = table[Int(bits)]
          }
        }
        tensors[t.name] = x
      }
    }
    return try SentenceEncoder(
      tokenizer: WordPieceTokenizer(vocabulary: vocabulary), tensors: tensors,
      hidden: manifest.hidden, heads: manifest.heads, intermediate: manifest.intermediate,
      layers: manifest.layers, eps: Float(manifest.layerNormEps), maxTokens: manifest.maxTokens)
  }

  /// The value of every IEEE half-precision bit pattern (no platform Float16 needed).
  static func halfTable() -> [Float] {
    (0..<65536).map { (k: Int) -> Float in
      let sign: Float = k & 0x8000 != 0 ? -1 : 1
      let exponent = (k >> 10) & 0x1F
      let mantissa = Float(k & 0x3FF)
      switch exponent {
      case 0: return sign * mantissa * 0x1p-24
      case 31: return mantissa == 0 ? sign * .infinity : .nan
      default:
        return sign * (1 + mantissa / 1024)
          * Float(sign: .plus, exponent: exponent - 15, significand: 1)
      }
    }
  }
}
