import Foundation
import TOMLKit

/// A theme file that could not be used: the file, the line where known, and the problem.
struct ThemeError: Error, CustomStringConvertible, Equatable {
  var file: String
  var line: Int? = nil
  var problem: String
  var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)" }
}

/// Reads themes from TOML: the bundled `themes/` folder and `$XDG_CONFIG_HOME/reader/themes`.
///
/// ```toml
/// name = "dark"
/// [roles]
/// heading = { fg = "bright-cyan", bold = true }
/// "entity.PER" = { fg = 117 }
/// pairs = [ { fg = 16, bg = 153 }, { fg = 16, bg = 222 } ]   # in [roles]'s sibling: top level
/// ```
enum ThemeLoader {
  /// The order `T` cycles through the bundled themes.
  static let bundledOrder = ["dark", "light", "high-contrast", "mono"]
  static let styleKeys: Set<String> = ["fg", "bg", "bold", "dim", "underline", "italic", "reverse"]

  /// Parses one theme file's text; `file` names it in errors.
  static func parse(_ text: String, file: String) throws -> Theme {
    if let (line, message) = TOMLCrashGuard.problem(text) {
      throw ThemeError(file: "\(file):\(line)", problem: message)
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let e as TOMLParseError {
      throw ThemeError(file: file, line: Int(e.source.begin.line), problem: e.description)
    }
    for key in table.keys where !["name", "description", "roles", "pairs"].contains(key) {
      throw ThemeError(
        file: file, problem: "unknown key '\(key)' (expected name, description, [roles], pairs)")
    }
    let fallbackName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    var name = fallbackName
    if let v = table["name"] {
      guard let s = v.string else {
        throw ThemeError(file: file, problem: "name: expected a string, got \(v.debugDescription)")
      }
      name = s
    }
    var styles: [Role: Style] = [:]
    if let v = table["roles"] {
      guard let roles = v.table else {
        throw ThemeError(file: file, problem: "roles: expected a table")
      }
      for key in roles.keys {
        guard let role = Role(rawValue: key) else {
          throw ThemeError(
            file: file,
            problem:
              "roles: unknown role '\(key)' (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
          )
        }
        styles[role] = try style(roles[key]!, at: "roles.\(key)", file: file)
      }
    }
    var pairs: [Style] = []
    if let v = table["pairs"] {
      guard let array = v.array else {
        throw ThemeError(file: file, problem: "pairs: expected an array of styles")
      }
      for (i, item) in array.enumerated() {
        pairs.append(try style(item, at: "pairs[\(i)]", file: file))
      }
    }
    if pairs.isEmpty { pairs = Theme.builtin.pairs }
    return Theme(name: name, styles: styles, pairs: pairs)
  }

  static func style(_ v: TOMLValueConvertible, at path: String, file: String) throws -> Style {
    guard let t = v.table else {
      throw ThemeError(
        file: file,
        problem:
          "\(path): expected a style table like { fg = \"red\", bold = true }, got \(v.debugDescription)"
      )
    }
    var s = Style()
    for key in t.keys {
      guard styleKeys.contains(key) else {
        throw ThemeError(
          file: file,
          problem:
            "\(path).\(key): unknown attribute (expected fg, bg, bold, dim, underline, italic, reverse)"
        )
      }
      let value = t[key]!
      if key == "fg" || key == "bg" {
        let c: TermColor?
        if let n = value.int {
          c = (0...255).contains(n) ? .index(UInt8(n)) : nil
        } else if let str = value.string {
          c = ColorDowngrade.parse(str)
        } else {
          c = nil
        }
        guard let c else {
          throw ThemeError(
            file: file,
            problem:
              "\(path).\(key): expected a colour (a name, 0-255, #rrggbb or \"default\"), got \(value.debugDescription)"
          )
        }
        if key == "fg" { s.fg = c } else { s.bg = c }
      } else {
        guard let b = value.bool else {
          throw ThemeError(
            file: file,
            problem: "\(path).\(key): expected true or false, got \(value.debugDescription)")
        }
        let a: Attrs = [
          "bold": .bold, "dim": .dim, "underline": .underline, "italic": .italic,
          "reverse": .reverse,
        ][key]!
        if b { s.attrs.insert(a) }
      }
    }
    return s
  }

  /// The bundled themes folder: `READER_THEMES`, an installed share folder, or the source tree.
  static func bundledFolder(environment: [String: String]) -> String? {
    var candidates: [String] = []
    if let env = environment["READER_THEMES"], !env.isEmpty { candidates.append(env) }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    candidates.append(exe.appendingPathComponent("../share/reader/themes").path)
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(source.appendingPathComponent("themes").path)
    var isDir: ObjCBool = false
    return candidates.first {
      FileManager.default.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue
    }
  }

  /// The user's themes folder: `$XDG_CONFIG_HOME/reader/themes`, default `~/.config/reader/themes`.
  static func userFolder(environment: [String: String]) -> String? {
    if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/reader/themes" }
    if let h = environment["HOME"], !h.isEmpty { return h + "/.config/reader/themes" }
    return nil
  }

  /// Every theme: bundled ones in `bundledOrder`, then user ones (a user theme with a bundled
  /// name replaces it). Broken files are reported and skipped; the list is never empty.
  static func loadAll(environment: [String: String]) -> (themes: [Theme], problems: [ThemeError]) {
    var themes: [Theme] = []
    var problems: [ThemeError] = []
    func load(folder: String, label: String) {
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
        $0.hasSuffix(".toml")
      }
      .sorted { a, b in
        let ia = bundledOrder.firstIndex(of: String(a.dropLast(5))) ?? 99
        let ib = bundledOrder.firstIndex(of: String(b.dropLast(5))) ?? 99
        return (ia, a) < (ib, b)
      }
      for f in files {
        let path = folder + "/" + f
        let shown = label + f
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          problems.append(ThemeError(file: shown, problem: "cannot be read as UTF-8 text"))
          continue
        }
        do {
          let t = try parse(text, file: shown)
          if let i = themes.firstIndex(where: { $0.name == t.name }) {
            themes[i] = t
          } else {
            themes.append(t)
          }
        } catch let e as ThemeError {
          problems.append(e)
        } catch {
          problems.append(ThemeError(file: shown, problem: "\(error)"))
        }
      }
    }
    if let b = bundledFolder(environment: environment) { load(folder: b, label: "themes/") }
    if let u = userFolder(environment: environment) { load(folder: u, label: u + "/") }
    if !themes.contains(where: { $0.name == "dark" }) { themes.insert(Theme.builtin, at: 0) }
    return (themes, problems)
  }
}
