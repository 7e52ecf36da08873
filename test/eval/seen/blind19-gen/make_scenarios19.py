#!/usr/bin/env python3
"""Writes scenarios19/en.json and zh.json (blind multi-turn set 19, issue #17).
Expectations follow only issue #17 and shared/reference/*.md. Birth dates assume a run near
2026-12-03 (ranges are wide). Feature tags stay in this script (for the README counts) and are
not written to the JSON."""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EN_MAX, ZH_MAX = 650, 350          # first-reply limit on answers (issue: ~600 / ~300)
EN_ACK, ZH_ACK = 400, 200          # an acknowledgement is "one line": generous ceiling

CARDS = ["card:physical", "card:electronic", "card:e-voucher"]
CARD_CHOICES = CARDS + ["card-kinds", "activation", "apply-where", "documents"]
ACT_CHOICES = CARDS + ["activation"]
FORGET = {"ageDays": None, "city": None}
FORGET_ALL = {"ageDays": None, "city": None, "card": None}

# city lacking in the KB -> "no rule for X; X's HRSS bureau or 12333"
NORULE_EN = ["12333", "bureau", "hrss", "human resources"]
NORULE_ZH = ["12333", "人社", "人力资源"]
NEWBORN_EN = ["medical insurance", "enrol", "enroll", "insure"]
NEWBORN_ZH = ["医保", "医疗保险", "参保"]
PRINCIPLE_EN = ["in principle", "generally", "usually", "as a rule"]
LATE_EN = ["local", "your city", "back-dat", "backdat", "retroactiv", "from the date you pay",
           "from payment", "not covered from birth"]
LATE_ZH = ["当地", "统筹", "追溯", "缴费之日", "缴费次月", "缴费的次月", "各地"]
OFFICIAL = ["gov.cn", "http"]


def T(user, **expect):
    return {"user": user, "expect": expect}


def S(sid, about, channel, feats, turns):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, sid
    return {"id": sid, "about": about, "channel": channel, "turns": turns, "_f": feats}


EN = [
 S("b19-en-01", "2-month-old stated, then 'what first?': insurance first, 90 days in principle; why; sources", "rich",
   ["age", "age-used", "newborn-90", "why", "sources", "maxChars"], [
   T("our little one is 2 months", kind="ack", remember={"ageDays": [50, 95]}, maxChars=EN_ACK),
   T("what should we do first?", kind="answer", says=["90"], saysAny=NEWBORN_EN, maxChars=EN_MAX,
     remember={"ageDays": [50, 95]}),
   T("why?", kind="why"),
   T("sources?", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-en-02", "8-year-old: never newborn advice; age said back; forgotten after start over", "plain",
   ["age", "age-used", "older-child", "start-over", "maxChars"], [
   T("my girl is 8 now", kind="ack", remember={"ageDays": [2900, 3300]}, maxChars=EN_ACK),
   T("what do we do first", saysNot=["within 90 days", "90 days of birth"], maxChars=EN_MAX),
   T("does she need a photo", kind="answer", topic="photo",
     saysAny=["8-year", "8 year", "eight-year", "eight year", "aged 8", "age 8", "8 yr"], maxChars=EN_MAX),
   T("start over", remember=FORGET),
   T("does my kid need a photo for the card", kind="answer", topic="photo",
     saysNot=["8-year", "8 year", "eight-year", "eight year", "aged 8"]),
 ]),
 S("b19-en-03", "birth date stated; 90-day end date given; late enrolment: local rules, no back-dated cover", "rich",
   ["age", "birth-date", "newborn-90", "late-enrolment", "maxChars"], [
   T("she was born on 15 November 2026", kind="ack", remember={"ageDays": [10, 80]}),
   T("by when do i have to get her medical insurance done?", kind="answer", topic="newborn-insurance",
     saysAny=["2027", "feb", "2月"], maxChars=EN_MAX),
   T("what if we miss it?", kind="answer", topic="newborn-insurance", saysAny=LATE_EN,
     saysNot=["the limit"]),
 ]),
 S("b19-en-04", "city Haikou stated; documents labelled Haikou; follow-up Guiyang; city the KB lacks", "plain",
   ["city", "city-used", "followup-city", "city-missing", "maxChars"], [
   T("we're based in haikou", kind="ack", remember={"city": "haikou"}, maxChars=EN_ACK),
   T("what documents do i need for my sons card?", kind="answer", topic="documents",
     saysAny=["haikou"], maxChars=EN_MAX, saysNot=["(secondary source)"]),
   T("how about guiyang then", kind="answer", topic="documents", saysAny=["guiyang"]),
   T("and kunming?", says=["kunming"], saysAny=NORULE_EN),
 ]),
 S("b19-en-05", "e-voucher activation, then follow-ups for the e-card and the physical card; why", "rich",
   ["card", "followup-card", "why", "maxChars", "no-art16"], [
   T("how do i activate my kids medical insurance e-voucher", kind="answer", topic="activation",
     card="e-voucher", saysNot=["article 16", "by 2024"], maxChars=EN_MAX,
     remember={"card": "e-voucher"}),
   T("and for the electronic social security card?", kind="answer", topic="activation", card="electronic",
     remember={"card": "electronic"}),
   T("what about the physical card", kind="answer", card="physical"),
   T("why?", kind="why"),
 ]),
 S("b19-en-06", "one-word 'card' -> clarifying question; typed number picks; More details", "plain",
   ["clarify", "number-choice", "details"], [
   T("card", kind="clarify", choices=CARD_CHOICES),
   T("2", kind="answer"),
   T("More details", kind="details"),
 ]),
 S("b19-en-07", "one-word 'activate' -> clarify; typed card name answers; handoff", "rich",
   ["clarify", "text-choice", "handoff"], [
   T("activate", kind="clarify", choices=ACT_CHOICES),
   T("the medical insurance e-voucher", kind="answer", card="e-voucher"),
   T("can i talk to a real person please", kind="handoff"),
 ]),
 S("b19-en-08", "walkthrough on plain: next, next, back, back", "plain",
   ["walkthrough", "walk-next", "walk-back"], [
   T("walk me through the steps for my kids card", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("back", kind="step", step=1),
 ]),
 S("b19-en-09", "walkthrough on plain: repeat, stop, continue resumes", "plain",
   ["walkthrough", "walk-next", "walk-repeat", "walk-stop-continue"], [
   T("can you walk me through it step by step", kind="step", step=1),
   T("next", kind="step", step=2),
   T("repeat", kind="step", step=2),
   T("stop"),
   T("continue", kind="step", step=2),
 ]),
 S("b19-en-10", "walkthrough on plain with Chinese commands 下一步/上一步 (the loop bug)", "plain",
   ["walkthrough", "walk-xiayibu", "walk-shangyibu"], [
   T("walk me through the steps please", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
 ]),
 S("b19-en-11", "walkthrough on rich: typed next/back", "rich",
   ["walkthrough", "walk-next", "walk-back"], [
   T("walk me through the steps", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
 ]),
 S("b19-en-12", "grandparent: yes/no first (guardian; authorisation in some cities); must the child come; sources", "rich",
   ["yes-no-first", "sources", "maxChars", "correction"], [
   T("can my mum, the kids grandma, apply for my sons card?", kind="answer", topic="who-can-act",
     saysAny=["authoris", "authoriz", "written", "letter", "guardian"], maxChars=EN_MAX),
   T("does he have to come along?", kind="answer", topic="who-can-act",
     saysNot=["don't say whether", "do not say whether"]),
   T("sources?", kind="sources", saysAny=OFFICIAL, saysNot=[".md"]),
 ]),
 S("b19-en-13", "can it be done on a phone: social security function yes, bank function no", "plain",
   ["yes-no-first", "why", "maxChars", "correction"], [
   T("how do i activate my daughters social security card?", kind="answer", topic="activation",
     card="physical", maxChars=EN_MAX),
   T("can i do it on my phone?", kind="answer", says=["bank"], saysAny=["online", "app", "phone"],
     maxChars=EN_MAX),
   T("why?", kind="why"),
 ]),
 S("b19-en-14", "Zhongshan stated; off-topic car insurance in the middle; city still used", "rich",
   ["city", "city-used", "offtopic-middle", "maxChars"], [
   T("we're in Zhongshan", kind="ack", remember={"city": "zhongshan"}),
   T("where do i apply for my babys card?", kind="answer", topic="apply-where", saysAny=["zhongshan"],
     maxChars=EN_MAX),
   T("btw whats the cheapest car insurance", kind="decline"),
   T("ok and what do i bring?", kind="answer", topic="documents", remember={"city": "zhongshan"}),
 ]),
 S("b19-en-15", "age stated in English, then a question in Chinese (language switch), age kept", "plain",
   ["age", "language-switch"], [
   T("my boy just turned five", kind="ack", remember={"ageDays": [1800, 2200]}),
   T("what documents do I need?", kind="answer", topic="documents", maxChars=EN_MAX),
   T("孩子要拍照片吗", kind="answer", topic="photo", saysAny=["照片", "相片"],
     remember={"ageDays": [1800, 2200]}),
 ]),
 S("b19-en-16", "activation trouble, then asks for a person", "rich",
   ["handoff"], [
   T("ive tried everything and my kids card still wont activate", anyKind=["answer", "clarify"]),
   T("I want to speak to a human", kind="handoff"),
   T("ok what number do i call then", kind="answer", topic="hotlines", saysAny=["12333"]),
 ]),
 S("b19-en-17", "'40 days old' in a question: insurance first, 90 days; More details", "plain",
   ["age", "age-used", "newborn-90", "details", "maxChars"], [
   T("our baby is 40 days old, what do we sort out first?", kind="answer", says=["90"],
     saysAny=NEWBORN_EN, remember={"ageDays": [35, 45]}, maxChars=EN_MAX),
   T("More details", kind="details"),
   T("ok thanks. and where do we apply for her card?", kind="answer", topic="apply-where",
     remember={"ageDays": [35, 45]}),
 ]),
 S("b19-en-18", "city corrected (Haikou -> Guiyang); age then used for the photo rule", "rich",
   ["city", "city-correction", "age", "city-used", "why"], [
   T("we're in haikou", kind="ack", remember={"city": "haikou"}),
   T("sorry, I meant Guiyang", remember={"city": "guiyang"}),
   T("does my 4 year old need a photo", kind="answer", topic="photo", saysAny=["guiyang"],
     remember={"ageDays": [1450, 1830], "city": "guiyang"}, maxChars=EN_MAX),
   T("why?", kind="why"),
 ]),
 S("b19-en-19", "city the KB lacks (Nanjing): general answer + no rule for Nanjing; start over forgets", "plain",
   ["city", "city-missing", "start-over"], [
   T("we moved to nanjing last year", kind="ack", remember={"city": "nanjing"}),
   T("what do i need to bring for my kids card?", kind="answer", topic="documents", says=["nanjing"],
     saysAny=NORULE_EN, maxChars=EN_MAX),
   T("start over", remember=FORGET),
   T("what do i need to bring", kind="answer", topic="documents", saysNot=["nanjing"]),
 ]),
 S("b19-en-20", "5-month-old not yet insured: late enrolment, local rules, no back-dated cover", "rich",
   ["age", "late-enrolment", "why"], [
   T("my baby is 5 months old and not insured yet", anyKind=["ack", "answer"],
     remember={"ageDays": [140, 170]}),
   T("is it too late to get medical insurance?", kind="answer", topic="newborn-insurance",
     saysAny=LATE_EN, saysNot=["the limit"], maxChars=EN_MAX),
   T("why?", kind="why"),
 ]),
 S("b19-en-21", "'turned 3 last month': ack; eligibility; photo with age said back", "plain",
   ["age", "age-used"], [
   T("he turned 3 last month", kind="ack", remember={"ageDays": [1080, 1200]}),
   T("can he get a social security card?", kind="answer", topic="child-eligibility", maxChars=EN_MAX),
   T("does he need a photo", kind="answer", topic="photo",
     saysAny=["3-year", "3 year", "three-year", "three year", "aged 3", "age 3"]),
 ]),
 S("b19-en-22", "10-month-old: no newborn-only advice on where to apply", "rich",
   ["age", "older-child", "maxChars"], [
   T("my 10 month old needs a card, where do i go?", kind="answer", topic="apply-where",
     remember={"ageDays": [290, 335]}, saysNot=["within 90 days"], maxChars=EN_MAX),
   T("what do i bring", kind="answer", topic="documents", maxChars=EN_MAX),
   T("More details", kind="details"),
 ]),
 S("b19-en-23", "hotline for e-voucher, follow-up for social security card; sources", "plain",
   ["followup-card", "sources", "maxChars"], [
   T("what number do i call about my babys medical insurance e-voucher?", kind="answer",
     topic="hotlines", saysAny=["12393"], maxChars=EN_MAX),
   T("and for the social security card?", kind="answer", saysAny=["12333"]),
   T("sources?", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-en-24", "lost card; what happens to the e-card; More details", "rich",
   ["details", "maxChars", "missing-info"], [
   T("my daughter lost her social security card", kind="answer", topic="lost-card", maxChars=EN_MAX),
   T("if i report it lost does her electronic card still work?", kind="answer",
     saysAny=["authoris", "authoriz", "cancel", "stop"]),
   T("More details", kind="details"),
 ]),
 S("b19-en-25", "why rules differ by city (Article 16 governs); sources without file names; then documents", "plain",
   ["why", "sources", "legal"], [
   T("why does every city have different rules for the card?", kind="answer", topic="legal-basis",
     saysAny=["article 16"], maxChars=EN_MAX),
   T("sources?", kind="sources", saysNot=[".md"]),
   T("ok so what do i need to bring", kind="answer", topic="documents"),
 ]),
 S("b19-en-26", "privacy question; why", "rich",
   ["why", "maxChars"], [
   T("who gets to see my childs data when i apply?", kind="answer", topic="privacy", maxChars=EN_MAX),
   T("why?", kind="why"),
   T("and is it safe to upload her photo in the app", kind="answer", topic="privacy"),
 ]),
 S("b19-en-27", "card fee (not covered): says so and points to 12333 / bureau; then where to apply", "plain",
   ["not-covered", "maxChars"], [
   T("how much does the card cost for a kid", kind="answer", topic="not-covered",
     saysAny=["12333", "bureau", "local"], maxChars=EN_MAX),
   T("ok, where do i apply then", kind="answer", topic="apply-where"),
   T("and can i do that online", kind="answer", saysAny=["online", "app"]),
 ]),
 S("b19-en-28", "e-card for a child: family service; needs the physical card; quota not '10 slots'", "rich",
   ["card", "missing-info", "correction"], [
   T("how do i get the electronic social security card for my son", kind="answer", topic="activation",
     card="electronic", saysAny=["family", "亲情"], maxChars=EN_MAX),
   T("he doesnt have a physical card yet can i still do it?", kind="answer", card="electronic",
     saysAny=["physical"]),
   T("how many family members can i add", card="electronic", saysAny=["8", "eight", "cixi"]),
 ]),
 S("b19-en-29", "e-voucher via Alipay (目前, not 'by 2024'); newborn without ID number; why", "plain",
   ["card", "correction", "why"], [
   T("can i add my babys medical e-voucher through alipay?", kind="answer", card="e-voucher",
     saysNot=["by 2024", "since 2024"], maxChars=EN_MAX),
   T("she doesnt have an ID number yet, what then?", kind="answer", card="e-voucher",
     saysAny=["birth", "mother"]),
   T("why?", kind="why"),
 ]),
 S("b19-en-30", "Zhongshan + 2-week-old: newborn one-stop service and its conditions; details", "rich",
   ["city", "age", "city-used", "details", "missing-info"], [
   T("we're in zhongshan, baby was born 2 weeks ago", kind="ack",
     remember={"city": "zhongshan", "ageDays": [10, 25]}),
   T("is there a one stop service for newborns here?", kind="answer",
     saysAny=["guangdong", "married", "marriage"], maxChars=EN_MAX),
   T("More details", kind="details"),
 ]),
 S("b19-en-31", "one-word 'card' on plain, option typed as '1.'", "plain",
   ["clarify", "number-choice"], [
   T("card", kind="clarify", choices=CARD_CHOICES),
   T("1.", kind="answer"),
   T("why?", kind="why"),
 ]),
 S("b19-en-32", "18-month-old; e-voucher then e-card follow-up; e-card needs the physical card", "rich",
   ["age", "card", "followup-card"], [
   T("my toddler is 18 months, can she get an e-voucher?", kind="answer", card="e-voucher",
     remember={"ageDays": [520, 580]}, maxChars=EN_MAX),
   T("how about the electronic social security card", kind="answer", card="electronic"),
   T("does that one need the physical card first?", kind="answer", saysAny=["physical"]),
 ]),
 S("b19-en-33", "first replies stay short on several topics", "plain",
   ["maxChars", "noise"], [
   T("what do i need to bring for my kids card", kind="answer", topic="documents", maxChars=EN_MAX,
     saysNot=["(secondary source)"]),
   T("where do i apply", kind="answer", topic="apply-where", maxChars=EN_MAX),
   T("how do i activate it", kind="answer", topic="activation", maxChars=EN_MAX,
     saysNot=["(secondary source)"]),
   T("when do i enrol my newborn in medical insurance", kind="answer", topic="newborn-insurance",
     maxChars=EN_MAX, saysNot=["article 16"]),
 ]),
 S("b19-en-34", "yes/no first: is a birth certificate always needed; why", "rich",
   ["yes-no-first", "why", "maxChars"], [
   T("is a birth certificate always needed for the kids card?", kind="answer", topic="documents",
     saysAny=["not always", "only when", "only if", "usually not", "not needed", "no,", "no."],
     maxChars=EN_MAX),
   T("why?", kind="why"),
   T("sources?", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-en-35", "do both parents need to go: one guardian; then grandparent follow-up", "plain",
   ["yes-no-first", "maxChars"], [
   T("do both parents have to go to apply?", kind="answer",
     saysAny=["one guardian", "one parent", "not both", "either parent", "only one", "one of"],
     maxChars=EN_MAX),
   T("can grandpa go instead", kind="answer", topic="who-can-act"),
   T("More details", kind="details"),
 ]),
 S("b19-en-36", "near miss: child's ID card declined, then the social security card answered", "rich",
   ["offtopic-middle"], [
   T("how do i get my son an ID card", kind="decline"),
   T("ok and for his social security card what do i bring", kind="answer", topic="documents"),
   T("whats the weather in beijing tomorrow", kind="decline"),
 ]),
 S("b19-en-37", "one-word 'activate' on plain; option 3; why", "plain",
   ["clarify", "number-choice", "why"], [
   T("activate", kind="clarify", choices=ACT_CHOICES),
   T("3", kind="answer"),
   T("why?", kind="why"),
 ]),
 S("b19-en-38", "numeric birth date + Xi'an: late newborn payment labelled as Xi'an's rule", "rich",
   ["age", "birth-date", "city", "city-used", "late-enrolment"], [
   T("baby born 2026-11-20", kind="ack", remember={"ageDays": [5, 75]}),
   T("we're in xi'an", kind="ack", remember={"city": "xian"}),
   T("what happens if we pay her insurance after 90 days?", kind="answer", topic="newborn-insurance",
     saysAny=["xi'an", "xian"], maxChars=EN_MAX),
 ]),
 S("b19-en-39", "6-week-old insurance; More details; sources", "plain",
   ["age", "newborn-90", "details", "sources", "maxChars"], [
   T("my baby is 6 weeks old. how do i get her medical insurance?", kind="answer",
     topic="newborn-insurance", says=["90"], remember={"ageDays": [38, 50]}, maxChars=EN_MAX,
     saysNot=["article 16"]),
   T("More details", kind="details"),
   T("sources?", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-en-40", "handoff first, then a hotline question", "rich",
   ["handoff"], [
   T("can i talk to someone real", kind="handoff"),
   T("ok never mind. what is 12393", kind="answer", topic="hotlines", maxChars=EN_MAX),
   T("and 12333?", kind="answer", topic="hotlines"),
 ]),
 S("b19-en-41", "'zhongshan shi' in pinyin; activation; follow-up Chengdu; city the KB lacks (Lanzhou)", "plain",
   ["city", "city-used", "followup-city", "city-missing"], [
   T("im in zhongshan shi, how do i activate my kids card?", kind="answer", topic="activation",
     saysAny=["zhongshan"], remember={"city": "zhongshan"}, maxChars=EN_MAX),
   T("and in chengdu?", kind="answer", saysAny=["chengdu"]),
   T("what about lanzhou", says=["lanzhou"], saysAny=NORULE_EN),
 ]),
 S("b19-en-42", "7-year-old in Haikou: photo answer for that city; start over forgets both", "rich",
   ["age", "city", "city-used", "start-over"], [
   T("my kid is 7 yrs old and we're in Haikou", kind="ack",
     remember={"ageDays": [2550, 2930], "city": "haikou"}),
   T("photo needed?", kind="answer", topic="photo", saysAny=["haikou"]),
   T("start over", remember=FORGET),
   T("does a kid need a photo", kind="answer", topic="photo", saysNot=["for a 7-year-old", "for your 7"]),
 ]),
 S("b19-en-43", "Guiyang stated in English, then a Chinese question: city used in Chinese", "plain",
   ["city", "language-switch", "city-used"], [
   T("our family is in Guiyang", kind="ack", remember={"city": "guiyang"}),
   T("孩子的社保卡在哪里办", kind="answer", topic="apply-where", saysAny=["贵阳"],
     remember={"city": "guiyang"}, maxChars=ZH_MAX),
   T("要带什么材料", kind="answer", topic="documents", saysAny=["贵阳"]),
 ]),
 S("b19-en-44", "10-year-old: what first gets no newborn advice; child must come? ; More details", "rich",
   ["age", "older-child", "details"], [
   T("my son is ten", kind="ack", remember={"ageDays": [3640, 4020]}),
   T("what do we need to do first for his card", saysNot=["within 90 days", "90 days of birth"],
     maxChars=EN_MAX),
   T("does he have to come with me", kind="answer", topic="who-can-act"),
   T("More details", kind="details"),
 ]),
]

ZH = [
 S("b19-zh-01", "「孩子两个月大 现在先办哪样」: 先参保，原则上90天；为什么；出处", "rich",
   ["age", "age-used", "newborn-90", "why", "sources", "maxChars"], [
   T("孩子两个月大 现在先办哪样", kind="answer", says=["90"], saysAny=NEWBORN_ZH,
     remember={"ageDays": [50, 95]}, maxChars=ZH_MAX),
   T("为什么", kind="why"),
   T("出处", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-zh-02", "「刚满月」陈述 -> 确认；先干啥；详细说明", "plain",
   ["age", "newborn-90", "details"], [
   T("我家孩子刚满月", kind="ack", remember={"ageDays": [25, 40]}, maxChars=ZH_ACK),
   T("先干啥", saysAny=NEWBORN_ZH, maxChars=ZH_MAX),
   T("详细说明", kind="details"),
 ]),
 S("b19-zh-03", "「生下来40天了」；医保怎么办（原则上）；重新开始后忘记", "rich",
   ["age", "age-used", "newborn-90", "start-over", "maxChars"], [
   T("宝宝生下来40天了", kind="ack", remember={"ageDays": [35, 45]}),
   T("医保怎么办", kind="answer", topic="newborn-insurance", says=["90"], saysAny=["原则上", "一般"],
     maxChars=ZH_MAX),
   T("重新开始", remember=FORGET),
   T("医保怎么办", kind="answer", topic="newborn-insurance", saysNot=["40天"]),
 ]),
 S("b19-zh-04", "「闺女八岁了」：不给新生儿建议；照片回答带上年龄", "plain",
   ["age", "age-used", "older-child"], [
   T("闺女八岁了", kind="ack", remember={"ageDays": [2900, 3300]}, maxChars=ZH_ACK),
   T("先办啥", saysNot=["90天内", "出生后90天"], maxChars=ZH_MAX),
   T("要照片吗", kind="answer", topic="photo", saysAny=["8岁", "八岁", "8周岁", "八周岁"]),
 ]),
 S("b19-zh-05", "「三岁半」+海口：照片按海口；追问贵阳；知识库没有的城市昆明", "rich",
   ["age", "city", "city-used", "followup-city", "city-missing", "maxChars"], [
   T("儿子三岁半", kind="ack", remember={"ageDays": [1090, 1470]}),
   T("我们在海口", kind="ack", remember={"city": "haikou"}),
   T("办卡要照片吗", kind="answer", topic="photo", saysAny=["海口"], maxChars=ZH_MAX),
   T("那贵阳呢", kind="answer", topic="photo", saysAny=["贵阳"]),
   T("那昆明呢", says=["昆明"], saysAny=NORULE_ZH),
 ]),
 S("b19-zh-06", "海口材料（问题里说城市）；追问贵阳；为什么", "plain",
   ["city", "city-used", "followup-city", "why", "maxChars", "noise"], [
   T("海口给孩子办社保卡带什么材料", kind="answer", topic="documents", saysAny=["海口"],
     remember={"city": "haikou"}, maxChars=ZH_MAX, saysNot=["（转载资料）"]),
   T("那贵阳呢", kind="answer", topic="documents", saysAny=["贵阳"]),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-07", "医保电子凭证激活；「那电子社保卡呢」；实体卡；出处", "rich",
   ["card", "followup-card", "sources", "no-art16", "correction", "maxChars"], [
   T("怎么给娃激活医保电子凭证", kind="answer", topic="activation", card="e-voucher",
     saysNot=["第十六条", "2024年起"], remember={"card": "e-voucher"}, maxChars=ZH_MAX),
   T("那电子社保卡呢", kind="answer", topic="activation", card="electronic"),
   T("实体卡呢", kind="answer", card="physical"),
   T("出处", kind="sources", saysAny=OFFICIAL, saysNot=[".md"]),
 ]),
 S("b19-zh-08", "「卡」-> 澄清；打「一」选第一个；详细说明", "plain",
   ["clarify", "number-choice", "details"], [
   T("卡", kind="clarify", choices=CARD_CHOICES),
   T("一", kind="answer"),
   T("详细说明", kind="details"),
 ]),
 S("b19-zh-09", "「激活」-> 澄清；「第一个」；为什么", "plain",
   ["clarify", "number-choice", "why"], [
   T("激活", kind="clarify", choices=ACT_CHOICES),
   T("第一个", kind="answer"),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-10", "「卡」-> 澄清；「①」", "plain",
   ["clarify", "number-choice"], [
   T("卡", kind="clarify", choices=CARD_CHOICES),
   T("①", kind="answer"),
   T("出处", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-zh-11", "富渠道「卡」-> 澄清；打字回答「医保电子凭证」", "rich",
   ["clarify", "text-choice"], [
   T("卡", kind="clarify", choices=CARD_CHOICES),
   T("医保电子凭证", kind="answer", card="e-voucher"),
   T("那电子社保卡呢", kind="answer", card="electronic"),
 ]),
 S("b19-zh-12", "微信分步：下一步、下一步、上一步、上一步（不再在1、2步间循环）", "plain",
   ["walkthrough", "walk-xiayibu", "walk-shangyibu"], [
   T("一步一步带我办孩子的社保卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("上一步", kind="step", step=1),
 ]),
 S("b19-zh-13", "微信分步：重复、停止、继续", "plain",
   ["walkthrough", "walk-xiayibu", "walk-repeat", "walk-stop-continue"], [
   T("带我一步步走一遍流程", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("重复", kind="step", step=2),
   T("停止"),
   T("继续", kind="step", step=2),
 ]),
 S("b19-zh-14", "微信分步：第2、3步来回", "plain",
   ["walkthrough", "walk-xiayibu", "walk-shangyibu"], [
   T("一步一步教我给宝宝办卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
 ]),
 S("b19-zh-15", "网页分步：下一步、上一步", "rich",
   ["walkthrough", "walk-xiayibu", "walk-shangyibu"], [
   T("一步一步带我办", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("上一步", kind="step", step=1),
   T("下一步", kind="step", step=2),
 ]),
 S("b19-zh-16", "微信分步，中文开始，用 next / back", "plain",
   ["walkthrough", "walk-next", "walk-back"], [
   T("带我一步一步办社保卡", kind="step", step=1),
   T("next", kind="step", step=2),
   T("back", kind="step", step=1),
 ]),
 S("b19-zh-17", "奶奶能不能办：先答能不能（监护人；部分城市可授权）；孩子要一起去吗；出处", "rich",
   ["yes-no-first", "sources", "maxChars", "correction"], [
   T("奶奶能帮孙子办社保卡吗", kind="answer", topic="who-can-act",
     saysAny=["授权", "委托", "监护人"], maxChars=ZH_MAX),
   T("孩子要一起去吗", kind="answer", topic="who-can-act", saysNot=["资料没有说明是否"]),
   T("出处", kind="sources", saysAny=OFFICIAL, saysNot=[".md"]),
 ]),
 S("b19-zh-18", "手机上能激活吗：社保功能可以，金融功能要去银行", "plain",
   ["yes-no-first", "why", "maxChars", "correction"], [
   T("女儿的社保卡怎么激活", kind="answer", topic="activation", card="physical", maxChars=ZH_MAX),
   T("手机上能弄吗", kind="answer", says=["银行"], saysAny=["社保功能", "线上", "手机", "app", "APP"],
     maxChars=ZH_MAX),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-19", "中山；中途问车险（拒答）；城市仍记得", "rich",
   ["city", "city-used", "offtopic-middle"], [
   T("我们在中山", kind="ack", remember={"city": "zhongshan"}, maxChars=ZH_ACK),
   T("宝宝社保卡在哪办", kind="answer", topic="apply-where", saysAny=["中山"], maxChars=ZH_MAX),
   T("顺便问下车险哪家便宜", kind="decline"),
   T("那要带什么", kind="answer", topic="documents", remember={"city": "zhongshan"}),
 ]),
 S("b19-zh-20", "「儿子五岁」；材料；换成英文问照片", "plain",
   ["age", "language-switch"], [
   T("儿子五岁", kind="ack", remember={"ageDays": [1800, 2200]}),
   T("要带什么材料", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("can you answer in english, does he need a photo for the card", kind="answer", topic="photo",
     saysAny=["photo"], remember={"ageDays": [1800, 2200]}, maxChars=EN_MAX),
 ]),
 S("b19-zh-21", "一开始就要人工；再问12393", "rich",
   ["handoff"], [
   T("我要转人工", kind="handoff"),
   T("算了 12393是什么", kind="answer", topic="hotlines", saysAny=["医保", "医疗保障"], maxChars=ZH_MAX),
   T("那12333呢", kind="answer", topic="hotlines"),
 ]),
 S("b19-zh-22", "城市更正：海口 -> 贵阳；四岁孩子照片按贵阳", "plain",
   ["city", "city-correction", "age", "city-used"], [
   T("我们在海口", kind="ack", remember={"city": "haikou"}),
   T("不对 是贵阳市", remember={"city": "guiyang"}),
   T("四岁的孩子要照片吗", kind="answer", topic="photo", saysAny=["贵阳"],
     remember={"ageDays": [1450, 1830], "city": "guiyang"}, maxChars=ZH_MAX),
 ]),
 S("b19-zh-23", "知识库没有的城市（太原）；重新开始后忘记", "rich",
   ["city", "city-missing", "start-over"], [
   T("我们住在太原", kind="ack", remember={"city": "taiyuan"}),
   T("给孩子办社保卡要什么材料", kind="answer", topic="documents", says=["太原"],
     saysAny=NORULE_ZH, maxChars=ZH_MAX),
   T("重新开始", remember=FORGET),
   T("要什么材料", kind="answer", topic="documents", saysNot=["太原"]),
 ]),
 S("b19-zh-24", "五个月还没参保：晚参保按当地规定、不追溯", "plain",
   ["age", "late-enrolment", "why"], [
   T("孩子五个月了还没上医保", anyKind=["ack", "answer"], remember={"ageDays": [140, 170]}),
   T("现在参保还来得及吗", kind="answer", topic="newborn-insurance", saysAny=LATE_ZH, maxChars=ZH_MAX),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-25", "「宝宝十一个月」：不给90天建议", "rich",
   ["age", "older-child"], [
   T("宝宝十一个月", kind="ack", remember={"ageDays": [320, 365]}),
   T("在哪办社保卡", kind="answer", topic="apply-where", saysNot=["90天内"], maxChars=ZH_MAX),
   T("详细说明", kind="details"),
 ]),
 S("b19-zh-26", "热线：医保电子凭证 12393，追问社保卡 12333；出处", "plain",
   ["followup-card", "sources"], [
   T("医保电子凭证有问题打什么电话", kind="answer", topic="hotlines", saysAny=["12393"], maxChars=ZH_MAX),
   T("那社保卡呢", kind="answer", saysAny=["12333"]),
   T("出处", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-zh-27", "社保卡丢了；挂失后电子社保卡；详细说明", "rich",
   ["details", "missing-info", "maxChars"], [
   T("孩子社保卡丢了", kind="answer", topic="lost-card", maxChars=ZH_MAX),
   T("挂失了电子社保卡还能用吗", kind="answer", saysAny=["授权", "注销", "不可用", "停"]),
   T("详细说明", kind="details"),
 ]),
 S("b19-zh-28", "为什么各地不一样（第十六条）；出处；材料", "plain",
   ["why", "sources", "legal"], [
   T("为什么各地要求不一样", kind="answer", topic="legal-basis", saysAny=["第十六条", "16"],
     maxChars=ZH_MAX),
   T("出处", kind="sources", saysNot=[".md"]),
   T("那要带什么材料", kind="answer", topic="documents"),
 ]),
 S("b19-zh-29", "隐私；为什么", "rich",
   ["why"], [
   T("孩子的信息谁能看到", kind="answer", topic="privacy", maxChars=ZH_MAX),
   T("为什么", kind="why"),
   T("上传孩子照片安全吗", kind="answer", topic="privacy"),
 ]),
 S("b19-zh-30", "办卡费用（资料没有）；在哪办", "plain",
   ["not-covered"], [
   T("给孩子办卡要钱吗", kind="answer", topic="not-covered", saysAny=["12333", "人社", "当地"],
     maxChars=ZH_MAX),
   T("那在哪办", kind="answer", topic="apply-where"),
   T("网上能办吗", kind="answer", saysAny=["网上", "线上", "app", "APP", "小程序"]),
 ]),
 S("b19-zh-31", "电子社保卡：亲情服务；需要实体卡；名额不说10个", "rich",
   ["card", "missing-info", "correction"], [
   T("怎么给儿子开电子社保卡", kind="answer", topic="activation", card="electronic",
     saysAny=["亲情"], maxChars=ZH_MAX),
   T("他还没有实体卡 能办吗", kind="answer", card="electronic", saysAny=["实体卡", "实体社保卡"]),
   T("最多能加几个家人", card="electronic", saysAny=["8", "八", "慈溪"]),
 ]),
 S("b19-zh-32", "支付宝领医保电子凭证（目前，不说2024年起）；没身份证号；为什么", "plain",
   ["card", "correction", "why"], [
   T("支付宝能给宝宝领医保电子凭证吗", kind="answer", card="e-voucher", saysNot=["2024年起"],
     maxChars=ZH_MAX),
   T("宝宝还没身份证号怎么办", kind="answer", card="e-voucher",
     saysAny=["出生医学证明", "出生证", "母亲", "妈妈"]),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-33", "中山+出生两周：出生一件事及条件；详细说明", "rich",
   ["city", "age", "city-used", "details", "missing-info"], [
   T("我们是中山的 宝宝出生两周", kind="ack", remember={"city": "zhongshan", "ageDays": [10, 25]}),
   T("有新生儿出生一件事吗", kind="answer", saysAny=["广东", "结婚", "婚姻"], maxChars=ZH_MAX),
   T("详细说明", kind="details"),
 ]),
 S("b19-zh-34", "出生日期；90天截止日；晚了怎么办", "plain",
   ["age", "birth-date", "newborn-90", "late-enrolment"], [
   T("宝宝是2026年11月20日出生的", kind="ack", remember={"ageDays": [5, 75]}),
   T("医保最晚什么时候办", kind="answer", topic="newborn-insurance", saysAny=["2027", "2月"],
     maxChars=ZH_MAX),
   T("晚了怎么办", kind="answer", topic="newborn-insurance", saysAny=LATE_ZH),
 ]),
 S("b19-zh-35", "西安+满百天：超过90天缴费按西安规定", "rich",
   ["city", "age", "city-used", "late-enrolment"], [
   T("我们在西安 宝宝满百天了", kind="ack", remember={"city": "xian", "ageDays": [95, 115]}),
   T("超过90天交医保什么时候开始报", kind="answer", topic="newborn-insurance", saysAny=["西安"],
     maxChars=ZH_MAX),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-36", "「宝宝五十天」问医保；详细说明；出处", "plain",
   ["age", "newborn-90", "details", "sources", "no-art16"], [
   T("宝宝五十天 怎么给她上医保", kind="answer", topic="newborn-insurance", says=["90"],
     remember={"ageDays": [45, 56]}, maxChars=ZH_MAX, saysNot=["第十六条"]),
   T("详细说明", kind="details"),
   T("出处", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-zh-37", "出生证明一定要带吗：先答（不一定）；为什么", "rich",
   ["yes-no-first", "why"], [
   T("出生证明一定要带吗", kind="answer", topic="documents",
     saysAny=["不一定", "不需要", "不用", "只有", "如果", "无需"], maxChars=ZH_MAX),
   T("为什么", kind="why"),
   T("出处", kind="sources", saysNot=[".md"]),
 ]),
 S("b19-zh-38", "爸妈两个都要去吗：一位监护人；爷爷能去吗", "plain",
   ["yes-no-first"], [
   T("爸妈两个都要去吗", kind="answer", saysAny=["一位", "一方", "一个", "不需要", "不用", "其中"],
     maxChars=ZH_MAX),
   T("那爷爷能去吗", kind="answer", topic="who-can-act"),
   T("详细说明", kind="details"),
 ]),
 S("b19-zh-39", "近似话题：孩子身份证（拒答），再问社保卡材料", "rich",
   ["offtopic-middle"], [
   T("孩子身份证怎么办", kind="decline"),
   T("那社保卡要带啥", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("宝宝辅食怎么做", kind="decline"),
 ]),
 S("b19-zh-40", "「卡」-> 澄清；「选2」；转人工", "plain",
   ["clarify", "number-choice", "handoff"], [
   T("卡", kind="clarify", choices=CARD_CHOICES),
   T("选2", kind="answer"),
   T("我要找人工客服", kind="handoff"),
 ]),
 S("b19-zh-41", "富渠道「激活」-> 澄清；打「电子社保卡」；为什么", "rich",
   ["clarify", "text-choice", "why"], [
   T("激活", kind="clarify", choices=ACT_CHOICES),
   T("电子社保卡", kind="answer", card="electronic"),
   T("为什么", kind="why"),
 ]),
 S("b19-zh-42", "成都市激活；追问清远；知识库没有的合肥", "plain",
   ["city", "city-used", "followup-city", "city-missing"], [
   T("在成都市 孩子社保卡去哪激活", kind="answer", topic="activation", saysAny=["成都"],
     remember={"city": "chengdu"}, maxChars=ZH_MAX),
   T("那清远呢", kind="answer", saysAny=["清远"]),
   T("那合肥呢", says=["合肥"], saysAny=NORULE_ZH),
 ]),
 S("b19-zh-43", "「一周岁」+常德：激活按常德；重新开始后都忘记", "rich",
   ["age", "city", "city-used", "start-over"], [
   T("孩子一周岁了 我们在常德", kind="ack", remember={"ageDays": [360, 730], "city": "changde"}),
   T("怎么激活社保卡", kind="answer", topic="activation", saysAny=["常德"], maxChars=ZH_MAX),
   T("重新开始", remember=FORGET),
   T("怎么激活社保卡", kind="answer", topic="activation", saysNot=["常德"]),
 ]),
 S("b19-zh-44", "英文说城市 Wuhan，中文问医保电子凭证；说回武汉", "plain",
   ["city", "language-switch", "city-used", "card"], [
   T("hi, we stay in wuhan", kind="ack", remember={"city": "wuhan"}),
   T("孩子的医保电子凭证怎么弄", kind="answer", card="e-voucher", saysAny=["武汉", "国家医保服务平台"],
     maxChars=ZH_MAX),
   T("那电子社保卡呢", kind="answer", card="electronic"),
 ]),
]

LISTS = ("says", "saysAny", "saysNot", "choices")


def check(scens, lang):
    ids = set()
    for s in scens:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        for t in s["turns"]:
            e = t["expect"]
            for k in LISTS:
                if k in e:
                    assert isinstance(e[k], list) and e[k], (s["id"], k)
            if "maxChars" in e:
                assert e.get("kind") == "answer" or e.get("kind") == "ack" or "kind" not in e, s["id"]
    assert len(scens) >= 40
    ch = Counter(s["channel"] for s in scens)
    print(lang, len(scens), "scenarios", dict(ch), "turns", sum(len(s["turns"]) for s in scens))


def dump(scens, lang):
    check(scens, lang)
    out = [{k: v for k, v in s.items() if k != "_f"} for s in scens]
    path = os.path.join(HERE, "scenarios19", f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    feats = Counter(f for s in scens for f in s["_f"] if f != "maxChars")
    print("  scenario tags:", ", ".join(f"{k} {v}" for k, v in sorted(feats.items())))
    tc = Counter()
    for s in scens:
        for t in s["turns"]:
            e = t["expect"]
            tc["kind=" + e.get("kind", "/".join(e.get("anyKind", ["(none)"])))] += 1
            for k in ("topic", "card", "step", "choices", "says", "saysAny", "saysNot", "maxChars"):
                if k in e:
                    tc["has " + k] += 1
            r = e.get("remember") or {}
            for k, v in r.items():
                tc[f"remember {k}" + ("=null" if v is None else "")] += 1
    print("  turn stats:", ", ".join(f"{k} {v}" for k, v in sorted(tc.items())))


dump(EN, "en")
dump(ZH, "zh")
