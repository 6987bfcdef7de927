import Testing
@testable import TaizhangCore

/// The byte searches that stand in for Foundation's: same answers on plan text.
@Suite struct FastSearchTests {
    @Test func byteRangeFindsWhatRangeOfFinds() {
        let texts = ["列第一位的为牵头单位(下同)", "牵头", "区发改局牵头,区各单位配合", "没有", "", "e\u{301}牵头", "ab牵头cd牵头"]
        for text in texts {
            for needle in ["牵头", "为", "cd", "没有关系"] {
                #expect(text.byteRange(of: needle) == text.range(of: needle), "\(needle) in \(text)")
            }
        }
    }

    @Test func aMatchThatCutsACharacterIsNotOne() {
        // "e" followed by a combining accent is one character: "e" alone is not in it.
        let text = "cafe\u{301}"
        #expect(text.byteRange(of: "cafe") == text.range(of: "cafe"))
    }
}
