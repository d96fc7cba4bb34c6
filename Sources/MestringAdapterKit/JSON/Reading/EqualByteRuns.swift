/// Consecutive items of a text (an HSDS page's organisations, the lines of a bundle) split into
/// runs of about as many bytes of text each, for reading the runs side by side.
///
/// Items differ in size a hundredfold (an organisation with a hundred services, one with two), and
/// a run keeps its processor for as long as its text takes to read: split by count of items, one
/// run of a national feed read three quarters of the offers while the other waited.
package enum EqualByteRuns {
    /// Where run `run` of `count` starts: at the first item that starts at or after that share of
    /// the text from the first item's start to `end`. `starts` are the items' offsets in the
    /// text, in order; run 0 starts at item 0 and run `count` (the end of the last) is past the
    /// last item.
    package static func boundary(_ run: Int, of count: Int, starts: [Int], end: Int) -> Int {
        guard run > 0, let first = starts.first else { return 0 }
        guard run < count else { return starts.count }
        let offset = first + (max(end, first) - first) * run / count
        return starts.firstIndex { $0 >= offset } ?? starts.count
    }

    /// All `count` runs, leaving out any run that holds no item (one item larger than a share).
    package static func runs(_ count: Int, starts: [Int], end: Int) -> [Range<Int>] {
        guard count > 1, starts.count > 1 else { return [0..<starts.count] }
        return (0..<count).map { boundary($0, of: count, starts: starts, end: end)..<boundary($0 + 1, of: count, starts: starts, end: end) }
            .filter { !$0.isEmpty }
    }
}
