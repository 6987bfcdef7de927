extension ModelCodec {
    static func write(_ p: Plan, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("id", first: true); w.string(p.id.rawValue)
        w.key("title"); w.string(p.title)
        w.key("issuer"); w.stringOrNull(p.issuer)
        w.key("year"); if let y = p.year { w.int(y) } else { w.null() }
        w.key("yearSource"); w.string(p.yearSource.rawValue)
        w.key("issued"); w.stringOrNull(p.issued?.iso)
        w.key("documentNumber"); w.stringOrNull(p.documentNumber)
        w.key("source"); w.byte(0x7B)
        w.key("fileName", first: true); w.string(p.source.fileName)
        w.key("checksum"); w.string(p.source.checksum)
        w.key("encoding"); w.string(p.source.encoding)
        w.key("layout"); w.string(p.source.layout)
        w.key("lineCount"); w.int(p.source.lineCount)
        w.key("blankLines"); w.byte(0x5B)
        for (k, l) in p.source.blankLines.enumerated() { if k > 0 { w.byte(0x2C) }; w.int(l) }
        w.byte(0x5D)
        w.key("importedAt"); w.string(p.source.importedAt.iso)
        w.key("importedBy"); w.string(p.source.importedBy)
        w.byte(0x7D)
        w.key("columns"); w.strings(p.columns)
        w.key("sections"); w.byte(0x5B)
        for (i, s) in p.sections.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            w.key("id", first: true); w.string(s.id.rawValue)
            w.key("parent"); w.stringOrNull(s.parent?.rawValue)
            w.key("depth"); w.int(s.depth)
            w.key("marker"); w.string(s.marker)
            w.key("title"); w.string(s.title)
            w.key("lines"); w.byte(0x5B)
            for (k, l) in s.lines.enumerated() { if k > 0 { w.byte(0x2C) }; w.int(l) }
            w.byte(0x5D)
            if s.guessed { w.key("guessed"); w.bool(true) }
            w.byte(0x7D)
        }
        w.byte(0x5D)
        w.key("preamble"); w.byte(0x5B)
        for (i, l) in p.preamble.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B); w.key("line", first: true); w.int(l.line); w.key("text"); w.string(l.text); w.byte(0x7D)
        }
        w.byte(0x5D)
        w.key("fragments"); w.byte(0x5B)
        for (i, f) in p.fragments.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            w.key("line", first: true); w.int(f.line)
            w.key("text"); w.string(f.text)
            w.key("reason"); w.string(f.reason)
            if f.resolved { w.key("resolved"); w.bool(true) }
            w.byte(0x7D)
        }
        w.byte(0x5D)
        w.key("warnings"); w.byte(0x5B)
        for (i, x) in p.warnings.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            w.key("line", first: true); if let l = x.line { w.int(l) } else { w.null() }
            w.key("message"); w.string(x.message)
            w.byte(0x7D)
        }
        w.byte(0x5D)
        if !p.corrections.isEmpty { w.key("corrections"); write(p.corrections, to: &w) }
        w.byte(0x7D)
    }

    /// `{"lines":{"12":"task","13":"units"},"columns":{"2":"requirement"}}`
    static func write(_ c: ImportCorrections, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("lines", first: true); w.byte(0x7B)
        for (i, (line, kind)) in c.kinds.sorted(by: { $0.key < $1.key }).enumerated() {
            w.key(dynamic: String(line), first: i == 0); w.string(kind.rawValue)
        }
        w.byte(0x7D)
        w.key("columns"); w.byte(0x7B)
        for (i, (column, meaning)) in c.columns.sorted(by: { $0.key < $1.key }).enumerated() {
            w.key(dynamic: String(column), first: i == 0); w.string(meaning.rawValue)
        }
        w.byte(0x7D)
        w.byte(0x7D)
    }

    static func readCorrections(_ r: inout JSONReader) throws -> ImportCorrections {
        var c = ImportCorrections()
        try r.object { r, k in
            if k == "lines" {
                try r.object { r, line in
                    guard let n = Int(line.string) else { throw JSONSyntaxError(offset: r.position, message: "a corrected line must be a number") }
                    c.kinds[n] = try enumValue(&r, LineKind.self, "line kind")
                }
            } else if k == "columns" {
                try r.object { r, column in
                    guard let n = Int(column.string) else { throw JSONSyntaxError(offset: r.position, message: "a corrected column must be a number") }
                    c.columns[n] = try enumValue(&r, ColumnMeaning.self, "column meaning")
                }
            } else {
                try r.skip()
            }
        }
        return c
    }

    /// With `lazy` (the mapped snapshot the reader reads), the sections, preamble, fragments
    /// and warnings are stepped over and left there until used (`PlanBody`).
    static func readPlan(_ r: inout JSONReader, lazy: SnapshotBytes? = nil) throws -> Plan {
        let source = SourceInfo(fileName: "", checksum: "", encoding: "", layout: "", lineCount: 0,
                                importedAt: Timestamp(seconds: 0), importedBy: "")
        var p = Plan(id: PlanID(""), title: "", source: source)
        let start = r.position
        var sawID = false
        var body = PlanBody.Ranges()
        try r.object { r, k in
            if lazy != nil {
                if k == "sections" { body.sections = try r.uncheckedRange(); return }
                if k == "preamble" { body.preamble = try r.uncheckedRange(); return }
                if k == "fragments" { body.fragments = try r.uncheckedRange(); return }
                if k == "warnings" { body.warnings = try r.uncheckedRange(); return }
            }
            if k == "id" { p.id = PlanID(try r.string()); sawID = true }
            else if k == "title" { p.title = try r.string() }
            else if k == "issuer" { p.issuer = try r.stringOrNull() }
            else if k == "year" { p.year = r.null() ? nil : try r.int() }
            else if k == "yearSource" { p.yearSource = try enumValue(&r, YearSource.self, "year source") }
            else if k == "corrections" { p.corrections = try readCorrections(&r) }
            else if k == "issued" { p.issued = r.null() ? nil : try day(&r) }
            else if k == "documentNumber" { p.documentNumber = try r.stringOrNull() }
            else if k == "source" { p.source = try readSource(&r) }
            else if k == "columns" { p.columns = try list(&r) { try $0.string() } }
            else if k == "sections" { p.sections = try list(&r) { try readSection(&$0) } }
            else if k == "preamble" { p.preamble = try list(&r) { try readSourceLine(&$0) } }
            else if k == "fragments" { p.fragments = try list(&r) { try readFragment(&$0) } }
            else if k == "warnings" { p.warnings = try list(&r) { try readWarning(&$0) } }
            else { try r.skip() }
        }
        guard sawID else { throw JSONSyntaxError(offset: r.origin + start, message: "a plan needs an \"id\"") }
        if let lazy, !body.isEmpty { p.attach(PlanBody(bytes: lazy, ranges: body)) }
        return p
    }

    private static func readSource(_ r: inout JSONReader) throws -> SourceInfo {
        var s = SourceInfo(fileName: "", checksum: "", encoding: "", layout: "", lineCount: 0,
                           importedAt: Timestamp(seconds: 0), importedBy: "")
        try r.object { r, k in
            if k == "fileName" { s.fileName = try r.string() }
            else if k == "checksum" { s.checksum = try r.string() }
            else if k == "encoding" { s.encoding = try r.string() }
            else if k == "layout" { s.layout = try r.string() }
            else if k == "lineCount" { s.lineCount = try r.int() }
            else if k == "blankLines" { s.blankLines = try list(&r) { try $0.int() } }
            else if k == "importedAt" { s.importedAt = try timestamp(&r) }
            else if k == "importedBy" { s.importedBy = try r.string() }
            else { try r.skip() }
        }
        return s
    }

    static func readSection(_ r: inout JSONReader) throws -> Section {
        var s = Section(id: SectionID(""), parent: nil, depth: 1, marker: "", title: "", lines: [])
        try r.object { r, k in
            if k == "id" { s.id = SectionID(try r.string()) }
            else if k == "parent" { s.parent = try r.stringOrNull().map(SectionID.init) }
            else if k == "depth" { s.depth = try r.int() }
            else if k == "marker" { s.marker = try r.string() }
            else if k == "title" { s.title = try r.string() }
            else if k == "lines" { s.lines = try list(&r) { try $0.int() } }
            else if k == "guessed" { s.guessed = try r.bool() }
            else { try r.skip() }
        }
        return s
    }

    static func readSourceLine(_ r: inout JSONReader) throws -> SourceLine {
        var l = SourceLine(line: 0, text: "")
        try r.object { r, k in
            if k == "line" { l.line = try r.int() } else if k == "text" { l.text = try r.string() } else { try r.skip() }
        }
        return l
    }

    static func readFragment(_ r: inout JSONReader) throws -> Fragment {
        var f = Fragment(line: 0, text: "", reason: "")
        try r.object { r, k in
            if k == "line" { f.line = try r.int() }
            else if k == "text" { f.text = try r.string() }
            else if k == "reason" { f.reason = try r.string() }
            else if k == "resolved" { f.resolved = try r.bool() }
            else { try r.skip() }
        }
        return f
    }

    static func readWarning(_ r: inout JSONReader) throws -> ImportWarning {
        var x = ImportWarning(line: nil, message: "")
        try r.object { r, k in
            if k == "line" { x.line = r.null() ? nil : try r.int() }
            else if k == "message" { x.message = try r.string() }
            else { try r.skip() }
        }
        return x
    }
}
