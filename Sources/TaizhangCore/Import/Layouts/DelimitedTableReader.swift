/// Reads tables whose cells are separated on one line: `|` tables (merged cells omitted)
/// and tab-separated tables (continuation rows with an empty first cell, rows wrapped in
/// `<p>` tags).
struct DelimitedTableReader {
    enum Separator: String {
        case pipe = "|"
        case tab = "\t"
    }

    let separator: Separator

    var layoutName: String { separator == .pipe ? "pipe-table" : "tab-table" }

    /// How much of the document is such a table (0 … 1): the share of text lines holding the
    /// separator, when a header row exists.
    func score(_ text: SourceText) -> Double {
        let lines = text.nonBlank
        guard lines.count >= 3 else { return 0 }
        let rows = lines.filter { fold($0.text).contains(separator.rawValue) }
        guard rows.count >= 3, rows.contains(where: { HeaderVocabulary.roles(cells($0.text)) != nil }) else { return 0 }
        return Double(rows.count) / Double(lines.count)
    }

    func read(_ text: SourceText) -> PlanDraft {
        var draft = PlanDraft(layout: layoutName)
        var assembler: TableAssembler?
        var pending: [SourceLine] = [] // text after the table's rows: a remark, or a fragment
        for line in text.lines {
            let raw = TextFolding.trim(MarkupStripper.strip(line.text))
            guard !raw.isEmpty else { continue }
            let row = fold(raw).contains(separator.rawValue) ? cells(raw) : [raw]
            if row.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-:=".contains($0) } }) { continue } // |---|---|
            guard var table = assembler else {
                if let roles = HeaderVocabulary.roles(row) {
                    draft.columns = row
                    draft.preamble.append(SourceLine(line: line.line, text: line.text))
                    assembler = TableAssembler(roles: roles, draft: draft)
                } else {
                    draft.preamble.append(SourceLine(line: line.line, text: line.text))
                    draft.titles.append(contentsOf: row.filter(PlanMetadata.isTitleLike))
                }
                continue
            }
            if isLooseText(row) {
                pending.append(SourceLine(line: line.line, text: raw))
                continue
            }
            flush(&pending, into: &table, asFragments: true)
            table.add(row, line: line.line)
            assembler = table
        }
        guard var table = assembler else {
            draft.warnings.append(ImportWarning(line: nil, message: "no table header row found"))
            return draft
        }
        flush(&pending, into: &table, asFragments: false)
        return table.draft
    }

    /// A line that is not a table row: one cell of text that is not a heading.
    private func isLooseText(_ row: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        guard filled.count == 1 else { return false }
        if let h = HeadingParser.parse(filled[0]), HeadingParser.isHeadingSized(h.title) { return false }
        return row.count == 1
    }

    /// Loose text between rows cannot be placed; after the last row it is a closing remark.
    private func flush(_ pending: inout [SourceLine], into table: inout TableAssembler, asFragments: Bool) {
        for p in pending {
            if asFragments {
                table.draft.fragments.append(Fragment(line: p.line, text: p.text, reason: "text between table rows"))
            } else {
                table.draft.preamble.append(p)
            }
        }
        pending.removeAll()
    }

    func cells(_ line: String) -> [String] {
        let folded = fold(line)
        var parts = splitOriginal(line)
        if separator == .pipe {
            if folded.hasPrefix("|"), parts.first?.isEmpty == true { parts.removeFirst() }
            if folded.hasSuffix("|"), parts.last?.isEmpty == true { parts.removeLast() }
        }
        return parts.map { TextFolding.trim(MarkupStripper.strip($0)) }
    }

    private func fold(_ s: String) -> String {
        separator == .pipe ? s.replacingOccurrences(of: "｜", with: "|") : s
    }

    /// Splits at the separator, keeping each cell's text as written.
    private func splitOriginal(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in line {
            if String(c) == separator.rawValue || (separator == .pipe && c == "｜") {
                out.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        out.append(current)
        return out.map { TextFolding.trim($0) }
    }
}
