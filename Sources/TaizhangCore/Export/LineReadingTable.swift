/// `import --dry-run`'s line-by-line reading: each line of the document, what it was read as,
/// what it became, and the line as written.
public enum LineReadingTable {
    public static func render(_ readings: [LineReading], file: String, strings s: Strings, width: Int) -> String {
        var table = TextTable([.init(s(.colLine), alignRight: true), .init(s(.colReadAs)),
                               .init(s(.colReadInto), maxWidth: 34), .init(s(.colAsWritten), flexible: true)])
        for r in readings where r.kind != .blank {
            table.add([String(r.line), s.lineKind(r.kind) + (r.corrected ? "!" : ""), r.detail, TextFolding.trim(r.text)])
        }
        return s(.readingTitle, file) + "\n" + table.render(width: width)
    }
}
