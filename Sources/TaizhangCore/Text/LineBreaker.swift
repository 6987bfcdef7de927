/// Breaks one paragraph (no newlines) into lines of at most `limit` columns.
///
/// The rules a reader of Chinese plans expects:
/// - Chinese may break between any two characters.
/// - A run of narrow non-space characters (an ASCII word, a number, `2024-05`) stays whole
///   when it fits on a line, and is cut by character only when it is longer than a line.
/// - Closing punctuation (`，。、；：？！）」』`…) does not start a line: the character before it
///   moves down with it, unless that would not fit either.
/// - Spaces where a line breaks are dropped; indentation at the paragraph start is kept.
struct LineBreaker {
    let limit: Int

    /// Punctuation that belongs to the end of the text before it.
    static let closing: Set<Character> = Set("，。、；：？！）」』》〉】〕］｝”’．,.;:?!)]}")

    /// A unit the breaker never splits (unless longer than a line): a word, a space, a CJK character.
    /// Its text is a slice of the paragraph, so that a line is cut out once rather than
    /// joined from its pieces (wrapping a long list made a string per character).
    struct Piece {
        var text: Substring
        var width: Int
        var isSpace: Bool
    }

    func lines(of paragraph: Substring) -> [String] {
        var state = State(limit: limit)
        for piece in Self.pieces(of: paragraph) { state.add(piece) }
        return state.finish()
    }

    /// Splits a paragraph into pieces: narrow runs join into words, wide characters stand alone,
    /// zero-width characters stay with the piece before them.
    static func pieces(of paragraph: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var wordStart: Substring.Index?, wordWidth = 0
        var i = paragraph.startIndex
        while i < paragraph.endIndex {
            let character = paragraph[i], next = paragraph.index(after: i)
            let w = DisplayWidth.width(character)
            if w == 1 && character != " " {
                if wordStart == nil { wordStart = i; wordWidth = 0 }
                wordWidth += 1
                i = next
                continue
            }
            if let start = wordStart { pieces.append(Piece(text: paragraph[start..<i], width: wordWidth, isSpace: false)); wordStart = nil }
            if w == 0, let last = pieces.indices.last {
                pieces[last].text = paragraph[pieces[last].text.startIndex..<next]
            } else {
                pieces.append(Piece(text: paragraph[i..<next], width: w, isSpace: character == " "))
            }
            i = next
        }
        if let start = wordStart { pieces.append(Piece(text: paragraph[start...], width: wordWidth, isSpace: false)) }
        return pieces
    }

    /// The line being filled and the lines finished so far.
    struct State {
        let limit: Int
        var done: [String] = []
        var line: [Piece] = []
        var used = 0
        var afterBreak = false

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
            guard let first = piece.text.first, LineBreaker.closing.contains(first),
                  line.count > 1, let last = line.last, !last.isSpace,
                  last.width + piece.width <= limit else { return nil }
            line.removeLast()
            used -= last.width
            return last
        }

        /// Cuts a word longer than a line into line-sized parts.
        mutating func addByCharacter(_ piece: Piece) {
            for i in piece.text.indices {
                let w = DisplayWidth.width(piece.text[i])
                if used + w > limit && !line.isEmpty { breakLine() }
                append(Piece(text: piece.text[i..<piece.text.index(after: i)], width: w, isSpace: false))
            }
        }

        mutating func append(_ piece: Piece) {
            line.append(piece)
            used += piece.width
            if !piece.isSpace { afterBreak = false }
        }

        mutating func breakLine() {
            done.append(text())
            line = []
            used = 0
            afterBreak = true
        }

        mutating func finish() -> [String] {
            if !line.isEmpty || done.isEmpty { done.append(text()) }
            return done
        }

        /// The line's text: its pieces follow each other in the paragraph (spaces are only
        /// ever left out at a line's start or end), so it is one slice.
        func text() -> String {
            var end = line.endIndex
            while end > line.startIndex && line[end - 1].isSpace { end -= 1 }
            guard end > line.startIndex else { return "" }
            let first = line[line.startIndex].text, last = line[end - 1].text
            return String(first.base[first.startIndex..<last.endIndex])
        }
    }
}
