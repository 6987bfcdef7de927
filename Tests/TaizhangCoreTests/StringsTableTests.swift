import Testing
@testable import TaizhangCore

/// Every user-visible string exists in Chinese and in English.
@Suite struct StringsTableTests {
    @Test func everyKeyHasBothLanguages() {
        for key in Strings.Key.allCases {
            let pair = Strings.table[key]
            #expect(pair != nil, "no entry for \(key)")
            #expect(pair?.zh.isEmpty == false && pair?.en.isEmpty == false, "\(key) is missing a language")
        }
    }

    @Test func placeholdersMatchBetweenLanguages() {
        for (key, pair) in Strings.table {
            let holes = { (s: String) in Set((0..<6).filter { s.contains("{\($0)}") }) }
            #expect(holes(pair.zh) == holes(pair.en), "\(key): {n} differ between zh and en")
        }
    }

    @Test func periodsAndDatesReadNaturally() {
        let zh = Strings(.zh), en = Strings(.en)
        let q3 = Day(year: 2021, month: 9, day: 30)!
        #expect(zh.period(q3, .quarterly) == "2021年第3季度" && en.period(q3, .quarterly) == "2021 Q3")
        #expect(zh.period(q3, .monthly) == "2021年9月" && en.period(q3, .monthly) == "2021-09")
        #expect(zh.period(q3, .halfYearly) == "2021年下半年" && en.period(Day(year: 2021, month: 6, day: 30)!, .halfYearly) == "2021 H1")
        #expect(zh.longDate(q3) == "2021年9月30日" && en.longDate(q3) == "2021-09-30")
    }
}

@Suite struct HelpTableTests {
    @Test func everyHelpTextInBothLanguages() {
        for key in Strings.HelpKey.allCases {
            let pair = Strings.helpTable[key]
            #expect(pair?.zh.isEmpty == false && pair?.en.isEmpty == false, "\(key) is missing a language")
            #expect(pair.map { $0.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } } == true, "\(key): no Chinese")
        }
    }
}

@Suite struct PinyinTests {
    @Test func initialsAndFullPinyinFindAUnit() {
        #expect(Pinyin.matches("市发改局", "sfgj"))
        #expect(Pinyin.matches("市发改局", "fagai"))
        #expect(Pinyin.matches("市发改局", "shifagaiju"))
        #expect(!Pinyin.matches("市发改局", "sjgj"))
        #expect(Pinyin.isQuery("sfgj") && !Pinyin.isQuery("s") && !Pinyin.isQuery("办公"))
    }
}
