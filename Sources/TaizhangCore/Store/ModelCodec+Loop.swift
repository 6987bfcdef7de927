/// The 督办 loop's fields of a task in the store: when it was finished, its evidence, its
/// returns and its extensions. Written among what lists read (before the details), since
/// lists order and mark tasks by them; left out when empty, so most tasks carry none.
extension ModelCodec {
    static func writeLoop(_ t: LedgerTask, to w: inout JSONWriter) {
        if let c = t.completedAt { w.key("completedAt"); w.timestamp(c) }
        if !t.evidence.isEmpty { w.key("evidence"); w.array(t.evidence) { e, w in write(e, to: &w) } }
        if !t.returns.isEmpty {
            w.key("returns")
            w.array(t.returns) { r, w in
                w.byte(0x7B)
                w.key("at", first: true); w.timestamp(r.at)
                w.key("by"); w.string(r.by)
                w.key("reason"); w.string(r.reason)
                if let e = r.evidenceBefore { w.key("evidenceBefore"); w.int(e) }
                if let n = r.notesBefore { w.key("notesBefore"); w.int(n) }
                w.byte(0x7D)
            }
        }
        if !t.extensions.isEmpty { w.key("extensions"); w.array(t.extensions) { e, w in write(e, to: &w) } }
    }

    /// Reads one of the loop's members; false when `k` is not one.
    static func readLoop(_ k: JSONReader.Key, _ r: inout JSONReader, into t: inout LedgerTask) throws -> Bool {
        if k == "completedAt" { t.completedAt = r.null() ? nil : try timestamp(&r) }
        else if k == "evidence" { t.evidence = try list(&r) { try readEvidence(&$0) } }
        else if k == "returns" { t.returns = try list(&r) { try readReturn(&$0) } }
        else if k == "extensions" { t.extensions = try list(&r) { try readExtension(&$0) } }
        else { return false }
        return true
    }

    static func write(_ e: Evidence, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("at", first: true); w.timestamp(e.at)
        w.key("by"); w.string(e.by)
        writeEvidenceFields(e, to: &w)
        w.byte(0x7D)
    }

    /// `"kind":…,"text":…[,"file":{…}]`, after a first member (shared with the journal).
    static func writeEvidenceFields(_ e: Evidence, to w: inout JSONWriter) {
        w.key("kind"); w.string(e.kind.rawValue)
        w.key("text"); w.string(e.text)
        if let f = e.file {
            w.key("file"); w.byte(0x7B)
            w.key("path", first: true); w.string(f.path)
            w.key("size"); w.int(f.size)
            w.key("sha256"); w.string(f.sha256)
            w.byte(0x7D)
        }
    }

    static func readEvidence(_ r: inout JSONReader) throws -> Evidence {
        var e = Evidence(kind: .url, text: "")
        try r.object { r, k in
            if try !readEvidenceField(k, &r, into: &e) { try r.skip() }
        }
        return e
    }

    /// One member of an evidence object; false when `k` is not one.
    static func readEvidenceField(_ k: JSONReader.Key, _ r: inout JSONReader, into e: inout Evidence) throws -> Bool {
        if k == "at" { e.at = try timestamp(&r) }
        else if k == "by" { e.by = try r.string() }
        else if k == "kind" { e.kind = try enumValue(&r, Evidence.Kind.self, "evidence kind") }
        else if k == "text" { e.text = try r.string() }
        else if k == "file" {
            var f = Evidence.StoredFile(path: "", size: 0, sha256: "")
            try r.object { r, k in
                if k == "path" { f.path = try r.string() }
                else if k == "size" { f.size = try r.int() }
                else if k == "sha256" { f.sha256 = try r.string() }
                else { try r.skip() }
            }
            e.file = f
        } else { return false }
        return true
    }

    static func readReturn(_ r: inout JSONReader) throws -> TaskReturn {
        var t = TaskReturn(at: Timestamp(seconds: 0), by: "", reason: "")
        try r.object { r, k in
            if k == "at" { t.at = try timestamp(&r) }
            else if k == "by" { t.by = try r.string() }
            else if k == "reason" { t.reason = try r.string() }
            else if k == "evidenceBefore" { t.evidenceBefore = try r.int() }
            else if k == "notesBefore" { t.notesBefore = try r.int() }
            else { try r.skip() }
        }
        return t
    }

    static func write(_ e: Extension, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("at", first: true); w.timestamp(e.at)
        w.key("by"); w.string(e.by)
        w.key("original"); w.day(e.original)
        w.key("to"); w.day(e.to)
        w.key("reason"); w.string(e.reason)
        if let d = e.decision {
            w.key("decision"); w.byte(0x7B)
            w.key("approved", first: true); w.bool(d.approved)
            w.key("at"); w.timestamp(d.at)
            w.key("by"); w.string(d.by)
            w.key("reason"); w.stringOrNull(d.reason)
            w.byte(0x7D)
        }
        w.byte(0x7D)
    }

    static func readExtension(_ r: inout JSONReader) throws -> Extension {
        let zero = Timestamp(seconds: 0)
        var e = Extension(at: zero, by: "", original: Day(ordinal: 0), to: Day(ordinal: 0), reason: "")
        try r.object { r, k in
            if k == "at" { e.at = try timestamp(&r) }
            else if k == "by" { e.by = try r.string() }
            else if k == "original" { e.original = try day(&r) }
            else if k == "to" { e.to = try day(&r) }
            else if k == "reason" { e.reason = try r.string() }
            else if k == "decision" {
                var d = Extension.Decision(approved: false, at: zero, by: "", reason: nil)
                try r.object { r, k in
                    if k == "approved" { d.approved = try r.bool() }
                    else if k == "at" { d.at = try timestamp(&r) }
                    else if k == "by" { d.by = try r.string() }
                    else if k == "reason" { d.reason = try r.stringOrNull() }
                    else { try r.skip() }
                }
                e.decision = d
            }
            else { try r.skip() }
        }
        return e
    }
}
