import CorpusKit
import Dispatch
import Foundation

/// The main loop: draw, wait for a key, a resize, a background result or a signal; repeat.
enum Runner {
  /// Runs until quit; returns the exit status (128+signal when a signal stopped it).
  static func run(
    _ model: inout Model, terminal: some Terminal, work: some BackgroundWork
  ) throws -> Int32 {
    (model.width, model.height) = terminal.size
    model.clampLists()
    work.start()
    var dirty = true
    while !model.quit {
      if dirty {
        try terminal.draw(Render.frame(model))
        dirty = false
      }
      let key = terminal.readKey(timeoutMS: 100)
      let sig = terminal.pendingSignal()
      if sig != 0 { return 128 + sig }
      for a in work.take() {
        perform(model.update(a), &model, terminal, work)
        dirty = true
      }
      guard let key else { continue }
      switch key {
      case .resize:
        let (w, h) = terminal.size
        _ = model.update(.resize(width: w, height: h))
        terminal.invalidate()
      case let k where KeyMap.isRedraw(k):
        terminal.invalidate()
      case .mouseWheelUp: _ = model.update(.moveUp)
      case .mouseWheelDown: _ = model.update(.moveDown)
      default:
        perform(model.handle(key), &model, terminal, work)
      }
      dirty = true
    }
    return 0
  }

  /// Runs effects: alignments in the background; a citation here, to files and the clipboard.
  static func perform(
    _ effects: [Effect], _ model: inout Model, _ terminal: some Terminal,
    _ work: some BackgroundWork
  ) {
    for e in effects {
      switch e {
      case .cite(let c):
        let files = CiteStore.save(c, environment: ProcessInfo.processInfo.environment)
        model.cited(c, files: files, clipboard: terminal.copyToClipboard(c.text))
      default: work.run(e)
      }
    }
  }
}
