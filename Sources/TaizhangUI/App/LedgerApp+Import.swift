import TaizhangCore

/// The import preview's part of the program: leaving it (asking first when corrections would
/// be lost), its corrections, and its two effects — reading a plan's kept document again, and
/// the import itself, done as `taizhang import` does it (coordinators only, under the store's
/// lock, the document's copy kept beside the store).
extension LedgerApp {
    /// The dialog to show before `command` takes away a screen that holds unsaved work: the
    /// current screen for q and Esc, any screen opened over the top screen for 1–5.
    func askBeforeLeaving(_ command: AppCommand, _ state: AppState) -> (any Dialog)? {
        let context = state.context()
        switch command {
        case .back, .close: return state.current.confirmLeaving(command, context)
        case .showTree, .showUnits, .showCalendar, .showOverdue, .showReview:
            return state.pushed.reversed().lazy.compactMap { $0.confirmLeaving(command, context) }.first
        default: return nil
        }
    }

    /// In `import --preview`, leaving the preview ends the program.
    func endsPreviewOnly(_ command: AppCommand, _ state: AppState) -> Bool {
        guard state.previewOnly else { return false }
        switch command {
        case .showTree, .showUnits, .showCalendar, .showOverdue, .showReview: return true
        case .back, .close: return state.pushed.count <= 1
        default: return false
        }
    }

    func correctPreview(_ correction: PreviewCorrection, _ state: inout AppState) {
        let context = state.context()
        state.updateCurrent { screen in
            guard var preview = screen as? ImportPreviewScreen else { return }
            preview.apply(correction, context)
            screen = preview
        }
    }

    /// Imports the document as the preview reads it now, read again against the ledger as it
    /// is under the lock (someone may have imported since), corrections kept with the plan.
    func importPlan(_ preview: ImportPreview) -> ProgramCommand<AppMessage> {
        let env = environment
        return .perform {
            do {
                var result: ImportResult?
                let time = env.clock()
                let detail = preview.fileName + " sha256:" + SourceArchive.checksum(of: preview.bytes)
                let loaded = try env.store.rewrite(.import, detail: detail, by: env.login, at: time) { ledger in
                    try env.policy.checkCoordinator(env.login, doing: .importPlans)
                    let now = preview.readAgain(against: ledger, strings: env.strings, at: time)
                    result = try now.commit(into: &ledger)
                    try SourceArchive(store: env.store).keep(preview.bytes)
                }
                return .imported(loaded, result!)
            } catch {
                return .failed(env.strings(.uiRefused, ErrorText(strings: env.strings).message(error)))
            }
        }
    }

    /// Reads a plan's document from its copy beside the store, for its import preview.
    func openPreview(of id: PlanID, in loaded: LoadedLedger) -> ProgramCommand<AppMessage> {
        let env = environment
        return .perform {
            let s = env.strings
            guard let plan = loaded.ledger.plan(id) else { return .failed(s(.uiPreviewNoPlan)) }
            let bytes: [UInt8]
            do {
                guard let kept = try SourceArchive(store: env.store).bytes(of: plan.source.checksum) else {
                    return .failed(s(.uiPreviewNoCopy, id.rawValue, plan.source.fileName))
                }
                bytes = kept
            } catch {
                return .failed(s(.uiPreviewCopyUnreadable, id.rawValue, ErrorText(strings: s).message(error)))
            }
            // A year given by hand at the first import (--year) is given again.
            let options = ImportOptions(year: plan.yearSource == .flag ? plan.year : nil, actor: env.login, now: env.clock())
            return .previewReady(ImportPreview(fileName: plan.source.fileName, bytes: bytes, options: options,
                                               ledger: loaded.ledger, strings: s))
        }
    }

    /// After the import: the preview is closed (the program ends in `import --preview`) and
    /// the status line says what the import did, in the words `taizhang import` prints.
    func importDone(_ loaded: LoadedLedger, _ result: ImportResult, _ state: inout AppState) -> ProgramCommand<AppMessage> {
        state.imported = result
        if state.current is ImportPreviewScreen { _ = state.pop() }
        state.replaceLedger(loaded)
        if state.previewOnly { return .quit }
        state.message = StatusMessage(.success, Self.describe(result, strings: environment.strings))
        return .none
    }

    static func describe(_ r: ImportResult, strings s: Strings) -> String {
        switch r.outcome {
        case .new: return s(.importCreated, r.file, r.plan.id.rawValue, r.plan.title, r.tasks.count)
        case .unchanged(let id): return s(.importUnchanged, r.file, id.rawValue)
        case let .updated(id, matched, added, removed): return s(.importUpdated, id.rawValue, matched, added, removed)
        }
    }
}

extension ImportPreview {
    /// The same document and corrections read again against `ledger` (which may have changed
    /// since: plan codes and re-import matches depend on it).
    func readAgain(against ledger: Ledger, strings: Strings, at now: Timestamp? = nil) -> ImportPreview {
        var options = self.options
        options.corrections = corrections
        if let now { options.now = now }
        return ImportPreview(fileName: fileName, bytes: bytes, options: options, ledger: ledger, strings: strings)
    }
}
