/// One numbered item (or unnumbered paragraph) of a prose plan, with the items under it.
///
/// The reader first builds the outline as written — every `一、` `(一)` `1.` `(1)` `一是` opening
/// a node at the depth its style implies — and only then decides which nodes are headings and
/// which are tasks, because that depends on where the units are written: beside each `(1)`,
/// once per `(一)` paragraph, or nowhere at all.
final class OutlineNode {
    var marker: ItemMarker?
    var text: String
    var fields = TaskFields()
    /// Lines of the node's own text and fields, in order.
    var lines: [Int]
    var children: [OutlineNode] = []
    /// Its fields were read: later unnumbered text starts a node of its own.
    var closed = false
    /// The leader a line above named for the tasks after it ("车俊省长牵头重点工作").
    var leaderAbove: String?

    init(marker: ItemMarker?, text: String, line: Int) {
        self.marker = marker
        self.text = text
        self.lines = [line]
    }

    /// The node names its units (or its leader) itself.
    var hasOwnUnits: Bool { fields.hasUnits || fields.leader != nil }

    /// Some node below it names units.
    var unitsBelow: Bool { children.contains { $0.hasOwnUnits || $0.unitsBelow } }

    func append(text more: String, line: Int) {
        guard !more.isEmpty else { return }
        // A new line keeps its break: the first line may be the item's title.
        text += text.isEmpty || lines.last == line ? more : "\n" + more
        if lines.last != line { lines.append(line) }
    }

    func add(_ f: TaskFields, line: Int) {
        fields.merge(f)
        closed = true
        if lines.last != line { lines.append(line) }
    }

    /// The node's title when it heads other items: its first sentence without the 。
    /// ("(一)加强重大战略实施信息公开。制定…" → 加强重大战略实施信息公开), and what follows it.
    var titleAndRest: (title: String, rest: String) {
        let sentences = LinePiece.sentenceRanges(text)
        guard let first = sentences.first, sentences.count > 1 else { return (Self.trimmedTitle(text), "") }
        return (Self.trimmedTitle(String(text[first])), TextFolding.trim(String(text[first.upperBound...])))
    }

    static func trimmedTitle(_ s: String) -> String {
        var t = TextFolding.trim(s)
        while let last = t.last, "。.;；:：,，".contains(last) { t.removeLast() }
        return t
    }

    /// Every line below this node, its own included.
    var allLines: [Int] { lines + children.flatMap(\.allLines) }

    /// The node's text followed by the text of everything below it: a task written over
    /// several numbered sentences.
    var fullText: String {
        children.reduce(text) { $0 + ($1.marker?.written ?? "") + $1.fullText }
    }

    /// The fields of this node and everything below it.
    var allFields: TaskFields {
        children.reduce(into: fields) { $0.merge($1.allFields) }
    }
}
