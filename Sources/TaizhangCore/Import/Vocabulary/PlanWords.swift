/// The words around a plan: what makes a line its title, the covering notice it came in, the
/// web page it was saved from, and the sections that hold no tasks.
enum PlanWords {
    /// A title names a kind of plan.
    static let titleWords = ["要点", "方案", "分工", "清单", "台账", "计划", "安排", "任务", "意见", "措施", "责任", "分解",
                             "目标", "实事", "项目"]

    /// Kinds that say the document divides work (preferred over the points it divides).
    static let divisionWords = ["分工", "方案", "清单", "台账", "分解", "责任"]

    /// Phrases of the covering notice (通知) a plan is sent with.
    static let noticePhrases = ["印发给你们", "现印发", "现将", "请结合实际", "请认真贯彻", "认真贯彻执行", "认真抓好落实",
                                "请认真组织实施", "已经市政府同意", "已经区政府同意", "已经县政府同意", "已经省政府同意",
                                "已经国务院同意", "经研究同意", "此件公开发布", "此件主动公开", "此件公开", "本文有删减"]

    /// A line that starts with one of these is the notice's pointer to the plan itself.
    static let attachmentOpenings = ["附件"]

    /// Page furniture of a government web site or a mirror of it.
    static let chromeWords = ["字体", "【大 中 小】", "【大中小】", "大 中 小", "打印", "关闭窗口", "分享到", "浏览次数", "点击",
                              "访问次数", "信息来源", "来源:", "发布时间", "发布日期", "更新时间", "索引号", "文号", "发文字号",
                              "成文日期", "发布机构", "公开方式", "主题分类", "有效性", "当前位置", "首页", "我要纠错",
                              "扫一扫", "收藏", "责任编辑", "主办单位", "承办单位", "网站标识码", "ICP备"]

    /// Sections that explain a plan rather than assign its work: their paragraphs are no tasks
    /// unless they name units.
    static let nonTaskSections = ["总体要求", "指导思想", "基本原则", "工作原则", "工作目标", "主要目标", "总体目标",
                                  "保障措施", "组织保障", "工作要求", "组织领导", "有关要求", "工作步骤", "实施步骤",
                                  "工作机制", "其他事项", "附则"]

    /// Page furniture, not text of the plan.
    static func isChrome(_ text: String) -> Bool {
        let m = TextFolding.matching(text)
        return chromeWords.contains { m.contains($0) } && TextFolding.matchingKey(text).count <= 80
    }

    /// A line of the covering notice.
    static func isNoticeLine(_ text: String) -> Bool {
        let m = TextFolding.matchingKey(text)
        return noticePhrases.contains { m.contains($0) }
    }

    /// A section explaining the plan (一、总体要求).
    static func isNonTaskSection(_ title: String) -> Bool {
        let m = TextFolding.matchingKey(title)
        return m.count <= 12 && nonTaskSections.contains { m.hasPrefix($0) }
    }
}
