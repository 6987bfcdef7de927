import Testing
@testable import TaizhangCore

@Suite struct PinyinInitialsTests {
    @Test(arguments: [("花都", "HD"), ("淮南", "HN"), ("东莞", "DG"), ("上海", "SH"), ("汕尾", "SW"),
                      ("南宁邕州", "NNYZ"), ("亳州", "BZ"), ("衢州", "QZ"), ("阿坝", "AB"), ("A区", "AQ")])
    func initials(_ place: String, _ expected: String) {
        #expect(PinyinInitials.of(place) == expected)
    }
}
