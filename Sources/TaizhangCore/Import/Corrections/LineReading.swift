/// One source line with what the import read it as: for `import --dry-run` and the import
/// preview screen, where a coordinator checks the reading line by line and corrects it.
public struct LineReading: Hashable, Sendable {
    public var line: Int
    /// The line as written.
    public var text: String
    public var kind: LineKind
    /// What it became: the task's id, the heading's marker, the units read, the reason a
    /// fragment could not be placed.
    public var detail: String
    /// The coordinator gave this line its kind.
    public var corrected: Bool

    /// Every line of an import, in order.
    public static func lines(of result: ImportResult) -> [LineReading] {
        let plan = result.plan
        var byLine: [Int: (LineKind, String)] = [:]
        for line in plan.source.blankLines { byLine[line] = (.blank, "") }
        for p in plan.preamble { byLine[p.line] = (.preamble, "") }
        for f in plan.fragments { byLine[f.line] = (.fragment, f.reason) }
        for s in plan.sections {
            for l in s.lines { byLine[l] = (.heading, ([s.marker, s.title].filter { !$0.isEmpty }).joined(separator: " ")) }
        }
        // A line may hold a run-in heading and several tasks: it reads as a task, and says all.
        for t in result.tasks {
            for (k, l) in t.lines.sorted().enumerated() {
                let here: (LineKind, String) = k == 0 ? (.task, summary(t)) : (part(of: t, line: result.text(l)), t.id.rawValue)
                if let (kind, detail) = byLine[l], kind == .task || kind == .heading {
                    byLine[l] = (here.0 == .task ? .task : kind, detail + " | " + here.1)
                } else {
                    byLine[l] = here
                }
            }
        }
        let titleKey = TextFolding.key(plan.title)
        return result.sourceLines.enumerated().map { i, text in
            let line = i + 1
            var (kind, detail) = byLine[line] ?? (.fragment, "")
            if kind == .preamble, !titleKey.isEmpty, TextFolding.key(text).contains(titleKey) { kind = .title }
            return LineReading(line: line, text: text, kind: kind, detail: detail, corrected: plan.corrections.kinds[line] != nil)
        }
    }

    /// A task's id, units and time limit in a few words.
    static func summary(_ t: LedgerTask) -> String {
        var parts = [t.id.rawValue]
        if !t.units.isEmpty {
            parts.append(t.units.map { $0.role == .lead ? $0.name + "*" : $0.name }.joined(separator: "、"))
        }
        if let limit = t.deadline.text { parts.append(limit) }
        if let leader = t.leader { parts.append(leader) }
        return parts.joined(separator: " · ")
    }

    /// What a task's later line holds: its units, time limit or leader, else more of its text.
    static func part(of t: LedgerTask, line text: String) -> LineKind {
        let key = TextFolding.key(text)
        if t.unitCells.contains(where: { !$0.written.isEmpty && key.contains(TextFolding.key($0.written)) }) { return .units }
        if let d = t.deadline.text, !d.isEmpty, key.contains(TextFolding.key(d)) { return .deadline }
        if let l = t.leader, key.contains(TextFolding.key(l)) { return .leader }
        return .join
    }
}

extension ImportResult {
    /// Source line `n` (from 1), or "".
    func text(_ n: Int) -> String { n >= 1 && n <= sourceLines.count ? sourceLines[n - 1] : "" }
}
