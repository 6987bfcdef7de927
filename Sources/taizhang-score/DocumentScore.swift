import TaizhangCore

/// A count of hits out of a number of cases: summed over documents, then divided.
struct Tally {
    var hits = 0
    var cases = 0

    mutating func add(_ hit: Bool) {
        cases += 1
        if hit { hits += 1 }
    }

    static func += (a: inout Tally, b: Tally) {
        a.hits += b.hits
        a.cases += b.cases
    }

    /// nil when there was nothing to count (a plan that names no leaders).
    var ratio: Double? { cases == 0 ? nil : Double(hits) / Double(cases) }
}

/// Unit F1 counts: names found and expected, matched as sets per task.
struct UnitCounts {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    static func += (a: inout UnitCounts, b: UnitCounts) {
        a.truePositives += b.truePositives
        a.falsePositives += b.falsePositives
        a.falseNegatives += b.falseNegatives
    }

    var f1: Double? {
        let d = 2 * truePositives + falsePositives + falseNegatives
        return d == 0 ? nil : Double(2 * truePositives) / Double(d)
    }
}

/// How well the importer read one document, against what a person read in it.
struct DocumentScore {
    var name: String
    var layout: String
    var expectedTasks = 0
    var recall = Tally()
    var extra = 0
    var units = UnitCounts()
    var leads = Tally()
    var leader = Tally()
    var deadlineText = Tally()
    var due = Tally()
    /// The layout the importer read the document as.
    var readAs = ""
    /// The import refused the document (no tasks found, unreadable).
    var refusal: String?
    /// One line per disagreement, for `--details`.
    var differences: [String] = []

    static func += (a: inout DocumentScore, b: DocumentScore) {
        a.expectedTasks += b.expectedTasks
        a.recall += b.recall
        a.extra += b.extra
        a.units += b.units
        a.leads += b.leads
        a.leader += b.leader
        a.deadlineText += b.deadlineText
        a.due += b.due
    }
}

/// Compares one import with its expected file.
struct Scorer {
    let expected: ExpectedPlan

    /// Scores the tasks an import produced (or its refusal).
    func score(name: String, tasks: [LedgerTask], refusal: String?) -> DocumentScore {
        var s = DocumentScore(name: name, layout: expected.layout ?? "")
        s.expectedTasks = expected.tasks.count
        s.refusal = refusal
        var used = Set<Int>()
        for e in expected.tasks {
            guard let i = Self.match(e.text, in: tasks, excluding: used) else {
                s.recall.add(false)
                s.differences.append("missing   \(e.number ?? "-") \(e.text)")
                continue
            }
            used.insert(i)
            s.recall.add(true)
            compare(e, tasks[i], into: &s)
        }
        for p in expected.partial ?? [] {
            if let i = Self.match(p.text, in: tasks, excluding: used) { used.insert(i) }
        }
        for (i, t) in tasks.enumerated() where !used.contains(i) {
            s.extra += 1
            s.differences.append("extra     \(t.number ?? "-") \(t.text.prefix(30))")
        }
        return s
    }

    private func compare(_ e: ExpectedTask, _ t: LedgerTask, into s: inout DocumentScore) {
        let tag = "\(e.number ?? "-") \(e.text.prefix(12))"
        if e.isCertain("units") {
            let want = Set(e.units.map(UnitName.normalize)), got = Set(t.units.map { UnitName.normalize($0.name) })
            s.units.truePositives += want.intersection(got).count
            s.units.falsePositives += got.subtracting(want).count
            s.units.falseNegatives += want.subtracting(got).count
            if want != got { s.differences.append("units     \(tag): want \(sorted(want)) got \(sorted(got))") }
        }
        if e.isCertain("leads") {
            let want = Set(e.leads.map(UnitName.normalize))
            let got = Set(t.units.filter { $0.role == .lead }.map { UnitName.normalize($0.name) })
            s.leads.add(want == got)
            if want != got { s.differences.append("leads     \(tag): want \(sorted(want)) got \(sorted(got))") }
        }
        if e.leader != nil || t.leader != nil {
            let want = Self.leaderSet(e.leader), got = Self.leaderSet(t.leader)
            s.leader.add(want == got)
            if want != got { s.differences.append("leader    \(tag): want \(e.leader ?? "nil") got \(t.leader ?? "nil")") }
        }
        if e.isCertain("deadline") {
            let want = TextFolding.key(e.deadline ?? ""), got = TextFolding.key(t.deadline.text ?? "")
            s.deadlineText.add(want == got)
            if want != got { s.differences.append("deadline  \(tag): want \(e.deadline ?? "nil") got \(t.deadline.text ?? "nil")") }
            let wantDue = e.due ?? "nil", gotDue = Self.due(t.deadline)
            s.due.add(wantDue == gotDue)
            if wantDue != gotDue { s.differences.append("due       \(tag): want \(wantDue) got \(gotDue)") }
        }
    }

    /// The first unused task whose text holds the expected start near its own start: a
    /// number left on the text is forgiven, two tasks run together are not.
    static func match(_ text: String, in tasks: [LedgerTask], excluding used: Set<Int>) -> Int? {
        let needle = Array(TextFolding.key(text).unicodeScalars)
        guard !needle.isEmpty else { return nil }
        for (i, t) in tasks.enumerated() where !used.contains(i) {
            let hay = Array(TextFolding.key(t.text).unicodeScalars.prefix(needle.count + 12))
            if contains(hay, needle) { return i }
        }
        return nil
    }

    private static func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    static func leaderSet(_ text: String?) -> Set<String> {
        guard let text else { return [] }
        return Set(TextFolding.fold(text).split(whereSeparator: { "、,;".contains($0) }).map { TextFolding.key(String($0)) })
    }

    /// The expected file's `due` for a deadline: a day, `ongoing`, `event`, or nil.
    static func due(_ d: Deadline) -> String {
        if let date = d.date { return date.iso }
        switch d.kind {
        case .ongoing: return "ongoing"
        case .event, .relative: return "event"
        case .date, .none: return "nil"
        }
    }

    private func sorted(_ s: Set<String>) -> String { s.sorted().joined(separator: "、") }
}
