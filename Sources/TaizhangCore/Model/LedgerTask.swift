/// One task of a plan, tracked to completion.
///
/// Named `LedgerTask` rather than `Task` so that it never shadows Swift's concurrency `Task`.
public struct LedgerTask: Sendable {
    public var id: TaskID
    public var plan: PlanID
    /// The deepest heading the task sits under.
    public var section: SectionID?
    /// The number as printed (`3`, `7.1`), nil when the plan printed none.
    public var number: String?
    /// Position in the plan, for stable ordering.
    public var ordinal: Int
    public var units: [UnitAssignment]
    /// The responsible leader (责任领导, 牵头市领导, 责任人) as written, when the plan names one.
    public var leader: String?
    public var deadline: Deadline
    public var status: TaskStatus
    /// What the import guessed and a coordinator should confirm.
    public var review: [ReviewFlag] {
        get { lazyReview?.flags ?? ownReview }
        set { ownReview = newValue; lazyReview = nil }
    }
    private var ownReview: [ReviewFlag]
    /// Set while the marks are still in the mapped snapshot, undecoded.
    private(set) var lazyReview: LazyReview?
    /// A coordinator confirmed what the import guessed.
    public var reviewed: Bool
    /// For recurring tasks: the due days of periods already done.
    public var periodsDone: [Day]
    /// When the unit finished: its report (报结), or the day it was set done without one.
    /// Decides whether the work was done on time; nil while the task is open.
    public var completedAt: Timestamp?
    /// Evidence given with reports (URLs, 文号, files), oldest first.
    public var evidence: [Evidence] = []
    /// Reports sent back, oldest first; the last one's reason is what the unit reads first.
    public var returns: [TaskReturn] = []
    /// Extension requests and their decisions, oldest first.
    public var extensions: [Extension] = []

    /// Text, unit cells, lines, notes and history: one reference, so that copying a task —
    /// which lists and filters do 100,000 times — retains one object, not nine.
    private var body: DetailsBody

    /// Set while the details are still in the mapped snapshot, undecoded.
    var details: TaskDetails? { body.lazy }

    /// The requirement (具体要求 / 工作任务).
    /// Read alone when still in the snapshot, and not kept: lists show it for every task.
    public var text: String {
        get { body.lazy == nil ? body.stored.text ?? "" : details(.text).text }
        set { mutableBody().stored.text = newValue }
    }

    /// The bureau's own measure (落实措施) in a two-level plan.
    public var measure: String? {
        get { body.lazy == nil ? body.stored.measure ?? nil : details(.measure).measure }
        set { mutableBody().stored.measure = .some(newValue) }
    }

    /// The unit cells as written, beside the parsed `units`.
    public var unitCells: [UnitCell] {
        get { body.lazy?.values.unitCells ?? body.stored.unitCells ?? [] }
        set { mutableBody().stored.unitCells = newValue }
    }

    /// Source lines the task was read from.
    public var lines: [Int] {
        get { body.lazy?.values.lines ?? body.stored.lines ?? [] }
        set { mutableBody().stored.lines = newValue }
    }

    /// Progress notes, oldest first.
    public var notes: [Note] {
        get { body.lazy?.values.notes ?? body.stored.notes ?? [] }
        set { mutableBody().stored.notes = newValue }
    }

    /// Every change, oldest first.
    public var history: [Change] {
        get { body.lazy?.values.history ?? body.stored.history ?? [] }
        set { mutableBody().stored.history = newValue }
    }

    /// The details in `fields` read at once, for a writer that shows several of them (the
    /// unit cells, lines, notes and history properties read and keep all of them). Members
    /// not asked for come back empty.
    func details(_ fields: TaskDetails.Fields) -> DetailsRead {
        guard let lazy = body.lazy else { return DetailsRead(body.stored) }
        var read = DetailsRead(lazy.values(fields))
        if lazy.complete { return read }
        // Version 1: only notes and history were left in the snapshot.
        let own = DetailsRead(body.stored)
        (read.text, read.measure, read.unitCells, read.lines) = (own.text, own.measure, own.unitCells, own.lines)
        return read
    }

    /// The text, measure and unit cells as JSON to copy through, when the task is still as
    /// loaded and they are already as the writer writes them (`VerbatimDetails`).
    func verbatimDetails() -> VerbatimDetails? { body.lazy?.verbatim() }

    /// The body, unshared and with the details taken out of the snapshot, before one changes.
    private mutating func mutableBody() -> DetailsBody {
        if !isKnownUniquelyReferenced(&body) { body = body.copy() }
        body.materialize()
        return body
    }

    /// Where this task's details or review marks could not be read, if anywhere.
    var detailProblem: JSONSyntaxError? { (body.lazy ?? body.damaged)?.values.problem ?? lazyReview?.problem }

    /// Keeps the marks in the snapshot until they are read.
    mutating func attach(_ review: LazyReview) {
        ownReview = []
        lazyReview = review
    }

    mutating func attach(_ details: TaskDetails) {
        if !isKnownUniquelyReferenced(&body) { body = body.copy() }
        body.lazy = details
        if details.complete { body.stored = TaskDetails.Values() } else { body.stored.notes = nil; body.stored.history = nil }
    }

    public init(id: TaskID, plan: PlanID, section: SectionID?, number: String?, ordinal: Int,
                text: String, measure: String? = nil, units: [UnitAssignment] = [],
                unitCells: [UnitCell] = [], leader: String? = nil, deadline: Deadline = .none, status: TaskStatus = .notStarted,
                notes: [Note] = [], history: [Change] = [], review: [ReviewFlag] = [],
                reviewed: Bool = false, lines: [Int] = [], periodsDone: [Day] = []) {
        self.id = id
        self.plan = plan
        self.section = section
        self.number = number
        self.ordinal = ordinal
        self.units = units
        self.leader = leader
        self.deadline = deadline
        self.status = status
        self.body = DetailsBody(TaskDetails.Values(text: text, measure: .some(measure), unitCells: unitCells,
                                                   lines: lines, notes: notes, history: history))
        self.ownReview = review
        self.reviewed = reviewed
        self.periodsDone = periodsDone
    }

    /// Flags still waiting for a coordinator.
    public var openReview: [ReviewFlag] { reviewed ? [] : review }
    /// `openReview` read for one use: marks still in the snapshot are not kept.
    var openReviewOnce: [ReviewFlag] { reviewed ? [] : lazyReview?.flagsOnce ?? review }
    /// Answered without decoding marks still in the snapshot (they are never an empty array).
    public var needsReview: Bool { !reviewed && (lazyReview != nil || !ownReview.isEmpty) }

    /// Sent back and not yet reported again: the unit's first job (its reason shown first).
    public var isReturned: Bool { !returns.isEmpty && status.isOpen && (completedAt == nil) }

    /// The extension request waiting for a coordinator, if any.
    public var pendingExtension: Extension? { extensions.last.flatMap { $0.isPending ? $0 : nil } }

    public var leadUnits: [UnitAssignment] { units.filter { $0.role == .lead } }

    /// The unit shown in one-line lists: the first lead, else the first unit.
    public var primaryUnit: String? { (leadUnits.first ?? units.first)?.name }

    /// Notes are kept in the order they were written, so the last is the latest.
    /// Read without the rest of the details, and not kept: lists show it for every task.
    public var lastNote: Note? { body.lazy == nil ? body.stored.notes?.last : details(.notes).notes.last }

    /// The last day anything happened to the task (a note or a change), for "stale".
    public var lastActivity: Timestamp? {
        if let kept = body.lazy?.lastActivity { return kept }
        return TaskDetails.lastActivity(notes: notes, history: history)
    }
}

extension LedgerTask: Hashable {
    /// Equal when everything a person can see is equal, however notes and history are held.
    public static func == (a: LedgerTask, b: LedgerTask) -> Bool {
        a.id == b.id && a.plan == b.plan && a.section == b.section && a.number == b.number && a.ordinal == b.ordinal
            && a.text == b.text && a.measure == b.measure && a.units == b.units && a.unitCells == b.unitCells
            && a.deadline == b.deadline && a.status == b.status && a.review == b.review && a.reviewed == b.reviewed
            && a.lines == b.lines && a.periodsDone == b.periodsDone && a.notes == b.notes && a.history == b.history
            && a.completedAt == b.completedAt && a.evidence == b.evidence && a.returns == b.returns
            && a.extensions == b.extensions
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(text)
        h.combine(status)
    }
}

/// A task's details, shared between copies of the task until one of them changes.
private final class DetailsBody: @unchecked Sendable {
    /// The details when decoded or built in memory.
    var stored: TaskDetails.Values
    /// Set while the details are still in the mapped snapshot, undecoded.
    var lazy: TaskDetails?
    /// Details that could not be read in full before the task changed: kept so that nothing
    /// writes the ledger over them (see `Ledger.detailProblems`).
    var damaged: TaskDetails?

    init(_ stored: TaskDetails.Values, lazy: TaskDetails? = nil, damaged: TaskDetails? = nil) {
        self.stored = stored
        self.lazy = lazy
        self.damaged = damaged
    }

    func copy() -> DetailsBody { DetailsBody(stored, lazy: lazy, damaged: damaged) }

    /// Takes the details out of the snapshot into `stored`.
    func materialize() {
        guard let lazy else { return }
        let v = lazy.values
        if let x = v.text { stored.text = x }
        if let x = v.measure { stored.measure = x }
        if let x = v.unitCells { stored.unitCells = x }
        if let x = v.lines { stored.lines = x }
        stored.notes = v.notes ?? []
        stored.history = v.history ?? []
        if v.problem != nil { damaged = lazy }
        self.lazy = nil
    }
}

/// A task's details as `LedgerTask.details(_:)` read them.
struct DetailsRead {
    var text: String
    var measure: String?
    var unitCells: [UnitCell]
    var lines: [Int]
    var notes: [Note]
    var history: [Change]

    init(_ v: TaskDetails.Values) {
        text = v.text ?? ""
        measure = v.measure ?? nil
        unitCells = v.unitCells ?? []
        lines = v.lines ?? []
        notes = v.notes ?? []
        history = v.history ?? []
    }
}
