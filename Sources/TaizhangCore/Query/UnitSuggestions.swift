/// The units of a ledger closest to a name that matches none of them, for an error that says
/// which one was meant: `没有名为“市发展和改革局”的单位;是否指:市发改局?`
///
/// An abbreviation keeps most characters of the full name in order (市发改局 in
/// 市发展和改革局), so names are ranked by their longest common subsequence, as a share of the
/// shorter name. An error that suggests is better than "no overdue tasks": the false
/// reassurance that a misspelt unit gave before.
public enum UnitSuggestions {
    /// Up to `limit` unit names (merged to their canonical names) close to `query`, best first.
    public static func closest(to query: String, in ledger: Ledger, limit: Int = 3) -> [String] {
        let q = Array(UnitName.normalize(query))
        guard !q.isEmpty else { return [] }
        let names = Set(ledger.tasks.flatMap { $0.units.map { ledger.canonicalUnit($0.name) } })
        let scored = names.compactMap { name -> (String, Double)? in
            let n = Array(name)
            let common = commonSubsequence(q, n)
            guard common >= 2 else { return nil }
            let score = Double(common) / Double(min(q.count, n.count))
            return score >= 0.6 ? (name, score - Double(abs(q.count - n.count)) * 0.001) : nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// The length of the longest common subsequence of two short names.
    static func commonSubsequence(_ a: [Character], _ b: [Character]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let up = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = up
            }
        }
        return row[b.count]
    }
}
