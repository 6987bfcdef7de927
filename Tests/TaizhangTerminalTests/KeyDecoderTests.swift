import CNCurses
import Testing
@testable import TaizhangTerminal
import TaizhangUI

@Suite struct KeyDecoderTests {
    @Test func controlBytesHaveTheirNames() {
        #expect(KeyDecoder.key(character: 0x0D) == .enter)
        #expect(KeyDecoder.key(character: 0x09) == .tab)
        #expect(KeyDecoder.key(character: 0x7F) == .backspace)
        #expect(KeyDecoder.key(character: 0x08) == .backspace)
        #expect(KeyDecoder.key(character: 0x1B) == .escape)
        #expect(KeyDecoder.key(character: 0x0C) == .control("l"))
        #expect(KeyDecoder.key(character: 0x01) == .control("a"))
    }

    @Test func c1ControlsAreNotKeys() {
        #expect(KeyDecoder.key(character: 0x9B) == nil)
        #expect(KeyDecoder.key(character: 0x85) == nil)
    }

    @Test func printableCharactersIncludeChinese() {
        #expect(KeyDecoder.key(character: 0x6D4B) == .character("测"))
        #expect(KeyDecoder.key(character: 0x71) == .character("q"))
        #expect(KeyDecoder.key(character: 0xD800) == nil)
    }

    @Test func functionKeyCodes() {
        #expect(KeyDecoder.key(code: KEY_UP) == .up)
        #expect(KeyDecoder.key(code: KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.key(code: KEY_DC) == .delete)
        #expect(KeyDecoder.key(code: KEY_BTAB) == .backTab)
        #expect(KeyDecoder.key(code: tz_key_f(1)) == .function(1))
        #expect(KeyDecoder.key(code: tz_key_f(12)) == .function(12))
        #expect(KeyDecoder.key(code: KEY_MOUSE) == nil)
    }
}
