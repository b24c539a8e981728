import Foundation

/// The model's compact binary file (little-endian):
///
/// ```
/// "RNER" version:u32 features:u32 scale:f32
/// transitions: (L+1)·L × f32
/// gazetteer: count:u32, then count × (key:u64 bits:u8), by key
/// clusters (version 2): count:u32, then count × (key:u64 path:u32), by key
/// features: features × (key:u64 n:u8 n × (label:u8 weight:i16)), by key; weight = i16 · scale
/// checksum: u64 (FNV-1a of every byte before it)
/// ```
///
/// Weights are quantised to 16 bits and only non-zero labels are stored, which keeps the file
/// a few MB. A truncated or altered file fails the checksum and is reported, never half-read.
public enum ModelFile {
  static let magic: [UInt8] = Array("RNER".utf8)
  static let version: UInt32 = 2

  /// The file's bytes for `model`.
  static func encode(_ model: TaggerModel) -> Data {
    let labelCount = TaggerModel.labels
    var out = Data()
    func u8(_ v: UInt8) { out.append(v) }
    func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    func i16(_ v: Int16) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    func f32(_ v: Float) { u32(v.bitPattern) }
    let maxWeight = model.weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = maxWeight > 0 ? maxWeight / 32767 : 1
    out.append(contentsOf: magic)
    u32(version)
    // Count stored features first: those with a non-zero quantised weight.
    var rows: [(key: UInt64, row: Int)] = []
    for (i, k) in model.keys.enumerated() {
      let r = model.weights[(i * labelCount)..<((i + 1) * labelCount)]
      if r.contains(where: { ($0 / scale).rounded() != 0 }) { rows.append((k, i)) }
    }
    rows.sort { $0.key < $1.key }
    u32(UInt32(rows.count))
    f32(scale)
    for t in model.transitions { f32(t) }
    let gaz = model.gazetteer.entries.sorted { $0.key < $1.key }
    u32(UInt32(gaz.count))
    for (k, v) in gaz {
      u64(k)
      u8(v)
    }
    let clusters = model.clusters.entries.sorted { $0.key < $1.key }
    u32(UInt32(clusters.count))
    for (k, v) in clusters {
      u64(k)
      u32(v)
    }
    for (k, i) in rows {
      u64(k)
      let q = (0..<labelCount).map {
        Int16(max(-32767, min(32767, (model.weights[i * labelCount + $0] / scale).rounded())))
      }
      u8(UInt8(q.filter { $0 != 0 }.count))
      for (l, v) in q.enumerated() where v != 0 {
        u8(UInt8(l))
        i16(v)
      }
    }
    u64(checksum(out))
    return out
  }

  /// Writes the model to `path`.
  public static func write(_ model: TaggerModel, to path: String) throws {
    do {
      try encode(model).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw EntityModelError(
        path: path, problem: "cannot write the model file (\(error.localizedDescription))")
    }
  }

  /// Reads the model at `path`; the error names the file and what is wrong with it.
  public static func read(path: String) throws -> TaggerModel {
    guard FileManager.default.fileExists(atPath: path) else {
      throw EntityModelError(
        path: path, problem: "model file not found; run 'reader train-ner' to build it")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntityModelError(path: path, problem: "model file cannot be read")
    }
    return try decode(data, path: path)
  }

  static func checksum<D: Collection>(_ bytes: D) -> UInt64 where D.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// Decodes the file's bytes; `path` only names the file in errors.
  static func decode(_ data: Data, path: String) throws -> TaggerModel {
    let labelCount = TaggerModel.labels
    func corrupt(_ why: String) -> EntityModelError {
      EntityModelError(
        path: path, problem: "corrupt model file (\(why)); run 'reader train-ner' to rebuild it")
    }
    let bytes = [UInt8](data)
    guard bytes.count >= 24, Array(bytes[0..<4]) == magic else {
      throw corrupt("not a Reader NER model")
    }
    let stored = bytes.withUnsafeBytes {
      $0.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
    }
    guard UInt64(littleEndian: stored) == checksum(bytes[0..<(bytes.count - 8)]) else {
      throw corrupt("checksum mismatch: truncated or altered")
    }
    return try bytes.withUnsafeBytes { raw -> TaggerModel in
      var p = 4
      let end = raw.count - 8
      func need(_ n: Int) throws { if p + n > end { throw corrupt("unexpected end of data") } }
      func u8() throws -> UInt8 {
        try need(1)
        defer { p += 1 }
        return raw[p]
      }
      func u32() throws -> UInt32 {
        try need(4)
        defer { p += 4 }
        return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt32.self))
      }
      func u64() throws -> UInt64 {
        try need(8)
        defer { p += 8 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt64.self))
      }
      func i16() throws -> Int16 {
        try need(2)
        defer { p += 2 }
        return Int16(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: Int16.self))
      }
      let fileVersion = try u32()
      guard fileVersion == version || fileVersion == 1 else { throw corrupt("unsupported version") }
      let count = Int(try u32())
      let scale = Float(bitPattern: try u32())
      var transitions = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
      for i in transitions.indices { transitions[i] = Float(bitPattern: try u32()) }
      let gazCount = Int(try u32())
      try need(gazCount * 9)
      var entries: [UInt64: UInt8] = [:]
      entries.reserveCapacity(gazCount)
      for _ in 0..<gazCount {
        let k = try u64()
        entries[k] = try u8()
      }
      var clusters: [UInt64: UInt32] = [:]
      if fileVersion >= 2 {
        let clusterCount = Int(try u32())
        try need(clusterCount * 12)
        clusters.reserveCapacity(clusterCount)
        for _ in 0..<clusterCount {
          let k = try u64()
          clusters[k] = try u32()
        }
      }
      try need(count * 9)
      var keys = [UInt64](repeating: 0, count: count)
      var weights = [Float](repeating: 0, count: count * labelCount)
      for i in 0..<count {
        keys[i] = try u64()
        let n = Int(try u8())
        for _ in 0..<n {
          let l = Int(try u8())
          guard l < labelCount else { throw corrupt("label out of range") }
          weights[i * labelCount + l] = Float(try i16()) * scale
        }
      }
      guard p == end else { throw corrupt("trailing data") }
      return TaggerModel(
        keys: keys, weights: weights, transitions: transitions,
        gazetteer: Gazetteer(entries: entries), clusters: WordClusters(entries: clusters))
    }
  }
}
