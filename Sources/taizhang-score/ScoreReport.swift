import Foundation

/// The figures per document and overall, as a table, as JSON, and against floors.
struct ScoreReport {
    let documents: [DocumentScore]

    var seeds: [DocumentScore] { documents.filter { Self.isSeed($0.name) } }
    var corpus: [DocumentScore] { documents.filter { !Self.isSeed($0.name) } }

    /// The seeds are named after their file (000_3380e45f1e1637e5); corpus plans pNNN.
    static func isSeed(_ name: String) -> Bool { name.contains("_") }

    static func total(_ docs: [DocumentScore], name: String) -> DocumentScore {
        var t = DocumentScore(name: name, layout: "")
        for d in docs { t += d }
        return t
    }

    /// Documents with three or more expected tasks that the import refused.
    static func refusedWithTasks(_ docs: [DocumentScore]) -> [String] {
        docs.filter { $0.refusal != nil && $0.expectedTasks >= 3 }.map(\.name)
    }

    func table() -> String {
        var out = Self.row(["document", "layout", "tasks", "recall", "extra", "unitF1", "leads", "leader", "limit", "date"]) + "\n"
        for d in documents { out += Self.line(d) + (d.refusal != nil ? "  REFUSED" : "") + "\n" }
        for (name, group) in [("corpus", corpus), ("seeds", seeds)] where !group.isEmpty {
            let t = Self.total(group, name: "ALL " + name)
            out += Self.line(t) + "  (\(group.count) documents, \(Self.refusedWithTasks(group).count) refused with ≥3 tasks)\n"
        }
        return out
    }

    private static func line(_ d: DocumentScore) -> String {
        row([d.name, String(d.layout.prefix(18)), String(d.expectedTasks), pct(d.recall.ratio), String(d.extra),
             pct(d.units.f1), pct(d.leads.ratio), pct(d.leader.ratio), pct(d.deadlineText.ratio), pct(d.due.ratio)])
    }

    private static func row(_ cells: [String]) -> String {
        let widths = [22, 18, 5, 6, 5, 6, 6, 6, 6, 6]
        return zip(cells, widths).map { cell, w in
            cell.count >= w ? cell : (cell + String(repeating: " ", count: w - cell.count))
        }.joined(separator: " ")
    }

    private static func pct(_ r: Double?) -> String { r.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }

    /// Overall figures of a group, by the names `Floors` uses.
    static func figures(_ docs: [DocumentScore]) -> [String: Double] {
        let t = total(docs, name: "")
        var f: [String: Double] = ["extraPerTask": t.expectedTasks == 0 ? 0 : Double(t.extra) / Double(t.expectedTasks),
                                   "refusedWithTasks": Double(refusedWithTasks(docs).count)]
        f["recall"] = t.recall.ratio
        f["unitF1"] = t.units.f1
        f["leads"] = t.leads.ratio
        f["leader"] = t.leader.ratio
        f["deadlineText"] = t.deadlineText.ratio
        f["due"] = t.due.ratio
        return f
    }

    func json() -> String {
        func group(_ docs: [DocumentScore]) -> [String: Any] {
            ["figures": Self.figures(docs), "documents": docs.map { d -> [String: Any] in
                ["name": d.name, "tasks": d.expectedTasks, "refused": d.refusal as Any, "figures": Self.figures([d])]
            }]
        }
        let object: [String: Any] = ["corpus": group(corpus), "seeds": group(seeds)]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Every figure below its floor (or, for counts, above its ceiling), as a sentence.
    func belowFloors(_ floors: Floors) -> [String] {
        var failures: [String] = []
        for (name, group) in [("corpus", corpus), ("seeds", seeds)] {
            let figures = Self.figures(group)
            for (key, floor) in floors.minimums[name] ?? [:] {
                let value = figures[key] ?? 0
                if value + 1e-9 < floor { failures.append("\(name) \(key) \(String(format: "%.4f", value)) < \(floor)") }
            }
            for (key, ceiling) in floors.maximums[name] ?? [:] {
                let value = figures[key] ?? 0
                if value > ceiling + 1e-9 { failures.append("\(name) \(key) \(String(format: "%.4f", value)) > \(ceiling)") }
            }
        }
        return failures
    }
}

/// `{"minimums": {"corpus": {"recall": 0.95, …}, "seeds": {…}}, "maximums": {"corpus": {"extraPerTask": 0.1}}}`
struct Floors: Decodable {
    var minimums: [String: [String: Double]]
    var maximums: [String: [String: Double]]

    static func load(_ path: String) throws -> Floors {
        try JSONDecoder().decode(Floors.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
