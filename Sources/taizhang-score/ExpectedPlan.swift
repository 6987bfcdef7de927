import Foundation

/// What a person read in a plan document: the corpus's `*.expected.json`
/// (Tests/Fixtures/plans/README.md has the format and the rules behind each field).
struct ExpectedPlan: Decodable {
    /// The document, relative to the repository root, when it is not beside the expected file.
    var source: String?
    var layout: String?
    var title: String?
    var year: Int?
    var tasks: [ExpectedTask]
    var partial: [PartialTask]?
}

struct ExpectedTask: Decodable {
    var number: String?
    var section: String?
    var text: String
    var units: [String]
    var leads: [String]
    var leader: String?
    var deadline: String?
    var due: String?
    /// Fields a careful reader could not settle; the score leaves them out.
    var uncertain: [String]?

    func isCertain(_ field: String) -> Bool { !(uncertain ?? []).contains(field) }
}

/// A task cut off by the end of an excerpt: neither required nor counted as an extra.
struct PartialTask: Decodable {
    var number: String?
    var text: String
}

/// One document of the corpus: its expected file and the document it describes.
struct CorpusDocument {
    var name: String
    var expectedPath: String
    var sourcePath: String
    var expected: ExpectedPlan

    /// Every `*.expected.json` in `folder` and its `seeds/` subfolder, in name order.
    static func all(in folder: String, root: String) throws -> [CorpusDocument] {
        let fm = FileManager.default
        var paths: [String] = []
        for dir in [folder, folder + "/seeds"] {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            paths += names.filter { $0.hasSuffix(".expected.json") }.sorted().map { dir + "/" + $0 }
        }
        return try paths.map { path in
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let expected: ExpectedPlan
            do {
                expected = try JSONDecoder().decode(ExpectedPlan.self, from: data)
            } catch {
                throw ScoreError("\(path): \(error)")
            }
            let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".expected.json", with: "")
            let source = expected.source.map { root + "/" + $0 }
                ?? (path as NSString).deletingLastPathComponent + "/" + name + ".txt"
            return CorpusDocument(name: name, expectedPath: path, sourcePath: source, expected: expected)
        }
    }
}

struct ScoreError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
