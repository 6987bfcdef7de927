import Testing
@testable import TaizhangCore

/// The one numbering grammar: every style, lost markers, and what is no marker.
@Suite struct ItemMarkerTests {
    @Test(arguments: [
        ("一、加强领导", ItemMarker.Style.chinese, 1, "加强领导"),
        ("十二.深化改革", .chinese, 12, "深化改革"),
        ("（三）推进公开", .chineseParen, 3, "推进公开"),
        ("(十一)强化监督", .chineseParen, 11, "强化监督"),
        ("3.完善制度", .arabic, 3, "完善制度"),
        ("12、开展检查", .arabic, 12, "开展检查"),
        ("１．全角数字", .arabic, 1, "全角数字"),
        ("(4)落实责任", .arabicParen, 4, "落实责任"),
        ("②建立台账", .circled, 2, "建立台账"),
        ("二是强化宣传", .ordinalWord, 2, "强化宣传"),
        ("第三部分 保障措施", .part, 3, "保障措施"),
    ])
    func markers(text: String, style: ItemMarker.Style, ordinal: Int, rest: String) throws {
        let (marker, after) = try #require(ItemMarker.leading(text))
        #expect(marker.style == style)
        #expect(marker.ordinal == ordinal)
        #expect(after == rest)
        #expect(!marker.lost)
    }

    @Test func lostMarkersAreReadAndSaidSo() throws {
        let (a, restA) = try #require(ItemMarker.leading("、聚焦条例落实"))
        #expect(a.style == .chinese && a.lost && a.ordinal == nil && restA == "聚焦条例落实")
        let (b, _) = try #require(ItemMarker.leading(")狠抓任务落实"))
        #expect(b.style == .chineseParen && b.lost)
    }

    @Test(arguments: ["1.5倍以上", "一批重点项目", "2021年底前完成", "十分重要", "第一次会议", ""])
    func notMarkers(text: String) {
        #expect(ItemMarker.leading(text) == nil)
    }

    @Test func stylesNestInTheOfficialOrder() {
        #expect(ItemMarker.Style.chinese < .chineseParen)
        #expect(ItemMarker.Style.chineseParen < .arabic)
        #expect(ItemMarker.Style.arabic < .arabicParen)
    }

    @Test func theMarkerIsKeptAsWritten() throws {
        #expect(try #require(ItemMarker.leading("（一）标题")).marker.written == "（一）")
        #expect(try #require(ItemMarker.leading("二是内容")).marker.number == "二是")
    }
}
