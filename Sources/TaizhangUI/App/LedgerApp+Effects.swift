import TaizhangCore

/// Effects: the only places the interface touches the store. Each runs when the runner
/// executes it and hands its result back through `receive`.
extension LedgerApp {
    /// Saves edits on top of what others saved since (the store refreshes `loaded` first),
    /// checked against the access policy; a refusal changes nothing and says why. Runs on its
    /// own thread, so that a save waiting for the ledger never freezes the screen; `save`'s
    /// flag gives the wait up.
    func commit(_ edits: [LedgerEdit], onto loaded: LoadedLedger, save: PendingSave) -> ProgramCommand<AppMessage> {
        let store = environment.store, policy = environment.policy, login = environment.login
        let strings = environment.strings, time = environment.clock(), cancel = save.cancel, id = save.id
        return .background {
            var view: LoadedLedger? = loaded
            do {
                let report = try store.commit(edits, by: login, at: time, onto: &view,
                                              authorize: { ledger, edit in try policy.check(edit, in: ledger, by: login) },
                                              cancelled: { cancel.isSet })
                return .committed(view ?? loaded, report, save: id)
            } catch StoreError.cancelled {
                return .saveFailed(save: id, "", cancelled: true)
            } catch let error as StoreError {
                return .saveFailed(save: id, error.message(strings), cancelled: false)
            } catch {
                return .saveFailed(save: id, ErrorText(strings: strings).message(error), cancelled: false)
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
                // A writer holding the ledger does not freeze the screen: it looks again later.
                let result = try env.store.refresh(&copy, timeout: 0.05)
                return .refreshed(copy, result)
            } catch StoreError.locked {
                return nil
            } catch {
                return .failed(env.strings(.uiReloadFailed, ErrorText(strings: env.strings).message(error)))
            }
        }
    }
}
