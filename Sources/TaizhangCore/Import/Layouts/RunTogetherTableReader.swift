/// Reads a table whose text lost its cell boundaries: document-sharing sites (文库) show a Word
/// file as one stream of text a page, so the header words run together
/// (`序号工作内容目标任务责任单位备注`), each row's number is glued to its text
/// (`…(管委会)2完善生活垃圾…`), and page numbers (`2、`) cut the stream wherever a page ended,
/// even inside a unit's name (`市\n2、住建局`).
///
/// What the rows still show is used: a row starts at the next number after a name's ending or
/// a full stop; its units are what follows its last full stop (split at their punctuation, or
/// at the endings of names when they too ran together); a sentence that opens with a time
/// limit starts the target (目标任务) after the requirement; a leader column puts a person's
/// name before the units. A reading only: every task is marked for review.
struct RunTogetherTableReader {
    let layoutName = "run-together table"

    /// A character of the stream and the source line it came from.
    private struct Stream {
        var characters: [Character] = []
        var lines: [Int] = []
    }

    /// The reading, or nil when no run-together header is followed by row 1.
    func readIfRunTogether(_ text: SourceText) -> PlanDraft? {
        let lines = text.nonBlank
        // A shared page's text: a glued header (序号 then a column's name, no separator) on a
        // long line, in a document of page size — never a large table, which would be copied
        // character by character here.
        guard lines.reduce(0, { $0 + $1.text.utf8.count }) <= Self.largestPage,
              lines.contains(where: { $0.text.utf8.count >= 200 && Self.hasGluedHeader($0.text) }) else { return nil }
        let stream = Self.stream(lines)
        guard let header = Self.header(in: stream.characters) else { return nil }
        let roles = header.roles
        var draft = PlanDraft(layout: layoutName)
        draft.columns = header.words
        let headerLine = stream.lines[header.range.lowerBound]
        draft.preamble = lines.filter { $0.line <= headerLine }
        let before = stream.characters[..<header.range.lowerBound]
        let title = TextFolding.trim(String(before[(before.lastIndex(of: "\n").map { $0 + 1 } ?? 0)...]))
        // The text just before the header is the table's title.
        if !title.isEmpty, title.count <= 60 { draft.titles.append(title) }
        let headerText = Array(header.words.joined())
        for row in Self.rows(stream.characters, from: header.range.upperBound) {
            let cells = Array(Self.removing(headerText, from: Array(stream.characters[row.text])))
            for var task in Self.tasks(String(cells), number: row.number, roles: roles) {
                task.lines = Array(Set(stream.lines[row.range])).sorted()
                task.flags.append(ReviewFlag(.layoutGuessed, "the cells of this row were told apart in a table whose text ran together"))
                draft.task(task)
            }
        }
        return draft.tasks.count >= 2 ? draft : nil
    }

    /// Bytes of the largest document read this way: sharing sites show a few pages of text.
    static let largestPage = 2_000_000

    /// 序号 followed straight by a Chinese character: a header whose words ran together.
    static func hasGluedHeader(_ line: String) -> Bool {
        var rest = Substring(line)
        while let r = rest.range(of: "序号") {
            if let next = rest[r.upperBound...].unicodeScalars.first, (0x4E00...0x9FFF).contains(next.value) { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// The lines joined into one stream, each page number (`2、` opening a line, counting up
    /// from 1) taken out; a line break between lines is kept as `\n` only before the first page.
    private static func stream(_ lines: [SourceLine]) -> Stream {
        var s = Stream()
        var page = 1
        for l in lines {
            var text = Substring(l.text)
            let marker = "\(page)、", firstPage = page == 1
            if text.hasPrefix(marker) { text = text.dropFirst(marker.count); page += 1 }
            if firstPage { s.characters.append("\n"); s.lines.append(l.line) }
            s.characters += text
            s.lines += repeatElement(l.line, count: text.count)
        }
        return s
    }

    /// The header: 序号 and the header words glued after it, up to row 1.
    private static func header(in characters: [Character]) -> (range: Range<Int>, words: [String], roles: [ColumnRole])? {
        var start = 0
        while let s = find(["序", "号"], in: characters, from: start) {
            start = s + 2
            var end = start
            while end < min(characters.count - 1, start + 60) {
                if characters[end] == "1", !characters[end + 1].isNumber,
                   let words = headerWords(Array(characters[start..<end])), words.count >= 3,
                   let roles = HeaderVocabulary.roles(["序号"] + words), roles.contains(.requirement),
                   roles.contains(where: \.isUnits) {
                    return (s..<end, ["序号"] + words, roles)
                }
                end += 1
            }
        }
        return nil
    }

    /// Header words that run together, split into the fewest whole column names.
    private static func headerWords(_ c: [Character]) -> [String]? {
        guard !c.isEmpty, c.count <= 50 else { return nil }
        // fewest[i]: the fewest names covering c[..<i], and where the last one starts.
        var fewest: [(count: Int, from: Int)?] = Array(repeating: nil, count: c.count + 1)
        fewest[0] = (0, 0)
        for end in 2...c.count {
            for length in 2...min(9, end) {
                guard let before = fewest[end - length], FieldLabels.isWholeHeader(String(c[(end - length)..<end])),
                      fewest[end].map({ before.count + 1 < $0.count }) ?? true else { continue }
                fewest[end] = (before.count + 1, end - length)
            }
        }
        guard fewest[c.count] != nil else { return nil }
        var words: [String] = [], end = c.count
        while end > 0, let step = fewest[end] { words.insert(String(c[step.from..<end]), at: 0); end = step.from }
        return words
    }

    /// The rows after the header: each starts at the next number, glued to the end of a name
    /// or a sentence before it and to text after it.
    private static func rows(_ c: [Character], from start: Int) -> [(number: String, text: Range<Int>, range: Range<Int>)] {
        var rows: [(number: String, text: Range<Int>, range: Range<Int>)] = []
        var number = 1, at = start
        while at < c.count {
            let digits = Array(String(number))
            let next = Array(String(number + 1))
            var end = c.count, i = at + digits.count + 8
            while i + next.count < c.count {
                if Array(c[i..<(i + next.count)]) == next, !c[i - 1].isNumber, startsRow(after: c[i - 1], before: c[i + next.count]) {
                    end = i
                    break
                }
                i += 1
            }
            rows.append((String(number), (at + digits.count)..<end, at..<end))
            number += 1
            at = end
        }
        return rows
    }

    /// A number starts a row after a name's ending, a bracket or a full stop, and before text
    /// that is no count (12个, 5000人, 3%).
    private static func startsRow(after previous: Character, before following: Character) -> Bool {
        let ends = UnitWords.lastCharacters.contains(previous) || "区园)）。".contains(previous)
        return ends && !following.isNumber && !measureWords.contains(following)
    }

    private static let measureWords: Set<Character> = Set("个年月日号家所人万亿项次条名户%％期批座处公米千百倍天周季.、,，;；:：)）-—~至")

    /// One row's tasks: its requirement, a target opening with a time limit, a leader, units.
    /// With a leader column, a sentence that opens with a leader and units and goes on with
    /// work ("何海平文体旅局晋陵公司推进…") closes one sub-row and starts the next (cells merged
    /// over several rows); a last sub-row without units of its own takes those before it.
    private static func tasks(_ row: String, number: String, roles: [ColumnRole]) -> [DraftTask] {
        var body = TextFolding.trim(row)
        var unitsText = ""
        if let stop = body.lastIndex(of: "。") {
            let tail = TextFolding.trim(String(body[body.index(after: stop)...]))
            if tail.count >= 2, tail.count <= 120 { unitsText = tail; body = String(body[...stop]) }
        }
        var parts: [(text: String, owners: String)] = []
        var current = ""
        // Each piece comes with the full stop before it.
        for (k, sentence) in BracketSplitter.splitKeepingSeparators(body, at: ["。"]).enumerated() {
            if k > 0, roles.contains(.leader), let (owners, rest) = ownersOpening(sentence.piece) {
                parts.append((current + sentence.separator, owners))
                current = rest
            } else {
                current += sentence.separator + sentence.piece
            }
        }
        parts.append((current, unitsText))
        for k in parts.indices.dropFirst() where parts[k].owners.isEmpty { parts[k].owners = parts[k - 1].owners }
        return parts.compactMap { task(TextFolding.trim($0.text), owners: $0.owners, number: number, roles: roles) }
    }

    private static func task(_ text: String, owners: String, number: String, roles: [ColumnRole]) -> DraftTask? {
        guard !text.isEmpty else { return nil }
        var task = DraftTask(number: number, text: text, lines: [])
        splitTarget(&task)
        var unitsText = owners
        if roles.contains(.leader), let (leader, rest) = peelLeader(unitsText) {
            task.leader = leader
            unitsText = rest
        }
        let units = unitNames(unitsText)
        guard !units.isEmpty else { return task }
        let lead = roles.contains { if case .units(_, .lead) = $0 { return true }; return false }
        let support = roles.contains { if case .units(_, .support) = $0 { return true }; return false }
        if lead && support && units.count > 1 {
            task.unitCells = [DraftUnitCell(written: units[0], level: .task, columnRole: .lead),
                              DraftUnitCell(written: units.dropFirst().joined(separator: "、"), level: .task, columnRole: .support)]
        } else {
            task.unitCells = [DraftUnitCell(written: units.joined(separator: "、"), level: .task, columnRole: lead && !support ? .lead : nil)]
        }
        return task
    }

    /// A leader's name and units that open a sentence before its work: ("何海平文体旅局晋陵公司",
    /// "推进大庙弄…").
    private static func ownersOpening(_ sentence: String) -> (String, String)? {
        let c = Array(sentence)
        for leader in leaderLengths(c) {
            var i = leader
            while let end = nextName(c, from: i), end - i <= 12 {
                i = end
                let rest = String(c[i...])
                if UnitWords.requirementVerbs.contains(where: rest.hasPrefix) { return (String(c[..<i]), rest) }
            }
        }
        return nil
    }

    /// A later sentence that opens with a time limit ("2021年2月底前,完成…") starts the target:
    /// the limit is the task's, the target its measure.
    private static func splitTarget(_ task: inout DraftTask) {
        let sentences = BracketSplitter.splitKeepingSeparators(task.text, at: ["。"])
        guard sentences.count >= 2 else { return }
        for k in 1..<sentences.count {
            let sentence = sentences[k].piece
            guard let phrase = DeadlineFinder.phrase(in: String(sentence.prefix(20))), sentence.hasPrefix(phrase) else { continue }
            task.deadline = phrase
            // Each piece comes with the full stop before it.
            task.text = sentences[..<k].map { $0.separator + $0.piece }.joined() + sentences[k].separator
            task.measure = sentences[k].piece + sentences[(k + 1)...].map { $0.separator + $0.piece }.joined()
            return
        }
    }

    /// A person's name before units that ran together ("何海平教育局…"): three characters, or
    /// two when three would leave the first name too short to be an office ("张菁民政局").
    private static func peelLeader(_ text: String) -> (String, String)? {
        let c = Array(text)
        guard c.count >= 5 else { return nil }
        for length in leaderLengths(c) {
            let rest = String(c[length...])
            if let first = unitNames(rest).first, first.count >= 3 { return (String(c[..<length]), rest) }
        }
        return nil
    }

    /// The lengths a leader's name at the start of `c` may have, likelier first: not one that
    /// holds a name's ending, nor three when the two characters after them would end a name.
    private static func leaderLengths(_ c: [Character]) -> [Int] {
        [3, 2].filter { length in
            guard c.count > length + 2, !c[..<length].contains(where: { UnitWords.lastCharacters.contains($0) || "市区县省各".contains($0) })
            else { return false }
            return length == 2 || !nameEndings.contains { c[length..<(length + 2)].reversed().starts(with: $0.reversed()) }
        }
    }

    /// The unit names of a cell: split at its punctuation, or at the endings of names when
    /// they ran together ("教育局经开区高新园(邹区镇)各街道" → 教育局, 经开区, 高新园(邹区镇), 各街道).
    static func unitNames(_ text: String) -> [String] {
        let listed = BracketSplitter.split(text, at: ["、", ",", "，", ";", "；", " ", "\n"])
        guard listed.count == 1, listed[0].count > 6 else { return listed.filter { $0.count >= 2 } }
        return splitAtEndings(Array(listed[0])).filter { $0.count >= 2 }
    }

    private static func splitAtEndings(_ c: [Character]) -> [String] {
        var names: [String] = [], start = 0
        while start < c.count, let end = nextName(c, from: start) {
            names.append(String(c[start..<end]))
            start = end
        }
        if start < c.count { names.append(String(c[start...])) }
        return names
    }

    /// Where the unit name starting at `start` ends: at the first ending of a name three
    /// characters or longer, with a bracket after it (高新园(邹区镇)) and what only follows a
    /// name (区政府办公室, 各乡镇人民政府).
    private static func nextName(_ c: [Character], from start: Int) -> Int? {
        var i = start + 2
        while i < c.count {
            i += 1
            guard nameEndings.contains(where: { c[start..<i].reversed().starts(with: $0.reversed()) }) else { continue }
            if i < c.count, "(（".contains(c[i]), let close = c[i...].firstIndex(where: { ")）".contains($0) }) { i = close + 1 }
            if let follower = followers.first(where: { c[i...].starts(with: $0) }) { i += follower.count }
            return i
        }
        return nil
    }

    private static let nameEndings = UnitWords.endings.filter { !$0.hasSuffix(")") }.map(Array.init) + [["区"], ["园"]]
    private static let followers = (["办公室", "办"] + UnitWords.genericNames.sorted { $0.count > $1.count }).map(Array.init)

    private static func find(_ word: [Character], in c: [Character], from: Int) -> Int? {
        guard c.count >= word.count, from <= c.count - word.count else { return nil }
        return (from...(c.count - word.count)).first { c[$0..<($0 + word.count)].elementsEqual(word) }
    }

    /// The row without the header repeated at a page break.
    private static func removing(_ header: [Character], from row: [Character]) -> [Character] {
        guard let at = find(header, in: row, from: 0) else { return row }
        return Array(row[..<at] + row[(at + header.count)...])
    }
}
