import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang calendar`: what falls due when, as a month grid with the list of tasks under it,
/// or a year overview.
struct CalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "calendar",
        abstract: CLI.strings(.helpCalendar),
        discussion: CLI.strings(.helpCalendarDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpMonth)) var month: String?
    @Option(help: CLI.help(.helpYear)) var year: Int?
    @Option(help: CLI.help(.helpUnitOrPart)) var unit: String?
    @Option(help: CLI.help(.helpPlanOrPart)) var plan: String?

    func validate() throws {
        if month != nil && year != nil { throw ValidationError(CLI.strings(.monthOrYear)) }
        if let month, Self.parseMonth(month) == nil { throw ValidationError(CLI.strings(.monthInvalid, month)) }
        if let year, !(1990...2100).contains(year) { throw ValidationError(CLI.strings(.yearImplausible, year)) }
    }

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        try ctx.checkUnit(unit, in: ledger)
        let tasks = TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today)
        let view = CalendarView(context: ctx.output(ledger))
        if let year {
            let calendar = DueCalendar(tasks: tasks, from: Day(year: year, month: 1, day: 1)!,
                                       through: Day(year: year, month: 12, day: 31)!, asOf: ctx.today)
            ctx.out(view.year(year, calendar: calendar))
            return
        }
        let (y, m) = month.flatMap(Self.parseMonth) ?? (ctx.today.year, ctx.today.month)
        let calendar = DueCalendar(tasks: tasks, from: Day(year: y, month: m, day: 1)!,
                                   through: Day.lastDay(ofMonth: m, year: y), asOf: ctx.today)
        ctx.out(view.month(year: y, month: m, calendar: calendar))
    }

    static func parseMonth(_ text: String) -> (Int, Int)? {
        guard let day = Day(iso: text + "-01") else { return nil }
        return (day.year, day.month)
    }
}
