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
    /// The requirement (具体要求 / 工作任务).
    public var text: String
    /// The bureau's own measure (落实措施) in a two-level plan.
    public var measure: String?
    public var units: [UnitAssignment]
    public var unitCells: [UnitCell]
    public var deadline: Deadline
    public var status: TaskStatus
    public var review: [ReviewFlag]
    /// A coordinator confirmed what the import guessed.
    public var reviewed: Bool
    /// Source lines the task was read from.
    public var lines: [Int]
    /// For recurring tasks: the due days of periods already done.
    public var periodsDone: [Day]

    private var storedNotes: [Note]
    private var storedHistory: [Change]
    /// Set when the notes and history are still in the snapshot, undecoded.
    private(set) var log: TaskLog?
    /// A log that could not be read in full before the task changed: kept so that nothing
    /// writes the ledger over it (see `Ledger.logProblems`).
    private(set) var damagedLog: TaskLog?

    /// Progress notes, oldest first.
    public var notes: [Note] {
        get { log?.notes ?? storedNotes }
        set { materializeLog(); storedNotes = newValue }
    }

    /// Every change, oldest first.
    public var history: [Change] {
        get { log?.history ?? storedHistory }
        set { materializeLog(); storedHistory = newValue }
    }

    /// Takes the notes and history out of the snapshot before they change.
    private mutating func materializeLog() {
        guard let log else { return }
        storedNotes = log.notes
        storedHistory = log.history
        if log.problem != nil { damagedLog = log }
        self.log = nil
    }

    /// Where this task's notes or history could not be read, if anywhere.
    var logProblem: JSONSyntaxError? { (log ?? damagedLog)?.problem }

    mutating func attach(_ log: TaskLog) {
        self.log = log
        storedNotes = []
        storedHistory = []
    }

    public init(id: TaskID, plan: PlanID, section: SectionID?, number: String?, ordinal: Int,
                text: String, measure: String? = nil, units: [UnitAssignment] = [],
                unitCells: [UnitCell] = [], deadline: Deadline = .none, status: TaskStatus = .notStarted,
                notes: [Note] = [], history: [Change] = [], review: [ReviewFlag] = [],
                reviewed: Bool = false, lines: [Int] = [], periodsDone: [Day] = []) {
        self.id = id
        self.plan = plan
        self.section = section
        self.number = number
        self.ordinal = ordinal
        self.text = text
        self.measure = measure
        self.units = units
        self.unitCells = unitCells
        self.deadline = deadline
        self.status = status
        self.storedNotes = notes
        self.storedHistory = history
        self.log = nil
        self.damagedLog = nil
        self.review = review
        self.reviewed = reviewed
        self.lines = lines
        self.periodsDone = periodsDone
    }

    /// Flags still waiting for a coordinator.
    public var openReview: [ReviewFlag] { reviewed ? [] : review }
    public var needsReview: Bool { !reviewed && !review.isEmpty }

    public var leadUnits: [UnitAssignment] { units.filter { $0.role == .lead } }

    /// The unit shown in one-line lists: the first lead, else the first unit.
    public var primaryUnit: String? { (leadUnits.first ?? units.first)?.name }

    /// Notes are kept in the order they were written, so the last is the latest.
    public var lastNote: Note? { notes.last }

    /// The last day anything happened to the task (a note or a change), for "stale".
    public var lastActivity: Timestamp? {
        let n = notes.last?.at
        let h = history.last?.at
        switch (n, h) {
        case let (a?, b?): return max(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}

extension LedgerTask: Hashable {
    /// Equal when everything a person can see is equal, however notes and history are held.
    public static func == (a: LedgerTask, b: LedgerTask) -> Bool {
        a.id == b.id && a.plan == b.plan && a.section == b.section && a.number == b.number && a.ordinal == b.ordinal
            && a.text == b.text && a.measure == b.measure && a.units == b.units && a.unitCells == b.unitCells
            && a.deadline == b.deadline && a.status == b.status && a.review == b.review && a.reviewed == b.reviewed
            && a.lines == b.lines && a.periodsDone == b.periodsDone && a.notes == b.notes && a.history == b.history
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(text)
        h.combine(status)
    }
}
