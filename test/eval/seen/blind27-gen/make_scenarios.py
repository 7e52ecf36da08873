#!/usr/bin/env python3
"""Writes scenarios27/en.json and scenarios27/zh.json (blind set 27, issue #17).

Each scenario is (id, about, channel, features, turns). `features` is kept only here, for the
README counts; it is not written to the JSON. Expectations follow only the issue and
shared/reference/*.md. Birth dates assume the set is run around 2026-12-03 (ranges are wide).

Helpers add a length limit to every turn expected to be an `answer` (650 chars English,
350 Chinese, per the brief) and a one-line limit to every `ack` (300 / 150).
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios27")

MAX = {"en": {"answer": 650, "ack": 300}, "zh": {"answer": 350, "ack": 150}}
FORGOTTEN = {"ageDays": None, "city": None}
FORGOTTEN_ALL = {"ageDays": None, "city": None, "card": None}

# age ranges in days
AGE = {
    "7w": [42, 60], "6w": [36, 52], "3w": [17, 28], "45d": [42, 56], "70d": [66, 82],
    "2m": [50, 75], "5m": [140, 170], "10m": [290, 320], "1y": [360, 730],
    "2y": [730, 1095], "3y": [1095, 1460], "3.5y": [1240, 1340], "4y": [1460, 1830],
    "5y": [1800, 2190], "6y": [2190, 2555], "8y": [2900, 3290], "14y": [5100, 5480],
    # birth dates, for a run around 2026-12-03
    "b20261102": [28, 80],   # 31 days on 2026-12-03
    "b20261018": [42, 85],   # 46 days on 2026-12-03
    "b201903": [2760, 2960],  # born March 2019: ~7 y 8-9 m
    "b20190315": [2780, 2950],
}

CLARIFY_CARD = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds",
                "activation", "apply-where", "documents"]
CLARIFY_ACT = ["activation", "card:physical", "card:electronic", "card:e-voucher"]


def T(user, **e):
    return (user, e)


def finish(lang, scenarios):
    out, feats = [], Counter()
    ids = set()
    for sid, about, channel, features, turns in scenarios:
        assert sid not in ids, sid
        ids.add(sid)
        assert channel in ("rich", "plain")
        assert 3 <= len(turns) <= 6, sid
        tt = []
        for user, e in turns:
            e = dict(e)
            k = e.get("kind")
            if k in MAX[lang] and "maxChars" not in e:
                e["maxChars"] = MAX[lang][k]
            for key in ("says", "saysAny", "saysNot", "choices", "anyKind"):
                if key in e:
                    assert isinstance(e[key], list), (sid, key)
            if e.get("remember") is not None:
                r = e["remember"]
                if "ageDays" in r and r["ageDays"] is not None:
                    assert r["ageDays"][0] <= r["ageDays"][1]
            tt.append({"user": user, "expect": e})
        out.append({"id": sid, "about": about, "channel": channel, "turns": tt})
        for f in features:
            feats[f] += 1
    return out, feats


JAN31 = ["jan 31", "31 jan", "january 31", "2027-01-31", "31/01/2027", "1/31/2027",
         "jan 30", "30 jan", "january 30", "2027-01-30", "30/01/2027", "1/30/2027",
         "1月31", "1月30"]
JAN16 = ["1月16", "1月15", "2027-01-16", "2027-01-15", "2027年1月16", "2027年1月15",
         "2027/1/16", "2027/1/15", "01月16", "01月15"]
WHY_EN = ["because", "reason", "source", "rule", "gov.cn", "article", "so that", "that's why"]
WHY_ZH = ["因为", "原因", "依据", "来源", "出处", "规定", "gov.cn", "第十六条", "所以"]
SRC = ["gov.cn", "http"]
HAND_EN = ["12333", "12393", "person", "staff", "human", "agent", "colleague", "team"]
HAND_ZH = ["12333", "12393", "人工", "工作人员", "客服", "转接"]
ASKCITY_EN = ["12333", "hrss", "bureau", "human resources", "local office"]
ASKCITY_ZH = ["12333", "人社", "当地"]

EN = [
 ("en01", "age in weeks, then 'what first' for a young baby, then why", "rich",
  ["age", "newborn-first", "why"], [
  T("hi, my daughter is 7 weeks old", kind="ack", remember={"ageDays": AGE["7w"]}),
  T("what should i sort out first", kind="answer",
    saysAny=["insur", "enrol", "enroll"], remember={"ageDays": AGE["7w"]}),
  T("why?", kind="why", saysAny=WHY_EN + ["birth", "reimburs", "cover"]),
 ]),
 ("en02", "birth date stated; 90-day end date given; details; sources", "plain",
  ["age", "birth-date", "newborn-first", "details", "sources"], [
  T("he was born on 2 November 2026", kind="ack", remember={"ageDays": AGE["b20261102"]}),
  T("when do i need to get his medical insurance done by", kind="answer",
    topic="newborn-insurance", saysAny=JAN31,
    remember={"ageDays": AGE["b20261102"]}),
  T("More details", kind="details"),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en03", "5-year-old: no newborn-only advice in documents or photo answers", "rich",
  ["age", "no-newborn-advice"], [
  T("my boy's five", kind="ack", remember={"ageDays": AGE["5y"]}),
  T("what do we take to the bank for his card", kind="answer", topic="documents",
    saysAny=["5-year", "5 year", "five", "age 5", "aged 5"],
    saysNot=["90 days", "90-day", "within 90"], remember={"ageDays": AGE["5y"]}),
  T("does he need a photo", kind="answer", topic="photo",
    saysNot=["90 days", "90-day", "enrol your newborn", "enroll your newborn"],
    remember={"ageDays": AGE["5y"]}),
 ]),
 ("en04", "teenager: who acts; start over forgets the age", "plain",
  ["age", "yes-no-first", "start-over"], [
  T("shes 14 btw", kind="ack", remember={"ageDays": AGE["14y"]}),
  T("can i do the card for her or does she have to go herself", kind="answer",
    topic="who-can-act", saysAny=["guardian", "parent"], remember={"ageDays": AGE["14y"]}),
  T("start over", anyKind=["menu", "ack"], remember=FORGOTTEN_ALL),
  T("what do i bring for a kids card", kind="answer", topic="documents",
    saysNot=["14-year", "14 year", "aged 14", "age 14"], remember=FORGOTTEN),
 ]),
 ("en05", "Haikou remembered; photo and documents use Haikou's rule; why", "rich",
  ["city-known", "city-used", "age", "why"], [
  T("we're based in haikou", kind="ack", remember={"city": "haikou"}),
  T("my kid is 3, does she need a photo for the card", kind="answer", topic="photo",
    saysAny=["haikou"], remember={"city": "haikou", "ageDays": AGE["3y"]}),
  T("and the documents?", kind="answer", topic="documents", saysAny=["haikou"],
    remember={"city": "haikou"}),
  T("why?", kind="why", saysAny=WHY_EN + ["haikou", "local"]),
 ]),
 ("en06", "Kunming (no rule in the sources): general answer plus where to ask", "plain",
  ["city-unknown", "details"], [
  T("we live in kunming", kind="ack", remember={"city": "kunming"}),
  T("where do i apply for my sons card", kind="answer", topic="apply-where",
    says=["kunming"], saysAny=ASKCITY_EN, remember={"city": "kunming"}),
  T("More details", kind="details"),
 ]),
 ("en07", "city correction Guiyang -> Zhongshan, then used", "rich",
  ["city-known", "city-correction", "age", "follow-up"], [
  T("we're in guiyang", kind="ack", remember={"city": "guiyang"}),
  T("sorry no, we moved, it's zhongshan now", kind="ack", remember={"city": "zhongshan"}),
  T("where can i apply for my 2 year olds card", kind="answer", topic="apply-where",
    saysAny=["zhongshan"], saysNot=["guiyang"],
    remember={"city": "zhongshan", "ageDays": AGE["2y"]}),
  T("can i do it online", kind="answer", saysAny=["yes", "online", "粤省事", "app"],
    remember={"city": "zhongshan"}),
 ]),
 ("en08", "age correction 3 -> 4", "plain", ["age", "age-correction"], [
  T("my son is 3", kind="ack", remember={"ageDays": AGE["3y"]}),
  T("oops i mean 4, he just had his birthday", kind="ack", remember={"ageDays": AGE["4y"]}),
  T("does he need a photo", kind="answer", topic="photo", remember={"ageDays": AGE["4y"]}),
 ]),
 ("en09", "e-card activation, follow-up for the e-voucher, why, sources", "rich",
  ["follow-up-card", "why", "sources"], [
  T("how do i activate the electronic social security card for my kid", kind="answer",
    topic="activation", card="electronic", saysAny=["亲情", "family"]),
  T("same for the yibao e voucher?", kind="answer", topic="activation", card="e-voucher",
    saysAny=["national healthcare", "nhsa", "国家医保服务平台", "medical insurance service",
             "family account", "亲情账户"]),
  T("why?", kind="why", saysAny=WHY_EN),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en10", "apply-where follow-ups across cities (known, known, unknown)", "plain",
  ["city-known", "city-unknown", "follow-up-city"], [
  T("which bank do i go to in guiyang for my daughters card", kind="answer",
    topic="apply-where", saysAny=["guiyang"], remember={"city": "guiyang"}),
  T("how about zhongshan then", kind="answer", topic="apply-where", saysAny=["zhongshan"],
    remember={"city": "zhongshan"}),
  T("and nanjing?", kind="answer", topic="apply-where", says=["nanjing"],
    saysAny=ASKCITY_EN, remember={"city": "nanjing"}),
 ]),
 ("en11", "one word 'card' -> clarify; typed choice; card remembered", "rich",
  ["clarify", "card-memory"], [
  T("card", kind="clarify", choices=CLARIFY_CARD),
  T("the electronic one", kind="answer", card="electronic", remember={"card": "electronic"}),
  T("what info do i need to have ready for it", kind="answer",
    remember={"card": "electronic"}),
 ]),
 ("en12", "one word 'activate' -> clarify; number chosen; details", "plain",
  ["clarify", "numbered-choice", "details"], [
  T("activate", kind="clarify", choices=CLARIFY_ACT),
  T("1", kind="answer"),
  T("More details", kind="details"),
 ]),
 ("en13", "walkthrough on plain: next, next, back, repeat", "plain", ["walkthrough"], [
  T("can you walk me through the steps one by one", kind="step", step=1),
  T("next", kind="step", step=2),
  T("next", kind="step", step=3),
  T("back", kind="step", step=2),
  T("repeat", kind="step", step=2),
 ]),
 ("en14", "walkthrough on plain with a why in the middle", "plain",
  ["walkthrough", "why"], [
  T("take me through getting my sons card step by step", kind="step", step=1),
  T("next", kind="step", step=2),
  T("why?", kind="why"),
  T("next", kind="step", step=3),
 ]),
 ("en15", "walkthrough on rich with typed commands", "rich", ["walkthrough"], [
  T("guide me step by step pls", kind="step", step=1),
  T("next", kind="step", step=2),
  T("back", kind="step", step=1),
 ]),
 ("en16", "handoff after a documents answer", "rich", ["handoff"], [
  T("what docs for my babys card", kind="answer", topic="documents"),
  T("this is confusing can i talk to a real person", kind="handoff", saysAny=HAND_EN),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en17", "age and city kept through an off-topic question", "plain",
  ["age", "city-known", "off-topic-middle", "city-used"], [
  T("my daughter is 10 months", kind="ack", remember={"ageDays": AGE["10m"]}),
  T("we're in chengdu", kind="ack", remember={"city": "chengdu", "ageDays": AGE["10m"]}),
  T("btw whats a good car insurance", kind="decline"),
  T("ok where do i activate her card", kind="answer", topic="activation",
    saysAny=["chengdu"], remember={"city": "chengdu", "ageDays": AGE["10m"]}),
 ]),
 ("en18", "language switch English -> Chinese", "rich", ["language-switch"], [
  T("what do i need to bring for my kids card", kind="answer", topic="documents"),
  T("能用中文说吗 孩子没有身份证怎么办", kind="answer", topic="documents",
    saysAny=["户口", "监护", "身份证"]),
  T("那照片呢", kind="answer", topic="photo", saysAny=["照片"]),
 ]),
 ("en19", "grandparent: yes/no first, short, details, why", "plain",
  ["yes-no-first", "details", "why"], [
  T("can his grandma go do it for him", kind="answer", topic="who-can-act",
    saysAny=["authoris", "authoriz", "letter", "some cities", "guardian"]),
  T("More details", kind="details"),
  T("why?", kind="why"),
 ]),
 ("en20", "physical card on a phone: social security function yes, bank function no", "rich",
  ["yes-no-first", "follow-up-card"], [
  T("can i activate her physical card on my phone", kind="answer", topic="activation",
    card="physical", saysAny=["online", "app", "phone"]),
  T("what about the bank part of it", kind="answer", topic="activation",
    saysAny=["counter", "bank", "in person"]),
  T("which bank", kind="answer", saysAny=["printed", "on the card", "service bank"]),
 ]),
 ("en21", "5-month-old not yet insured: late enrolment", "plain",
  ["age", "late-enrolment"], [
  T("my baby is 5 months old", kind="ack", remember={"ageDays": AGE["5m"]}),
  T("is it too late to get him insured", kind="answer", topic="newborn-insurance",
    saysAny=["local", "city", "back-dated", "backdated", "retroactive", "from the date",
             "from the day", "payment", "pay"],
    remember={"ageDays": AGE["5m"]}),
  T("why?", kind="why", saysAny=WHY_EN),
 ]),
 ("en22", "Zhongshan newborn one-stop service conditions", "rich",
  ["age", "city-known", "city-used"], [
  T("we are in zhong shan and the baby is 3 weeks", kind="ack",
    remember={"city": "zhongshan", "ageDays": AGE["3w"]}),
  T("is there some one stop thing for newborns here", kind="answer",
    saysAny=["guangdong", "married", "marriage", "hukou", "household"],
    remember={"city": "zhongshan"}),
  T("More details", kind="details"),
 ]),
 ("en23", "e-voucher for a newborn with no ID number", "plain", ["missing-facts"], [
  T("how do i get my newborn the medical insurance e voucher, she has no id number yet",
    kind="answer", card="e-voucher", saysAny=["birth certificate", "birth medical certificate"]),
  T("sources?", kind="sources", saysAny=SRC),
  T("why?", kind="why"),
 ]),
 ("en24", "lost physical card and the e-card; cancelled card stops e-card services", "rich",
  ["missing-facts", "follow-up"], [
  T("i reported my sons card lost, does his e card still work", kind="answer",
    topic="lost-card", saysAny=["authoris", "authoriz", "permission"]),
  T("and once the card is cancelled?", kind="answer",
    saysAny=["stop", "no longer", "can't", "cannot", "won't", "not available"]),
  T("how do i report it lost for him", kind="answer", topic="lost-card",
    saysAny=["12333", "online", "bank", "outlet"]),
 ]),
 ("en25", "Alipay route for a child's e-voucher, no invented date", "plain",
  ["missing-facts", "correction"], [
  T("can i add my kids e-voucher through alipay", kind="answer", card="e-voucher",
    saysAny=["alipay"], saysNot=["since 2024", "from 2024", "starting 2024"]),
  T("what do i upload", kind="answer",
    saysAny=["birth certificate", "hukou", "household"]),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en26", "why rules differ by city: Article 16; sources", "rich", ["legal", "sources"], [
  T("why do the documents differ from city to city", kind="answer", topic="legal-basis",
    saysAny=["article 16", "local"]),
  T("sources?", kind="sources", saysAny=SRC + ["article 16"]),
  T("is that the actual law text", anyKind=["answer", "details", "sources"]),
 ]),
 ("en27", "90 days is 'in principle', never 'the limit'", "plain",
  ["age", "correction", "newborn-first"], [
  T("my baby is 2 months old", kind="ack", remember={"ageDays": AGE["2m"]}),
  T("90 days is a hard deadline for insurance right?", kind="answer",
    topic="newborn-insurance",
    saysAny=["in principle", "usually", "generally", "some cities", "longer", "local"],
    saysNot=["hard limit", "is the limit", "strict limit"],
    remember={"ageDays": AGE["2m"]}),
  T("More details", kind="details"),
 ]),
 ("en28", "activation answer short, details, sources", "rich", ["details", "sources"], [
  T("how do i activate my daughters social security card", kind="answer",
    topic="activation"),
  T("More details", kind="details"),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en29", "a digit inside words is not a numbered option", "plain",
  ["numbered-choice"], [
  T("what do i bring for the card", kind="answer", topic="documents"),
  T("whats the 1st step to get it", anyKind=["answer", "step"]),
  T("More details", kind="details"),
 ]),
 ("en30", "e-voucher remembered as the card for a who-can-act follow-up", "rich",
  ["card-memory", "follow-up", "why"], [
  T("how do i activate the e voucher for my son", kind="answer", topic="activation",
    card="e-voucher", remember={"card": "e-voucher"}),
  T("who can do that for him", kind="answer", topic="who-can-act", card="e-voucher",
    saysAny=["insured", "parent", "family account"], remember={"card": "e-voucher"}),
  T("why?", kind="why"),
 ]),
 ("en31", "8-year-old in Haikou: the under-7 photo exemption does not apply", "plain",
  ["age", "city-known", "city-used", "no-newborn-advice"], [
  T("shes 8 and we're in haikou", kind="ack",
    remember={"ageDays": AGE["8y"], "city": "haikou"}),
  T("photo needed?", kind="answer", topic="photo", saysAny=["haikou"]),
  T("what size", kind="answer", topic="photo", saysAny=["358", "441", "350"]),
 ]),
 ("en32", "age and city in the question itself (Guiyang photo)", "rich",
  ["age", "city-known", "city-used"], [
  T("my son is 5, we're in guiyang, does he need a photo?", kind="answer", topic="photo",
    saysAny=["guiyang"], remember={"ageDays": AGE["5y"], "city": "guiyang"}),
  T("why?", kind="why", saysAny=WHY_EN + ["guiyang"]),
  T("what if he loses it after he turns 6", kind="answer",
    saysAny=["photo", "lost", "replace", "re-issue", "reissue"]),
 ]),
 ("en33", "must the child come along (Linxiang's official notice)", "plain",
  ["yes-no-first", "correction"], [
  T("does my kid need to come to the bank with me", kind="answer", topic="who-can-act",
    saysAny=["linxiang", "come with", "come along", "accompan", "together", "some cities"]),
  T("why?", kind="why"),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en34", "hotline follow-up from e-voucher to social security card", "rich",
  ["follow-up-card"], [
  T("who do i call about my kids e-voucher", kind="answer", topic="hotlines",
    saysAny=["12393"]),
  T("and for the social security card?", kind="answer", topic="hotlines",
    saysAny=["12333"]),
  T("talk to human pls", kind="handoff", saysAny=HAND_EN),
 ]),
 ("en35", "Yongkang, lost card", "plain", ["city-known", "city-used"], [
  T("we live in yongkang", kind="ack", remember={"city": "yongkang"}),
  T("my daughters card is lost", kind="answer", topic="lost-card",
    saysAny=["hukou", "household", "户口", "12333"], remember={"city": "yongkang"}),
  T("can i undo the report if we find it", kind="answer", topic="lost-card"),
 ]),
 ("en36", "start over forgets age and city", "rich", ["age", "city-known", "start-over"], [
  T("my son is 6 weeks old", kind="ack", remember={"ageDays": AGE["6w"]}),
  T("we're in wuhan", kind="ack", remember={"city": "wuhan", "ageDays": AGE["6w"]}),
  T("start over", anyKind=["menu", "ack"], remember=FORGOTTEN_ALL),
  T("how soon do newborns need insurance", kind="answer", topic="newborn-insurance",
    saysNot=["wuhan", "6-week", "6 week"], remember=FORGOTTEN),
 ]),
 ("en37", "Qingyuan activation rule; not activating", "plain",
  ["city-known", "city-used", "follow-up"], [
  T("qingyuan here. how to activate my kids card", kind="answer", topic="activation",
    saysAny=["qingyuan"], remember={"city": "qingyuan"}),
  T("what happens if we never activate it", kind="answer",
    saysAny=["six months", "6 months", "half a year", "sealed", "seal", "cleared", "year"]),
  T("why?", kind="why"),
 ]),
 ("en38", "near miss (child's ID card) declined, then on-topic", "rich",
  ["off-topic-middle"], [
  T("how do i get my kid an ID card", kind="decline"),
  T("ok and what do i bring for his social security card then", kind="answer",
    topic="documents"),
  T("can his grandpa take it in", kind="answer", topic="who-can-act"),
 ]),
 ("en39", "birth month and year stated for an older child", "plain",
  ["age", "birth-date", "no-newborn-advice"], [
  T("she was born in march 2019", kind="ack", remember={"ageDays": AGE["b201903"]}),
  T("does she need a photo on the card", kind="answer", topic="photo",
    saysNot=["90 days", "newborn"], remember={"ageDays": AGE["b201903"]}),
  T("what do we bring", kind="answer", topic="documents",
    saysNot=["90 days", "90-day"], remember={"ageDays": AGE["b201903"]}),
 ]),
 ("en40", "'card??' -> clarify; pick 2 by number", "plain",
  ["clarify", "numbered-choice"], [
  T("card??", kind="clarify", choices=CLARIFY_CARD),
  T("2", kind="answer"),
  T("why?", kind="why"),
 ]),
 ("en41", "walkthrough: stop then continue resumes", "plain", ["walkthrough"], [
  T("show me the steps one at a time", kind="step", step=1),
  T("next", kind="step", step=2),
  T("stop"),
  T("continue", kind="step", step=2),
  T("next", kind="step", step=3),
 ]),
 ("en42", "Haikou named in Chinese inside an English chat; sources", "rich",
  ["city-known", "city-used", "sources"], [
  T("we live in 海口", kind="ack", remember={"city": "haikou"}),
  T("where do i apply for my sons card", kind="answer", topic="apply-where",
    saysAny=["haikou", "海口"], remember={"city": "haikou"}),
  T("sources?", kind="sources", saysAny=SRC),
 ]),
 ("en43", "newborn: the order of things", "plain", ["missing-facts", "newborn-first"], [
  T("baby came home yesterday, whats the order for insurance and all the cards",
    kind="answer", saysAny=["insur", "enrol", "enroll"]),
  T("More details", kind="details"),
  T("why?", kind="why"),
 ]),
 ("en44", "1-year-old: logo instead of photo", "rich", ["age", "missing-facts"], [
  T("my little one just turned 1", kind="ack", remember={"ageDays": AGE["1y"]}),
  T("do i need a photo or can they put a logo", kind="answer", topic="photo",
    saysAny=["logo", "some cities", "under 7", "under seven"], remember={"ageDays": AGE["1y"]}),
  T("More details", kind="details"),
 ]),
 ("en45", "no legal line where Article 16 does not govern", "plain", ["legal"], [
  T("how do i activate the e voucher", kind="answer", card="e-voucher",
    saysNot=["article 16"]),
  T("who do i call if it doesnt work", kind="answer", topic="hotlines",
    saysNot=["article 16"]),
  T("start over", anyKind=["menu", "ack"], remember=FORGOTTEN_ALL),
 ]),
 ("en46", "pinyin city with 'shi' and an age in the same message", "rich",
  ["age", "city-unknown"], [
  T("we're in hefei shi, my girl is 4", kind="ack",
    remember={"city": "hefei", "ageDays": AGE["4y"]}),
  T("what do i need to bring", kind="answer", topic="documents",
    says=["hefei"], saysAny=ASKCITY_EN, remember={"city": "hefei"}),
  T("where do we go", kind="answer", topic="apply-where", saysAny=ASKCITY_EN + ["hefei"]),
 ]),
]

ZH = [
 ("zh01", "出生45天，先办什么，为什么", "rich", ["age", "newborn-first", "why"], [
  T("宝宝出生45天了", kind="ack", remember={"ageDays": AGE["45d"]}),
  T("现在先办哪个", kind="answer", saysAny=["医保", "参保"],
    remember={"ageDays": AGE["45d"]}),
  T("为什么", kind="why", saysAny=WHY_ZH + ["出生", "报销"]),
 ]),
 ("zh02", "出生日期；90天截止日期；详细说明；出处", "plain",
  ["age", "birth-date", "newborn-first", "details", "sources"], [
  T("孩子是2026年10月18日出生的", kind="ack", remember={"ageDays": AGE["b20261018"]}),
  T("医保要在哪天之前办好", kind="answer", topic="newborn-insurance", saysAny=JAN16,
    remember={"ageDays": AGE["b20261018"]}),
  T("详细说明", kind="details"),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh03", "五岁孩子：不给新生儿建议", "rich", ["age", "no-newborn-advice"], [
  T("我儿子五岁了", kind="ack", remember={"ageDays": AGE["5y"]}),
  T("办社保卡带什么", kind="answer", topic="documents",
    saysAny=["5岁", "五岁", "5周岁", "五周岁"], saysNot=["90天", "90日"],
    remember={"ageDays": AGE["5y"]}),
  T("要照片吗", kind="answer", topic="photo", saysNot=["90天"],
    remember={"ageDays": AGE["5y"]}),
 ]),
 ("zh04", "十四岁；谁去办；重新开始后忘记", "plain",
  ["age", "yes-no-first", "start-over"], [
  T("闺女十四了", kind="ack", remember={"ageDays": AGE["14y"]}),
  T("她自己去办还是我去", kind="answer", topic="who-can-act", saysAny=["监护人", "家长"],
    remember={"ageDays": AGE["14y"]}),
  T("重新开始", anyKind=["menu", "ack"], remember=FORGOTTEN_ALL),
  T("办卡要带啥", kind="answer", topic="documents", saysNot=["14岁", "十四岁"],
    remember=FORGOTTEN),
 ]),
 ("zh05", "海口：照片、材料按海口规定；为什么", "rich",
  ["city-known", "city-used", "age", "why"], [
  T("我们在海口", kind="ack", remember={"city": "haikou"}),
  T("娃三岁半 要拍照吗", kind="answer", topic="photo", saysAny=["海口"],
    remember={"city": "haikou", "ageDays": AGE["3.5y"]}),
  T("材料呢", kind="answer", topic="documents", saysAny=["海口"],
    remember={"city": "haikou"}),
  T("为什么", kind="why", saysAny=WHY_ZH + ["海口", "当地"]),
 ]),
 ("zh06", "昆明（资料里没有）：通用回答加去哪问", "plain", ["city-unknown", "details"], [
  T("我们住昆明", kind="ack", remember={"city": "kunming"}),
  T("孩子社保卡去哪办", kind="answer", topic="apply-where", says=["昆明"],
    saysAny=ASKCITY_ZH, remember={"city": "kunming"}),
  T("详细说明", kind="details"),
 ]),
 ("zh07", "城市更正 贵阳→中山市", "rich",
  ["city-known", "city-correction", "age", "follow-up"], [
  T("坐标贵阳", kind="ack", remember={"city": "guiyang"}),
  T("说错了 是中山市", kind="ack", remember={"city": "zhongshan"}),
  T("两岁娃的卡在哪办", kind="answer", topic="apply-where", saysAny=["中山"],
    saysNot=["贵阳"], remember={"city": "zhongshan", "ageDays": AGE["2y"]}),
  T("能网上办吗", kind="answer", saysAny=["粤省事", "网上", "线上", "可以"],
    remember={"city": "zhongshan"}),
 ]),
 ("zh08", "年龄更正 三岁→四岁", "plain", ["age", "age-correction"], [
  T("孩子三岁", kind="ack", remember={"ageDays": AGE["3y"]}),
  T("不对 四岁了 刚过完生日", kind="ack", remember={"ageDays": AGE["4y"]}),
  T("要照片不", kind="answer", topic="photo", remember={"ageDays": AGE["4y"]}),
 ]),
 ("zh09", "电子社保卡开通，追问医保码；为什么；出处", "rich",
  ["follow-up-card", "why", "sources"], [
  T("孩子电子社保卡怎么开通", kind="answer", topic="activation", card="electronic",
    saysAny=["亲情"]),
  T("医保码那个呢", kind="answer", topic="activation", card="e-voucher",
    saysAny=["国家医保服务平台", "亲情账户", "医保"]),
  T("为什么", kind="why", saysAny=WHY_ZH),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh10", "在哪办：换城市追问（有规定、有规定、没有）", "plain",
  ["city-known", "city-unknown", "follow-up-city"], [
  T("贵阳给女儿办卡去哪个银行", kind="answer", topic="apply-where", saysAny=["贵阳"],
    remember={"city": "guiyang"}),
  T("换成中山呢", kind="answer", topic="apply-where", saysAny=["中山"],
    remember={"city": "zhongshan"}),
  T("南京呢", kind="answer", topic="apply-where", says=["南京"],
    saysAny=ASKCITY_ZH, remember={"city": "nanjing"}),
 ]),
 ("zh11", "一个字「卡」→澄清；打字选择；记住卡", "rich", ["clarify", "card-memory"], [
  T("卡", kind="clarify", choices=CLARIFY_CARD),
  T("实体的那个", kind="answer", card="physical", remember={"card": "physical"}),
  T("要带什么", kind="answer", topic="documents", remember={"card": "physical"}),
 ]),
 ("zh12", "「激活」→澄清；回数字；详细说明", "plain",
  ["clarify", "numbered-choice", "details"], [
  T("激活", kind="clarify", choices=CLARIFY_ACT),
  T("1", kind="answer"),
  T("详细说明", kind="details"),
 ]),
 ("zh13", "微信引导：下一步 下一步 上一步 重复", "plain", ["walkthrough"], [
  T("一步一步教我给孩子办卡", kind="step", step=1),
  T("下一步", kind="step", step=2),
  T("下一步", kind="step", step=3),
  T("上一步", kind="step", step=2),
  T("重复", kind="step", step=2),
 ]),
 ("zh14", "微信引导中问为什么", "plain", ["walkthrough", "why"], [
  T("带我走一遍流程", kind="step", step=1),
  T("下一步", kind="step", step=2),
  T("为什么", kind="why"),
  T("下一步", kind="step", step=3),
 ]),
 ("zh15", "网页引导：输入命令", "rich", ["walkthrough"], [
  T("按步骤带我办", kind="step", step=1),
  T("下一步", kind="step", step=2),
  T("上一步", kind="step", step=1),
 ]),
 ("zh16", "微信引导：停止后继续", "plain", ["walkthrough"], [
  T("分步骤给我讲一下怎么办", kind="step", step=1),
  T("下一步", kind="step", step=2),
  T("停止"),
  T("继续", kind="step", step=2),
  T("下一步", kind="step", step=3),
 ]),
 ("zh17", "材料回答后转人工", "rich", ["handoff"], [
  T("宝宝办卡要啥材料", kind="answer", topic="documents"),
  T("太复杂了 转人工", kind="handoff", saysAny=HAND_ZH),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh18", "年龄城市记住，中间插无关问题", "plain",
  ["age", "city-known", "off-topic-middle", "city-used"], [
  T("女儿十个月", kind="ack", remember={"ageDays": AGE["10m"]}),
  T("我们在成都", kind="ack", remember={"city": "chengdu", "ageDays": AGE["10m"]}),
  T("对了 车险怎么买划算", kind="decline"),
  T("那她的卡在哪激活", kind="answer", topic="activation", saysAny=["成都"],
    remember={"city": "chengdu", "ageDays": AGE["10m"]}),
 ]),
 ("zh19", "中文→英文切换", "rich", ["language-switch"], [
  T("给孩子办卡要带什么", kind="answer", topic="documents"),
  T("in english please, what if my kid has no ID card", kind="answer", topic="documents",
    saysAny=["household", "hukou", "register", "guardian"]),
  T("and the photo?", kind="answer", topic="photo", saysAny=["photo"]),
 ]),
 ("zh20", "奶奶能办吗：先答能不能；详细；为什么", "plain",
  ["yes-no-first", "details", "why"], [
  T("奶奶能替孙子办吗", kind="answer", topic="who-can-act",
    saysAny=["委托", "授权", "监护人"]),
  T("详细说明", kind="details"),
  T("为什么", kind="why"),
 ]),
 ("zh21", "手机激活实体卡：社保功能可以，金融功能不行", "rich",
  ["yes-no-first", "follow-up-card"], [
  T("实体社保卡能在手机上激活吗", kind="answer", topic="activation", card="physical",
    saysAny=["社保功能", "线上", "手机"]),
  T("那银行那部分呢", kind="answer", topic="activation",
    saysAny=["柜台", "银行", "本人", "当面"]),
  T("哪个银行", kind="answer", saysAny=["卡面", "服务银行"]),
 ]),
 ("zh22", "五个月才参保", "plain", ["age", "late-enrolment"], [
  T("宝宝五个月了", kind="ack", remember={"ageDays": AGE["5m"]}),
  T("现在才参保晚不晚", kind="answer", topic="newborn-insurance",
    saysAny=["当地", "追溯", "缴费之日", "缴费次月", "缴费", "不能报"],
    remember={"ageDays": AGE["5m"]}),
  T("为什么", kind="why", saysAny=WHY_ZH),
 ]),
 ("zh23", "中山新生儿一件事条件", "rich", ["age", "city-known", "city-used"], [
  T("我们在中山 宝宝三周", kind="ack",
    remember={"city": "zhongshan", "ageDays": AGE["3w"]}),
  T("这边新生儿一件事有啥条件", kind="answer",
    saysAny=["广东", "户籍", "婚姻", "结婚", "一周岁"], remember={"city": "zhongshan"}),
  T("详细说明", kind="details"),
 ]),
 ("zh24", "没身份证号的新生儿领医保电子凭证", "plain", ["missing-facts"], [
  T("宝宝还没身份证号 医保电子凭证怎么弄", kind="answer", card="e-voucher",
    saysAny=["出生医学证明", "出生证"]),
  T("出处", kind="sources", saysAny=SRC),
  T("为什么", kind="why"),
 ]),
 ("zh25", "挂失与电子社保卡；注销后停用", "rich", ["missing-facts", "follow-up"], [
  T("孩子实体卡挂失了 电子社保卡还能用吗", kind="answer", topic="lost-card",
    saysAny=["授权"]),
  T("注销以后呢", kind="answer", saysAny=["不可用", "不能用", "停止", "无法", "用不了"]),
  T("那怎么给他挂失", kind="answer", topic="lost-card",
    saysAny=["12333", "网点", "银行", "线上", "网上"]),
 ]),
 ("zh26", "支付宝给孩子领医保电子凭证，不编造年份", "plain",
  ["missing-facts", "correction"], [
  T("支付宝能给孩子领医保电子凭证吗", kind="answer", card="e-voucher",
    saysAny=["支付宝"], saysNot=["2024年起", "2024年开始", "自2024年"]),
  T("要上传啥", kind="answer", saysAny=["出生证明", "户口本", "户口簿"]),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh27", "为啥各地不一样：第十六条；出处", "rich", ["legal", "sources"], [
  T("为啥各地办卡材料不一样", kind="answer", topic="legal-basis",
    saysAny=["第十六条", "16", "当地", "各地"]),
  T("出处", kind="sources", saysAny=SRC + ["第十六条"]),
  T("原文是什么", anyKind=["answer", "details", "sources"]),
 ]),
 ("zh28", "90天是原则，不是死线", "plain", ["age", "correction", "newborn-first"], [
  T("宝宝七十天了", kind="ack", remember={"ageDays": AGE["70d"]}),
  T("90天是不是过了就不能参保了", kind="answer", topic="newborn-insurance",
    saysAny=["原则上", "有的地方", "部分地区", "当地", "更长"],
    saysNot=["过了就不能参保"], remember={"ageDays": AGE["70d"]}),
  T("详细说明", kind="details"),
 ]),
 ("zh29", "激活回答要短；详细；出处", "rich", ["details", "sources"], [
  T("女儿的社保卡怎么激活", kind="answer", topic="activation"),
  T("详细说明", kind="details"),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh30", "「第一步是什么」不是选项1", "plain", ["numbered-choice"], [
  T("办卡要带什么", kind="answer", topic="documents"),
  T("第一步是什么", anyKind=["answer", "step"]),
  T("详细说明", kind="details"),
 ]),
 ("zh31", "记住医保电子凭证；谁能办", "rich", ["card-memory", "follow-up", "why"], [
  T("儿子的医保电子凭证怎么激活", kind="answer", topic="activation", card="e-voucher",
    remember={"card": "e-voucher"}),
  T("谁可以帮他弄", kind="answer", topic="who-can-act", card="e-voucher",
    saysAny=["参保", "父母", "家长", "亲情账户"], remember={"card": "e-voucher"}),
  T("为什么", kind="why"),
 ]),
 ("zh32", "海口八岁：7岁以下免照片不适用", "plain",
  ["age", "city-known", "city-used", "no-newborn-advice"], [
  T("孩子八岁 在海口", kind="ack", remember={"ageDays": AGE["8y"], "city": "haikou"}),
  T("要照片吗", kind="answer", topic="photo", saysAny=["海口"]),
  T("照片多大", kind="answer", topic="photo", saysAny=["358", "441", "350"]),
 ]),
 ("zh33", "问题里同时说年龄和城市（贵阳照片）", "rich",
  ["age", "city-known", "city-used"], [
  T("儿子5岁 贵阳的 要照片吗", kind="answer", topic="photo", saysAny=["贵阳"],
    remember={"ageDays": AGE["5y"], "city": "guiyang"}),
  T("为什么", kind="why", saysAny=WHY_ZH + ["贵阳"]),
  T("过了6岁丢了补卡呢", kind="answer", saysAny=["照片", "补"]),
 ]),
 ("zh34", "孩子要不要一起去（临湘官方）", "plain", ["yes-no-first", "correction"], [
  T("孩子要跟我一起去银行吗", kind="answer", topic="who-can-act",
    saysAny=["临湘", "一起", "陪同", "同行", "一同", "部分", "有的"]),
  T("为什么", kind="why"),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh35", "热线：医保码→社保卡追问；转人工", "rich", ["follow-up-card", "handoff"], [
  T("医保电子凭证的问题打哪个电话", kind="answer", topic="hotlines", saysAny=["12393"]),
  T("社保卡呢", kind="answer", topic="hotlines", saysAny=["12333"]),
  T("我要找真人", kind="handoff", saysAny=HAND_ZH),
 ]),
 ("zh36", "永康：挂失", "plain", ["city-known", "city-used"], [
  T("我们是永康的", kind="ack", remember={"city": "yongkang"}),
  T("女儿社保卡丢了", kind="answer", topic="lost-card",
    saysAny=["户口簿", "户口本", "12333"], remember={"city": "yongkang"}),
  T("找到了还能解挂吗", kind="answer", topic="lost-card"),
 ]),
 ("zh37", "重新开始后忘记年龄和城市", "rich", ["age", "city-known", "start-over"], [
  T("儿子出生六周", kind="ack", remember={"ageDays": AGE["6w"]}),
  T("我们在武汉", kind="ack", remember={"city": "wuhan", "ageDays": AGE["6w"]}),
  T("重新开始", anyKind=["menu", "ack"], remember=FORGOTTEN_ALL),
  T("新生儿多久要参保", kind="answer", topic="newborn-insurance",
    saysNot=["武汉", "六周", "6周"], remember=FORGOTTEN),
 ]),
 ("zh38", "清远激活；不激活会怎样", "plain", ["city-known", "city-used", "follow-up"], [
  T("清远的 孩子卡咋激活", kind="answer", topic="activation", saysAny=["清远"],
    remember={"city": "qingyuan"}),
  T("一直不激活会怎样", kind="answer", saysAny=["半年", "封存", "清理", "一年"]),
  T("为什么", kind="why"),
 ]),
 ("zh39", "近似无关（身份证）拒答，再问正题", "rich", ["off-topic-middle"], [
  T("孩子身份证怎么办理", kind="decline"),
  T("那社保卡要带啥", kind="answer", topic="documents"),
  T("外公能带去办吗", kind="answer", topic="who-can-act"),
 ]),
 ("zh40", "出生日期（年长孩子）", "plain", ["age", "birth-date", "no-newborn-advice"], [
  T("女儿2019年3月15号出生", kind="ack", remember={"ageDays": AGE["b20190315"]}),
  T("要照片吗", kind="answer", topic="photo", saysNot=["90天", "新生儿"],
    remember={"ageDays": AGE["b20190315"]}),
  T("材料呢", kind="answer", topic="documents", saysNot=["90天"],
    remember={"ageDays": AGE["b20190315"]}),
 ]),
 ("zh41", "「卡？」→澄清；「选2」", "plain", ["clarify", "numbered-choice"], [
  T("卡？", kind="clarify", choices=CLARIFY_CARD),
  T("选2", kind="answer"),
  T("为什么", kind="why"),
 ]),
 ("zh42", "一岁：可以用logo吗", "rich", ["age", "missing-facts"], [
  T("娃一岁", kind="ack", remember={"ageDays": AGE["1y"]}),
  T("要照片还是可以用logo", kind="answer", topic="photo",
    saysAny=["logo", "标志", "7周岁", "7岁", "七岁"], remember={"ageDays": AGE["1y"]}),
  T("详细说明", kind="details"),
 ]),
 ("zh43", "没有第十六条的地方不出现法律行", "plain", ["legal"], [
  T("医保电子凭证怎么激活", kind="answer", card="e-voucher", saysNot=["第十六条"]),
  T("弄不好打哪个电话", kind="answer", topic="hotlines", saysNot=["第十六条"]),
  T("重新开始", anyKind=["menu", "ack"], remember=FORGOTTEN_ALL),
 ]),
 ("zh44", "刚出院：先后顺序", "rich", ["missing-facts", "newborn-first"], [
  T("宝宝昨天刚出院 医保和卡先后顺序是啥", kind="answer", saysAny=["参保", "医保"]),
  T("详细说明", kind="details"),
  T("为什么", kind="why"),
 ]),
 ("zh45", "「卡」→澄清；回「①」", "plain", ["clarify", "numbered-choice"], [
  T("卡", kind="clarify", choices=CLARIFY_CARD),
  T("①", kind="answer"),
  T("详细说明", kind="details"),
 ]),
 ("zh46", "拼音城市 guiyang；六岁照片", "plain", ["city-known", "city-used", "age"], [
  T("我们在guiyang", kind="ack", remember={"city": "guiyang"}),
  T("孩子六岁要照片吗", kind="answer", topic="photo", saysAny=["贵阳", "guiyang"],
    remember={"city": "guiyang", "ageDays": AGE["6y"]}),
  T("出处", kind="sources", saysAny=SRC),
 ]),
 ("zh47", "合肥（没有规定）；材料", "rich", ["city-unknown", "age"], [
  T("合肥市 孩子四岁", kind="ack", remember={"city": "hefei", "ageDays": AGE["4y"]}),
  T("办社保卡要什么材料", kind="answer", topic="documents", says=["合肥"],
    saysAny=ASKCITY_ZH, remember={"city": "hefei"}),
  T("去哪办", kind="answer", topic="apply-where", saysAny=ASKCITY_ZH + ["合肥"]),
 ]),
]


def derived(data):
    """Counts of scenarios showing a feature, read from the expectations themselves."""
    c = Counter()
    for s in data:
        seen = set()
        for t in s["turns"]:
            e, u = t["expect"], t["user"]
            ks = [e["kind"]] if "kind" in e else e.get("anyKind", [])
            for k in ks:
                seen.add("turn:" + k)
            r = e.get("remember") or {}
            if r.get("ageDays"):
                seen.add("remember:age")
            if r.get("city"):
                seen.add("remember:city")
            if "ageDays" in r and r["ageDays"] is None:
                seen.add("remember:forgotten")
            if r.get("card"):
                seen.add("remember:card")
            if "maxChars" in e and e.get("kind") == "answer":
                seen.add("maxChars:answer")
            if "card" in e:
                seen.add("expect:card")
            if u.strip().lower() in ("next", "back", "repeat", "下一步", "上一步", "重复"):
                seen.add("walk:" + u.strip().lower())
        for f in seen:
            c[f] += 1
    return c


def report(lang, data, feats):
    ch = Counter(s["channel"] for s in data)
    kinds = Counter()
    for s in data:
        for t in s["turns"]:
            e = t["expect"]
            for k in ([e["kind"]] if "kind" in e else e.get("anyKind", [])):
                kinds[k] += 1
    nturns = sum(len(s["turns"]) for s in data)
    print(f"{lang}: {len(data)} scenarios, {nturns} turns, channels {dict(ch)}")
    print("  tagged features (scenarios):", dict(sorted(feats.items())))
    print("  derived (scenarios):", dict(sorted(derived(data).items())))
    print("  turn kinds (turns):", dict(sorted(kinds.items())))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for lang, sc in (("en", EN), ("zh", ZH)):
        data, feats = finish(lang, sc)
        with open(os.path.join(OUT, f"{lang}.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        report(lang, data, feats)
