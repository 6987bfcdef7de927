/// Something the importer could not decide and guessed; the task stays "for review" until a
/// coordinator confirms or corrects it.
public struct ReviewFlag: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The year of the due date came from the title or text, not from the time limit.
        case yearGuessed = "year-guessed"
        /// A relative limit counted from an unknown or guessed publication day.
        case dateGuessed = "date-guessed"
        /// No responsible unit could be read.
        case unitsMissing = "units-missing"
        /// Units were attached by position in a scrambled or damaged document.
        case unitsGuessed = "units-guessed"
        /// Time limit attached by position in a scrambled document.
        case deadlineGuessed = "deadline-guessed"
        /// The task's section was inferred (scrambled order, heading lost).
        case sectionGuessed = "section-guessed"
        /// A trailing 等: more units than listed.
        case unitsOpen = "units-open"
        /// The task number was not printed, or was inferred.
        case numberGuessed = "number-guessed"
        /// The task's text may be incomplete or joined from fragments.
        case textGuessed = "text-guessed"
        /// No layout reader was confident: the task is the importer's best reading of a
        /// numbered item, its text, units and time limit all to be checked.
        case layoutGuessed = "layout-guessed"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
