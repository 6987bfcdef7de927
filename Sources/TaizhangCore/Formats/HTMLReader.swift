internal import CLibXML2
import Foundation

/// Reads a saved web page (.html, .htm) with libxml2's HTML parser: what a browser would show
/// of the page's content, as the lines and table rows the importer reads.
///
/// - The character set is the one the page declares in `<meta>` (`charset=gb2312` is read as
///   GB18030, which contains GBK and GB2312); a page that declares none is decoded as a text
///   plan is (`SourceDecoder`).
/// - Paragraphs, headings, list items and `<br>` end lines; runs of white space collapse to one
///   space, as the browser shows them.
/// - A table becomes rows of cells: a cell spanning columns (`colspan`) is one cell, a cell
///   spanning rows (`rowspan`) is repeated in every row it covers and marked as continuing the
///   one above — as Word's merged cells are (`DocxReader`). A table used only to lay out the
///   page (one cell a row, or holding other tables) is read as the content it holds.
/// - Scripts, styles, forms, navigation (`<nav>`, a page's `<header>`/`<footer>`, elements whose
///   class or id is `nav`, `menu`, `breadcrumb` …) and hidden elements are dropped.
/// - Headings (`<h1>` … `<h6>`) are numbered as Word headings by style are (`HeadingMarkers`).
enum HTMLReader {
    struct Read {
        var document: OfficeDocument
        var encoding: String
    }

    static func read(_ bytes: [UInt8], fileName: String) throws -> Read {
        let (utf8, encoding) = try decode(bytes, fileName: fileName)
        guard let doc = parse(utf8, encoding: "UTF-8", fileName: fileName) else {
            throw SourceDecodingError.unreadable(file: fileName, offset: 0)
        }
        defer { xmlFreeDoc(doc) }
        var walker = PageWalker()
        if let root = xmlDocGetRootElement(doc) { walker.walk(root) }
        walker.endLine()
        let rows = HeadingMarkers.apply(walker.rows)
        return Read(document: OfficeDocument(rows: rows, lineCount: rows.count, format: "html"), encoding: encoding)
    }

    /// The page as UTF-8 bytes, and the encoding it was in.
    static func decode(_ bytes: [UInt8], fileName: String) throws -> ([UInt8], String) {
        let declared = declaredCharset(bytes)
        switch declared.map(canonical) {
        case "GB18030"?:
            guard let text = SourceDecoder.iconv(bytes, from: "GB18030") else {
                throw SourceDecodingError.unreadable(file: fileName, offset: 0)
            }
            return (Array(text.utf8), "GB18030 (declared \(declared!))")
        case "UTF-8"?, nil:
            let decoded = try SourceDecoder.decode(bytes, file: fileName)
            return (Array(decoded.text.utf8), decoded.encoding)
        case let other?:
            guard let text = SourceDecoder.iconv(bytes, from: other) else {
                throw SourceDecodingError.unreadable(file: fileName, offset: 0)
            }
            return (Array(text.utf8), other)
        }
    }

    /// GBK, GB2312, CP936 and GB18030 are read as GB18030, which contains the others.
    static func canonical(_ charset: String) -> String {
        switch charset.lowercased() {
        case "gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936", "gb18030", "euc-cn": return "GB18030"
        case "utf-8", "utf8": return "UTF-8"
        default: return charset.uppercased()
        }
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…;
    /// charset=…">`, found by parsing the page as Latin-1 (every byte is a character, and the
    /// markup is ASCII).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        guard let doc = parse(bytes, encoding: "ISO-8859-1", fileName: "") else { return nil }
        defer { xmlFreeDoc(doc) }
        var found: String?
        func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let c = child, found == nil {
                if c.pointee.type == XML_ELEMENT_NODE {
                    if PageWalker.name(c) == "meta" {
                        if let charset = PageWalker.attribute(c, "charset") { found = trimmed(charset) }
                        else if let content = PageWalker.attribute(c, "content"), let r = content.lowercased().range(of: "charset=") {
                            let value = content.lowercased()[r.upperBound...].prefix { $0 != ";" }
                            found = trimmed(String(value))
                        }
                    } else if PageWalker.name(c) != "body" {
                        visit(c)
                    }
                }
                child = c.pointee.next
            }
        }
        if let root = xmlDocGetRootElement(doc) { visit(root) }
        return found.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func trimmed(_ s: String) -> String {
        String(s.unicodeScalars.filter { !" \t\r\n\"'".unicodeScalars.contains($0) })
    }

    private static func parse(_ bytes: [UInt8], encoding: String, fileName: String) -> htmlDocPtr? {
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        return bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), fileName, encoding, Int32(options))
            }
        }
    }
}
