#!/usr/bin/env python3
"""Writes scenarios23/en.json and zh.json (blind set 23, issue #17).
Ages in days assume the set is run around 2026-12-03; birth-date ranges are wide."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))

def T(user, **e):
    for k in ("says", "saysAny", "saysNot"):
        if k in e: assert isinstance(e[k], list)
    return {"user": user, "expect": e}

EN_MAX, ZH_MAX = 650, 350
ACK_EN, ACK_ZH = 250, 120
NOT_NEWBORN_EN = ["within 90 days", "90 days of birth"]
NOT_NEWBORN_ZH = ["出生后90天内", "90天内参保"]
LACK_EN = ["12333", "HRSS", "bureau"]
LACK_ZH = ["12333", "人社"]
FORGOT = {"ageDays": None, "city": None}
EV_EN = ["app", "family account", "National Medical Insurance", "NHSA", "Alipay"]
EC_EN = ["family service", "family", "physical card"]
EV_ZH = ["国家医保服务平台", "亲情账户", "支付宝"]
EC_ZH = ["亲情服务", "实体卡", "实体社保卡"]
WHY_EN = ["because", "source", "rule", "notice", "says"]
WHY_ZH = ["因为", "依据", "规定", "出处", "来源", "通知"]
SRC = ["gov.cn", "http"]

EN = []
def en(id, about, channel, feats, *turns):
    EN.append(({"id": id, "about": about, "channel": channel, "turns": list(turns)}, feats))

en("en-age-2months-first", "2-month-old stated, then 'what first' uses it; why", "plain", ["age", "newborn", "why", "ack"],
   T("my baby is 2 months old", kind="ack", remember={"ageDays": [55, 66]}, maxChars=ACK_EN),
   T("what should i do first", kind="answer", saysAny=["insurance", "enrol", "enroll"], maxChars=EN_MAX, remember={"ageDays": [55, 66]}),
   T("why?", kind="why", saysAny=["90", "birth", "covered", "reimburs"]))
en("en-age-shes8-documents", "8-year-old daughter: no newborn advice on documents", "rich", ["age", "not-newborn", "length"],
   T("hi, my daughter is 8", kind="ack", remember={"ageDays": [2900, 3300]}, maxChars=ACK_EN),
   T("what documents do we need for her card", kind="answer", topic="documents", saysAny=["ID", "hukou", "household"], saysNot=NOT_NEWBORN_EN, maxChars=EN_MAX),
   T("does she need a photo", kind="answer", topic="photo", saysNot=NOT_NEWBORN_EN, remember={"ageDays": [2900, 3300]}))
en("en-birthdate-90days", "birth date given; 90-day end date computed (assumes run before 2027-02)", "rich", ["age", "birthdate", "newborn"],
   T("my son was born on 20 November 2026", kind="ack", remember={"ageDays": [5, 70]}),
   T("by when does he need to be insured?", kind="answer", topic="newborn-insurance",
     saysAny=["2027-02-18", "18 February", "February 18", "Feb 18", "18 Feb", "18/02/2027", "2/18/2027"], saysNot=["the limit"]))
en("en-haikou-6weeks-startover", "Haikou + 6 weeks remembered for photo; start over forgets", "plain", ["city", "age", "startover", "ack"],
   T("we live in haikou", kind="ack", remember={"city": "haikou"}, maxChars=ACK_EN),
   T("baby is 6 weeks old", kind="ack", remember={"ageDays": [40, 46], "city": "haikou"}),
   T("does she need a photo for the card", kind="answer", topic="photo", says=["Haikou"], saysAny=["7", "seven"]),
   T("start over", remember=FORGOT),
   T("does my child need a photo for the card", kind="answer", topic="photo", saysNot=["6-week", "6 week"], remember=FORGOT))
en("en-guiyang-photo-followup-haikou", "photo in Guiyang, follow-up 'what about haikou', sources", "rich", ["city", "followup-city", "sources"],
   T("do kids need a photo for the card in guiyang", kind="answer", topic="photo", says=["Guiyang"], saysAny=["6", "six"], remember={"city": "guiyang"}),
   T("what about haikou?", kind="answer", topic="photo", says=["Haikou"], saysAny=["7", "seven"], remember={"city": "haikou"}),
   T("sources?", kind="sources", saysAny=SRC))
en("en-lanzhou-unknown-city", "city the sources lack: general answer + ask local HRSS/12333", "plain", ["city-unknown", "ack"],
   T("we're in lanzhou", kind="ack", remember={"city": "lanzhou"}),
   T("what do i need to bring to apply for my kids card", kind="answer", topic="documents", says=["Lanzhou"], saysAny=LACK_EN, maxChars=EN_MAX))
en("en-city-correction", "Haikou corrected to Guiyang; age added; photo uses Guiyang", "rich", ["city", "correction", "age"],
   T("we live in haikou", kind="ack", remember={"city": "haikou"}),
   T("sorry i meant guiyang not haikou", remember={"city": "guiyang"}),
   T("photo needed for my 4 year old?", kind="answer", topic="photo", says=["Guiyang"], remember={"city": "guiyang", "ageDays": [1450, 1830]}))
en("en-followup-cards", "activation of physical card, then e-voucher, then electronic card", "rich", ["followup-card", "card"],
   T("how do i activate my sons physical card", kind="answer", topic="activation", card="physical", maxChars=EN_MAX),
   T("and for the e-voucher?", kind="answer", topic="activation", card="e-voucher", saysAny=EV_EN, remember={"card": "e-voucher"}),
   T("and the electronic social security card?", kind="answer", topic="activation", card="electronic", saysAny=EC_EN))
en("en-phone-activation-details", "yes/no: activate on phone; More details; why", "plain", ["yesno", "details", "why", "length"],
   T("can i activate my daughters card on my phone", kind="answer", topic="activation", saysAny=["social security function", "bank", "financial"], maxChars=EN_MAX),
   T("More details", kind="details"),
   T("why?", kind="why", saysAny=["bank", "in person", "rule"]))
en("en-grandpa-child-come", "grandparent yes/no; must the child come (Linxiang)", "rich", ["yesno"],
   T("can grandpa apply for the card for my son", kind="answer", topic="who-can-act", saysAny=["yes", "usually", "some cities", "authoris", "authoriz", "guardian"], maxChars=EN_MAX),
   T("does my son need to come too", kind="answer", topic="who-can-act", saysAny=["Linxiang", "come with", "together", "along"]))
en("en-oneword-card-plain", "one word 'card' -> clarify; '1' picks; More details", "plain", ["clarify", "details"],
   T("card", kind="clarify", choices=["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation", "documents", "apply-where"]),
   T("1", kind="answer"),
   T("More details", kind="details"))
en("en-oneword-activate-rich", "one word 'activate' -> clarify; typed choice answers", "rich", ["clarify", "card"],
   T("activate", kind="clarify", choices=["activation", "card:physical", "card:e-voucher", "card:electronic"]),
   T("the medical insurance e-voucher", kind="answer", card="e-voucher", saysAny=EV_EN))
en("en-walkthrough-plain", "walkthrough: next/next/back/repeat/stop typed on WeChat", "plain", ["walkthrough"],
   T("walk me through the steps", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("repeat", kind="step", step=2),
   T("stop", saysNot=["Step 3"]))
en("en-walkthrough-plain-2", "walkthrough on plain: next, back, next, next", "plain", ["walkthrough"],
   T("can you take me through it step by step", kind="step", step=1),
   T("next", kind="step", step=2),
   T("back", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3))
en("en-walkthrough-rich-typed", "walkthrough typed commands on rich channel too", "rich", ["walkthrough"],
   T("walk me through getting my kids card step by step", kind="step", step=1),
   T("next", kind="step", step=2),
   T("back", kind="step", step=1))
en("en-offtopic-middle", "age kept across an off-topic question", "rich", ["age", "offtopic", "ack"],
   T("my son is 5", kind="ack", remember={"ageDays": [1820, 2200]}, maxChars=ACK_EN),
   T("whats the best car insurance", kind="decline", saysNot=["newborn"]),
   T("ok what documents do i need for his card", kind="answer", topic="documents", saysNot=NOT_NEWBORN_EN, remember={"ageDays": [1820, 2200]}))
en("en-language-switch", "English then Chinese question: answered in Chinese", "rich", ["language", "card"],
   T("how do i activate the e voucher for my baby", kind="answer", topic="activation", card="e-voucher"),
   T("孩子奶奶可以帮忙办吗", kind="answer", topic="who-can-act", saysAny=["可以", "监护人", "授权", "委托"]))
en("en-handoff-plain", "lost card then ask for a person", "plain", ["handoff"],
   T("how do i report my kids card lost", kind="answer", topic="lost-card", maxChars=EN_MAX),
   T("i want to talk to a real person", kind="handoff", saysAny=["12333", "person", "staff", "human", "agent"]))
en("en-late-enrolment", "5-month-old never enrolled: no back-dated cover; why", "rich", ["age", "late-enrolment", "why"],
   T("my baby is 5 months and we never did her medical insurance, will old hospital bills be covered", kind="answer", topic="newborn-insurance",
     saysAny=["not", "local", "back-dated", "backdated", "from the date", "payment"], remember={"ageDays": [145, 160]}),
   T("why?", kind="why", saysAny=WHY_EN + ["local"]))
en("en-teen-14", "14-year-old: no newborn advice; guardian under 16", "plain", ["age", "not-newborn"],
   T("my daughter is 14, how do we get her a card", kind="answer", saysNot=NOT_NEWBORN_EN, remember={"ageDays": [5100, 5480]}, maxChars=EN_MAX),
   T("can she activate it herself", kind="answer", topic="who-can-act", saysAny=["guardian", "16", "parent"]))
en("en-documents-sources-details", "documents answer short; sources; More details", "rich", ["length", "sources", "details"],
   T("what do i bring to apply for my kids card", kind="answer", topic="documents", maxChars=EN_MAX, saysNot=["(secondary source)", ".md"]),
   T("sources?", kind="sources", saysAny=SRC),
   T("More details", kind="details"))
en("en-birthdate-2024", "birth date in 2024 -> ~2.75 years; photo", "plain", ["age", "birthdate"],
   T("he was born on 1 march 2024", kind="ack", remember={"ageDays": [990, 1200]}),
   T("does he need a photo for his card", kind="answer", topic="photo", saysNot=NOT_NEWBORN_EN))
en("en-18months-zhongshan", "18 months + Zhongshan in one message; where to apply", "rich", ["age", "city", "ack"],
   T("my toddler is 18 months old and we're in Zhongshan", kind="ack", remember={"ageDays": [530, 560], "city": "zhongshan"}),
   T("where do we apply", kind="answer", topic="apply-where", says=["Zhongshan"], maxChars=EN_MAX))
en("en-qingyuan-deadline", "Qingyuan activation deadline (half a year)", "plain", ["city"],
   T("we are in qingyuan, is there a deadline to activate the card", kind="answer", topic="activation", says=["Qingyuan"], saysAny=["six months", "6 months", "half a year"], remember={"city": "qingyuan"}))
en("en-changde-shi", "city given as 'changde shi'; activation uses Changde rule", "rich", ["city", "ack"],
   T("we live in changde shi", kind="ack", remember={"city": "changde"}),
   T("how to activate my kids card", kind="answer", topic="activation", says=["Changde"], maxChars=EN_MAX))
en("en-chengdu-hanzi", "city in Chinese characters inside English", "rich", ["city", "ack"],
   T("we're in 成都", kind="ack", remember={"city": "chengdu"}),
   T("where can i switch on the social security function", kind="answer", topic="activation", says=["Chengdu"]))
en("en-wuhan-evoucher-alipay", "Wuhan e-voucher family account; Alipay follow-up; why", "plain", ["city", "card", "why"],
   T("in wuhan, how do i add my baby to my yibao family account", kind="answer", topic="activation", card="e-voucher", remember={"city": "wuhan"}),
   T("can i do it in alipay instead?", kind="answer", saysAny=["Alipay"]),
   T("why?", kind="why"))
en("en-newborn-order", "newborn order of things; follow-up electronic card needs physical", "rich", ["newborn", "followup-card", "length"],
   T("just had a baby, whats the order of things for her cards", kind="answer", topic="process", saysAny=["insurance", "enrol", "enroll"], maxChars=EN_MAX),
   T("what about the electronic card?", kind="answer", card="electronic", saysAny=["physical"]))
en("en-photo-newborn-why", "photo for newborn; why", "plain", ["why"],
   T("is a photo needed for a newborn", kind="answer", topic="photo"),
   T("why?", kind="why", saysAny=["local", "city", "rule", "Haikou", "Guiyang", "Henan"]))
en("en-henan-photo", "Henan: photo required even for small children", "rich", ["city"],
   T("we're in henan, my son is 3, photo or not?", kind="answer", topic="photo", says=["Henan"], remember={"ageDays": [1090, 1465]}))
en("en-kunming-photo", "city lacking + age in one line", "plain", ["city-unknown", "age"],
   T("kunming, 2 yr old, photo needed?", kind="answer", topic="photo", says=["Kunming"], saysAny=LACK_EN, remember={"city": "kunming", "ageDays": [720, 1100]}))
en("en-startover-rich", "age+city, start over forgets both", "rich", ["startover", "age", "city"],
   T("my son is 10 and we live in guiyang", kind="ack", remember={"ageDays": [3640, 4020], "city": "guiyang"}),
   T("start over", remember=FORGOT),
   T("does my child need a photo", kind="answer", topic="photo", saysNot=["10-year-old", "For a 10"], remember=FORGOT))
en("en-documents-city-followups", "documents: Guiyang, what about Haikou, and Harbin (lacking)", "plain", ["followup-city", "city-unknown"],
   T("what documents for the card in guiyang", kind="answer", topic="documents", says=["Guiyang"], maxChars=EN_MAX),
   T("what about haikou", kind="answer", topic="documents", says=["Haikou"], remember={"city": "haikou"}),
   T("and in harbin?", kind="answer", topic="documents", says=["Harbin"], saysAny=LACK_EN))
en("en-hotline-why", "medical insurance hotline 12393; why", "rich", ["why"],
   T("which number do i call for medical insurance questions", kind="answer", topic="hotlines", says=["12393"]),
   T("why?", kind="why"))
en("en-lost-ecard", "lost card and e-card; how to report", "plain", ["yesno"],
   T("lost my sons card does the e card still work", kind="answer", topic="lost-card", saysAny=["authoris", "authoriz", "cancel", "stop"]),
   T("how do i report it", kind="answer", topic="lost-card", saysAny=["12333", "bank", "online"]))
en("en-nearmiss-passport", "near miss off-topic then on-topic", "plain", ["offtopic"],
   T("how do i get my baby a passport", kind="decline"),
   T("ok then her social security card, what do i bring", kind="answer", topic="documents"))
en("en-turned-three", "'just turned three' -> age; eligibility", "rich", ["age", "ack"],
   T("she just turned three", kind="ack", remember={"ageDays": [1090, 1135]}),
   T("can she get a social security card", kind="answer", topic="child-eligibility", saysNot=NOT_NEWBORN_EN))
en("en-born-3-weeks", "'born 3 weeks ago'; what first; follow-up e-voucher", "plain", ["age", "newborn", "followup-card"],
   T("our son was born 3 weeks ago", kind="ack", remember={"ageDays": [19, 23]}),
   T("what do we do first?", kind="answer", saysAny=["insurance", "enrol", "enroll"], maxChars=EN_MAX),
   T("and for the e-voucher?", kind="answer", card="e-voucher", saysAny=EV_EN))
en("en-handoff-rich", "handoff then privacy question", "rich", ["handoff"],
   T("i need help from a human", kind="handoff"),
   T("ok who can see my kids data", kind="answer", topic="privacy"))
en("en-activate-plain-choose2", "one word 'activate' on plain; '2' picks", "plain", ["clarify"],
   T("activate", kind="clarify", choices=["activation", "card:physical", "card:e-voucher", "card:electronic"]),
   T("2", kind="answer"))
en("en-four-year-old-words", "'a four year old' in words; documents length", "plain", ["age", "length", "ack"],
   T("we have a four year old", kind="ack", remember={"ageDays": [1455, 1830]}),
   T("what docs for his card", kind="answer", topic="documents", maxChars=EN_MAX, saysNot=NOT_NEWBORN_EN))
en("en-11-month-legal", "11-month-old; why the rules differ (legal basis)", "rich", ["age", "legal"],
   T("my 11 month old needs a card, why does every city want different things", kind="answer", topic="legal-basis", saysAny=["Article 16", "local", "HRSS"], remember={"ageDays": [325, 345]}),
   T("sources?", kind="sources"))
en("en-switch-to-zh-walkthrough", "English then walkthrough in Chinese with 下一步", "plain", ["walkthrough", "language"],
   T("what documents do i need", kind="answer", topic="documents"),
   T("一步一步教我怎么办", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2))
en("en-zhongshan-newborn-bundle", "Zhongshan newborn one-stop conditions; more details", "rich", ["city", "details"],
   T("zhongshan newborn one stop service, who can use it", kind="answer", saysAny=["Guangdong", "one year", "married", "hukou"]),
   T("More details", kind="details"))

ZH = []
def zh(id, about, channel, feats, *turns):
    ZH.append(({"id": id, "about": about, "channel": channel, "turns": list(turns)}, feats))

zh("zh-manyue-first", "刚满月；先办什么；为什么", "plain", ["age", "newborn", "why", "ack"],
   T("宝宝刚满月", kind="ack", remember={"ageDays": [28, 35]}, maxChars=ACK_ZH),
   T("先办什么", kind="answer", saysAny=["医保", "参保"], maxChars=ZH_MAX),
   T("为什么", kind="why", saysAny=["90", "出生", "报销"]))
zh("zh-two-months-first", "两个月大了先办什么（issue 原例的变体）", "rich", ["age", "newborn"],
   T("我家宝宝两个月大了 先办啥", kind="answer", saysAny=["医保", "参保"], saysNot=["帮不上"], remember={"ageDays": [55, 66]}, maxChars=ZH_MAX))
zh("zh-40days-date", "出生40天；90天到期日", "plain", ["age", "newborn"],
   T("孩子出生40天", kind="ack", remember={"ageDays": [39, 41]}),
   T("医保最晚啥时候办", kind="answer", topic="newborn-insurance", saysAny=["50天", "90天"], saysNot=["上限"]))
zh("zh-birthdate", "出生日期；90天到期日（假设 2027-02 前运行）", "rich", ["age", "birthdate", "newborn"],
   T("儿子2026年11月20日出生的", kind="ack", remember={"ageDays": [5, 70]}),
   T("他医保要在哪天之前办", kind="answer", topic="newborn-insurance", saysAny=["2027年2月18日", "2月18日", "2027-02-18"]))
zh("zh-sanshuiban-docs", "三岁半；材料不给新生儿建议", "plain", ["age", "not-newborn", "length", "ack"],
   T("女儿三岁半", kind="ack", remember={"ageDays": [1260, 1310]}, maxChars=ACK_ZH),
   T("办社保卡要带什么", kind="answer", topic="documents", saysAny=["身份证", "户口"], saysNot=NOT_NEWBORN_ZH, maxChars=ZH_MAX))
zh("zh-baisui-8", "八岁 中文数字；照片", "rich", ["age", "not-newborn"],
   T("我儿子八岁了", kind="ack", remember={"ageDays": [2900, 3300]}),
   T("要照片吗", kind="answer", topic="photo", saysNot=NOT_NEWBORN_ZH))
zh("zh-shigeyue", "十个月；在哪办", "plain", ["age"],
   T("宝宝十个月 社保卡在哪办", kind="answer", topic="apply-where", remember={"ageDays": [295, 310]}, maxChars=ZH_MAX))
zh("zh-yisui-lingliang", "一岁零两个月；谁能办", "rich", ["age", "yesno"],
   T("孩子一岁零两个月", kind="ack", remember={"ageDays": [420, 440]}),
   T("姥姥能带他去办吗", kind="answer", topic="who-can-act", saysAny=["可以", "监护人", "授权", "委托"]))
zh("zh-haikou-startover", "海口+年龄；照片；重新开始后忘记", "plain", ["city", "age", "startover", "ack"],
   T("我们在海口", kind="ack", remember={"city": "haikou"}, maxChars=ACK_ZH),
   T("孩子5岁", kind="ack", remember={"ageDays": [1820, 2200], "city": "haikou"}),
   T("要不要照片", kind="answer", topic="photo", says=["海口"], saysAny=["7", "七"]),
   T("重新开始", remember=FORGOT),
   T("办卡要照片吗", kind="answer", topic="photo", remember=FORGOT))
zh("zh-guiyang-shi-followup", "贵阳市照片；那海口呢；出处", "rich", ["city", "followup-city", "sources"],
   T("贵阳市小孩办卡要照片吗", kind="answer", topic="photo", says=["贵阳"], saysAny=["6", "六"], remember={"city": "guiyang"}),
   T("那海口呢", kind="answer", topic="photo", says=["海口"], saysAny=["7", "七"], remember={"city": "haikou"}),
   T("出处", kind="sources", saysAny=SRC + ["来源", "出处"]))
zh("zh-lanzhou-unknown", "没有规则的城市：兰州", "plain", ["city-unknown", "ack"],
   T("我们在兰州", kind="ack", remember={"city": "lanzhou"}),
   T("给孩子办社保卡要啥材料", kind="answer", topic="documents", says=["兰州"], saysAny=LACK_ZH, maxChars=ZH_MAX))
zh("zh-city-correction", "海口改成贵阳", "rich", ["city", "correction"],
   T("我们住海口", kind="ack", remember={"city": "haikou"}),
   T("说错了 是贵阳", remember={"city": "guiyang"}),
   T("四岁孩子要照片吗", kind="answer", topic="photo", says=["贵阳"], remember={"city": "guiyang", "ageDays": [1450, 1830]}))
zh("zh-followup-evoucher", "实体卡激活；那医保电子凭证呢；电子社保卡呢", "rich", ["followup-card", "card"],
   T("孩子实体社保卡怎么激活", kind="answer", topic="activation", card="physical", maxChars=ZH_MAX),
   T("那医保电子凭证呢", kind="answer", topic="activation", card="e-voucher", saysAny=EV_ZH, remember={"card": "e-voucher"}),
   T("电子社保卡呢", kind="answer", topic="activation", card="electronic", saysAny=EC_ZH))
zh("zh-phone-yesno-details", "手机上能激活吗；详细说明；为什么", "plain", ["yesno", "details", "why", "length"],
   T("孩子社保卡能在手机上激活吗", kind="answer", topic="activation", saysAny=["社保功能", "金融功能", "银行"], maxChars=ZH_MAX),
   T("详细说明", kind="details"),
   T("为什么", kind="why", saysAny=["银行", "本人", "当面", "规定"]))
zh("zh-grandma-yesno", "奶奶能办吗；孩子要去吗（临湘）", "rich", ["yesno"],
   T("奶奶能帮孙女办社保卡吗", kind="answer", topic="who-can-act", saysAny=["可以", "监护人", "授权", "委托"], maxChars=ZH_MAX),
   T("孩子要一起去吗", kind="answer", topic="who-can-act", saysAny=["临湘", "一起", "监护人"]))
zh("zh-oneword-ka-plain", "单字「卡」→澄清；输入「一」选第一项", "plain", ["clarify"],
   T("卡", kind="clarify", choices=["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation", "documents", "apply-where"]),
   T("一", kind="answer"))
zh("zh-oneword-ka-rich", "单字「卡」→澄清；打字选医保电子凭证", "rich", ["clarify", "card"],
   T("卡", kind="clarify", choices=["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation"]),
   T("医保电子凭证", kind="answer", card="e-voucher"))
zh("zh-jihuo-xuan2", "单词「激活」→澄清；「选2」", "plain", ["clarify"],
   T("激活", kind="clarify", choices=["activation", "card:physical", "card:e-voucher", "card:electronic"]),
   T("选2", kind="answer"))
zh("zh-walkthrough-xiayibu", "微信上一步步：下一步不回退（issue 的循环问题）", "plain", ["walkthrough"],
   T("一步一步教我给孩子办卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("重复", kind="step", step=2),
   T("停止"))
zh("zh-walkthrough-xiayibu-2", "微信：下一步/上一步/下一步/下一步", "plain", ["walkthrough"],
   T("带我一步步办", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("上一步", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3))
zh("zh-walkthrough-stop-continue", "停止后继续", "plain", ["walkthrough"],
   T("一步一步教我", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("停止"),
   T("继续", kind="step"))
zh("zh-walkthrough-rich", "网页渠道也能打字下一步/上一步", "rich", ["walkthrough"],
   T("一步一步带我办孩子社保卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("上一步", kind="step", step=1))
zh("zh-diyibu-not-option", "「第一步是什么」不当作选项1", "plain", ["walkthrough", "clarify"],
   T("卡", kind="clarify"),
   T("第一步是什么", anyKind=["answer", "step"], saysNot=["帮不上"]))
zh("zh-offtopic-middle", "年龄跨越离题问题保留", "rich", ["age", "offtopic", "ack"],
   T("孩子6岁", kind="ack", remember={"ageDays": [2185, 2560]}),
   T("车险怎么买划算", kind="decline", saysNot=["新生儿"]),
   T("那他办社保卡要啥材料", kind="answer", topic="documents", saysNot=NOT_NEWBORN_ZH, remember={"ageDays": [2185, 2560]}))
zh("zh-language-switch", "中文后切英文", "rich", ["language"],
   T("孩子社保卡丢了怎么办", kind="answer", topic="lost-card", maxChars=ZH_MAX),
   T("can grandpa report it for us?", kind="answer", saysAny=["guardian", "authoris", "authoriz", "yes", "Yongkang", "parent"]))
zh("zh-handoff-plain", "转人工", "plain", ["handoff"],
   T("医保电子凭证怎么给宝宝开", kind="answer", card="e-voucher"),
   T("转人工", kind="handoff", saysAny=["12333", "12393", "人工", "工作人员", "客服"]))
zh("zh-handoff-rich", "找真人；然后隐私", "rich", ["handoff"],
   T("我要找人工客服", kind="handoff"),
   T("那孩子的信息谁能看到", kind="answer", topic="privacy"))
zh("zh-late-enrol", "五个月没参保：不追溯；为什么", "rich", ["age", "late-enrolment", "why"],
   T("娃五个月了还没参保 以前住院的钱能报吗", kind="answer", topic="newborn-insurance", saysAny=["不追溯", "缴费之日", "当地", "次月"], remember={"ageDays": [145, 160]}),
   T("为什么", kind="why", saysAny=WHY_ZH + ["当地"]))
zh("zh-14-self", "14岁：不给新生儿建议；16岁以下监护人", "plain", ["age", "not-newborn"],
   T("女儿14岁了 怎么给她办卡", kind="answer", saysNot=NOT_NEWBORN_ZH, remember={"ageDays": [5100, 5480]}, maxChars=ZH_MAX),
   T("她能自己去激活吗", kind="answer", topic="who-can-act", saysAny=["监护人", "16"]))
zh("zh-documents-sources-details", "材料：短、出处、详细说明", "rich", ["length", "sources", "details"],
   T("给孩子办社保卡要带哪些材料", kind="answer", topic="documents", maxChars=ZH_MAX, saysNot=["转载资料", ".md"]),
   T("出处", kind="sources", saysAny=SRC),
   T("详细说明", kind="details"))
zh("zh-zhongshan-where", "中山：在哪办", "plain", ["city", "ack"],
   T("我们在中山市", kind="ack", remember={"city": "zhongshan"}),
   T("给孩子办卡去哪", kind="answer", topic="apply-where", says=["中山"], maxChars=ZH_MAX))
zh("zh-qingyuan-deadline", "清远：半年不激活被封存", "rich", ["city"],
   T("清远的社保卡多久不激活会被清理", kind="answer", topic="activation", says=["清远"], saysAny=["半年", "6个月", "六个月"], remember={"city": "qingyuan"}))
zh("zh-changde-pinyin", "拼音城市名 changde", "plain", ["city", "ack"],
   T("我们在changde", kind="ack", remember={"city": "changde"}),
   T("孩子的卡怎么激活", kind="answer", topic="activation", says=["常德"]))
zh("zh-chengdu-activation", "成都：社保功能在哪启用", "rich", ["city"],
   T("成都小孩社保卡在哪启用社保功能", kind="answer", topic="activation", says=["成都"], remember={"city": "chengdu"}))
zh("zh-wuhan-evoucher", "武汉医保亲情账户；支付宝；为什么", "plain", ["city", "card", "why"],
   T("武汉怎么给宝宝开医保亲情账户", kind="answer", topic="activation", card="e-voucher", remember={"city": "wuhan"}),
   T("支付宝可以吗", kind="answer", saysAny=["支付宝"]),
   T("为什么", kind="why"))
zh("zh-newborn-order", "新生儿顺序；电子社保卡需实体卡", "rich", ["newborn", "followup-card", "length"],
   T("刚生了宝宝 这几张卡按什么顺序办", kind="answer", topic="process", saysAny=["医保", "参保"], maxChars=ZH_MAX),
   T("那电子社保卡呢", kind="answer", card="electronic", saysAny=["实体"]))
zh("zh-henan-photo", "河南：学龄前也要照片", "plain", ["city"],
   T("河南的 孩子3岁 办卡要不要照片", kind="answer", topic="photo", says=["河南"], remember={"ageDays": [1090, 1465]}))
zh("zh-kunming-unknown-age", "昆明（无规则）+两岁", "rich", ["city-unknown", "age"],
   T("昆明 两岁宝宝 办社保卡要照片吗", kind="answer", topic="photo", says=["昆明"], saysAny=LACK_ZH, remember={"city": "kunming", "ageDays": [720, 1100]}))
zh("zh-startover-rich", "年龄城市；重新开始；忘记", "rich", ["startover", "age", "city"],
   T("儿子十岁 我们在贵阳", kind="ack", remember={"ageDays": [3640, 4020], "city": "guiyang"}),
   T("重新开始", remember=FORGOT),
   T("孩子要照片吗", kind="answer", topic="photo", saysNot=["10岁", "十岁"], remember=FORGOT))
zh("zh-docs-city-followups", "材料：贵阳；那海口呢；那哈尔滨呢（无规则）", "plain", ["followup-city", "city-unknown"],
   T("贵阳办儿童社保卡要什么材料", kind="answer", topic="documents", says=["贵阳"], maxChars=ZH_MAX),
   T("那海口呢", kind="answer", topic="documents", says=["海口"], remember={"city": "haikou"}),
   T("那哈尔滨呢", kind="answer", topic="documents", says=["哈尔滨"], saysAny=LACK_ZH))
zh("zh-hotline-why", "医保热线12393；为什么", "rich", ["why"],
   T("医保的问题打哪个电话", kind="answer", topic="hotlines", says=["12393"]),
   T("为什么", kind="why"))
zh("zh-lost-ecard", "实体卡丢了电子卡；怎么挂失", "plain", ["yesno"],
   T("社保卡丢了电子社保卡还能用吗", kind="answer", topic="lost-card", saysAny=["授权", "注销", "不可用"]),
   T("怎么挂失", kind="answer", topic="lost-card", saysAny=["12333", "银行", "网上"]))
zh("zh-nearmiss-idcard", "近似离题：孩子身份证；再回到社保卡", "rich", ["offtopic"],
   T("孩子身份证去派出所怎么办", kind="decline"),
   T("那社保卡要带啥", kind="answer", topic="documents"))
zh("zh-baitian", "满百天；先办什么（已过90天）", "plain", ["age", "late-enrolment"],
   T("宝宝满百天了 还没办医保", kind="answer", topic="newborn-insurance", saysAny=["当地", "缴费", "不追溯", "尽快"], remember={"ageDays": [98, 106]}))
zh("zh-switch-to-en-walk", "中文开头，英文一步步 next/back", "plain", ["walkthrough", "language"],
   T("孩子社保卡在哪办", kind="answer", topic="apply-where"),
   T("walk me through the steps", kind="step", step=1),
   T("next", kind="step", step=2),
   T("back", kind="step", step=1))
zh("zh-zhongshan-bundle", "中山出生一件事条件；详细说明", "rich", ["city", "details"],
   T("中山新生儿出生一件事 什么条件能办", kind="answer", saysAny=["广东", "一周岁", "婚姻", "户籍"]),
   T("详细说明", kind="details"))
zh("zh-sanzhou", "出生三周；先做什么；那医保电子凭证呢", "plain", ["age", "newborn", "followup-card"],
   T("孩子生下来三周了", kind="ack", remember={"ageDays": [19, 23]}),
   T("先做啥", kind="answer", saysAny=["医保", "参保"], maxChars=ZH_MAX),
   T("那医保电子凭证呢", kind="answer", card="e-voucher", saysAny=EV_ZH))


def pad(items, lang):
    """Every scenario gets 3-6 turns: short ones end with 'why?' / 'More details' / 'sources?',
    which the issue says work after any answer."""
    why = T("why?", kind="why") if lang == "en" else T("为什么", kind="why")
    det = T("More details", kind="details") if lang == "en" else T("详细说明", kind="details")
    src = T("sources?", kind="sources", saysAny=SRC) if lang == "en" else T("出处", kind="sources", saysAny=SRC)
    for s, feats in items:
        extra = [det, src] if len(s["turns"]) == 1 else [why]
        if len(s["turns"]) < 3:
            last = s["turns"][-1]["expect"].get("kind")
            if last == "handoff":
                extra = [T("ok, where do i apply then" if lang == "en" else "那在哪办", kind="answer", topic="apply-where")]
            elif last == "sources":
                extra = [why]
            elif last not in ("answer", None):
                extra = [det if len(s["turns"]) == 1 else src]
            s["turns"] += [dict(t) for t in extra][: 3 - len(s["turns"])]
            feats.append("padded-why/details/sources")

pad(EN, "en")
pad(ZH, "zh")

def write(items, lang):
    ids = [s["id"] for s, _ in items]
    assert len(ids) == len(set(ids))
    for s, _ in items:
        assert 3 <= len(s["turns"]) <= 6, s["id"]
    path = os.path.join(HERE, "scenarios23", f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump([s for s, _ in items], f, ensure_ascii=False, indent=1)
    ch = collections.Counter(s["channel"] for s, _ in items)
    feats = collections.Counter(f for _, fs in items for f in fs)
    nturns = sum(len(s["turns"]) for s, _ in items)
    print(path, len(items), "scenarios", nturns, "turns", dict(ch))
    print("  features:", dict(sorted(feats.items())))

write(EN, "en")
write(ZH, "zh")
