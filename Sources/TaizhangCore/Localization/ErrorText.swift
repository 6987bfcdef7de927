/// Errors in the reader's language, each naming the file, line or field it is about.
///
/// The error types keep their English `description` for logs and tests; what a person reads
/// comes from here, through the strings table.
public struct ErrorText: Sendable {
    public let strings: Strings

    public init(strings: Strings) { self.strings = strings }

    public func message(_ error: Error) -> String {
        let s = strings
        switch error {
        case let e as StoreError: return e.message(s)
        case let e as RestoreError: return e.message(s)
        case let e as EditError: return edit(e)
        case let e as AccessDenied: return s(.accessDenied, e.login, e.kind.map(reason) ?? e.reason)
        case let e as ImportError:
            if case let .unreadable(file, why) = e { return s(.importUnreadable, file, why) }
            return e.message(s)
        case let e as ConfigError: return e.message(s)
        case let e as LoopError: return e.message(s)
        default: return String(describing: error)
        }
    }

    func edit(_ e: EditError) -> String {
        switch e {
        case .unknownTask(let id): return strings(.editUnknownTask, id.rawValue)
        case .unknownPlan(let id): return strings(.editUnknownPlan, id.rawValue)
        case .invalid(let why): return why
        case .emptyNote: return strings(.uiNoteEmpty)
        case let .noFragment(plan, line): return strings(.editNoFragment, plan.rawValue, line)
        case .selfMerge: return strings(.editSelfMerge)
        }
    }

    func reason(_ kind: AccessDenied.Kind) -> String {
        switch kind {
        case .notListed(let file): return strings(.accessNotListed, file)
        case let .notOwnTask(id, units): return strings(.accessNotOwnTask, id.rawValue, units.joined(separator: "、"))
        case .coordinatorsOnly(let field): return strings(.accessCoordinatorsOnly, HistoryText(strings: strings).field(field))
        case .coordinatorsOnlyAction(let action): return strings(.accessCoordinatorsOnlyAction, action.words(strings))
        }
    }
}

extension CoordinatorAction {
    /// What is refused, in the reader's language.
    func words(_ s: Strings) -> String {
        switch self {
        case .importPlans: return s(.accessActionImport)
        case .changeAccess: return s(.accessActionAccess)
        case .changeSettings: return s(.accessActionSettings)
        case .compact: return s(.accessActionCompact)
        case .restore: return s(.accessActionRestore)
        }
    }
}
