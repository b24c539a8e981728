import CorpusKit
print("reader-bench")
