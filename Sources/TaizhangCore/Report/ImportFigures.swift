/// The figures a coordinator checks first in an import's reading (the import preview's
/// summary): how many tasks, how many of them name their units, and what is left over.
public struct ImportFigures: Hashable, Sendable {
    public var tasks: Int
    /// Tasks with at least one unit read: a task without units is one nobody answers for.
    public var withUnits: Int
    /// Lines the importer could not place and nobody has resolved.
    public var fragments: Int
    public var warnings: Int

    public init(_ result: ImportResult) {
        let live = result.tasks.filter { $0.status != .cancelled }
        tasks = live.count
        withUnits = live.filter { !$0.units.isEmpty }.count
        fragments = result.plan.fragments.filter { !$0.resolved }.count
        warnings = result.plan.warnings.count
    }
}
