/// Reads tables whose columns are separated by white space, as a web page's table becomes
/// when its cells are copied as text: "序号 工 作 任 务 牵头负责部门" then "1 居民消费价格涨幅3%左右
/// 发展改革委".
///
/// Spaces also fall inside cells (a wrapped cell, 工 作 任 务 spaced out), and merged cells
/// leave none at all, so a row's words are laid onto the columns by content: every way of
/// cutting the words into consecutive runs, one run (or none) per column, is scored by how
/// well each run fits its column (`TableAssembler.fit`), and the best wins.
struct SpaceTableReader {
    let layoutName = "space-table"
    var columns: [Int: ColumnMeaning] = [:]

    /// The header: the first line whose words read as column names — the whole line, or its
    /// end from 序号 on when a repost ran the notice and the table's header together
    /// ("…2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位").
    func header(_ text: SourceText) -> (index: Int, cells: [String])? {
        for (i, line) in text.lines.enumerated() {
            guard !line.text.contains("\t"), !line.text.contains("|") else { continue }
            var words = Self.words(line.text)
            if words.count > 40 || Self.headerCells(words) == nil, let k = words.lastIndex(of: "序号"), k > 0 { words = Array(words[k...]) }
            guard words.count >= 3, words.count <= 40, let cells = Self.headerCells(words),
                  HeaderVocabulary.roles(cells, corrected: columns) != nil else { continue }
            return (i, cells)
        }
        return nil
    }

    func read(_ text: SourceText) -> PlanDraft {
        guard let (h, headerCells) = header(text), let roles = HeaderVocabulary.roles(headerCells, corrected: columns) else {
            var draft = PlanDraft(layout: layoutName)
            draft.warnings.append(ImportWarning(line: nil, message: "no table header found"))
            return draft
        }
        var rows: [TableRow] = []
        for (i, line) in text.lines.enumerated() {
            let raw = TextFolding.trim(MarkupStripper.strip(line.text))
            guard !raw.isEmpty else { continue }
            if i < h { rows.append(TableRow(line: line.line, text: line.text, cells: [raw])); continue }
            if i == h { rows.append(TableRow(line: line.line, text: line.text, cells: headerCells)); continue }
            let words = Self.words(raw)
            let cells = words.count >= 2 ? Self.lay(words, onto: roles) : [raw]
            rows.append(TableRow(line: line.line, text: line.text, cells: cells))
        }
        return TableRowsReader(layoutName: layoutName, columns: columns).read(rows)
    }

    static func words(_ line: String) -> [String] {
        TextFolding.trim(MarkupStripper.strip(line)).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" })
            .map(String.init)
    }

    /// Header words, joining spaced-out characters ("工 作 任 务" → 工作任务); nil when the line
    /// holds a word that is no header word, nor becomes one joined with the words after it.
    static func headerCells(_ words: [String]) -> [String]? {
        var cells: [String] = [], i = 0
        while i < words.count {
            if words[i].count > 1, HeaderVocabulary.role(of: words[i]) != nil { cells.append(words[i]); i += 1; continue }
            // The longest run of spaced-out characters that reads as a header word: 工 作 任 务.
            var joined = words[i], j = i + 1, longest: (String, Int)?
            while j < words.count, j - i < 8, words[j].count == 1, words[i].count == 1 {
                joined += words[j]
                j += 1
                if HeaderVocabulary.role(of: joined) != nil { longest = (joined, j) }
            }
            if let (word, end) = longest { cells.append(word); i = end; continue }
            guard words[i].count <= 6 else { return nil }
            cells.append(words[i]) // a column name the vocabulary does not know (类别)
            i += 1
        }
        return cells
    }

    /// The words of a row laid onto the columns: consecutive runs, one per column or none.
    static func lay(_ words: [String], onto roles: [ColumnRole]) -> [String] {
        let n = words.count, m = roles.count
        // best[i][j]: the best score laying words i..< onto columns j..<.
        var best = Array(repeating: Array(repeating: -Double.infinity, count: m + 1), count: n + 1)
        var take = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        best[n] = Array(repeating: 0, count: m + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                // No run for this column: a merged or empty cell.
                var score = best[i][j + 1] + (roles[j] == .requirement ? -6 : -0.5)
                var choice = 0
                var joined = ""
                for k in i..<min(n, i + 40) {
                    joined += (k == i ? "" : " ") + words[k]
                    let run = k - i + 1
                    let spread = roles[j] == .requirement || roles[j] == .measure || roles[j] == .group ? 0 : 0.7 * Double(run - 1)
                    let s = TableAssembler.fit(joined, roles[j]) - spread + best[k + 1][j + 1]
                    if s > score { score = s; choice = run }
                }
                best[i][j] = score
                take[i][j] = choice
            }
        }
        var cells: [String] = [], i = 0
        for j in 0..<m {
            let run = i < n ? take[i][j] : 0
            cells.append(words[i..<i + run].joined(separator: " "))
            i += run
        }
        if i < n { cells[m - 1] += " " + words[i...].joined(separator: " ") }
        return cells
    }
}
