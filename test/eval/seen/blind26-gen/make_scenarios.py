#!/usr/bin/env python3
"""Writes scenarios26/en.json and zh.json (blind multi-turn set 26, issue #17).

Written blind from the issue, scenario-format.md and shared/reference only.
Birth dates are turned into age ranges relative to REF = 2026-12-03 with a wide window
(-10 .. +40 days) so the set still holds if it is run a few weeks later.
Each scenario carries feature tags here (FEAT) for the README counts; they are not written
to the JSON."""
import json, os, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
REF = datetime.date(2026, 12, 3)
EN_MAX, ZH_MAX = 650, 350
EN_ACK, ZH_ACK = 300, 150          # "acknowledged in one line": generous cap

def born(y, m, d, lo=10, hi=40):
    a = (REF - datetime.date(y, m, d)).days
    return [max(0, a - lo), a + hi]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def end90(y, m, d):
    """Ways the end of the 90 days could be written (birth + 89 or + 90 days)."""
    out = []
    for k in (89, 90):
        e = datetime.date(y, m, d) + datetime.timedelta(days=k)
        mn = MONTHS[e.month - 1]
        out += [e.isoformat(), f"{e.day} {mn}", f"{mn} {e.day}", f"{e.day} {mn[:3]}",
                f"{mn[:3]} {e.day}", f"{e.year}年{e.month}月{e.day}日", f"{e.month}月{e.day}日",
                f"{e.year}/{e.month}/{e.day}", f"{e.month}/{e.day}"]
    return out

# age strings a reply may use when it says the age back
def en_age(n, unit):
    w = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten"}.get(n, str(n))
    return [f"{n}-{unit}", f"{n} {unit}", f"{w}-{unit}", f"{w} {unit}"]

CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds",
                "activation", "apply-where", "documents"]
ACT_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation"]

NO_RULE_EN = ["12333", "HRSS", "bureau", "no rule", "don't have", "do not have"]
NO_RULE_ZH = ["12333", "人社", "暂无", "没有"]

def ack(lang, **kw):
    e = {"kind": "ack", "maxChars": EN_ACK if lang == "en" else ZH_ACK}
    if kw:
        e["remember"] = kw
    return e

def ans(lang, topic=None, **kw):
    e = {"kind": "answer", "maxChars": EN_MAX if lang == "en" else ZH_MAX}
    if topic:
        e["topic"] = topic
    e.update(kw)
    return e

def T(user, expect):
    return {"user": user, "expect": expect}

EN, ZH, FEAT = [], [], {}

def S(lst, sid, about, channel, feats, *turns):
    assert 3 <= len(turns) <= 6, sid
    lst.append({"id": sid, "about": about, "channel": channel, "turns": list(turns)})
    FEAT[sid] = feats

# ---------------------------------------------------------------- English
L = "en"
S(EN, "en-01", "age stated as '2 months old' is acknowledged, then used for 'what first'", "plain",
  ["age", "age-used", "why", "length"],
  T("my daughter is 2 months old", ack(L, ageDays=[50, 95])),
  T("what do i do first?", {"maxChars": EN_MAX, "says": ["90"],
    "saysAny": ["insurance"], "remember": {"ageDays": [50, 95]}}),
  T("why?", {"kind": "why"}))

S(EN, "en-02", "birth date -> 90-day end date given, 'in principle', sources", "rich",
  ["age", "birthdate", "age-used", "sources", "length"],
  T("my son was born on 28 October 2026", ack(L, ageDays=born(2026, 10, 28))),
  T("by when do i have to get him medical insurance", ans(L, "newborn-insurance",
    saysAny=end90(2026, 10, 28), saysNot=["is the limit", "the deadline is strict"])),
  T("sources?", {"kind": "sources", "saysAny": ["http", "source"]}))

S(EN, "en-03", "a 10-year-old never gets newborn advice; must the child come along (Linxiang)", "plain",
  ["age", "age-used", "who-can-act", "length"],
  T("my son is 10", ack(L, ageDays=[3600, 4050])),
  T("what do we need to do first to get his card", {"maxChars": EN_MAX,
    "saysNot": ["within 90 days of birth", "enrol your baby", "newborn first"],
    "saysAny": en_age(10, "year") + ["aged 10", "age 10"],
    "remember": {"ageDays": [3600, 4050]}}),
  T("does he have to come with us?", ans(L, "who-can-act",
    saysAny=["Linxiang", "come with", "come along", "accompan", "together"])))

S(EN, "en-04", "city Haikou + age 4 remembered, photo answer uses Haikou rule; follow-up Guiyang", "rich",
  ["city-known", "age", "age-used", "city-used", "followup-city", "length"],
  T("we live in Haikou", ack(L, city="haikou")),
  T("my girl is 4", ack(L, ageDays=[1440, 1830], city="haikou")),
  T("does she need a photo for the card?", ans(L, "photo", says=["Haikou"],
    saysAny=["under 7", "under seven", "younger than 7", "below 7"])),
  T("what about Guiyang?", ans(L, "photo", says=["Guiyang"], saysAny=["6"])))

S(EN, "en-05", "city the KB lacks (Kunming): general answer + no rule for Kunming, then More details", "plain",
  ["city-lacking", "city-used", "details", "length"],
  T("we're in kunming", ack(L, city="kunming")),
  T("what documents do i need for my sons card", ans(L, "documents", says=["Kunming"],
    saysAny=NO_RULE_EN)),
  T("More details", {"kind": "details"}))

S(EN, "en-06", "city correction Guiyang -> Guangzhou, then documents use Guangzhou", "rich",
  ["city-known", "city-correction", "city-used", "length"],
  T("we're in Guiyang", ack(L, city="guiyang")),
  T("sorry i meant Guangzhou, not Guiyang", {"anyKind": ["ack"], "remember": {"city": "guangzhou"}}),
  T("what do i bring to apply for my daughters card?", ans(L, "documents", says=["Guangzhou"],
    remember={"city": "guangzhou"})))

S(EN, "en-07", "age and city forgotten after start over", "plain",
  ["age", "city-known", "start-over"],
  T("my son is 3", ack(L, ageDays=[1090, 1460])),
  T("we live in zhongshan", ack(L, city="zhongshan", ageDays=[1090, 1460])),
  T("start over", {"remember": {"ageDays": None, "city": None}}),
  T("where do i apply for a kids card", ans(L, "apply-where",
    saysNot=en_age(3, "year"), remember={"ageDays": None, "city": None})))

S(EN, "en-08", "activation follow-up for another card: 'and for the e-voucher?', then why", "rich",
  ["followup-card", "card-memory", "why", "length"],
  T("how do I activate my sons physical social security card", ans(L, "activation", card="physical")),
  T("and for the e-voucher?", ans(L, "activation", card="e-voucher",
    saysAny=["National Medical Insurance Service Platform", "国家医保服务平台", "family account",
             "亲情账户", "NHSA"], remember={"card": "e-voucher"})),
  T("why?", {"kind": "why"}))

S(EN, "en-09", "city in the question (Changde) used for activation; follow-up Qingyuan; sources", "plain",
  ["city-known", "city-used", "followup-city", "sources", "length"],
  T("we're in Changde, how do i activate my daughters card", ans(L, "activation", says=["Changde"],
    remember={"city": "changde"})),
  T("what about Qingyuan?", ans(L, "activation", says=["Qingyuan"])),
  T("sources?", {"kind": "sources"}))

S(EN, "en-10", "'can it be done on a phone' answers social security function yes / bank function no", "rich",
  ["yes-no", "details", "length"],
  T("can i activate my kids card on my phone?", ans(L, "activation",
    says=["social security function"], saysAny=["bank", "financial"])),
  T("More details", {"kind": "details"}),
  T("why?", {"kind": "why"}))

S(EN, "en-11", "grandparent question answered yes/no first; age in the question; handoff", "plain",
  ["yes-no", "age", "who-can-act", "handoff", "length"],
  T("can grandma apply for my sons card? hes 6", ans(L, "who-can-act",
    saysAny=["yes", "usually", "some cities", "only", "authoris", "authoriz", "guardian"],
    remember={"ageDays": [2190, 2555]})),
  T("ok what should she bring", ans(L, "documents")),
  T("can i talk to someone real", {"kind": "handoff"}))

S(EN, "en-12", "one word 'card' -> clarifying question; typed number picks; start over clears card", "plain",
  ["clarify", "numbered-choice", "start-over"],
  T("card", {"kind": "clarify", "choices": CARD_CHOICES}),
  T("2", {"kind": "answer"}),
  T("start over", {"remember": {"card": None, "ageDays": None, "city": None}}))

S(EN, "en-13", "one word 'activate' -> clarify; typed card name answers; other card follow-up", "rich",
  ["clarify", "followup-card", "card-memory", "length"],
  T("activate", {"kind": "clarify", "choices": ACT_CHOICES}),
  T("the medical insurance e-voucher", ans(L, "activation", card="e-voucher",
    remember={"card": "e-voucher"})),
  T("and the electronic social security card?", ans(L, "activation", card="electronic",
    saysAny=["family service", "亲情服务", "physical card"])))

S(EN, "en-14", "walkthrough on plain channel with typed next/back", "plain",
  ["walkthrough"],
  T("walk me through getting my babys card step by step", {"kind": "step", "step": 1}),
  T("next", {"kind": "step", "step": 2}),
  T("next", {"kind": "step", "step": 3}),
  T("back", {"kind": "step", "step": 2}),
  T("next", {"kind": "step", "step": 3}))

S(EN, "en-15", "walkthrough: next, repeat, back, next", "plain",
  ["walkthrough"],
  T("can you take me through the steps one at a time", {"kind": "step", "step": 1}),
  T("next", {"kind": "step", "step": 2}),
  T("repeat", {"kind": "step", "step": 2}),
  T("back", {"kind": "step", "step": 1}),
  T("next", {"kind": "step", "step": 2}))

S(EN, "en-16", "walkthrough: stop and continue resumes at the same step", "plain",
  ["walkthrough"],
  T("guide me through it step by step please", {"kind": "step", "step": 1}),
  T("next", {"kind": "step", "step": 2}),
  T("stop", {}),
  T("continue", {"kind": "step", "step": 2}),
  T("next", {"kind": "step", "step": 3}))

S(EN, "en-17", "walkthrough on rich channel with Next/Back buttons", "rich",
  ["walkthrough"],
  T("walk me through the steps", {"kind": "step", "step": 1}),
  T("Next", {"kind": "step", "step": 2}),
  T("Back", {"kind": "step", "step": 1}))

S(EN, "en-18", "city Wuhan remembered across an off-topic question", "plain",
  ["city-known", "offtopic-middle", "city-used", "card-memory", "length"],
  T("we live in Wuhan", ack(L, city="wuhan")),
  T("how do i set up the medical e-voucher for my toddler", ans(L, "activation", card="e-voucher",
    says=["Wuhan"])),
  T("whats the best car insurance", {"kind": "decline", "remember": {"city": "wuhan"}}),
  T("ok, can both of us parents add him?", {"kind": "answer", "maxChars": EN_MAX,
    "saysAny": ["both", "yes", "either"], "remember": {"city": "wuhan"}}))

S(EN, "en-19", "language switch to Chinese mid-conversation and back", "rich",
  ["language-switch", "length"],
  T("what docs do i need for my daughters card", ans(L, "documents")),
  T("那在哪里办？", {"kind": "answer", "topic": "apply-where", "maxChars": ZH_MAX,
    "saysAny": ["银行", "人社", "网点", "线上", "网上"]}),
  T("thanks, and does she need a photo?", ans(L, "photo", saysAny=["photo"])))

S(EN, "en-20", "documents first reply short; More details; sources", "plain",
  ["length", "details", "sources"],
  T("what should i bring to apply for my kids social security card", ans(L, "documents",
    saysAny=["ID", "hukou", "household"])),
  T("more details", {"kind": "details"}),
  T("sources?", {"kind": "sources", "saysAny": ["gov.cn", "http"]}))

S(EN, "en-21", "5-month-old not yet insured: later enrolment per sources (local rules, no back-dated cover)", "rich",
  ["age", "age-used", "late-enrolment", "why", "length"],
  T("our son is 5 months and we havent insured him yet", {"anyKind": ["ack", "answer"],
    "remember": {"ageDays": [140, 180]}}),
  T("can we still enrol him? will the bills from when he was born be covered?",
    ans(L, "newborn-insurance", saysAny=["local", "city", "back-dated", "backdated", "retroactive",
        "not covered", "from the date", "from when you pay", "payment"],
        remember={"ageDays": [140, 180]})),
  T("why?", {"kind": "why"}))

S(EN, "en-22", "age '6 weeks old', then photo and insurance questions", "plain",
  ["age", "age-used", "length"],
  T("shes 6 weeks old", ack(L, ageDays=[38, 50])),
  T("does she need a photo for her card?", ans(L, "photo")),
  T("how do i get her insured", ans(L, "newborn-insurance", says=["90"],
    remember={"ageDays": [38, 50]})))

S(EN, "en-23", "age 'one and a half', eligibility", "rich",
  ["age", "age-used", "length"],
  T("my son is one and a half", ack(L, ageDays=[520, 580])),
  T("can he get a card at his age?", ans(L, "child-eligibility",
    saysAny=["yes", "can"], saysNot=["within 90 days of birth"])),
  T("where do we apply", ans(L, "apply-where", remember={"ageDays": [520, 580]})))

S(EN, "en-24", "age in words 'eight', statement not answered as a question; then process not newborn", "plain",
  ["age", "age-used", "length"],
  T("she's eight", ack(L, ageDays=[2900, 3300])),
  T("what do i do first to get her card", {"maxChars": EN_MAX,
    "saysNot": ["within 90 days of birth", "enrol your baby", "newborn first"],
    "remember": {"ageDays": [2900, 3300]}}),
  T("does she need to be there?", ans(L, "who-can-act")))

S(EN, "en-25", "older birth date (2018) remembered; photo", "rich",
  ["age", "birthdate", "length"],
  T("my daughter was born 12 May 2018", ack(L, ageDays=born(2018, 5, 12))),
  T("is a photo needed for her card", ans(L, "photo", remember={"ageDays": born(2018, 5, 12)})),
  T("why?", {"kind": "why"}))

S(EN, "en-26", "must the child come along -> Linxiang notice; why", "plain",
  ["who-can-act", "age", "why", "length"],
  T("does my 5 year old need to come when we apply", ans(L, "who-can-act",
    saysAny=["Linxiang", "come with", "accompan", "together"], remember={"ageDays": [1800, 2200]})),
  T("why?", {"kind": "why", "saysAny": ["Linxiang", "notice", "official", "source"]}),
  T("thanks", {}))

S(EN, "en-27", "electronic card needs the physical card first; how to add child", "rich",
  ["yes-no", "card-memory", "length"],
  T("can I get the electronic social security card for my baby without the plastic card?",
    {"kind": "answer", "maxChars": EN_MAX, "saysAny": ["physical"], "card": "electronic"}),
  T("ok how do i add her once she has it", ans(L, "activation", card="electronic",
    saysAny=["family service", "亲情服务", "family account", "add"])),
  T("More details", {"kind": "details"}))

S(EN, "en-28", "e-voucher via Alipay for a child; why", "plain",
  ["card-memory", "why", "length"],
  T("can i do my kids medical insurance e-voucher in alipay", ans(L, "activation", card="e-voucher",
    saysAny=["Alipay"])),
  T("why?", {"kind": "why"}),
  T("and in the national medical insurance app?", {"kind": "answer", "card": "e-voucher"}))

S(EN, "en-29", "lost card, e-card after loss, then handoff", "rich",
  ["handoff", "length"],
  T("my sons social security card is lost", ans(L, "lost-card", saysAny=["12333", "report"])),
  T("does his electronic card still work?", ans(L, "lost-card",
    saysAny=["authoris", "authoriz", "cancel", "stop", "permission"])),
  T("can I talk to a human please", {"kind": "handoff"}))

S(EN, "en-30", "hotlines follow-up for the other card", "plain",
  ["followup-card", "length"],
  T("what number do i call about my babys medical insurance", ans(L, "hotlines", says=["12393"])),
  T("and for the social security card?", ans(L, "hotlines", says=["12333"])),
  T("more details", {"kind": "details"}))

S(EN, "en-31", "legal basis: Article 16, why, sources", "rich",
  ["why", "sources", "length"],
  T("which regulation sets the rules for kids social security cards?", ans(L, "legal-basis",
    saysAny=["Article 16", "Art. 16", "Art 16", "第十六条"])),
  T("why?", {"kind": "why"}),
  T("sources?", {"kind": "sources"}))

S(EN, "en-32", "privacy answer short; More details", "plain",
  ["details", "length"],
  T("who gets to see my daughters data once she has the card?", ans(L, "privacy")),
  T("More details", {"kind": "details"}),
  T("start over", {"remember": {"ageDays": None, "city": None}}))

S(EN, "en-33", "Zhongshan newborn one-stop conditions; age 3 weeks", "rich",
  ["city-known", "age", "city-used"],
  T("we're in Zhongshan and just had a baby, shes 3 weeks old", {"anyKind": ["ack", "answer"],
    "remember": {"city": "zhongshan", "ageDays": [17, 30]}}),
  T("is there some one-stop service for newborns here?", {"kind": "answer", "maxChars": EN_MAX,
    "says": ["Zhongshan"], "saysAny": ["one-stop", "one stop", "出生一件事", "bundle"]}),
  T("my husbands hukou is in Hunan, can we still use it?", {"kind": "answer",
    "saysAny": ["Guangdong"]}))

S(EN, "en-34", "one word 'card' on rich channel, answered with 'the plastic one'", "rich",
  ["clarify"],
  T("card", {"kind": "clarify", "choices": CARD_CHOICES}),
  T("the plastic one", {"kind": "answer", "card": "physical"}),
  T("how do i activate it", ans(L, "activation", card="physical")))

S(EN, "en-35", "gibberish declined, then a real question answered", "plain",
  ["decline"],
  T("asdfgh jkl", {"kind": "decline"}),
  T("ok how to activate the e-voucher for my son", ans(L, "activation", card="e-voucher")),
  T("why?", {"kind": "why"}))

S(EN, "en-36", "off-topic passport question declined, then card before hukou, then insurance", "rich",
  ["decline", "offtopic-middle"],
  T("how do i get a passport for my baby", {"kind": "decline"}),
  T("ok then can my baby get a social security card before her hukou is registered?",
    {"kind": "answer", "maxChars": EN_MAX, "saysAny": ["hukou", "household"]}),
  T("what about the medical insurance, can she get that first?", ans(L, "newborn-insurance")))

S(EN, "en-37", "city typed in Chinese with 市 inside an English chat; age stated; photo", "plain",
  ["city-known", "age", "city-used", "age-used", "length"],
  T("we live in 贵阳市", ack(L, city="guiyang")),
  T("do i need a photo for my 5 yo", ans(L, "photo", says=["Guiyang"],
    remember={"city": "guiyang", "ageDays": [1800, 2200]})),
  T("and what documents?", ans(L, "documents", remember={"city": "guiyang"})))

S(EN, "en-38", "photo in Haikou, follow-up for a city the KB lacks (Harbin)", "rich",
  ["city-known", "city-lacking", "followup-city", "length"],
  T("do kids under 7 need a photo in Haikou?", ans(L, "photo", says=["Haikou"])),
  T("what about Harbin?", ans(L, "photo", says=["Harbin"], saysAny=NO_RULE_EN)),
  T("why?", {"kind": "why"}))

S(EN, "en-39", "card remembered (e-voucher) for a vague follow-up; start over clears it", "plain",
  ["card-memory", "start-over", "length"],
  T("how do i activate the medical insurance e-voucher for my son", ans(L, "activation",
    card="e-voucher", remember={"card": "e-voucher"})),
  T("what do i have to enter for him?", {"kind": "answer", "card": "e-voucher",
    "saysAny": ["ID number", "承诺书", "commitment", "household", "hukou", "birth"]}),
  T("start over", {"remember": {"card": None, "ageDays": None, "city": None}}))

S(EN, "en-40", "walkthrough, next, then 'why?' during it", "plain",
  ["walkthrough", "why"],
  T("can u walk me through the steps", {"kind": "step", "step": 1}),
  T("next", {"kind": "step", "step": 2}),
  T("why?", {"kind": "why"}))

S(EN, "en-41", "card kinds short; which first for a newborn", "rich",
  ["length", "age"],
  T("whats the difference between the three cards", ans(L, "card-kinds")),
  T("my baby is 10 days old", ack(L, ageDays=[8, 14])),
  T("which one do we sort out first?", {"kind": "answer", "maxChars": EN_MAX,
    "saysAny": ["insurance", "e-voucher"], "remember": {"ageDays": [8, 14]}}))

S(EN, "en-42", "age correction: 3 -> actually 13 months", "plain",
  ["age", "age-correction"],
  T("my son is 3", ack(L, ageDays=[1090, 1460])),
  T("sorry, i mean hes 13 months", {"anyKind": ["ack"], "remember": {"ageDays": [390, 420]}}),
  T("can he get a card yet", ans(L, "child-eligibility", remember={"ageDays": [390, 420]})))

S(EN, "en-43", "city in pinyin lower case (qingyuan) + activation; 'sealed' card", "rich",
  ["city-known", "city-used", "length"],
  T("we are from qingyuan", ack(L, city="qingyuan")),
  T("how do i activate my daughters card", ans(L, "activation", says=["Qingyuan"])),
  T("what if we dont activate it for ages?", {"kind": "answer", "maxChars": EN_MAX,
    "saysAny": ["six months", "6 months", "half a year", "seal", "Qingyuan"]}))

S(EN, "en-44", "handoff asked straight away, then a question still answered", "plain",
  ["handoff", "city-lacking"],
  T("i want to speak to an agent", {"kind": "handoff"}),
  T("actually never mind, where do i apply for my sons card", ans(L, "apply-where")),
  T("we live in Harbin", ack(L, city="harbin")))

S(EN, "en-45", "city given in English, then questions in Chinese: memory kept across the language switch", "plain",
  ["language-switch", "city-known", "city-used", "age", "length"],
  T("we live in Haikou", ack(L, city="haikou")),
  T("孩子5岁 办卡要照片吗", {"kind": "answer", "topic": "photo", "maxChars": ZH_MAX,
    "says": ["海口"], "remember": {"city": "haikou", "ageDays": [1800, 2200]}}),
  T("ok and what do i bring?", ans(L, "documents", says=["Haikou"], remember={"city": "haikou"})))

# ---------------------------------------------------------------- Chinese
L = "zh"
S(ZH, "zh-01", "「宝宝两个月大了，先办什么」：先参保，90天，说回年龄", "plain",
  ["age", "age-used", "length"],
  T("宝宝两个月大了 先办什么", {"kind": "answer", "maxChars": ZH_MAX, "saysAny": ["90", "九十"],
    "remember": {"ageDays": [50, 95]}}),
  T("为什么", {"kind": "why"}),
  T("出处", {"kind": "sources"}))

S(ZH, "zh-02", "「刚满月」陈述被确认，再问医保", "rich",
  ["age", "age-used", "length"],
  T("我家宝宝刚满月", ack(L, ageDays=[25, 45])),
  T("医保怎么给她办", ans(L, "newborn-insurance", saysAny=["90", "九十"],
    remember={"ageDays": [25, 45]})),
  T("详细说明", {"kind": "details"}))

S(ZH, "zh-03", "「出生四十天」中文数字；出生日期后的截止日期", "plain",
  ["age", "age-used", "length"],
  T("孩子出生四十天了", ack(L, ageDays=[35, 50])),
  T("参保还来得及吗", ans(L, "newborn-insurance", saysAny=["90", "九十"],
    saysNot=["来不及了"])),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-04", "出生日期 2026年10月28日 → 90天到期日，「原则上」", "rich",
  ["age", "birthdate", "age-used", "sources", "length"],
  T("儿子是2026年10月28日出生的", ack(L, ageDays=born(2026, 10, 28))),
  T("医保最晚什么时候办", ans(L, "newborn-insurance", saysAny=end90(2026, 10, 28))),
  T("出处", {"kind": "sources"}))

S(ZH, "zh-05", "「八岁」中文数字，不给新生儿建议", "plain",
  ["age", "age-used", "length"],
  T("闺女八岁了", ack(L, ageDays=[2900, 3300])),
  T("她的社保卡先办啥", {"maxChars": ZH_MAX, "saysNot": ["出生后90天内", "新生儿出生90天内"],
    "remember": {"ageDays": [2900, 3300]}}),
  T("孩子要一起去吗", ans(L, "who-can-act", saysAny=["临湘", "一起", "陪同", "监护人"])))

S(ZH, "zh-06", "海口 + 4岁 → 照片按海口规则；「那贵阳呢」", "rich",
  ["city-known", "age", "age-used", "city-used", "followup-city", "length"],
  T("我们在海口", ack(L, city="haikou")),
  T("孩子四岁", ack(L, ageDays=[1440, 1830], city="haikou")),
  T("办卡要照片吗", ans(L, "photo", says=["海口"], saysAny=["7周岁", "7岁", "七岁", "七周岁"])),
  T("那贵阳呢", ans(L, "photo", says=["贵阳"], saysAny=["6", "六"])))

S(ZH, "zh-07", "昆明（知识库没有的城市）：一般答案 + 没有昆明的规定", "plain",
  ["city-lacking", "city-used", "details", "length"],
  T("坐标昆明", ack(L, city="kunming")),
  T("给孩子办社保卡带啥材料", ans(L, "documents", says=["昆明"], saysAny=NO_RULE_ZH)),
  T("详细说明", {"kind": "details"}))

S(ZH, "zh-08", "城市更正：贵阳 → 广州", "rich",
  ["city-known", "city-correction", "city-used", "length"],
  T("我们住贵阳", ack(L, city="guiyang")),
  T("说错了 是广州不是贵阳", {"anyKind": ["ack"], "remember": {"city": "guangzhou"}}),
  T("给女儿办卡要带什么", ans(L, "documents", says=["广州"], remember={"city": "guangzhou"})))

S(ZH, "zh-09", "重新开始后年龄和城市被清除", "plain",
  ["age", "city-known", "start-over"],
  T("儿子三岁半", ack(L, ageDays=[1230, 1330])),
  T("我们是中山的", ack(L, city="zhongshan", ageDays=[1230, 1330])),
  T("重新开始", {"remember": {"ageDays": None, "city": None}}),
  T("小孩社保卡在哪办", ans(L, "apply-where", saysNot=["三岁半", "3岁半", "3.5岁"],
    remember={"ageDays": None, "city": None})))

S(ZH, "zh-10", "激活后追问「那医保电子凭证呢？」", "rich",
  ["followup-card", "card-memory", "why", "length"],
  T("孩子的实体社保卡怎么激活", ans(L, "activation", card="physical")),
  T("那医保电子凭证呢？", ans(L, "activation", card="e-voucher",
    saysAny=["国家医保服务平台", "亲情账户"], remember={"card": "e-voucher"})),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-11", "常德激活，追问「那清远呢」，出处", "plain",
  ["city-known", "city-used", "followup-city", "sources", "length"],
  T("常德的 孩子社保卡怎么激活", ans(L, "activation", says=["常德"], remember={"city": "changde"})),
  T("那清远呢", ans(L, "activation", says=["清远"])),
  T("出处", {"kind": "sources"}))

S(ZH, "zh-12", "能不能手机上办：社保功能可以，金融功能不行", "rich",
  ["yes-no", "details", "length"],
  T("孩子社保卡能在手机上激活吗", ans(L, "activation", says=["社保功能"],
    saysAny=["金融功能", "银行"])),
  T("详细说明", {"kind": "details"}),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-13", "爷爷奶奶能不能办：先答能不能；转人工", "plain",
  ["yes-no", "who-can-act", "handoff", "length"],
  T("奶奶能帮孙子去办社保卡吗 孩子6岁", ans(L, "who-can-act",
    saysAny=["可以", "不可以", "不能", "一般", "委托", "授权", "监护人"],
    remember={"ageDays": [2190, 2555]})),
  T("那她要带什么", ans(L, "documents")),
  T("转人工", {"kind": "handoff"}))

S(ZH, "zh-14", "单字「卡」→ 澄清问题；输入「2」选择", "plain",
  ["clarify", "numbered-choice"],
  T("卡", {"kind": "clarify", "choices": CARD_CHOICES}),
  T("2", {"kind": "answer"}),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-15", "「激活」→ 澄清；回答「医保电子凭证」；追问电子社保卡", "rich",
  ["clarify", "followup-card", "card-memory", "length"],
  T("激活", {"kind": "clarify", "choices": ACT_CHOICES}),
  T("医保电子凭证", ans(L, "activation", card="e-voucher", remember={"card": "e-voucher"})),
  T("那电子社保卡呢", ans(L, "activation", card="electronic", saysAny=["亲情服务", "实体卡"])))

S(ZH, "zh-16", "微信（plain）逐步引导：下一步 在第2步不会回到第1步", "plain",
  ["walkthrough"],
  T("一步一步教我给宝宝办卡", {"kind": "step", "step": 1}),
  T("下一步", {"kind": "step", "step": 2}),
  T("下一步", {"kind": "step", "step": 3}),
  T("上一步", {"kind": "step", "step": 2}),
  T("下一步", {"kind": "step", "step": 3}))

S(ZH, "zh-17", "逐步引导：下一步、重复、上一步", "plain",
  ["walkthrough"],
  T("能带我一步步办吗", {"kind": "step", "step": 1}),
  T("下一步", {"kind": "step", "step": 2}),
  T("重复", {"kind": "step", "step": 2}),
  T("上一步", {"kind": "step", "step": 1}),
  T("下一步", {"kind": "step", "step": 2}))

S(ZH, "zh-18", "逐步引导：停止后继续", "plain",
  ["walkthrough"],
  T("按步骤带我办一下", {"kind": "step", "step": 1}),
  T("下一步", {"kind": "step", "step": 2}),
  T("停止", {}),
  T("继续", {"kind": "step", "step": 2}),
  T("下一步", {"kind": "step", "step": 3}))

S(ZH, "zh-19", "逐步引导（rich）", "rich",
  ["walkthrough"],
  T("一步步教我怎么办", {"kind": "step", "step": 1}),
  T("下一步", {"kind": "step", "step": 2}),
  T("上一步", {"kind": "step", "step": 1}))

S(ZH, "zh-20", "武汉 + 中途跑题（车险）后仍记得城市", "plain",
  ["city-known", "offtopic-middle", "city-used", "card-memory", "length"],
  T("住在武汉市", ack(L, city="wuhan")),
  T("娃的医保电子凭证怎么弄", ans(L, "activation", card="e-voucher", says=["武汉"])),
  T("车险哪家便宜", {"kind": "decline", "remember": {"city": "wuhan"}}),
  T("我和孩子他爸都能绑定他吗", {"kind": "answer", "maxChars": ZH_MAX,
    "saysAny": ["可以", "都能", "父母"], "remember": {"city": "wuhan"}}))

S(ZH, "zh-21", "中文中途换英文", "rich",
  ["language-switch", "length"],
  T("给女儿办社保卡要什么材料", ans(L, "documents")),
  T("and where do i apply?", {"kind": "answer", "topic": "apply-where", "maxChars": EN_MAX,
    "saysAny": ["bank", "HRSS", "online", "outlet"]}),
  T("照片要吗", ans(L, "photo", saysAny=["照片"])))

S(ZH, "zh-22", "材料首个回答要短；详细说明；出处", "plain",
  ["length", "details", "sources"],
  T("给孩子办社保卡需要啥材料", ans(L, "documents", saysAny=["身份证", "户口"])),
  T("详细说明", {"kind": "details"}),
  T("出处", {"kind": "sources", "saysAny": ["gov.cn", "http"]}))

S(ZH, "zh-23", "五个月还没参保：按当地规定、不追溯", "rich",
  ["age", "age-used", "late-enrolment", "why", "length"],
  T("孩子五个月了还没参保", {"anyKind": ["ack", "answer"], "remember": {"ageDays": [140, 180]}}),
  T("现在补办 出生时候的住院费能报吗", ans(L, "newborn-insurance",
    saysAny=["当地", "追溯", "缴费之日", "缴费次月", "统筹地区"], remember={"ageDays": [140, 180]})),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-24", "「一岁两个月」→ 能办卡吗", "plain",
  ["age", "age-used", "length"],
  T("娃一岁两个月", ack(L, ageDays=[410, 460])),
  T("可以办社保卡了吗", ans(L, "child-eligibility", saysAny=["可以", "能"])),
  T("在哪办", ans(L, "apply-where", remember={"ageDays": [410, 460]})))

S(ZH, "zh-25", "「十个月」、照片", "rich",
  ["age", "length"],
  T("宝宝十个月大", ack(L, ageDays=[290, 335])),
  T("要拍照片吗", ans(L, "photo", remember={"ageDays": [290, 335]})),
  T("详细说明", {"kind": "details"}))

S(ZH, "zh-26", "2018年出生 → 年龄；照片", "plain",
  ["age", "birthdate", "length"],
  T("女儿2018年5月12日出生", ack(L, ageDays=born(2018, 5, 12))),
  T("办卡要照片吗", ans(L, "photo", remember={"ageDays": born(2018, 5, 12)})),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-27", "孩子要不要到场 → 临湘通知", "rich",
  ["who-can-act", "age", "why", "length"],
  T("5岁的孩子办卡要本人去吗", ans(L, "who-can-act", saysAny=["临湘", "一起", "陪同"],
    remember={"ageDays": [1800, 2200]})),
  T("为什么", {"kind": "why"}),
  T("谢谢", {}))

S(ZH, "zh-28", "电子社保卡需要先有实体卡", "plain",
  ["yes-no", "card-memory", "length"],
  T("没有实体卡能先给宝宝办电子社保卡吗", {"kind": "answer", "maxChars": ZH_MAX,
    "saysAny": ["实体卡"], "card": "electronic"}),
  T("有了以后怎么添加", ans(L, "activation", card="electronic", saysAny=["亲情服务", "添加"])),
  T("详细说明", {"kind": "details"}))

S(ZH, "zh-29", "支付宝给孩子领医保电子凭证", "rich",
  ["card-memory", "why", "length"],
  T("支付宝能给孩子弄医保电子凭证吗", ans(L, "activation", card="e-voucher", saysAny=["支付宝"])),
  T("为什么", {"kind": "why"}),
  T("国家医保服务平台app呢", {"kind": "answer", "card": "e-voucher"}))

S(ZH, "zh-30", "社保卡丢了；电子社保卡还能用吗；找真人", "plain",
  ["handoff", "length"],
  T("孩子的社保卡丢了", ans(L, "lost-card", saysAny=["挂失", "12333"])),
  T("电子社保卡还能用吗", ans(L, "lost-card", saysAny=["授权", "注销", "不可用", "停"])),
  T("我要找人工客服", {"kind": "handoff"}))

S(ZH, "zh-31", "热线：医保 12393，追问社保卡 12333", "rich",
  ["followup-card", "length"],
  T("宝宝医保的事打什么电话", ans(L, "hotlines", says=["12393"])),
  T("那社保卡呢", ans(L, "hotlines", says=["12333"])),
  T("详细说明", {"kind": "details"}))

S(ZH, "zh-32", "法律依据：第十六条；为什么；出处", "plain",
  ["why", "sources", "length"],
  T("给小孩办社保卡是按哪个规定来的", ans(L, "legal-basis", saysAny=["第十六条", "第16条"])),
  T("为什么", {"kind": "why"}),
  T("出处", {"kind": "sources"}))

S(ZH, "zh-33", "隐私：简短回答；详细说明", "rich",
  ["details", "length"],
  T("孩子的信息会被谁看到", ans(L, "privacy")),
  T("详细说明", {"kind": "details"}),
  T("重新开始", {"remember": {"ageDays": None, "city": None}}))

S(ZH, "zh-34", "中山出生一件事的条件", "plain",
  ["city-known", "age", "city-used"],
  T("我们在中山 宝宝出生三周", {"anyKind": ["ack", "answer"],
    "remember": {"city": "zhongshan", "ageDays": [17, 30]}}),
  T("有没有新生儿一站式办理", {"kind": "answer", "maxChars": ZH_MAX, "says": ["中山"],
    "saysAny": ["出生一件事", "一件事", "集成"]}),
  T("孩子爸爸户口在湖南 能办吗", {"kind": "answer", "saysAny": ["广东"]}))

S(ZH, "zh-35", "单字「卡」用「第一个」选择", "rich",
  ["clarify", "numbered-choice"],
  T("卡", {"kind": "clarify", "choices": CARD_CHOICES}),
  T("第一个", {"kind": "answer"}),
  T("出处", {"kind": "sources"}))

S(ZH, "zh-36", "乱码被拒答；再问正常问题", "plain",
  ["decline"],
  T("啊啊啊qwer", {"kind": "decline"}),
  T("医保电子凭证怎么给儿子激活", ans(L, "activation", card="e-voucher")),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-37", "跑题：上户口被拒答；然后没户口能否办卡", "rich",
  ["decline", "offtopic-middle"],
  T("新生儿怎么上户口", {"kind": "decline"}),
  T("那没上户口能先办社保卡吗", {"kind": "answer", "maxChars": ZH_MAX, "saysAny": ["户口"]}),
  T("医保可以先办吗", ans(L, "newborn-insurance")))

S(ZH, "zh-38", "拼音城市名 Guiyang + 年龄 → 照片按贵阳", "plain",
  ["city-known", "age", "city-used", "age-used", "length"],
  T("我们在Guiyang", ack(L, city="guiyang")),
  T("5岁孩子要照片吗", ans(L, "photo", says=["贵阳"],
    remember={"city": "guiyang", "ageDays": [1800, 2200]})),
  T("要带什么材料", ans(L, "documents", remember={"city": "guiyang"})))

S(ZH, "zh-39", "海口照片 → 追问哈尔滨（知识库没有）", "rich",
  ["city-known", "city-lacking", "followup-city", "length"],
  T("海口7岁以下孩子办卡要照片吗", ans(L, "photo", says=["海口"])),
  T("那哈尔滨呢", ans(L, "photo", says=["哈尔滨"], saysAny=NO_RULE_ZH)),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-40", "记住卡种（医保电子凭证）；重新开始后清除", "plain",
  ["card-memory", "start-over", "length"],
  T("怎么给儿子激活医保电子凭证", ans(L, "activation", card="e-voucher",
    remember={"card": "e-voucher"})),
  T("需要填什么信息", {"kind": "answer", "card": "e-voucher",
    "saysAny": ["身份证号", "承诺书", "户口", "出生医学证明"]}),
  T("重新开始", {"remember": {"card": None, "ageDays": None, "city": None}}))

S(ZH, "zh-41", "单字「激活」用「选1」；plain", "plain",
  ["clarify", "numbered-choice"],
  T("激活", {"kind": "clarify", "choices": ACT_CHOICES}),
  T("选1", {"kind": "answer"}),
  T("详细说明", {"kind": "details"}))

S(ZH, "zh-42", "年龄更正：三岁 → 其实是三个月", "rich",
  ["age", "age-correction", "age-used"],
  T("儿子三岁", ack(L, ageDays=[1090, 1460])),
  T("打错了 是三个月", {"anyKind": ["ack"], "remember": {"ageDays": [85, 100]}}),
  T("医保要怎么办", ans(L, "newborn-insurance", remember={"ageDays": [85, 100]})))

S(ZH, "zh-43", "清远 + 封存/逾期", "plain",
  ["city-known", "city-used", "length"],
  T("我们是清远市的", ack(L, city="qingyuan")),
  T("孩子的社保卡怎么激活", ans(L, "activation", says=["清远"])),
  T("一直不激活会怎样", {"kind": "answer", "maxChars": ZH_MAX,
    "saysAny": ["半年", "6个月", "六个月", "封存", "清远"]}))

S(ZH, "zh-44", "逐步引导中途「为什么」", "plain",
  ["walkthrough", "why"],
  T("一步一步带我办", {"kind": "step", "step": 1}),
  T("下一步", {"kind": "step", "step": 2}),
  T("为什么", {"kind": "why"}))

S(ZH, "zh-45", "「出生40天」阿拉伯数字 + 成都", "rich",
  ["age", "city-known", "age-used"],
  T("宝宝出生40天", ack(L, ageDays=[35, 50])),
  T("我们在成都", ack(L, city="chengdu", ageDays=[35, 50])),
  T("先办什么", {"maxChars": ZH_MAX, "saysAny": ["医保", "参保"],
    "remember": {"ageDays": [35, 50], "city": "chengdu"}}))

S(ZH, "zh-46", "直接要人工，然后继续提问", "rich",
  ["handoff", "city-lacking"],
  T("找个真人跟我说", {"kind": "handoff"}),
  T("算了 孩子社保卡在哪办", ans(L, "apply-where")),
  T("我们在合肥", ack(L, city="hefei")))

S(ZH, "zh-47", "中文说城市，然后用英文提问：换语言后仍记得", "rich",
  ["language-switch", "city-known", "city-used", "age", "length"],
  T("我们在贵阳", ack(L, city="guiyang")),
  T("my son is 4, does he need a photo?", {"kind": "answer", "topic": "photo", "maxChars": EN_MAX,
    "says": ["Guiyang"], "remember": {"city": "guiyang", "ageDays": [1440, 1830]}}),
  T("要带什么材料", ans(L, "documents", says=["贵阳"], remember={"city": "guiyang"})))

# ---------------------------------------------------------------- checks & write
def check(lst, lang):
    ids = set()
    for s in lst:
        assert s["id"] not in ids; ids.add(s["id"])
        assert s["channel"] in ("rich", "plain")
        for t in s["turns"]:
            e = t["expect"]
            for k in ("says", "saysAny", "saysNot"):
                if k in e:
                    assert isinstance(e[k], list) and e[k], (s["id"], k)
            for k in e:
                assert k in {"kind", "anyKind", "topic", "card", "step", "choices", "says",
                             "saysAny", "saysNot", "maxChars", "remember"}, (s["id"], k)
    assert len(lst) >= 40
    ch = collections.Counter(s["channel"] for s in lst)
    return ch

for lang, lst in (("en", EN), ("zh", ZH)):
    ch = check(lst, lang)
    p = os.path.join(HERE, "scenarios26", f"{lang}.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(lst, f, ensure_ascii=False, indent=1)
        f.write("\n")
    feats = collections.Counter(f for s in lst for f in FEAT[s["id"]])
    auto = collections.Counter()
    for s in lst:
        seen = set()
        for t in s["turns"]:
            e = t["expect"]
            for k in [e.get("kind")] + e.get("anyKind", []):
                if k: seen.add("kind:" + k)
            if "maxChars" in e: seen.add("maxChars")
            r = e.get("remember", {})
            if isinstance(r.get("ageDays"), list): seen.add("remember:ageDays")
            if isinstance(r.get("city"), str): seen.add("remember:city")
            if isinstance(r.get("card"), str): seen.add("remember:card")
            if any(v is None for v in r.values()): seen.add("remember:null")
            if "card" in e: seen.add("card")
            if "step" in e: seen.add("step")
        auto.update(seen)
    print(p, len(lst), "scenarios,", sum(len(s["turns"]) for s in lst), "turns,", dict(ch))
    print("  scenarios with (from expectations):", dict(sorted(auto.items())))
    print("  scenarios tagged (by hand):", dict(sorted(feats.items())))
