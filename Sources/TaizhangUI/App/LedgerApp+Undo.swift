import TaizhangCore

/// U: takes back the person's last command or dialog, every field it changed, as `taizhang
/// undo` does (one `UndoPlan` for both).
extension LedgerApp {
    func undo(onto loaded: LoadedLedger) -> ProgramCommand<AppMessage> {
        let env = environment
        return .perform {
            var view: LoadedLedger? = loaded
            do {
                guard let plan = UndoPlan.last(in: try env.store.journalEntries(), by: env.login) else {
                    return .notice(StatusMessage(.info, env.strings(.undoNothing)))
                }
                _ = try env.store.commit(plan.edits, by: env.login, at: env.clock(), onto: &view, undoes: plan.command,
                                         authorize: { ledger, edit in
                    try env.policy.check(edit, in: ledger, by: env.login)
                })
                let what = HistoryText(strings: env.strings).describe(plan.entries)
                return .undone(view ?? loaded, StatusMessage(.success, env.strings(.uiUndone, what)))
            } catch {
                return .failed(env.strings(.uiRefused, ErrorText(strings: env.strings).message(error)))
            }
        }
    }
}
