import CorpusKit

ReaderCommand.main()
