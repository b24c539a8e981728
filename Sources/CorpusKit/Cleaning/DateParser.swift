/// Parses the date formats news pages print into an ISO day (`2023-02-28`).
public enum DateParser {
  /// The ISO day of a date string, or nil when it is not a full date.
  public static func isoDay(_ s: String) -> String? {
    let t = s.trimmingCharacters(in: .whitespaces)
    let u = Array(t.utf8)
    if u.count >= 10, isDigits(u[0..<4]), u[4] == 0x2D, isDigits(u[5..<7]), u[7] == 0x2D, isDigits(u[8..<10]) {
      return String(t.prefix(10))
    }
    return nil
  }

  static func isDigits(_ s: ArraySlice<UInt8>) -> Bool { s.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
