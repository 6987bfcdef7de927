import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree of an XML part, built with Foundation's `XMLParser`: office parts are
/// a few megabytes at most, and walking a tree reads far more plainly than a SAX state machine.
///
/// Names and attribute keys lose their namespace prefix (`w:tc` → `tc`, `r:id` → `id`):
/// each part uses one vocabulary, and files differ in the prefixes they choose.
struct XMLNode {
    var name: String
    var attributes: [String: String] = [:]
    var children: [XMLNode] = []
    /// Character data directly inside this element.
    var text = ""

    struct SyntaxError: Error, CustomStringConvertible {
        var part: String
        var line: Int
        var message: String
        var description: String { "\(part) line \(line): \(message)" }
    }

    /// Parses one part; `part` names it in errors (`word/document.xml line 3: …`).
    static func parse(_ data: Data, part: String) throws -> XMLNode {
        // Foundation's XMLParser traps on a name or attribute value that is not UTF-8 (found
        // by the import fuzzer); Office writes its parts in UTF-8, so anything else is damage.
        guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) != nil else {
            throw SyntaxError(part: part, line: 1, message: "not UTF-8 text")
        }
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.stack.first?.children.first else {
            let why = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root element"
            throw SyntaxError(part: part, line: parser.lineNumber, message: why)
        }
        return root
    }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every descendant called `name`, in document order.
    func descendants(_ name: String) -> [XMLNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    static func local(_ qualified: String) -> String {
        qualified.lastIndex(of: ":").map { String(qualified[qualified.index(after: $0)...]) } ?? qualified
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack = [XMLNode(name: "#document")]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            var node = XMLNode(name: XMLNode.local(name))
            for (k, v) in attributes { node.attributes[XMLNode.local(k)] = v }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let node = stack.removeLast()
            stack[stack.count - 1].children.append(node)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack[stack.count - 1].text += string
        }
    }
}
