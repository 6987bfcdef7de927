import Testing
@testable import TaizhangUI

@Suite struct KeyParserTests {
    func keys(_ text: String, timeout: Bool = true) -> [KeyEvent] {
        var parser = KeyParser()
        var out = parser.feed(text)
        if timeout { out += parser.timeout() }
        return out
    }

    @Test func everyClientSequenceIsItsKey() {
        for client in KeySequences.clients {
            for (sequence, key) in client.keys {
                #expect(keys(sequence, timeout: false) == [key], "\(client.name): \(sequence.debugDescription)")
            }
        }
    }

    @Test func puttyHomeEndAndF1AreKeysNotEscapeAndLetters() {
        #expect(keys("\u{1B}[1~\u{1B}[4~\u{1B}[11~") == [.home, .end, .function(1)])
        #expect(keys("\u{1B}[M\u{1B}[X") == [.function(1), .function(12)])      // SCO
        #expect(keys("\u{1B}OP\u{1B}O[") == [.function(1), .function(12)])      // VT100+
        #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])     // Linux console
        #expect(keys("\u{1B}[7~\u{1B}[8~") == [.home, .end])                    // rxvt
    }

    @Test func modifiedKeysAreTheKeyItself() {
        #expect(keys("\u{1B}[1;5A") == [.up])
        #expect(keys("\u{1B}[3;2~") == [.delete])
        #expect(keys("\u{1B}[7^") == [.home])
        #expect(keys("\u{1B}[1;2P") == [.function(1)])
        #expect(keys("\u{1B}[15;5~") == [.function(5)])
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        #expect(keys("a\u{1B}[200~b") == [.character("a"), .character("b")])
        #expect(keys("\u{1B}[99;99z办") == [.character("办")])
        #expect(keys("\u{1B}Oz") == [])
        #expect(keys("\u{1B}x") == [.escape, .character("x")])          // a quick Esc then x
        #expect(keys("\u{1B}[12") == [])                                // cut short, then the delay passed
    }

    @Test func aLoneEscapeActsOnlyAfterTheDelay() {
        var parser = KeyParser()
        #expect(parser.feed("\u{1B}") == [])
        #expect(parser.isWaiting)
        #expect(parser.timeout() == [.escape])
        #expect(!parser.isWaiting)
        #expect(parser.feed("\u{1B}\u{1B}") == [.escape])
        #expect(parser.timeout() == [.escape])
    }

    @Test func plainCharactersAndControls() {
        #expect(keys("q测\r\t\u{7F}\u{08}\u{0C}") == [.character("q"), .character("测"), .enter, .tab, .backspace, .backspace, .control("l")])
        #expect(keys("\u{9B}") == [])
    }

    @Test func terminfoAddsAndOverrides() {
        var parser = KeyParser(sequences: KeySequences(terminfo: [("\u{1B}[99~", .home), ("\u{7F}", .delete)]))
        #expect(parser.feed("\u{1B}[99~\u{7F}") == [.home, .backspace])
    }

    @Test func aCharacterNoSequenceHoldsEndsTheSequence() {
        var parser = KeyParser()
        #expect(parser.feed("\u{1B}[" + String(repeating: "1;", count: 20) + "q") == [])
        #expect(!parser.isWaiting)
        #expect(parser.feed("\u{1B}[1;办") == [.character("办")])
        #expect(parser.feed("\u{1B}\r") == [.escape, .enter])
    }
}
