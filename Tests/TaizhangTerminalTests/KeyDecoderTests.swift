import CNCurses
import Testing
@testable import TaizhangTerminal
import TaizhangUI

@Suite struct KeyDecoderTests {
    @Test func functionKeyCodes() {
        #expect(KeyDecoder.key(code: KEY_UP) == .up)
        #expect(KeyDecoder.key(code: KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.key(code: KEY_DC) == .delete)
        #expect(KeyDecoder.key(code: KEY_IC) == .insert)
        #expect(KeyDecoder.key(code: KEY_BTAB) == .backTab)
        #expect(KeyDecoder.key(code: tz_key_f(1)) == .function(1))
        #expect(KeyDecoder.key(code: tz_key_f(12)) == .function(12))
        #expect(KeyDecoder.key(code: KEY_MOUSE) == nil)
    }
}
