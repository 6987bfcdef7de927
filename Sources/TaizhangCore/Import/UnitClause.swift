/// One unit name read from a cell, with the role its own words give it.
struct UnitItem: Equatable {
    var name: String
    /// From the unit's own words; nil when it has none and the cell's rules decide.
    var role: UnitRole?
    /// The role also applies to the unmarked names before it in its clause ("A、B牵头").
    var sharesRole: Bool
}

/// Reads one clause of a cell (the text between , and ;) into unit items.
///
/// Inside a clause names are separated by 、 or spaces. A marker at the end of a name
/// applies to it and to the unmarked names before it ("A、B牵头": both lead); 牵头 followed
/// by another name makes that one support ("区司法局牵头区直有关行政执法部门"); 会 or 会同
/// joins two units under one marker ("办公室会法规科牵头": both lead).
enum UnitClause {
    /// The clause's units in reading order, and whether one ended with 等.
    static func read(_ clause: String) -> (items: [UnitItem], andOthers: Bool) {
        var items: [UnitItem] = [], andOthers = false
        let pieces = BracketSplitter.split(clause, at: ["、"], separatesAtSpace: true).flatMap(splittingConjunctions)
        for (index, piece) in pieces.enumerated() where !isPersonAfterUnit(piece, before: pieces[..<index]) {
            let marked = RoleWords.strippingMarkers(RoleWords.strippingNote(piece))
            let trimmed = RoleWords.strippingAndOthers(marked.rest)
            andOthers = andOthers || trimmed.andOthers
            items += splittingInnerLead(trimmed.rest, role: marked.role)
        }
        let joined = sharingRolesBackward(items).flatMap(splittingJointUnits)
        return (joined.filter { !$0.name.isEmpty }, andOthers)
    }

    /// "市民政局 伍泽国": a person's name beside the unit (its head) is neither a unit nor the
    /// task's leader — two or three characters that end like no office, after one that does.
    static func isPersonAfterUnit(_ piece: String, before: ArraySlice<String>) -> Bool {
        let m = TextFolding.matchingKey(piece)
        guard (2...3).contains(m.count), m.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }),
              !UnitWords.endsLikeUnit(m), !UnitWords.isCollective(m), !RoleWords.endsWithMarker(m),
              let previous = before.last else { return false }
        return UnitWords.endsLikeUnit(RoleWords.strippingMarkers(previous).rest)
    }

    /// "州委编办及州直相关单位": 及, 和, 与, 以及 between two names that each end like a unit.
    static func splittingConjunctions(_ piece: String) -> [String] {
        let m = Array(TextFolding.matching(piece)), chars = Array(piece)
        for word in RoleWords.conjunctions {
            let w = Array(word)
            for start in 1..<max(1, m.count - w.count) where m[start..<start + w.count].elementsEqual(w) {
                let left = String(chars[..<start]), right = String(chars[(start + w.count)...])
                let leftName = RoleWords.strippingMarkers(left).rest, rightName = RoleWords.strippingMarkers(right).rest
                if UnitWords.endsLikeUnit(leftName), UnitWords.endsLikeUnit(rightName), BracketSplitter.isBalanced(left),
                   !UnitWords.genericNames.contains(TextFolding.matchingKey(rightName)) {
                    return [left] + splittingConjunctions(right)
                }
            }
        }
        return [piece]
    }

    /// "A牵头B": A leads, and so do the unmarked names before it; B supports unless its own
    /// marker says otherwise.
    static func splittingInnerLead(_ name: String, role: UnitRole?) -> [UnitItem] {
        let whole = [UnitItem(name: name, role: role, sharesRole: role != nil)]
        let m = TextFolding.matching(name)
        guard let lead = m.range(of: "牵头") else { return whole }
        let offset = m.distance(from: m.startIndex, to: lead.lowerBound)
        let left = String(name.prefix(offset)), right = String(name.dropFirst(offset + 2))
        guard !left.isEmpty, !right.isEmpty, BracketSplitter.isBalanced(left),
              !RoleWords.nounsAfterLead.contains(where: { TextFolding.matching(right).hasPrefix($0) }) else { return whole }
        return [UnitItem(name: left, role: .lead, sharesRole: true),
                UnitItem(name: right, role: role ?? .support, sharesRole: role != nil)]
    }

    /// Gives each unmarked name the role of the nearest sharing marker after it in the clause.
    static func sharingRolesBackward(_ items: [UnitItem]) -> [UnitItem] {
        var shared: UnitRole?
        var result = items
        for index in result.indices.reversed() {
            if result[index].role == nil {
                result[index].role = shared
            } else if result[index].sharesRole {
                shared = result[index].role
            }
        }
        return result
    }

    /// "A会同B" → A and B; "A会B" too ("宣传处会办公室"), but only where A and B both end
    /// like units' names, because 会 also sits inside names (区工会, 社会保障局, 会计科).
    static func splittingJointUnits(_ item: UnitItem) -> [UnitItem] {
        guard let (left, right) = jointSplit(item.name) else { return [item] }
        var first = item, second = item
        first.name = left
        second.name = right
        return [first] + splittingJointUnits(second)
    }

    private static func jointSplit(_ name: String) -> (String, String)? {
        let m = Array(TextFolding.matching(name)), chars = Array(name)
        for word in RoleWords.joins {
            let w = Array(word)
            for start in 0..<max(0, m.count - w.count + 1) where m[start..<start + w.count].elementsEqual(w) {
                let left = String(chars[..<start]), right = String(chars[(start + w.count)...])
                if !left.isEmpty, !right.isEmpty { return (left, right) }
            }
        }
        for i in m.indices where m[i] == "会" {
            let left = String(chars[..<i]), right = String(chars[(i + 1)...])
            if isBareJoin(left: left, right: right) { return (left, right) }
        }
        return nil
    }

    private static func isBareJoin(left: String, right: String) -> Bool {
        let l = TextFolding.matching(left), r = TextFolding.matching(right)
        guard let leftEnd = l.last, let rightStart = r.first, let rightEnd = r.last else { return false }
        return UnitWords.joinableEnds.contains(leftEnd) && UnitWords.lastCharacters.contains(rightEnd) && r.count >= 2
            && !RoleWords.wordsStartingWithJoin.contains(rightStart)
            && BracketSplitter.isBalanced(left) && BracketSplitter.isBalanced(right)
    }
}
