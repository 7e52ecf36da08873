#!/usr/bin/env python3
"""Writes scenarios28/en.json and zh.json (blind set 28, issue #17).
Data lives in this file. Expectations follow only issue #17 and shared/reference/*.md.
Ages from birth dates are computed for 2026-12-03 with wide ranges (see README).
Each scenario carries a `features` list used only for README counts; it is stripped
from the JSON."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))

EN_MAX, ZH_MAX = 650, 350        # first-reply limits on answers (brief)
EN_ACK, ZH_ACK = 300, 150        # "acknowledged in one line": generous
EN_TAGS = ["(secondary source)"]
ZH_TAGS = ["（转载资料）", "(转载资料)"]
INTERNAL = ["activation.md", "card-kinds.md", "legal-basis.md"]

# age ranges in days (wide)
A_2M = [55, 95]; A_40D = [35, 45]; A_1M = [26, 45]; A_6W = [38, 50]; A_3W = [18, 26]
A_5M = [140, 180]; A_10M = [280, 335]; A_18M = [500, 600]
A_2Y = [730, 1095]; A_3Y = [1095, 1460]; A_4Y = [1460, 1830]; A_5Y = [1826, 2195]
A_8Y = [2920, 3290]; A_10Y = [3650, 4020]; A_12Y = [4380, 4750]
A_BORN_2026_10_20 = [40, 130]    # 44 days on 2026-12-03
A_BORN_2019_03_03 = [2790, 3300] # 2832 days on 2026-12-03

# 90 days after 2026-10-20 = 2027-01-18 (day 89 = 01-17 if counted inclusively)
EN_DATE_90 = ["18 Jan", "January 18", "Jan 18", "2027-01-18", "18/01/2027", "1/18/2027",
              "17 Jan", "January 17", "Jan 17", "2027-01-17", "17/01/2027", "1/17/2027"]
ZH_DATE_90 = ["1月18日", "1月17日", "2027-01-18", "2027-01-17", "01月18日", "01月17日",
              "2027年1月18", "2027年1月17"]


def t(user, **e):
    return {"user": user, "expect": e}


def ans_en(**e):
    e.setdefault("kind", "answer"); e.setdefault("maxChars", EN_MAX)
    e.setdefault("saysNot", list(EN_TAGS))
    return e


def ans_zh(**e):
    e.setdefault("kind", "answer"); e.setdefault("maxChars", ZH_MAX)
    e.setdefault("saysNot", list(ZH_TAGS))
    return e


def ta(user, **e):   # English answer turn
    return {"user": user, "expect": ans_en(**e)}


def tz(user, **e):   # Chinese answer turn
    return {"user": user, "expect": ans_zh(**e)}


def ack_en(user, **e):
    e.setdefault("kind", "ack"); e.setdefault("maxChars", EN_ACK)
    return {"user": user, "expect": e}


def ack_zh(user, **e):
    e.setdefault("kind", "ack"); e.setdefault("maxChars", ZH_ACK)
    return {"user": user, "expect": e}


def S(id, about, channel, features, turns):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, id
    return {"id": id, "about": about, "channel": channel, "features": features, "turns": turns}


FORGOT = {"ageDays": None, "city": None}

# ------------------------------------------------------------------ English
EN = [
 S("b28-en-01", "age stated in words, remembered, used for a newborn, forgotten after start over", "plain",
   ["age", "age-said-back", "newborn-90", "memory-kept", "start-over"], [
   ack_en("my baby is 2 months old", remember={"ageDays": A_2M}),
   ta("what do we do first?", says=["90"], saysAny=["2-month", "2 month", "two-month", "two month"]),
   ta("ok and what documents for her card", topic="documents", remember={"ageDays": A_2M}),
   t("start over", remember=FORGOT),
   t("what do we do first?", saysNot=["2-month", "2 month", "two-month", "two month"]),
 ]),
 S("b28-en-02", "older child never gets newborn-only advice; why? after an answer", "rich",
   ["age", "age-said-back", "no-newborn-advice", "why", "who-can-act-yesno"], [
   ack_en("she's 8", remember={"ageDays": A_8Y}),
   ta("what should we do first to get her a card",
      saysAny=["8-year-old", "8 year old", "8-year old", "age 8", "aged 8", "8 years"],
      saysNot=EN_TAGS + ["90 days", "90-day"]),
   ta("does she have to come with me?", topic="who-can-act"),
   t("why?", kind="why"),
 ]),
 S("b28-en-03", "birth date -> date the 90 days end, in principle; sources", "plain",
   ["age", "birth-date", "newborn-90", "sources"], [
   ack_en("he was born on 20 October 2026", remember={"ageDays": A_BORN_2026_10_20}),
   ta("when is the deadline for his medical insurance", topic="newborn-insurance",
      saysAny=EN_DATE_90, says=["principle"], saysNot=EN_TAGS + ["the limit"]),
   t("sources?", kind="sources", saysAny=["gov.cn", "http"], saysNot=INTERNAL),
 ]),
 S("b28-en-04", "city with a rule (Haikou photo), follow-up for another city (Guiyang), why", "rich",
   ["city-known", "city-followup", "age", "why"], [
   ack_en("we live in Haikou", remember={"city": "haikou"}),
   ta("my son is 4, does he need a photo for the card?", topic="photo", says=["Haikou"],
      saysAny=["7"], remember={"city": "haikou", "ageDays": A_4Y}),
   ta("what about Guiyang?", topic="photo", says=["Guiyang"], saysAny=["6"],
      remember={"city": "guiyang"}),
   t("why?", kind="why"),
 ]),
 S("b28-en-05", "city the sources lack (Kunming): general answer + no rule for Kunming; More details; other city", "plain",
   ["city-unknown", "details", "city-followup"], [
   ta("we're in Kunming, what documents do i need for my daughters card", topic="documents",
      says=["Kunming"], saysAny=["12333", "HRSS", "bureau"], remember={"city": "kunming"}),
   t("More details", kind="details"),
   ta("what about zhongshan", topic="documents", says=["Zhongshan"], remember={"city": "zhongshan"}),
 ]),
 S("b28-en-06", "follow-up for another card: e-voucher, then electronic card", "rich",
   ["card-followup", "card-memory"], [
   ta("how do i activate my son's social security card", topic="activation", card="physical"),
   ta("and for the e-voucher?", topic="activation", card="e-voucher",
      saysAny=["app", "alipay", "family account", "national healthcare security"],
      remember={"card": "e-voucher"}),
   ta("what about the electronic social security card", topic="activation", card="electronic",
      saysAny=["family", "physical"]),
 ]),
 S("b28-en-07", "phone question: social security function online yes, bank function no; why; handoff", "plain",
   ["yesno-first", "why", "handoff"], [
   ta("can i activate my kid's social security card on my phone?", topic="activation",
      says=["bank"], saysAny=["online", "app", "phone"]),
   t("why?", kind="why", saysAny=["bank", "in person"]),
   t("can i talk to a real person", kind="handoff"),
 ]),
 S("b28-en-08", "grandparent: answer yes/no as the sources allow; city stated later; sources", "rich",
   ["yesno-first", "city-known", "sources"], [
   ta("can grandpa apply for my daughter's card? we both work", topic="who-can-act",
      saysAny=["authoris", "authoriz", "written", "power of attorney", "letter"]),
   ack_en("we live in Guiyang btw", remember={"city": "guiyang"}),
   ta("so can he do it here?", topic="who-can-act", says=["Guiyang"],
      saysAny=["authoris", "authoriz", "written", "letter"]),
   t("sources?", kind="sources", saysNot=INTERNAL),
 ]),
 S("b28-en-09", "one ambiguous word 'card' -> clarify; typed 1 answers; More details", "plain",
   ["clarify", "numbered-choice", "details"], [
   t("card", kind="clarify",
     choices=["activation", "card-kinds", "documents", "apply-where", "process", "card:physical"]),
   t("1", kind="answer"),
   t("More details", kind="details"),
 ]),
 S("b28-en-10", "one ambiguous word 'activate' -> clarify; the choice answers; follow-up for another card", "rich",
   ["clarify", "card-followup"], [
   t("activate", kind="clarify",
     choices=["activation", "card:physical", "card:electronic", "card:e-voucher"]),
   ta("Medical insurance e-voucher", topic="activation", card="e-voucher"),
   ta("and the physical card?", topic="activation", card="physical"),
 ]),
 S("b28-en-11", "walkthrough on a plain channel: next, next, back, repeat, next", "plain",
   ["walkthrough", "walk-next", "walk-back"], [
   t("walk me through the steps", kind="step", step=1),
   t("next", kind="step", step=2),
   t("next", kind="step", step=3),
   t("back", kind="step", step=2),
   t("repeat", kind="step", step=2),
   t("next", kind="step", step=3),
 ]),
 S("b28-en-12", "walkthrough on a rich channel: next, stop, continue resumes", "rich",
   ["walkthrough", "walk-next"], [
   t("can you take me through it step by step", kind="step", step=1),
   t("next", kind="step", step=2),
   t("stop"),
   t("continue", kind="step", step=2),
 ]),
 S("b28-en-13", "off-topic question in the middle keeps the child's age", "plain",
   ["age", "off-topic-mid", "memory-kept"], [
   ack_en("my son is 5", remember={"ageDays": A_5Y}),
   t("whats the cheapest car insurance", kind="decline", saysNot=["newborn"]),
   ta("ok, where do we apply for his card", topic="apply-where", remember={"ageDays": A_5Y}),
   ta("does he have to come?", topic="who-can-act", saysNot=EN_TAGS + ["90 days"]),
 ]),
 S("b28-en-14", "language switch: English then Chinese then English", "rich",
   ["language-switch"], [
   ta("what documents do I need for my baby's social security card", topic="documents"),
   tz("那在哪里办？", topic="apply-where", saysAny=["银行", "网点", "窗口", "线上", "网上"]),
   tz("孩子卡丢了怎么办", topic="lost-card", saysAny=["挂失"]),
   ta("who do i call about it?", topic="hotlines", saysAny=["12333"]),
 ]),
 S("b28-en-15", "city correction (Haikou -> Guiyang) used in a photo answer", "plain",
   ["city-known", "city-correction", "age"], [
   ack_en("we are in Haikou", remember={"city": "haikou"}),
   ack_en("sorry, I meant Guiyang, not Haikou", remember={"city": "guiyang"}),
   ta("does my 5 year old need a photo", topic="photo", says=["Guiyang"], saysAny=["6"],
      remember={"city": "guiyang", "ageDays": A_5Y}),
 ]),
 S("b28-en-16", "age correction then said back", "rich",
   ["age", "age-correction", "age-said-back"], [
   ack_en("my daughter is 2", remember={"ageDays": A_2Y}),
   ack_en("oops, she's 3 actually", remember={"ageDays": A_3Y}),
   ta("does she need a photo for her card?", topic="photo",
      saysAny=["3-year-old", "3 year old", "3-year old", "age 3", "aged 3", "3 years"]),
 ]),
 S("b28-en-17", "late newborn enrolment: no back-dated cover, local rules; city the KB lacks", "plain",
   ["age", "late-enrolment", "why", "city-unknown"], [
   ta("baby is 5 months old and we never did the medical insurance", topic="newborn-insurance",
      saysAny=["back-dated", "backdated", "retroactive", "local", "from the date", "your city"],
      saysNot=EN_TAGS + ["the limit"], remember={"ageDays": A_5M}),
   t("why?", kind="why"),
   ack_en("we live in Hefei", remember={"city": "hefei"}),
   ta("so what happens in our case", says=["Hefei"], saysAny=["12393", "12333", "bureau", "local"]),
 ]),
 S("b28-en-18", "short documents answer, More details, sources without internal file names", "rich",
   ["details", "sources", "length"], [
   ta("what to bring for my sons card", topic="documents"),
   t("More details", kind="details"),
   t("sources?", kind="sources", saysAny=["gov.cn", "http"], saysNot=INTERNAL),
 ]),
 S("b28-en-19", "hotlines; follow-up for the other card; handoff", "plain",
   ["card-followup", "handoff"], [
   ta("which number do i call about the babys medical insurance", topic="hotlines", saysAny=["12393"]),
   ta("and for the social security card?", topic="hotlines", saysAny=["12333"]),
   t("i want to speak to a human", kind="handoff"),
 ]),
 S("b28-en-20", "newborn order of things; why; 180 days of the e-voucher", "rich",
   ["age", "newborn-order", "why"], [
   t("baby is 3 weeks old. whats the order to get everything done?", kind="answer",
     maxChars=EN_MAX, saysAny=["e-voucher", "e voucher", "evoucher"], remember={"ageDays": A_3W}),
   t("why in that order?", kind="why"),
   t("how long can she use the e-voucher before the card comes", saysAny=["180"]),
 ]),
 S("b28-en-21", "city and age in one statement (Zhongshan, 'zhongshan city'); one-stop newborn service conditions", "plain",
   ["city-known", "age", "zhongshan-one-stop"], [
   ack_en("we're in zhongshan city, baby just turned one month", remember={"city": "zhongshan", "ageDays": A_1M}),
   ta("can we do it all in one go?", says=["Zhongshan"],
      saysAny=["Guangdong", "married", "one year", "1 year", "under one", "hukou"]),
   ta("what documents for the card itself", topic="documents", remember={"city": "zhongshan"}),
 ]),
 S("b28-en-22", "Qingyuan: activation deadline labelled as Qingyuan's; where", "plain",
   ["city-known", "why"], [
   ta("how long do i have to activate the kids card in Qingyuan", topic="activation",
      says=["Qingyuan"], saysAny=["six months", "6 months", "half a year", "half year", "6-month"],
      remember={"city": "qingyuan"}),
   ta("where do i go to do it", says=["bank"]),
   t("why?", kind="why"),
 ]),
 S("b28-en-23", "Changde, 10-year-old: what to bring to activate; grandma; why", "rich",
   ["city-known", "age", "yesno-first", "why"], [
   ta("im in changde, what do i need to activate my 10 yr old's card", says=["Changde"],
      saysAny=["hukou", "household", "户口"], remember={"city": "changde", "ageDays": A_10Y}),
   ta("can his grandma do it instead?", topic="who-can-act"),
   t("why?", kind="why"),
 ]),
 S("b28-en-24", "Chengdu statement, then social security function vs bank part", "plain",
   ["city-known", "card-followup"], [
   ack_en("we're in Chengdu", remember={"city": "chengdu"}),
   ta("where do we activate the social security function for our son", topic="activation",
      says=["Chengdu"], saysAny=["community", "centre", "center", "street", "service station"]),
   ta("and the bank part?", says=["bank"]),
 ]),
 S("b28-en-25", "Linxiang: the child comes with the guardian (official notice)", "rich",
   ["city-known", "yesno-first", "sources"], [
   ta("does my kid have to come with me? we're in linxiang", topic="who-can-act",
      says=["Linxiang"], remember={"city": "linxiang"}),
   t("sources?", kind="sources", saysAny=["gov.cn"]),
   ta("and what do i bring?", topic="documents"),
 ]),
 S("b28-en-26", "electronic card for a newborn needs the physical card first; why; e-voucher meanwhile", "plain",
   ["card-memory", "why", "card-followup"], [
   ta("can i add my newborn to my electronic social security card", card="electronic",
      saysAny=["physical"]),
   t("why?", kind="why", saysAny=["physical"]),
   ta("so what can we use at the doctor until then, the e-voucher?", card="e-voucher"),
 ]),
 S("b28-en-27", "lost card: by phone, and the electronic card", "rich",
   ["lost", "card-followup"], [
   ta("my kid lost his social security card", topic="lost-card"),
   ta("can i report it by phone?", topic="lost-card", saysAny=["12333"]),
   t("does his electronic card still work?", saysAny=["authoris", "authoriz", "cancel", "stop", "suspend"]),
 ]),
 S("b28-en-28", "'activation' alone -> clarify; '1.' picks; More details", "plain",
   ["clarify", "numbered-choice", "details"], [
   t("activation", kind="clarify",
     choices=["activation", "card:physical", "card:electronic", "card:e-voucher"]),
   t("1.", kind="answer"),
   t("More details", kind="details"),
 ]),
 S("b28-en-29", "legal basis: Article 16 where it governs; why; sources", "rich",
   ["legal", "why", "sources"], [
   ta("what law is all this based on?", topic="legal-basis", saysAny=["Article 16", "Art. 16", "Art 16"]),
   t("why?", kind="why"),
   t("sources?", kind="sources", saysNot=INTERNAL),
 ]),
 S("b28-en-30", "privacy: photo in the app; who sees the data", "plain",
   ["privacy", "why"], [
   ta("is it safe to upload my daughter's photo in the app", topic="privacy"),
   ta("who gets to see her data", topic="privacy", saysAny=["Article 15", "Art. 15", "privacy", "law"]),
   t("why?", kind="why"),
 ]),
 S("b28-en-31", "near misses declined (child's ID card, passport), then on-topic", "rich",
   ["off-topic-mid", "near-miss"], [
   t("how do i get an ID card for my son", kind="decline"),
   t("and a passport for him?", kind="decline"),
   ta("ok, where do i apply for his social security card", topic="apply-where"),
 ]),
 S("b28-en-32", "yes/no documents question: birth certificate usually not unless...; why", "plain",
   ["yesno-first", "why"], [
   ta("do i need the birth certificate for my son's card?", topic="documents",
      saysAny=["unless", "only if", "only when", "not always", "usually not", "if the", "if your", "if you"]),
   t("why?", kind="why"),
   t("sources?", kind="sources"),
 ]),
 S("b28-en-33", "start over clears both city and age", "plain",
   ["city-known", "age", "start-over"], [
   ack_en("we live in guiyang", remember={"city": "guiyang"}),
   ack_en("our baby is 6 weeks old", remember={"ageDays": A_6W, "city": "guiyang"}),
   t("start over", remember=FORGOT),
   ta("what docs do i need", topic="documents", saysNot=EN_TAGS + ["Guiyang", "6-week", "6 week", "six-week"]),
 ]),
 S("b28-en-34", "ambiguous short message then handoff", "rich",
   ["clarify", "handoff"], [
   t("the card??", kind="clarify",
     choices=["activation", "card-kinds", "documents", "apply-where", "process", "card:physical"]),
   t("none of those, can i talk to someone", kind="handoff"),
   t("ok, how do i activate my sons social security card then", topic="activation"),
 ]),
 S("b28-en-35", "2-month-old without ID number: e-voucher via birth certificate route; electronic card needs physical", "plain",
   ["age", "card-followup", "card-memory"], [
   ta("she's 2 months and has no ID number yet, how do i get her e-voucher?", topic="activation",
      card="e-voucher", saysAny=["birth certificate", "birth medical certificate", "mother"],
      remember={"ageDays": A_2M}),
   ta("and the electronic social security card?", card="electronic", saysAny=["physical"]),
   ta("where do we get the physical one", topic="apply-where", remember={"ageDays": A_2M}),
 ]),
 S("b28-en-36", "age in weeks in the same message as the question", "rich",
   ["age", "newborn-90"], [
   ta("our son is six weeks old, what docs do we need for his card", topic="documents",
      remember={"ageDays": A_6W}),
   ta("and his medical insurance, is there a deadline?", topic="newborn-insurance",
      says=["90"], saysNot=EN_TAGS + ["the limit"]),
   t("why?", kind="why"),
 ]),
 S("b28-en-37", "age as a fraction of a year; photo; More details", "plain",
   ["age", "details"], [
   ack_en("my twins are 1 and a half years old", remember={"ageDays": A_18M}),
   ta("do they need photos for the card", topic="photo", saysAny=["7", "6"]),
   t("More details", kind="details"),
 ]),
 S("b28-en-38", "older child's birth date; eligibility never newborn-only", "rich",
   ["age", "birth-date", "no-newborn-advice"], [
   ack_en("she was born on 3 March 2019", remember={"ageDays": A_BORN_2019_03_03}),
   ta("can she still get a card at her age?", topic="child-eligibility",
      saysNot=EN_TAGS + ["90 days", "90-day"]),
   ta("what do i bring", topic="documents", remember={"ageDays": A_BORN_2019_03_03}),
 ]),
 S("b28-en-39", "Haikou, 12-year-old, documents; follow-up for a city it lacks (Harbin)", "plain",
   ["city-known", "city-unknown", "city-followup", "age"], [
   ta("haikou, son is 12, what docs for his card", topic="documents", says=["Haikou"],
      remember={"city": "haikou", "ageDays": A_12Y}),
   ta("what about harbin", topic="documents", says=["Harbin"], saysAny=["12333", "HRSS", "bureau"]),
   t("More details", kind="details"),
 ]),
 S("b28-en-40", "first replies stay short across topics", "rich",
   ["length"], [
   ta("how do i enrol my newborn in medical insurance", topic="newborn-insurance"),
   ta("how do i activate my kids card", topic="activation"),
   ta("whats the difference between the e-voucher and the social security card", topic="card-kinds"),
   ta("where do i apply", topic="apply-where"),
   ta("what do i bring", topic="documents"),
 ]),
 S("b28-en-41", "off-topic car insurance after a newborn statement is declined, not newborn insurance", "plain",
   ["age", "off-topic-mid", "memory-kept", "age-said-back"], [
   ack_en("baby is 2 months old", remember={"ageDays": A_2M}),
   t("how do i insure my car", kind="decline", saysNot=["newborn", "90 days"]),
   ta("back to the baby, what do we do first", says=["90"],
      saysAny=["2-month", "2 month", "two-month", "two month"], remember={"ageDays": A_2M}),
 ]),
 S("b28-en-42", "walkthrough on plain: next at several steps, back, then a handoff", "plain",
   ["walkthrough", "walk-next", "walk-back", "handoff"], [
   t("walk me through getting my son's card step by step", kind="step", step=1),
   t("next", kind="step", step=2),
   t("back", kind="step", step=1),
   t("next", kind="step", step=2),
   t("next", kind="step", step=3),
   t("can i talk to an agent", kind="handoff"),
 ]),
 S("b28-en-43", "e-voucher: the dad can do it if insured; Alipay route", "rich",
   ["yesno-first", "card-memory", "card-followup"], [
   ta("im the dad, can i set up the e-voucher for our baby or only mom?", topic="who-can-act",
      card="e-voucher"),
   ta("can i do it in alipay?", card="e-voucher", saysAny=["alipay"]),
   t("sources?", kind="sources"),
 ]),
 S("b28-en-44", "city without 'city', with pinyin; 'why?' after a city rule", "rich",
   ["city-known", "age", "why"], [
   ack_en("we're in guiyang, my boy is 5", remember={"city": "guiyang", "ageDays": A_5Y}),
   ta("can his uncle apply for him?", topic="who-can-act", says=["Guiyang"]),
   t("why?", kind="why"),
 ]),
]

# ------------------------------------------------------------------ Chinese
ZH = [
 S("b28-zh-01", "两个月大：记住年龄、先参保、重新开始后忘记", "plain",
   ["age", "age-said-back", "newborn-90", "memory-kept", "start-over"], [
   ack_zh("宝宝两个月大了", remember={"ageDays": A_2M}),
   tz("先办什么", says=["90"], saysAny=["两个月", "2个月"]),
   tz("那办卡要带啥材料", topic="documents", remember={"ageDays": A_2M}),
   t("重新开始", remember=FORGOT),
   t("先办什么", saysNot=["两个月", "2个月"]),
 ]),
 S("b28-zh-02", "一句话里说年龄和问题（宝宝两个月大了，先办什么？）", "rich",
   ["age", "age-said-back", "newborn-90"], [
   tz("宝宝两个月大了，先办什么？", says=["90"], saysAny=["两个月", "2个月"],
      remember={"ageDays": A_2M}),
   t("为什么", kind="why"),
   t("出处", kind="sources", saysNot=INTERNAL),
 ]),
 S("b28-zh-03", "八岁：不给新生儿建议", "plain",
   ["age", "age-said-back", "no-newborn-advice", "who-can-act-yesno"], [
   ack_zh("闺女八岁", remember={"ageDays": A_8Y}),
   tz("办社保卡先干啥", saysAny=["8岁", "八岁", "8周岁", "八周岁"], saysNot=ZH_TAGS + ["90天"]),
   tz("她要一起去吗", topic="who-can-act"),
   t("为啥", kind="why"),
 ]),
 S("b28-zh-04", "出生日期 -> 90天到期的日期（原则上）", "plain",
   ["age", "birth-date", "newborn-90", "sources"], [
   ack_zh("儿子2026年10月20日出生的", remember={"ageDays": A_BORN_2026_10_20}),
   tz("医保最晚哪天要办好", topic="newborn-insurance", saysAny=ZH_DATE_90, says=["原则上"]),
   t("出处", kind="sources", saysAny=["gov.cn", "http"], saysNot=INTERNAL),
 ]),
 S("b28-zh-05", "海口照片规则，追问贵阳", "rich",
   ["city-known", "city-followup", "age", "why"], [
   ack_zh("我们在海口", remember={"city": "haikou"}),
   tz("儿子四岁 办卡要照片吗", topic="photo", says=["海口"],
      saysAny=["7周岁", "7岁", "七周岁", "七岁"], remember={"city": "haikou", "ageDays": A_4Y}),
   tz("那贵阳呢", topic="photo", says=["贵阳"], saysAny=["6岁", "6周岁", "六岁", "六周岁"],
      remember={"city": "guiyang"}),
   t("为什么", kind="why"),
 ]),
 S("b28-zh-06", "知识库没有的城市（昆明）；详细说明；换到中山", "plain",
   ["city-unknown", "details", "city-followup"], [
   tz("昆明的 给女儿办社保卡要什么材料", topic="documents", says=["昆明"],
      saysAny=["12333", "人社"], remember={"city": "kunming"}),
   t("详细说明", kind="details"),
   tz("那中山呢", topic="documents", says=["中山"], remember={"city": "zhongshan"}),
 ]),
 S("b28-zh-07", "追问另一种卡：医保电子凭证、电子社保卡", "rich",
   ["card-followup", "card-memory"], [
   tz("孩子社保卡怎么激活", topic="activation", card="physical"),
   tz("那医保电子凭证呢？", topic="activation", card="e-voucher",
      saysAny=["国家医保服务平台", "亲情账户", "支付宝", "APP"], remember={"card": "e-voucher"}),
   tz("电子社保卡呢", topic="activation", card="electronic", saysAny=["亲情服务", "实体"]),
 ]),
 S("b28-zh-08", "手机能不能激活：社保功能可以，金融功能不行；为什么；转人工", "plain",
   ["yesno-first", "why", "handoff"], [
   tz("孩子社保卡能在手机上激活吗", topic="activation", says=["银行"],
      saysAny=["线上", "网上", "APP", "手机", "小程序"]),
   t("为什么", kind="why", saysAny=["银行", "本人", "当面"]),
   t("转人工", kind="handoff"),
 ]),
 S("b28-zh-09", "爷爷能不能办：按资料回答；后来说城市；出处", "rich",
   ["yesno-first", "city-known", "sources"], [
   tz("爷爷能帮我闺女办社保卡不 我们都上班", topic="who-can-act", saysAny=["授权", "委托"]),
   ack_zh("我们在贵阳", remember={"city": "guiyang"}),
   tz("那他在这边能办吗", topic="who-can-act", says=["贵阳"], saysAny=["授权", "委托"]),
   t("出处", kind="sources", saysNot=INTERNAL),
 ]),
 S("b28-zh-10", "一个字「卡」 -> 反问；「第一个」选择；详细说明", "plain",
   ["clarify", "numbered-choice", "details"], [
   t("卡", kind="clarify",
     choices=["activation", "card-kinds", "documents", "apply-where", "process", "card:physical"]),
   t("第一个", kind="answer"),
   t("详细说明", kind="details"),
 ]),
 S("b28-zh-11", "「激活」 -> 反问；选医保电子凭证；追问实体卡", "rich",
   ["clarify", "card-followup"], [
   t("激活", kind="clarify",
     choices=["activation", "card:physical", "card:electronic", "card:e-voucher"]),
   tz("医保电子凭证", topic="activation", card="e-voucher"),
   tz("那实体卡呢", topic="activation", card="physical"),
 ]),
 S("b28-zh-12", "微信上逐步办理：下一步、下一步、上一步、下一步（下一步不能当作选项1）", "plain",
   ["walkthrough", "walk-next", "walk-back"], [
   t("一步一步带我办", kind="step", step=1),
   t("下一步", kind="step", step=2),
   t("下一步", kind="step", step=3),
   t("上一步", kind="step", step=2),
   t("下一步", kind="step", step=3),
   t("重复", kind="step", step=3),
 ]),
 S("b28-zh-13", "微信上逐步办理：第二步时打下一步不回到第一步；停止、继续", "plain",
   ["walkthrough", "walk-next"], [
   t("带我一步步走一遍流程", kind="step", step=1),
   t("下一步", kind="step", step=2),
   t("下一步", kind="step", step=3),
   t("停止"),
   t("继续", kind="step", step=3),
 ]),
 S("b28-zh-14", "中间插一个无关问题，年龄还记得", "plain",
   ["age", "off-topic-mid", "memory-kept"], [
   ack_zh("儿子五岁", remember={"ageDays": A_5Y}),
   t("车险哪家便宜", kind="decline", saysNot=["新生儿"]),
   tz("好吧 那他的社保卡去哪办", topic="apply-where", remember={"ageDays": A_5Y}),
   tz("他要本人去吗", topic="who-can-act", saysNot=ZH_TAGS + ["90天"]),
 ]),
 S("b28-zh-15", "切换语言：中文 -> 英文 -> 中文", "rich",
   ["language-switch"], [
   tz("宝宝办社保卡要什么材料", topic="documents"),
   ta("where do i apply for it?", topic="apply-where", saysAny=["bank", "online", "HRSS", "window"]),
   tz("卡丢了怎么办", topic="lost-card", saysAny=["挂失"]),
 ]),
 S("b28-zh-16", "城市纠正：海口 -> 贵阳（拼音）", "plain",
   ["city-known", "city-correction", "age"], [
   ack_zh("我们在海口", remember={"city": "haikou"}),
   ack_zh("说错了 是贵阳 不是海口", remember={"city": "guiyang"}),
   tz("5岁孩子要照片吗", topic="photo", says=["贵阳"], saysAny=["6岁", "6周岁", "六岁", "六周岁"],
      remember={"city": "guiyang", "ageDays": A_5Y}),
 ]),
 S("b28-zh-17", "年龄纠正，回答时说出年龄", "rich",
   ["age", "age-correction", "age-said-back"], [
   ack_zh("女儿两岁", remember={"ageDays": A_2Y}),
   ack_zh("不对 她三周岁了", remember={"ageDays": A_3Y}),
   tz("办卡带什么", topic="documents", saysAny=["3岁", "三岁", "3周岁", "三周岁"]),
 ]),
 S("b28-zh-18", "晚参保：不追溯、按当地规定；知识库没有的城市（合肥）", "plain",
   ["age", "late-enrolment", "why", "city-unknown"], [
   tz("宝宝5个月了还没上医保", topic="newborn-insurance",
      saysAny=["不追溯", "当地", "缴费之日", "缴费的次月", "统筹地区"], remember={"ageDays": A_5M}),
   t("为什么", kind="why"),
   ack_zh("我们在合肥", remember={"city": "hefei"}),
   tz("那我们这种情况咋办", says=["合肥"], saysAny=["12393", "12333", "医保", "当地"]),
 ]),
 S("b28-zh-19", "材料：简短回答，详细说明，出处不带内部文件名", "rich",
   ["details", "sources", "length"], [
   tz("给儿子办卡带什么", topic="documents"),
   t("详细说明", kind="details"),
   t("出处", kind="sources", saysAny=["gov.cn", "http"], saysNot=INTERNAL),
 ]),
 S("b28-zh-20", "热线；追问另一种卡；找人工", "plain",
   ["card-followup", "handoff"], [
   tz("宝宝医保的事打什么电话", topic="hotlines", saysAny=["12393"]),
   tz("那社保卡呢", topic="hotlines", saysAny=["12333"]),
   t("我要找人工客服", kind="handoff"),
 ]),
 S("b28-zh-21", "新生儿办事顺序；为什么；医保码180天", "rich",
   ["age", "newborn-order", "why"], [
   t("宝宝出生三周了 这些东西按什么顺序办", kind="answer", maxChars=ZH_MAX,
     saysAny=["医保电子凭证", "医保码", "电子凭证"], remember={"ageDays": A_3W}),
   t("为啥是这个顺序", kind="why"),
   t("卡下来之前医保码能用多久", saysAny=["180"]),
 ]),
 S("b28-zh-22", "城市和年龄一句话（中山市，刚满月）；一件事办理条件", "plain",
   ["city-known", "age", "zhongshan-one-stop"], [
   ack_zh("中山市的 宝宝刚满月", remember={"city": "zhongshan", "ageDays": A_1M}),
   tz("能不能一次全办了", says=["中山"], saysAny=["广东", "婚姻", "一周岁", "户籍", "1周岁"]),
   tz("办卡本身要什么材料", topic="documents", remember={"city": "zhongshan"}),
 ]),
 S("b28-zh-23", "清远：激活期限标明是清远的规定", "plain",
   ["city-known", "why"], [
   tz("清远孩子社保卡多久内要激活", topic="activation", says=["清远"],
      saysAny=["半年", "6个月", "六个月"], remember={"city": "qingyuan"}),
   tz("去哪激活", says=["银行"]),
   t("为什么", kind="why"),
 ]),
 S("b28-zh-24", "常德十岁：激活带什么；奶奶能不能办", "rich",
   ["city-known", "age", "yesno-first", "why"], [
   tz("常德 十岁儿子的卡激活要带啥", says=["常德"], saysAny=["户口"],
      remember={"city": "changde", "ageDays": A_10Y}),
   tz("他奶奶能去办吗", topic="who-can-act"),
   t("为什么", kind="why"),
 ]),
 S("b28-zh-25", "成都：社保功能在哪启用；银行那部分", "plain",
   ["city-known", "card-followup"], [
   ack_zh("我们在成都", remember={"city": "chengdu"}),
   tz("儿子卡的社保功能去哪激活", topic="activation", says=["成都"],
      saysAny=["服务中心", "社区", "街道", "服务站"]),
   tz("那银行那块呢", says=["银行"]),
 ]),
 S("b28-zh-26", "临湘：未成年人需监护人一起", "rich",
   ["city-known", "yesno-first", "sources"], [
   tz("临湘的 孩子要跟着去吗", topic="who-can-act", says=["临湘"],
      saysAny=["一起", "陪同", "到场", "同去", "带上孩子", "带孩子"], remember={"city": "linxiang"}),
   t("出处", kind="sources", saysAny=["gov.cn"]),
   tz("那带什么", topic="documents"),
 ]),
 S("b28-zh-27", "电子社保卡需要先有实体卡；为什么；先用医保电子凭证", "plain",
   ["card-memory", "why", "card-followup"], [
   tz("刚出生的宝宝能加到我的电子社保卡亲情服务里吗", card="electronic",
      saysAny=["实体卡", "实体社保卡"]),
   t("为什么", kind="why", saysAny=["实体"]),
   tz("那看病先用医保电子凭证行吗", card="e-voucher"),
 ]),
 S("b28-zh-28", "挂失：电话；电子社保卡还能用吗", "rich",
   ["lost", "card-followup"], [
   tz("孩子社保卡丢了", topic="lost-card"),
   tz("能打电话挂失不", topic="lost-card", saysAny=["12333"]),
   t("他的电子社保卡还能用吗", saysAny=["授权", "注销", "不可用", "停止", "暂停"]),
 ]),
 S("b28-zh-29", "「那个卡」 -> 反问；①选择；详细说明", "plain",
   ["clarify", "numbered-choice", "details"], [
   t("那个卡", kind="clarify",
     choices=["activation", "card-kinds", "documents", "apply-where", "process", "card:physical"]),
   t("①", kind="answer"),
   t("详细说明", kind="details"),
 ]),
 S("b28-zh-30", "法律依据：第十六条；为什么；出处", "rich",
   ["legal", "why", "sources"], [
   tz("这些规定是根据哪个法", topic="legal-basis", saysAny=["第十六条", "第16条"]),
   t("为什么", kind="why"),
   t("出处", kind="sources", saysNot=INTERNAL),
 ]),
 S("b28-zh-31", "隐私：上传照片；谁能看到", "plain",
   ["privacy", "why"], [
   tz("在app上传闺女照片安全吗", topic="privacy"),
   tz("她的信息谁能看到", topic="privacy", saysAny=["第十五条", "第15条", "隐私", "依法"]),
   t("为什么", kind="why"),
 ]),
 S("b28-zh-32", "近似但无关：孩子身份证、护照；再回到社保卡", "rich",
   ["off-topic-mid", "near-miss"], [
   t("孩子办身份证在哪办", kind="decline"),
   t("护照呢", kind="decline"),
   tz("好吧 那社保卡在哪申请", topic="apply-where"),
 ]),
 S("b28-zh-33", "是非题：出生证明一般不需要，除非……；为什么", "plain",
   ["yesno-first", "why"], [
   tz("办儿子的卡要出生证明吗", topic="documents",
      saysAny=["不一定", "一般不需要", "不需要", "只有", "如果", "除非"]),
   t("为什么", kind="why"),
   t("出处", kind="sources"),
 ]),
 S("b28-zh-34", "重新开始同时清除城市和年龄", "plain",
   ["city-known", "age", "start-over"], [
   ack_zh("我们在贵阳市", remember={"city": "guiyang"}),
   ack_zh("宝宝出生40天", remember={"ageDays": A_40D, "city": "guiyang"}),
   t("重新开始", remember=FORGOT),
   tz("要带什么材料", topic="documents", saysNot=ZH_TAGS + ["贵阳", "40天"]),
 ]),
 S("b28-zh-35", "模糊短句「卡？？」 -> 反问；转人工", "rich",
   ["clarify", "handoff"], [
   t("卡？？", kind="clarify",
     choices=["activation", "card-kinds", "documents", "apply-where", "process", "card:physical"]),
   t("都不是 我要人工", kind="handoff"),
   t("那社保卡怎么激活", topic="activation"),
 ]),
 S("b28-zh-36", "两个月没有身份证号：出生证明途径领医保电子凭证", "plain",
   ["age", "card-followup", "card-memory"], [
   tz("女儿两个月 还没身份证号 医保电子凭证怎么弄", topic="activation", card="e-voucher",
      saysAny=["出生医学证明", "出生证", "母亲", "妈妈"], remember={"ageDays": A_2M}),
   tz("电子社保卡呢", card="electronic", saysAny=["实体"]),
   tz("实体卡去哪办", topic="apply-where", remember={"ageDays": A_2M}),
 ]),
 S("b28-zh-37", "「出生40天」与问题一起说；医保期限", "rich",
   ["age", "newborn-90"], [
   tz("宝宝出生40天 办卡要什么材料", topic="documents", remember={"ageDays": A_40D}),
   tz("医保有期限吗", topic="newborn-insurance", says=["90"]),
   t("为什么", kind="why"),
 ]),
 S("b28-zh-38", "一岁半；照片；详细说明", "plain",
   ["age", "details"], [
   ack_zh("双胞胎一岁半了", remember={"ageDays": A_18M}),
   tz("要拍照片吗", topic="photo", saysAny=["7", "6"]),
   t("详细说明", kind="details"),
 ]),
 S("b28-zh-39", "大孩子的出生日期；能不能办，不给新生儿建议", "rich",
   ["age", "birth-date", "no-newborn-advice"], [
   ack_zh("她是2019年3月3日出生的", remember={"ageDays": A_BORN_2019_03_03}),
   tz("这么大了还能办社保卡吗", topic="child-eligibility", saysNot=ZH_TAGS + ["90天"]),
   tz("带什么", topic="documents", remember={"ageDays": A_BORN_2019_03_03}),
 ]),
 S("b28-zh-40", "海口十二岁材料；追问知识库没有的城市（哈尔滨）", "plain",
   ["city-known", "city-unknown", "city-followup", "age"], [
   tz("海口 儿子12岁 办卡要啥材料", topic="documents", says=["海口"],
      remember={"city": "haikou", "ageDays": A_12Y}),
   tz("那哈尔滨呢", topic="documents", says=["哈尔滨"], saysAny=["12333", "人社"]),
   t("详细说明", kind="details"),
 ]),
 S("b28-zh-41", "各主题第一条回复都短", "rich",
   ["length"], [
   tz("新生儿怎么参加医保", topic="newborn-insurance"),
   tz("孩子的卡怎么激活", topic="activation"),
   tz("医保电子凭证跟社保卡有啥不一样", topic="card-kinds"),
   tz("在哪申请", topic="apply-where"),
   tz("要带什么", topic="documents"),
 ]),
 S("b28-zh-42", "说完新生儿后问车险：拒答，不答新生儿医保", "plain",
   ["age", "off-topic-mid", "memory-kept", "age-said-back"], [
   ack_zh("宝宝十个月", remember={"ageDays": A_10M}),
   t("车险怎么买", kind="decline", saysNot=["新生儿", "90天"]),
   tz("说回孩子 办卡要照片吗", topic="photo", saysAny=["10个月", "十个月"],
      remember={"ageDays": A_10M}),
 ]),
 S("b28-zh-43", "微信逐步办理：在第1、2步打上一步/下一步，最后转人工", "plain",
   ["walkthrough", "walk-next", "walk-back", "handoff"], [
   t("教我一步一步给儿子办卡", kind="step", step=1),
   t("下一步", kind="step", step=2),
   t("上一步", kind="step", step=1),
   t("下一步", kind="step", step=2),
   t("下一步", kind="step", step=3),
   t("转人工", kind="handoff"),
 ]),
 S("b28-zh-44", "爸爸给宝宝办医保电子凭证；支付宝", "rich",
   ["yesno-first", "card-memory", "card-followup"], [
   tz("我是孩子爸爸 能给宝宝开医保电子凭证吗 还是只能妈妈", topic="who-can-act", card="e-voucher"),
   tz("支付宝能弄吗", card="e-voucher", saysAny=["支付宝"]),
   t("出处", kind="sources"),
 ]),
 S("b28-zh-45", "拼音城市名（Guiyang）和年龄；叔叔能不能代办", "rich",
   ["city-known", "age", "why"], [
   ack_zh("我们在Guiyang 儿子5岁", remember={"city": "guiyang", "ageDays": A_5Y}),
   tz("他叔叔能帮他办吗", topic="who-can-act", says=["贵阳"]),
   t("为什么", kind="why"),
 ]),
 S("b28-zh-46", "「选1」选择；中英混合", "plain",
   ["clarify", "numbered-choice"], [
   t("激活", kind="clarify",
     choices=["activation", "card:physical", "card:electronic", "card:e-voucher"]),
   t("选1", kind="answer"),
   t("为什么", kind="why"),
 ]),
]


def strip(scens):
    return [{k: v for k, v in s.items() if k != "features"} for s in scens]


def check(scens, lang):
    ids = [s["id"] for s in scens]
    assert len(set(ids)) == len(ids)
    for s in scens:
        for tn in s["turns"]:
            for k in ("says", "saysNot", "saysAny", "choices"):
                if k in tn["expect"]:
                    assert isinstance(tn["expect"][k], list), (s["id"], k)
            mc = tn["expect"].get("maxChars")
            if tn["expect"].get("kind") == "answer" and mc is not None:
                assert mc == (EN_MAX if tn["user"].isascii() else ZH_MAX), (s["id"], tn["user"])


for lang, scens in (("en", EN), ("zh", ZH)):
    check(scens, lang)
    path = os.path.join(HERE, "scenarios28", f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(strip(scens), f, ensure_ascii=False, indent=1)
        f.write("\n")
    ch = collections.Counter(s["channel"] for s in scens)
    nt = sum(len(s["turns"]) for s in scens)
    feats = collections.Counter(f for s in scens for f in s["features"])
    print(lang, len(scens), "scenarios", nt, "turns", dict(ch))
    print("  features:", dict(sorted(feats.items())))
