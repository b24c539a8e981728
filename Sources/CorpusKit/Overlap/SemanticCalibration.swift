/// Share of real rewrites among development passages the sentence encoder found, by the best
/// cosine of the chain (below `below`).
enum SemanticCalibration {
  static let chain: [(below: Double, confidence: Double)] = [(.infinity, 0.5)]
  static let single: [(below: Double, confidence: Double)] = [(.infinity, 0.5)]
}
