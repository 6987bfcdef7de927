/// Breaks one paragraph (no newlines) into lines of at most `limit` columns.
///
/// The rules a reader of Chinese plans expects:
/// - Chinese may break between any two characters.
/// - A run of narrow non-space characters (an ASCII word, a number, `2024-05`) stays whole
///   when it fits on a line, and is cut by character only when it is longer than a line.
/// - Closing punctuation (`，。、；：？！）」』`…) does not start a line: the character before it
///   moves down with it, unless that would not fit either.
/// - Spaces where a line breaks are dropped; indentation at the paragraph start is kept.
///
/// Lines come back as byte ranges of the text's UTF-8, so that a table of 16,900 tasks copies
/// each line once, into its output, and makes no string per line or per character.
struct LineBreaker {
    let limit: Int

    /// Punctuation that belongs to the end of the text before it.
    static let closing: Set<Character> = Set(closingText)
    private static let closingText = "，。、；：？！）」』》〉】〕］｝”’．,.;:?!)]}"
    /// `closing` by scalar, looked up without hashing (it is asked of every character).
    private static let closingScalars: [UInt32] = closingText.unicodeScalars.map(\.value).sorted()

    /// One line: its bytes in the text's UTF-8 and the columns it takes.
    struct Line: Equatable {
        var start: Int
        var end: Int
        var width: Int
    }

    /// One character: its bytes, its width, and what the rules need to know of it.
    struct Atom {
        var start: Int
        var end: Int
        var width: Int
        var isSpace: Bool
        var isClosing: Bool
    }

    /// A unit the breaker never splits (unless longer than a line): a word, a space, a CJK
    /// character, as a run of atoms.
    struct Piece {
        var atoms: Range<Int>
        var width: Int
        var isSpace: Bool
    }

    /// The lines of the paragraph `bytes[range]` of `text` (whose UTF-8 `bytes` are).
    func lines(of text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Line] {
        let atoms = Self.fastAtoms(bytes, range) ?? Self.characterAtoms(text, range)
        var state = State(limit: limit, atoms: atoms)
        Self.forEachPiece(of: atoms) { state.add($0) }
        return state.finish()
    }

    /// The characters of the paragraph counted by scalar, when every scalar is a character of
    /// its own with a width known without looking at its neighbours: printable ASCII, Latin
    /// letters, general punctuation, symbols, CJK punctuation, ideographs and full-width forms — the
    /// text of nearly every plan. Nil when some other scalar is there (combining marks, emoji,
    /// joiners), for `characterAtoms`.
    static func fastAtoms(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Atom]? {
        var atoms: [Atom] = []
        atoms.reserveCapacity(range.count / 2)
        var i = range.lowerBound
        while i < range.upperBound {
            let (value, length) = UTF8Scalar.decode(bytes, at: i, end: range.upperBound)
            let width: Int
            switch value {
            case 0x20...0x7E: width = 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xFF01...0xFF60, 0x3000...0x3029, 0x3030...0x303E: width = 2
            case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF:
                width = DisplayWidth.width(Unicode.Scalar(value)!)
            default: return nil
            }
            atoms.append(Atom(start: i, end: i + length, width: width, isSpace: value == 0x20,
                              isClosing: isClosing(value)))
            i += length
        }
        return atoms
    }

    @inline(__always)
    static func isClosing(_ value: UInt32) -> Bool {
        guard value >= 0x21 else { return false }
        var low = 0, high = closingScalars.count
        while low < high {
            let mid = (low + high) / 2
            if closingScalars[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < closingScalars.count && closingScalars[low] == value
    }

    /// The characters of the paragraph found the slow way, for any text.
    static func characterAtoms(_ text: String, _ range: Range<Int>) -> [Atom] {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        var atoms: [Atom] = []
        var offset = range.lowerBound
        for character in text[lower..<upper] {
            let length = character.utf8.count
            atoms.append(Atom(start: offset, end: offset + length, width: DisplayWidth.width(character),
                              isSpace: character == " ", isClosing: closing.contains(character)))
            offset += length
        }
        return atoms
    }

    /// Splits a paragraph into pieces, handed to `body` one by one (a table of 16,900 rows
    /// would otherwise make an array of them per cell): narrow runs join into words, wide
    /// characters stand alone, zero-width characters stay with the piece before them.
    static func forEachPiece(of atoms: [Atom], _ body: (Piece) -> Void) {
        var pending: Piece?
        var wordStart: Int?
        func push(_ piece: Piece) {
            if let pending { body(pending) }
            pending = piece
        }
        for (i, atom) in atoms.enumerated() {
            if atom.width == 1 && !atom.isSpace {
                if wordStart == nil { wordStart = i }
                continue
            }
            if let start = wordStart { push(Piece(atoms: start..<i, width: i - start, isSpace: false)); wordStart = nil }
            if atom.width == 0, let last = pending {
                pending!.atoms = last.atoms.lowerBound..<(i + 1)
            } else {
                push(Piece(atoms: i..<(i + 1), width: atom.width, isSpace: atom.isSpace))
            }
        }
        if let start = wordStart { push(Piece(atoms: start..<atoms.count, width: atoms.count - start, isSpace: false)) }
        if let pending { body(pending) }
    }

    /// The line being filled and the lines finished so far.
    struct State {
        let limit: Int
        let atoms: [Atom]
        var done: [Line] = []
        var line: [Piece] = []
        var used = 0
        var afterBreak = false

        init(limit: Int, atoms: [Atom]) {
            self.limit = limit
            self.atoms = atoms
        }

        mutating func add(_ piece: Piece) {
            if piece.isSpace && afterBreak { return }
            if used + piece.width <= limit { append(piece); return }
            if piece.isSpace { breakLine(); return }
            if piece.width > limit { addByCharacter(piece); return }
            let carried = carriedPiece(before: piece)
            breakLine()
            if let carried { append(carried) }
            append(piece)
        }

        /// The piece to move down with closing punctuation, if moving it helps.
        mutating func carriedPiece(before piece: Piece) -> Piece? {
            guard atoms[piece.atoms.lowerBound].isClosing,
                  line.count > 1, let last = line.last, !last.isSpace,
                  last.width + piece.width <= limit else { return nil }
            line.removeLast()
            used -= last.width
            return last
        }

        /// Cuts a word longer than a line into line-sized parts.
        mutating func addByCharacter(_ piece: Piece) {
            for i in piece.atoms {
                let w = atoms[i].width
                if used + w > limit && !line.isEmpty { breakLine() }
                append(Piece(atoms: i..<(i + 1), width: w, isSpace: false))
            }
        }

        mutating func append(_ piece: Piece) {
            line.append(piece)
            used += piece.width
            if !piece.isSpace { afterBreak = false }
        }

        mutating func breakLine() {
            done.append(text())
            line.removeAll(keepingCapacity: true)
            used = 0
            afterBreak = true
        }

        mutating func finish() -> [Line] {
            if !line.isEmpty || done.isEmpty { done.append(text()) }
            return done
        }

        /// The line's bytes: its pieces follow each other in the paragraph (spaces are only
        /// ever left out at a line's start or end), so it is one range.
        func text() -> Line {
            var end = line.endIndex, width = used
            while end > line.startIndex && line[end - 1].isSpace { end -= 1; width -= line[end].width }
            guard end > line.startIndex else { return Line(start: 0, end: 0, width: 0) }
            return Line(start: atoms[line[line.startIndex].atoms.lowerBound].start,
                        end: atoms[line[end - 1].atoms.upperBound - 1].end, width: width)
        }
    }
}

/// Reads one scalar from UTF-8 that Swift has already validated (a `String`'s own bytes).
enum UTF8Scalar {
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < end { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < end {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < end {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}
