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
