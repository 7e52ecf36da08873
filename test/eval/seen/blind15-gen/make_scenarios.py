#!/usr/bin/env python3
"""Writes blind multi-turn scenario set 15 (issue #17): scenarios15/{en,zh}.json.
Data is inline. Expectations follow only issue-17.md and shared/reference/*.md.
Ages from birth dates are computed for REF = 2026-12-02 with wide ranges.
Run: python3 make_scenarios.py"""
import json, os, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REF = datetime.date(2026, 12, 2)
EN_MAX, ZH_MAX = 650, 350          # first-reply limit on answers (brief)
EN_ACK, ZH_ACK = 300, 150          # an acknowledgement is "one line"

def born(y, m, d, before=7, after=150):
    """ageDays range for a birth date: age on REF, minus a little, plus a wide margin
    for a later run day."""
    a = (REF - datetime.date(y, m, d)).days
    return [max(0, a - before), a + after]

def yrs(lo, hi):
    """ageDays range for an age stated in years (lo..hi years, generous)."""
    return [int(lo * 365) - 5, int(hi * 365) + 10]

def T(user, **expect):
    return {"user": user, "expect": expect}

def S(id, about, channel, features, *turns):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, (id, len(turns))
    return {"id": id, "about": about, "channel": channel, "features": features,
            "turns": list(turns)}

CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation",
                "card-kinds", "documents", "apply-where"]
ACT_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation"]
FORGOT = {"ageDays": None, "city": None}

# ------------------------------------------------------------------ English
E = EN_MAX
EN = [
 S("en15-01", "2-month-old stated, then 'what first' uses the age; why; sources", "plain",
   ["age", "memory-used", "newborn-90", "why", "sources", "maxChars"],
   T("hi, my baby is 2 months old", kind="ack", maxChars=EN_ACK,
     remember={"ageDays": [55, 92]}),
   T("what should i do first", kind="answer", maxChars=E, says=["medical insurance"],
     saysAny=["2-month", "2 month", "two-month", "two month"],
     remember={"ageDays": [55, 92]}),
   T("why?", kind="why", saysAny=["90", "from birth", "date of birth", "reimburs", "cover"]),
   T("sources?", kind="sources", saysAny=["2021", "notice", "医保办函", "http"])),

 S("en15-02", "8-year-old: documents without newborn advice; later enrolment", "rich",
   ["age", "memory-used", "no-newborn-advice", "maxChars"],
   T("shes 8", kind="ack", maxChars=EN_ACK, remember={"ageDays": yrs(8, 9)}),
   T("what documents do i bring for her card", kind="answer", topic="documents", maxChars=E,
     saysAny=["ID", "hukou", "household"], saysNot=["within 90 days"]),
   T("she was never put on medical insurance, do we need to do that?", kind="answer",
     saysAny=["local", "your city", "bureau", "12393", "back-dated", "backdated", "retro"],
     saysNot=["birth medical certificate number"],
     remember={"ageDays": yrs(8, 9)})),

 S("en15-03", "Haikou stated; 4-year-old photo uses Haikou rule; follow-up Guiyang; More details", "rich",
   ["city-known", "age", "memory-used", "followup-city", "more-details", "maxChars"],
   T("we live in haikou", kind="ack", maxChars=EN_ACK, remember={"city": "haikou"}),
   T("my son is 4, does he need a photo on the card?", kind="answer", topic="photo", maxChars=E,
     says=["Haikou"], saysAny=["7", "seven"],
     remember={"city": "haikou", "ageDays": yrs(4, 5)}),
   T("what about guiyang?", kind="answer", topic="photo", says=["Guiyang"],
     saysAny=["6", "six"]),
   T("More details", kind="details")),

 S("en15-04", "City the sources lack (Harbin): general answer + no rule + 12333; follow-up where", "plain",
   ["city-unknown", "memory-used", "maxChars"],
   T("were in harbin", kind="ack", maxChars=EN_ACK, remember={"city": "harbin"}),
   T("what do i need to bring to apply for my daughters card", kind="answer", topic="documents",
     maxChars=E, says=["Harbin"], saysAny=["12333", "HRSS", "bureau"]),
   T("and where do i go", kind="answer", topic="apply-where",
     saysAny=["bank", "HRSS", "online", "window"], remember={"city": "harbin"})),

 S("en15-05", "City correction Changde -> Chengdu, then activation uses Chengdu", "rich",
   ["city-known", "city-correction", "memory-used"],
   T("we're in changde", kind="ack", maxChars=EN_ACK, remember={"city": "changde"}),
   T("sorry i meant chengdu not changde", anyKind=["ack", "answer"],
     remember={"city": "chengdu"}),
   T("where can i activate the social security part of my kids card", kind="answer",
     topic="activation", maxChars=E, says=["Chengdu"], remember={"city": "chengdu"})),

 S("en15-06", "E-card activation, follow-up 'and for the e-voucher?', why", "rich",
   ["card-followup", "card-memory", "why", "maxChars"],
   T("how do i activate the electronic social security card for my kid", kind="answer",
     topic="activation", card="electronic", maxChars=E,
     saysAny=["亲情", "family"]),
   T("and for the e-voucher?", kind="answer", topic="activation", card="e-voucher",
     maxChars=E, saysAny=["国家医保服务平台", "National Healthcare", "NHSA", "family account",
                          "medical insurance"],
     remember={"card": "e-voucher"}),
   T("why?", kind="why")),

 S("en15-07", "Phone activation of the physical card: social security function yes, bank function no", "plain",
   ["yes-no-first", "card-followup", "sources", "maxChars"],
   T("can i activate my sons physical card on my phone", kind="answer", topic="activation",
     card="physical", maxChars=E,
     saysAny=["social security function", "social security part", "social security use"],
     says=["bank"]),
   T("and the bank part?", kind="answer", card="physical",
     saysAny=["counter", "in person", "outlet"]),
   T("sources?", kind="sources", saysAny=["gov.cn", "http"])),

 S("en15-08", "Grandparent acting; must the child come (Linxiang); why", "rich",
   ["yes-no-first", "why", "maxChars"],
   T("can his grandma sort out the card for us, we both work", kind="answer",
     topic="who-can-act", maxChars=E,
     saysAny=["authoris", "authoriz", "letter", "guardian"]),
   T("does the kid have to go too", kind="answer", topic="who-can-act", maxChars=E,
     saysAny=["Linxiang", "with the guardian", "come along", "come with", "together"]),
   T("why?", kind="why")),

 S("en15-09", "One-word 'card' -> clarify; typed choice answers; then other card", "rich",
   ["clarify", "card-followup"],
   T("card", kind="clarify", choices=CARD_CHOICES),
   T("the electronic one", kind="answer", card="electronic"),
   T("what about the physical card?", kind="answer", card="physical",
     remember={"card": "physical"})),

 S("en15-10", "One-word 'activate' on plain -> clarify; option 1 typed answers; More details", "plain",
   ["clarify", "numbered-choice", "more-details"],
   T("activate", kind="clarify", choices=ACT_CHOICES),
   T("1", kind="answer", topic="activation"),
   T("More details", kind="details")),

 S("en15-11", "Walkthrough on plain with typed next/back/repeat", "plain",
   ["walkthrough", "typed-next-back"],
   T("can you walk me through the steps to get my kids card", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("repeat", kind="step", step=2),
   T("next", kind="step", step=3)),

 S("en15-12", "Walkthrough with why at step 2, stop, continue resumes", "plain",
   ["walkthrough", "typed-next-back", "why"],
   T("take me through it step by step pls", kind="step", step=1),
   T("next", kind="step", step=2),
   T("why?", kind="why"),
   T("next", kind="step", step=3),
   T("stop"),
   T("continue", kind="step", step=3)),

 S("en15-13", "Guiyang + age stated; off-topic in the middle; memory kept", "plain",
   ["city-known", "age", "offtopic-middle", "memory-used"],
   T("we live in guiyang and my daughter is 3", kind="ack", maxChars=EN_ACK,
     remember={"city": "guiyang", "ageDays": yrs(3, 4)}),
   T("whats the best car insurance", kind="decline"),
   T("ok what do i need to bring for her card", kind="answer", topic="documents", maxChars=E,
     says=["Guiyang"], remember={"city": "guiyang", "ageDays": yrs(3, 4)})),

 S("en15-14", "Age and city stated, start over forgets them", "rich",
   ["age", "city-known", "start-over"],
   T("my son is 6 weeks old", kind="ack", maxChars=EN_ACK, remember={"ageDays": [38, 50]}),
   T("we're in zhongshan", kind="ack", maxChars=EN_ACK,
     remember={"city": "zhongshan", "ageDays": [38, 50]}),
   T("start over", remember=FORGOT),
   T("what documents do i need for a childs card", kind="answer", topic="documents",
     maxChars=E, saysNot=["week-old", "weeks old", "6-week", "42-day"],
     remember=FORGOT)),

 S("en15-15", "Language switch EN -> ZH mid-conversation", "rich",
   ["language-switch", "maxChars"],
   T("how do i get the e-voucher for my newborn", kind="answer", card="e-voucher", maxChars=E),
   T("能用中文说吗 宝宝的医保电子凭证怎么弄", kind="answer", card="e-voucher", maxChars=ZH_MAX,
     saysAny=["医保", "亲情账户", "凭证"]),
   T("要带什么材料", kind="answer", maxChars=ZH_MAX,
     saysAny=["户口", "身份证", "出生"])),

 S("en15-16", "Handoff to a person after an answer", "plain",
   ["handoff"],
   T("what documents for my kids card", kind="answer", topic="documents", maxChars=E),
   T("this is confusing, can i talk to a real person", kind="handoff"),
   T("ok thanks. where do i apply then", kind="answer", topic="apply-where")),

 S("en15-17", "Birth date stated; 90-day end date given; late enrolment", "rich",
   ["age", "birth-date", "newborn-90", "memory-used", "maxChars"],
   T("she was born on 10 november 2026", kind="ack", maxChars=EN_ACK,
     remember={"ageDays": born(2026, 11, 10)}),
   T("when do i need to get her insured by", kind="answer", topic="newborn-insurance",
     maxChars=E, saysAny=["2027", "Feb", "February"],
     remember={"ageDays": born(2026, 11, 10)}),
   T("and if we miss that?", kind="answer",
     saysAny=["back-dated", "backdated", "retroactive", "payment", "local", "your city"])),

 S("en15-18", "Birth date of a 7-year-old; photo general, then Haikou stated, asked again", "plain",
   ["age", "birth-date", "city-known", "memory-used"],
   T("my son was born 2019-03-15", kind="ack", maxChars=EN_ACK,
     remember={"ageDays": born(2019, 3, 15)}),
   T("does he need a photo for the card", kind="answer", topic="photo", maxChars=E),
   T("we live in haikou btw", kind="ack", maxChars=EN_ACK, remember={"city": "haikou"}),
   T("so does he need one?", kind="answer", topic="photo", says=["Haikou"],
     remember={"city": "haikou", "ageDays": born(2019, 3, 15)})),

 S("en15-19", "City the sources lack (Kunming) inside a lost-card question; undo loss report", "rich",
   ["city-unknown", "maxChars"],
   T("we're in kunming and my kid lost his card", kind="answer", topic="lost-card",
     maxChars=E, says=["Kunming"], saysAny=["12333"], remember={"city": "kunming"}),
   T("if we find it can we undo the loss report", kind="answer", topic="lost-card",
     saysAny=["replacement", "reissue", "new card"]),
   T("sources?", kind="sources")),

 S("en15-20", "5-month-old: eligibility, then late enrolment (no newborn-only advice)", "plain",
   ["age", "memory-used", "no-newborn-advice"],
   T("is a 5 month old too young for a social security card", kind="answer",
     topic="child-eligibility", maxChars=E, remember={"ageDays": [145, 185]}),
   T("and her medical insurance, is it too late now?", kind="answer",
     saysAny=["local", "back-dated", "backdated", "retroactive", "payment", "your city"],
     remember={"ageDays": [145, 185]}),
   T("why?", kind="why")),

 S("en15-21", "Hotlines with follow-up for the other card", "rich",
   ["card-followup"],
   T("who do i call about the medical insurance part", kind="answer", topic="hotlines",
     says=["12393"]),
   T("and for the social security card itself?", kind="answer", topic="hotlines",
     says=["12333"]),
   T("why?", kind="why")),

 S("en15-22", "Privacy, why (Article 15), sources", "plain",
   ["why", "sources"],
   T("is it safe to upload my daughters hukou in the app", kind="answer", topic="privacy",
     maxChars=E),
   T("why?", kind="why", saysAny=["Article 15", "15"]),
   T("sources?", kind="sources")),

 S("en15-23", "Legal basis: why rules differ; More details; sources", "rich",
   ["more-details", "sources", "maxChars"],
   T("why do the rules differ from city to city", kind="answer", topic="legal-basis",
     maxChars=E, saysAny=["Article 16", "local"]),
   T("More details", kind="details"),
   T("sources?", kind="sources")),

 S("en15-24", "Age in a question (3yo) remembered; More details; sources", "plain",
   ["age", "more-details", "sources", "maxChars"],
   T("what do i take to the bank for my 3yo's card", kind="answer", topic="documents",
     maxChars=E, remember={"ageDays": yrs(3, 4)}),
   T("More details", kind="details"),
   T("sources?", kind="sources")),

 S("en15-25", "Not-covered (fee) then where to apply", "rich",
   ["not-covered"],
   T("how much does the kids card cost", topic="not-covered", anyKind=["answer", "decline"]),
   T("ok, where do i apply", kind="answer", topic="apply-where", maxChars=E),
   T("and can i do it online?", kind="answer", topic="apply-where",
     saysAny=["online", "app", "mini-program", "粤省事"])),

 S("en15-26", "'a year and a half' stated; e-card needs physical card first", "plain",
   ["age", "card-memory"],
   T("my little one is a year and a half", kind="ack", maxChars=EN_ACK,
     remember={"ageDays": [530, 580]}),
   T("can i get her the electronic card straight away", kind="answer", card="electronic",
     maxChars=E, saysAny=["physical"]),
   T("how do we get the physical one then", kind="answer", card="physical",
     remember={"ageDays": [530, 580]})),

 S("en15-27", "3-week-old: order of things; e-voucher usable for 180 days", "rich",
   ["age", "newborn-order", "memory-used", "maxChars"],
   T("just had a baby 3 weeks ago, what order do we do things in", kind="answer", maxChars=E,
     saysAny=["insurance", "enrol", "enroll"], remember={"ageDays": [19, 25]}),
   T("how long can we use the voucher before the card comes", kind="answer",
     saysAny=["180"]),
   T("More details", kind="details")),

 S("en15-28", "Zhongshan + 1-month-old: newborn one-stop service conditions", "plain",
   ["city-known", "age", "memory-used"],
   T("we're in zhongshan, baby is 1 month", kind="ack", maxChars=EN_ACK,
     remember={"city": "zhongshan", "ageDays": [28, 40]}),
   T("is there a one stop thing for newborns here", kind="answer", maxChars=E,
     says=["Zhongshan"], saysAny=["Guangdong", "married", "one year", "1 year", "hukou"]),
   T("sources?", kind="sources", saysAny=["zs.gov.cn", "gov.cn"])),

 S("en15-29", "One-word 'card' on plain -> clarify; option 2 typed answers", "plain",
   ["clarify", "numbered-choice"],
   T("card??", kind="clarify", choices=CARD_CHOICES),
   T("2", kind="answer"),
   T("start over", remember={"card": None})),

 S("en15-30", "Guangzhou documents, follow-up 'what about haikou'", "rich",
   ["city-known", "followup-city", "maxChars"],
   T("what do i bring to apply in guangzhou for my son", kind="answer", topic="documents",
     maxChars=E, says=["Guangzhou"], remember={"city": "guangzhou"}),
   T("what about haikou", kind="answer", topic="documents", says=["Haikou"]),
   T("More details", kind="details")),

 S("en15-31", "Cancelled physical card stops e-card; WeChat family service route", "plain",
   ["card-memory"],
   T("if the physical card gets cancelled does the e card still work", kind="answer",
     card="electronic", maxChars=E,
     saysAny=["stop", "no longer", "not work", "not be available", "unavailable", "can't",
              "cannot", "won't"]),
   T("how do i add my kid to the e card on wechat", kind="answer", card="electronic",
     saysAny=["亲情", "family"]),
   T("why?", kind="why")),

 S("en15-32", "Do both parents have to go? (one guardian)", "rich",
   ["yes-no-first", "maxChars"],
   T("do both me and my husband have to go", kind="answer", maxChars=E,
     saysAny=["No", "one guardian", "either", "one parent", "not both"]),
   T("what do i bring then", kind="answer", topic="documents", maxChars=E),
   T("sources?", kind="sources")),

 S("en15-33", "Near-miss off-topic (child's ID card) then on-topic", "plain",
   ["offtopic-middle"],
   T("what docs do i need for my kids social security card", kind="answer",
     topic="documents", maxChars=E),
   T("how do i get my son an ID card", kind="decline"),
   T("ok and where do i activate the social security card", kind="answer",
     topic="activation")),

 S("en15-34", "40-day-old enrolment; More details; why", "rich",
   ["age", "newborn-90", "more-details", "why", "maxChars"],
   T("baby is 40 days old, how do i sign her up for medical insurance", kind="answer",
     topic="newborn-insurance", maxChars=E, saysAny=["90"],
     remember={"ageDays": [38, 42]}),
   T("More details", kind="details"),
   T("why?", kind="why")),

 S("en15-35", "E-voucher for a newborn without ID number; sources", "plain",
   ["card-memory", "sources"],
   T("baby has no ID number yet, can i still get the e-voucher", kind="answer",
     card="e-voucher", maxChars=E, saysAny=["birth", "mother"]),
   T("sources?", kind="sources"),
   T("what about the electronic social security card?", kind="answer", card="electronic")),

 S("en15-36", "Walkthrough: back at step 1, next to 3, back to 2", "plain",
   ["walkthrough", "typed-next-back"],
   T("walk me thru the steps", kind="step", step=1),
   T("back", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2)),

 S("en15-37", "15-year-old wants to go alone", "rich",
   ["age", "yes-no-first"],
   T("my son is 15, can he go and do it himself", kind="answer", topic="who-can-act",
     maxChars=E, saysAny=["16", "guardian"], remember={"ageDays": yrs(15, 16)}),
   T("why?", kind="why"),
   T("what does he need to bring", kind="answer", topic="documents")),

 S("en15-38", "Card remembered, start over forgets it: 'activate it' then needs a question", "rich",
   ["card-memory", "start-over", "clarify"],
   T("how do i activate the e-voucher for my daughter", kind="answer", card="e-voucher",
     remember={"card": "e-voucher"}),
   T("start over", remember={"card": None, "ageDays": None, "city": None}),
   T("how do i activate it", anyKind=["clarify", "answer"])),

 S("en15-39", "Qingyuan stated: activation time limit", "plain",
   ["city-known", "memory-used"],
   T("we're from Qingyuan", kind="ack", maxChars=EN_ACK, remember={"city": "qingyuan"}),
   T("is there a time limit to activate the card", kind="answer", topic="activation",
     maxChars=E, says=["Qingyuan"], saysAny=["six months", "6 months", "half a year"]),
   T("why?", kind="why")),

 S("en15-40", "Off-topic first, then e-voucher family account", "rich",
   ["offtopic-middle"],
   T("can you recommend a kindergarten in wuhan", kind="decline"),
   T("how do i set up the family account for my kids e-voucher", kind="answer",
     card="e-voucher", maxChars=E, saysAny=["国家医保服务平台", "app", "family account"]),
   T("can i use alipay instead", kind="answer", card="e-voucher", saysAny=["Alipay"])),

 S("en15-41", "Physical card activation length; why; sources", "rich",
   ["maxChars", "why", "sources"],
   T("how do i activate my babys physical card", kind="answer", topic="activation",
     card="physical", maxChars=E),
   T("why?", kind="why"),
   T("sources?", kind="sources", saysAny=["gov.cn", "http"])),

 S("en15-42", "City and age in one statement; e-voucher uses Wuhan", "plain",
   ["city-known", "age", "memory-used"],
   T("we live in Wuhan and my daughter is 2 months", kind="ack", maxChars=EN_ACK,
     remember={"city": "wuhan", "ageDays": [55, 92]}),
   T("how do i get her e-voucher", kind="answer", card="e-voucher", maxChars=E,
     saysAny=["Wuhan"]),
   T("and do i need to insure her first?", kind="answer", saysAny=["90", "insur", "enrol"])),

 S("en15-43", "Logo instead of photo for a toddler; More details", "rich",
   ["more-details"],
   T("can the card have a logo instead of a photo for my toddler", kind="answer",
     topic="photo", maxChars=E, saysAny=["logo"]),
   T("More details", kind="details"),
   T("what size if we do give a photo", kind="answer", topic="photo",
     saysAny=["358", "441", "350"])),

 S("en15-44", "'turned five last month' remembered; later process answer has no newborn advice", "plain",
   ["age", "no-newborn-advice", "memory-used"],
   T("my son turned five last month", kind="ack", maxChars=EN_ACK,
     remember={"ageDays": [1826, 1900]}),
   T("what are the steps to get him a card", anyKind=["answer", "step"], maxChars=E,
     saysNot=["within 90 days"]),
   T("start over", remember=FORGOT)),
]

# ------------------------------------------------------------------ Chinese
Z = ZH_MAX
ZH = [
 S("zh15-01", "宝宝两个月大 先办什么：用年龄回答；为什么；出处", "plain",
   ["age", "memory-used", "newborn-90", "why", "sources", "maxChars"],
   T("宝宝两个月大了，先办什么", kind="answer", maxChars=Z, says=["医保"],
     saysAny=["两个月", "2个月"], remember={"ageDays": [55, 92]}),
   T("为什么", kind="why", saysAny=["90", "原则上", "报销", "出生之日"]),
   T("出处", kind="sources", saysAny=["2021", "通知", "医保办函", "http"])),

 S("zh15-02", "闺女八岁了：材料不给新生儿建议", "rich",
   ["age", "memory-used", "no-newborn-advice", "maxChars"],
   T("闺女八岁了", kind="ack", maxChars=ZH_ACK, remember={"ageDays": yrs(8, 9)}),
   T("办卡带啥", kind="answer", topic="documents", maxChars=Z,
     saysAny=["身份证", "户口"], saysNot=["90天内"]),
   T("她一直没上医保 现在要补吗", kind="answer",
     saysAny=["当地", "追溯", "缴费", "12393", "医保部门"],
     remember={"ageDays": yrs(8, 9)})),

 S("zh15-03", "我们在海口；四岁照片用海口规定；那贵阳呢；详细说明", "rich",
   ["city-known", "age", "memory-used", "followup-city", "more-details", "maxChars"],
   T("我们在海口", kind="ack", maxChars=ZH_ACK, remember={"city": "haikou"}),
   T("儿子四岁 卡上要照片吗", kind="answer", topic="photo", maxChars=Z,
     says=["海口"], saysAny=["7", "七"],
     remember={"city": "haikou", "ageDays": yrs(4, 5)}),
   T("那贵阳呢", kind="answer", topic="photo", says=["贵阳"], saysAny=["6", "六"]),
   T("详细说明", kind="details")),

 S("zh15-04", "没有规定的城市（哈尔滨）：一般答案+没有该市规定+12333；在哪办", "plain",
   ["city-unknown", "memory-used", "maxChars"],
   T("我们在哈尔滨", kind="ack", maxChars=ZH_ACK, remember={"city": "harbin"}),
   T("办孩子社保卡带什么材料", kind="answer", topic="documents", maxChars=Z,
     says=["哈尔滨"], saysAny=["12333", "人社"]),
   T("在哪办", kind="answer", topic="apply-where",
     saysAny=["银行", "人社", "网上", "线上", "窗口"], remember={"city": "harbin"})),

 S("zh15-05", "城市更正 常德→成都，激活用成都规定", "rich",
   ["city-known", "city-correction", "memory-used"],
   T("我们在常德", kind="ack", maxChars=ZH_ACK, remember={"city": "changde"}),
   T("说错了 是成都", anyKind=["ack", "answer"], remember={"city": "chengdu"}),
   T("社保功能在哪激活", kind="answer", topic="activation", maxChars=Z, says=["成都"],
     remember={"city": "chengdu"})),

 S("zh15-06", "电子社保卡，追问 那医保电子凭证呢？；为什么", "rich",
   ["card-followup", "card-memory", "why", "maxChars"],
   T("孩子的电子社保卡怎么激活", kind="answer", topic="activation", card="electronic",
     maxChars=Z, saysAny=["亲情"]),
   T("那医保电子凭证呢？", kind="answer", topic="activation", card="e-voucher", maxChars=Z,
     saysAny=["国家医保服务平台", "亲情账户", "医保"], remember={"card": "e-voucher"}),
   T("为什么", kind="why")),

 S("zh15-07", "实体卡能否手机激活：社保功能可以，金融功能不行；出处", "plain",
   ["yes-no-first", "card-followup", "sources", "maxChars"],
   T("孩子的实体卡能在手机上激活吗", kind="answer", topic="activation", card="physical",
     maxChars=Z, says=["社保功能"], saysAny=["银行", "金融"]),
   T("金融功能呢", kind="answer", card="physical", saysAny=["柜台", "本人", "银行", "网点"]),
   T("出处", kind="sources", saysAny=["gov.cn", "http"])),

 S("zh15-08", "奶奶能代办吗；孩子要去吗（临湘）；为什么", "rich",
   ["yes-no-first", "why", "maxChars"],
   T("奶奶能帮我们给孩子办卡吗", kind="answer", topic="who-can-act", maxChars=Z,
     saysAny=["授权", "委托", "监护人"]),
   T("孩子要跟着去吗", kind="answer", topic="who-can-act", maxChars=Z,
     saysAny=["临湘", "一起", "监护人"]),
   T("为什么", kind="why")),

 S("zh15-09", "单字「卡」→澄清；打字选电子社保卡；那实体卡呢", "rich",
   ["clarify", "card-followup"],
   T("卡", kind="clarify", choices=CARD_CHOICES),
   T("电子社保卡", kind="answer", card="electronic"),
   T("那实体卡呢", kind="answer", card="physical", remember={"card": "physical"})),

 S("zh15-10", "「激活」→澄清；选1；详细说明", "plain",
   ["clarify", "numbered-choice", "more-details"],
   T("激活", kind="clarify", choices=ACT_CHOICES),
   T("选1", kind="answer", topic="activation"),
   T("详细说明", kind="details")),

 S("zh15-11", "微信分步：下一步/上一步/重复，下一步在第2步不能回到第1步", "plain",
   ["walkthrough", "typed-next-back"],
   T("一步一步带我给孩子办卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("重复", kind="step", step=2),
   T("下一步", kind="step", step=3)),

 S("zh15-12", "分步中问为什么，停止，继续", "plain",
   ["walkthrough", "typed-next-back", "why"],
   T("教我一步步办卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("为什么", kind="why"),
   T("下一步", kind="step", step=3),
   T("停止"),
   T("继续", kind="step", step=3)),

 S("zh15-13", "贵阳+三岁；中途问车险；记住城市", "plain",
   ["city-known", "age", "offtopic-middle", "memory-used"],
   T("我们在贵阳 闺女三岁", kind="ack", maxChars=ZH_ACK,
     remember={"city": "guiyang", "ageDays": yrs(3, 4)}),
   T("车险买哪家好", kind="decline"),
   T("那办卡要带什么材料", kind="answer", topic="documents", maxChars=Z, says=["贵阳"],
     remember={"city": "guiyang", "ageDays": yrs(3, 4)})),

 S("zh15-14", "出生四十五天+中山市，重新开始后忘记", "rich",
   ["age", "city-known", "start-over"],
   T("儿子出生四十五天", kind="ack", maxChars=ZH_ACK, remember={"ageDays": [43, 48]}),
   T("我们在中山市", kind="ack", maxChars=ZH_ACK,
     remember={"city": "zhongshan", "ageDays": [43, 48]}),
   T("重新开始", remember=FORGOT),
   T("办卡要什么材料", kind="answer", topic="documents", maxChars=Z,
     saysNot=["45天", "四十五天"], remember=FORGOT)),

 S("zh15-15", "中文→英文切换", "rich",
   ["language-switch", "maxChars"],
   T("怎么给刚出生的宝宝弄医保电子凭证", kind="answer", card="e-voucher", maxChars=Z),
   T("sorry can you say it in english, what do i need for the e-voucher", kind="answer",
     card="e-voucher", maxChars=EN_MAX, saysAny=["app", "family", "voucher", "ID"]),
   T("and who can do it", kind="answer", maxChars=EN_MAX,
     saysAny=["parent", "insured", "guardian", "family"])),

 S("zh15-16", "答完材料后转人工", "plain",
   ["handoff"],
   T("孩子社保卡要带什么", kind="answer", topic="documents", maxChars=Z),
   T("看不懂 转人工", kind="handoff"),
   T("那去哪办", kind="answer", topic="apply-where")),

 S("zh15-17", "出生日期：90天到期日；晚了怎样", "rich",
   ["age", "birth-date", "newborn-90", "memory-used", "maxChars"],
   T("宝宝是2026年11月10号出生的", kind="ack", maxChars=ZH_ACK,
     remember={"ageDays": born(2026, 11, 10)}),
   T("医保最晚什么时候办", kind="answer", topic="newborn-insurance", maxChars=Z,
     saysAny=["2027", "2月"], remember={"ageDays": born(2026, 11, 10)}),
   T("要是晚了呢", kind="answer", saysAny=["追溯", "缴费", "当地"])),

 S("zh15-18", "中文数字出生日期（七岁）；照片；我们在海口市；再问", "plain",
   ["age", "birth-date", "chinese-numerals", "city-known", "memory-used"],
   T("儿子是二零一九年三月十五号生的", kind="ack", maxChars=ZH_ACK,
     remember={"ageDays": born(2019, 3, 15)}),
   T("办卡要照片吗", kind="answer", topic="photo", maxChars=Z),
   T("我们在海口市", kind="ack", maxChars=ZH_ACK, remember={"city": "haikou"}),
   T("那他要照片吗", kind="answer", topic="photo", says=["海口"],
     remember={"city": "haikou", "ageDays": born(2019, 3, 15)})),

 S("zh15-19", "昆明（无规定）+卡丢了；解挂", "rich",
   ["city-unknown", "maxChars"],
   T("我们在昆明 孩子社保卡丢了", kind="answer", topic="lost-card", maxChars=Z,
     says=["昆明"], saysAny=["12333"], remember={"city": "kunming"}),
   T("挂失后找到了还能解挂吗", kind="answer", topic="lost-card",
     saysAny=["补", "新卡"]),
   T("出处", kind="sources")),

 S("zh15-20", "五个月宝宝能办卡吗；医保还来得及吗（不给新生儿专用建议）", "plain",
   ["age", "memory-used", "no-newborn-advice", "chinese-numerals"],
   T("五个月的宝宝能办社保卡吗", kind="answer", topic="child-eligibility", maxChars=Z,
     remember={"ageDays": [145, 185]}),
   T("医保现在办还来得及吗", kind="answer", saysAny=["当地", "追溯", "缴费"],
     remember={"ageDays": [145, 185]}),
   T("为什么", kind="why")),

 S("zh15-21", "热线：医保12393，追问社保卡12333", "rich",
   ["card-followup"],
   T("医保的事打哪个电话", kind="answer", topic="hotlines", says=["12393"]),
   T("那社保卡呢", kind="answer", topic="hotlines", says=["12333"]),
   T("为什么", kind="why")),

 S("zh15-22", "隐私；为什么（第十五条）；出处", "plain",
   ["why", "sources"],
   T("在app里传孩子户口本安全吗", kind="answer", topic="privacy", maxChars=Z),
   T("为什么", kind="why", saysAny=["第十五条", "15"]),
   T("出处", kind="sources")),

 S("zh15-23", "法律依据：为啥各地不一样；详细说明；出处", "rich",
   ["more-details", "sources", "maxChars"],
   T("为啥各地要求不一样", kind="answer", topic="legal-basis", maxChars=Z,
     saysAny=["第十六条", "16", "当地"]),
   T("详细说明", kind="details"),
   T("出处", kind="sources")),

 S("zh15-24", "三岁的娃（问句中的年龄）；详细说明；出处", "plain",
   ["age", "more-details", "sources", "maxChars"],
   T("三岁的娃去银行办卡带什么", kind="answer", topic="documents", maxChars=Z,
     remember={"ageDays": yrs(3, 4)}),
   T("详细说明", kind="details"),
   T("出处", kind="sources")),

 S("zh15-25", "收费（资料没有）然后在哪办、能网上办吗", "rich",
   ["not-covered"],
   T("办卡收费吗", topic="not-covered", anyKind=["answer", "decline"]),
   T("那在哪办", kind="answer", topic="apply-where", maxChars=Z),
   T("网上能办不", kind="answer", topic="apply-where",
     saysAny=["网上", "线上", "小程序", "APP", "粤省事"])),

 S("zh15-26", "一岁半；电子社保卡要先有实体卡", "plain",
   ["age", "card-memory", "chinese-numerals"],
   T("我家宝一岁半", kind="ack", maxChars=ZH_ACK, remember={"ageDays": [530, 580]}),
   T("能直接办电子社保卡吗", kind="answer", card="electronic", maxChars=Z,
     saysAny=["实体卡", "实体社保卡"]),
   T("实体卡怎么办", kind="answer", card="physical", remember={"ageDays": [530, 580]})),

 S("zh15-27", "刚满月：先后顺序；医保码180天", "rich",
   ["age", "newborn-order", "memory-used", "maxChars"],
   T("宝宝刚满月 都要办些啥 先后顺序是啥", kind="answer", maxChars=Z,
     saysAny=["医保", "参保"], remember={"ageDays": [28, 40]}),
   T("医保码出生后能用多久", kind="answer", saysAny=["180"]),
   T("详细说明", kind="details")),

 S("zh15-28", "中山+一个月：新生儿一件事条件", "plain",
   ["city-known", "age", "memory-used", "chinese-numerals"],
   T("我们在中山 宝宝一个月", kind="ack", maxChars=ZH_ACK,
     remember={"city": "zhongshan", "ageDays": [28, 40]}),
   T("有新生儿出生一件事吗", kind="answer", maxChars=Z, says=["中山"],
     saysAny=["广东", "婚姻", "结婚", "一周岁", "户籍"]),
   T("出处", kind="sources", saysAny=["zs.gov.cn", "gov.cn"])),

 S("zh15-29", "「卡」→澄清；第二个；重新开始", "plain",
   ["clarify", "numbered-choice", "start-over"],
   T("卡", kind="clarify", choices=CARD_CHOICES),
   T("第二个", kind="answer"),
   T("重新开始", remember={"card": None})),

 S("zh15-30", "广州材料；追问 那海口呢", "rich",
   ["city-known", "followup-city", "maxChars"],
   T("广州办小孩社保卡要啥材料", kind="answer", topic="documents", maxChars=Z,
     says=["广州"], remember={"city": "guangzhou"}),
   T("那海口呢", kind="answer", topic="documents", says=["海口"]),
   T("详细说明", kind="details")),

 S("zh15-31", "实体卡注销后电子卡停用；微信亲情服务", "plain",
   ["card-memory"],
   T("实体卡注销了电子社保卡还能用吗", kind="answer", card="electronic", maxChars=Z,
     saysAny=["不可用", "不能", "停", "无法"]),
   T("微信上怎么给孩子领电子社保卡", kind="answer", card="electronic", saysAny=["亲情"]),
   T("为什么", kind="why")),

 S("zh15-32", "我和老公都得去吗（一位监护人即可）", "rich",
   ["yes-no-first", "maxChars"],
   T("我和老公都得去吗", kind="answer", maxChars=Z,
     saysAny=["不用", "不需要", "一位", "一方", "一名", "一个"]),
   T("那我带啥", kind="answer", topic="documents", maxChars=Z),
   T("出处", kind="sources")),

 S("zh15-33", "近似离题（孩子身份证）→拒绝，再回到社保卡", "plain",
   ["offtopic-middle"],
   T("孩子社保卡要什么材料", kind="answer", topic="documents", maxChars=Z),
   T("孩子身份证怎么办理", kind="decline"),
   T("那社保卡在哪激活", kind="answer", topic="activation")),

 S("zh15-34", "出生40天参保；详细说明；为什么", "rich",
   ["age", "newborn-90", "more-details", "why", "maxChars"],
   T("宝宝出生40天了 怎么给她参保", kind="answer", topic="newborn-insurance", maxChars=Z,
     saysAny=["90"], remember={"ageDays": [38, 42]}),
   T("详细说明", kind="details"),
   T("为什么", kind="why")),

 S("zh15-35", "没有身份证号的新生儿领医保电子凭证；出处；电子社保卡呢", "plain",
   ["card-memory", "sources", "card-followup"],
   T("宝宝还没身份证号 能领医保电子凭证吗", kind="answer", card="e-voucher", maxChars=Z,
     saysAny=["出生医学证明", "出生证", "母亲", "妈妈"]),
   T("出处", kind="sources"),
   T("那电子社保卡呢", kind="answer", card="electronic")),

 S("zh15-36", "分步：第1步按上一步停在1；下一步到3；上一步回2", "plain",
   ["walkthrough", "typed-next-back"],
   T("带我一步步办", kind="step", step=1),
   T("上一步", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("第一步是什么", anyKind=["step", "answer"]),
   T("下一步", kind="step")),

 S("zh15-37", "儿子15岁 自己能去办吗", "rich",
   ["age", "yes-no-first"],
   T("儿子15岁了 自己能去办吗", kind="answer", topic="who-can-act", maxChars=Z,
     saysAny=["16", "监护人"], remember={"ageDays": yrs(15, 16)}),
   T("为什么", kind="why"),
   T("要带啥", kind="answer", topic="documents")),

 S("zh15-38", "记住卡种，重新开始后忘记，再问 怎么激活 → 澄清", "rich",
   ["card-memory", "start-over", "clarify"],
   T("医保电子凭证怎么激活", kind="answer", card="e-voucher", remember={"card": "e-voucher"}),
   T("重新开始", remember={"card": None, "ageDays": None, "city": None}),
   T("怎么激活", anyKind=["clarify", "answer"])),

 S("zh15-39", "我们是清远的：激活期限", "plain",
   ["city-known", "memory-used"],
   T("我们是清远的", kind="ack", maxChars=ZH_ACK, remember={"city": "qingyuan"}),
   T("卡多久内要激活", kind="answer", topic="activation", maxChars=Z, says=["清远"],
     saysAny=["半年", "6个月", "六个月"]),
   T("为什么", kind="why")),

 S("zh15-40", "先离题（幼儿园），再问医保亲情账户；支付宝", "rich",
   ["offtopic-middle"],
   T("武汉哪个幼儿园好", kind="decline"),
   T("怎么给孩子开医保亲情账户", kind="answer", card="e-voucher", maxChars=Z,
     saysAny=["国家医保服务平台", "亲情账户"]),
   T("支付宝能弄吗", kind="answer", card="e-voucher", saysAny=["支付宝"])),

 S("zh15-41", "宝宝社保卡激活：长度；为什么；出处", "rich",
   ["maxChars", "why", "sources"],
   T("宝宝的社保卡怎么激活", kind="answer", topic="activation", maxChars=Z),
   T("为什么", kind="why"),
   T("出处", kind="sources", saysAny=["gov.cn", "http"])),

 S("zh15-42", "武汉+两个月一句话；医保电子凭证用武汉规定", "plain",
   ["city-known", "age", "memory-used", "chinese-numerals"],
   T("我们在武汉 女儿两个月", kind="ack", maxChars=ZH_ACK,
     remember={"city": "wuhan", "ageDays": [55, 92]}),
   T("医保电子凭证怎么弄", kind="answer", card="e-voucher", maxChars=Z, saysAny=["武汉"]),
   T("要先给她参保吗", kind="answer", saysAny=["90", "参保"])),

 S("zh15-43", "用logo代替照片；详细说明；照片尺寸", "rich",
   ["more-details"],
   T("小孩的卡可以用logo代替照片吗", kind="answer", topic="photo", maxChars=Z,
     saysAny=["logo", "LOGO", "标志"]),
   T("详细说明", kind="details"),
   T("要交照片的话什么尺寸", kind="answer", topic="photo", saysAny=["358", "441", "350"])),

 S("zh15-44", "拼音城市 guiyang；六岁照片用贵阳规定", "plain",
   ["city-known", "pinyin-city", "age", "memory-used"],
   T("我们在guiyang", kind="ack", maxChars=ZH_ACK, remember={"city": "guiyang"}),
   T("宝宝6岁了要照片吗", kind="answer", topic="photo", maxChars=Z, says=["贵阳"],
     remember={"city": "guiyang", "ageDays": yrs(6, 7)}),
   T("那海口呢", kind="answer", topic="photo", says=["海口"])),

 S("zh15-45", "十一个月还没参保：晚参保不给新生儿专用建议", "rich",
   ["age", "chinese-numerals", "no-newborn-advice", "memory-used"],
   T("儿子十一个月了 还没参保", anyKind=["answer", "ack"], maxChars=Z,
     remember={"ageDays": [320, 370]}),
   T("现在参保之前看病的钱能报吗", kind="answer",
     saysAny=["追溯", "缴费", "当地"]),
   T("出处", kind="sources")),
]


def check(sc, lang):
    ids = set()
    for s in sc:
        assert s["id"] not in ids; ids.add(s["id"])
        for t in s["turns"]:
            e = t["expect"]
            for k in ("says", "saysAny", "saysNot", "choices", "anyKind"):
                if k in e:
                    assert isinstance(e[k], list), (s["id"], k)
            if "anyKind" in e and "kind" in e:
                raise AssertionError(s["id"])
    assert len(sc) >= 40, (lang, len(sc))


for lang, sc in (("en", EN), ("zh", ZH)):
    check(sc, lang)
    path = os.path.join(HERE, "scenarios15", f"{lang}.json")
    out = [{k: v for k, v in s.items() if k != "features"} for s in sc]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ch = Counter(s["channel"] for s in sc)
    feats = Counter(f for s in sc for f in s["features"])
    turns = sum(len(s["turns"]) for s in sc)
    print(path, len(sc), "scenarios,", turns, "turns,", dict(ch))
    print("  features (scenarios):", dict(sorted(feats.items())))
    tk = Counter()
    for x in sc:
        for t in x["turns"]:
            e = t["expect"]
            for k in e.get("anyKind", []) + ([e["kind"]] if "kind" in e else []):
                tk["kind:" + k] += 1
            for k in ("maxChars", "remember", "topic", "card", "step", "choices", "says",
                      "saysAny", "saysNot"):
                if k in e:
                    tk[k] += 1
            if not e:
                tk["no-expectation"] += 1
    print("  turn expectations:", dict(sorted(tk.items())))
