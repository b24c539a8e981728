/// A decoded key press, independent of ncurses.
enum Key: Hashable, Sendable {
  case char(Character)
  /// Ctrl plus a letter, lower case ("d" for Ctrl-D).
  case ctrl(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case tab, backTab, enter, escape, backspace, delete
  case resize
  case mouseWheelUp, mouseWheelDown
  /// Anything else (function keys we do not bind): ignored by the app.
  case unknown

  /// Decodes a character `get_wch` returned with `OK`: Esc, Tab, Enter, Ctrl-letters, text.
  static func fromCharacter(_ code: UInt32) -> Key {
    switch code {
    case 27: return .escape
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
    case 0..<32: return .unknown
    default:
      guard let s = Unicode.Scalar(code) else { return .unknown }
      return .char(Character(s))
    }
  }

  /// How the help screen writes the key.
  var label: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(let c): return "^" + c.uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "BkSp"
    case .delete: return "Del"
    case .resize: return "resize"
    case .mouseWheelUp: return "wheel↑"
    case .mouseWheelDown: return "wheel↓"
    case .unknown: return "?"
    }
  }
}
