import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A terminal that goes away (window closed, tmux server killed) must end the reader, even
/// when no SIGHUP reaches it: before, every read failed at once and the main loop spun at full
/// CPU for ever.
@Suite struct HangupE2ETests {
  @Test func theReaderExitsWhenItsTerminalGoesAway() throws {
    try Self.exitsWhenItsTerminalGoesAway(readerBinary)
  }

  @Test(.enabled(if: ReaderBinaries.release != nil, "\(ReaderBinaries.releaseProblem ?? "")"))
  func theReleaseReaderExitsWhenItsTerminalGoesAway() throws {
    try Self.exitsWhenItsTerminalGoesAway(ReaderBinaries.releasePath)
  }

  static func exitsWhenItsTerminalGoesAway(_ readerBinary: String) throws {
    // grantpt, unlockpt and ptsname are hidden from Swift's Glibc module (they need
    // _XOPEN_SOURCE), so they are looked up at run time.
    typealias IntFn = @convention(c) (Int32) -> Int32
    typealias NameFn = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    let lib = dlopen(nil, RTLD_NOW)
    let grant = try #require(dlsym(lib, "grantpt"))
    let unlock = try #require(dlsym(lib, "unlockpt"))
    let name = try #require(dlsym(lib, "ptsname"))
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)  // the child must not hold it
    try #require(master >= 0, "cannot open /dev/ptmx")
    var masterOpen = true
    defer { if masterOpen { close(master) } }
    try #require(unsafeBitCast(grant, to: IntFn.self)(master) == 0)
    try #require(unsafeBitCast(unlock, to: IntFn.self)(master) == 0)
    let slave = String(cString: try #require(unsafeBitCast(name, to: NameFn.self)(master)))

    // The pty is not the child's controlling terminal (no setsid) and SIGHUP is blocked:
    // closing the master then delivers no signal, only failing reads.
    var fa = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fa)
    for fd: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(&fa, fd, slave, O_RDWR | O_NOCTTY, 0)
    }
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    var mask = sigset_t()
    sigemptyset(&mask)
    sigaddset(&mask, SIGHUP)
    posix_spawnattr_setsigmask(&attr, &mask)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK))
    let env = [
      "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=xterm-256color", "LINES=24", "COLUMNS=80",
      "HOME=\(FileManager.default.temporaryDirectory.path)",
    ]
    let cargs = [strdup(readerBinary), nil]
    let cenv = env.map { strdup($0) } + [nil]
    defer {
      for p in cargs + cenv { free(p) }
      posix_spawn_file_actions_destroy(&fa)
      posix_spawnattr_destroy(&attr)
    }
    var pid: pid_t = 0
    try #require(posix_spawn(&pid, readerBinary, &fa, &attr, cargs, cenv) == 0)

    // Wait for the first frame: the library's column header.
    var screen = ""
    var buffer = [UInt8](repeating: 0, count: 65536)
    let start = Date()
    while !screen.contains("WORDS"), Date().timeIntervalSince(start) < 60 {
      var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&p, 1, 200) > 0 {
        let n = read(master, &buffer, buffer.count)
        if n > 0 { screen += String(decoding: buffer[0..<n], as: UTF8.self) }
      }
    }
    #expect(screen.contains("WORDS"), "the reader never drew its library")

    close(master)  // the terminal goes away
    masterOpen = false
    var status: Int32 = 0
    var exited = false
    let gone = Date()
    while Date().timeIntervalSince(gone) < 30 {
      if waitpid(pid, &status, WNOHANG) == pid {
        exited = true
        break
      }
      usleep(50_000)
    }
    if !exited {
      kill(pid, SIGKILL)
      _ = waitpid(pid, &status, 0)
    }
    #expect(exited, "the reader kept running after its terminal went away")
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    #expect(!exited || code == 128 + SIGHUP, "exit status \(code)")
  }
}
