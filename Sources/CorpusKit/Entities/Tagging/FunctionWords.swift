/// Function words that open sentences and headlines but never names: "Could Yukos ...",
/// "Once Google ...". A name the tagger starts with one of them loses it. Articles and a few
/// short words that do open names ("The Hague", "All Blacks", "An Nguyen") are not listed.
/// Pronoun and verb contractions ("I'm", "I've", "Don't"), which open quoted speech in news and
/// which CoNLL's capitalised-token statistics can mistake for names, are listed too.
enum FunctionWords {
  static let list = """
    this that these those some any both each every many several few not \
    could would should might must shall did does do is are was were be been has have \
    had why how what when where whom which whose whether if as so yet but and nor then now \
    also even only just still once after before while since although though because unlike like \
    with without under over for from at by to of into onto about against among between \
    during through toward towards upon within meanwhile however moreover furthermore instead \
    indeed perhaps here there he she they we you his her its their our your him them \
    me let let's it's there's here's what's that's despite amid including \
    i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're they've they'd \
    they'll he's he'd he'll she's she'd she'll who's who'd isn't aren't wasn't weren't don't \
    doesn't didn't can't cannot won't wouldn't couldn't shouldn't hasn't haven't hadn't
    """

  /// Lowercase hashes of the list, as `WordInfo.lower` computes them.
  static let hashes: Set<UInt64> = Set(
    list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
      WordInfo(String($0).unicodeScalars).lower
    })

  static func contains(_ w: WordInfo) -> Bool { hashes.contains(w.lower) }
}
