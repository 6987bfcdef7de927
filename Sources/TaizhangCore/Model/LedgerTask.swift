/// One task of a plan, tracked to completion.
///
/// Named `LedgerTask` rather than `Task` so that it never shadows Swift's concurrency `Task`.
public struct LedgerTask: Hashable, Sendable {
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
    public var notes: [Note]
    public var history: [Change]
    public var review: [ReviewFlag]
    /// A coordinator confirmed what the import guessed.
    public var reviewed: Bool
    /// Source lines the task was read from.
    public var lines: [Int]
    /// For recurring tasks: the due days of periods already done.
    public var periodsDone: [Day]

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
        self.notes = notes
        self.history = history
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

    public var lastNote: Note? { notes.max { $0.at < $1.at } }

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
