/// Dates as a person writes them ("4 July", "28 Feb 2023", "December 2024") from the ISO values
/// the date rules resolve ("XXXX-07-04", "2023-02-28", "2024-07").
public enum DateText {
  /// Month names as a date is written in news: names of up to five letters in full, longer ones
  /// shortened ("28 Feb 2023", "4 July", "3 Sept").
  static let monthNames = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
  ]

  /// Month names in full, for a month without a day ("December", "July 2024").
  static let fullMonthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The readable form and the ISO 8601 value of a rule's date value, or nil when the value is
  /// a relative date ("last week", "Wednesday") that names no year, month or day.
  /// A day or month of an unknown year ("XXXX-07-04") gets the ISO form without year ("--07-04").
  public static func readable(_ value: String) -> (text: String, iso: String)? {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let y = parts.first else { return nil }
    let knownYear = y.count == 4 && y.allSatisfy(\.isASCII) && Int(y) != nil
    guard knownYear || y == "XXXX" else {
      // "1990s": a decade.
      if y.count == 5, y.hasSuffix("s"), Int(y.prefix(4)) != nil, parts.count == 1 {
        return (y, y)
      }
      return nil
    }
    func month(_ s: String, short: Bool = true) -> String? {
      guard let m = Int(s), (1...12).contains(m) else { return nil }
      return short ? monthNames[m - 1] : fullMonthNames[m - 1]
    }
    switch parts.count {
    case 1:
      return knownYear ? (y, y) : nil
    case 2:
      guard let m = month(parts[1], short: false) else { return nil }
      return knownYear ? ("\(m) \(y)", value) : (m, "--\(parts[1])")
    case 3:
      guard let m = month(parts[1]), let d = Int(parts[2]), (1...31).contains(d) else {
        return nil
      }
      return knownYear
        ? ("\(d) \(m) \(y)", value) : ("\(d) \(m)", "--\(parts[1])-\(parts[2])")
    default:
      return nil
    }
  }
}
