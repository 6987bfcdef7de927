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

extension TaskFieldsTests {
    @Test func aNoteAfterTheFieldsIsSetAside() throws {
        let inner = "牵头责任单位:县委宣传部、县应急管理局,协同责任单位:县安委会各成员单位。各镇(园区)落实属地管理责任,以下均需落实,不再重复列出"
        let f = try #require(TaskFields.bracket(inner))
        #expect(f.unitCells.map(\.written) == ["县委宣传部、县应急管理局", "县安委会各成员单位"])
        #expect(f.unitCells.map(\.columnRole) == [.lead, .support])
        let pieces = LinePiece.split("1.广泛开展宣传。组织学习。(" + inner + ")", line: 1)
        #expect(pieces.count == 1 && pieces[0].fields?.unitCells.count == 2)
    }
}
