#!/usr/bin/env python3
"""Blind multi-turn scenarios 29 (issue #17), English and Chinese.

Written only from the issue, scenario-format.md and shared/reference/*.md, without
seeing the bot or its answers. Expectations test behaviour the issue asks for
(memory, follow-ups, clarification, walkthrough commands, handoff, decline,
answer length) and facts the sources support; wording is checked only with
loose alternatives.

Ages from birth dates are computed for REF = 2026-12-03 and given wide ranges.
Run: python3 make_scenarios.py  (writes scenarios29/{en,zh}.json)
"""
import datetime as dt
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios29")
REF = dt.date(2026, 12, 3)

EN_MAX = 650
ZH_MAX = 350

# clarification choices acceptable for a bare "card" / "activate" message
CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation"]


def born(y, m, d, below=5, above=40):
    """ageDays range for a child born on y-m-d, as of REF, widened."""
    age = (REF - dt.date(y, m, d)).days
    return [max(0, age - below), age + above]


def T(user, **expect):
    """One turn. Keyword names map to expect fields (any_kind -> anyKind, etc.)."""
    ren = {"any_kind": "anyKind", "says_any": "saysAny", "says_not": "saysNot",
           "max_chars": "maxChars"}
    e = {}
    for k, v in expect.items():
        e[ren.get(k, k)] = v
    return {"user": user, "expect": e}


def S(sid, about, channel, features, *turns):
    return {"id": sid, "about": about, "channel": channel,
            "features": features, "turns": list(turns)}


# --------------------------------------------------------------------------- English
AGE_2M_EN = ["2-month", "2 month", "two-month", "two month", "2 months", "two months"]

EN = [
    S("b29-en-01", "age statement '2 months old' acknowledged, said back in the next answer (insurance first), forgotten after start over",
      "rich", ["age", "ack", "memory-used", "newborn", "start-over", "maxChars"],
      T("hi my baby girl is 2 months old", kind="ack", remember={"ageDays": [50, 95]}),
      T("what should i sort out first", kind="answer", says=["insurance"], says_any=AGE_2M_EN, max_chars=EN_MAX),
      T("start over", remember={"ageDays": None}),
      T("what should i sort out first", any_kind=["answer", "clarify"], says_not=AGE_2M_EN)),

    S("b29-en-02", "'shes 8' remembered; photo question; Haikou stated later; an 8-year-old is past Haikou's under-7 exemption",
      "plain", ["age", "ack", "city-kb", "memory-used", "maxChars"],
      T("my daughter, shes 8", kind="ack", remember={"ageDays": [2900, 3300]}),
      T("does she need a photo for the card", kind="answer", topic="photo",
        says_any=["8-year", "8 year", "eight", "age 8", "aged 8"], max_chars=EN_MAX),
      T("we live in haikou btw", kind="ack", remember={"city": "haikou", "ageDays": [2900, 3300]}),
      T("so does she need one there?", kind="answer", topic="photo", says=["Haikou"],
        says_any=["7", "seven"], max_chars=EN_MAX)),

    S("b29-en-03", "birth date given; newborn enrolment answer gives the date the 90 days end (January 2027) 'in principle'; why; sources",
      "rich", ["birth-date", "ack", "newborn", "90-day-date", "why", "sources", "maxChars"],
      T("my son was born on 20 October 2026", kind="ack", remember={"ageDays": born(2026, 10, 20)}),
      T("by when do we have to get him into medical insurance", kind="answer", topic="newborn-insurance",
        says=["principle"], says_any=["2027", "Jan"], max_chars=EN_MAX),
      T("why?", kind="why"),
      T("sources?", kind="sources")),

    S("b29-en-04", "age + a city the sources lack (Hangzhou): general documents answer plus 'no rule for Hangzhou, ask its HRSS bureau / 12333'; More details",
      "plain", ["age", "city-missing", "ack", "memory-used", "details", "maxChars"],
      T("my son is 5", kind="ack", remember={"ageDays": [1790, 2200]}),
      T("we're in hangzhou", kind="ack", remember={"city": "hangzhou"}),
      T("what docs do i need for his card", kind="answer", topic="documents", says=["Hangzhou"],
        says_any=["12333", "HRSS", "bureau"], max_chars=EN_MAX),
      T("More details", kind="details")),

    S("b29-en-05", "city correction Haikou -> Guiyang; Guiyang photo rule (6 and under) used for a 4-year-old stated inside the question",
      "rich", ["city-kb", "city-correction", "age", "memory-used", "why", "maxChars"],
      T("we live in Haikou", kind="ack", remember={"city": "haikou"}),
      T("oops sorry, i meant Guiyang not Haikou", kind="ack", remember={"city": "guiyang"}),
      T("does my 4 year old need a photo", kind="answer", topic="photo", says=["Guiyang"],
        remember={"ageDays": [1450, 1830], "city": "guiyang"}, max_chars=EN_MAX),
      T("why?", kind="why")),

    S("b29-en-06", "card follow-ups: e-voucher -> 'and for the electronic card?' -> 'and the physical one?'",
      "plain", ["card-followup", "card-memory", "maxChars"],
      T("how do i activate my daughters medical insurance e-voucher", kind="answer", topic="activation",
        card="e-voucher", says_any=["app", "Alipay", "family account", "亲情账户"],
        remember={"card": "e-voucher"}, max_chars=EN_MAX),
      T("and for the electronic social security card?", kind="answer", topic="activation", card="electronic",
        says_any=["family service", "亲情服务", "family"], remember={"card": "electronic"}, max_chars=EN_MAX),
      T("and the physical one?", kind="answer", topic="activation", card="physical",
        says_any=["bank"], remember={"card": "physical"}, max_chars=EN_MAX)),

    S("b29-en-07", "city follow-up: documents in Haikou -> 'what about Guiyang?'; why; sources",
      "rich", ["city-kb", "city-followup", "why", "sources", "maxChars"],
      T("what do i bring to apply for my sons card in Haikou", kind="answer", topic="documents", says=["Haikou"],
        remember={"city": "haikou"}, max_chars=EN_MAX),
      T("what about Guiyang?", kind="answer", topic="documents", says=["Guiyang"],
        remember={"city": "guiyang"}, max_chars=EN_MAX),
      T("why?", kind="why"),
      T("sources?", kind="sources")),

    S("b29-en-08", "one-word 'card' -> clarifying question; the typed choice 'the e-voucher' answers; More details",
      "rich", ["clarify", "choice-answers", "details"],
      T("card", kind="clarify", choices=CARD_CHOICES),
      T("the e-voucher", kind="answer", card="e-voucher", max_chars=EN_MAX),
      T("More details", kind="details")),

    S("b29-en-09", "one-word 'activate' -> clarifying question; typing '1' picks the first choice and answers; why",
      "plain", ["clarify", "choice-number", "why"],
      T("activate", kind="clarify", choices=CARD_CHOICES),
      T("1", kind="answer", max_chars=EN_MAX),
      T("why?", kind="why")),

    S("b29-en-10", "walkthrough on a plain channel: next, next, back, repeat",
      "plain", ["walkthrough", "next", "back", "repeat"],
      T("can you walk me through the steps to get my babys card", kind="step", step=1),
      T("next", kind="step", step=2),
      T("next", kind="step", step=3),
      T("back", kind="step", step=2),
      T("repeat", kind="step", step=2)),

    S("b29-en-11", "walkthrough on a rich channel with typed next/back",
      "rich", ["walkthrough", "next", "back"],
      T("take me through getting my kid a card step by step", kind="step", step=1),
      T("next", kind="step", step=2),
      T("back", kind="step", step=1),
      T("next", kind="step", step=2)),

    S("b29-en-12", "asking for a real person after an answer -> handoff; a later question is still answered",
      "plain", ["handoff"],
      T("how do i activate my sons card", any_kind=["answer", "clarify"], max_chars=EN_MAX),
      T("this doesnt help. can i talk to a real person", kind="handoff"),
      T("ok one more thing, which bank do i go to", kind="answer", topic="apply-where", max_chars=EN_MAX)),

    S("b29-en-13", "age '6 weeks old'; an off-topic car-insurance question declined in the middle; age still used afterwards",
      "rich", ["age", "ack", "off-topic-middle", "memory-kept", "newborn", "maxChars"],
      T("my baby is 6 weeks old", kind="ack", remember={"ageDays": [38, 55]}),
      T("also how do i renew my car insurance", kind="decline"),
      T("ok and his medical insurance, whens the deadline", kind="answer", topic="newborn-insurance",
        says_any=["90"], remember={"ageDays": [38, 60]}, max_chars=EN_MAX)),

    S("b29-en-14", "language switch: age said in English, city and photo question in Chinese; Haikou rule answered in Chinese",
      "plain", ["language-switch", "age", "city-kb", "memory-used", "maxChars"],
      T("my son is 3", kind="ack", remember={"ageDays": [1090, 1460]}),
      T("我们在海口", kind="ack", remember={"city": "haikou"}),
      T("他办卡要照片吗", kind="answer", topic="photo", says=["海口"],
        remember={"ageDays": [1090, 1460], "city": "haikou"}, max_chars=ZH_MAX)),

    S("b29-en-15", "yes/no who-can-act (grandmother), does the child come along (Linxiang: minors come with the guardian), sources with official link",
      "rich", ["yes-no", "who-can-act", "sources", "maxChars"],
      T("can grandma apply for my sons card? we both work", kind="answer", topic="who-can-act",
        says_any=["authoris", "authoriz", "guardian", "depends", "some cities"], max_chars=EN_MAX),
      T("does he have to come along", kind="answer", topic="who-can-act",
        says_any=["Linxiang", "come", "with the guardian", "with you", "along"], max_chars=EN_MAX),
      T("sources?", kind="sources", says_any=["gov.cn"])),

    S("b29-en-16", "can it be done on a phone: social security function online yes, bank function at the bank; More details; why",
      "plain", ["yes-no", "activation", "details", "why", "maxChars"],
      T("can i activate my kids card on my phone", kind="answer", topic="activation", says=["bank"],
        says_any=["online", "app", "phone"], max_chars=EN_MAX),
      T("More details", kind="details"),
      T("why?", kind="why")),

    S("b29-en-17", "5-month-old not yet insured: late enrolment (no back-dated cover, local rules); Chengdu stated; asked again, labelled for Chengdu",
      "rich", ["age", "late-enrolment", "city-kb", "memory-used", "maxChars"],
      T("my daughter is 5 months old and still isnt in medical insurance, is that a problem?", kind="answer",
        topic="newborn-insurance", remember={"ageDays": [140, 180]},
        says_any=["back-dated", "backdated", "retroactive", "local", "not covered", "from the date", "payment", "pay"],
        max_chars=EN_MAX),
      T("we live in chengdu", kind="ack", remember={"city": "chengdu"}),
      T("so can we still sign her up", kind="answer", topic="newborn-insurance", says=["Chengdu"], max_chars=EN_MAX)),

    S("b29-en-18", "a 10-year-old never gets newborn-only advice",
      "plain", ["age", "ack", "not-newborn", "maxChars"],
      T("my boy is 10", kind="ack", remember={"ageDays": [3640, 4050]}),
      T("what do we need to do first to get his card", kind="answer",
        says_not=["within 90 days", "90 days of birth", "birth medical certificate number"], max_chars=EN_MAX),
      T("what documents?", kind="answer", topic="documents",
        says_not=["mother's face", "birth certificate number", "within 90 days"], max_chars=EN_MAX)),

    S("b29-en-19", "'10 weeks old' inside a newborn question; follow-up 'and the e-voucher?'; start over forgets age and card",
      "rich", ["age", "newborn", "card-followup", "start-over", "maxChars"],
      T("baby is 10 weeks old, what should we do about medical insurance", kind="answer", topic="newborn-insurance",
        says_any=["90"], remember={"ageDays": [65, 80]}, max_chars=EN_MAX),
      T("and the e-voucher?", kind="answer", card="e-voucher", max_chars=EN_MAX),
      T("start over", remember={"ageDays": None, "card": None})),

    S("b29-en-20", "lost card for a 9-year-old; Shanghai stated; asked again, Shanghai's rule labelled",
      "plain", ["age", "lost-card", "city-kb", "memory-used", "maxChars"],
      T("my 9 year olds card is lost", kind="answer", topic="lost-card", remember={"ageDays": [3270, 3660]},
        says_any=["12333", "report"], max_chars=EN_MAX),
      T("we're in shanghai", kind="ack", remember={"city": "shanghai"}),
      T("how do we report it here", kind="answer", topic="lost-card", says=["Shanghai"], max_chars=EN_MAX)),

    S("b29-en-21", "one-word 'activation' -> clarify; typed 'the physical card' answers (bank); sources",
      "rich", ["clarify", "choice-answers", "sources"],
      T("activation", kind="clarify", choices=CARD_CHOICES),
      T("the physical card", kind="answer", card="physical", says_any=["bank"], max_chars=EN_MAX),
      T("sources?", kind="sources")),

    S("b29-en-22", "'card?' -> clarify; typing '2' answers; start over forgets the card",
      "plain", ["clarify", "choice-number", "start-over"],
      T("card?", kind="clarify", choices=CARD_CHOICES),
      T("2", kind="answer", max_chars=EN_MAX),
      T("start over", remember={"card": None})),

    S("b29-en-23", "documents answer short; More details continues; why; sources",
      "rich", ["documents", "details", "why", "sources", "maxChars"],
      T("what papers do i need for my daughters social security card", kind="answer", topic="documents",
        says_any=["ID", "hukou", "household"], max_chars=EN_MAX),
      T("More details", kind="details"),
      T("why?", kind="why"),
      T("sources?", kind="sources")),

    S("b29-en-24", "city and birth date stated, then start over: both forgotten; later answer not labelled for Zhongshan",
      "plain", ["city-kb", "birth-date", "ack", "start-over"],
      T("we live in Zhongshan", kind="ack", remember={"city": "zhongshan"}),
      T("my son was born on 1 November 2026", kind="ack", remember={"ageDays": born(2026, 11, 1)}),
      T("start over", remember={"ageDays": None, "city": None}),
      T("what do i need to bring for his card", kind="answer", topic="documents", says_not=["Zhongshan"],
        max_chars=EN_MAX)),

    S("b29-en-25", "'7 weeks' then walkthrough on plain: next, stop, continue resumes, next",
      "plain", ["age", "walkthrough", "next", "stop-continue"],
      T("my daughter is 7 weeks", kind="ack", remember={"ageDays": [45, 60]}),
      T("walk me thru getting her card pls", kind="step", step=1),
      T("next", kind="step", step=2),
      T("stop"),
      T("continue", kind="step", step=2),
      T("next", kind="step", step=3)),

    S("b29-en-26", "where to apply in Guangzhou (rule in sources) -> 'and in Kunming?' (no rule: general answer + ask local bureau / 12333); sources",
      "rich", ["city-kb", "city-followup", "city-missing", "sources", "maxChars"],
      T("where do i apply for my kids card in Guangzhou", kind="answer", topic="apply-where", says=["Guangzhou"],
        remember={"city": "guangzhou"}, max_chars=EN_MAX),
      T("and in Kunming?", kind="answer", topic="apply-where", says=["Kunming"],
        says_any=["12333", "HRSS", "bureau"], remember={"city": "kunming"}, max_chars=EN_MAX),
      T("sources?", kind="sources")),

    S("b29-en-27", "hotline for the e-voucher (12393) -> 'and for the physical card?' (12333); why",
      "plain", ["hotlines", "card-followup", "why", "maxChars"],
      T("which number do i ring about my babys e-voucher", kind="answer", topic="hotlines", says=["12393"],
        max_chars=EN_MAX),
      T("and for the physical card?", kind="answer", says=["12333"], card="physical", max_chars=EN_MAX),
      T("why?", kind="why")),

    S("b29-en-28", "why documents differ by city (Article 16: local rules); More details; sources",
      "rich", ["legal-basis", "details", "sources", "maxChars"],
      T("why do the documents differ from city to city??", kind="answer", topic="legal-basis",
        says_any=["Article 16", "local"], max_chars=EN_MAX),
      T("More details", kind="details"),
      T("sources?", kind="sources")),

    S("b29-en-29", "Guiyang stated; off-topic passport question declined; who-can-act answered with Guiyang's rule",
      "plain", ["city-kb", "ack", "off-topic-middle", "memory-kept", "maxChars"],
      T("we're in Guiyang", kind="ack", remember={"city": "guiyang"}),
      T("how do i get my daughter a passport", kind="decline"),
      T("who can apply for her social security card then", kind="answer", topic="who-can-act", says=["Guiyang"],
        remember={"city": "guiyang"}, max_chars=EN_MAX)),

    S("b29-en-30", "'one and a half' remembered; asking for a human -> handoff; afterwards a photo question still knows the age",
      "rich", ["age", "ack", "handoff", "memory-kept"],
      T("my daughter is one and a half", kind="ack", remember={"ageDays": [520, 580]}),
      T("can a human help me with her card", kind="handoff"),
      T("actually never mind. does she need a photo", kind="answer", topic="photo",
        remember={"ageDays": [520, 590]}, max_chars=EN_MAX)),

    S("b29-en-31", "electronic card via WeChat family service; needs the physical card first; 'and the e-voucher?' (does not depend on a physical card)",
      "rich", ["card-followup", "electronic", "maxChars"],
      T("can i get my sons electronic social security card through wechat", kind="answer", topic="activation",
        card="electronic", says_any=["WeChat", "family service", "亲情服务"], max_chars=EN_MAX),
      T("does he need the physical card first?", kind="answer", says_any=["physical"], max_chars=EN_MAX),
      T("and the e-voucher?", kind="answer", card="e-voucher", max_chars=EN_MAX)),

    S("b29-en-32", "Zhongshan newborn one-stop service (conditions); why; follow-up 'what about Wuhan'",
      "plain", ["city-kb", "newborn", "why", "city-followup", "maxChars"],
      T("we're in zhongshan and just had a baby. can we do it all in one go?", kind="answer", says=["Zhongshan"],
        says_any=["one-stop", "one stop", "bundle", "Guangdong", "一件事", "together"],
        remember={"city": "zhongshan"}, max_chars=EN_MAX),
      T("why?", kind="why"),
      T("what about Wuhan", kind="answer", says=["Wuhan"], remember={"city": "wuhan"}, max_chars=EN_MAX)),

    S("b29-en-33", "age and city inside one question (6 yr old, Haikou: photo optional under 7); start over; same question no longer uses the age",
      "rich", ["age", "city-kb", "start-over", "maxChars"],
      T("my 6 yr old in haikou needs a card, is a photo needed?", kind="answer", topic="photo", says=["Haikou"],
        remember={"ageDays": [2180, 2560], "city": "haikou"}, max_chars=EN_MAX),
      T("start over", remember={"ageDays": None, "city": None}),
      T("is a photo needed?", kind="answer", topic="photo", says_not=["6-year-old", "6 year old", "6-yr", "six-year-old"],
        max_chars=EN_MAX)),

    S("b29-en-34", "age corrected by a birth date (past 90 days); late-enrolment answer",
      "plain", ["age", "birth-date", "age-correction", "late-enrolment", "maxChars"],
      T("my son is 2 months", kind="ack", remember={"ageDays": [50, 95]}),
      T("sorry, actually he was born on 1 August 2026", kind="ack", remember={"ageDays": born(2026, 8, 1, 10, 45)}),
      T("do we still have time to enrol him in medical insurance", kind="answer", topic="newborn-insurance",
        says_any=["local", "back-dated", "backdated", "retroactive", "from the date", "payment", "pay"],
        max_chars=EN_MAX)),

    S("b29-en-35", "physical card activation; More details; follow-up 'and the e-voucher?'",
      "rich", ["activation", "details", "card-followup", "maxChars"],
      T("how to activate my daughters physical social security card", kind="answer", topic="activation",
        card="physical", max_chars=EN_MAX),
      T("More details", kind="details"),
      T("and the e-voucher?", kind="answer", topic="activation", card="e-voucher", max_chars=EN_MAX)),

    S("b29-en-36", "age and a missing city in one statement (five, Nanjing); 'photo?'; follow-up 'what about haikou'",
      "plain", ["age", "city-missing", "city-followup", "ack", "maxChars"],
      T("kid is five, we're in nanjing", kind="ack", remember={"ageDays": [1790, 2200], "city": "nanjing"}),
      T("photo?", kind="answer", topic="photo", says=["Nanjing"], max_chars=EN_MAX),
      T("what about haikou", kind="answer", topic="photo", says=["Haikou"], remember={"city": "haikou"},
        max_chars=EN_MAX)),

    S("b29-en-37", "'activate' -> clarify; typed 'e-voucher' answers; why",
      "rich", ["clarify", "choice-answers", "why"],
      T("activate", kind="clarify", choices=CARD_CHOICES),
      T("e-voucher", kind="answer", card="e-voucher", max_chars=EN_MAX),
      T("why?", kind="why")),

    S("b29-en-38", "walkthrough on plain: next to step 3, back twice to step 1",
      "plain", ["walkthrough", "next", "back"],
      T("show me step by step how to get my sons card", kind="step", step=1),
      T("next", kind="step", step=2),
      T("next", kind="step", step=3),
      T("back", kind="step", step=2),
      T("back", kind="step", step=1)),

    S("b29-en-39", "privacy (Article 15); why; sources",
      "rich", ["privacy", "why", "sources", "maxChars"],
      T("who gets to see my kids data when i add him in the app", kind="answer", topic="privacy",
        max_chars=EN_MAX),
      T("why?", kind="why"),
      T("sources?", kind="sources")),

    S("b29-en-40", "language switch in a card follow-up: e-voucher asked in English, '那电子社保卡呢' answered in Chinese; 为什么",
      "plain", ["language-switch", "card-followup", "why", "maxChars"],
      T("how do i activate my sons e-voucher", kind="answer", topic="activation", card="e-voucher",
        max_chars=EN_MAX),
      T("那电子社保卡呢", kind="answer", card="electronic", says_any=["亲情服务", "亲情", "电子社保卡"],
        max_chars=ZH_MAX),
      T("为什么", kind="why")),

    S("b29-en-41", "3-week-old: eligibility, documents for a newborn, then the enrolment deadline",
      "rich", ["age", "newborn", "maxChars"],
      T("can my 3 week old get a social security card?", kind="answer", topic="child-eligibility",
        remember={"ageDays": [18, 30]}, max_chars=EN_MAX),
      T("what would i need to bring", kind="answer", topic="documents",
        says_any=["birth", "hukou", "household"], max_chars=EN_MAX),
      T("and when does her medical insurance need to be done", kind="answer", topic="newborn-insurance",
        says_any=["90"], max_chars=EN_MAX)),

    S("b29-en-42", "asking for a person in the middle of the walkthrough -> handoff",
      "plain", ["walkthrough", "next", "handoff"],
      T("walk me through the steps for my daughters card", kind="step", step=1),
      T("next", kind="step", step=2),
      T("id rather speak to a person", kind="handoff")),

    S("b29-en-43", "'hes 12' remembered; eligibility; where to apply",
      "rich", ["age", "ack", "not-newborn", "maxChars"],
      T("hes 12", kind="ack", remember={"ageDays": [4350, 4760]}),
      T("can he get a card at his age", kind="answer", topic="child-eligibility",
        says_not=["within 90 days"], max_chars=EN_MAX),
      T("where do we apply", kind="answer", topic="apply-where", max_chars=EN_MAX)),

    S("b29-en-44", "lost card and the e-card (cancelled physical card stops e-card services); why; More details",
      "plain", ["lost-card", "why", "details", "maxChars"],
      T("my daughters card got lost, can she still use the e-card", kind="answer", topic="lost-card",
        max_chars=EN_MAX),
      T("why?", kind="why"),
      T("More details", kind="details")),
]

# --------------------------------------------------------------------------- Chinese
AGE_2M_ZH = ["两个月", "2个月", "2 个月"]
LATE_ZH = ["追溯", "当地", "缴费之日", "缴费", "规定", "补"]

ZH = [
    S("b29-zh-01", "「两个月大」陈述被确认，下一问答复里复述并先讲参保；重新开始后忘记",
      "rich", ["age", "ack", "memory-used", "newborn", "start-over", "maxChars"],
      T("我家宝宝两个月大", kind="ack", remember={"ageDays": [50, 95]}),
      T("现在该先弄啥", kind="answer", says=["医保"], says_any=AGE_2M_ZH, max_chars=ZH_MAX),
      T("重新开始", remember={"ageDays": None}),
      T("现在该先弄啥", any_kind=["answer", "clarify"], says_not=AGE_2M_ZH)),

    S("b29-zh-02", "「刚满月」；参保期限答复带「原则上」；为什么；出处",
      "plain", ["age", "ack", "newborn", "why", "sources", "maxChars"],
      T("闺女刚满月", kind="ack", remember={"ageDays": [28, 45]}),
      T("医保什么时候之前要办好", kind="answer", topic="newborn-insurance", says_any=["原则上"], max_chars=ZH_MAX),
      T("为什么", kind="why"),
      T("出处", kind="sources")),

    S("b29-zh-03", "出生日期（2026年10月8号）→ 90天截止日期（2027年1月初）；那医保电子凭证呢；重新开始",
      "rich", ["birth-date", "ack", "90-day-date", "card-followup", "start-over", "maxChars"],
      T("儿子2026年10月8号出生的", kind="ack", remember={"ageDays": born(2026, 10, 8)}),
      T("他的医保最晚哪天办", kind="answer", topic="newborn-insurance",
        says_any=["2027", "1月5", "1月6", "1月7", "01-05", "01-06", "01-07"], max_chars=ZH_MAX),
      T("那医保电子凭证呢", kind="answer", card="e-voucher", max_chars=ZH_MAX),
      T("重新开始", remember={"ageDays": None, "card": None})),

    S("b29-zh-04", "「出生40天」后走步骤：下一步、下一步（第2步时不能被读成选项1）、上一步、重复",
      "plain", ["age", "walkthrough", "下一步", "上一步", "重复"],
      T("宝宝出生40天", kind="ack", remember={"ageDays": [38, 50]}),
      T("一步一步教我给他办卡", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("下一步", kind="step", step=3),
      T("上一步", kind="step", step=2),
      T("重复", kind="step", step=2)),

    S("b29-zh-05", "微信上走步骤：下一步、停止、继续、下一步、上一步",
      "plain", ["walkthrough", "下一步", "上一步", "stop-continue"],
      T("带我一步步走一遍办卡流程", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("停止"),
      T("继续", kind="step", step=2),
      T("下一步", kind="step", step=3),
      T("上一步", kind="step", step=2)),

    S("b29-zh-06", "微信上走步骤：上一步回到第1步，再下一步两次",
      "plain", ["walkthrough", "下一步", "上一步"],
      T("手把手教我办孩子社保卡", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("上一步", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("下一步", kind="step", step=3)),

    S("b29-zh-07", "网页上打字走步骤：下一步、下一步、上一步",
      "rich", ["walkthrough", "下一步", "上一步"],
      T("能不能一步一步带我办", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("下一步", kind="step", step=3),
      T("上一步", kind="step", step=2)),

    S("b29-zh-08", "单字「卡」→ 追问选哪种；打字「实体卡」作答；详细说明",
      "rich", ["clarify", "choice-answers", "details"],
      T("卡", kind="clarify", choices=CARD_CHOICES),
      T("实体卡", kind="answer", card="physical", max_chars=ZH_MAX),
      T("详细说明", kind="details")),

    S("b29-zh-09", "「激活」→ 追问；整条消息「1」选第一项并作答；为什么",
      "plain", ["clarify", "choice-number", "why"],
      T("激活", kind="clarify", choices=CARD_CHOICES),
      T("1", kind="answer", max_chars=ZH_MAX),
      T("为什么", kind="why")),

    S("b29-zh-10", "「卡」→ 追问；「第一个」选第一项；出处",
      "plain", ["clarify", "choice-number", "sources"],
      T("卡", kind="clarify", choices=CARD_CHOICES),
      T("第一个", kind="answer", max_chars=ZH_MAX),
      T("出处", kind="sources")),

    S("b29-zh-11", "「激活」→ 追问；「选2」选第二项；出处",
      "plain", ["clarify", "choice-number", "sources"],
      T("激活", kind="clarify", choices=CARD_CHOICES),
      T("选2", kind="answer", max_chars=ZH_MAX),
      T("出处", kind="sources")),

    S("b29-zh-12", "「卡？」→ 追问；整条消息「一」选第一项；重新开始忘记卡种",
      "plain", ["clarify", "choice-number", "start-over"],
      T("卡？", kind="clarify", choices=CARD_CHOICES),
      T("一", kind="answer", max_chars=ZH_MAX),
      T("重新开始", remember={"card": None})),

    S("b29-zh-13", "「三岁半」+ 海口一句说出；照片按海口规则（未满7周岁可不提供）；那贵阳呢；为什么",
      "rich", ["age", "city-kb", "ack", "city-followup", "why", "maxChars"],
      T("孩子三岁半 我们在海口", kind="ack", remember={"ageDays": [1200, 1400], "city": "haikou"}),
      T("要拍照片吗", kind="answer", topic="photo", says=["海口"], max_chars=ZH_MAX),
      T("那贵阳呢", kind="answer", topic="photo", says=["贵阳"], remember={"city": "guiyang"}, max_chars=ZH_MAX),
      T("为什么", kind="why")),

    S("b29-zh-14", "「七岁」+「海口市」在问题里：已满7岁，不套用免照片；出处",
      "plain", ["age", "city-kb", "memory-used", "sources", "maxChars"],
      T("我儿子七岁", kind="ack", remember={"ageDays": [2550, 2930]}),
      T("海口市办卡要照片吗", kind="answer", topic="photo", says=["海口"], remember={"city": "haikou"},
        says_any=["7", "七"], max_chars=ZH_MAX),
      T("出处", kind="sources")),

    S("b29-zh-15", "知识库没有的城市（杭州）：通用材料答复 + 没有杭州的规定、问当地人社/12333；详细说明",
      "rich", ["city-missing", "ack", "details", "maxChars"],
      T("我们在杭州", kind="ack", remember={"city": "hangzhou"}),
      T("给娃办社保卡带什么", kind="answer", topic="documents", says=["杭州"], says_any=["12333", "人社"],
        max_chars=ZH_MAX),
      T("详细说明", kind="details")),

    S("b29-zh-16", "「十个月」+ 南京（无规定）；在哪办；那广州呢（有规定）",
      "plain", ["age", "city-missing", "city-followup", "city-kb", "ack", "maxChars"],
      T("宝宝十个月 在南京", kind="ack", remember={"ageDays": [290, 335], "city": "nanjing"}),
      T("在哪办卡", kind="answer", topic="apply-where", says=["南京"], says_any=["12333", "人社"], max_chars=ZH_MAX),
      T("那广州呢", kind="answer", topic="apply-where", says=["广州"], remember={"city": "guangzhou"},
        max_chars=ZH_MAX)),

    S("b29-zh-17", "城市更正：常德 → 清远；激活按清远规则",
      "rich", ["city-kb", "city-correction", "maxChars"],
      T("我们是常德的", kind="ack", remember={"city": "changde"}),
      T("不对 说错了 是清远", kind="ack", remember={"city": "qingyuan"}),
      T("孩子的社保卡怎么激活", kind="answer", topic="activation", says=["清远"], remember={"city": "qingyuan"}, max_chars=ZH_MAX)),

    S("b29-zh-18", "拼音城市名（guiyang）；奶奶能办吗（贵阳：持授权委托书）；为什么",
      "plain", ["city-pinyin", "city-kb", "yes-no", "why", "maxChars"],
      T("我们在guiyang", kind="ack", remember={"city": "guiyang"}),
      T("奶奶能帮孩子办卡吗", kind="answer", topic="who-can-act", says=["贵阳"], max_chars=ZH_MAX),
      T("为什么", kind="why")),

    S("b29-zh-19", "卡种追问：医保电子凭证 → 那电子社保卡呢 → 实体卡呢",
      "rich", ["card-followup", "card-memory", "maxChars"],
      T("怎么给女儿激活医保电子凭证", kind="answer", topic="activation", card="e-voucher",
        says_any=["国家医保服务平台", "亲情账户", "支付宝"], remember={"card": "e-voucher"}, max_chars=ZH_MAX),
      T("那电子社保卡呢", kind="answer", topic="activation", card="electronic", says_any=["亲情服务", "亲情"],
        remember={"card": "electronic"}, max_chars=ZH_MAX),
      T("实体卡呢", kind="answer", topic="activation", card="physical", says_any=["银行"],
        remember={"card": "physical"}, max_chars=ZH_MAX)),

    S("b29-zh-20", "城市追问：贵阳带啥 → 那海口呢；出处",
      "plain", ["city-kb", "city-followup", "sources", "maxChars"],
      T("贵阳给孩子办卡要带啥", kind="answer", topic="documents", says=["贵阳"], remember={"city": "guiyang"},
        max_chars=ZH_MAX),
      T("那海口呢", kind="answer", topic="documents", says=["海口"], remember={"city": "haikou"}, max_chars=ZH_MAX),
      T("出处", kind="sources")),

    S("b29-zh-21", "「四十五天」；中间问车险被拒答；之后医保问题仍记得月龄",
      "rich", ["age", "ack", "off-topic-middle", "memory-kept", "newborn", "maxChars"],
      T("宝宝四十五天了", kind="ack", remember={"ageDays": [43, 58]}),
      T("车险怎么买划算", kind="decline"),
      T("那她的医保呢", kind="answer", topic="newborn-insurance", says_any=["90"],
        remember={"ageDays": [43, 60]}, max_chars=ZH_MAX)),

    S("b29-zh-22", "中山；中间问孩子身份证（近似的题外话）被拒答；之后在哪办按中山",
      "plain", ["city-kb", "ack", "off-topic-middle", "memory-kept", "maxChars"],
      T("我们在中山", kind="ack", remember={"city": "zhongshan"}),
      T("给孩子办身份证去哪", kind="decline"),
      T("社保卡在哪办", kind="answer", topic="apply-where", says=["中山"], remember={"city": "zhongshan"},
        max_chars=ZH_MAX)),

    S("b29-zh-23", "转人工；之后的问题照常回答",
      "rich", ["handoff", "who-can-act"],
      T("孩子社保卡怎么激活", any_kind=["answer", "clarify"], max_chars=ZH_MAX),
      T("转人工", kind="handoff"),
      T("算了 先问下孩子要一起去吗", kind="answer", topic="who-can-act", max_chars=ZH_MAX)),

    S("b29-zh-24", "走步骤中途要找真人 → 转人工",
      "plain", ["walkthrough", "下一步", "handoff"],
      T("一步步教我办卡", kind="step", step=1),
      T("下一步", kind="step", step=2),
      T("我要找真人客服", kind="handoff")),

    S("b29-zh-25", "语言切换：中文说「女儿八岁了」，英文问照片；英文答复；再用英文说城市",
      "rich", ["language-switch", "age", "ack", "city-kb", "memory-kept", "maxChars"],
      T("女儿八岁了", kind="ack", remember={"ageDays": [2900, 3300]}),
      T("does she need a photo for her card", kind="answer", topic="photo", says=["photo"],
        remember={"ageDays": [2900, 3300]}, max_chars=EN_MAX),
      T("we live in guiyang", kind="ack", remember={"city": "guiyang", "ageDays": [2900, 3300]})),

    S("b29-zh-26", "语言切换：英文问电子社保卡，中文追问「那医保电子凭证呢」；出处",
      "plain", ["language-switch", "card-followup", "sources", "maxChars"],
      T("how to activate the electronic social security card for my son", kind="answer", topic="activation",
        card="electronic", max_chars=EN_MAX),
      T("那医保电子凭证呢", kind="answer", card="e-voucher", says_any=["医保"], max_chars=ZH_MAX),
      T("出处", kind="sources")),

    S("b29-zh-27", "爷爷奶奶能办吗（是/否先答）；孩子本人要去吗（临湘：未成年人需监护人一起）；出处含官方链接",
      "rich", ["yes-no", "who-can-act", "sources", "maxChars"],
      T("爷爷奶奶能替孩子去办社保卡吗", kind="answer", topic="who-can-act", max_chars=ZH_MAX),
      T("孩子本人要去吗", kind="answer", topic="who-can-act", says_any=["临湘", "一起", "监护人", "本人"],
        max_chars=ZH_MAX),
      T("出处", kind="sources", says_any=["gov.cn"])),

    S("b29-zh-28", "手机上能激活吗：社保功能可线上，金融功能去银行；详细说明；为什么",
      "plain", ["yes-no", "activation", "details", "why", "maxChars"],
      T("孩子的卡能在手机上激活吗", kind="answer", topic="activation", says=["银行"],
        says_any=["线上", "手机", "APP", "app", "小程序"], max_chars=ZH_MAX),
      T("详细说明", kind="details"),
      T("为什么", kind="why")),

    S("b29-zh-29", "「四个月」还没参保：晚参保（不追溯、按当地规定）；昆明（无规定）；再问",
      "rich", ["age", "late-enrolment", "city-missing", "ack", "maxChars"],
      T("宝宝四个月了还没交医保 有影响吗", kind="answer", topic="newborn-insurance",
        remember={"ageDays": [110, 135]}, says_any=LATE_ZH, max_chars=ZH_MAX),
      T("我们在昆明", kind="ack", remember={"city": "kunming"}),
      T("那现在还能补交吗", kind="answer", topic="newborn-insurance", says=["昆明"], max_chars=ZH_MAX)),

    S("b29-zh-30", "「十二岁」：不给新生儿专用建议",
      "plain", ["age", "ack", "not-newborn", "maxChars"],
      T("儿子十二岁", kind="ack", remember={"ageDays": [4350, 4760]}),
      T("办卡先做什么", kind="answer", says_not=["90天内", "出生90天", "出生后90天"], max_chars=ZH_MAX),
      T("要带哪些材料", kind="answer", topic="documents", says_not=["出生医学证明编号", "母亲的人脸", "90天内"],
        max_chars=ZH_MAX)),

    S("b29-zh-31", "「一岁两个月」在问题里；能办卡吗；照片呢；重新开始",
      "rich", ["age", "memory-used", "start-over", "maxChars"],
      T("孩子一岁两个月 能办社保卡了吗", kind="answer", topic="child-eligibility",
        remember={"ageDays": [400, 460]}, max_chars=ZH_MAX),
      T("照片呢", kind="answer", topic="photo", max_chars=ZH_MAX),
      T("重新开始", remember={"ageDays": None})),

    S("b29-zh-32", "成都 + 出生日期，重新开始后都忘记；之后激活答复不按成都",
      "plain", ["city-kb", "birth-date", "ack", "start-over"],
      T("我们住成都", kind="ack", remember={"city": "chengdu"}),
      T("宝宝2026年10月28日出生", kind="ack", remember={"ageDays": born(2026, 10, 28)}),
      T("重新开始", remember={"ageDays": None, "city": None}),
      T("激活要去哪", any_kind=["answer", "clarify"], says_not=["成都"])),

    S("b29-zh-33", "中山新生儿「出生一件事」（条件）；为什么；那武汉呢",
      "rich", ["city-kb", "newborn", "why", "city-followup", "maxChars"],
      T("中山 刚生了宝宝 能一次办完吗", kind="answer", says=["中山"], says_any=["一件事", "一站", "一次", "集成"],
        remember={"city": "zhongshan"}, max_chars=ZH_MAX),
      T("为什么", kind="why"),
      T("那武汉呢", kind="answer", says=["武汉"], remember={"city": "wuhan"}, max_chars=ZH_MAX)),

    S("b29-zh-34", "卡丢了；说在永康；再问挂失按永康规则",
      "plain", ["lost-card", "city-kb", "ack", "memory-used", "maxChars"],
      T("孩子的社保卡丢了", kind="answer", topic="lost-card", says_any=["挂失", "12333"], max_chars=ZH_MAX),
      T("我们在永康", kind="ack", remember={"city": "yongkang"}),
      T("那在这边怎么挂失", kind="answer", topic="lost-card", says=["永康"], max_chars=ZH_MAX)),

    S("b29-zh-35", "为什么各地材料不一样（第十六条：当地规程）；出处；详细说明",
      "rich", ["legal-basis", "sources", "details", "maxChars"],
      T("凭啥每个地方要的材料都不一样", kind="answer", topic="legal-basis",
        says_any=["第十六条", "16", "当地", "各地"], max_chars=ZH_MAX),
      T("出处", kind="sources"),
      T("详细说明", kind="details")),

    S("b29-zh-36", "医保电子凭证热线12393 → 那实体卡呢（12333）；为什么",
      "plain", ["hotlines", "card-followup", "why", "maxChars"],
      T("医保电子凭证有问题打哪个电话", kind="answer", topic="hotlines", says=["12393"], max_chars=ZH_MAX),
      T("那实体卡呢", kind="answer", says=["12333"], card="physical", max_chars=ZH_MAX),
      T("为什么", kind="why")),

    S("b29-zh-37", "隐私（第十五条）；为什么；出处",
      "rich", ["privacy", "why", "sources", "maxChars"],
      T("给孩子上传户口本 信息会不会泄露", kind="answer", topic="privacy", max_chars=ZH_MAX),
      T("为什么", kind="why"),
      T("出处", kind="sources")),

    S("b29-zh-38", "「半岁」还没办医保；广州；再问按广州",
      "rich", ["age", "late-enrolment", "city-kb", "ack", "maxChars"],
      T("宝宝半岁了医保还没办 还能办吗", kind="answer", topic="newborn-insurance",
        remember={"ageDays": [170, 200]}, says_any=LATE_ZH, max_chars=ZH_MAX),
      T("我们在广州", kind="ack", remember={"city": "guangzhou"}),
      T("那还能补吗", kind="answer", topic="newborn-insurance", says=["广州"], max_chars=ZH_MAX)),

    S("b29-zh-39", "微信亲情服务给孩子领电子社保卡；要先有实体卡吗；那医保电子凭证呢",
      "rich", ["electronic", "card-followup", "maxChars"],
      T("能在微信上给儿子领电子社保卡吗", kind="answer", topic="activation", card="electronic",
        says_any=["亲情服务", "微信"], max_chars=ZH_MAX),
      T("要先有实体卡吗", kind="answer", says_any=["实体"], max_chars=ZH_MAX),
      T("那医保电子凭证呢", kind="answer", card="e-voucher", max_chars=ZH_MAX)),

    S("b29-zh-40", "「两岁了」；单字「卡」追问；「1」作答，年龄仍在",
      "plain", ["age", "ack", "clarify", "choice-number", "memory-kept"],
      T("孩子两岁了", kind="ack", remember={"ageDays": [720, 1100]}),
      T("卡", kind="clarify", choices=CARD_CHOICES),
      T("1", kind="answer", remember={"ageDays": [720, 1100]}, max_chars=ZH_MAX)),

    S("b29-zh-41", "「五岁」+「西宁市」（无规定）；照片；那海口呢",
      "rich", ["age", "city-missing", "city-followup", "ack", "maxChars"],
      T("闺女五岁 我们在西宁市", kind="ack", remember={"ageDays": [1790, 2200], "city": "xining"}),
      T("照片要求是啥", kind="answer", topic="photo", says=["西宁"], max_chars=ZH_MAX),
      T("那海口呢", kind="answer", topic="photo", says=["海口"], remember={"city": "haikou"}, max_chars=ZH_MAX)),

    S("b29-zh-42", "「三周大」能办卡吗；要带什么（新生儿：出生证明/户口簿）；详细说明",
      "plain", ["age", "newborn", "details", "maxChars"],
      T("宝宝才三周大 能办社保卡吗", kind="answer", topic="child-eligibility",
        remember={"ageDays": [18, 30]}, max_chars=ZH_MAX),
      T("要带什么", kind="answer", topic="documents", says_any=["出生", "户口"], max_chars=ZH_MAX),
      T("详细说明", kind="details")),

    S("b29-zh-43", "「激活」→ 追问；打字「医保电子凭证」作答；为什么",
      "rich", ["clarify", "choice-answers", "why"],
      T("激活", kind="clarify", choices=CARD_CHOICES),
      T("医保电子凭证", kind="answer", card="e-voucher", max_chars=ZH_MAX),
      T("为什么", kind="why")),

    S("b29-zh-44", "「一百天」已过90天：晚参保答复；详细说明",
      "rich", ["age", "ack", "late-enrolment", "details", "maxChars"],
      T("娃一百天了", kind="ack", remember={"ageDays": [95, 115]}),
      T("医保现在办还来得及吗", kind="answer", topic="newborn-insurance", says_any=LATE_ZH, max_chars=ZH_MAX),
      T("详细说明", kind="details")),

    S("b29-zh-45", "实体卡丢了电子社保卡还能用吗；为什么；出处",
      "rich", ["lost-card", "why", "sources", "maxChars"],
      T("实体卡丢了 电子社保卡还能用吗", kind="answer", topic="lost-card", max_chars=ZH_MAX),
      T("为什么", kind="why"),
      T("出处", kind="sources")),

    S("b29-zh-46", "「出生才二十天」+ 英文城市名 Haikou；要照片吗（海口未满7周岁可不提供）",
      "plain", ["age", "city-english", "ack", "memory-used", "maxChars"],
      T("宝宝出生才二十天 我们在Haikou", kind="ack", remember={"ageDays": [18, 26], "city": "haikou"}),
      T("办卡要照片不", kind="answer", topic="photo", says=["海口"], max_chars=ZH_MAX),
      T("重新开始", remember={"ageDays": None, "city": None})),
]

KINDS = {"answer", "details", "clarify", "ack", "decline", "step", "why", "sources", "handoff", "menu"}
FIELDS = {"kind", "anyKind", "topic", "card", "step", "choices", "says", "saysAny", "saysNot",
          "maxChars", "remember"}
TOPICS = {"documents", "activation", "process", "legal-basis", "card-kinds", "privacy",
          "newborn-insurance", "child-eligibility", "who-can-act", "photo", "apply-where",
          "lost-card", "hotlines", "not-covered", "off-topic"}


def check(scen):
    ids = set()
    for s in scen:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        assert s["channel"] in ("rich", "plain")
        assert 3 <= len(s["turns"]) <= 6, (s["id"], len(s["turns"]))
        for t in s["turns"]:
            e = t["expect"]
            assert set(e) <= FIELDS, (s["id"], set(e) - FIELDS)
            if "kind" in e:
                assert e["kind"] in KINDS
            for k in e.get("anyKind", []):
                assert k in KINDS
            if "topic" in e:
                assert e["topic"] in TOPICS
            for k in ("says", "saysAny", "saysNot", "choices", "anyKind"):
                if k in e:
                    assert isinstance(e[k], list) and e[k], (s["id"], k)
            if "card" in e:
                assert e["card"] in ("physical", "electronic", "e-voucher")
            r = e.get("remember")
            if r:
                if r.get("ageDays") is not None:
                    lo, hi = r["ageDays"]
                    assert 0 <= lo < hi
            if "step" in e:
                assert e["step"] >= 1


def derive_features(scen):
    """Add feature tags that follow from the expectations themselves."""
    for sc in scen:
        f = set(sc["features"])
        for t in sc["turns"]:
            e = t["expect"]
            for k in [e.get("kind")]:
                if k in ("ack", "clarify", "decline", "handoff", "why", "sources", "details", "step"):
                    f.add({"decline": "off-topic-middle", "step": "walkthrough"}.get(k, k))
            if "maxChars" in e:
                f.add("maxChars")
            r = e.get("remember") or {}
            if r.get("ageDays") is not None:
                f.add("age")
            if r.get("city"):
                f.add("city")
            if any(v is None for v in r.values()):
                f.add("start-over")
        sc["features"] = sorted(f)


def main():
    os.makedirs(OUT, exist_ok=True)
    derive_features(EN)
    derive_features(ZH)
    for lang, scen in (("en", EN), ("zh", ZH)):
        check(scen)
        # "features" is documentation for the README; the format's fields are kept as given
        out = [{k: v for k, v in s.items() if k != "features"} for s in scen]
        path = os.path.join(OUT, f"{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        ch = Counter(s["channel"] for s in scen)
        feats = Counter(f for s in scen for f in s["features"])
        turns = sum(len(s["turns"]) for s in scen)
        print(path, len(scen), "scenarios,", turns, "turns,", dict(ch))
        print("  features:", dict(sorted(feats.items())))
        kinds = Counter()
        fields = Counter()
        for sc in scen:
            for t in sc["turns"]:
                e = t["expect"]
                if "kind" in e:
                    kinds[e["kind"]] += 1
                for k in e.get("anyKind", []):
                    kinds["anyKind:" + k] += 1
                for k in e:
                    fields[k] += 1
                for k, v in (e.get("remember") or {}).items():
                    fields["remember." + k + ("=null" if v is None else "")] += 1
        print("  turn kinds:", dict(sorted(kinds.items())))
        print("  expect fields:", dict(sorted(fields.items())))
    # kept outside scenarios29/ so a loader reading that folder sees only scenario lists
    with open(os.path.join(HERE, "features29.json"), "w", encoding="utf-8") as f:
        json.dump({s["id"]: s["features"] for s in EN + ZH}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
