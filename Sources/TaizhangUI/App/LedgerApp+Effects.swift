import TaizhangCore

/// Effects: the only places the interface touches the store. Each runs when the runner
/// executes it and hands its result back through `receive`.
extension LedgerApp {
    /// Saves edits on top of what others saved since (the store refreshes `loaded` first),
    /// checked against the access policy; a refusal changes nothing and says why.
    func commit(_ edits: [LedgerEdit], onto loaded: LoadedLedger) -> ProgramCommand<AppMessage> {
        let env = environment
        return .perform {
            var view: LoadedLedger? = loaded
            do {
                let report = try env.store.commit(edits, by: env.login, at: env.clock(), onto: &view) { ledger, edit in
                    try env.policy.check(edit, in: ledger, by: env.login)
                }
                return .committed(view ?? loaded, report)
            } catch {
                return .failed(env.strings(.uiRefused, ErrorText(strings: env.strings).message(error)))
            }
        }
    }

    /// Reads what other processes saved, if anything changed. With `drain`, first empties the
    /// watcher's descriptor, which otherwise stays readable and wakes the loop forever.
    func refresh(_ loaded: LoadedLedger, drain: Bool) -> ProgramCommand<AppMessage> {
        let env = environment
        return .perform {
            if drain { env.watcher?.drain() }
            guard env.store.hasChanged(since: loaded) else { return nil }
            var copy = loaded
            do {
                let result = try env.store.refresh(&copy)
                return .refreshed(copy, result)
            } catch {
                return .failed(env.strings(.uiReloadFailed, ErrorText(strings: env.strings).message(error)))
            }
        }
    }
}
