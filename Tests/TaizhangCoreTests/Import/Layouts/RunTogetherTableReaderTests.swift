import Testing
@testable import TaizhangCore

/// A table shown by a document-sharing site: cells run together, page numbers cut the stream.
/// Written here in the kind's shape (not copied from any plan of the corpus).
@Suite struct RunTogetherTableReaderTests {
    static let page = """
    某县河道整治任务分工表.docx
    《某县河道整治任务分工表.docx》由会员分享,可在线阅读,更多相关《某县河道整治任务分工表.docx(3页珍藏版)》请在文库上搜索。
    1、某县河道整治任务分工表序号工作内容目标任务责任单位备注1开展河道清淤疏浚,清理河道垃圾和障碍物。2023年6月底前,完成主要河道清淤。县水利局、县城管局,各乡镇人民政府2建立河长巡河制度,落实巡河记录和问题交办。2023年3月底前,建立制度并运行。县河长办、县
    2、生态环境局,各乡镇人民政府3整治入河排污口,规范设置标识标牌。2023年9月底前,完成排查整治。县生态环境局、县住建局4推进沿河绿化美化,建设滨水步道。
    """

    @Test func rowsAreToldApartByTheirNumbersAndFullStops() throws {
        let draft = try #require(RunTogetherTableReader().readIfRunTogether(SourceText(Self.page)))
        let tasks = draft.tasks
        #expect(tasks.map(\.number) == ["1", "2", "3", "4"])
        #expect(tasks[0].text.hasPrefix("开展河道清淤疏浚"))
        #expect(tasks[0].deadline == "2023年6月底前", "\(tasks[0].text) / \(tasks[0].measure ?? "")")
        #expect(tasks[0].unitCells.map(\.written) == ["县水利局、县城管局、各乡镇人民政府"])
        // The page number inside a unit's name is taken out.
        #expect(tasks[1].unitCells.first?.written.contains("县生态环境局") == true)
        #expect(tasks[2].unitCells.map(\.written) == ["县生态环境局、县住建局"])
        #expect(draft.titles.first == "某县河道整治任务分工表")
        #expect(tasks.allSatisfy { $0.flags.contains { $0.kind == .layoutGuessed } })
    }

    @Test func unitsThatRanTogetherAreSplitAtTheEndingsOfNames() {
        #expect(RunTogetherTableReader.unitNames("县教育局开发区产业园(城东镇)各街道县国有公司")
                == ["县教育局", "开发区", "产业园(城东镇)", "各街道", "县国有公司"])
    }

    /// A large document is never streamed character by character: sharing sites show pages.
    @Test func largeDocumentsAreLeftToTheOtherReaders() {
        let filler = String(repeating: "1 | 推进政务公开标准化规范化建设 | 区政务办 | 年底前\n", count: 40_000)
        #expect(Self.page.utf8.count + filler.utf8.count > RunTogetherTableReader.largestPage)
        #expect(RunTogetherTableReader().readIfRunTogether(SourceText(Self.page + "\n" + filler)) == nil)
        #expect(RunTogetherTableReader().readIfRunTogether(SourceText(Self.page)) != nil)
    }

    @Test func prose(){
        #expect(RunTogetherTableReader().readIfRunTogether(SourceText("一、总体要求\n(一)加强领导。各单位要高度重视。(县政府办负责)\n")) == nil)
    }
}
