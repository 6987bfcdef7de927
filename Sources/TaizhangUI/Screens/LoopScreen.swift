import TaizhangCore

/// 6: the 督办 loop (待审核). For a coordinator: reports waiting to be confirmed (c) or sent
/// back (x, with the reason), and extension requests to approve (c) or reject (x). For an
/// officer: their units' tasks that were sent back, first, with the reason; then what they
/// reported and what they asked for. Enter opens a task, with its evidence.
struct LoopScreen: Screen {
    enum Part: Hashable { case returned, reported, extensions }

    enum Row: Hashable {
        case heading(Part, count: Int)
        case task(Int, Part)
    }

    enum Key: Hashable {
        case heading(Part)
        case task(TaskID, Part)
    }

    private(set) var list: RowList<Row, Key>

    init(_ context: ScreenContext) {
        list = RowList(Self.rows(context))
    }

    static func key(_ row: Row, _ ledger: Ledger) -> Key {
        switch row {
        case .heading(let part, _): return .heading(part)
        case .task(let i, let part): return .task(ledger.tasks[i].id, part)
        }
    }

    /// Returned first (the officer's first job), then reports, then extension requests; an
    /// officer sees only the tasks of their units.
    static func rows(_ context: ScreenContext) -> [Row] {
        let ledger = context.ledger
        let mine: (Int) -> Bool
        if context.policy.isCoordinator(context.login) {
            mine = { _ in true }
        } else {
            let matchers = context.policy.units(of: context.login).map { UnitMatcher(ledger: ledger, query: $0) }
            mine = { i in matchers.contains { $0.matches(ledger.tasks[i]) } }
        }
        var parts: [Part: [Int]] = [:]
        for i in context.tasks {
            let t = ledger.tasks[i]
            guard t.isReturned || t.status == .reported || t.pendingExtension != nil, mine(i) else { continue }
            if t.isReturned { parts[.returned, default: []].append(i) }
            if t.status == .reported { parts[.reported, default: []].append(i) }
            if t.pendingExtension != nil { parts[.extensions, default: []].append(i) }
        }
        return [Part.returned, .reported, .extensions].flatMap { part -> [Row] in
            let tasks = parts[part] ?? []
            return [.heading(part, count: tasks.count)] + tasks.map { .task($0, part) }
        }
    }

    var scopes: [KeyScope] { [.loop, .tasks, .list] }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if list.navigate(command, height: context.layout.bodyRows) { return .none }
        guard case .task(let i, let part)? = list.selected else { return .none }
        let id = context.ledger.tasks[i].id
        switch (command, part) {
        case (.open, _): return .openTask(id)
        case (.accept, .reported): return .commit([.confirm(id)])
        case (.refuse, .reported): return .openDialog(ReasonEditor.sendBack(id, context.strings))
        case (.accept, .extensions): return .commit([.extensionDecision(id, approved: true, reason: nil)])
        case (.refuse, .extensions): return .openDialog(ReasonEditor.reject(id, context.strings))
        case (.accept, .returned), (.refuse, .returned): return .none
        default: return TaskActions.action(command, on: id, context)
        }
    }

    mutating func anchor(in ledger: Ledger) { list.anchor { Self.key($0, ledger) } }

    /// A confirmed or returned report leaves the list; the selection stays at the same place,
    /// on the next one to decide.
    mutating func rebuild(_ context: ScreenContext) {
        list.replace(with: Self.rows(context), height: context.layout.bodyRows) { Self.key($0, context.ledger) }
    }

    mutating func fit(_ context: ScreenContext) { list.fit(height: context.layout.bodyRows) }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        list.find(forward: forward, height: context.layout.bodyRows) {
            guard case .task(let i, _) = $0 else { return false }
            return SearchText.matches(context.ledger.tasks[i], needle, ledger: context.ledger)
        }
    }

    static func title(_ part: Part) -> Strings.Key {
        switch part {
        case .returned: return .uiLoopReturned
        case .reported: return .uiLoopReported
        case .extensions: return .uiLoopExtensions
        }
    }

    /// What the row's middle column says: the reason sent back, the evidence given, or the
    /// day asked for and why.
    static func detail(_ task: LedgerTask, _ part: Part, _ s: Strings) -> String {
        switch part {
        case .returned: return task.returns.last?.reason ?? ""
        case .reported:
            if let e = task.evidence.last { return e.kind.rawValue + ": " + e.text }
            return task.lastNote?.text ?? ""
        case .extensions:
            guard let e = task.pendingExtension else { return "" }
            return e.original.iso + " → " + e.to.iso + " " + e.reason
        }
    }
}

extension LoopScreen {
    static let detailWidth = 30

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let layout = context.layout
        let style = CellStyle(.underline, role: .muted)
        ListView.header(" " + s(.colID), layout: layout, into: &buffer)
        buffer.put(s(.colEvidence), row: layout.headerRow, col: 14, style: style)
        buffer.put(s(.colText), row: layout.headerRow, col: 15 + Self.detailWidth, style: style)
        ListView.draw(count: list.count, cursor: list.cursor, layout: layout, into: &buffer, empty: s(.uiLoopNone)) { buffer, index, row, selected in
            switch list.rows[index] {
            case .heading(let part, let count):
                let look: CellStyle = part == .returned && count > 0 ? CellStyle(.bold, role: .overdue) : CellStyle(.bold, role: .accent)
                buffer.put(s(Self.title(part), count), row: row, col: 1, style: selected ? CellStyle([.reverse, .bold]) : look)
            case .task(let i, let part):
                let task = context.ledger.tasks[i]
                buffer.put(TextFit.padded(task.id.rawValue, 10), row: row, col: 3, style: selected ? CellStyle([.reverse, .bold]) : .bold)
                let role: ColorRole? = part == .returned ? .overdue : (part == .reported ? .done : .dueSoon)
                buffer.put(TextFit.padded(Self.detail(task, part, s), Self.detailWidth), row: row, col: 14, style: .role(role ?? .muted))
                buffer.put(TextFit.line(task.text, buffer.cols - 16 - Self.detailWidth), row: row, col: 15 + Self.detailWidth)
            }
        }
    }
}
