import Foundation

// reader-bench NAME [options]: release-built benchmarks, see BENCHMARKS.md.
let args = Array(CommandLine.arguments.dropFirst())
let usage = """
  usage: reader-bench segment [--mb N] [--runs R] [--dir PATH]
         reader-bench ner [--runs R]
         reader-bench align [--runs R] [--words N]
         reader-bench dups-bbc [--runs R]
         reader-bench dups-synthetic --n N [--seed S]
         reader-bench html [--dev DIR] [--limit N] [--runs R] [--pages show] [--quality no]
                           [--dump FILE]
         reader-bench text-dev [--dev DIR] [--limit N] [--pages show] [--dump DIR]
         reader-bench reuse-dev [--dir PATH] [--limit N] [--min-score X] [--save FILE] [--semantic]
         reader-bench reuse-seeds [--semantic]
         reader-bench reuse-news [--pairs N] [--show K] [--semantic]
         reader-bench self-repeats [--dir PATH]...
         reader-bench encoder [--sentences N] [--runs R]
         reader-bench calibrate-overlap [--write PATH] [--semantic]
         reader-bench index-reopen [--runs R] [--dir PATH] [--generate N] [--marks 0]
         reader-bench same-story [--corpus PATH] [--min-cosine X] [--min-shared N]
                                 [--min-numbers N] [--list N] [--seed S]
         reader-bench story-links [--negatives N] [--positives N] [--bbc N] [--seed S]
  """
guard let name = args.first else {
  print(usage)
  exit(2)
}
do {
  switch name {
  case "segment": try SegmentBenchmark.run(Array(args.dropFirst()))
  case "ner": try NERBenchmark.run(Array(args.dropFirst()))
  case "align": try AlignBenchmark.run(Array(args.dropFirst()))
  case "dups-bbc": try DupsBBCBenchmark.run(Array(args.dropFirst()))
  case "dups-synthetic": try DupsSyntheticBenchmark.run(Array(args.dropFirst()))
  case "html": try HtmlBenchmark.run(Array(args.dropFirst()))
  case "text-dev": try TextDevBenchmark.run(Array(args.dropFirst()))
  case "reuse-dev": try ReuseDevBenchmark.run(Array(args.dropFirst()))
  case "reuse-seeds": try ReuseSeedsBenchmark.run(Array(args.dropFirst()))
  case "reuse-news": try ReuseNewsBenchmark.run(Array(args.dropFirst()))
  case "self-repeats": try SelfRepeatsBenchmark.run(Array(args.dropFirst()))
  case "encoder": try EncoderBenchmark.run(Array(args.dropFirst()))
  case "calibrate-overlap": try CalibrateOverlap.run(Array(args.dropFirst()))
  case "index-reopen": try IndexReopenBenchmark.run(Array(args.dropFirst()))
  case "same-story": try SameStoryBenchmark.run(Array(args.dropFirst()))
  case "story-links": try StoryLinksBenchmark.run(Array(args.dropFirst()))
  default:
    print(usage)
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("reader-bench: \(error)\n".utf8))
  exit(1)
}
