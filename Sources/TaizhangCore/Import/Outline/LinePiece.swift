/// One item's worth of a line of running text: its number if it has one, its words, and
/// the fields written after them.
///
/// A line of a prose plan may hold several items: "(一)加强…。制定…。(市规划国土委负责落实)推进…。
/// (市发改委、市教委分别负责落实)", or "1.深化改革。(1)全面落实…(市工商局牵头负责)(2)完善…". A
/// line is cut into pieces after each bracket of fields, before each number that follows a
/// sentence's end, and before a run of labels ("。牵头单位:X;责任单位:Y").
struct LinePiece {
    var marker: ItemMarker?
    var text: String
    var fields: TaskFields?
    var line: Int
    /// The piece did not start its line.
    var inline: Bool
    /// A line naming the leader of every task after it, until another such line.
    var leadsFollowing = false
    /// The whole line was fields (label lines, a role sentence, a lone bracket).
    var fieldsOnly: Bool { text.isEmpty && fields != nil }

    /// Marker styles that may open an item in the middle of a line, after a sentence ends.
    static let inlineStyles: Set<ItemMarker.Style> = [.chineseParen, .arabic, .arabicParen, .circled, .ordinalWord]

    /// Cuts one line (markup stripped, trimmed) into pieces.
    static func split(_ raw: String, line: Int) -> [LinePiece] {
        // "车俊省长牵头重点工作": a line naming the leader of the tasks after it.
        if TextFolding.trim(raw).count <= 20, ItemMarker.leading(raw) == nil, let leader = FieldLabels.leader(inHeading: raw) {
            return [LinePiece(marker: nil, text: "", fields: TaskFields(leader: leader), line: line, inline: false, leadsFollowing: true)]
        }
        if let fields = TaskFields.labels(raw) ?? wholeRoleSentence(raw) ?? loneBracket(raw) {
            return [LinePiece(marker: nil, text: "", fields: fields, line: line, inline: false)]
        }
        let o = Array(raw), m = Array(TextFolding.matching(raw))
        guard o.count == m.count else { return [piece(raw, fields: nil, line: line, inline: false)] }
        var pieces: [LinePiece] = [], start = 0, i = 0
        func cut(_ end: Int, fields: TaskFields?, resume: Int) {
            let text = TextFolding.trim(String(o[start..<end]))
            if !text.isEmpty || fields != nil {
                pieces.append(piece(text, fields: fields, line: line, inline: start > 0))
            }
            start = resume
        }
        while i < m.count {
            // "粮食产量…以上 部门分工:省农业农村厅牵头…。 大力推进…": records run on in one line,
            // each label after a space, each record after a sentence's end and a space.
            if m[i].isWhitespace, i > start {
                var j = i
                while j < m.count, m[j].isWhitespace { j += 1 }
                let afterSentence = "。;".contains(m[i - 1]) && startsWithLabel(o, at: start)
                if j < m.count, afterSentence || startsWithLabel(o, at: j) {
                    cut(i, fields: nil, resume: j)
                    i = j
                    continue
                }
            }
            if BracketSplitter.openers.contains(m[i]), let close = closing(m, from: i) {
                let inner = String(o[(i + 1)..<close])
                if let fields = TaskFields.bracket(inner),
                   isTailPosition(m, open: i, close: close, strong: RoleWords.containsMarker(inner) || inner.contains(":") || inner.contains("：")) {
                    cut(i, fields: fields, resume: close + 1)
                    i = close + 1
                    continue
                }
                i = close + 1
                continue
            }
            if i > start, endsSentence(m, before: i) {
                // The rest of the line is copied only where a label or a number starts: this is
                // asked after every sentence, and copying at each made long lines quadratic.
                if startsWithLabel(o, at: i), let fields = TaskFields.labels(String(o[i...])) {
                    cut(i, fields: fields, resume: m.count)
                    break
                }
                if mayOpenMarker(m[i]), let (marker, _) = ItemMarker.parse(Array(m[i...])), inlineStyles.contains(marker.style),
                   !marker.lost, ItemMarker.leading(String(o[i...])) != nil {
                    cut(i, fields: nil, resume: i)
                }
            }
            i += 1
        }
        if start < o.count { cut(o.count, fields: nil, resume: o.count) }
        return pieces.map(withRoleSentence)
    }

    /// A piece with its leading number taken off; a piece of labels is fields, and a
    /// requirement's label ("工作措施:…") is taken off its text.
    private static func piece(_ text: String, fields: TaskFields?, line: Int, inline: Bool) -> LinePiece {
        if fields == nil, inline, let labelled = FieldLabels.labelled(text) {
            switch labelled.field {
            case .requirement, .measure, .group:
                return LinePiece(marker: nil, text: labelled.value, fields: nil, line: line, inline: inline)
            default:
                if let f = TaskFields.labels(text) { return LinePiece(marker: nil, text: "", fields: f, line: line, inline: inline) }
            }
        }
        if let (marker, rest) = ItemMarker.leading(text) {
            return LinePiece(marker: marker, text: rest, fields: fields, line: line, inline: inline)
        }
        return LinePiece(marker: nil, text: text, fields: fields, line: line, inline: inline)
    }

    /// A piece without fields whose last sentence names its units ("…。此项工作由X负责,Y配合。").
    private static func withRoleSentence(_ p: LinePiece) -> LinePiece {
        guard p.fields == nil else { return p }
        let sentences = sentenceRanges(p.text)
        guard sentences.count >= 2, let last = sentences.last,
              let fields = TaskFields.roleSentence(String(p.text[last])) else { return p }
        var out = p
        out.text = TextFolding.trim(String(p.text[..<last.lowerBound]))
        out.fields = fields
        return out
    }

    /// A line that is one role sentence: "此项工作由市发改委负责,市财政局配合。"
    private static func wholeRoleSentence(_ raw: String) -> TaskFields? {
        guard sentenceRanges(raw).count == 1, ItemMarker.leading(raw) == nil else { return nil }
        return TaskFields.roleSentence(raw)
    }

    /// A line that is one bracket of fields: "(牵头单位:市发改委)".
    private static func loneBracket(_ raw: String) -> TaskFields? {
        let t = TextFolding.trim(raw)
        guard let f = t.first, BracketSplitter.openers.contains(f), let l = t.last, BracketSplitter.closers.contains(l),
              BracketSplitter.isBalanced(String(t.dropFirst().dropLast())) else { return nil }
        return TaskFields.bracket(String(t.dropFirst().dropLast()))
    }

    /// Whether the text from `i` opens with a label (`FieldLabels.labelled`, whose colon stands
    /// within the first 25 characters): asked at every space of a line, so only that much is
    /// copied — copying the rest of the line each time made long table lines quadratic.
    private static func startsWithLabel(_ o: [Character], at i: Int) -> Bool {
        FieldLabels.labelled(String(o[i..<min(o.count, i + 26)])) != nil
    }

    /// Whether `ItemMarker.parse` can find a marker starting with `c` (it returns nil for any
    /// other first character).
    private static func mayOpenMarker(_ c: Character) -> Bool {
        c == "(" || c == "第" || c == "、" || c == ")" || (c.isASCII && c.isNumber) || ChineseNumerals.isNumeral(c)
            || ItemMarker.circled(c) != nil
    }

    /// The sentences of a text, each with its closing 。 or ;.
    static func sentenceRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = [], start = text.startIndex, depth = 0
        for i in text.indices {
            let c = text[i]
            if BracketSplitter.openers.contains(c) { depth += 1 }
            if BracketSplitter.closers.contains(c) { depth = max(0, depth - 1) }
            if depth == 0, "。;；!！?？\n".contains(c) {
                let end = text.index(after: i)
                ranges.append(start..<end)
                start = end
            }
        }
        if start < text.endIndex, !TextFolding.trim(text[start...]).isEmpty { ranges.append(start..<text.endIndex) }
        return ranges
    }

    /// The bracket closing the one opened at `open`, brackets inside it allowed.
    private static func closing(_ m: [Character], from open: Int) -> Int? {
        var depth = 0
        for j in open..<m.count {
            if BracketSplitter.openers.contains(m[j]) { depth += 1 }
            if BracketSplitter.closers.contains(m[j]) {
                depth -= 1
                if depth == 0 { return j }
            }
        }
        return nil
    }

    /// A bracket ends an item where the line ends after it or a sentence ends before or after
    /// it; in mid-sentence only when it says who does what (a label or a role word), since
    /// "会同市发改委(市物价局)" is part of the requirement.
    private static func isTailPosition(_ m: [Character], open: Int, close: Int, strong: Bool) -> Bool {
        if close + 1 >= m.count { return true }
        if open > 0, "。;.".contains(m[open - 1]) { return true }
        if "。;.".contains(m[close + 1]) { return true }
        return strong
    }

    /// True when the character before `i` ends a sentence or an item (white space aside), or
    /// is white space after a title ("一、持续推进… 1.推动…").
    private static func endsSentence(_ m: [Character], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, m[j].isWhitespace { j -= 1 }
        return j >= 0 && ("。;:!?".contains(m[j]) || j < i - 1 && !m[j].isASCII)
    }
}
