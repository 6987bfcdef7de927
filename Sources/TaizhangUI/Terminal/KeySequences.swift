/// The escape sequences terminals send for keys, gathered from the clients officers use.
///
/// terminfo describes one mode of one terminal, but over SSH `TERM` rarely names the client:
/// PuTTY, Xshell and SecureCRT all say `xterm` and then send their own sequences (PuTTY's
/// Home is `ESC[1~`, xterm's is `ESC[H`). So the table holds every client's sequences, and
/// the terminal's terminfo entries are added on top (see `docs/keys.md` for the sources).
public struct KeySequences: Sendable {
    /// A client and the sequences it sends, for the table and for the tests that replay them.
    public struct Client: Sendable {
        public let name: String
        public let keys: [(sequence: String, key: KeyEvent)]
    }

    /// Full sequences (starting with ESC) and what they mean.
    public private(set) var table: [String: KeyEvent]

    /// The built-in sequences plus `terminfo` (which wins where both name a sequence).
    public init(terminfo: [(sequence: String, key: KeyEvent)] = []) {
        var table: [String: KeyEvent] = [:]
        for client in Self.clients { for (sequence, key) in client.keys { table[sequence] = key } }
        for (sequence, key) in terminfo where sequence.first == "\u{1B}" && sequence.count > 1 { table[sequence] = key }
        self.table = table
    }

    static let esc = "\u{1B}"
    static func csi(_ s: String) -> String { esc + "[" + s }
    static func ss3(_ s: String) -> String { esc + "O" + s }

    static let arrowsNormal: [(String, KeyEvent)] = [(csi("A"), .up), (csi("B"), .down), (csi("C"), .right), (csi("D"), .left)]
    static let arrowsApplication: [(String, KeyEvent)] = [(ss3("A"), .up), (ss3("B"), .down), (ss3("C"), .right), (ss3("D"), .left)]
    /// `ESC[n~` for the editing keys, as VT220, PuTTY's default, screen, tmux and the Linux console send.
    static let vt220Editing: [(String, KeyEvent)] = [
        (csi("1~"), .home), (csi("2~"), .insert), (csi("3~"), .delete), (csi("4~"), .end),
        (csi("5~"), .pageUp), (csi("6~"), .pageDown),
    ]
    /// F5–F12 as `ESC[15~` … `ESC[24~` (the numbers skip 16 and 22, as on a VT220).
    static let functionTilde: [(String, KeyEvent)] = zip([15, 17, 18, 19, 20, 21, 23, 24], 5...12)
        .map { (csi("\($0.0)~"), .function($0.1)) }
    static let functionSS3: [(String, KeyEvent)] = zip(["P", "Q", "R", "S"], 1...4).map { (ss3($0.0), .function($0.1)) }
    static let functionVT220: [(String, KeyEvent)] = zip(11...14, 1...4).map { (csi("\($0.0)~"), .function($0.1)) }
    /// The numeric keypad in application mode: digits, operators and Enter. Two of its keys
    /// are left out because other clients send them for more common keys: 7 (`ESC O w`, End
    /// in PuTTY's rxvt mode) and = (`ESC O X`, F9 in PuTTY's VT100+ mode). The program never
    /// switches the keypad to application mode, so a keypad sends them only when set to.
    static let keypadApplication: [(String, KeyEvent)] = {
        var keys: [(String, KeyEvent)] = zip("pqrstuv".map(String.init), "0123456".map { KeyEvent.character($0) }).map { (ss3($0.0), $0.1) }
        keys += [(ss3("x"), .character("8")), (ss3("y"), .character("9"))]
        keys += [(ss3("M"), .enter), (ss3("j"), .character("*")), (ss3("k"), .character("+")), (ss3("l"), .character(",")),
                 (ss3("m"), .character("-")), (ss3("n"), .character(".")), (ss3("o"), .character("/"))]
        return keys
    }()

    public static let clients: [Client] = [
        Client(name: "xterm (normal mode)", keys: arrowsNormal + [
            (csi("H"), .home), (csi("F"), .end), (csi("2~"), .insert), (csi("3~"), .delete),
            (csi("5~"), .pageUp), (csi("6~"), .pageDown), (csi("Z"), .backTab),
        ] + functionSS3 + functionTilde),
        Client(name: "xterm (application mode)", keys: arrowsApplication + [(ss3("H"), .home), (ss3("F"), .end)] + keypadApplication),
        Client(name: "PuTTY (ESC[n~, its default)", keys: arrowsNormal + arrowsApplication + vt220Editing + functionVT220 + functionTilde),
        Client(name: "PuTTY (SCO)", keys: [
            (csi("H"), .home), (csi("F"), .end), (csi("I"), .pageUp), (csi("G"), .pageDown), (csi("L"), .insert),
        ] + zip("MNOPQRSTUVWX".map(String.init), 1...12).map { (csi($0.0), .function($0.1)) }),
        Client(name: "PuTTY (VT100+)", keys: zip("PQRSTUVWXYZ[".map(String.init), 1...12).map { (ss3($0.0), .function($0.1)) }),
        // PuTTY's rxvt Home/End setting sends End as ESC O w, which xterm's application keypad
        // uses for 7; we never switch the keypad to application mode, so it means End here.
        Client(name: "PuTTY (rxvt Home/End)", keys: [(csi("H"), .home), (ss3("w"), .end)]),
        Client(name: "Xshell and SecureCRT (xterm, VT220)", keys: arrowsNormal + arrowsApplication + vt220Editing
               + functionSS3 + functionVT220 + functionTilde),
        Client(name: "screen and tmux", keys: arrowsNormal + arrowsApplication + vt220Editing + functionSS3 + functionTilde),
        Client(name: "rxvt", keys: arrowsNormal + [
            (csi("7~"), .home), (csi("8~"), .end), (csi("2~"), .insert), (csi("3~"), .delete),
            (csi("5~"), .pageUp), (csi("6~"), .pageDown),
            (csi("a"), .up), (csi("b"), .down), (csi("c"), .right), (csi("d"), .left),
            (ss3("a"), .up), (ss3("b"), .down), (ss3("c"), .right), (ss3("d"), .left),
        ] + functionVT220 + functionTilde),
        Client(name: "Linux console", keys: arrowsNormal + vt220Editing
               + zip("ABCDE".map(String.init), 1...5).map { (csi("[" + $0.0), .function($0.1)) } + functionTilde.dropFirst()),
        Client(name: "VT100", keys: arrowsNormal + arrowsApplication + functionSS3),
    ]
}
