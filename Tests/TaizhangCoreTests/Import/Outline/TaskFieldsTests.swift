import Testing
@testable import TaizhangCore

/// The fields beside a requirement: brackets, label lines, role sentences.
@Suite struct TaskFieldsTests {
    @Test func bracketWithLabelsLeaderAndTimeLimit() throws {
        let f = try #require(TaskFields.bracket("责任领导:张三;牵头单位:市发改委;责任单位:市财政局,6月底完成"))
        #expect(f.leader == "张三")
        #expect(f.unitCells.map(\.written) == ["市发改委", "市财政局"])
        #expect(f.unitCells.map(\.columnRole) == [.lead, nil])
        #expect(f.deadline == "6月底完成")
    }

    @Test func bracketOfRoleWords() throws {
        let f = try #require(TaskFields.bracket("市发展改革委、市教委分别负责落实"))
        #expect(f.unitCells.map(\.written) == ["市发展改革委、市教委分别负责落实"])
        #expect(f.deadline == nil && f.leader == nil)
    }

    @Test func bracketWithLeaderPostsAndANote() throws {
        let f = try #require(TaskFields.bracket("分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同"))
        #expect(f.leader == "分管副省长、协管副秘书长")
        #expect(f.unitCells.map(\.written) == ["省科技厅牵头"])
    }

    @Test(arguments: ["以下简称《目录》", "2021—2025年", "试行", "见附件1"])
    func bracketsThatAreNoFields(inner: String) {
        #expect(TaskFields.bracket(inner) == nil)
    }

    @Test func labelLineWithSeveralFields() throws {
        let f = try #require(TaskFields.labels("牵头单位:县卫健局;配合单位:各乡镇;完成时限:2021年底"))
        #expect(f.unitCells.map(\.columnRole) == [.lead, .support])
        #expect(f.deadline == "2021年底")
    }

    @Test func labelsInTraditionalCharactersWithGlosses() throws {
        let f = try #require(TaskFields.labels("責(zé)任單位:縣安監(jiān)局"))
        #expect(f.unitCells.map(\.written) == ["縣安監(jiān)局"])
    }

    @Test func roleSentences() throws {
        #expect(try #require(TaskFields.roleSentence("此项工作由市发改委负责,市财政局配合。")).unitCells.count == 1)
        #expect(TaskFields.roleSentence("市发改委牵头落实。") != nil)
        #expect(TaskFields.roleSentence("各部门要加强协调配合,形成工作合力。") == nil)
        #expect(TaskFields.roleSentence("市发改委牵头的项目库") == nil)
    }
}
