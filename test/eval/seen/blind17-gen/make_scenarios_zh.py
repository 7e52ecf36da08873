#!/usr/bin/env python3
"""Writes scenarios17/zh.json: blind multi-turn scenarios for issue #17 (Chinese).
Ages: days, for 2026-12-02, wide ranges. maxChars 350 on answers."""
from scen_common import ans, kind, rem, T, S, write

M = 350
NOTSURE_CITY = ["12333", "人社", "人力资源"]
EVOUCHER = ["亲情账户", "国家医保服务平台", "医保电子凭证"]
NO_NEWBORN = ["出生后90天内", "90天内参保", "90天内办理"]

sc = []
add = sc.append

add(S("b17-zh-01", "两个月大：先办什么 → 先参保+90天；再问电子凭证；重新开始后忘记", "plain", [
  T("娃两个月了 先办啥", ans(None, M, says=["90"], saysAny=["医保", "参保"], remember=rem(ageDays=[45, 95]))),
  T("那医保电子凭证呢", ans(None, M, card="e-voucher", saysAny=EVOUCHER)),
  T("重新开始", {"remember": rem(ageDays=None, city=None)}),
  T("先办啥", ans(None, M, saysNot=["两个月", "2个月"])),
], ["age", "newborn-90", "followup-card", "start-over", "maxchars"]))

add(S("b17-zh-02", "刚满月（陈述）→ 确认；问材料，用上年龄；原则上", "rich", [
  T("宝宝刚满月", kind("ack", remember=rem(ageDays=[25, 50]))),
  T("要先给她参保吗", ans(None, M, says=["90"], saysAny=["原则上"])),
  T("详细说明", kind("details")),
], ["age", "newborn-90", "memory-used", "details", "maxchars"]))

add(S("b17-zh-03", "出生日期 → 计算90天截止日期；出处", "plain", [
  T("儿子是2026年10月20日出生的", kind("ack", remember=rem(ageDays=[35, 130]))),
  T("医保最晚什么时候要办", ans("newborn-insurance", M, says=["90"],
     saysAny=["1月18", "1月17", "2027-01-18", "2027-01-17", "2027年1月", "01-18", "01-17"])),
  T("出处", kind("sources", saysAny=["gov.cn", "http"])),
], ["age", "birthdate", "newborn-90", "sources", "maxchars"]))

add(S("b17-zh-04", "八岁（陈述）→ 材料，不给新生儿建议；为什么", "rich", [
  T("我家孩子八岁", kind("ack", remember=rem(ageDays=[2900, 3300]))),
  T("办卡要带什么", ans("documents", M, saysAny=["8岁", "八岁", "8周岁"], saysNot=NO_NEWBORN)),
  T("为什么", kind("why")),
], ["age", "memory-used", "older-no-newborn", "why", "maxchars"]))

add(S("b17-zh-05", "海口（陈述）→ 4岁照片 → 那贵阳呢 → 为什么", "plain", [
  T("我们在海口", kind("ack", remember=rem(city="haikou"))),
  T("4岁小孩办卡要照片吗", ans("photo", M, says=["海口"], saysAny=["7周岁", "7岁", "七岁", "七周岁"], remember=rem(city="haikou", ageDays=[1450, 1850]))),
  T("那贵阳呢", ans("photo", M, says=["贵阳"], remember=rem(city="guiyang"))),
  T("为什么", kind("why")),
], ["city-known", "age", "followup-city", "why", "maxchars"]))

add(S("b17-zh-06", "昆明（资料里没有的城市）→ 一般答案 + 没有昆明的规定，问人社/12333", "rich", [
  T("我们是昆明的", kind("ack", remember=rem(city="kunming"))),
  T("孩子社保卡在哪办", ans("apply-where", M, says=["昆明"], saysAny=NOTSURE_CITY)),
  T("出处", kind("sources", saysAny=["gov.cn", "http"])),
], ["city-lacking", "memory-used", "sources", "maxchars"]))

add(S("b17-zh-07", "城市更正：贵阳市 → 不对是海口；照片按海口答", "plain", [
  T("我们在贵阳市", kind("ack", remember=rem(city="guiyang"))),
  T("说错了 是海口", {"remember": rem(city="haikou")}),
  T("三岁孩子要拍照吗", ans("photo", M, says=["海口"], saysNot=["贵阳"], remember=rem(ageDays=[1090, 1460]))),
], ["city-known", "city-correction", "age", "maxchars"]))

add(S("b17-zh-08", "单字「卡」（plain）→ 澄清 → 「第一个」选中并回答", "plain", [
  T("卡", kind("clarify", choices=["card-kinds", "activation", "card:physical", "card:electronic", "card:e-voucher", "apply-where"])),
  T("第一个", ans(None, M)),
  T("详细说明", kind("details")),
], ["clarify", "number-option", "details", "maxchars"]))

add(S("b17-zh-09", "单词「激活」（plain）→ 澄清 → 「选2」", "plain", [
  T("激活", kind("clarify", choices=["activation", "card:physical", "card:electronic", "card:e-voucher"])),
  T("选2", ans(None, M)),
  T("出处", kind("sources")),
], ["clarify", "number-option", "sources", "maxchars"]))

add(S("b17-zh-10", "「卡？」（plain）→ 澄清 → 「①」", "plain", [
  T("卡？", kind("clarify", choices=["card-kinds", "activation", "card:physical", "card:electronic", "card:e-voucher", "apply-where"])),
  T("①", ans(None, M)),
  T("为什么", kind("why")),
], ["clarify", "number-option", "why", "maxchars"]))

add(S("b17-zh-11", "单字「卡」（rich）→ 澄清，再直接问实体卡激活", "rich", [
  T("卡", kind("clarify", choices=["card-kinds", "activation", "card:physical", "card:electronic", "card:e-voucher", "apply-where"])),
  T("实体社保卡怎么激活", ans("activation", M, card="physical")),
  T("那电子社保卡呢", ans(None, M, card="electronic", saysAny=["亲情服务", "实体"])),
], ["clarify", "followup-card", "maxchars"]))

add(S("b17-zh-12", "分步指引（plain，微信）：下一步在第2步不能回到第1步", "plain", [
  T("一步一步带我给孩子办卡", kind("step", step=1)),
  T("下一步", kind("step", step=2)),
  T("下一步", kind("step", step=3)),
  T("上一步", kind("step", step=2)),
  T("下一步", kind("step", step=3)),
  T("下一步", kind("step", step=4)),
], ["walkthrough"]))

add(S("b17-zh-13", "分步指引（plain）：重复、停止、继续", "plain", [
  T("带我一步步走一遍流程", kind("step", step=1)),
  T("下一步", kind("step", step=2)),
  T("重复", kind("step", step=2)),
  T("停止", {}),
  T("继续", kind("step", step=2)),
], ["walkthrough"]))

add(S("b17-zh-14", "分步指引（plain）：上一步回到第1步，再下一步", "plain", [
  T("分步骤教我怎么给儿子办社保卡", kind("step", step=1)),
  T("下一步", kind("step", step=2)),
  T("上一步", kind("step", step=1)),
  T("下一步", kind("step", step=2)),
  T("下一步", kind("step", step=3)),
], ["walkthrough"]))

add(S("b17-zh-15", "分步指引（rich）中间插一个无关问题", "rich", [
  T("能一步步教我吗 给闺女办卡", kind("step", step=1)),
  T("下一步", kind("step", step=2)),
  T("顺便问下车险哪家便宜", kind("decline")),
  T("继续", kind("step")),
], ["walkthrough", "offtopic-mid"]))

add(S("b17-zh-16", "激活答案后转人工（rich）", "rich", [
  T("儿子的社保卡怎么激活", ans("activation", M)),
  T("看不懂 转人工", kind("handoff")),
  T("算了 去哪办", ans("apply-where", M)),
], ["handoff", "maxchars"]))

add(S("b17-zh-17", "材料答案、详细说明后要找真人（plain）", "plain", [
  T("小孩办社保卡要哪些材料", ans("documents", M, saysAny=["户口", "身份证"])),
  T("详细说明", kind("details")),
  T("我要找人工客服", kind("handoff")),
], ["handoff", "details", "maxchars"]))

add(S("b17-zh-18", "三岁半（陈述）→ 插问无关问题 → 年龄仍记得；孩子要到场吗", "rich", [
  T("闺女三岁半", kind("ack", remember=rem(ageDays=[1200, 1400]))),
  T("对了 儿童商业保险哪个好", kind("decline", remember=rem(ageDays=[1200, 1400]))),
  T("办卡她本人要去吗", ans("who-can-act", M, remember=rem(ageDays=[1200, 1400]))),
], ["age", "offtopic-mid", "maxchars"]))

add(S("b17-zh-19", "中文切换到英文", "rich", [
  T("给孩子办卡带什么", ans("documents", M)),
  T("do i need the birth certificate too", ans("documents", 650, saysAny=["birth", "hukou", "household"])),
  T("sources?", kind("sources")),
], ["lang-switch", "sources", "maxchars"]))

add(S("b17-zh-20", "英文问再切回中文（plain）", "plain", [
  T("can grandpa activate the card for my son", ans("who-can-act", 650, saysAny=["guardian", "authoris", "authoriz"])),
  T("爷爷能不能帮孙子办", ans("who-can-act", M, saysAny=["监护人", "授权", "委托"])),
  T("为什么", kind("why")),
], ["lang-switch", "why", "maxchars"]))

add(S("b17-zh-21", "奶奶能办吗：先答能不能；为什么；出处", "rich", [
  T("我们两口子在外地上班 奶奶能给孩子办社保卡不", ans("who-can-act", M, saysAny=["监护人", "授权", "委托"])),
  T("为什么", kind("why")),
  T("出处", kind("sources", saysAny=["gov.cn", "http"])),
], ["why", "sources", "maxchars"]))

add(S("b17-zh-22", "手机上能激活吗：社保功能可以，金融功能要去银行", "rich", [
  T("孩子的社保卡手机上能激活吗", ans("activation", M, says=["银行"], saysAny=["社保功能", "线上", "网上", "APP", "app"])),
  T("详细说明", kind("details")),
  T("为什么", kind("why")),
], ["details", "why", "maxchars"]))

add(S("b17-zh-23", "电子社保卡（需先有实体卡）→ 那医保电子凭证呢；记住卡", "plain", [
  T("怎么给儿子领电子社保卡", ans(None, M, card="electronic", saysAny=["实体", "亲情服务"], remember=rem(card="electronic"))),
  T("那医保电子凭证呢？", ans(None, M, card="e-voucher", saysAny=EVOUCHER, remember=rem(card="e-voucher"))),
  T("为什么", kind("why")),
], ["followup-card", "card-memory", "why", "maxchars"]))

add(S("b17-zh-24", "清远激活 → 那成都呢 → 出处", "rich", [
  T("清远小孩的社保卡怎么激活", ans("activation", M, says=["清远"], remember=rem(city="qingyuan"))),
  T("那成都呢", ans("activation", M, says=["成都"], remember=rem(city="chengdu"))),
  T("出处", kind("sources")),
], ["city-known", "followup-city", "sources", "maxchars"]))

add(S("b17-zh-25", "中山在哪办 → 那南京市呢（资料没有）→ 重新开始", "plain", [
  T("中山市宝宝社保卡去哪办", ans("apply-where", M, says=["中山"], remember=rem(city="zhongshan"))),
  T("那南京市呢", ans("apply-where", M, says=["南京"], saysAny=NOTSURE_CITY, remember=rem(city="nanjing"))),
  T("重新开始", {"remember": rem(city=None, ageDays=None)}),
], ["city-known", "city-lacking", "followup-city", "start-over", "maxchars"]))

add(S("b17-zh-26", "4岁没参过保：补参保，地方规定，不追溯", "rich", [
  T("儿子4岁了一直没买医保 现在还能参保吗", ans("newborn-insurance", M,
     saysAny=["追溯", "当地", "缴费之日", "缴费次月", "统筹地区"], remember=rem(ageDays=[1450, 1850]))),
  T("为什么", kind("why")),
  T("详细说明", kind("details")),
], ["age", "late-enrol", "why", "details", "maxchars"]))

add(S("b17-zh-27", "十一岁（中文数字）→ 先做什么，不给新生儿建议", "plain", [
  T("女儿十一岁", kind("ack", remember=rem(ageDays=[3980, 4400]))),
  T("给她办卡第一件事干嘛", ans(None, M, saysNot=NO_NEWBORN, saysAny=["11岁", "十一岁", "11周岁"])),
  T("详细说明", kind("details")),
], ["age", "memory-used", "older-no-newborn", "details", "maxchars"]))

add(S("b17-zh-28", "一周岁，后来才说在贵阳；照片按贵阳答", "rich", [
  T("儿子满一周岁了", kind("ack", remember=rem(ageDays=[350, 420]))),
  T("要交照片吗", ans("photo", M)),
  T("忘了说 我们在贵阳", kind("ack", remember=rem(city="guiyang", ageDays=[350, 420]))),
  T("那到底要不要照片", ans("photo", M, says=["贵阳"])),
], ["age", "city-known", "memory-used", "maxchars"]))

add(S("b17-zh-29", "出生40天的双胞胎 → 医保亲情账户 → 没有身份证号", "plain", [
  T("双胞胎出生40天", kind("ack", remember=rem(ageDays=[35, 45]))),
  T("怎么把他们加到我的医保亲情账户", ans(None, M, card="e-voucher")),
  T("还没有身份证号咋办", ans(None, M, saysAny=["出生医学证明", "出生证", "母亲", "妈妈"])),
], ["age", "card-memory", "maxchars"]))

add(S("b17-zh-30", "武汉+7岁 一句话说 → 重新开始 → 全忘", "rich", [
  T("我们在武汉 孩子7岁", kind("ack", remember=rem(city="wuhan", ageDays=[2550, 2950]))),
  T("重新开始", {"remember": rem(city=None, ageDays=None)}),
  T("去哪办卡", ans("apply-where", M, saysNot=["武汉", "7岁"])),
], ["age", "city-known", "start-over", "maxchars"]))

add(S("b17-zh-31", "一岁三个月：材料 → 详细说明 → 出处（plain）", "plain", [
  T("孩子一岁三个月 办卡要什么材料", ans("documents", M, remember=rem(ageDays=[420, 500]))),
  T("详细说明", kind("details")),
  T("出处", kind("sources", saysAny=["gov.cn", "http"])),
], ["age", "details", "sources", "maxchars"]))

add(S("b17-zh-32", "资料不涉及（办卡费用）→ 正常问题", "rich", [
  T("小孩办社保卡要多少钱", {"topic": "not-covered"}),
  T("那去哪办", ans("apply-where", M)),
  T("为什么", kind("why")),
], ["not-covered", "why", "maxchars"]))

add(S("b17-zh-33", "丢卡 → 电话挂失 → 电子社保卡还能用吗", "rich", [
  T("孩子社保卡丢了咋整", ans("lost-card", M)),
  T("能打电话挂失吗", ans("lost-card", M, saysAny=["12333"])),
  T("那他的电子社保卡还能用吗", ans(None, M, saysAny=["授权", "注销", "临时挂失"])),
], ["maxchars"]))

add(S("b17-zh-34", "隐私 → 为什么（第十五条）→ 出处", "rich", [
  T("孩子卡上的信息谁能看", ans("privacy", M)),
  T("为什么", kind("why", saysAny=["第十五条", "15", "管理办法"])),
  T("出处", kind("sources")),
], ["why", "sources", "maxchars"]))

add(S("b17-zh-35", "医保热线 → 那社保卡呢 → 转人工", "plain", [
  T("孩子医保的事打什么电话", ans("hotlines", M, saysAny=["12393"])),
  T("那社保卡呢", ans("hotlines", M, saysAny=["12333"])),
  T("转人工", kind("handoff")),
], ["followup-card", "handoff", "maxchars"]))

add(S("b17-zh-36", "出生三周：办事顺序 → 电子凭证180天", "rich", [
  T("宝宝出生三周 都要办哪些 先后顺序是啥", ans(None, M, saysAny=["参保", "医保"], remember=rem(ageDays=[14, 28]))),
  T("没有实体卡 医保码能用多久", ans(None, M, saysAny=["180"])),
  T("详细说明", kind("details")),
], ["age", "newborn-90", "details", "maxchars"]))

add(S("b17-zh-37", "词里的数字不是选项：「他一岁了」「第一步先干嘛」（plain）", "plain", [
  T("给孩子办卡带什么材料", ans("documents", M)),
  T("他一岁了", kind("ack", remember=rem(ageDays=[350, 420]))),
  T("第一步先干嘛", ans(None, M)),
], ["age", "number-not-option", "maxchars"]))

add(S("b17-zh-38", "新生儿能用logo代替照片吗 → 那海口呢", "rich", [
  T("新生儿可以不用照片用logo吗", ans("photo", M, saysAny=["logo", "LOGO", "标志"])),
  T("那海口呢", ans("photo", M, says=["海口"], remember=rem(city="haikou"))),
  T("出处", kind("sources")),
], ["followup-city", "city-known", "sources", "maxchars"]))

add(S("b17-zh-39", "常德+5岁一句话 → 带什么 → 为什么（plain）", "plain", [
  T("常德的 五岁孩子的社保卡怎么激活", ans("activation", M, says=["常德"], remember=rem(city="changde", ageDays=[1800, 2200]))),
  T("要带些啥", ans(None, M, saysAny=["户口"])),
  T("为什么", kind("why")),
], ["city-known", "age", "memory-used", "why", "maxchars"]))

add(S("b17-zh-40", "六个月没参保：晚参保的规定", "plain", [
  T("宝宝六个月了还没参保", {"anyKind": ["ack", "answer"], "remember": rem(ageDays=[160, 210])}),
  T("现在办的话之前的能报吗", ans("newborn-insurance", M, saysAny=["追溯", "当地", "缴费之日", "缴费次月", "统筹地区"])),
  T("为什么", kind("why")),
], ["age", "late-enrol", "why", "maxchars"]))

add(S("b17-zh-41", "杭州（资料没有）两岁照片 → 那贵阳呢 → 重新开始", "rich", [
  T("杭州 两岁孩子要照片吗", ans("photo", M, says=["杭州"], saysAny=NOTSURE_CITY, remember=rem(city="hangzhou", ageDays=[720, 1100]))),
  T("那贵阳呢", ans("photo", M, says=["贵阳"], remember=rem(city="guiyang"))),
  T("重新开始", {"remember": rem(city=None, ageDays=None)}),
], ["city-lacking", "followup-city", "start-over", "maxchars"]))

add(S("b17-zh-42", "拼音城市名 haikou + 十个月 → 材料", "plain", [
  T("我们在haikou 孩子十个月", kind("ack", remember=rem(city="haikou", ageDays=[280, 330]))),
  T("办卡带什么", ans("documents", M, says=["海口"])),
  T("详细说明", kind("details")),
], ["city-known", "age", "memory-used", "details", "maxchars"]))

add(S("b17-zh-43", "孩子要一起去吗（临湘通知）→ 那广州呢", "rich", [
  T("去银行办卡孩子要一起去吗", ans("who-can-act", M)),
  T("那广州呢", ans("who-can-act", M, says=["广州"], remember=rem(city="guangzhou"))),
  T("出处", kind("sources", saysAny=["gov.cn"])),
], ["followup-city", "city-known", "sources", "maxchars"]))

add(S("b17-zh-44", "出生日期2019年3月3日 + 哈尔滨（没有）→ 怎么办卡，不给新生儿建议", "plain", [
  T("女儿2019年3月3日出生", kind("ack", remember=rem(ageDays=[2780, 3200]))),
  T("我们在哈尔滨", kind("ack", remember=rem(city="harbin", ageDays=[2780, 3200]))),
  T("怎么给她办社保卡", ans(None, M, says=["哈尔滨"], saysNot=NO_NEWBORN)),
], ["age", "birthdate", "city-lacking", "older-no-newborn", "memory-used", "maxchars"]))

add(S("b17-zh-45", "快两岁能办卡吗 → 在哪办 → 转人工", "plain", [
  T("孩子快两岁了 能办社保卡吗", ans("child-eligibility", M, remember=rem(ageDays=[600, 760]))),
  T("在哪办", ans("apply-where", M)),
  T("我想找个真人问问", kind("handoff")),
], ["age", "handoff", "maxchars"]))

add(S("b17-zh-46", "厦门新生儿出生一件事；出生两个月大；详细说明", "rich", [
  T("厦门 宝宝两个月大 要办哪些", ans(None, M, says=["90"], remember=rem(city="xiamen", ageDays=[45, 95]))),
  T("详细说明", kind("details")),
  T("那医保电子凭证怎么弄", ans(None, M, card="e-voucher", saysAny=EVOUCHER)),
], ["city-known", "age", "newborn-90", "details", "followup-card", "maxchars"]))

write("zh", sc)
