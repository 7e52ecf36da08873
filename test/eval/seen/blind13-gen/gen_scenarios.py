#!/usr/bin/env python3
"""Writes scenarios13/en.json and zh.json (blind multi-turn set 13, issue #17).
Expectations follow only issue #17 and shared/reference/*.md; wording is never guessed
exactly (saysAny with alternatives). Birth dates are computed for 2026-12-02 with wide
ranges. Each scenario carries feature tags here (FEATURES) for the README counts; the tags
are not written into the JSON."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EN_MAX, ZH_MAX = 650, 350

def T(user, **e):
    for k in ("says", "saysAny", "saysNot"):
        if k in e:
            assert isinstance(e[k], list)
    return {"user": user, "expect": e}

# Common alternative lists -------------------------------------------------------------
EN_SRC = ["gov.cn", "http"]
ZH_SRC = ["gov.cn", "http"]
EN_AUTH = ["authoris", "authoriz", "power of attorney", "guardian"]
ZH_AUTH = ["授权", "委托", "监护人"]
EN_NOBACK = ["back-dat", "backdat", "retroactiv", "from the date", "from the day", "not covered",
             "won't cover", "will not cover", "isn't covered", "not be covered", "local rule",
             "your city"]
ZH_NOBACK = ["追溯", "缴费之日", "缴费次月", "不能报", "不予", "当地", "统筹地区"]
# 90 days after 2026-10-20 (day 90 = 2027-01-18; day 89 also accepted)
EN_END_1020 = ["2027-01-18", "18 January 2027", "January 18", "18 Jan", "Jan 18", "18/01/2027",
               "1/18/2027", "2027-01-17", "17 January 2027", "January 17", "17 Jan", "Jan 17",
               "17/01/2027", "1/17/2027", "2027年1月18日", "2027年1月17日"]
# 90 days after 2026-11-03 (day 90 = 2027-02-01; day 89 = 2027-01-31)
ZH_END_1103 = ["2027年2月1日", "2月1日", "2027-02-01", "2027年1月31日", "1月31日", "2027-01-31",
               "2027/2/1", "2027/1/31"]
CLARIFY_CARD = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation",
                "apply-where", "documents"]
CLARIFY_ACT = ["card:physical", "card:electronic", "card:e-voucher", "activation"]

FEATURES = {}

def S(lang, n, about, channel, feats, turns):
    sid = f"{lang}13-{n:02d}"
    assert 3 <= len(turns) <= 6, sid
    assert channel in ("rich", "plain")
    FEATURES[sid] = feats
    return {"id": sid, "about": about, "channel": channel, "turns": turns}

# ---------------------------------------------------------------- English
EN = [
 S("en", 1, "2-month-old stated, then 'what first' uses it: insurance first; why; sources", "rich",
   ["age-statement", "age-used", "newborn-first", "why", "sources", "maxChars"], [
   T("my daughter is 2 months old", kind="ack", remember={"ageDays": [50, 80]}),
   T("what should we sort out first", kind="answer", says=["insur"],
     saysAny=["2-month", "2 month", "two-month", "two month"], maxChars=EN_MAX,
     remember={"ageDays": [50, 80]}),
   T("why?", kind="why"),
   T("sources?", kind="sources", saysAny=EN_SRC),
 ]),
 S("en", 2, "10-year-old: documents without newborn advice; must he come", "plain",
   ["age-statement", "age-used", "no-newborn-advice", "who-can-act", "maxChars"], [
   T("hi, my boy is ten", kind="ack", remember={"ageDays": [3600, 4050]}),
   T("what docs do i need for his card", kind="answer", topic="documents",
     saysNot=["90 days", "90-day"], maxChars=EN_MAX, remember={"ageDays": [3600, 4050]}),
   T("does he have to come along", kind="answer", topic="who-can-act", maxChars=EN_MAX),
 ]),
 S("en", 3, "birth date stated; 90-day end date given; 'in principle', not a hard limit", "rich",
   ["birth-date", "age-used", "newborn-date", "maxChars"], [
   T("she was born on 20 October 2026", kind="ack", remember={"ageDays": [40, 130]}),
   T("by when do we need to get her medical insurance sorted", kind="answer",
     topic="newborn-insurance", saysAny=EN_END_1020, maxChars=EN_MAX),
   T("is that a strict cutoff?", kind="answer", topic="newborn-insurance",
     saysAny=["in principle", "usually", "longer", "local", "may", "some cities"]),
 ]),
 S("en", 4, "5-month-old not insured: late enrolment; start over forgets the age", "plain",
   ["age-statement", "late-enrolment", "start-over", "maxChars"], [
   T("baby boy is 5 months old and we never got him on medical insurance",
     anyKind=["ack", "answer"], remember={"ageDays": [140, 170]}),
   T("is it too late now", kind="answer", topic="newborn-insurance", saysAny=EN_NOBACK,
     maxChars=EN_MAX),
   T("start over", remember={"ageDays": None}),
   T("what documents for a kids card", kind="answer", topic="documents",
     saysNot=["5-month", "5 month", "five-month", "five month"]),
 ]),
 S("en", 5, "Haikou stated, photo for a 4-year-old is Haikou's rule; Guiyang follow-up; why", "rich",
   ["city-known", "city-statement", "age-in-question", "followup-city", "why", "maxChars"], [
   T("we're based in Haikou", kind="ack", remember={"city": "haikou"}),
   T("does my 4 yr old need a photo for her card", kind="answer", topic="photo",
     saysAny=["Haikou"], maxChars=EN_MAX,
     remember={"city": "haikou", "ageDays": [1430, 1850]}),
   T("how about Guiyang?", kind="answer", topic="photo", saysAny=["Guiyang"],
     remember={"city": "guiyang"}),
   T("why?", kind="why"),
 ]),
 S("en", 6, "city the sources lack (Kunming): general answer + 'no rule for Kunming', 12333", "plain",
   ["city-unknown", "city-statement", "sources", "maxChars"], [
   T("we live in kunming", kind="ack", remember={"city": "kunming"}),
   T("where do i apply for my kids card", kind="answer", topic="apply-where",
     says=["Kunming"], saysAny=["12333", "HRSS", "human resources", "bureau"], maxChars=EN_MAX),
   T("sources?", kind="sources"),
 ]),
 S("en", 7, "city correction Guangzhou -> Zhongshan, then banks for a kid's card", "rich",
   ["city-correction", "city-known", "maxChars"], [
   T("we're in guangzhou", kind="ack", remember={"city": "guangzhou"}),
   T("sorry no, Zhongshan, not guangzhou", kind="ack", remember={"city": "zhongshan"}),
   T("which banks do kids cards there", kind="answer", topic="apply-where",
     saysAny=["Zhongshan"], maxChars=EN_MAX, remember={"city": "zhongshan"}),
 ]),
 S("en", 8, "activation of the physical card, follow-up for the e-voucher; why", "plain",
   ["followup-card", "card-memory", "why", "maxChars"], [
   T("how do i activate my toddlers social security card", kind="answer", topic="activation",
     card="physical", maxChars=EN_MAX),
   T("what about the e-voucher then", kind="answer", topic="activation", card="e-voucher",
     saysAny=["family account", "亲情账户", "National Healthcare", "NHSA", "医保服务平台", "app"],
     remember={"card": "e-voucher"}),
   T("why?", kind="why"),
 ]),
 S("en", 9, "one word 'card' -> clarifying question; typed 1 answers; More details", "plain",
   ["clarify-one-word", "choice-number", "details"], [
   T("card", kind="clarify", choices=CLARIFY_CARD),
   T("1", kind="answer"),
   T("More details", kind="details"),
 ]),
 S("en", 10, "one word 'activate' -> clarify; choice typed as text answers", "rich",
   ["clarify-one-word", "choice-text", "sources"], [
   T("activate", kind="clarify", choices=CLARIFY_ACT),
   T("the physical card", kind="answer", topic="activation", card="physical"),
   T("sources?", kind="sources"),
 ]),
 S("en", 11, "walkthrough on plain: next/next/back/repeat/back", "plain",
   ["walkthrough", "walk-next", "walk-back", "walk-repeat"], [
   T("can you walk me through the steps to get my kid a card", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("repeat", kind="step", step=2),
   T("back", kind="step", step=1),
 ]),
 S("en", 12, "walkthrough interrupted by a question, continue resumes", "plain",
   ["walkthrough", "walk-next", "walk-continue", "maxChars"], [
   T("take me through it step by step please", kind="step", step=1),
   T("next", kind="step", step=2),
   T("stop"),
   T("what documents do i need", kind="answer", topic="documents", maxChars=EN_MAX),
   T("continue", kind="step", step=2),
   T("next", kind="step", step=3),
 ]),
 S("en", 13, "documents, then asks for a person, then photo", "rich",
   ["handoff", "maxChars"], [
   T("what do i need to bring for my babys card", kind="answer", topic="documents",
     maxChars=EN_MAX),
   T("this is too confusing, can i talk to a real person", kind="handoff"),
   T("ok never mind. does she need a photo", kind="answer", topic="photo", maxChars=EN_MAX),
 ]),
 S("en", 14, "Chengdu remembered across an off-topic question", "plain",
   ["city-known", "city-statement", "offtopic-middle", "memory-later", "maxChars"], [
   T("we live in Chengdu", kind="ack", remember={"city": "chengdu"}),
   T("where do i activate my sons social security card", kind="answer", topic="activation",
     saysAny=["Chengdu"], maxChars=EN_MAX),
   T("btw whats the best car insurance for an suv", kind="decline"),
   T("ok and what do i need to bring", kind="answer", topic="documents",
     remember={"city": "chengdu"}),
 ]),
 S("en", 15, "language switch English -> Chinese mid-conversation", "rich",
   ["language-switch", "sources", "maxChars"], [
   T("what documents do i need for my babys social security card", kind="answer",
     topic="documents", maxChars=EN_MAX),
   T("可以说中文吗 户口本要带吗", kind="answer", topic="documents", saysAny=["户口"],
     maxChars=ZH_MAX),
   T("出处", kind="sources"),
 ]),
 S("en", 16, "documents short, More details continues, sources", "rich",
   ["details", "sources", "maxChars"], [
   T("what do I need to bring for my daughter's card", kind="answer", topic="documents",
     maxChars=EN_MAX),
   T("More details", kind="details"),
   T("sources?", kind="sources", saysAny=EN_SRC),
 ]),
 S("en", 17, "grandparent acting: answer first (usually guardian, authorisation in some cities)", "plain",
   ["who-can-act", "why", "details", "maxChars"], [
   T("can my mum sort out the card for my son? im working in another city", kind="answer",
     topic="who-can-act", saysAny=EN_AUTH, maxChars=EN_MAX),
   T("why?", kind="why"),
   T("More details", kind="details"),
 ]),
 S("en", 18, "activating the card on a phone: SS function online, bank function at the bank; e-card follow-up", "rich",
   ["phone-activation", "followup-card", "maxChars"], [
   T("can i activate my kids social security card on my phone", kind="answer", topic="activation",
     saysAny=["bank"], maxChars=EN_MAX),
   T("and the electronic card?", kind="answer", card="electronic",
     saysAny=["family", "亲情"]),
   T("does he need the physical card first for that?", kind="answer", saysAny=["physical card"]),
 ]),
 S("en", 19, "newborn order of things; More details; why", "plain",
   ["process-newborn", "details", "why", "maxChars"], [
   T("just had a baby. whats the order: insurance, card, the app thing?", kind="answer",
     topic="process", says=["insur"], maxChars=EN_MAX),
   T("More details", kind="details"),
   T("why?", kind="why"),
 ]),
 S("en", 20, "'turned 3 last month', general photo answer, then Haikou stated and used", "rich",
   ["age-statement", "city-statement", "city-known", "memory-later", "maxChars"], [
   T("she turned 3 last month", kind="ack", remember={"ageDays": [1090, 1250]}),
   T("does she need a photo for the card", kind="answer", topic="photo",
     saysAny=["some cities", "some places", "Haikou", "Guiyang", "depend", "local"],
     maxChars=EN_MAX),
   T("we're in Haikou actually", kind="ack", remember={"city": "haikou"}),
   T("and what does she need to bring", kind="answer", topic="documents", saysAny=["Haikou"],
     remember={"city": "haikou", "ageDays": [1090, 1250]}),
 ]),
 S("en", 21, "'one and a half', missed newborn enrolment: no back-dated cover", "plain",
   ["age-statement", "late-enrolment", "maxChars"], [
   T("my boy is one and a half", kind="ack", remember={"ageDays": [500, 600]}),
   T("we never did the newborn insurance thing, what happens now", kind="answer",
     topic="newborn-insurance", saysAny=EN_NOBACK, maxChars=EN_MAX),
   T("who can tell me our local rule", kind="answer",
     saysAny=["12393", "12333", "bureau", "medical insurance office", "local"]),
 ]),
 S("en", 22, "11 weeks old: still inside the 90 days in principle", "rich",
   ["age-statement", "newborn-first", "sources", "maxChars"], [
   T("hes 11 weeks old", kind="ack", remember={"ageDays": [74, 80]}),
   T("is there still time to get him covered from birth", kind="answer",
     topic="newborn-insurance", saysAny=["yes", "in principle", "90"], maxChars=EN_MAX),
   T("sources?", kind="sources"),
 ]),
 S("en", 23, "age inside the question (6 weeks), documents; mother-in-law; More details", "plain",
   ["age-in-question", "who-can-act", "details", "maxChars"], [
   T("my 6 week old needs a card, what do i bring", kind="answer", topic="documents",
     saysAny=["birth"], maxChars=EN_MAX, remember={"ageDays": [38, 46]}),
   T("can my mother in law go instead of me", kind="answer", topic="who-can-act",
     saysAny=EN_AUTH),
   T("More details", kind="details"),
 ]),
 S("en", 24, "city and age stated, start over forgets both", "rich",
   ["city-statement", "age-statement", "start-over"], [
   T("we're in Haikou", kind="ack", remember={"city": "haikou"}),
   T("my son is five", kind="ack", remember={"ageDays": [1800, 2200], "city": "haikou"}),
   T("start over", remember={"city": None, "ageDays": None}),
   T("does my kid need a photo", kind="answer", topic="photo",
     saysNot=["5-year-old", "5 year old", "five-year-old", "five year old"],
     remember={"city": None, "ageDays": None}),
 ]),
 S("en", 25, "who can act in Guiyang; follow-up Haikou; sources", "plain",
   ["city-known", "city-in-question", "followup-city", "sources", "maxChars"], [
   T("who can apply for a kids card in Guiyang", kind="answer", topic="who-can-act",
     saysAny=["Guiyang"], remember={"city": "guiyang"}, maxChars=EN_MAX),
   T("what about haikou", kind="answer", topic="who-can-act", saysAny=["Haikou"],
     remember={"city": "haikou"}),
   T("sources?", kind="sources"),
 ]),
 S("en", 26, "lost card: report; by phone; electronic card meanwhile", "rich",
   ["lost-card", "maxChars"], [
   T("my kid lost her card yesterday, what now", kind="answer", topic="lost-card",
     saysAny=["report", "12333"], maxChars=EN_MAX),
   T("can i report it over the phone", kind="answer", topic="lost-card", saysAny=["12333"]),
   T("does her electronic card still work meanwhile?", kind="answer",
     saysAny=["authoris", "authoriz", "cancel", "stop"]),
 ]),
 S("en", 27, "hotline for baby's medical insurance, follow-up for the card; More details", "plain",
   ["hotlines", "followup-card", "details", "maxChars"], [
   T("which number do i call about my babys medical insurance", kind="answer",
     topic="hotlines", saysAny=["12393"], maxChars=EN_MAX),
   T("and for the social security card?", kind="answer", topic="hotlines", saysAny=["12333"]),
   T("More details", kind="details"),
 ]),
 S("en", 28, "privacy of uploaded hukou photos; why (Art. 15); sources", "rich",
   ["privacy", "why", "sources", "maxChars"], [
   T("is it safe to upload my kids hukou photos in the app? who gets to see it", kind="answer",
     topic="privacy", maxChars=EN_MAX),
   T("why?", kind="why", saysAny=["15", "Article", "Measures", "law", "privacy"]),
   T("sources?", kind="sources"),
 ]),
 S("en", 29, "legal basis: Article 16 leaves documents to local rules", "plain",
   ["legal-basis", "details", "maxChars"], [
   T("which rule says what documents i need", kind="answer", topic="legal-basis",
     saysAny=["16", "local"], maxChars=EN_MAX),
   T("why are the rules different in every city then", kind="answer", topic="legal-basis",
     saysAny=["local", "city", "cities"]),
   T("More details", kind="details"),
 ]),
 S("en", 30, "not covered (fee), then where to apply, then Zhongshan stated and used", "rich",
   ["not-covered", "city-statement", "city-known", "maxChars"], [
   T("how much does a kids card cost", kind="answer", topic="not-covered",
     saysAny=["12333", "local", "bureau"], maxChars=EN_MAX),
   T("ok, where do we apply then", kind="answer", topic="apply-where", maxChars=EN_MAX),
   T("we're in Zhongshan", kind="ack", remember={"city": "zhongshan"}),
   T("where do we apply in that case", kind="answer", topic="apply-where",
     saysAny=["Zhongshan"]),
 ]),
 S("en", 31, "can a newborn get a card; follow-up e-voucher (mother's details); why", "plain",
   ["child-eligibility", "followup-card", "why", "maxChars"], [
   T("can a newborn even get a social security card?", kind="answer",
     topic="child-eligibility", maxChars=EN_MAX),
   T("how about the e-voucher", kind="answer", card="e-voucher",
     saysAny=["birth", "mother"]),
   T("why?", kind="why"),
 ]),
 S("en", 32, "near misses: child's ID card and passport declined, then the card answered", "rich",
   ["offtopic-nearmiss", "maxChars"], [
   T("how do i get an ID card for my 10 year old", kind="decline"),
   T("and a passport for him?", kind="decline"),
   T("ok, what about his social security card, what do we bring", kind="answer",
     topic="documents", maxChars=EN_MAX),
 ]),
 S("en", 33, "car insurance declined, newborn insurance answered, hotline follow-up", "plain",
   ["offtopic-nearmiss", "hotlines", "maxChars"], [
   T("need help renewing my car insurance", kind="decline"),
   T("ok then how do i get my newborn on medical insurance", kind="answer",
     topic="newborn-insurance", maxChars=EN_MAX),
   T("is there a hotline for that", kind="answer", topic="hotlines", saysAny=["12393"]),
 ]),
 S("en", 34, "walkthrough on rich channel with typed next/back, then why at a step", "rich",
   ["walkthrough", "walk-next", "walk-back", "why"], [
   T("guide me step by step through getting my daughters card", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("why?", kind="why"),
 ]),
 S("en", 35, "asks for a person first, then e-voucher activation, Alipay", "plain",
   ["handoff", "card-memory", "maxChars"], [
   T("i want to speak to a human", kind="handoff"),
   T("ok forget it, where do i activate the e-voucher for my baby", kind="answer",
     topic="activation", card="e-voucher", saysAny=["app", "family", "亲情"], maxChars=EN_MAX),
   T("can it be done in alipay", kind="answer", card="e-voucher", saysAny=["Alipay"]),
 ]),
 S("en", 36, "electronic card via WeChat; needs the physical card; why", "plain",
   ["card-memory", "why", "maxChars"], [
   T("can i get my sons electronic social security card through wechat", kind="answer",
     card="electronic", saysAny=["亲情", "family"], maxChars=EN_MAX),
   T("does he need his physical card first", kind="answer", saysAny=["physical card"]),
   T("why?", kind="why"),
 ]),
 S("en", 37, "Zhongshan newborn one-stop service and its conditions", "rich",
   ["city-statement", "city-known", "newborn-onestop", "maxChars"], [
   T("we're in zhongshan and just had a baby", anyKind=["ack", "answer"],
     remember={"city": "zhongshan"}),
   T("is there some one-stop service for newborns here", kind="answer",
     saysAny=["one-stop", "one stop", "Guangdong", "一件事", "bundle"], maxChars=EN_MAX),
   T("who can use it", kind="answer",
     saysAny=["Guangdong", "married", "hukou", "one year", "under 1", "under one"]),
 ]),
 S("en", 38, "8-year-old: e-voucher without newborn-only advice; e-card follow-up", "plain",
   ["age-statement", "no-newborn-advice", "followup-card", "memory-later", "maxChars"], [
   T("shes 8", kind="ack", remember={"ageDays": [2880, 3320]}),
   T("how do i activate her e-voucher", kind="answer", topic="activation", card="e-voucher",
     saysNot=["newborn"], maxChars=EN_MAX),
   T("and her electronic social security card", kind="answer", card="electronic",
     remember={"ageDays": [2880, 3320]}),
 ]),
 S("en", 39, "Qingyuan in the question; More details; sources", "plain",
   ["city-in-question", "city-known", "details", "sources", "maxChars"], [
   T("where can i activate my kids social security card, we're in Qingyuan", kind="answer",
     topic="activation", saysAny=["Qingyuan"], remember={"city": "qingyuan"}, maxChars=EN_MAX),
   T("More details", kind="details"),
   T("sources?", kind="sources"),
 ]),
 S("en", 40, "Changde activation, then a city the sources lack (Hefei); why", "rich",
   ["city-in-question", "city-known", "city-unknown", "followup-city", "why", "maxChars"], [
   T("changde here. how does a parent activate a kids social security card", kind="answer",
     topic="activation", saysAny=["Changde"], remember={"city": "changde"}, maxChars=EN_MAX),
   T("what about Hefei?", kind="answer", says=["Hefei"],
     saysAny=["12333", "bureau", "HRSS", "human resources"], remember={"city": "hefei"}),
   T("why?", kind="why"),
 ]),
 S("en", 41, "language switch English -> Chinese with a card follow-up", "plain",
   ["language-switch", "followup-card", "sources", "maxChars"], [
   T("how do i activate the e-voucher for my baby", kind="answer", topic="activation",
     card="e-voucher", maxChars=EN_MAX),
   T("我还是用中文问吧 孩子的电子社保卡怎么弄", kind="answer", card="electronic",
     saysAny=["亲情"], maxChars=ZH_MAX),
   T("出处", kind="sources"),
 ]),
 S("en", 42, "'activate' -> clarify; '2.' picks the second choice; why", "plain",
   ["clarify-one-word", "choice-number", "why"], [
   T("activate", kind="clarify", choices=CLARIFY_ACT),
   T("2.", kind="answer"),
   T("why?", kind="why"),
 ]),
 S("en", 43, "birth month of an older child; Guiyang photo rule for a 7-year-old", "rich",
   ["birth-date", "city-in-question", "city-known", "why", "maxChars"], [
   T("my son was born in March 2019", kind="ack", remember={"ageDays": [2750, 3150]}),
   T("we live in Guiyang, does he need a photo", kind="answer", topic="photo",
     saysAny=["Guiyang"], remember={"city": "guiyang", "ageDays": [2750, 3150]},
     maxChars=EN_MAX),
   T("why?", kind="why"),
 ]),
 S("en", 44, "documents for the physical card, follow-up for the e-voucher, online?", "plain",
   ["followup-card", "card-memory", "maxChars"], [
   T("what do i need to bring for my kids physical card", kind="answer", topic="documents",
     card="physical", maxChars=EN_MAX),
   T("what about for the e-voucher", kind="answer", card="e-voucher",
     saysAny=["commitment", "承诺", "hukou", "household", "户口"],
     remember={"card": "e-voucher"}),
   T("is that all online?", kind="answer", card="e-voucher", saysAny=["yes", "online", "app"]),
 ]),
 S("en", 45, "'Guiyang city' + age 'nine' + proxy in one message; documents for the proxy", "rich",
   ["city-in-question", "city-known", "age-in-question", "who-can-act", "memory-later",
    "maxChars"], [
   T("Guiyang city here, my kid is nine, can someone else apply for me", kind="answer",
     topic="who-can-act", saysAny=["Guiyang"],
     remember={"city": "guiyang", "ageDays": [3250, 3680]}, maxChars=EN_MAX),
   T("what would that person need to bring", kind="answer",
     saysAny=["authoris", "authoriz", "hukou", "household", "户口"]),
   T("sources?", kind="sources"),
 ]),
 S("en", 46, "card remembered, then forgotten after start over: bare 'how do i activate it' clarifies or answers generally", "rich",
   ["card-memory", "start-over", "maxChars"], [
   T("how do i activate my sons medical insurance e-voucher", kind="answer", topic="activation",
     card="e-voucher", remember={"card": "e-voucher"}, maxChars=EN_MAX),
   T("start over", remember={"card": None}),
   T("how do i activate it", anyKind=["clarify", "answer"], remember={"card": None}),
 ]),
]

# ---------------------------------------------------------------- Chinese
ZH = [
 S("zh", 1, "「两个月大」作陈述；问先办什么：先参保，并复述年龄；为什么；出处", "rich",
   ["age-statement", "age-used", "newborn-first", "why", "sources", "maxChars"], [
   T("宝宝两个月大", kind="ack", remember={"ageDays": [50, 80]}),
   T("那先办哪个", kind="answer", says=["医保"], saysAny=["两个月", "2个月"], maxChars=ZH_MAX,
     remember={"ageDays": [50, 80]}),
   T("为什么", kind="why"),
   T("出处", kind="sources", saysAny=ZH_SRC),
 ]),
 S("zh", 2, "年龄写在问题里（两个月），先参保；出生证明；详细说明", "plain",
   ["age-in-question", "age-used", "newborn-first", "details", "maxChars"], [
   T("娃两个月了 先弄哪个", kind="answer", says=["医保"], maxChars=ZH_MAX,
     remember={"ageDays": [50, 80]}),
   T("办社保卡出生证明要带吗", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("详细说明", kind="details"),
 ]),
 S("zh", 3, "出生日期；给出90天截止日期；不是硬性期限", "rich",
   ["birth-date", "age-used", "newborn-date", "maxChars"], [
   T("宝宝是2026年11月3日出生的", kind="ack", remember={"ageDays": [25, 120]}),
   T("医保最晚啥时候要办好", kind="answer", topic="newborn-insurance", saysAny=ZH_END_1103,
     maxChars=ZH_MAX),
   T("过了这天就不能参保了吗", kind="answer", topic="newborn-insurance",
     saysAny=["原则上", "可以", "当地", "追溯", "缴费之日", "统筹地区"]),
 ]),
 S("zh", 4, "「刚满月」；材料；爷爷能代办吗", "plain",
   ["age-statement", "who-can-act", "maxChars"], [
   T("孩子刚满月", kind="ack", remember={"ageDays": [28, 45]}),
   T("办社保卡要带什么", kind="answer", topic="documents", saysAny=["出生"], maxChars=ZH_MAX),
   T("爷爷能代办吗", kind="answer", topic="who-can-act", saysAny=ZH_AUTH, maxChars=ZH_MAX),
 ]),
 S("zh", 5, "「出生四十天」；医保电子凭证；电子社保卡跟进；为什么", "rich",
   ["age-statement", "followup-card", "card-memory", "why", "maxChars"], [
   T("我家宝宝出生四十天", kind="ack", remember={"ageDays": [38, 46]}),
   T("医保电子凭证怎么给她弄", kind="answer", topic="activation", card="e-voucher",
     saysAny=["亲情账户", "国家医保服务平台"], maxChars=ZH_MAX),
   T("那电子社保卡呢", kind="answer", card="electronic", saysAny=["实体卡", "实体社保卡"],
     remember={"card": "electronic"}),
   T("为什么", kind="why"),
 ]),
 S("zh", 6, "「十二岁」；材料不含新生儿内容；孩子自己能办吗", "plain",
   ["age-statement", "no-newborn-advice", "who-can-act", "maxChars"], [
   T("女儿十二岁了", kind="ack", remember={"ageDays": [4350, 4780]}),
   T("办社保卡要准备啥", kind="answer", topic="documents", saysNot=["90天", "九十天"],
     maxChars=ZH_MAX, remember={"ageDays": [4350, 4780]}),
   T("她自己去能办吗", kind="answer", topic="who-can-act", saysAny=["监护人", "16"],
     maxChars=ZH_MAX),
 ]),
 S("zh", 7, "海口陈述；五岁照片按海口规定；贵阳跟进；出处", "rich",
   ["city-statement", "city-known", "age-in-question", "followup-city", "sources", "maxChars"], [
   T("我们在海口", kind="ack", remember={"city": "haikou"}),
   T("五岁孩子办卡要照片吗", kind="answer", topic="photo", saysAny=["海口"], maxChars=ZH_MAX,
     remember={"city": "haikou", "ageDays": [1800, 2200]}),
   T("贵阳那边呢", kind="answer", topic="photo", saysAny=["贵阳"], remember={"city": "guiyang"}),
   T("出处", kind="sources"),
 ]),
 S("zh", 8, "知识库没有的城市（昆明）：通用答案 + 没有昆明的规定，问12333", "plain",
   ["city-statement", "city-unknown", "why", "maxChars"], [
   T("我们住昆明", kind="ack", remember={"city": "kunming"}),
   T("在哪里给孩子办卡", kind="answer", topic="apply-where", says=["昆明"],
     saysAny=["12333", "人社"], maxChars=ZH_MAX),
   T("为什么", kind="why"),
 ]),
 S("zh", 9, "城市更正：广州 → 中山", "rich",
   ["city-correction", "city-known", "maxChars"], [
   T("坐标广州", kind="ack", remember={"city": "guangzhou"}),
   T("不对不对 是中山", kind="ack", remember={"city": "zhongshan"}),
   T("小孩办卡去哪", kind="answer", topic="apply-where", saysAny=["中山"], maxChars=ZH_MAX,
     remember={"city": "zhongshan"}),
 ]),
 S("zh", 10, "实体卡激活；跟进医保电子凭证；为什么", "plain",
   ["followup-card", "card-memory", "why", "maxChars"], [
   T("孩子社保卡怎么激活", kind="answer", topic="activation", card="physical", maxChars=ZH_MAX),
   T("医保电子凭证那个呢", kind="answer", topic="activation", card="e-voucher",
     saysAny=["亲情账户", "国家医保服务平台"], remember={"card": "e-voucher"}),
   T("为什么", kind="why"),
 ]),
 S("zh", 11, "一个字「卡」→ 澄清；输入1作答；详细说明", "plain",
   ["clarify-one-word", "choice-number", "details"], [
   T("卡", kind="clarify", choices=CLARIFY_CARD),
   T("1", kind="answer"),
   T("详细说明", kind="details"),
 ]),
 S("zh", 12, "「激活」→ 澄清；用文字选择；出处", "rich",
   ["clarify-one-word", "choice-text", "sources"], [
   T("激活", kind="clarify", choices=CLARIFY_ACT),
   T("医保电子凭证", kind="answer", topic="activation", card="e-voucher"),
   T("出处", kind="sources"),
 ]),
 S("zh", 13, "微信（plain）逐步引导：下一步/下一步/上一步/重复/上一步", "plain",
   ["walkthrough", "walk-next", "walk-back", "walk-repeat", "xiayibu-at-step2"], [
   T("一步一步教我给孩子办社保卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("重复", kind="step", step=2),
   T("上一步", kind="step", step=1),
 ]),
 S("zh", 14, "逐步引导中停止、提问、继续", "plain",
   ["walkthrough", "walk-next", "walk-continue", "xiayibu-at-step2", "maxChars"], [
   T("带我走一遍办卡流程", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("停止"),
   T("要带什么材料", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("继续", kind="step", step=2),
   T("下一步", kind="step", step=3),
 ]),
 S("zh", 15, "材料；转人工；照片", "rich",
   ["handoff", "maxChars"], [
   T("宝宝办卡要带什么", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("看不懂 转人工", kind="handoff"),
   T("算了 照片要不要", kind="answer", topic="photo", maxChars=ZH_MAX),
 ]),
 S("zh", 16, "成都陈述，中间插一个无关问题，城市仍记得", "plain",
   ["city-statement", "city-known", "offtopic-middle", "memory-later", "maxChars"], [
   T("我们在成都", kind="ack", remember={"city": "chengdu"}),
   T("孩子社保卡在哪激活", kind="answer", topic="activation", saysAny=["成都"],
     maxChars=ZH_MAX),
   T("顺便问下车险哪家好", kind="decline"),
   T("那要带什么材料", kind="answer", topic="documents", remember={"city": "chengdu"}),
 ]),
 S("zh", 17, "中文 → 英文切换", "rich",
   ["language-switch", "sources", "maxChars"], [
   T("孩子社保卡要带什么材料", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("can you answer in english? do we need the birth certificate", kind="answer",
     topic="documents", saysAny=["birth"], maxChars=EN_MAX),
   T("sources?", kind="sources"),
 ]),
 S("zh", 18, "材料简答；详细说明接着讲；出处", "rich",
   ["details", "sources", "maxChars"], [
   T("给闺女办卡要带啥", kind="answer", topic="documents", maxChars=ZH_MAX),
   T("详细说明", kind="details"),
   T("出处", kind="sources", saysAny=ZH_SRC),
 ]),
 S("zh", 19, "奶奶代办：先回答能不能；为什么；详细说明", "plain",
   ["who-can-act", "why", "details", "maxChars"], [
   T("奶奶能帮孙子办社保卡吗 我们在外地打工", kind="answer", topic="who-can-act",
     saysAny=ZH_AUTH, maxChars=ZH_MAX),
   T("为什么", kind="why"),
   T("详细说明", kind="details"),
 ]),
 S("zh", 20, "手机激活：社保功能可线上，金融功能去银行；电子社保卡跟进", "rich",
   ["phone-activation", "followup-card", "maxChars"], [
   T("能不能手机上把孩子社保卡激活了", kind="answer", topic="activation", saysAny=["银行"],
     maxChars=ZH_MAX),
   T("那电子社保卡呢", kind="answer", card="electronic", saysAny=["亲情"]),
   T("要先有实体卡吗", kind="answer", saysAny=["实体卡", "实体社保卡"]),
 ]),
 S("zh", 21, "新生儿办事顺序；详细说明；为什么", "plain",
   ["process-newborn", "details", "why", "maxChars"], [
   T("刚生完 医保 社保卡 电子凭证 先后顺序是啥", kind="answer", topic="process",
     saysAny=["参保", "医保"], maxChars=ZH_MAX),
   T("详细说明", kind="details"),
   T("为什么", kind="why"),
 ]),
 S("zh", 22, "「三岁半」；照片通用答案；再说海口并用于材料", "rich",
   ["age-statement", "city-statement", "city-known", "memory-later", "maxChars"], [
   T("孩子三岁半", kind="ack", remember={"ageDays": [1240, 1340]}),
   T("办卡要照片吗", kind="answer", topic="photo",
     saysAny=["海口", "贵阳", "部分", "各地", "当地", "有的"], maxChars=ZH_MAX),
   T("我们在海口", kind="ack", remember={"city": "haikou"}),
   T("那要带什么", kind="answer", topic="documents", saysAny=["海口"],
     remember={"city": "haikou", "ageDays": [1240, 1340]}),
 ]),
 S("zh", 23, "「两岁零三个月」；出生时没参保：不追溯", "plain",
   ["age-statement", "late-enrolment", "maxChars"], [
   T("儿子两岁零三个月", kind="ack", remember={"ageDays": [800, 860]}),
   T("出生时没参保 现在补还能报以前的吗", kind="answer", topic="newborn-insurance",
     saysAny=ZH_NOBACK, maxChars=ZH_MAX),
   T("去哪问我们当地的规定", kind="answer", saysAny=["12393", "12333", "医保"]),
 ]),
 S("zh", 24, "「八十天」：原则上90天内还来得及", "rich",
   ["age-statement", "newborn-first", "sources", "maxChars"], [
   T("宝宝八十天了", kind="ack", remember={"ageDays": [78, 84]}),
   T("现在参保还能从出生那天算吗", kind="answer", topic="newborn-insurance",
     saysAny=["可以", "原则上", "90"], maxChars=ZH_MAX),
   T("出处", kind="sources"),
 ]),
 S("zh", 25, "年龄在问题里（一个多月）；外婆代办；详细说明", "plain",
   ["age-in-question", "who-can-act", "details", "maxChars"], [
   T("给一个多月的娃办社保卡带啥", kind="answer", topic="documents", saysAny=["出生"],
     maxChars=ZH_MAX, remember={"ageDays": [30, 60]}),
   T("外婆去办行吗", kind="answer", topic="who-can-act", saysAny=ZH_AUTH),
   T("详细说明", kind="details"),
 ]),
 S("zh", 26, "城市和年龄后「重新开始」全部忘掉", "rich",
   ["city-statement", "age-statement", "start-over"], [
   T("我们在海口", kind="ack", remember={"city": "haikou"}),
   T("孩子五岁", kind="ack", remember={"ageDays": [1800, 2200], "city": "haikou"}),
   T("重新开始", remember={"city": None, "ageDays": None}),
   T("小孩要照片吗", kind="answer", topic="photo", saysNot=["5岁", "五岁"],
     remember={"city": None, "ageDays": None}),
 ]),
 S("zh", 27, "贵阳谁能办；那海口呢；出处", "plain",
   ["city-in-question", "city-known", "followup-city", "sources", "maxChars"], [
   T("贵阳谁可以给孩子办卡", kind="answer", topic="who-can-act", saysAny=["贵阳"],
     remember={"city": "guiyang"}, maxChars=ZH_MAX),
   T("那海口呢", kind="answer", topic="who-can-act", saysAny=["海口"],
     remember={"city": "haikou"}),
   T("出处", kind="sources"),
 ]),
 S("zh", 28, "卡丢了：挂失；电话挂失；电子社保卡", "rich",
   ["lost-card", "maxChars"], [
   T("孩子社保卡丢了怎么办", kind="answer", topic="lost-card", saysAny=["挂失"],
     maxChars=ZH_MAX),
   T("打电话能挂失吗", kind="answer", topic="lost-card", saysAny=["12333"]),
   T("那电子社保卡还能用吗", kind="answer", saysAny=["授权", "注销", "不可用", "不能"]),
 ]),
 S("zh", 29, "医保热线 12393；社保卡 12333；详细说明", "plain",
   ["hotlines", "followup-card", "details", "maxChars"], [
   T("宝宝医保的问题打哪个电话", kind="answer", topic="hotlines", saysAny=["12393"],
     maxChars=ZH_MAX),
   T("那社保卡呢", kind="answer", topic="hotlines", saysAny=["12333"]),
   T("详细说明", kind="details"),
 ]),
 S("zh", 30, "隐私；为什么（第十五条）；出处", "rich",
   ["privacy", "why", "sources", "maxChars"], [
   T("在app里传孩子户口本安全吗 谁能看到", kind="answer", topic="privacy", maxChars=ZH_MAX),
   T("为什么", kind="why", saysAny=["十五", "15", "隐私"]),
   T("出处", kind="sources"),
 ]),
 S("zh", 31, "法律依据：第十六条要求各地公布规程", "plain",
   ["legal-basis", "details", "maxChars"], [
   T("办卡材料是哪个文件规定的", kind="answer", topic="legal-basis",
     saysAny=["十六", "16", "当地"], maxChars=ZH_MAX),
   T("为啥各地不一样", kind="answer", topic="legal-basis", saysAny=["当地", "各地", "地方"]),
   T("详细说明", kind="details"),
 ]),
 S("zh", 32, "收费（资料未涵盖）；去哪办；中山陈述后再问", "rich",
   ["not-covered", "city-statement", "city-known", "maxChars"], [
   T("给孩子办社保卡收费吗", kind="answer", topic="not-covered", saysAny=["12333", "当地"],
     maxChars=ZH_MAX),
   T("那去哪办", kind="answer", topic="apply-where", maxChars=ZH_MAX),
   T("我们在中山", kind="ack", remember={"city": "zhongshan"}),
   T("那在中山具体去哪办", kind="answer", topic="apply-where", saysAny=["中山"]),
 ]),
 S("zh", 33, "新生儿能办卡吗；医保电子凭证跟进（母亲信息）；为什么", "plain",
   ["child-eligibility", "followup-card", "why", "maxChars"], [
   T("刚出生的宝宝能办社保卡吗", kind="answer", topic="child-eligibility", maxChars=ZH_MAX),
   T("那医保电子凭证呢", kind="answer", card="e-voucher", saysAny=["出生", "母亲", "妈妈"]),
   T("为什么", kind="why"),
 ]),
 S("zh", 34, "近似无关：身份证、护照被婉拒，社保卡正常回答", "rich",
   ["offtopic-nearmiss", "maxChars"], [
   T("孩子办身份证要什么", kind="decline"),
   T("那护照呢", kind="decline"),
   T("社保卡呢 要带什么", kind="answer", topic="documents", maxChars=ZH_MAX),
 ]),
 S("zh", 35, "车险婉拒；新生儿医保；咨询电话", "plain",
   ["offtopic-nearmiss", "hotlines", "maxChars"], [
   T("车险到期了怎么续", kind="decline"),
   T("新生儿医保怎么办", kind="answer", topic="newborn-insurance", maxChars=ZH_MAX),
   T("有咨询电话吗", kind="answer", topic="hotlines", saysAny=["12393"]),
 ]),
 S("zh", 36, "网页（rich）逐步引导：下一步/上一步，再问为什么", "rich",
   ["walkthrough", "walk-next", "walk-back", "why"], [
   T("一步步带我办女儿的社保卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("为什么", kind="why"),
 ]),
 S("zh", 37, "先要人工；再问医保电子凭证激活；支付宝", "plain",
   ["handoff", "card-memory", "maxChars"], [
   T("我要人工客服", kind="handoff"),
   T("算了 宝宝医保电子凭证在哪激活", kind="answer", topic="activation", card="e-voucher",
     maxChars=ZH_MAX),
   T("支付宝能弄吗", kind="answer", card="e-voucher", saysAny=["支付宝"]),
 ]),
 S("zh", 38, "微信领电子社保卡；要先有实体卡；为什么", "plain",
   ["card-memory", "why", "maxChars"], [
   T("儿子的电子社保卡能在微信上领吗", kind="answer", card="electronic", saysAny=["亲情"],
     maxChars=ZH_MAX),
   T("要先有实体卡吗", kind="answer", saysAny=["实体"]),
   T("为什么", kind="why"),
 ]),
 S("zh", 39, "中山出生一件事及其条件", "rich",
   ["city-statement", "city-known", "newborn-onestop", "maxChars"], [
   T("我们在中山 刚生了宝宝", anyKind=["ack", "answer"], remember={"city": "zhongshan"}),
   T("有没有出生一件事那种一起办的", kind="answer", saysAny=["一件事", "联办", "一站", "集成"],
     maxChars=ZH_MAX),
   T("什么条件能办", kind="answer", saysAny=["广东", "户籍", "婚姻", "一周岁", "结婚"]),
 ]),
 S("zh", 40, "出生年月（2019年3月）；医保电子凭证不给新生儿内容；电子社保卡", "plain",
   ["birth-date", "no-newborn-advice", "followup-card", "memory-later", "maxChars"], [
   T("儿子2019年3月出生的", kind="ack", remember={"ageDays": [2750, 3150]}),
   T("他的医保电子凭证怎么激活", kind="answer", topic="activation", card="e-voucher",
     saysNot=["新生儿"], maxChars=ZH_MAX),
   T("电子社保卡呢", kind="answer", card="electronic", remember={"ageDays": [2750, 3150]}),
 ]),
 S("zh", 41, "清远（问题中）；详细说明；出处", "plain",
   ["city-in-question", "city-known", "details", "sources", "maxChars"], [
   T("清远的 孩子社保卡在哪激活", kind="answer", topic="activation", saysAny=["清远"],
     remember={"city": "qingyuan"}, maxChars=ZH_MAX),
   T("详细说明", kind="details"),
   T("出处", kind="sources"),
 ]),
 S("zh", 42, "常德激活；那合肥呢（无规定）；为什么", "rich",
   ["city-in-question", "city-known", "city-unknown", "followup-city", "why", "maxChars"], [
   T("常德 监护人怎么给孩子激活社保卡", kind="answer", topic="activation", saysAny=["常德"],
     remember={"city": "changde"}, maxChars=ZH_MAX),
   T("那合肥呢", kind="answer", says=["合肥"], saysAny=["12333", "人社"],
     remember={"city": "hefei"}),
   T("为什么", kind="why"),
 ]),
 S("zh", 43, "中文 → 英文切换并跟进电子社保卡", "plain",
   ["language-switch", "followup-card", "sources", "maxChars"], [
   T("宝宝医保电子凭证怎么激活", kind="answer", topic="activation", card="e-voucher",
     maxChars=ZH_MAX),
   T("can we do english? how about the electronic social security card", kind="answer",
     card="electronic", saysAny=["family", "亲情"], maxChars=EN_MAX),
   T("sources?", kind="sources"),
 ]),
 S("zh", 44, "「激活」→ 澄清；输入「第二个」；为什么", "plain",
   ["clarify-one-word", "choice-number", "why"], [
   T("激活", kind="clarify", choices=CLARIFY_ACT),
   T("第二个", kind="answer"),
   T("为什么", kind="why"),
 ]),
 S("zh", 45, "「卡」→ 澄清；输入「①」；出处", "plain",
   ["clarify-one-word", "choice-number", "sources"], [
   T("卡", kind="clarify", choices=CLARIFY_CARD),
   T("①", kind="answer"),
   T("出处", kind="sources"),
 ]),
 S("zh", 46, "拼音城市 haikou + 六岁写在问题里；材料；为什么", "rich",
   ["city-in-question", "city-known", "age-in-question", "memory-later", "why", "maxChars"], [
   T("我们在haikou 孩子6岁 要拍照吗", kind="answer", topic="photo", saysAny=["海口"],
     remember={"city": "haikou", "ageDays": [2150, 2580]}, maxChars=ZH_MAX),
   T("那要带什么", kind="answer", topic="documents", saysAny=["海口"],
     remember={"city": "haikou"}),
   T("为什么", kind="why"),
 ]),
 S("zh", 47, "「贵阳市」陈述；九岁+委托写在问题里；委托材料", "plain",
   ["city-statement", "city-known", "age-in-question", "who-can-act", "memory-later",
    "maxChars"], [
   T("我们是贵阳市的", kind="ack", remember={"city": "guiyang"}),
   T("孩子九岁 我能委托别人去办吗", kind="answer", topic="who-can-act", saysAny=["贵阳"],
     remember={"city": "guiyang", "ageDays": [3250, 3680]}, maxChars=ZH_MAX),
   T("那要什么材料", kind="answer", saysAny=["委托", "授权", "户口"],
     remember={"city": "guiyang"}),
 ]),
 S("zh", 48, "记住卡种后「重新开始」忘掉：只问「怎么激活」应澄清或给通用答案", "rich",
   ["card-memory", "start-over", "maxChars"], [
   T("孩子医保电子凭证怎么激活", kind="answer", topic="activation", card="e-voucher",
     remember={"card": "e-voucher"}, maxChars=ZH_MAX),
   T("重新开始", remember={"card": None}),
   T("怎么激活", anyKind=["clarify", "answer"], remember={"card": None}),
 ]),
]

def check(scen):
    ids = [s["id"] for s in scen]
    assert len(ids) == len(set(ids))
    for s in scen:
        for t in s["turns"]:
            e = t["expect"]
            if "maxChars" in e:
                assert e.get("kind") == "answer", (s["id"], t["user"])

for lang, scen in (("en", EN), ("zh", ZH)):
    check(scen)
    path = os.path.join(HERE, "scenarios13", f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(scen, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ch = collections.Counter(s["channel"] for s in scen)
    turns = sum(len(s["turns"]) for s in scen)
    feats = collections.Counter(f for s in scen for f in FEATURES[s["id"]])
    print(f"== {lang}: {len(scen)} scenarios, {turns} turns, channels {dict(ch)}")
    for k, v in sorted(feats.items()):
        print(f"   {k}: {v}")
