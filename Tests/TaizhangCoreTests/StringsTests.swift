import Testing
@testable import TaizhangCore

/// Every user-visible string exists in Chinese and English, with the same placeholders.
@Suite struct StringsTests {
    @Test(arguments: Strings.Key.allCases)
    func bothLanguagesAreFilled(_ key: Strings.Key) throws {
        let pair = try #require(Strings.table[key], "no entry for \(key)")
        #expect(!pair.zh.isEmpty && !pair.en.isEmpty)
        #expect(placeholders(pair.zh) == placeholders(pair.en), "\(key): {n} differ between zh and en")
    }

    @Test func theLanguageFollowsTheLocaleNames() {
        #expect(Language.from(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.from(environment: ["LANG": "zh_TW.Big5", "LC_ALL": ""]) == .zh)
        #expect(Language.from(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"]) == .en)
        #expect(Language.from(environment: [:]) == .en)
    }

    @Test func placeholdersAreFilledInOnePass() {
        #expect(Strings.fill("{0}年{1}月{0}", ["2026", "12"]) == "2026年12月2026")
        // A value that looks like a placeholder is not filled again.
        #expect(Strings.fill("{0} then {1}", ["{1}", "x"]) == "{1} then x")
        // Without a value, or not a placeholder at all, the text stays as written.
        #expect(Strings.fill("{2} {a} {} { 0} {0", ["v"]) == "{2} {a} {} { 0} {0")
        #expect(Strings.fill("{10}", Array(repeating: "-", count: 10) + ["ten"]) == "ten")
        #expect(Strings.fill("无占位", []) == "无占位")
        #expect(Strings(.zh)(.dateLong, 2026, 3, 9) == "2026年3月9日")
    }

    private func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
