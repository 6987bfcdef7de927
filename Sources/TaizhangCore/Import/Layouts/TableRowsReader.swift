/// One row of a table as a layout reader hands it over: its cells in order (possibly fewer
/// than the columns), where it came from, and which cells continue a merged cell above.
struct TableRow {
    var line: Int
    /// The source line as written, for the preamble.
    var text: String
    var cells: [String]
    /// Positions of cells covered by a vertical merge started above (office files).
    var continued: Set<Int> = []
}

/// Reads a table given as rows of cells, for every layout that has rows: `|` tables, tab
/// tables, and the tables of Word, Excel and CSV files. Rows before the header are the
/// preamble (and title candidates); the header gives the columns (`HeaderVocabulary`);
/// `TableAssembler` turns the rest into headings and tasks; loose text between rows is an
/// unplaced fragment, after the last row a closing remark.
struct TableRowsReader {
    let layoutName: String
    /// A coordinator's corrections to what the columns hold.
    var columns: [Int: ColumnMeaning] = [:]

    /// A table of projects and their targets (项目名称 | 责任单位 | 目标任务 | 完成情况), whose
    /// "requirement" column holds figures (1300人, 2所, 8950) while the name column before it
    /// names a project on each row: the name is the task and the figure its measure. Judged
    /// from the rows, since the same headers head columns of prose elsewhere.
    static func projectsWithTargets(_ roles: [ColumnRole], rows: ArraySlice<TableRow>) -> [ColumnRole] {
        guard let r = roles.firstIndex(of: .requirement), let g = roles[..<r].lastIndex(of: .group) else { return roles }
        // Rows with every cell, or all but a trailing one (an empty 备注 is often dropped).
        let full = rows.prefix(200).filter { $0.cells.count == roles.count || $0.cells.count == roles.count - 1 && r < roles.count - 1 }
        guard full.count >= 3 else { return roles }
        let words = TableAssembler.CellFeatures.words(in:)
        let figures = full.filter { row in
            let cell = row.cells[r]
            return words(cell) <= 2 && cell.unicodeScalars.contains { (0x30...0x39).contains($0.value) }
        }.count
        let named = full.filter { words($0.cells[g]) >= 4 }.count
        guard figures * 3 >= full.count * 2, named * 3 >= full.count * 2 else { return roles }
        var out = roles
        out[g] = .requirement
        out[r] = .measure
        return out
    }

    func read(_ rows: [TableRow]) -> PlanDraft {
        var draft = PlanDraft(layout: layoutName)
        var assembler: TableAssembler?
        var pending: [SourceLine] = [] // text after the table's rows: a remark, or a fragment
        for (index, row) in rows.enumerated() {
            // Taken out of the optional, not copied: a copy would share the draft's arrays, and
            // every row added would copy them all (quadratic in rows).
            guard var table = assembler.take() else {
                if var roles = HeaderVocabulary.roles(row.cells, corrected: columns) {
                    if columns.isEmpty { roles = Self.projectsWithTargets(roles, rows: rows[(index + 1)...]) }
                    draft.columns = row.cells
                    draft.preamble.append(SourceLine(line: row.line, text: row.text))
                    assembler = TableAssembler(roles: roles, draft: draft)
                } else {
                    draft.preamble.append(SourceLine(line: row.line, text: row.text))
                    draft.titles.append(contentsOf: row.cells.filter(PlanMetadata.isTitleLike))
                }
                continue
            }
            if row.cells == table.draft.columns {
                // The header again, repeated at a page break.
                table.draft.preamble.append(SourceLine(line: row.line, text: row.text))
                assembler = table
                continue
            }
            if isLooseText(row.cells) {
                pending.append(SourceLine(line: row.line, text: TextFolding.trim(MarkupStripper.strip(row.text))))
                assembler = table
                continue
            }
            flush(&pending, into: &table, asFragments: true)
            table.add(cellsToAssemble(row, columns: table.roles), line: row.line)
            assembler = table
        }
        guard var table = assembler else {
            draft.warnings.append(ImportWarning(line: nil, message: "no table header row found"))
            return draft
        }
        flush(&pending, into: &table, asFragments: false)
        return table.draft
    }

    /// A merged cell's continuation reads like an omitted cell (the assembler carries the value
    /// down) in the columns that merge downwards; elsewhere it keeps the merged text.
    private func cellsToAssemble(_ row: TableRow, columns: [ColumnRole]) -> [String] {
        guard !row.continued.isEmpty else { return row.cells }
        let aligned = row.cells.count == columns.count
        return row.cells.enumerated().map { i, cell in
            guard row.continued.contains(i) else { return cell }
            return aligned && !columns[i].carriesDown ? cell : ""
        }
    }

    /// A line that is not a table row: one cell of text that is not a heading — alone on its
    /// line, or (a spreadsheet saved as CSV, which loses merges) in the first column with the
    /// rest empty and too long to be a group's title.
    private func isLooseText(_ row: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        guard filled.count == 1 else { return false }
        if let h = HeadingParser.parse(filled[0]), HeadingParser.isHeadingSized(h.title) { return false }
        return row.count == 1 || (!row[0].isEmpty && !HeadingParser.isHeadingSized(row[0]))
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
}
