import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang calendar`: what falls due when, as a month grid with the list of tasks under it,
/// or a year overview.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "A month grid (weeks from Monday) with the tasks due each day, or a year overview.",
        discussion: "A recurring task shows on the due day of each of its periods. Default: the month of --as-of."
    )

    @OptionGroup var globals: GlobalOptions
    @Option(help: "The month to show, YYYY-MM.") var month: String?
    @Option(help: "Show the twelve months of this year.") var year: Int?
    @Option(help: "Only tasks of this unit (or units whose name contains it).") var unit: String?
    @Option(help: "Only this plan (code or part of its title).") var plan: String?

    func validate() throws {
        if month != nil && year != nil { throw ValidationError("give --month or --year, not both") }
        if let month, Self.parseMonth(month) == nil { throw ValidationError("--month: expected YYYY-MM, got \"\(month)\"") }
        if let year, !(1990...2100).contains(year) { throw ValidationError("--year: \(year) is not a plausible year") }
    }

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
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
