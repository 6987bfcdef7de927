/// A clustered bar chart of one column of a sheet against its label column (DrawingML, an
/// `xl/charts/chartN.xml` part anchored by `xl/drawings/drawingN.xml`): the completion rate by
/// unit beside the report's table, as offices paste it into the annual report.
public struct XLSXChart: Sendable {
    public var title: String
    /// Zero-based columns of the labels and the values.
    public var labelColumn: Int
    public var valueColumn: Int
    /// The data rows, one-based sheet rows (the header is row 1).
    public var firstRow: Int
    public var lastRow: Int
    /// Where the chart's top-left corner sits (zero-based column and row).
    public var anchorColumn: Int
    public var anchorRow: Int

    public init(title: String, labelColumn: Int, valueColumn: Int, firstRow: Int, lastRow: Int, anchorColumn: Int, anchorRow: Int = 1) {
        self.title = title
        self.labelColumn = labelColumn
        self.valueColumn = valueColumn
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.anchorColumn = anchorColumn
        self.anchorRow = anchorRow
    }

    static let c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"

    /// The sheet's relationships, the drawing, its relationships and the chart.
    func parts(number n: Int, sheetName: String) -> [(path: String, text: String)] {
        let head = XLSXWriter.head, pkg = XLSXWriter.pkg, rel = XLSXWriter.rel
        return [
            ("xl/worksheets/_rels/sheet\(n).xml.rels",
             head + "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rel)/drawing\" Target=\"../drawings/drawing\(n).xml\"/></Relationships>"),
            ("xl/drawings/drawing\(n).xml", drawing()),
            ("xl/drawings/_rels/drawing\(n).xml.rels",
             head + "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rel)/chart\" Target=\"../charts/chart\(n).xml\"/></Relationships>"),
            ("xl/charts/chart\(n).xml", chart(sheetName)),
        ]
    }

    private func drawing() -> String {
        let rows = max(16, (lastRow - firstRow + 1) + 4)
        var x = XLSXWriter.head + "<xdr:wsDr xmlns:xdr=\"\(Self.xdr)\" xmlns:a=\"\(Self.a)\">"
        x += "<xdr:twoCellAnchor><xdr:from><xdr:col>\(anchorColumn)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(anchorRow)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        x += "<xdr:to><xdr:col>\(anchorColumn + 10)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(anchorRow + rows)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        x += "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"2\" name=\"Chart 1\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
        x += "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"\(Self.c)\">"
        x += "<c:chart xmlns:c=\"\(Self.c)\" xmlns:r=\"\(XLSXWriter.rel)\" r:id=\"rId1\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
        return x + "</xdr:wsDr>"
    }

    private func chart(_ sheetName: String) -> String {
        let sheet = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
        let labels = "\(sheet)!$\(XLSXWriter.column(labelColumn))$\(firstRow):$\(XLSXWriter.column(labelColumn))$\(lastRow)"
        let values = "\(sheet)!$\(XLSXWriter.column(valueColumn))$\(firstRow):$\(XLSXWriter.column(valueColumn))$\(lastRow)"
        let header = "\(sheet)!$\(XLSXWriter.column(valueColumn))$1"
        var x = XLSXWriter.head + "<c:chartSpace xmlns:c=\"\(Self.c)\" xmlns:a=\"\(Self.a)\" xmlns:r=\"\(XLSXWriter.rel)\">"
        x += "<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>\(XMLText.escape(title))</a:t></a:r></a:p></c:rich></c:tx>"
        x += "<c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
        x += "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
        x += "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:strRef><c:f>\(XMLText.escape(header))</c:f></c:strRef></c:tx>"
        x += "<c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>\(XMLText.escape(labels))</c:f></c:strRef></c:cat>"
        x += "<c:val><c:numRef><c:f>\(XMLText.escape(values))</c:f></c:numRef></c:val></c:ser>"
        x += "<c:gapWidth val=\"60\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
        x += "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
        x += "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/>"
        x += "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
        x += "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"1\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/>"
        x += "<c:axPos val=\"b\"/><c:majorGridlines/><c:numFmt formatCode=\"0%\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/>"
        x += "<c:crossAx val=\"1001\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>"
        x += "<c:plotVisOnly val=\"1\"/></c:chart></c:chartSpace>"
        return x
    }
}
