/// Reassigning a task's units from a cell written as in a plan.
extension LedgerTask {
    /// The edit that replaces the units of one level with those `written` names
    /// ("A牵头,B、C配合"), keeping the other level's units and every cell as written.
    public func replacingUnits(written: String, level: UnitLevel) -> LedgerEdit {
        let parsed = UnitParser().parse(written, level: level)
        let keptUnits = units.filter { $0.level != level }
        let keptCells = unitCells.filter { $0.level != level }
        return .units(id, cells: keptCells + [parsed.cell], units: keptUnits + parsed.units)
    }
}
