import Foundation

/// Old binary Office and WPS files (.doc, .wps, .xls, .et) read through LibreOffice, which
/// offices already use: saved headless as .docx or .xlsx, then read as those are.
///
/// LibreOffice runs in a private temporary profile (`-env:UserInstallation`), so it neither
/// touches nor waits for a user's running LibreOffice, with a time limit (120 s, or
/// `TAIZHANG_CONVERT_TIMEOUT` seconds). When it is not installed the message names the Debian
/// package that brings it.
enum LegacyOffice {
    enum Target: String {
        case docx, xlsx

        /// The Debian package with the LibreOffice part that opens such files.
        var package: String { self == .docx ? "libreoffice-writer-nogui" : "libreoffice-calc-nogui" }
    }

    /// What a legacy file becomes; nil for other files.
    static func target(ofFile name: String) -> Target? {
        let lower = name.lowercased()
        if lower.hasSuffix(".doc") || lower.hasSuffix(".wps") { return .docx }
        if lower.hasSuffix(".xls") || lower.hasSuffix(".et") { return .xlsx }
        return nil
    }

    static var timeout: Double {
        ProcessInfo.processInfo.environment["TAIZHANG_CONVERT_TIMEOUT"].flatMap(Double.init) ?? 120
    }

    /// The file converted to `target`, as bytes.
    static func convert(_ bytes: [UInt8], fileName: String, to target: Target) throws -> [UInt8] {
        let s = FormatError.strings
        guard let soffice = ExternalTool.find("soffice") ?? ExternalTool.find("libreoffice") else {
            throw FormatError(s(.convertMissing, target.package, "." + target.rawValue))
        }
        return try ExternalTool.withTemporaryDirectory { dir in
            // LibreOffice picks its reader by content; the extension only has to be one it knows.
            let ext = (fileName as NSString).pathExtension.lowercased()
            let input = dir + "/document." + (ext == "et" ? "xls" : ext == "wps" ? "doc" : ext)
            try Data(bytes).write(to: URL(fileURLWithPath: input))
            let outcome = ExternalTool.run([soffice, "-env:UserInstallation=file://\(dir)/profile", "--headless", "--norestore",
                                            "--convert-to", target.rawValue, "--outdir", dir + "/out", input],
                                           timeout: timeout, workDirectory: dir)
            guard outcome.status != nil else { throw FormatError(s(.convertTimedOut, Int(timeout))) }
            let output = dir + "/out/document." + target.rawValue
            guard outcome.status == 0, let data = FileManager.default.contents(atPath: output) else {
                let why = outcome.output.split(separator: "\n").last.map(String.init) ?? "exit \(outcome.status!)"
                throw FormatError(s(.convertFailed, why))
            }
            return [UInt8](data)
        }
    }
}
