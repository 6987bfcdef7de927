extension Strings {
    /// No raw values: with some 450 cases, the String raw-value getter that Hashable then
    /// used overflowed a concurrency thread's stack in debug builds (SIGSEGV, measured).
    public enum Key: CaseIterable, Hashable, Sendable {
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
        // Full-screen interface
        case uiReloaded, uiScopeTasks, uiScopePage, uiUnitColumn, uiAppName, uiTabTree, uiTabUnits, uiTabCalendar, uiTabOverdue, uiTabReview
        case uiAsOf, uiFilterLabel, uiSearchLabel, uiLogin, uiNone, uiAll
        case uiOpenTasks, uiTooSmall, uiTreeHeader, uiOverdueCount, uiUnitTitle, uiRoleColumn
        case uiNoOverdue, uiDays, uiDaysOverdue, uiReviewTasks, uiReviewFragments, uiWeekdays
        case uiMonthNames, uiMonthTitle, uiYearTitle, uiMonthFigures, uiCalendarLists, uiCalendarLegend
        case uiDayTitle, uiOngoingTitle, uiNeedsDateTitle, uiTaskGone, uiLines, uiHelpTitle
        case uiLegendTitle, uiLegend, uiKeysColumn, uiActionColumn, uiSaved, uiOvertakenBy
        case uiRefreshed, uiRefused, uiReloadFailed, uiNoSearch, uiSearchHit, uiSearchNone
        case uiSearchPrompt, uiNothingToReview, uiStatusTitle, uiCurrent, uiNoteTitle, uiNotePrompt
        case uiNoteEmpty, uiDateTitle, uiDatePrompt, uiDateInvalid, uiUnitsTitle, uiUnitsPrompt
        case uiFilterTitle, uiFilterHelp, uiHintScreens, uiHintSearch, uiHintFilter, uiHintHelp
        case uiHintBack, uiHintOpen, uiHintStatus, uiHintNote, uiHintDate, uiHintUnits
        case uiHintReviewed, uiHintMonth, uiHintYear, uiHintConfirm, uiHintCancel, uiHintField
        case uiScopeGlobal, uiScopeList, uiScopeTree, uiScopeCalendarGrid, uiScopeCalendar, uiScopeTask
        case uiScopeReview, uiScopeDialog, uiScopeChooser, uiScopeForm, uiHelpTree, uiHelpUnits
        case uiHelpCalendar, uiHelpOverdue, uiHelpReview, uiHelpSearch, uiHelpFilter, uiHelpHelp
        case uiHelpBack, uiHelpClose, uiHelpRedraw, uiHelpSuspend, uiHelpQuit, uiHelpDown
        case uiHelpUp, uiHelpPageDown, uiHelpPageUp, uiHelpFirst, uiHelpLast, uiHelpOpen
        case uiHelpNextHit, uiHelpPreviousHit, uiHelpStatus, uiHelpExpand, uiHelpCollapse, uiHelpDayLeft
        case uiHelpDayRight, uiHelpWeekUp, uiHelpWeekDown, uiHelpDayOpen, uiHelpPreviousMonth, uiHelpNextMonth
        case uiHelpYear, uiHelpSwitchFocus, uiHelpOngoing, uiHelpNeedsDate, uiHelpAsOfDay, uiHelpScrollDown
        case uiHelpScrollUp, uiHelpNote, uiHelpDate, uiHelpUnitsEdit, uiHelpReviewed, uiHelpResolve
        case uiHelpConfirm, uiHelpCancel, uiHelpNextField, uiHelpPreviousField, uiHelpChoiceLeft, uiHelpChoiceRight
        // History, undo and no-op edits
        case fieldNote, fieldReviewed, fieldAlias, valueReviewed, valueNotReviewed, valueOpen, valueResolved
        case dueInvalid, periodInvalid, periodNoRecurrence, periodUnknown
        // Command-line errors
        case langInvalid, asOfInvalid, noSuchTask, monthOrYear, monthInvalid, yearImplausible, noLedger, codeOneFile
        case fileUnreadable, setNothingGiven, periodNeedsDone, dayInvalid, staleDaysInvalid, noTasksMatch, cannotWrite
        case termNoUTF8, termNotATerminal, termUnknown, termNoCursor
        case storeCorrupt, storeIO, storeLocked, storeNotFound, editUnknownTask, editUnknownPlan, accessDenied
        case editNoFragment, editSelfMerge, accessNotListed, accessNotOwnTask, accessCoordinatorsOnly
        case importUnreadable, importNoTasks, configUnreadable, configNotAConfig, configBadValue
        // swift-argument-parser's own words (taizhang/ParserText.swift)
        case apOverview, apUsage, apArguments, apOptions, apSubcommands, apSeeHelp, apShowHelp, apShowVersion, apDefault
        case apDefaultSubcommand, apMissingArgument, apMissingValue, apUnknownOption, apUnexpectedArgument
        case apUnexpectedArguments, apInvalidValue, apInvalidValueWhy, apMissing, apError, apHelpLine, apUsageLine
        case apSeeMoreHelp, apValues, apProvideOneOf
        case recurMonthly, recurQuarterly, recurHalfYearly, recurYearly
        case unitUnknown, unitUnknownSuggest, accessNoFile, accessCoordinators, accessOfficer, accessSaved
        // What the import guessed (ReviewText)
        case reviewKindYear, reviewKindDate, reviewKindUnitsMissing, reviewKindUnits, reviewKindDeadline, reviewKindSection
        case reviewKindUnitsOpen, reviewKindNumber, reviewKindText, reviewYear, reviewDate, reviewUnitsMissing, reviewUnits
        case reviewDeadline, reviewSection, reviewUnitsOpen, reviewNumber, reviewText
        case fragmentLine, fragmentColumn, fragmentNoRequirement, fragmentNumberNoTitle, fragmentNumberNoText, fragmentCell
        case fragmentNumberAlone, fragmentBetweenRows
        case resolveInvalid, accessNeedsLogin, accessOfficerNeeds, accessUnknownVerb, errorPrefix, nothingChangedSuffix
        case setNothingChanged, uiNothingChanged, uiDiscardTyped, uiHelpUndo, uiHintUndo, uiUndone
    }

    /// Built from parts, each in its own function: one dictionary literal of every entry
    /// overflowed the 512 KB stack of a concurrency thread that first touched it (measured:
    /// SIGSEGV in the test runner once the table passed about 400 entries).
    static let table: [Key: (zh: String, en: String)] = {
        var all: [Key: (zh: String, en: String)] = [:]
        all.merge(part0()) { a, _ in a }
        all.merge(part1()) { a, _ in a }
        all.merge(part2()) { a, _ in a }
        all.merge(part3()) { a, _ in a }
        all.merge(part4()) { a, _ in a }
        all.merge(part5()) { a, _ in a }
        return all
    }()

    private static func part0() -> [Key: (zh: String, en: String)] {
        [
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
        ]
    }

    private static func part1() -> [Key: (zh: String, en: String)] {
        [
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
        // Full-screen interface
        .uiReloaded: ("台账已由他人重写(如导入新方案),已重新载入", "the ledger was rewritten by someone else (an import?) and has been reloaded"),
        .uiScopeTasks: ("任务列表", "Lists of tasks"),
        .uiScopePage: ("任务详情与帮助(翻页)", "Task and help pages"),
        .uiUnitColumn: ("单位", "Unit"),
        .uiAppName: ("台账", "Taizhang"),
        .uiTabTree: ("任务树", "Tree"),
        .uiTabUnits: ("单位", "Units"),
        .uiTabCalendar: ("日历", "Calendar"),
        .uiTabOverdue: ("逾期", "Overdue"),
        .uiTabReview: ("待核", "Review"),
        .uiAsOf: ("截至 {0}", "as of {0}"),
        .uiFilterLabel: ("筛选:", "filter: "),
        ]
    }

    private static func part2() -> [Key: (zh: String, en: String)] {
        [
        .uiSearchLabel: ("搜索:", "search: "),
        .uiLogin: ("用户 {0}", "user {0}"),
        .uiNone: ("无", "none"),
        .uiAll: ("全部", "all"),
        .uiOpenTasks: ("未完成", "open"),
        .uiTooSmall: ("窗口太小:至少需要 {0},当前 {1}。请放大窗口。\nWindow too small: need {0}, have {1}.", "Window too small: need {0}, have {1}.\n窗口太小:至少需要 {0},当前 {1}。"),
        .uiTreeHeader: ("方案 / 部分 / 任务", "Plan / section / task"),
        .uiOverdueCount: ("逾期{0}", "{0} late"),
        .uiUnitTitle: ("{0} · {1} 项", "{0} · {1} tasks"),
        .uiRoleColumn: ("职责", "Role"),
        .uiNoOverdue: ("截至今日没有逾期任务", "nothing is overdue as of this day"),
        .uiDays: ("{0}天", "{0}d"),
        .uiDaysOverdue: ("逾期 {0} 天", "{0} days overdue"),
        .uiReviewTasks: ("待核任务({0})", "Tasks for review ({0})"),
        .uiReviewFragments: ("未归位片段({0})", "Unplaced fragments ({0})"),
        .uiWeekdays: ("一 二 三 四 五 六 日", "Mo Tu We Th Fr Sa Su"),
        .uiMonthNames: ("1 2 3 4 5 6 7 8 9 10 11 12", "January February March April May June July August September October November December"),
        .uiMonthTitle: ("{0}年{1}月", "{1} {0}"),
        .uiYearTitle: ("{0}年 · 按月", "{0} by month"),
        .uiMonthFigures: ("到期 {0}  逾期 {1}  七日内 {2}  已完成 {3}", "due {0}  overdue {1}  within a week {2}  done {3}"),
        .uiCalendarLists: ("长期推进 {0} 项 (o) · 待定日期 {1} 项 (t)", "ongoing {0} (o) · needs a date {1} (t)"),
        .uiCalendarLegend: ("! 逾期  * 七日内到期  ✓ 全部完成", "! overdue  * due within a week  ✓ all done"),
        .uiDayTitle: ("{0} 到期 · {1} 项", "Due {0} · {1}"),
        .uiOngoingTitle: ("长期推进 · {0} 项", "Ongoing · {0}"),
        .uiNeedsDateTitle: ("待定日期 · {0} 项", "Needs a date · {0}"),
        .uiTaskGone: ("任务 {0} 已不在台账中", "task {0} is no longer in the ledger"),
        .uiLines: ("第 {0} 行", "line {0}"),
        .uiHelpTitle: ("帮助", "Help"),
        .uiLegendTitle: ("列表中的标记", "Marks in lists"),
        .uiLegend: ("[ ] 未开始   [>] 进行中   [x] 已完成   [#] 受阻   [-] 已取消\n!  逾期      *  七日内到期   ?  导入时推测,待核\n▸ ▾  部分已收起 / 已展开;右侧为 已完成/总数 与 逾期数\n>  当前选中的行", "[ ] not started   [>] in progress   [x] done   [#] blocked   [-] cancelled\n!  overdue      *  due within a week   ?  guessed at import, for review\n▸ ▾  section closed / open; on the right done/total and overdue\n>  the selected row"),
        .uiKeysColumn: ("按键", "Keys"),
        .uiActionColumn: ("作用", "Action"),
        .uiSaved: ("已保存:{0}", "saved: {0}"),
        .uiOvertakenBy: ("注意:{0} 于 {1} 修改了 {2} 的{3}(“{4}”),替换了你的修改", "note: {0} changed {3} of {2} to \"{4}\" at {1}, replacing your change"),
        .uiRefreshed: ("台账已更新:载入他人的 {0} 处修改", "ledger updated: {0} change(s) by others"),
        .uiRefused: ("未保存:{0}", "not saved: {0}"),
        .uiReloadFailed: ("无法重新读取台账:{0}", "cannot re-read the ledger: {0}"),
        .uiNoSearch: ("尚未搜索:按 / 输入要找的文字", "no search yet: press / and type what to find"),
        .uiSearchHit: ("搜索“{0}”:n 下一个,N 上一个", "search \"{0}\": n next, N previous"),
        .uiSearchNone: ("没有找到“{0}”", "\"{0}\" not found"),
        .uiSearchPrompt: ("搜索: ", "search: "),
        .uiNothingToReview: ("{0} 没有待核事项", "{0} has nothing to review"),
        .uiStatusTitle: ("{0} 的状态", "Status of {0}"),
        .uiCurrent: ("(当前)", "(current)"),
        .uiNoteTitle: ("{0} 添加进展", "Progress note for {0}"),
        .uiNotePrompt: ("进展情况(可附网址或文号):", "Progress (a URL or document number helps):"),
        .uiNoteEmpty: ("进展不能为空", "a note cannot be empty"),
        .uiDateTitle: ("{0} 完成时限", "Due day of {0}"),
        .uiDatePrompt: ("新的时限:2021-12-31、12月31日、12月底、年底,或 长期 / 待定", "New due day: 2021-12-31, 12月31日, 12月底, 年底, or ongoing / tbd"),
        .uiDateInvalid: ("无法识别“{0}”:可写 2021-12-31、2021年12月31日、12月底、年底、长期 或 待定", "cannot read \"{0}\": write 2021-12-31, 2021年12月31日, 12月底, 年底, ongoing or tbd"),
        .uiUnitsTitle: ("{0} 责任单位({1})", "Units of {0} ({1})"),
        .uiUnitsPrompt: ("照方案写法填写,如:办公室牵头,法规科、审批科配合", "Write them as a plan does, e.g. 办公室牵头,法规科、审批科配合"),
        .uiFilterTitle: ("筛选", "Filter"),
        .uiFilterHelp: ("←→ 选择,单位可填名称的一部分", "←→ choose; a unit may be part of a name"),
        .uiHintScreens: ("切换", "screens"),
        .uiHintSearch: ("搜索", "search"),
        .uiHintFilter: ("筛选", "filter"),
        .uiHintHelp: ("帮助", "help"),
        .uiHintBack: ("返回", "back"),
        .uiHintOpen: ("打开", "open"),
        .uiHintStatus: ("状态", "status"),
        .uiHintNote: ("进展", "note"),
        .uiHintDate: ("时限", "due"),
        .uiHintUnits: ("单位", "units"),
        .uiHintReviewed: ("已核", "reviewed"),
        .uiHintMonth: ("月份", "month"),
        .uiHintYear: ("全年", "year"),
        .uiHintConfirm: ("确定", "OK"),
        .uiHintCancel: ("取消", "cancel"),
        .uiHintField: ("下一项", "next field"),
        ]
    }

    private static func part3() -> [Key: (zh: String, en: String)] {
        [
        .uiScopeGlobal: ("任何界面", "Everywhere"),
        .uiScopeList: ("列表", "Lists"),
        .uiScopeTree: ("任务树", "Tree"),
        .uiScopeCalendarGrid: ("日历:日期格", "Calendar: the grid"),
        .uiScopeCalendar: ("日历", "Calendar"),
        .uiScopeTask: ("任务详情", "Task"),
        .uiScopeReview: ("待核", "Review"),
        .uiScopeDialog: ("对话框", "Dialogs"),
        .uiScopeChooser: ("状态选择", "Status chooser"),
        .uiScopeForm: ("筛选与单位对话框", "Filter and units dialogs"),
        .uiHelpTree: ("任务树:方案 → 部分 → 任务", "Tree: plan → section → task"),
        .uiHelpUnits: ("单位:各单位的任务数、完成、逾期、牵头、配合", "Units: tasks, done, overdue, lead and support per unit"),
        .uiHelpCalendar: ("日历:按日到期的任务", "Calendar: tasks by the day they are due"),
        .uiHelpOverdue: ("逾期:按单位列出逾期任务", "Overdue: overdue tasks by unit"),
        .uiHelpReview: ("待核:导入时推测的内容和未归位片段", "Review: what the import guessed, unplaced fragments"),
        .uiHelpSearch: ("搜索全部文字(中文或英文)", "Search all text (Chinese or ASCII)"),
        .uiHelpFilter: ("按方案、单位、状态筛选", "Filter by plan, unit and status"),
        .uiHelpHelp: ("本帮助", "This help"),
        .uiHelpBack: ("返回上一界面;在主界面退出", "Back; quits from a top screen"),
        .uiHelpClose: ("返回上一界面,或清除搜索", "Back, or clear the search"),
        .uiHelpRedraw: ("重绘屏幕", "Redraw the screen"),
        .uiHelpSuspend: ("暂停,回到命令行(fg 继续)", "Suspend to the shell (fg resumes)"),
        .uiHelpQuit: ("退出(已确认的修改均已保存)", "Quit (every confirmed change is already saved)"),
        .uiHelpDown: ("下移一行", "Down one row"),
        .uiHelpUp: ("上移一行", "Up one row"),
        .uiHelpPageDown: ("下一页", "Next page"),
        .uiHelpPageUp: ("上一页", "Previous page"),
        .uiHelpFirst: ("到开头", "To the top"),
        .uiHelpLast: ("到末尾", "To the end"),
        .uiHelpOpen: ("打开任务或单位;在任务树中展开/收起", "Open a task or unit; in the tree, open/close a heading"),
        .uiHelpNextHit: ("下一个搜索结果", "Next search hit"),
        .uiHelpPreviousHit: ("上一个搜索结果", "Previous search hit"),
        .uiHelpStatus: ("更改所选任务的状态", "Change the selected task's status"),
        .uiHelpExpand: ("展开部分", "Open a heading"),
        .uiHelpCollapse: ("收起部分,或回到上级", "Close a heading, or go to its parent"),
        .uiHelpDayLeft: ("前一天", "Previous day"),
        .uiHelpDayRight: ("后一天", "Next day"),
        .uiHelpWeekUp: ("上一周", "A week earlier"),
        .uiHelpWeekDown: ("下一周", "A week later"),
        .uiHelpDayOpen: ("进入当天的任务列表", "Go to the day's tasks"),
        .uiHelpPreviousMonth: ("上个月", "Previous month"),
        .uiHelpNextMonth: ("下个月", "Next month"),
        .uiHelpYear: ("全年概览", "Year overview"),
        .uiHelpSwitchFocus: ("在日期格与任务列表间切换", "Switch between the grid and the task list"),
        .uiHelpOngoing: ("列出长期推进的任务", "List ongoing tasks"),
        .uiHelpNeedsDate: ("列出待定日期的任务", "List tasks that need a date"),
        .uiHelpAsOfDay: ("回到查看日期", "Back to the as-of day"),
        .uiHelpScrollDown: ("向下滚动", "Scroll down"),
        .uiHelpScrollUp: ("向上滚动", "Scroll up"),
        .uiHelpNote: ("添加进展情况", "Add a progress note"),
        .uiHelpDate: ("设定或更改完成时限", "Set or change the due day"),
        .uiHelpUnitsEdit: ("修改责任单位及分工", "Change the units and their roles"),
        .uiHelpReviewed: ("确认导入时的推测(已核)", "Confirm what the import guessed (reviewed)"),
        .uiHelpResolve: ("确认任务,或将片段标为已处理", "Confirm a task, or mark a fragment resolved"),
        .uiHelpConfirm: ("确定并保存", "Confirm and save"),
        .uiHelpCancel: ("取消", "Cancel"),
        .uiHelpNextField: ("下一项(单位对话框:切换任务/落实措施)", "Next field (units: task / measure)"),
        .uiHelpPreviousField: ("上一项", "Previous field"),
        .uiHelpChoiceLeft: ("上一个选项(文字框中左移光标)", "Previous choice (in text: cursor left)"),
        .uiHelpChoiceRight: ("下一个选项(文字框中右移光标)", "Next choice (in text: cursor right)"),
        .fieldNote: ("进展", "note"),
        .fieldReviewed: ("核实", "reviewed"),
        .fieldAlias: ("单位别名", "alias"),
        .valueReviewed: ("已核", "reviewed"),
        .valueNotReviewed: ("未核", "not reviewed"),
        .valueOpen: ("未完成", "open"),
        .valueResolved: ("已处理", "resolved"),
        .dueInvalid: ("--due:无法识别“{0}”。可写 2021-12-31、2021/12/31、2021年12月31日、12月31日、12月底、年底、长期 或 待定",
                      "--due: cannot read \"{0}\"; write 2021-12-31, 2021/12/31, 2021年12月31日, 12月31日, 12月底, 年底, ongoing or tbd"),
        .periodInvalid: ("--period:无法识别日期“{0}”", "--period: cannot read the day \"{0}\""),
        .periodNoRecurrence: ("{0} 不是周期性任务,没有可标记的周期", "{0} does not recur: it has no periods to mark"),
        ]
    }

    private static func part4() -> [Key: (zh: String, en: String)] {
        [
        .periodUnknown: ("{0} 没有在 {1} 到期的周期;它的周期:{2}", "{0} has no period due {1}; its periods: {2}"),
        .langInvalid: ("--lang:应为 zh 或 en,而不是“{0}”", "--lang: expected zh or en, got \"{0}\""),
        .asOfInvalid: ("--as-of:无法识别日期“{0}”,请写 2021-10-15 或 2021年10月15日", "--as-of: cannot read the day \"{0}\"; write 2021-10-15 or 2021年10月15日"),
        .noSuchTask: ("没有编号为 {0} 的任务(编号形如 HD21-3;见 taizhang list)", "no task {0} (ids look like HD21-3; see taizhang list)"),
        .monthOrYear: ("--month 和 --year 只能给一个", "give --month or --year, not both"),
        .monthInvalid: ("--month:应为 YYYY-MM,而不是“{0}”", "--month: expected YYYY-MM, got \"{0}\""),
        .yearImplausible: ("--year:{0} 不像是一个年份", "--year: {0} is not a plausible year"),
        .noLedger: ("{0} 处没有台账;请先导入方案:taizhang import 文件", "no ledger at {0}; import a plan first: taizhang import FILE"),
        .codeOneFile: ("--code 一次只能用于一个文件", "--code applies to one file at a time"),
        .fileUnreadable: ("{0}:文件不存在或无法读取", "{0}: no such readable file"),
        .setNothingGiven: ("没有要修改的内容:请给出 --status、--note、--due、--units、--reviewed、--period 或 --recurs",
                           "nothing to change: give --status, --note, --due, --units, --reviewed, --period or --recurs"),
        .periodNeedsDone: ("--period 需要同时给出 --done 或 --reopen", "--period needs --done or --reopen"),
        .dayInvalid: ("{0}:无法识别日期“{1}”,请写 2021-10-15、2021年10月15日 或 10月15日", "{0}: cannot read the day \"{1}\"; write 2021-10-15, 2021年10月15日 or 10月15日"),
        .staleDaysInvalid: ("--stale-days:天数至少为 1,而不是 {0}", "--stale-days: expected a number of days of at least 1, got {0}"),
        .noTasksMatch: ("没有符合 --plan/--unit 的任务(见 taizhang list)", "no tasks match --plan/--unit (see taizhang list)"),
        .cannotWrite: ("{0}:无法写入文件({1})", "{0}: cannot write the file ({1})"),
        .resolveInvalid: ("--resolve:应为 方案:行号,如 DG17:4", "--resolve: expected PLAN:LINE, e.g. DG17:4"),
        .accessNeedsLogin: ("{0}:请至少给出一个登录名", "{0}: give at least one login"),
        .accessOfficerNeeds: ("officer:请给出一个登录名和至少一个单位", "officer: give a login and at least one unit"),
        .accessUnknownVerb: ("未知的权限修改“{0}”:请用 coordinator、officer 或 remove", "unknown access change \"{0}\": use coordinator, officer or remove"),
        .termNoUTF8: ("无法设置 UTF-8 区域设置(locale),不能显示中文。请安装 C.UTF-8 或 zh_CN.UTF-8。", "No UTF-8 locale can be set (tried the environment and C.UTF-8); Chinese cannot be shown."),
        .termNotATerminal: ("全屏界面需要在终端中运行;命令行可用:taizhang list、taizhang overdue(taizhang --help 列出全部命令)", "The full-screen interface needs a terminal on standard input and output; the command line works anywhere: taizhang list, taizhang overdue (taizhang --help lists them all)."),
        .termUnknown: ("未知的终端类型 TERM={0};可试 TERM=xterm-256color", "Unknown terminal type TERM={0}; try TERM=xterm-256color."),
        .termNoCursor: ("终端 TERM={0} 不能定位光标,无法显示全屏界面。请用命令行:taizhang list、taizhang overdue、taizhang show 编号(taizhang --help 列出全部命令)",
                        "The terminal TERM={0} cannot move the cursor, so the full-screen ledger cannot be shown. Use the command line: taizhang list, taizhang overdue, taizhang show ID (taizhang --help lists them all)."),
        .storeCorrupt: ("{0}:{1}:{2}:{3}。文件保持原样;上一份完好的副本(如有)是 {0}.bak", "{0}:{1}:{2}: {3}. The file was left as it is; the previous good copy, if any, is {0}.bak"),
        .storeIO: ("{0}:{1}", "{0}: {1}"),
        .storeLocked: ("{0}:台账正被另一个进程锁定", "{0}: the ledger is locked by another process"),
        .storeNotFound: ("{0}:这里没有台账(请先导入方案:taizhang import 文件)", "{0}: no ledger here (import a plan first: taizhang import FILE)"),
        .editUnknownTask: ("没有编号为 {0} 的任务", "no task {0}"),
        .editUnknownPlan: ("没有代码为 {0} 的方案", "no plan {0}"),
        .accessDenied: ("{0} 无权这样做:{1};未作任何改动", "{0} may not do this: {1}; nothing was changed"),
        .editNoFragment: ("方案 {0} 第 {1} 行没有未归位片段", "plan {0} has no unplaced fragment at line {1}"),
        .editSelfMerge: ("不能把一个单位合并到它自己", "cannot merge a unit into itself"),
        .accessNotListed: ("不在权限文件({0})中;请找协调人", "not in the access file ({0}); ask a coordinator"),
        .accessNotOwnTask: ("{0} 不是 {1} 的任务", "{0} is not a task of {1}"),
        .accessCoordinatorsOnly: ("只有协调人可以修改{0}", "only coordinators may change {0}"),
        .importUnreadable: ("{0}:无法读取({1})", "{0}: {1}"),
        .importNoTasks: ("{0}:没有找到任务(未能识别文件的版式);未导入任何内容", "{0}: no tasks found (the layout was not recognised); nothing imported"),
        .configUnreadable: ("{0}:无法读取台账设置({1})", "{0}: cannot read the ledger's settings ({1})"),
        .configNotAConfig: ("{0}:不是台账设置文件(缺少 \"format\": \"taizhang-config\")", "{0}: not a ledger settings file (\"format\": \"taizhang-config\" missing)"),
        .configBadValue: ("{0}:设置项 {1} 的值“{2}”无效(lang 应为 zh 或 en)", "{0}: the value \"{2}\" of {1} is not valid (lang is zh or en)"),
        .apOverview: ("概述:", "OVERVIEW: "),
        .apUsage: ("用法:", "USAGE: "),
        .apArguments: ("参数:", "ARGUMENTS:"),
        .apOptions: ("选项:", "OPTIONS:"),
        .apSubcommands: ("命令:", "SUBCOMMANDS:"),
        .apSeeHelp: ("  各命令的详细说明:taizhang help $1命令", "  See 'taizhang help $1<subcommand>' for detailed help."),
        .apShowHelp: ("显示帮助。", "Show help information."),
        .apShowVersion: ("显示版本。", "Show the version."),
        .apDefault: ("(默认:", "(default:"),
        .apValues: ("(可选值:", "(values:"),
        .apProvideOneOf: (";可选:$1。", ". Please provide one of $1."),
        .apDefaultSubcommand: ("(默认)", "(default)"),
        .apMissingArgument: ("错误:缺少参数 $1", "Error: Missing expected argument '$1'"),
        .apMissingValue: ("错误:$1 缺少取值", "Error: Missing value for '$1'"),
        .apUnknownOption: ("错误:未知选项 $1", "Error: Unknown option '$1'"),
        .apUnexpectedArgument: ("错误:多余的参数 $1", "Error: Unexpected argument '$1'"),
        .apUnexpectedArguments: ("错误:$1 个多余的参数:$2", "Error: $1 unexpected arguments: $2"),
        .apInvalidValue: ("错误:“$1”不是 $2 可用的值", "Error: The value '$1' is invalid for '$2'"),
        .apInvalidValueWhy: ("错误:“$1”不是 $2 可用的值:$3", "Error: The value '$1' is invalid for '$2': $3"),
        .apMissing: ("错误:缺少参数", "Error: Missing expected argument"),
        .apError: ("错误:", "Error: "),
        .apHelpLine: ("说明:", "Help:  "),
        .apUsageLine: ("用法:", "Usage: "),
        .apSeeMoreHelp: ("  更多说明:taizhang $1--help", "  See 'taizhang $1--help' for more information."),
        .unitUnknown: ("没有名为“{0}”的单位(见 taizhang units)", "no unit named \"{0}\" (see taizhang units)"),
        .unitUnknownSuggest: ("没有名为“{0}”的单位;是否指:{1}?", "no unit named \"{0}\"; did you mean: {1}?"),
        .accessNoFile: ("没有权限文件({0}):人人可改一切", "no access file ({0}): everyone may do everything"),
        .accessCoordinators: ("协调人:{0}", "coordinators: {0}"),
        .accessOfficer: ("经办人 {0}:{1}", "officer {0}: {1}"),
        ]
    }

    private static func part5() -> [Key: (zh: String, en: String)] {
        [
        .accessSaved: ("已保存 {0}:{1} 名协调人,{2} 名经办人", "saved {0}: {1} coordinators, {2} officers"),
        .reviewKindYear: ("年份推测", "year-guessed"),
        .reviewKindDate: ("日期推测", "date-guessed"),
        .reviewKindUnitsMissing: ("缺责任单位", "units-missing"),
        .reviewKindUnits: ("单位推测", "units-guessed"),
        .reviewKindDeadline: ("时限推测", "deadline-guessed"),
        .reviewKindSection: ("分组推测", "section-guessed"),
        .reviewKindUnitsOpen: ("单位含“等”", "units-open"),
        .reviewKindNumber: ("序号推测", "number-guessed"),
        .reviewKindText: ("文字推测", "text-guessed"),
        .reviewYear: ("时限“{0}”的年份取自方案({1})", "year of \"{0}\" taken from the plan ({1})"),
        .reviewDate: ("“{0}”从方案公布之日起算,但文件没有写明公布日期", "\"{0}\" counts from the plan's publication, which the document does not date"),
        .reviewUnitsMissing: ("没有读到责任单位", "no responsible unit found"),
        .reviewUnits: ("责任单位是按位置或上下文推测的", "units attached by position or context"),
        .reviewDeadline: ("完成时限是按位置推测的(原文顺序错乱)", "time limit attached by position in a scrambled source"),
        .reviewSection: ("原文片段顺序错乱:任务所在的分组是推测的", "the source's fragments are out of order: the group this task sits in is a guess"),
        .reviewUnitsOpen: ("“{0}”以“等”结尾:实际单位多于所列", "\"{0}\" ends with 等: more units than listed"),
        .reviewNumber: ("任务序号原文未印出,是推测的", "the task number was not printed, or was inferred"),
        .reviewText: ("任务文字可能不完整,或由片段拼接而成", "the task's text may be incomplete or joined from fragments"),
        .fragmentLine: ("导入时无法归位的一行", "line the importer could not place"),
        .fragmentColumn: ("不属于表格任何一列的单元格", "cell that fits no column of the table"),
        .fragmentNoRequirement: ("没有具体要求的一行", "row without a requirement"),
        .fragmentNumberNoTitle: ("序号后没有标题或任务", "number with no title or task after it"),
        .fragmentNumberNoText: ("序号后没有任务文字", "number with no task text after it"),
        .fragmentCell: ("不属于任何任务的单元格", "cell that fits no task"),
        .fragmentNumberAlone: ("序号后什么也没有", "number with nothing after it"),
        .fragmentBetweenRows: ("表格行之间的文字", "text between table rows"),
        .recurMonthly: ("每月", "monthly"),
        .recurQuarterly: ("每季度", "quarterly"),
        .recurHalfYearly: ("每半年", "half-yearly"),
        .recurYearly: ("每年", "yearly"),
        .errorPrefix: ("错误", "error"),
        .nothingChangedSuffix: ("未作任何改动", "nothing was changed"),
        .setNothingChanged: ("{0} 没有改动:所填与现有的相同", "{0} unchanged: the values given are the ones it has"),
        .uiNothingChanged: ("没有改动", "nothing changed"),
        .uiDiscardTyped: ("放弃已输入的文字?按 y 放弃,按其他键继续编辑", "Discard what you typed? y discards, any other key goes back to editing"),
        .uiHelpUndo: ("撤销自己的上一次修改(整条命令或整个对话框)", "Undo your last change (the whole command or dialog)"),
        .uiHintUndo: ("撤销", "undo"),
        .uiUndone: ("已撤销:{0}", "undone: {0}"),

        ]
    }
}
