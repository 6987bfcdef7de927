import Testing
@testable import TaizhangCore

@Suite struct CharacterSlicerTests {
    /// The slicer cuts where an array of Characters would, grapheme clusters included.
    @Test func slicesAsAnArrayOfCharactersWould() {
        let text = "(一)加强👨‍👩‍👧协调e\u{301}。牵头单位:市发改委"
        let chars = Array(text), slicer = CharacterSlicer(text)
        #expect(slicer.count == chars.count)
        for a in 0...chars.count {
            for b in a...chars.count { #expect(slicer[a..<b] == String(chars[a..<b])) }
        }
    }
}
