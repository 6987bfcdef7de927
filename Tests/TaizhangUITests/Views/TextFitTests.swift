import Testing
import TaizhangCore
@testable import TaizhangUI

@Suite struct TextFitTests {
    @Test func unitNamesCutInTheMiddleStayApart() {
        let names = ["各镇（街道）", "各镇（街）", "各镇（街、园区）", "区政务服务数据管理局", "区政务服务数据局"]
        let cut = names.map { TextFit.middle($0, 10) }
        #expect(Set(cut).count == names.count, "\(cut)")
        #expect(cut.allSatisfy { DisplayWidth.width($0) <= 10 })
        #expect(TextFit.middle("市编办", 10) == "市编办")
    }
}
