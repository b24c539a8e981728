import ArgumentParser
import CorpusKit
import Foundation

/// `reader` / `reader browse`: the terminal browser (the default command).
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Browse the corpus in the terminal (the default command).",
    discussion: """
      Library, article view, side-by-side compare with the aligned passages highlighted, \
      entity sidebar and lookup. Press ? inside for every key. Themes: the bundled dark, light, \
      high-contrast and mono, plus TOML files in $XDG_CONFIG_HOME/reader/themes \
      (default ~/.config/reader/themes); NO_COLOR set to a non-empty value draws without colour.
      """)

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var semanticOptions: SemanticOptions
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The theme to start with: dark, light, high-contrast, mono or a user theme.",
      valueName: "name"))
  var theme: String?
  @Flag(
    name: .long,
    help: "Let the mouse wheel scroll (off by default so text can be selected and copied).")
  var mouse = false

  func run() throws {
    let semantic = semanticOptions.available()  // its note, if any, before the screen opens
    let env = ProcessInfo.processInfo.environment
    let (themes, problems) = ThemeLoader.loadAll(environment: env)
    var themeIndex = 0
    if let name = theme {
      guard let i = themes.firstIndex(where: { $0.name == name }) else {
        throw ReaderError.unknownTheme(name, have: themes.map(\.name))
      }
      themeIndex = i
    }
    guard isatty(0) == 1, isatty(1) == 1 else {
      throw ReaderError.notATerminal
    }
    let path = try corpusOptions.resolvedPath()
    // A path that is not there is reported before the screen starts.
    guard FileManager.default.fileExists(atPath: path) else {
      throw ReaderError.corpus(.missingPath(path))
    }
    let label =
      corpusOptions.corpus == nil ? "sample" : URL(fileURLWithPath: path).lastPathComponent
    let noColor = !(env["NO_COLOR"] ?? "").isEmpty
    let backend: NcursesBackend
    do {
      backend = try NcursesBackend(mouse: mouse, noColor: noColor)
    } catch let e as TerminalError {
      throw ReaderError.terminal(e)
    }
    // The end-to-end tests' hooks wrap the backend; the main loop never sees them.
    let terminal = TestHooksTerminal(backend, frameFile: env["READER_TEST_FRAME_FILE"])
    // The screen starts first; a big corpus loads in the background behind a loading screen
    // with its progress (a small one opens straight into the library).
    let corpus: LibraryCorpus
    do {
      var loadTheme = themes.indices.contains(themeIndex) ? themes[themeIndex] : Theme.builtin
      if !backend.hasColor { loadTheme = loadTheme.monochrome() }
      switch try Runner.load(
        path, label: label, terminal: terminal, theme: loadTheme,
        options: corpusOptions.loadOptions, index: corpusOptions.indexChoice,
        isSample: corpusOptions.corpus == nil)
      {
      case .corpus(let c): corpus = c
      case .stopped(let status):
        backend.shutdown()
        if status != 0 { Foundation.exit(status) }
        return
      }
    } catch {
      backend.shutdown()
      throw ReaderError(error)
    }
    let (w, h) = backend.size
    var model = Model(library: corpus, corpusLabel: label, width: w, height: h, themes: themes)
    model.themeIndex = themeIndex
    model.monochrome = !backend.hasColor
    if let p = problems.first {
      model.message = "theme file skipped (\(problems.count)): \(ReaderError.theme(p).message)"
    } else if !corpus.warnings.isEmpty {
      model.message = Self.warningsMessage(corpus.warnings)
    }
    let status: Int32
    do {
      if let n = env["READER_TEST_THROW"].flatMap({ Int($0) }) { terminal.fail(afterFrames: n) }
      status = try Runner.run(
        &model, terminal: terminal,
        work: RefreshingWork(
          library: corpus,
          make: { [isSample = corpusOptions.corpus == nil, choice = corpusOptions.indexChoice] in
            Analyses(
              library: $0,
              index: {
                IndexedOpen.index(for: path, isSample: isSample, choice: choice, note: { _ in })
              }, semantic: semantic)
          }))
    } catch {
      backend.shutdown()
      throw ReaderError.internal("\(error)")
    }
    backend.shutdown()
    for p in problems {
      Stderr.print("reader: theme file skipped: \(ReaderError.theme(p).message)")
    }
    if status != 0 { Foundation.exit(status) }
  }

  /// The status line about the loader's warnings: the files skipped (each file once), or
  /// how many other warnings there are.
  static func warningsMessage(_ warnings: [LoadWarning]) -> String {
    let skipped = LoadWarning.skippedFiles(warnings)
    if skipped > 0 {
      return "\(skipped) file\(skipped == 1 ? "" : "s") skipped: run 'reader list' to see why"
    }
    return
      "\(warnings.count) load warning\(warnings.count == 1 ? "" : "s"): run 'reader list' to see them"
  }
}
