import TaizhangCore

/// c on the import preview: first which table column, then what it holds
/// (`ColumnMeaning.allCases`, and for a corrected column "what its header says" again);
/// Enter reads the document again with it, Esc goes back a step.
struct ColumnMeaningChooser: Dialog {
    let columns: [ImportPreview.PreviewColumn]
    private(set) var column = 0
    /// The position in `choices` while a meaning is being chosen; nil while choosing the column.
    private(set) var meaning: Int?

    init(_ columns: [ImportPreview.PreviewColumn]) {
        self.columns = columns
    }

    var scopes: [KeyScope] { [.chooser, .dialog] }

    /// The meanings offered for the chosen column; nil stands for "as its header says".
    var choices: [ColumnMeaning?] {
        ColumnMeaning.allCases.map { $0 } + (columns[column].corrected ? [nil] : [])
    }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        if let m = meaning { meaning = DialogBox.move(m, command, count: choices.count) }
        else { column = DialogBox.move(column, command, count: columns.count) }
        switch command {
        case .cancel?:
            guard meaning != nil else { return .closeDialog }
            meaning = nil
        case .confirm?:
            guard let m = meaning else {
                meaning = ColumnMeaning.allCases.firstIndex(of: columns[column].meaning) ?? 0
                return .none
            }
            let chosen = choices[m]
            return chosen == columns[column].meaning ? .closeDialog : .correct(.column(column, chosen))
        default: break
        }
        return .none
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let labels: [String]
        let title: String
        if meaning == nil {
            title = s(.uiPreviewColumnsTitle)
            labels = columns.enumerated().map { i, c in
                "\(i + 1) " + c.header + " = " + s.columnMeaning(c.meaning) + (c.corrected ? "!" : "")
            }
        } else {
            let c = columns[column]
            title = s(.uiPreviewMeaningTitle, column + 1, c.header)
            labels = choices.map { m in
                guard let m else { return s(.uiPreviewByHeader) }
                return s.columnMeaning(m) + (m == c.meaning ? "  " + s(.uiCurrent) : "")
            }
        }
        let box = DialogBox(rows: labels.count, wanted: 52, size: context.size)
        box.draw(title: title, keys: DialogBox.keys(scopes, s), into: &buffer)
        box.drawChoices(labels, selected: meaning ?? column, into: &buffer)
        return nil
    }
}
