import Foundation

/// A value guarded by a lock: the one way the project shares mutable state between threads
/// (background analyses, the loader's progress, concurrent workers' results, caches).
///
/// The state is reachable only inside `withLock`, which is why this type, and no other, is
/// `@unchecked Sendable` (when its state is `Sendable`). Keep the closures short: they run
/// with the lock held.
public final class Locked<State> {
  private let lock = NSLock()
  private var state: State

  /// Guards `state` from now on.
  public init(_ state: State) { self.state = state }

  /// Runs `body` with the lock held and the state to read or change; returns what it returns.
  @inline(__always)
  public func withLock<R>(_ body: (inout State) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&state)
  }

  /// A copy of the state, read under the lock.
  public var value: State { withLock { $0 } }
}

extension Locked: @unchecked Sendable where State: Sendable {}
