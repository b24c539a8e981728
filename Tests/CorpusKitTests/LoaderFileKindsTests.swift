import Dispatch
import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Only regular files are read, none larger than the size limit, and every file left out gets
/// its own warning (issue 11, items 4 and 5).
@Suite struct LoaderFileKindsTests {
  let article =
    "A headline for the test\n\nThe minister said on Tuesday that the talks would continue next week in the capital.\n"

  /// Runs `body` on another thread and fails (instead of hanging the suite) when it has not
  /// returned within 20 seconds: a loader that opens a pipe blocks for ever.
  func withoutBlocking<T: Sendable>(
    _ body: @escaping @Sendable () throws -> T, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> T? {
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox<T>()
    Thread.detachNewThread {
      box.set(Result { try body() })
      done.signal()
    }
    guard done.wait(timeout: .now() + 20) == .success else {
      Issue.record("the loader blocked", sourceLocation: sourceLocation)
      return nil
    }
    return try box.get()!.get()
  }

  @Test func aNamedPipeInAFolderIsSkippedWithAWarning() throws {
    let dir = TempFolder()
    dir.write("good.txt", article)
    #expect(mkfifo(dir.path + "/pipe.txt", 0o600) == 0)
    // A link to a pipe looks like a file in the listing; reading refuses it without waiting.
    try FileManager.default.createSymbolicLink(
      atPath: dir.path + "/link.txt", withDestinationPath: dir.path + "/pipe.txt")
    let path = dir.path
    guard let corpus = try withoutBlocking({ try CorpusLoader.load(path) }) else { return }
    #expect(corpus.documents.map(\.id) == ["good"])
    let lines = corpus.warnings.map(\.description).sorted()
    #expect(
      lines == [
        "\(path)/link.txt: not a regular file (a named pipe); skipped",
        "\(path)/pipe.txt: not a regular file (a named pipe); skipped",
      ])
    #expect(LoadWarning.skippedFiles(corpus.warnings) == 2)
  }

  @Test func aCorpusPathThatIsAPipeOrADeviceIsAnErrorAtOnce() throws {
    let dir = TempFolder()
    let pipe = dir.path + "/feed.txt"
    #expect(mkfifo(pipe, 0o600) == 0)
    let outcome = try withoutBlocking { () -> String in
      do {
        _ = try CorpusLoader.load(pipe)
        return "loaded"
      } catch let e as CorpusError { return e.description }
    }
    #expect(outcome == "\(pipe): not a regular file (a named pipe)")
    #expect(throws: CorpusError.unreadable("/dev/zero", "not a regular file (a character device)"))
    {
      try CorpusLoader.load("/dev/zero")
    }
  }

  @Test func aDeviceLinkedIntoAFolderIsSkipped() throws {
    let dir = TempFolder()
    dir.write("good.txt", article)
    try FileManager.default.createSymbolicLink(
      atPath: dir.path + "/zero.txt", withDestinationPath: "/dev/zero")
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(
      corpus.warnings.map(\.description) == [
        "\(dir.path)/zero.txt: not a regular file (a character device); skipped"
      ])
  }

  @Test func aFileOverTheSizeLimitIsSkippedWithAWarning() throws {
    #expect(LoadOptions().maxFileSize == 32 * 1024 * 1024)
    let dir = TempFolder()
    dir.write("small.txt", article)
    var big = ""
    while big.utf8.count < 3000 { big += article }
    dir.write("big.txt", big)
    let corpus = try CorpusLoader.load(dir.path, options: LoadOptions(maxFileSize: 2048))
    #expect(corpus.documents.map(\.id) == ["small"])
    #expect(
      corpus.warnings.map(\.description) == [
        "\(dir.path)/big.txt: is 3 KB, larger than the 2 KB limit (--max-file-size); skipped"
      ])
    #expect(corpus.warnings[0].skipsFile)
    // A higher limit reads it.
    let all = try CorpusLoader.load(dir.path, options: LoadOptions(maxFileSize: 4096))
    #expect(all.documents.map(\.id) == ["big", "small"])
  }

  @Test func sizesParseAsTheOptionTakesThem() {
    #expect(LoadOptions.parseSize("32M") == 32 * 1024 * 1024)
    #expect(LoadOptions.parseSize("500k") == 500 * 1024)
    #expect(LoadOptions.parseSize("1.5GB") == 3 * 512 * 1024 * 1024)
    #expect(LoadOptions.parseSize("1048576") == 1_048_576)
    #expect(LoadOptions.parseSize("100B") == 100)
    for bad in ["", "M", "-1M", "0", "12Q", "1e9", "ten"] {
      #expect(LoadOptions.parseSize(bad) == nil, "\(bad)")
    }
    #expect(LoadOptions.describe(bytes: 32 * 1024 * 1024) == "32 MB")
    #expect(LoadOptions.describe(bytes: 1536) == "1.5 KB")
  }

  @Test func aNameThatIsNotUTF8IsNamedInAWarning() throws {
    let dir = TempFolder()
    dir.write("good.txt", article)
    // "café.txt" in Latin-1: not valid UTF-8.
    let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
    let path = Array(dir.path.utf8) + [UInt8(ascii: "/")] + name + [0]
    let fd = path.withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
    }
    try #require(fd >= 0)
    _ = article.withCString { write(fd, $0, strlen($0)) }
    close(fd)
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(
      corpus.warnings.map(\.description) == [
        "\(dir.path)/caf\\xE9.txt: name is not valid UTF-8; skipped (rename it to read it)"
      ])
    #expect(LoadWarning.skippedFiles(corpus.warnings) == 1)
  }

  /// Every file left out is counted once, however many warnings it has, and notes on files
  /// that were read do not count.
  @Test func skippedFilesAreCountedOnceEach() throws {
    let dir = TempFolder()
    dir.write("good.txt", article)
    dir.write(
      "cp.txt", Array("The caf".utf8) + [0xE9] + Array(" said it was closed on Monday.".utf8))
    dir.write("empty.txt", "")
    dir.write("none.json", "[]")
    dir.write("bad.jsonl", "{\"id\": 1}\n{broken\n{\"title\": \"no text\"}\n")
    dir.write("bin.md", [0x00, 0x01, 0x02])
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id).sorted() == ["cp", "good"])
    #expect(LoadWarning.skippedFiles(corpus.warnings) == 4)
    #expect(corpus.warnings.count == 1 + 1 + 1 + 3 + 1)
    for name in ["empty.txt", "none.json", "bad.jsonl", "bin.md"] {
      #expect(corpus.warnings.contains { $0.path.hasSuffix("/" + name) && $0.skipsFile }, "\(name)")
    }
    #expect(!corpus.warnings.contains { $0.path.hasSuffix("/cp.txt") && $0.skipsFile })
  }

  @Test func aFolderOfBadFilesSaysHowManyWereSkipped() throws {
    let dir = TempFolder()
    dir.write("a.txt", "")
    dir.write("b.json", "{nope")
    #expect(mkfifo(dir.path + "/c.txt", 0o600) == 0)
    let (raw, warnings) = try CorpusLoader.scan(dir.path)
    #expect(raw.isEmpty)
    #expect(warnings.count == 3)
    #expect(
      CorpusLoader.noArticles(dir.path, warnings)
        == CorpusError.noReadableArticles(dir.path, skipped: 3))
  }
}

/// A result handed from one thread to another.
final class ResultBox<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Result<T, Error>?
  func set(_ v: Result<T, Error>) {
    lock.lock()
    value = v
    lock.unlock()
  }
  func get() -> Result<T, Error>? {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}
