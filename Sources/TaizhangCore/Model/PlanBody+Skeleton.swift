/// A section as a JSON list's headings need it: its place in the tree, its marker, and where
/// its title's JSON sits in the mapped snapshot.
struct SectionSkeleton {
    var id = SectionID("")
    var parent: SectionID?
    var depth = 1
    var marker = ""
    /// Between the title's quotes; canonical JSON (`ByteScan.isCanonicalJSONString`).
    var title: Range<Int> = 0..<0
}

extension PlanBody {
    /// The sections as skeletons over the snapshot's bytes, handed to `body` with those bytes;
    /// nil when a title is not canonical JSON or anything is not as the writer writes it (the
    /// caller then decodes the sections). A list's headings copy the titles through: decoding
    /// every title and joining it to its marker was most of working out a list's headings
    /// (docs/DECISIONS.md, 2026-12-01).
    func withSkeletons<R>(_ body: ([SectionSkeleton], UnsafeRawBufferPointer) -> R) -> R? {
        guard let range = ranges.sections else { return nil }
        return bytes.file.withUnsafeBytes { buf -> R? in
            var r = JSONReader(buf, from: range.lowerBound, to: range.upperBound, depth: 3)
            var skeletons: [SectionSkeleton] = []
            do {
                var canonical = true
                try r.array { r in
                    var s = SectionSkeleton()
                    try r.object { r, k in
                        if k == "id" { s.id = SectionID(try r.string()) }
                        else if k == "parent" { s.parent = try r.stringOrNull().map(SectionID.init) }
                        else if k == "depth" { s.depth = try r.int() }
                        else if k == "marker" { s.marker = try r.string() }
                        else if k == "title" {
                            let (title, _) = try r.stringRange()
                            canonical = canonical && ByteScan.isCanonicalJSONString(UnsafeRawBufferPointer(rebasing: buf[title]))
                            s.title = title
                        }
                        // Checked as decoding checks them: a bad one leaves the plan no sections.
                        else if k == "lines" { try r.array { r in _ = try r.int() } }
                        else if k == "guessed" { _ = try r.bool() }
                        else { try r.skip() }
                    }
                    skeletons.append(s)
                }
                guard canonical, r.atEnd else { return nil }
            } catch {
                return nil
            }
            return body(skeletons, buf)
        }
    }
}
