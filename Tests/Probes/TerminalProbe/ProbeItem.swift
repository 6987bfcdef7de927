import TaizhangUI

/// One row of the probe's list.
struct ProbeItem: Hashable {
    var text: String
    var role: ColorRole? = nil
    /// Drawn without an ellipsis, so the buffer's own clipping at the right edge shows.
    var clipped = false

    /// 60 rows that exercise the adapter: Chinese, full-width forms, a row longer than the
    /// window, a wide character straddling the right edge, and hostile control sequences.
    static func samples() -> [ProbeItem] {
        var items = [
            ProbeItem(text: "标记ABC目标：推进数字政府建设（牵头）"),
            ProbeItem(text: "ASCII only row, nothing wide here"),
            ProbeItem(text: "Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ１２３，全角标点。"),
            ProbeItem(text: "HOSTILE\u{1B}[31m红色\u{07}响铃\u{9B}2J\u{202E}反转"),
            ProbeItem(text: "LONG" + String(repeating: "长行文本", count: 12) + "END"),
            ProbeItem(text: String(repeating: "x", count: 77) + "中文EDGE", clipped: true),
            ProbeItem(text: "OVERDUE 逾期任务：已超过时限 12 天", role: .overdue),
            ProbeItem(text: "DONE 已完成：第一季度报告", role: .done),
            ProbeItem(text: "SOON 即将到期：6月30日前", role: .dueSoon),
        ]
        let units = ["市发改委", "市财政局", "市住建局", "市教育局", "市卫健委"]
        while items.count < 60 {
            let n = items.count
            items.append(ProbeItem(text: "第\(n)项 \(units[n % units.count]) 负责 task \(n)"))
        }
        return items
    }
}
