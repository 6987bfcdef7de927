extension Strings {
    public enum Key: String, CaseIterable, Sendable {
        case statusNotStarted, statusInProgress, statusDone, statusBlocked, statusCancelled
        case roleLead, roleSupport, roleResponsible, levelTask, levelMeasure
        case dueOngoing, dueNeedsDate
        case kindDate, kindOngoing, kindEvent, kindRelative, kindNone
        case urgencyOverdue, urgencyDueSoon, urgencyOpen, urgencyNeedsDate
        // Column headers
        case colID, colStatus, colDue, colUnit, colText, colPlan, colSection, colNumber, colMeasure, colUnits
        case colDeadline, colDaysOverdue, colLastNote, colLastNoteDate, colTotal, colDone, colOverdue, colLead
        case colSupport, colResponsible, colInProgress, colNotStarted, colBlocked, colNeedsDate, colOngoing
        case colStale, colRate, colReview, colUpdated, colRequirement, colTask, colUnitName, listLegend
        // Command line messages
        case importCreated, importUnchanged, importUpdated, importDryRun, importWarning, importFragments
        case setDone, noTasks, checkOK, checkProblems, mergedUnits, overtakenWarning
        case showUnits, showDeadline, showAsWritten, showResolved, showNotes, showHistory, showReview
        case showMeasure, showSource, showGuessed, showOverridden, showSection, showStatus, showRecurs
        case possibleAliases, reviewNone, undoDone, undoNothing, historyNone
        // Overdue lists and notices (督办通报)
        case colPeriod, colRole, colCancelled, colMeasureUnits, colGroup
        case overdueTitle, overdueSummary, overdueIntro, overdueUnitHeading, overdueNone, noUnit
        case periodMonth, periodQuarter, periodFirstHalf, periodSecondHalf, periodYear, dateLong
        // Completion report (完成率, 回头看)
        case reportTitle, reportByUnit, reportByPlan, reportBySection, reportAllTasks, noSection, reportStaleNote
        // Calendar
        case calendarMonth, calendarYear, calendarWeekdays, calendarNone, calendarDay, calendarYearLegend
        case calendarMonthCount, colDay, calendarMonthNames, calendarGridLegend
        // Export
        case exportWritten, exportBinaryNeedsFile, exportTitle
        // Digest for the login shell
        case digestPrefix, digestOverdue, digestDueSoon, digestStale, digestMore
    }

    static let table: [Key: (zh: String, en: String)] = [
        .statusNotStarted: ("未开始", "not started"),
        .statusInProgress: ("进行中", "in progress"),
        .statusDone: ("已完成", "done"),
        .statusBlocked: ("受阻", "blocked"),
        .statusCancelled: ("已取消", "cancelled"),
        .roleLead: ("牵头", "lead"),
        .roleSupport: ("配合", "support"),
        .roleResponsible: ("负责", "responsible"),
        .levelTask: ("任务", "task"),
        .levelMeasure: ("落实措施", "measure"),
        .dueOngoing: ("长期", "ongoing"),
        .dueNeedsDate: ("待定", "TBD"),
        .kindDate: ("日期", "date"),
        .kindOngoing: ("长期推进", "ongoing"),
        .kindEvent: ("视情况而定", "event-dependent"),
        .kindRelative: ("相对时限", "relative"),
        .kindNone: ("无时限", "none"),
        .urgencyOverdue: ("逾期", "overdue"),
        .urgencyDueSoon: ("即将到期", "due soon"),
        .urgencyOpen: ("未到期", "open"),
        .urgencyNeedsDate: ("待定日期", "needs a date"),
        .colID: ("编号", "ID"),
        .colStatus: ("状态", "Status"),
        .colDue: ("完成时限", "Due"),
        .colUnit: ("牵头单位", "Lead unit"),
        .colText: ("任务", "Task"),
        .colPlan: ("方案", "Plan"),
        .colSection: ("部分", "Section"),
        .colNumber: ("序号", "No."),
        .colMeasure: ("落实措施", "Measure"),
        .colUnits: ("责任单位", "Units"),
        .colDeadline: ("时限(原文)", "Time limit (as written)"),
        .colDaysOverdue: ("逾期天数", "Days overdue"),
        .colLastNote: ("最新进展", "Latest note"),
        .colLastNoteDate: ("进展日期", "Note date"),
        .colTotal: ("总数", "Total"),
        .colDone: ("已完成", "Done"),
        .colOverdue: ("逾期", "Overdue"),
        .colLead: ("牵头", "Lead"),
        .colSupport: ("配合", "Support"),
        .colResponsible: ("负责", "Resp."),
        .colInProgress: ("进行中", "Doing"),
        .colNotStarted: ("未开始", "To do"),
        .colBlocked: ("受阻", "Blocked"),
        .colNeedsDate: ("待定日期", "No date"),
        .colOngoing: ("长期", "Ongoing"),
        .colStale: ("久未更新", "Stale"),
        .colRate: ("完成率", "Rate"),
        .colReview: ("待核", "Review"),
        .colUpdated: ("最后更新", "Last updated"),
        .colRequirement: ("具体要求", "Requirement"),
        .colTask: ("工作任务", "Work item"),
        .colUnitName: ("单位", "Unit"),
        .listLegend: ("! 逾期   ? 待核(导入时推测)", "! overdue   ? for review (guessed at import)"),
        .importCreated: ("已导入 {0}:{1}({2}),{3} 项任务", "imported {0}: {1} ({2}), {3} tasks"),
        .importUnchanged: ("{0} 已导入过(方案 {1}),未作改动", "{0} was imported before (plan {1}); nothing changed"),
        .importUpdated: ("已更新方案 {0}:匹配 {1} 项,新增 {2} 项,移除 {3} 项(保留为已取消)", "updated plan {0}: {1} tasks matched, {2} added, {3} removed (kept as cancelled)"),
        .importDryRun: ("试运行:未写入台账", "dry run: the ledger was not changed"),
        .importWarning: ("注意", "warning"),
        .importFragments: ("未能归位的片段", "unplaced fragments"),
        .setDone: ("已保存 {0}", "saved {0}"),
        .noTasks: ("没有符合条件的任务", "no matching tasks"),
        .checkOK: ("台账完整:{0} 个方案,{1} 项任务,原文每一行均有着落", "ledger is whole: {0} plans, {1} tasks, every source line accounted for"),
        .checkProblems: ("发现 {0} 个问题", "{0} problem(s) found"),
        .mergedUnits: ("已将 {0} 合并为 {1}", "merged {0} into {1}"),
        .overtakenWarning: ("注意:{0} 于 {1} 将 {2} 的{3}改为“{4}”,现被你的修改替换(原值保留在历史中)", "note: {0} changed {3} of {2} to \"{4}\" at {1}; your change replaces it (kept in history)"),
        .showUnits: ("责任单位", "Units"),
        .showDeadline: ("完成时限", "Time limit"),
        .showAsWritten: ("原文", "as written"),
        .showResolved: ("解析为", "resolved"),
        .showNotes: ("进展情况", "Progress notes"),
        .showHistory: ("变更记录", "History"),
        .showReview: ("待核事项", "For review"),
        .showMeasure: ("落实措施", "Measure"),
        .showSource: ("来源", "Source"),
        .showGuessed: ("推测", "guessed"),
        .showOverridden: ("已人工设定", "set by hand"),
        .showSection: ("所属部分", "Section"),
        .showStatus: ("状态", "Status"),
        .showRecurs: ("周期", "recurs"),
        .possibleAliases: ("可能是同一单位(用 taizhang units merge 合并)", "probably the same unit (merge with taizhang units merge)"),
        .reviewNone: ("没有待核事项", "nothing to review"),
        .undoDone: ("已撤销:{0}", "undone: {0}"),
        .undoNothing: ("没有可撤销的修改", "nothing of yours to undo"),
        .historyNone: ("没有变更记录", "no history"),
        .colPeriod: ("周期", "Period"),
        .colRole: ("职责", "Role"),
        .colCancelled: ("已取消", "Cancelled"),
        .colMeasureUnits: ("责任部门", "Measure units"),
        .colGroup: ("分组", "Group"),
        .overdueTitle: ("逾期任务督办通报", "Overdue tasks: notice to units"),
        .overdueSummary: ("截至{0},共有 {1} 项逾期事项(周期性任务每个逾期周期计一项),涉及 {2} 个单位。",
                           "As of {0}, {1} item(s) are overdue (a recurring task counts once for every missed period), across {2} unit(s)."),
        .overdueIntro: ("截至{0},你单位牵头或参与的以下 {1} 项工作事项已超过完成时限。请于{2}前将工作进展情况报送办公室;已完成的,请一并提供佐证材料(公开网址或文号)。",
                        "As of {0}, the {1} item(s) below, of tasks your unit leads or takes part in, are past their time limit. Please report their progress to the office by {2}; for work that is done, give the evidence (the URL or document number)."),
        .overdueUnitHeading: ("{0}(逾期 {1} 项)", "{0} ({1} overdue)"),
        .overdueNone: ("截至 {0} 没有逾期任务", "nothing is overdue as of {0}"),
        .noUnit: ("未明确责任单位", "No responsible unit"),
        .periodMonth: ("{0}年{1}月", "{0}-{1}"),
        .periodQuarter: ("{0}年第{1}季度", "{0} Q{1}"),
        .periodFirstHalf: ("{0}年上半年", "{0} H1"),
        .periodSecondHalf: ("{0}年下半年", "{0} H2"),
        .periodYear: ("{0}年", "{0}"),
        .dateLong: ("{0}年{1}月{2}日", "{0}-{1}-{2}"),
        .reportTitle: ("完成情况统计(按{0},截至{1})", "Completion by {0} (as of {1})"),
        .reportByUnit: ("单位", "unit"),
        .reportByPlan: ("方案", "plan"),
        .reportBySection: ("部分", "section"),
        .reportAllTasks: ("合计", "All tasks"),
        .noSection: ("(未分部分)", "(no section)"),
        .reportStaleNote: ("久未更新:未完成且 {0} 天内没有进展或变更;完成率 = 已完成 ÷ (总数 − 已取消)",
                           "Stale: open with no note or change for {0} days; rate = done ÷ (total − cancelled)"),
        .calendarMonth: ("{0}年{1}", "{1} {0}"),
        .calendarMonthNames: ("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        .calendarGridLegend: ("(n) 当天到期的任务数;! 其中有逾期未完成的", "(n) tasks due that day; ! some of them are overdue"),
        .calendarYear: ("{0}年", "{0}"),
        .calendarWeekdays: ("一 二 三 四 五 六 日", "Mo Tu We Th Fr Sa Su"),
        .calendarNone: ("{0}没有到期任务", "nothing falls due in {0}"),
        .calendarDay: ("{0}({1} 项)", "{0} ({1} due)"),
        .calendarYearLegend: ("* 当天有任务到期;! 当天有逾期未完成的任务", "* tasks fall due that day; ! some of them are overdue"),
        .calendarMonthCount: ("{0}:{1} 项", "{0}: {1}"),
        .colDay: ("日期", "Day"),
        .exportWritten: ("已写入 {0}({1} 项任务)", "wrote {0} ({1} tasks)"),
        .exportBinaryNeedsFile: ("xlsx 是二进制文件:请用 --out 文件名.xlsx 指定输出文件", "xlsx is a binary format: give --out FILE.xlsx"),
        .exportTitle: ("工作台账(截至{0})", "Task ledger (as of {0})"),
        .digestPrefix: ("台账 {0}:", "ledger {0}: "),
        .digestOverdue: ("逾期 {0} 项(最久 {1} 天) {2}", "{0} overdue (oldest {1} days) {2}"),
        .digestDueSoon: ("7 天内到期 {0} 项 {1}", "{0} due within 7 days {1}"),
        .digestStale: ("长期任务 {0} 天无进展 {1} 项 {2}", "{1} ongoing without a note for {0} days {2}"),
        .digestMore: ("等", "…"),
    ]
}
