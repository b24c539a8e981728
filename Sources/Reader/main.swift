import ArgumentParser
import CorpusKit
import Foundation

// Exit codes follow docs/cli-contract.md: 1 for bad input, 2 for bad usage.
if let unknown = SubcommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
  Stderr.print("reader: \(unknown)")
  exit(2)
}
do {
  var command = try ReaderCommand.parseAsRoot()
  try command.run()
  StandardOutput.finish()  // a failed write exits 1 with a message
} catch let failure as ReaderError {
  Stderr.print("reader: \(failure.message)")
  exit(failure.exitStatus)
} catch {
  let code = ReaderCommand.exitCode(for: error)
  let message = ReaderCommand.fullMessage(for: error)
  if code == .success {
    if !message.isEmpty { print(message) }
    exit(0)
  }
  Stderr.print(message)
  exit(code == .validationFailure ? 2 : code.rawValue)
}
