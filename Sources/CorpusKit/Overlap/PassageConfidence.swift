/// The calibrated confidence of a passage: the share of development-set passages of the same
/// kind and length that were real reuse, read from the table in `PassageCalibration`
/// (generated from data by `reader-bench calibrate-overlap --write`, never typed in).
enum PassageConfidence {
  /// The length the table is keyed on: the mean of the two sides, in Unicode scalars.
  static func length(_ p: Passage) -> Int { (p.a.count + p.b.count) / 2 }

  /// The confidence of `p` by its kind and length.
  static func of(_ p: Passage) -> Double {
    let table = p.kind == .verbatim ? PassageCalibration.verbatim : PassageCalibration.paraphrase
    let n = length(p)
    for row in table where n < row.below { return row.confidence }
    return table.last?.confidence ?? 0
  }
}
