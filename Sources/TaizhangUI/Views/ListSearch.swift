/// The next row that matches, going round the end of the list: what n and N do in lists.
enum ListSearch {
    static func next(from start: Int, count: Int, forward: Bool, matches: (Int) -> Bool) -> Int? {
        guard count > 0 else { return nil }
        for step in 1...count {
            let index = ((start + (forward ? step : -step)) % count + count) % count
            if matches(index) { return index }
        }
        return nil
    }
}
