import Foundation

/// Reads article records from `.json` (an array, or one object) and `.jsonl` (one per line)
/// with the field names scrapers commonly use.
enum RecordReader {
  static let textFields = ["text", "body", "content", "article", "maintext"]
  static let titleFields = ["title", "headline"]
  static let dateFields = ["date", "published", "published_at", "publish_date", "date_publish"]
  static let outletFields = ["source", "outlet", "site", "site_name", "publisher"]

  /// Records of a JSON document (array of objects or a single object).
  static func readJSON(_ text: String, path: String, stem: String) -> (
    [RawDocument], [LoadWarning]
  ) {
    guard let data = text.data(using: .utf8),
      let value = JSONNumberGuard.parse(data, options: [.fragmentsAllowed])
    else {
      return ([], [LoadWarning(path: path, message: "not valid JSON; skipped")])
    }
    let objects: [Any]
    if let array = value as? [Any] {
      objects = array
    } else if let object = value as? [String: Any] {
      objects = [object]
    } else {
      return (
        [], [LoadWarning(path: path, message: "JSON is neither an array nor an object; skipped")]
      )
    }
    var docs: [RawDocument] = []
    var warnings: [LoadWarning] = []
    for (i, o) in objects.enumerated() {
      switch record(o, path: path, fallbackID: "\(stem)#\(i + 1)") {
      case .success(let d): docs.append(d)
      case .failure(let why):
        warnings.append(
          LoadWarning(path: path, message: "record \(i + 1): \(why.message); skipped"))
      }
    }
    return (docs, warnings)
  }

  /// Records of a JSON Lines document; a broken line is named with its number and skipped.
  static func readJSONLines(_ text: String, path: String, stem: String) -> (
    [RawDocument], [LoadWarning]
  ) {
    var docs: [RawDocument] = []
    var warnings: [LoadWarning] = []
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      guard let data = trimmed.data(using: .utf8),
        let value = JSONNumberGuard.parse(data)
      else {
        warnings.append(
          LoadWarning(path: path, line: number, message: "not valid JSON; line skipped"))
        continue
      }
      switch record(value, path: path, fallbackID: "\(stem)#\(number)") {
      case .success(let d): docs.append(d)
      case .failure(let why):
        warnings.append(
          LoadWarning(path: path, line: number, message: "\(why.message); line skipped"))
      }
    }
    return (docs, warnings)
  }

  struct RecordError: Error { var message: String }

  static func record(_ value: Any, path: String, fallbackID: String) -> Result<
    RawDocument, RecordError
  > {
    guard let o = value as? [String: Any] else {
      return .failure(RecordError(message: "not a JSON object"))
    }
    guard let text = firstString(o, textFields), !TextDecoding.isBlank(text) else {
      return .failure(
        RecordError(message: "no text (looked for \(textFields.joined(separator: ", ")))"))
    }
    var id = fallbackID
    if let s = o["id"] as? String, !s.isEmpty {
      id = s
    } else if let n = o["id"] as? NSNumber {
      id = n.stringValue
    }
    let date = firstString(o, dateFields)
    return .success(
      RawDocument(
        id: id, path: path, text: text, title: firstString(o, titleFields),
        date: date.flatMap(DateParser.isoDay), outlet: firstString(o, outletFields),
        url: firstString(o, ["url", "link"]), format: .json))
  }

  static func firstString(_ o: [String: Any], _ keys: [String]) -> String? {
    for k in keys {
      if let s = o[k] as? String {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if !t.isEmpty { return k == "text" || textFields.contains(k) ? s : t }
      }
    }
    return nil
  }
}
