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
        for e in model.update(a) { work.run(e) }
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
        for e in model.handle(key) { work.run(e) }
      }
      dirty = true
    }
    return 0
  }
}
