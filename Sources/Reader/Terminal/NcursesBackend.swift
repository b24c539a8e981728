import CNcursesw
import Foundation

/// The only code that talks to ncurses: starts and restores the terminal, reads keys, and copies
/// a `Grid` to the screen (changed cells only, one refresh per frame).
final class NcursesBackend: Terminal {
  private var screen: OpaquePointer?
  private var previous: Grid?
  private var pairs: [Int64: Int16] = [:]
  private var nextPair: Int16 = 1
  private(set) var colors = 0
  private var active = false

  /// Whether the terminal shows colours (false under NO_COLOR or on a mono terminal).
  private(set) var hasColor = false

  /// Starts the screen: UTF-8 locale, raw keys, no echo, hidden cursor, colours unless `noColor`.
  init(mouse: Bool, noColor: Bool) throws {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }
    StopSignal.reset()
    tui_install_signal_handlers(StopSignal.record)
    let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
    let cannotDrive = TerminalError(
      description: "cannot drive terminal type '\(term)' (TERM); try TERM=xterm-256color")
    guard let s = tui_newterm() else { throw cannotDrive }
    // A terminal that cannot address the cursor (TERM=dumb) would show a blank screen.
    guard tui_can_address_cursor() != 0 else {
      endwin()
      delscreen(s)
      throw cannotDrive
    }
    screen = s
    _ = set_term(s)
    active = true
    tui_install_fatal_handlers()
    raw()
    noecho()
    nonl()
    keypad(tui_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    if !noColor, has_colors() {
      start_color()
      use_default_colors()
      colors = Int(tui_colors())
      hasColor = colors >= 8
    }
    if mouse { mousemask(TUI_BUTTON4_PRESSED | TUI_BUTTON5_PRESSED, nil) }
  }

  deinit { shutdown() }

  /// The terminal's size now.
  var size: (width: Int, height: Int) { (Int(tui_cols()), Int(tui_lines())) }

  /// Restores the terminal (cursor, echo, colours, main screen). Safe to call twice.
  func shutdown() {
    guard active else { return }
    active = false
    curs_set(1)
    endwin()
    tui_show_cursor()
    if let s = screen { delscreen(s) }
    screen = nil
  }

  /// A signal that asked us to stop (SIGINT, SIGTERM, SIGHUP), if one arrived.
  func pendingSignal() -> Int32 { StopSignal.take() }

  /// Copies the cells that changed since the last frame and refreshes once.
  func draw(_ grid: Grid) {
    if previous == nil || previous!.width != grid.width || previous!.height != grid.height {
      erase()
      previous = nil
    }
    var wcs = [wchar_t](repeating: 0, count: 8)
    for (x, y) in grid.changes(from: previous) {
      let c = grid[x, y]
      if c.isContinuation { continue }
      // The last cell of the screen cannot take a wide character.
      if c.width == 2 && x + 1 >= grid.width { continue }
      var n = 0
      for u in c.text.unicodeScalars where n < 6 {
        wcs[n] = wchar_t(bitPattern: u.value)
        n += 1
      }
      if n == 0 {
        wcs[0] = 32
        n = 1
      }
      wcs[n] = 0
      let (attr, pair) = resolve(c.style)
      _ = tui_mvadd_cell(Int32(y), Int32(x), wcs, attr, pair)
    }
    refresh()
    previous = grid
  }

  /// OSC 52 ("set the clipboard"), written after the frame. Sent unless the terminal is the
  /// Linux console or READER_OSC52=0; terminals that do not allow it ignore the sequence.
  /// At most 74,994 bytes of text (xterm's limit for the encoded sequence is 100,000).
  func copyToClipboard(_ text: String) -> Bool {
    let env = ProcessInfo.processInfo.environment
    guard active, env["READER_OSC52"] != "0", env["TERM"] != "linux" else { return false }
    let data = Data(text.utf8)
    guard data.count <= 74_994 else { return false }
    var seq = "\u{1B}]52;c;" + data.base64EncodedString() + "\u{07}"
    // tmux passes it on only when wrapped (or with set-clipboard on, which reads it plain).
    if env["TMUX"] != nil {
      seq =
        "\u{1B}Ptmux;" + seq.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }
    FileHandle.standardOutput.write(Data(seq.utf8))
    return true
  }

  /// Forces a full repaint on the next frame.
  func invalidate() {
    previous = nil
    clearok(tui_stdscr(), true)
  }

  private func resolve(_ s: Style) -> (attr_t, Int32) {
    var a = TUI_A_NORMAL
    if s.attrs.contains(.bold) { a |= TUI_A_BOLD }
    if s.attrs.contains(.dim) { a |= TUI_A_DIM }
    if s.attrs.contains(.underline) { a |= TUI_A_UNDERLINE }
    if s.attrs.contains(.italic) { a |= TUI_A_ITALIC }
    if s.attrs.contains(.reverse) { a |= TUI_A_REVERSE }
    guard hasColor else { return (a, 0) }
    let fg = number(s.fg)
    let bg = number(s.bg)
    if fg == -1 && bg == -1 { return (a, 0) }
    let key = Int64(fg) << 16 | Int64(bg & 0xFFFF)
    if let p = pairs[key] { return (a, Int32(p)) }
    guard Int(nextPair) < min(Int(tui_color_pairs()), 30000) else { return (a, 0) }
    init_pair(nextPair, Int16(fg), Int16(bg))
    pairs[key] = nextPair
    nextPair += 1
    return (a, Int32(nextPair - 1))
  }

  /// The colour number for this terminal: -1 for default, 256 colours folded to 8 where needed.
  private func number(_ c: TermColor?) -> Int32 {
    guard case .index(let i)? = c else { return -1 }
    if Int(i) < colors { return Int32(i) }
    return Int32(ColorDowngrade.to8(i))
  }

  /// Waits up to `timeoutMS` for a key (nil on timeout or interruption).
  func readKey(timeoutMS: Int32) -> Key? {
    timeout(timeoutMS)
    var ch: wint_t = 0
    let r = get_wch(&ch)
    if r == ERR {
      StopSignal.noteIfInputLost()  // a lost terminal surfaces as SIGHUP in pendingSignal()
      return nil
    }
    if r == KEY_CODE_YES {
      switch Int32(ch) {
      case KEY_UP: return .up
      case KEY_DOWN: return .down
      case KEY_LEFT: return .left
      case KEY_RIGHT: return .right
      case KEY_PPAGE: return .pageUp
      case KEY_NPAGE: return .pageDown
      case KEY_HOME: return .home
      case KEY_END: return .end
      case KEY_BTAB: return .backTab
      case KEY_ENTER: return .enter
      case KEY_BACKSPACE: return .backspace
      case KEY_DC: return .delete
      case KEY_RESIZE: return .resize
      case KEY_MOUSE:
        var ev = MEVENT()
        guard getmouse(&ev) == OK else { return .unknown }
        if ev.bstate & TUI_BUTTON4_PRESSED != 0 { return .mouseWheelUp }
        if ev.bstate & TUI_BUTTON5_PRESSED != 0 { return .mouseWheelDown }
        return .unknown
      default: return .unknown
      }
    }
    return Key.fromCharacter(UInt32(ch))
  }
}
