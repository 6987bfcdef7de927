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

    /// Where a sentence ends (and, for `sentenceRanges`, a line).
    private static let sentenceEnds: ScalarSet = ["。", ";", "；", "!", "！", "?", "？", "\n"]
    private static let clauseEnds: ScalarSet = ["。", ";"]
    private static let itemEnds: ScalarSet = ["。", ";", "."]
    private static let endsBeforeNumber: ScalarSet = ["。", ";", ":", "!", "?"]

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
        // `o[a..<b]` is the line's text between two character positions, cut from the string
        // itself: building a String from Characters one by one cost more than the reading.
        let o = CharacterSlicer(raw), m = Array(TextFolding.matching(raw))
        guard o.count == m.count else { return [piece(raw, fields: nil, line: line, inline: false)] }
        // Each character's scalar, and where the next colon is: the loop below asks about every
        // character, and comparing scalars costs a fraction of comparing Characters.
        let v = m.map { ScalarSet.scalar(of: $0) ?? UInt32.max }
        let colonAfter = nextColons(v)
        var pieces: [LinePiece] = [], start = 0, i = 0
        func cut(_ end: Int, fields: TaskFields?, resume: Int) {
            let text = TextFolding.trim(o[start..<end])
            if !text.isEmpty || fields != nil {
                pieces.append(piece(text, fields: fields, line: line, inline: start > 0))
            }
            start = resume
        }
        while i < m.count {
            // "粮食产量…以上 部门分工:省农业农村厅牵头…。 大力推进…": records run on in one line,
            // each label after a space, each record after a sentence's end and a space.
            if isSpace(v[i]), i > start {
                var j = i
                while j < m.count, isSpace(v[j]) { j += 1 }
                let afterSentence = clauseEnds.contains(scalar: v[i - 1]) && startsWithLabel(o, at: start, colonAfter)
                if j < m.count, afterSentence || startsWithLabel(o, at: j, colonAfter) {
                    cut(i, fields: nil, resume: j)
                    i = j
                    continue
                }
            }
            if BracketSplitter.openers.contains(scalar: v[i]), let close = closing(v, from: i) {
                let inner = o[(i + 1)..<close]
                // "…需求,〔省科技厅〕三、鼓励…": a bracket right before the next item's number
                // ends the item it follows.
                let beforeItem = close + 1 < v.count && opensRunOnItem(m, at: close + 1)
                if let fields = TaskFields.bracket(inner),
                   beforeItem || isTailPosition(v, open: i, close: close, strong: RoleWords.containsMarker(inner) || inner.contains(":") || inner.contains("：")) {
                    cut(i, fields: fields, resume: close + 1)
                    i = close + 1
                    continue
                }
                i = close + 1
                continue
            }
            // Only where a label or a number may start is it asked whether a sentence ended
            // before; the rest of the line is copied only then (copying at every sentence end
            // made long lines quadratic).
            let label = startsWithLabel(o, at: i, colonAfter), number = mayOpenMarker(v[i])
            // A digest whose items run on after their brackets ("…政府(行署)〕五、壮大…"): a
            // 一、-style number after a closing bracket starts the next item.
            if number, i > start, BracketSplitter.closers.contains(scalar: v[i - 1]), opensRunOnItem(m, at: i) {
                cut(i, fields: nil, resume: i)
                i += 1
                continue
            }
            if label || number, i > start, endsSentence(v, before: i) {
                if label, let fields = TaskFields.labels(o[i..<o.count]) {
                    cut(i, fields: fields, resume: m.count)
                    break
                }
                // A marker and the first words after it fit in a window; the rest is not read.
                let window = min(m.count, i + 60)
                if number, let (marker, _) = ItemMarker.parse(Array(m[i..<window])), inlineStyles.contains(marker.style),
                   !marker.lost, ItemMarker.leading(o[i..<window]) != nil {
                    cut(i, fields: nil, resume: i)
                }
            }
            i += 1
        }
        if start < o.count { cut(o.count, fields: nil, resume: o.count) }
        return pieces.map(withRoleSentence).map(withLostOpening)
    }

    /// Whether a 一、-style number that is not the first ("三、", "十一、") starts at `i`, as items
    /// run together in one paragraph do. The first is left alone: "一、二季度" is not an item.
    private static func opensRunOnItem(_ m: [Character], at i: Int) -> Bool {
        guard let (marker, length) = ItemMarker.parse(Array(m[i..<min(m.count, i + 8)])), marker.style == .chinese,
              !marker.lost, let n = marker.ordinal, n >= 2 else { return false }
        // Words must follow the number: "三、四" is a list of numerals.
        return i + length < m.count && !ChineseNumerals.isNumeral(m[i + length])
    }

    /// A piece ending in a closing bracket whose opening was lost, as mirrored pages lose them
    /// ("…创新联合体,各市(地)、县(市、区)政府(行署)〕"): the clause before it, when it reads as
    /// units, is the piece's fields.
    private static func withLostOpening(_ p: LinePiece) -> LinePiece {
        guard p.fields == nil, let last = p.text.unicodeScalars.last, BracketSplitter.closers.contains(scalar: last.value),
              !BracketSplitter.isBalanced(p.text) else { return p }
        let body = String(p.text.dropLast())
        guard let comma = body.lastIndex(where: { $0 == "," || $0 == "，" || $0 == "。" }) else { return p }
        let clause = String(body[body.index(after: comma)...])
        guard BracketSplitter.isBalanced(clause), clause.count <= 40, let fields = TaskFields.bracket(clause),
              !fields.unitCells.isEmpty else { return p }
        var out = p
        out.text = TextFolding.trim(String(body[...comma]))
        out.fields = fields
        return out
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
    private static func startsWithLabel(_ o: CharacterSlicer, at i: Int, _ colonAfter: [Int]) -> Bool {
        guard i < o.count, colonAfter[i] - i <= 24 else { return false }
        return FieldLabels.labelled(o[i..<min(o.count, i + 26)]) != nil
    }

    /// For each position, the position of the first colon at or after it (the count when none).
    private static func nextColons(_ v: [UInt32]) -> [Int] {
        var out = [Int](repeating: v.count, count: v.count)
        var next = v.count
        for i in stride(from: v.count - 1, through: 0, by: -1) {
            if v[i] == 0x3A { next = i }    // ":": the text is folded
            out[i] = next
        }
        return out
    }

    private static func isSpace(_ v: UInt32) -> Bool {
        v != UInt32.max && TextFolding.isSpace(Unicode.Scalar(v)!)
    }

    /// Whether `ItemMarker.parse` can find a marker starting with `c` (it returns nil for any
    /// other first character).
    private static func mayOpenMarker(_ v: UInt32) -> Bool {
        markerStarts.contains(scalar: v) || (0x30...0x39).contains(v) || (0x2460...0x2473).contains(v)
    }

    /// "(", 第, 、, ")" and the Chinese numerals (`ChineseNumerals.isNumeral`).
    private static let markerStarts: ScalarSet = ["(", "第", "、", ")", "十", "〇", "零", "一", "二", "两", "三", "四",
                                                  "五", "六", "七", "八", "九"]

    /// The sentences of a text, each with its closing 。 or ;.
    static func sentenceRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = [], start = text.startIndex, depth = 0
        // By scalar: every character a sentence turns on is one scalar.
        let scalars = text.unicodeScalars
        for i in scalars.indices {
            let c = scalars[i].value
            if BracketSplitter.openers.contains(scalar: c) { depth += 1 }
            if BracketSplitter.closers.contains(scalar: c) { depth = max(0, depth - 1) }
            if depth == 0, sentenceEnds.contains(scalar: c) {
                let end = scalars.index(after: i)
                ranges.append(start..<end)
                start = end
            }
        }
        if start < text.endIndex, !TextFolding.trim(text[start...]).isEmpty { ranges.append(start..<text.endIndex) }
        return ranges
    }

    /// The bracket closing the one opened at `open`, brackets inside it allowed.
    private static func closing(_ v: [UInt32], from open: Int) -> Int? {
        var depth = 0
        for j in open..<v.count {
            if BracketSplitter.openers.contains(scalar: v[j]) { depth += 1 }
            if BracketSplitter.closers.contains(scalar: v[j]) {
                depth -= 1
                if depth == 0 { return j }
            }
        }
        return nil
    }

    /// A bracket ends an item where the line ends after it or a sentence ends before or after
    /// it; in mid-sentence only when it says who does what (a label or a role word), since
    /// "会同市发改委(市物价局)" is part of the requirement.
    private static func isTailPosition(_ v: [UInt32], open: Int, close: Int, strong: Bool) -> Bool {
        if close + 1 >= v.count { return true }
        if open > 0, itemEnds.contains(scalar: v[open - 1]) { return true }
        if itemEnds.contains(scalar: v[close + 1]) { return true }
        return strong
    }

    /// True when the character before `i` ends a sentence or an item (white space aside), or
    /// is white space after a title ("一、持续推进… 1.推动…").
    private static func endsSentence(_ v: [UInt32], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, isSpace(v[j]) { j -= 1 }
        return j >= 0 && (endsBeforeNumber.contains(scalar: v[j]) || j < i - 1 && v[j] >= 0x80)
    }
}

/// A string cut by character positions: `[a..<b]` copies the bytes between two indices
/// found once, where `String(Array(text)[a..<b])` appended one Character at a time.
struct CharacterSlicer {
    private let text: String
    private let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        indices = Array(text.indices) + [text.endIndex]
    }

    /// How many characters the text has.
    var count: Int { indices.count - 1 }

    subscript(range: Range<Int>) -> String { String(text[indices[range.lowerBound]..<indices[range.upperBound]]) }
}
