import Testing
@testable import TaizhangCore

/// How a table gives way at 80 columns: the task's text keeps room, identifying cells are
/// never cut, every line fits.
@Suite struct TextTableTests {
    func table(units: [String]) -> TextTable {
        // The columns of `taizhang list`.
        var t = TextTable([.init("Light"), .init("ID", identifying: true), .init("Status"), .init("Due", identifying: true),
                           .init("Lead unit", identifying: true), .init("Task", flexible: true)])
        for (i, unit) in units.enumerated() {
            t.add(["R", "DG17AB-19.\(i + 1)", "not started", "2021-12-31", unit,
                   "主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等。"])
        }
        return t
    }

    @Test func oneLongUnitNameWrapsRatherThanSqueezingEveryTask() {
        let long = "区政府办公室（区网站管理中心）"
        let t = table(units: Array(repeating: "办公室", count: 9) + [long] + Array(repeating: "区发展改革局", count: 10))
        let lines = t.render(width: 80).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { DisplayWidth.width($0) <= 80 })
        let layout = TextTable.Layout(fitting: t, into: 80)
        #expect(layout.widths[5] >= 20, "the task's text keeps a quarter of the width: \(layout.widths)")
        #expect(layout.wraps.contains(4) && layout.widths[4] >= DisplayWidth.width("区发展改革局"))
        // The long name is all there, over two lines or more, and nothing identifying is cut.
        let output = t.render(width: 80)
        let parts = DisplayWidth.wrap(long, width: layout.widths[4])
        #expect(parts.count >= 2 && parts.joined() == long)
        #expect(parts.allSatisfy { output.contains($0) })
        #expect(!output.contains("办…") && !output.contains("局…"))
    }

    @Test func aTableThatFitsIsLeftAlone() {
        let t = table(units: ["办公室", "区发展改革局"])
        let layout = TextTable.Layout(fitting: t, into: 400)
        #expect(layout.wraps.isEmpty && layout.gap == 2)
        #expect(layout.widths[4] == DisplayWidth.width("区发展改革局"))
    }

    @Test func withNothingElseToGiveTheTextNarrowsToEight() {
        let t = table(units: ["区政府办公室（区网站管理中心）"])
        let layout = TextTable.Layout(fitting: t, into: 40)
        #expect(layout.widths[5] >= 8)
        #expect(t.render(width: 40).split(separator: "\n").allSatisfy { DisplayWidth.width($0) <= 40 })
    }
}
