/// Counts in English: "1 passage", "2 passages", "1 match", "3 matches".
enum English {
  static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }
}
