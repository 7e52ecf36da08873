#!/usr/bin/env python3
"""Write blind multi-turn scenarios, Chinese (set 16, issue #17) -> scenarios16/zh.json."""
from scen_common import S, T, born, years, write

MAX = 350  # first reply of an answer, Chinese


def A(topic=None, **kw):
    e = {"kind": "answer", "maxChars": MAX}
    if topic:
        e["topic"] = topic
    e.update(kw)
    return e


SRC = ["http", "gov.cn"]
AGAIN = ["menu", "ack"]
CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds",
                "activation", "apply-where"]
ACT_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation"]
LACK = ["12333", "人社", "没有", "暂无", "当地"]
INSURE = ["医保", "参保"]

SCENARIOS = [
    S("zh16-manyue-first", "刚满月：陈述被确认；先办什么→先参保；为什么",
      "rich", ["age", "remember-used", "newborn-90", "maxChars"],
      T("宝宝刚满月", kind="ack", remember={"ageDays": [28, 40]}),
      T("现在该先办啥", **A(saysAny=INSURE, remember={"ageDays": [28, 40]})),
      T("为什么", kind="why")),

    S("zh16-liangge-yue-docs", "两个月大：材料回答中说出年龄；详细说明（纯文本渠道打字）",
      "plain", ["age", "remember-used", "details", "maxChars"],
      T("孩子两个月大", kind="ack", remember={"ageDays": [55, 70]}),
      T("要带什么材料", **A("documents", saysAny=["两个月", "2个月", "两月", "2月龄"])),
      T("详细说明", kind="details")),

    S("zh16-40tian-insurance-sources", "出生40天问参保；90天（原则上）；出处",
      "rich", ["age", "newborn-90", "sources", "maxChars"],
      T("出生40天了 医保还来得及吗",
        **A("newborn-insurance", saysAny=["90"], remember={"ageDays": [38, 42]})),
      T("出处", kind="sources", saysAny=SRC + ["医保办函"]),
      T("原则上是啥意思 可以晚点吗", kind="answer", saysAny=["当地", "各地", "统筹", "延长", "更长", "180", "6个月"])),

    S("zh16-birthdate-newborn-restart", "出生日期（2026年11月10日）；参保截止在2027年；重新开始后忘记",
      "plain", ["age", "age-birthdate", "newborn-90", "start-over", "maxChars"],
      T("宝宝2026年11月10日出生的", kind="ack", remember={"ageDays": born(2026, 11, 10)}),
      T("医保最晚啥时候交", **A("newborn-insurance", saysAny=["2027"])),
      T("重新开始", anyKind=AGAIN, remember={"ageDays": None}),
      T("办卡要带啥", **A("documents", remember={"ageDays": None}))),

    S("zh16-birthdate-old-photo", "较大孩子的出生日期（2019年3月15号）；照片",
      "rich", ["age", "age-birthdate", "remember-used", "maxChars"],
      T("孩子是2019年3月15号生的", kind="ack", remember={"ageDays": born(2019, 3, 15)}),
      T("办卡要不要照片", **A("photo")),
      T("为什么", kind="why")),

    S("zh16-sansuiban-haikou", "三岁半＋海口市一句话说出；海口照片规则（未满7周岁）；为什么",
      "plain", ["age", "city-known", "remember-used", "why", "maxChars"],
      T("我家娃三岁半 在海口市", kind="ack",
        remember={"ageDays": [1240, 1335], "city": "haikou"}),
      T("办卡要照片吗", **A("photo", says=["海口"], saysAny=["7", "七"])),
      T("为什么", kind="why")),

    S("zh16-city-correction", "城市更正：海口→贵阳；贵阳照片规则（6岁及以下）",
      "rich", ["city-known", "city-correction", "age", "remember-used", "maxChars"],
      T("我们在海口", kind="ack", remember={"city": "haikou"}),
      T("说错了 是贵阳", remember={"city": "guiyang"}),
      T("六岁孩子要拍照吗",
        **A("photo", says=["贵阳"], remember={"city": "guiyang", "ageDays": years(6)}))),

    S("zh16-kunming-lacking", "知识库没有的城市（昆明）：通用回答＋找当地人社或12333；详细说明",
      "plain", ["city-lacking", "remember-used", "details", "maxChars"],
      T("我们在昆明", kind="ack", remember={"city": "kunming"}),
      T("孩子办社保卡带啥", **A("documents", says=["昆明"], saysAny=LACK)),
      T("详细说明", kind="details")),

    S("zh16-followup-cards", "激活；追问「那医保电子凭证呢」「电子社保卡呢」",
      "rich", ["followup-card", "maxChars"],
      T("孩子社保卡怎么激活", **A("activation", card="physical")),
      T("那医保电子凭证呢",
        **A(card="e-voucher", remember={"card": "e-voucher"},
            saysAny=["亲情账户", "国家医保服务平台", "支付宝"])),
      T("电子社保卡呢", **A(card="electronic", remember={"card": "electronic"},
                          saysAny=["亲情服务", "实体"]))),

    S("zh16-followup-cities", "中山材料；追问「那海口呢」；再问没有规则的南京",
      "plain", ["city-known", "city-lacking", "followup-city", "maxChars"],
      T("中山给宝宝办卡要什么材料",
        **A("documents", says=["中山"], remember={"city": "zhongshan"})),
      T("那海口呢", **A("documents", says=["海口"], remember={"city": "haikou"})),
      T("南京呢", **A("documents", says=["南京"], saysAny=LACK, remember={"city": "nanjing"}))),

    S("zh16-grandpa-why-sources", "是否题：爷爷能办吗；为什么；出处",
      "rich", ["yesno", "why", "sources", "maxChars"],
      T("爷爷能帮孙女办卡不", **A("who-can-act", saysAny=["监护人", "授权", "委托"])),
      T("为什么", kind="why"),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-where-details-sources", "在哪办：先说地点；详细说明；出处",
      "plain", ["details", "sources", "maxChars"],
      T("孩子的社保卡在哪办", **A("apply-where", saysAny=["银行", "窗口", "网上", "线上"])),
      T("详细说明", kind="details"),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-clarify-ka-rich", "单字「卡」：反问是哪种卡；回复医保电子凭证",
      "rich", ["clarify"],
      T("卡", kind="clarify", choices=CARD_CHOICES),
      T("医保电子凭证", kind="answer", card="e-voucher"),
      T("为什么", kind="why")),

    S("zh16-clarify-jihuo-1", "单词「激活」：反问；打字1选第一项",
      "plain", ["clarify", "numbered-choice"],
      T("激活", kind="clarify", choices=ACT_CHOICES),
      T("1", kind="answer"),
      T("详细说明", kind="details")),

    S("zh16-clarify-xuan2", "「卡？」反问；「选2」选第二项",
      "plain", ["clarify", "numbered-choice"],
      T("卡？", kind="clarify", choices=CARD_CHOICES),
      T("选2", kind="answer"),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-clarify-diyige", "「卡」反问；「第一个」选第一项",
      "plain", ["clarify", "numbered-choice"],
      T("卡", kind="clarify", choices=CARD_CHOICES),
      T("第一个", kind="answer"),
      T("为什么", kind="why")),

    S("zh16-clarify-circled", "「激活」反问；「①」选第一项",
      "plain", ["clarify", "numbered-choice", "followup-card"],
      T("激活", kind="clarify", choices=ACT_CHOICES),
      T("①", kind="answer"),
      T("那医保电子凭证呢", kind="answer", card="e-voucher")),

    S("zh16-walk-xiayibu-core", "分步引导：第2步打「下一步」必须到第3步（不能回第1步）；上一步两次",
      "plain", ["walkthrough"],
      T("一步一步带我给孩子办社保卡", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("下一步", kind="step", step=3),
      T("上一步", kind="step", step=2),
      T("上一步", kind="step", step=1)),

    S("zh16-walk-repeat-stop-continue", "分步引导：重复、停止、继续",
      "plain", ["walkthrough"],
      T("教我一步步办 孩子社保卡", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("重复", kind="step", step=2),
      T("停止"),
      T("继续", kind="step")),

    S("zh16-walk-question-inside", "分步引导中插问材料，继续后恢复",
      "plain", ["walkthrough", "maxChars"],
      T("能不能分步骤带我办宝宝的卡", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("要带什么材料", **A("documents")),
      T("继续", kind="step")),

    S("zh16-walk-rich", "富渠道上也能打字下一步/上一步",
      "rich", ["walkthrough"],
      T("一步一步教我办吧", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("上一步", kind="step", step=1)),

    S("zh16-diyibu-not-option", "「第一步是什么」不能被读成选项1",
      "plain", ["numbered-choice", "maxChars"],
      T("孩子社保卡在哪激活", **A("activation")),
      T("第一步是什么", anyKind=["answer", "step"]),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-handoff-plain", "电子社保卡回答后要求转人工",
      "plain", ["handoff", "maxChars"],
      T("电子社保卡怎么给孩子弄", **A(card="electronic")),
      T("太复杂了 转人工", kind="handoff"),
      T("算了 那照片要吗", **A("photo"))),

    S("zh16-handoff-rich", "十个月；找人工；年龄保留",
      "rich", ["age", "handoff"],
      T("宝宝十个月", kind="ack", remember={"ageDays": [290, 330]}),
      T("我要找真人客服", kind="handoff", remember={"ageDays": [290, 330]}),
      T("要带什么", **A("documents", remember={"ageDays": [290, 330]}))),

    S("zh16-offtopic-middle", "才二十天；中途问车险被拒；之后仍用年龄",
      "rich", ["age", "offtopic-middle", "remember-used", "newborn-90", "maxChars"],
      T("宝宝才二十天", kind="ack", remember={"ageDays": [18, 23]}),
      T("车险怎么买便宜", kind="decline"),
      T("那宝宝先办什么",
        **A(saysAny=INSURE, remember={"ageDays": [18, 23]}))),

    S("zh16-lang-switch", "中文说年龄，英文提问得到英文回答，年龄保留，再回中文",
      "rich", ["age", "language-switch", "remember-used", "maxChars"],
      T("儿子七岁", kind="ack", remember={"ageDays": years(7)}),
      T("what documents do i need for his card", kind="answer", topic="documents",
        maxChars=650, saysAny=["ID card", "identity", "hukou", "household"],
        remember={"ageDays": years(7)}),
      T("照片呢", **A("photo"))),

    S("zh16-phone-yesno", "手机上能激活吗：社保功能可以，金融（银行）功能不行",
      "plain", ["yesno", "maxChars"],
      T("手机上能给孩子激活社保卡吗", **A("activation", saysAny=["银行"])),
      T("为什么", kind="why"),
      T("详细说明", kind="details")),

    S("zh16-child-come", "孩子要不要一起去：临湘官方告知书（未成年人需监护人一起）",
      "rich", ["yesno", "maxChars"],
      T("办卡要带孩子去吗", **A("who-can-act", saysAny=["临湘", "一起", "监护人"])),
      T("为什么", kind="why"),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-ecard-needs-physical", "一个月宝宝想先办电子社保卡：需要先有实体卡",
      "plain", ["age", "remember-used", "maxChars"],
      T("宝宝出生一个月 能先弄电子社保卡吗",
        **A(card="electronic", saysAny=["实体"], remember={"ageDays": [28, 35]})),
      T("那先办啥", **A(saysAny=INSURE)),
      T("为什么", kind="why")),

    S("zh16-baitian-late", "刚过百天还没参保：晚参保按当地规定、不追溯",
      "rich", ["age", "remember-used", "maxChars"],
      T("宝宝刚过百天 还没参保", anyKind=["ack", "answer"], remember={"ageDays": [98, 115]}),
      T("现在参保 出生时的费用能报吗",
        **A("newborn-insurance", saysAny=["追溯", "当地", "各地", "统筹", "缴费之日"])),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-12sui-no-newborn", "十二岁孩子：先办什么不是新生儿建议",
      "plain", ["age", "no-newborn-advice", "remember-used", "maxChars"],
      T("儿子十二岁了", kind="ack", remember={"ageDays": years(12)}),
      T("啥卡都没有 先办什么", **A(saysNot=["90天内"], remember={"ageDays": years(12)})),
      T("他能自己去办吗", **A("who-can-act", saysAny=["监护人", "16"]))),

    S("zh16-chengdu-yisuiban", "成都＋一岁半，一句话里问激活；成都规则先说",
      "rich", ["age", "city-known", "maxChars"],
      T("成都 娃一岁半 卡在哪激活",
        **A("activation", says=["成都"], remember={"city": "chengdu", "ageDays": [530, 575]})),
      T("详细说明", kind="details"),
      T("重新开始", anyKind=AGAIN, remember={"city": None, "ageDays": None})),

    S("zh16-qingyuan-deadline", "清远：卡没激活，多久内要激活",
      "plain", ["city-known", "remember-used", "maxChars"],
      T("清远的 孩子卡到手了还没激活", anyKind=["answer", "ack"], remember={"city": "qingyuan"}),
      T("多久内要激活", **A("activation", saysAny=["半年", "六个月", "6个月", "封存", "一年"])),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-changde-shi", "常德市：激活带什么",
      "rich", ["city-known", "maxChars"],
      T("常德市 给孩子激活卡带啥", kind="answer", maxChars=MAX, says=["常德"],
        remember={"city": "changde"}),
      T("为什么", kind="why"),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-wuhan-evoucher", "武汉：给宝宝弄医保码（亲情账户）；记住卡种",
      "plain", ["city-known", "followup-card", "maxChars"],
      T("武汉的 给宝宝弄医保码怎么弄",
        **A(card="e-voucher", saysAny=["亲情账户"], remember={"city": "wuhan"})),
      T("支付宝能弄吗", kind="answer", card="e-voucher", remember={"card": "e-voucher"}),
      T("为什么", kind="why")),

    S("zh16-lost-6sui", "闺女六岁卡丢了；电子社保卡还能用吗",
      "rich", ["age", "maxChars"],
      T("闺女六岁了 卡丢了咋办",
        **A("lost-card", saysAny=["挂失", "12333"], remember={"ageDays": years(6)})),
      T("电子社保卡还能用吗", **A(saysAny=["注销", "授权", "挂失", "不可用", "停止"])),
      T("打电话能挂失吗", **A("lost-card", saysAny=["12333", "可以", "电话"]))),

    S("zh16-hotline-followup", "医保电话12393；追问社保卡的电话12333",
      "rich", ["maxChars"],
      T("医保有问题打哪个电话", **A("hotlines", says=["12393"])),
      T("那社保卡呢", **A(saysAny=["12333"])),
      T("要加区号吗", kind="answer")),

    S("zh16-privacy-why", "隐私（第十五条）；为什么",
      "rich", ["why", "maxChars"],
      T("孩子信息会不会泄露", **A("privacy", saysAny=["第十五条", "隐私", "保护"])),
      T("为什么", kind="why"),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-legal-sources", "为啥各地材料不一样（第十六条）；出处",
      "rich", ["sources", "maxChars"],
      T("为啥各地要的材料不一样", **A("legal-basis", saysAny=["第十六条", "当地", "各地"])),
      T("出处", kind="sources", saysAny=SRC + ["xiaoshebao", "senbk"]),
      T("那我们这要带啥", kind="answer")),

    S("zh16-zhongshan-bundle", "中山新生儿一件事及条件（双方广东户籍）",
      "rich", ["city-known", "remember-used", "maxChars"],
      T("中山 刚生了宝宝 有没有一站式办的", kind="answer", maxChars=MAX,
        saysAny=["一件事", "一站式"], remember={"city": "zhongshan"}),
      T("我老公不是广东户口能办吗", kind="answer", saysAny=["广东", "双方"]),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-restart-clears-city", "兰州（无规则）；重新开始忘记城市",
      "plain", ["city-lacking", "start-over", "age", "maxChars"],
      T("我们在兰州", kind="ack", remember={"city": "lanzhou"}),
      T("重新开始", anyKind=AGAIN, remember={"city": None}),
      T("四岁孩子要照片吗", **A("photo", remember={"city": None, "ageDays": years(4)}))),

    S("zh16-pinyin-city", "拼音城市名 guiyang；谁能办（授权委托）",
      "rich", ["city-known", "remember-used", "maxChars"],
      T("我们在guiyang", kind="ack", remember={"city": "guiyang"}),
      T("我俩都在外地 谁能去办", **A("who-can-act", says=["贵阳"])),
      T("出处", kind="sources", saysAny=SRC)),

    S("zh16-offtopic-idcard-then-card", "近似离题（孩子身份证）被拒；再问社保卡材料",
      "plain", ["offtopic-middle", "maxChars"],
      T("孩子身份证怎么办", kind="decline"),
      T("那社保卡要带啥", **A("documents")),
      T("网上能申请不", kind="answer")),

    S("zh16-newborn-details-why", "新生儿医保：简短首答；详细说明；为什么",
      "rich", ["details", "why", "newborn-90", "maxChars"],
      T("新生儿医保怎么办", **A("newborn-insurance", saysAny=["90"])),
      T("详细说明", kind="details"),
      T("为什么", kind="why")),

    S("zh16-xiaoshu-birth-age", "出生28天（阿拉伯数字）＋海口；海口材料（承诺书选项）",
      "plain", ["age", "city-known", "remember-used", "followup-city", "maxChars"],
      T("宝宝出生28天 在海口", kind="ack", remember={"ageDays": [26, 30], "city": "haikou"}),
      T("办卡要带啥", **A("documents", says=["海口"])),
      T("那贵阳呢", **A("documents", says=["贵阳"], remember={"city": "guiyang"}))),
]

if __name__ == "__main__":
    write("zh", SCENARIOS)
