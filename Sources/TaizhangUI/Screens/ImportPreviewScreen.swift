import TaizhangCore

/// A coordinator's correction to the import preview's reading.
enum PreviewCorrection: Hashable {
    /// A line read as this kind; nil: as the importer reads it.
    case line(Int, LineKind?)
    /// A table column (0-based) holding this; nil: what its header says.
    case column(Int, ColumnMeaning?)
}

/// The import preview (`taizhang import --preview FILE`, or p on the review screen): every line
/// of a document with what the importer read it as, what it became and the text as written,
/// under a summary of the import and, for tables, what each column was taken to hold.
///
/// The coordinator corrects the reading here — a line's kind, a join to the task above, a
/// column's meaning — and each correction reads the document again at once
/// (`ImportPreview.correct`), so what is shown is always what i imports. Blank lines are left
/// out, as in `import --dry-run`; their numbers are the gaps.
struct ImportPreviewScreen: Screen {
    private(set) var preview: ImportPreview
    /// The corrections it opened with (kept with the plan by an earlier import): leaving loses
    /// only what differs from them.
    let opened: ImportCorrections
    private(set) var rows: [LineReading]
    private(set) var cursor = ListCursor()

    init(_ preview: ImportPreview, _ context: ScreenContext) {
        self.preview = preview
        opened = preview.corrections
        rows = Self.rows(preview)
        // Start on the first line that needs a look: a fragment, else the first line.
        if let first = rows.firstIndex(where: { $0.kind == .fragment }) {
            cursor.select(first, count: rows.count, height: Parts(self, context).listRows)
        }
    }

    static func rows(_ preview: ImportPreview) -> [LineReading] {
        preview.lines.filter { $0.kind != .blank }
    }

    var scopes: [KeyScope] { [.preview, .list] }

    func title(_ context: ScreenContext) -> String? { context.strings(.uiPreviewTitle, preview.fileName) }

    var selected: LineReading? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    /// Corrections made here that are not in the ledger yet.
    var unsaved: Int {
        let kinds = Set(preview.corrections.kinds.keys).union(opened.kinds.keys).filter { preview.corrections.kinds[$0] != opened.kinds[$0] }
        let columns = Set(preview.corrections.columns.keys).union(opened.columns.keys)
            .filter { preview.corrections.columns[$0] != opened.columns[$0] }
        return kinds.count + columns.count
    }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        let s = context.strings
        if cursor.navigate(command, count: rows.count, height: Parts(self, context).listRows) { return .none }
        switch command {
        case .chooseColumn:
            guard !preview.columns.isEmpty else { return .message(StatusMessage(.info, s(.uiPreviewNoColumns))) }
            return .openDialog(ColumnMeaningChooser(preview.columns))
        case .confirmImport:
            guard let result = preview.result, ImportFigures(result).tasks > 0 else {
                return .message(StatusMessage(.warning, s(.uiPreviewNothingToImport)))
            }
            let text = s(.uiPreviewImport, preview.fileName, ImportFigures(result).tasks)
            return .openDialog(ConfirmDialog(title: s(.uiPreviewImportTitle), text: text, action: .confirmImport(preview)))
        default: break
        }
        guard let line = selected else { return .none }
        switch command {
        case .open: return .openDialog(LineKindChooser(line))
        case .joinAbove:
            if line.kind != .join || !line.corrected { apply(.line(line.line, .join), context) }
        case .undoCorrection:
            guard preview.corrections.kinds[line.line] != nil else {
                return .message(StatusMessage(.info, s(.uiPreviewNoCorrection, line.line)))
            }
            apply(.line(line.line, nil), context)
        default: break
        }
        return .none
    }

    /// Applies a correction and reads the document again; the selection stays on its line.
    mutating func apply(_ correction: PreviewCorrection, _ context: ScreenContext) {
        switch correction {
        case let .line(n, kind): preview.correct(line: n, as: kind, ledger: context.ledger, strings: context.strings)
        case let .column(i, meaning): preview.correct(column: i, as: meaning, ledger: context.ledger, strings: context.strings)
        }
        reload(context)
    }

    /// The rows again after the reading changed, the same source line selected.
    private mutating func reload(_ context: ScreenContext) {
        let line = selected?.line
        rows = Self.rows(preview)
        let index = line.flatMap { n in rows.firstIndex { $0.line >= n } }
        cursor.reselect(index, count: rows.count, height: Parts(self, context).listRows)
    }

    /// The ledger changed under the preview (another import, a save): plan codes and
    /// re-import matches depend on it, so the document is read again, corrections kept.
    mutating func rebuild(_ context: ScreenContext) {
        preview = preview.readAgain(against: context.ledger, strings: context.strings)
        reload(context)
    }

    mutating func fit(_ context: ScreenContext) {
        cursor.clamp(count: rows.count, height: Parts(self, context).listRows)
    }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let hit = ListSearch.next(from: cursor.selected, count: rows.count, forward: forward) {
            SearchText.normalize(rows[$0].text + " " + rows[$0].detail).contains(needle)
        }
        guard let hit else { return false }
        cursor.select(hit, count: rows.count, height: Parts(self, context).listRows)
        return true
    }

    func confirmLeaving(_ command: AppCommand, _ context: ScreenContext) -> (any Dialog)? {
        let count = unsaved
        guard count > 0 else { return nil }
        let s = context.strings
        return ConfirmDialog(title: s(.uiPreviewLeaveTitle), text: s(.uiPreviewLeave, count), action: .leave(command))
    }
}
