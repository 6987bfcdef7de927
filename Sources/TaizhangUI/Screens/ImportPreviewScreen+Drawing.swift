import TaizhangCore

extension ImportPreviewScreen {
    /// Where the parts of the preview go for a window: the summary and the table's columns on
    /// top, the column titles, the lines, and at the bottom the selected line in full.
    /// Computed from the window and the reading, never stored.
    struct Parts {
        let top: [StyledLine]
        let headerRow: Int
        let listTop: Int
        let listRows: Int
        let detailRule: Int
        let detailRows: Int

        init(_ screen: ImportPreviewScreen, _ context: ScreenContext) {
            let layout = context.layout
            let tall = context.size.rows >= 30
            top = Self.summary(screen, context, rows: tall ? 5 : 3) + Self.columns(screen, context, rows: tall ? 3 : 2)
            headerRow = layout.headerRow + top.count
            listTop = headerRow + 1
            detailRows = tall ? 3 : 2
            detailRule = layout.statusRow - detailRows - 1
            listRows = max(detailRule - listTop, 1)
        }

        /// The import's figures, or why nothing reads as a task (wrapped, at most `rows` rows).
        static func summary(_ screen: ImportPreviewScreen, _ context: ScreenContext, rows: Int) -> [StyledLine] {
            let s = context.strings
            let preview = screen.preview
            let corrected = preview.corrections.kinds.count + preview.corrections.columns.count
            let suffix = corrected > 0 ? s(.uiPreviewCorrected, corrected) : ""
            guard let result = preview.result else {
                let text = (preview.failure ?? s(.uiPreviewNoReading)) + suffix
                return capped(StyledLine.wrapped(text, width: context.size.cols - 1, indent: 1, style: CellStyle(.bold, role: .flagged)),
                              rows, width: context.size.cols - 1)
            }
            let f = ImportFigures(result)
            return [StyledLine(" " + s(.uiPreviewSummary, f.tasks, f.withUnits, f.fragments, f.warnings) + suffix, style: .bold)]
        }

        /// For tables, each column as `2 工作任务=分组(工作任务)`, `!` when corrected.
        static func columns(_ screen: ImportPreviewScreen, _ context: ScreenContext, rows: Int) -> [StyledLine] {
            let columns = screen.preview.columns
            guard !columns.isEmpty else { return [] }
            let s = context.strings
            let items = columns.enumerated().map { i, c in
                "\(i + 1) " + VisibleText.sanitize(c.header) + "=" + s.columnMeaning(c.meaning) + (c.corrected ? "!" : "")
            }
            let labelled = [s(.uiPreviewColumns) + items[0]] + items.dropFirst()
            return capped(packed(labelled, width: context.size.cols - 1), rows, width: context.size.cols - 1)
        }

        /// Items side by side, a new line where the next does not fit (an item longer than a
        /// line is cut): a column's header and meaning stay together.
        static func packed(_ items: [String], width: Int) -> [StyledLine] {
            var lines: [String] = []
            var line = ""
            for item in items {
                let next = line.isEmpty ? " " + item : line + "  " + item
                if DisplayWidth.width(next) <= width || line.isEmpty { line = next; continue }
                lines.append(line)
                line = " " + item
            }
            if !line.isEmpty { lines.append(line) }
            return lines.map { StyledLine(TextFit.line($0, width), style: .role(.accent)) }
        }

        /// At most `rows` lines, the last one ending in `…` when some were left out.
        static func capped(_ lines: [StyledLine], _ rows: Int, width: Int) -> [StyledLine] {
            guard lines.count > rows else { return lines }
            var out = Array(lines.prefix(rows))
            let last = out[rows - 1]
            let text = last.pieces.map(\.text).joined()
            out[rows - 1] = StyledLine(TextFit.line(text + "……", width), style: last.pieces.first?.style ?? .plain)
            return out
        }
    }

    /// The columns of a line's row, in display columns.
    struct RowColumns {
        let number: Int
        let kind: Int
        let kindWidth: Int
        let detail: Int
        let detailWidth: Int
        let text: Int

        init(_ rows: [LineReading], _ context: ScreenContext) {
            let numberWidth = max(3, String(rows.last?.line ?? 0).count, DisplayWidth.width(context.strings(.colLine)))
            number = 1
            kind = number + numberWidth + 1
            kindWidth = LineKind.allCases.map { DisplayWidth.width(context.strings.lineKind($0)) }.max()! + 1
            detail = kind + kindWidth + 1
            detailWidth = min(34, max(10, (context.size.cols - detail) / 3))
            text = detail + detailWidth + 1
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let parts = Parts(self, context)
        for (i, line) in parts.top.enumerated() {
            line.draw(into: &buffer, row: context.layout.headerRow + i, col: 0, width: buffer.cols)
        }
        let cols = RowColumns(rows, context)
        let header = CellStyle(.underline, role: .muted)
        buffer.put(TextFit.right(s(.colLine), cols.kind - 2), row: parts.headerRow, col: cols.number, style: header)
        buffer.put(s(.colReadAs), row: parts.headerRow, col: cols.kind, style: header)
        buffer.put(s(.colReadInto), row: parts.headerRow, col: cols.detail, style: header)
        buffer.put(s(.colAsWritten), row: parts.headerRow, col: cols.text, style: header)
        let area = ListView.Area(top: parts.listTop, rows: parts.listRows)
        ListView.draw(count: rows.count, cursor: cursor, area: area, into: &buffer, empty: s(.uiPreviewNoReading)) { buffer, index, row, selected in
            drawRow(rows[index], row: row, selected: selected, cols, into: &buffer, s)
        }
        drawSelected(parts, context, into: &buffer)
    }

    private func drawRow(_ r: LineReading, row: Int, selected: Bool, _ cols: RowColumns, into buffer: inout ScreenBuffer, _ s: Strings) {
        let numberStyle = selected ? CellStyle([.reverse, .bold]) : CellStyle.bold
        buffer.put(TextFit.right(String(r.line), cols.kind - 2), row: row, col: cols.number, style: numberStyle)
        buffer.put(TextFit.padded(LineKindLook.label(r.kind, corrected: r.corrected, s), cols.kindWidth), row: row, col: cols.kind,
                   style: LineKindLook.style(r.kind))
        let detailStyle: CellStyle = r.kind == .fragment ? .role(.flagged) : .plain
        buffer.put(TextFit.padded(r.detail, cols.detailWidth), row: row, col: cols.detail, style: detailStyle)
        buffer.put(TextFit.line(TextFolding.trim(r.text), buffer.cols - cols.text), row: row, col: cols.text)
    }

    /// The selected line in full below the list: what it became, the import's warnings about
    /// it, then the text as written.
    private func drawSelected(_ parts: Parts, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let s = context.strings
        buffer.hline(row: parts.detailRule, style: .role(.muted))
        guard let r = selected else { return }
        let label = " " + s(.uiLines, r.line) + " · " + LineKindLook.label(r.kind, corrected: r.corrected, s) + " "
        buffer.put(label, row: parts.detailRule, col: 2, style: LineKindLook.style(r.kind))
        let width = buffer.cols - 1
        var lines = r.detail.isEmpty ? [] : StyledLine.wrapped(r.detail, width: width, indent: 1, style: .role(.muted))
        for w in preview.result?.plan.warnings ?? [] where w.line == r.line {
            lines += StyledLine.wrapped(s(.importWarning) + ": " + w.message, width: width, indent: 1, style: .role(.flagged))
        }
        lines += StyledLine.wrapped(TextFolding.trim(r.text), width: width, indent: 1)
        for (i, line) in Parts.capped(lines, parts.detailRows, width: width).enumerated() {
            line.draw(into: &buffer, row: parts.detailRule + 1 + i, col: 0, width: buffer.cols)
        }
    }
}
