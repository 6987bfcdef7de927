import Foundation
@testable import TaizhangCore

/// Imports a document written in the test, as a plan file would be.
func importText(_ text: String, name: String = "plan.txt", year: Int? = nil, corrections: ImportCorrections? = nil,
                ledger: Ledger = Ledger()) throws -> ImportResult {
    var options = ImportOptions(year: year, actor: "tester", now: Timestamp(seconds: 1_700_000_000))
    options.corrections = corrections
    return try PlanImporter.read(bytes: Array(text.utf8), fileName: name, options: options, ledger: ledger)
}

extension LedgerTask {
    /// "name/role" for every unit, in order.
    var unitRoles: [String] { units.map { "\($0.name)/\($0.role.rawValue)" } }
}
