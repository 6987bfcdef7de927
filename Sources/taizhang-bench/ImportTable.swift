import Foundation

/// A |-table plan of N rows, as large as the plans offices merge from many units: about 500
/// bytes a row (100,000 rows ≈ 50 MB), a section every 1,000 rows, a 工作任务 group every 50,
/// requirement text drawn from the seed plans, units and time limits of the kinds plans use.
enum ImportTable {
    static func write(rows: Int, sentences: [String], to path: String) throws {
        let units = ["区发展改革局牵头,区各单位配合", "办公室、法规科", "区财政局", "审批科、信用监管科、价监科", "区政务服务数据管理局"]
        let limits = ["2021年底", "长期推进", "6月底前", "年底前", "2021年10月31日"]
        var out = "示范区2021年政务公开工作要点任务分工方案\n序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限\n"
        out.reserveCapacity(rows * 520)
        var rng = SplitMix(seed: 7)
        for i in 0..<rows {
            if i % 1000 == 0 { out += "第\(i / 1000 + 1)部分 重点工作任务\n" }
            var text = ""
            while text.utf8.count < 380 { text += sentences[Int(rng.next() % UInt64(sentences.count))] }
            out += "\(i + 1) | 重点任务\(i / 50 + 1) | \(text) | \(units[i % units.count]) | \(limits[i % limits.count]) |\n"
        }
        try out.write(toFile: path, atomically: false, encoding: .utf8)
    }
}
