import CorpusKit
import Dispatch
import Foundation

/// The main loop: draw, wait for a key, a resize, a background result or a signal; repeat.
enum Runner {
  /// Runs until quit; returns the exit status (128+signal when a signal stopped it).
  static func run(
    _ model: inout Model, backend: NcursesBackend, analyses: Analyses, throwAfterFrames: Int? = nil
  ) throws -> Int32 {
    (model.width, model.height) = backend.size
    model.clampLists()
    analyses.start()
    let firstFrame = backend.frames
    var dirty = true
    while !model.quit {
      if dirty {
        backend.draw(Render.frame(model))
        dirty = false
        if let n = throwAfterFrames, backend.frames - firstFrame >= n {
          throw TerminalError(
            description: "test failure injected after \(n) frames (READER_TEST_THROW)")
        }
      }
      let key = backend.readKey(timeoutMS: 100)
      let sig = backend.pendingSignal()
      if sig != 0 { return 128 + sig }
      for a in analyses.inbox.take() {
        for e in model.update(a) { analyses.run(e) }
        dirty = true
      }
      guard let key else { continue }
      switch key {
      case .resize:
        let (w, h) = backend.size
        _ = model.update(.resize(width: w, height: h))
        backend.invalidate()
      case .ctrl("l"):
        backend.invalidate()
      case .mouseWheelUp: _ = model.update(.moveUp)
      case .mouseWheelDown: _ = model.update(.moveDown)
      default:
        for e in model.handle(key) { analyses.run(e) }
      }
      dirty = true
    }
    return 0
  }
}
