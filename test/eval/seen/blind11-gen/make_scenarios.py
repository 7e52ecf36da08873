#!/usr/bin/env python3
"""Blind multi-turn scenarios, set 11 (issue #17): writes scenarios11/en.json and zh.json.

Written blind from the issue, the format note and shared/reference/{activation,card-kinds,legal-basis}.md.
Birth dates and ages are computed for TODAY = 2026-12-02 with wide ranges (see README.md).
Each scenario carries a `features` tag list here, used only for the README counts; it is
stripped from the JSON so the files keep to the documented format.
"""
import json
import os
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios11")
TODAY = date(2026, 12, 2)

MAX_EN, MAX_ZH = 650, 350          # first-reply limits on answers (brief)
ACK_EN, ACK_ZH = 300, 150          # "acknowledged in one line": a lenient bound
NOISE_EN = ["(secondary source)", ".md"]
NOISE_ZH = ["（转载资料）", ".md"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def birth_range(b, before=3, after=60):
    d = (TODAY - b).days
    return [max(0, d - before), d + after]


def end90(b, lang):
    """Every reasonable way of writing the day the 90 days end (day 89 or day 90 after birth)."""
    out = []
    for k in (90, 89):
        e = b + timedelta(days=k)
        if lang == "en":
            m = MONTHS[e.month - 1]
            out += [e.isoformat(), f"{e.day} {m}", f"{m} {e.day}", f"{m[:3]} {e.day}",
                    f"{e.day} {m[:3]}", f"{e.year}/{e.month}/{e.day}", f"{e.day:02d}/{e.month:02d}/{e.year}"]
        else:
            out += [f"{e.month}月{e.day}日", f"{e.month}月{e.day}号", e.isoformat(),
                    f"{e.year}/{e.month}/{e.day}"]
    return out


def mk(lang):
    mx, ackmx, noise = (MAX_EN, ACK_EN, NOISE_EN) if lang == "en" else (MAX_ZH, ACK_ZH, NOISE_ZH)

    def ans(topic=None, card=None, says=None, any=None, no=None, maxc=True, remember=None,
            kind="answer", noise_lang=None):
        e = {"kind": kind}
        if topic:
            e["topic"] = topic
        if card:
            e["card"] = card
        if says:
            e["says"] = list(says)
        if any:
            e["saysAny"] = list(any)
        nz = noise if noise_lang is None else (NOISE_EN if noise_lang == "en" else NOISE_ZH)
        e["saysNot"] = list(nz) + list(no or [])
        if maxc:
            e["maxChars"] = maxc if isinstance(maxc, int) and maxc is not True else mx
        if remember is not None:
            e["remember"] = remember
        return e

    def ack(remember=None, anyKind=None, **kw):
        e = {"kind": "ack"} if not anyKind else {"anyKind": anyKind}
        e["maxChars"] = ackmx
        if remember:
            e["remember"] = remember
        e.update(kw)
        return e

    def kind(k, **kw):
        e = {"kind": k}
        e.update(kw)
        return e

    def step(n):
        return {"kind": "step", "step": n}

    return ans, ack, kind, step


CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation",
                "card-kinds", "apply-where", "documents"]
ACT_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation"]
SRC_ANY = ["http", "gov.cn"]
FORGOT = {"ageDays": None, "city": None}


def en_scenarios():
    ans, ack, kind, step = mk("en")
    b1 = date(2026, 10, 20)
    b2 = date(2026, 11, 10)
    S = []

    def sc(about, channel, features, *turns):
        S.append({"about": about, "channel": channel, "features": features,
                  "turns": [{"user": u, "expect": e} for u, e in turns]})

    sc("2-month-old stated, used in the next answer, forgotten after start over", "rich",
       ["age", "memory-used", "said-back", "start-over", "length"],
       ("my daughter is 2 months old", ack({"ageDays": [50, 80]})),
       ("ok so what do we need to do first", ans(says=["90"], any=["2-month", "2 month", "two-month", "two month"],
                                                 no=["the limit"])),
       ("start over", {"remember": FORGOT}),
       ("what do we need to do first", {"saysNot": ["2-month", "2 month", "two-month"]}))

    sc("birth date stated; newborn insurance gives the date the 90 days end, then why and sources", "plain",
       ["birthdate", "memory-used", "newborn-90-date", "why", "sources"],
       ("she was born on 20 October 2026", ack({"ageDays": birth_range(b1)})),
       ("when do we have to get her medical insurance done?",
        ans("newborn-insurance", says=["principle"], any=end90(b1, "en"), no=["the limit"])),
       ("why?", kind("why", saysAny=["birth", "reimburs", "cover", "90"])),
       ("sources?", kind("sources", saysAny=["医保办函", "2021", "notice", "Procedures", "National Healthcare Security", "NHSA"])))

    sc("8-year-old: no newborn-only advice, age said back", "rich",
       ["age", "memory-used", "said-back", "not-newborn"],
       ("my son is 8", ack({"ageDays": [2915, 3295]})),
       ("what do i need to bring to apply for his card",
        ans("documents", any=["8-year-old", "8 year old", "8-year", "aged 8", "age 8", "8 years"],
            no=["90 days", "birth medical certificate number"])),
       ("and where do we go", ans("apply-where", no=["90 days"], remember={"ageDays": [2915, 3295]})))

    sc("age (turned 5) then Haikou; Haikou photo rule used, city kept", "plain",
       ["age", "city-known", "memory-used"],
       ("she turned 5 last month", ack({"ageDays": [1826, 1920]})),
       ("we live in Haikou", ack({"city": "haikou"})),
       ("does she need a photo for her card?",
        ans("photo", says=["Haikou"], any=["under 7", "under seven", "younger than 7", "below 7", "7"])),
       ("what docs should i bring", ans("documents", says=["Haikou"], remember={"city": "haikou"})))

    sc("city without rules (Kunming), then follow-up for Guiyang", "rich",
       ["city-unknown", "followup-city"],
       ("we're in kunming", ack({"city": "kunming"})),
       ("what documents do i need for my toddlers card",
        ans("documents", says=["Kunming"], any=["12333", "HRSS", "bureau"])),
       ("what about guiyang?", ans("documents", says=["Guiyang"])))

    sc("city corrected from Haikou to Guiyang; Guiyang photo rule", "plain",
       ["city-known", "city-correction", "age", "memory-used"],
       ("we live in haikou", ack({"city": "haikou"})),
       ("sorry not haikou, guiyang", ack({"city": "guiyang"}, anyKind=["ack", "answer"])),
       ("does my 4 year old need a photo on the card",
        ans("photo", says=["Guiyang"], any=["6"], remember={"city": "guiyang", "ageDays": [1455, 1830]})))

    sc("electronic card, then follow-up for the e-voucher, then why", "rich",
       ["followup-card", "card-memory", "why"],
       ("how do i activate my kids electronic social security card",
        ans("activation", card="electronic", any=["family service", "亲情服务", "family"],
            remember={"card": "electronic"})),
       ("and for the e-voucher?",
        ans("activation", card="e-voucher",
            any=["family account", "亲情账户", "National Healthcare Security", "NHSA", "医保服务平台", "app"],
            remember={"card": "e-voucher"})),
       ("why?", kind("why")))

    sc("Zhongshan documents, follow-up for Guiyang, More details", "plain",
       ["city-known", "followup-city", "details"],
       ("what documents do i need for my sons card in zhongshan",
        ans("documents", says=["Zhongshan"], remember={"city": "zhongshan"})),
       ("what about guiyang?", ans("documents", says=["Guiyang"])),
       ("More details", kind("details")))

    sc("where to activate a physical card; More details; sources", "rich",
       ["details", "sources", "length"],
       ("where do i activate my daughters physical card",
        ans("activation", card="physical", any=["bank"])),
       ("More details", kind("details")),
       ("sources?", kind("sources", saysAny=SRC_ANY)))

    sc("one word 'card' -> clarifying question; typed 1 answers", "plain",
       ["clarify", "numbered-choice", "why"],
       ("card", kind("clarify", choices=CARD_CHOICES)),
       ("1", kind("answer")),
       ("why?", kind("why")))

    sc("one word 'activate' -> clarifying question; free-text choice of the e-voucher", "rich",
       ["clarify", "choice-by-words", "sources"],
       ("activate", kind("clarify", choices=ACT_CHOICES)),
       ("the e voucher one", ans("activation", card="e-voucher")),
       ("sources?", kind("sources")))

    sc("walkthrough: next, next, back, repeat on a plain channel", "plain",
       ["walkthrough"],
       ("can you walk me through the steps", step(1)),
       ("next", step(2)),
       ("next", step(3)),
       ("back", step(2)),
       ("repeat", step(2)))

    sc("walkthrough: stop and continue resumes", "plain",
       ["walkthrough", "stop-continue"],
       ("walk me through getting my babys card step by step", step(1)),
       ("next", step(2)),
       ("stop", {}),
       ("continue", step(2)),
       ("next", step(3)))

    sc("walkthrough: why? in the middle, then next and back still work", "plain",
       ["walkthrough", "why"],
       ("take me through the steps one by one", step(1)),
       ("next", step(2)),
       ("why?", kind("why")),
       ("next", step(3)),
       ("back", step(2)))

    sc("Changde stated; activation labelled Changde; handoff to a person", "rich",
       ["city-known", "memory-used", "handoff"],
       ("we're in changde", ack({"city": "changde"})),
       ("how do i activate my sons social security card", ans("activation", says=["Changde"])),
       ("this is too confusing can i talk to a real person", kind("handoff")))

    sc("handoff first, then hotlines for both lines", "plain",
       ["handoff", "followup-card"],
       ("i want to speak to a human pls", kind("handoff")),
       ("ok, then what number can i call about the kids social security card",
        ans("hotlines", any=["12333"])),
       ("and for medical insurance?", ans("hotlines", any=["12393"])))

    sc("Wuhan stated; e-voucher answer labelled Wuhan; off-topic in the middle; city kept", "rich",
       ["city-known", "memory-used", "offtopic-mid"],
       ("we live in wuhan", ack({"city": "wuhan"})),
       ("how do i set up the family account for my babys e-voucher",
        ans("activation", card="e-voucher", says=["Wuhan"])),
       ("btw whats the best car insurance", kind("decline")),
       ("does it have to be me who does it or can my husband", ans("who-can-act", remember={"city": "wuhan"})))

    sc("language switch: English, then a Chinese question, then English again", "rich",
       ["lang-switch", "length"],
       ("what do i need for my kids social security card", ans("documents")),
       ("孩子没有身份证怎么办", ans("documents", any=["户口簿", "户口本"], maxc=MAX_ZH, noise_lang="zh")),
       ("thanks. where do we apply?", ans("apply-where", any=["bank"])))

    sc("grandparent yes/no question, why, sources", "plain",
       ["yes-no-first", "why", "sources"],
       ("can my mum take him to get his card, shes his grandma",
        ans("who-can-act", any=["guardian", "authoris", "authoriz"])),
       ("why?", kind("why")),
       ("sources?", kind("sources", saysAny=SRC_ANY)))

    sc("activate on the phone: social security function online, bank function in person", "rich",
       ["yes-no-first", "age", "details", "sources"],
       ("can i activate my 6 year olds card on my phone",
        ans("activation", any=["social security function"], remember={"ageDays": [2185, 2560]})),
       ("More details", kind("details")),
       ("sources?", kind("sources")))

    sc("5-month-old not yet insured: late enrolment, then Xi'an", "plain",
       ["age", "late-enrolment", "followup-city"],
       ("our baby is 5 months old and still not insured",
        {"anyKind": ["ack", "answer"], "remember": {"ageDays": [140, 180]}}),
       ("what happens if we enrol her now",
        ans("newborn-insurance",
            any=["back-dated", "backdated", "retroactive", "retrospective", "from the date", "from the day",
                 "payment", "local"],
            no=["the limit"])),
       ("what about in xi'an?", ans("newborn-insurance", any=["Xi'an", "Xian", "Xi’an", "西安"])))

    sc("city and age in one message; start over forgets both", "rich",
       ["age", "city-known", "memory-used", "start-over"],
       ("we're in haikou and my daughter is 3", ack({"city": "haikou", "ageDays": [1090, 1465]})),
       ("does she need a photo", ans("photo", says=["Haikou"])),
       ("start over", {"remember": FORGOT}),
       ("does she need a photo", ans("photo", no=["3-year-old", "3 year old"])))

    sc("city without rules (Hefei) with a lost card, then by phone, then why", "plain",
       ["city-unknown", "why"],
       ("im in hefei and my son lost his card",
        ans("lost-card", says=["Hefei"], any=["12333"], remember={"city": "hefei"})),
       ("can i report it by phone?", ans("lost-card", any=["12333", "phone"])),
       ("why?", kind("why")))

    sc("hotline for medical insurance, follow-up for the social security card, why", "rich",
       ["followup-card", "why", "no-legal-line"],
       ("who do i call about my babys medical insurance", ans("hotlines", any=["12393"], no=["Article 16"])),
       ("and for the social security card?", ans("hotlines", any=["12333"])),
       ("why?", kind("why")))

    sc("privacy question, why, sources", "rich",
       ["why", "sources"],
       ("who gets to see my daughters info when we apply",
        ans("privacy", any=["Article 15", "privacy", "lawful"])),
       ("why?", kind("why")),
       ("sources?", kind("sources")))

    sc("legal basis, sources, More details", "plain",
       ["sources", "details"],
       ("which law covers kids cards", ans("legal-basis", any=["Article 16", "Measures"])),
       ("sources?", kind("sources")),
       ("More details", kind("details")))

    sc("card kinds, More details, then the electronic card needs the physical one", "rich",
       ["details", "card-memory"],
       ("whats the difference between the 3 cards", ans("card-kinds")),
       ("More details", kind("details")),
       ("how do i get the electronic one for my son", ans("activation", card="electronic", any=["physical"])))

    sc("new baby: first question, then the age, then the deadline", "plain",
       ["age", "memory-used"],
       ("just had a baby girl, what do i sort out first", ans(any=["insurance"])),
       ("she was born 6 weeks ago", ack({"ageDays": [38, 50]})),
       ("so how long do we have for the insurance", ans("newborn-insurance", says=["90"], no=["the limit"])))

    sc("a year and a half: not newborn advice", "rich",
       ["age", "not-newborn"],
       ("he's a year and a half", ack({"ageDays": [525, 575]})),
       ("can he get a card at his age", ans("child-eligibility", no=["90 days"])),
       ("what do i bring", ans("documents", no=["90 days"])))

    sc("10-month-old twins; Guiyang named later; photo rule then labelled Guiyang", "plain",
       ["age", "city-known", "memory-used"],
       ("my twins are 10 months", ack({"ageDays": [290, 330]})),
       ("do they need photos on their cards?", ans("photo")),
       ("we're in guiyang btw", ack({"city": "guiyang"})),
       ("so photos or not", ans("photo", says=["Guiyang"], any=["6"],
                                remember={"city": "guiyang", "ageDays": [290, 330]})))

    sc("must the child come along; Linxiang's notice", "rich",
       ["city-known", "memory-used", "review-correction"],
       ("does my kid have to come along to the bank",
        ans("who-can-act", any=["Linxiang", "come with", "come along", "bring your child", "bring the child",
                                "must come", "needs to come", "accompan"])),
       ("we live in linxiang", ack({"city": "linxiang"})),
       ("so does she have to come?", ans("who-can-act", says=["Linxiang"])))

    sc("where to apply in Zhongshan, then Chengdu, then start over forgets the city", "plain",
       ["city-known", "followup-city", "start-over"],
       ("where can i get my daughters card made in zhongshan",
        ans("apply-where", says=["Zhongshan"], any=["bank", "online"], remember={"city": "zhongshan"})),
       ("what about chengdu", ans("apply-where", says=["Chengdu"])),
       ("start over", {"remember": {"city": None}}))

    sc("e-voucher through Alipay, sources, follow-up for the electronic card", "rich",
       ["sources", "followup-card"],
       ("can i add my baby to alipay for the medical insurance code",
        ans("activation", card="e-voucher", any=["Alipay"])),
       ("sources?", kind("sources")),
       ("ok and the electronic social security card?", ans("activation", card="electronic")))

    sc("'activate' -> clarify; typed '1.' answers; More details", "plain",
       ["clarify", "numbered-choice", "details"],
       ("activate", kind("clarify", choices=ACT_CHOICES)),
       ("1.", kind("answer")),
       ("More details", kind("details")))

    sc("documents for a 2-year-old, why, sources", "rich",
       ["age", "why", "sources"],
       ("what docs for my 2 yr olds card", ans("documents", remember={"ageDays": [725, 1100]})),
       ("why?", kind("why", saysAny=["guardian", "relationship", "local", "Article 16", "rules"])),
       ("sources?", kind("sources")))

    sc("three and a half: apply-where and documents, no newborn advice", "plain",
       ["age", "not-newborn"],
       ("she's three and a half", ack({"ageDays": [1250, 1335]})),
       ("where do we apply for her card", ans("apply-where", no=["90 days"])),
       ("what do we bring", ans("documents", no=["90 days"], remember={"ageDays": [1250, 1335]})))

    sc("moved from Haikou to Guangzhou: Guangzhou kept; follow-up for Haikou", "rich",
       ["city-known", "city-correction", "followup-city"],
       ("we moved from haikou to guangzhou last year", ack({"city": "guangzhou"}, anyKind=["ack", "answer"])),
       ("what documents for my sons card?", ans("documents", says=["Guangzhou"])),
       ("and in haikou?", ans("documents", says=["Haikou"])))

    sc("first-reply length on three topics in a row", "plain",
       ["length"],
       ("newborn medical insurance how does it work", ans("newborn-insurance")),
       ("what documents for the card", ans("documents")),
       ("how to activate the e voucher", ans("activation", card="e-voucher")))

    sc("lost card and the electronic card; how to report; grandpa", "rich",
       ["length"],
       ("my daughter lost her card, does her electronic card still work", ans("lost-card")),
       ("how do i report it", ans("lost-card", any=["12333"])),
       ("can grandpa do it for her", ans(any=["guardian"])))

    sc("ISO birth date; 90-day end date; follow-up for the e-voucher", "plain",
       ["birthdate", "memory-used", "newborn-90-date", "followup-card"],
       ("his birthday is 2026-11-10", ack({"ageDays": birth_range(b2)})),
       ("do we need to do anything about insurance", ans("newborn-insurance", any=end90(b2, "en"))),
       ("and the e-voucher?", ans(card="e-voucher", any=["family account", "亲情账户", "180", "birth certificate"])))

    sc("off-topic first (passport), then the card, then ask for a person", "rich",
       ["offtopic-mid", "handoff"],
       ("how do i get my kid a passport", kind("decline")),
       ("ok how do i get her social security card then", {"anyKind": ["answer", "clarify", "step"]}),
       ("can i talk to someone", kind("handoff")))

    sc("walkthrough: back twice to step 1", "plain",
       ["walkthrough"],
       ("walk me through it step by step please", step(1)),
       ("next", step(2)),
       ("next", step(3)),
       ("back", step(2)),
       ("back", step(1)))

    sc("one guardian's ID, not both parents'; why; not on the same hukou", "rich",
       ["yes-no-first", "why"],
       ("do i need my husbands id too or just mine",
        ans("documents", any=["one guardian", "one parent", "only one", "not both", "just one", "either parent",
                              "your own id", "your id"])),
       ("why?", kind("why")),
       ("what if hes not on our hukou book", ans("documents", any=["birth"])))

    sc("40 days old; deadline; start over; no age said back after", "plain",
       ["age", "memory-used", "start-over"],
       ("baby is 40 days old", ack({"ageDays": [37, 45]})),
       ("when does the 90 days end for us", ans("newborn-insurance", says=["90"])),
       ("start over", {"remember": {"ageDays": None}}),
       ("is there a deadline for baby insurance", ans("newborn-insurance", no=["40-day", "40 day"])))

    sc("city given by its Chinese name in English; photo; lower-case more details", "rich",
       ["city-known", "city-chinese-name", "details"],
       ("we live in 海口", ack({"city": "haikou"})),
       ("photo needed for my 2 yr old?", ans("photo", any=["Haikou", "海口"])),
       ("more details", kind("details")))

    sc("age corrected: 2, then 3 after a birthday; documents without newborn advice", "plain",
       ["age", "age-correction", "not-newborn"],
       ("my son is 2", ack({"ageDays": [725, 1100]})),
       ("oops no hes 3 now, just had his birthday", ack({"ageDays": [1090, 1140]}, anyKind=["ack", "answer"])),
       ("what docs do we need for his card", ans("documents", no=["90 days"], remember={"ageDays": [1090, 1140]})))

    return S


def kind_any(kinds, **kw):
    e = {"anyKind": kinds}
    e.update(kw)
    return e


def zh_scenarios():
    ans, ack, kind, step = mk("zh")
    b1 = date(2026, 10, 20)
    b2 = date(2026, 11, 10)
    S = []

    def sc(about, channel, features, *turns):
        S.append({"about": about, "channel": channel, "features": features,
                  "turns": [{"user": u, "expect": e} for u, e in turns]})

    sc("两个月大：先办什么，说回年龄；重新开始后忘记", "rich",
       ["age", "memory-used", "said-back", "start-over", "length"],
       ("宝宝两个月大了", ack({"ageDays": [50, 80]})),
       ("先办啥", ans(says=["90"], any=["两个月", "2个月"])),
       ("重新开始", {"remember": FORGOT}),
       ("先办啥", {"saysNot": ["两个月", "2个月"]}))

    sc("刚满月：医保期限，原则上；为什么；出处", "plain",
       ["age", "memory-used", "why", "sources"],
       ("娃刚满月", ack({"ageDays": [27, 45]})),
       ("医保什么时候之前要交", ans("newborn-insurance", says=["90"], any=["原则上"])),
       ("为什么", kind("why")),
       ("出处", kind("sources", saysAny=["医保办函", "2021", "通知", "经办规程", "国家医保局"])))

    sc("出生40天：先做什么；那医保电子凭证呢", "rich",
       ["age", "memory-used", "followup-card"],
       ("出生40天", ack({"ageDays": [37, 46]})),
       ("需要先做什么", ans(says=["医保"], any=["90"])),
       ("那医保电子凭证呢", ans(card="e-voucher")))

    sc("出生日期：90天截止日；为什么", "plain",
       ["birthdate", "memory-used", "newborn-90-date", "why"],
       ("她是2026年10月20日出生的", ack({"ageDays": birth_range(b1)})),
       ("医保最晚什么时候办", ans("newborn-insurance", any=end90(b1, "zh"))),
       ("为什么", kind("why")))

    sc("八岁：不给新生儿建议，说回年龄", "rich",
       ["age", "zh-numerals", "said-back", "not-newborn", "memory-used"],
       ("儿子八岁了", ack({"ageDays": [2915, 3295]})),
       ("办卡要带什么", ans("documents", any=["8岁", "八岁"], no=["90天", "出生医学证明编号"])),
       ("去哪里办", ans("apply-where", no=["90天"], remember={"ageDays": [2915, 3295]})))

    sc("三岁半＋海口市：照片与材料按海口", "plain",
       ["age", "zh-numerals", "city-known", "memory-used"],
       ("孩子三岁半", ack({"ageDays": [1250, 1335]})),
       ("我们在海口市", ack({"city": "haikou"})),
       ("要照片吗", ans("photo", says=["海口"], any=["7"])),
       ("要带什么材料", ans("documents", says=["海口"], remember={"city": "haikou"})))

    sc("昆明（无规定）：一般答案＋12333；那贵阳呢", "rich",
       ["city-unknown", "followup-city"],
       ("我们在昆明", ack({"city": "kunming"})),
       ("孩子办社保卡要什么材料", ans("documents", says=["昆明"], any=["12333", "人社"])),
       ("那贵阳呢", ans("documents", says=["贵阳"])))

    sc("城市更正：海口改贵阳；四岁照片", "plain",
       ["city-known", "city-correction", "age", "zh-numerals", "memory-used"],
       ("我们在海口", ack({"city": "haikou"})),
       ("说错了 是贵阳不是海口", ack({"city": "guiyang"}, anyKind=["ack", "answer"])),
       ("四岁的娃要交照片吗", ans("photo", says=["贵阳"], any=["6"],
                                 remember={"city": "guiyang", "ageDays": [1455, 1830]})))

    sc("电子社保卡；那医保电子凭证呢；为什么", "rich",
       ["followup-card", "card-memory", "why"],
       ("孩子的电子社保卡怎么领", ans("activation", card="electronic", any=["亲情服务", "亲情"],
                                       remember={"card": "electronic"})),
       ("那医保电子凭证呢", ans("activation", card="e-voucher", any=["亲情账户", "医保服务平台", "支付宝"],
                                 remember={"card": "e-voucher"})),
       ("为什么", kind("why")))

    sc("中山材料；那海口呢；详细说明", "plain",
       ["city-known", "followup-city", "details"],
       ("中山给孩子办社保卡要什么", ans("documents", says=["中山"], remember={"city": "zhongshan"})),
       ("那海口呢", ans("documents", says=["海口"])),
       ("详细说明", kind("details")))

    sc("实体卡在哪激活；详细说明；出处", "rich",
       ["details", "sources", "length"],
       ("孩子实体社保卡在哪激活", ans("activation", card="physical", any=["银行"])),
       ("详细说明", kind("details")),
       ("出处", kind("sources", saysAny=SRC_ANY)))

    sc("「卡」→澄清；打「一」选择", "plain",
       ["clarify", "numbered-choice", "why"],
       ("卡", kind("clarify", choices=CARD_CHOICES)),
       ("一", kind("answer")),
       ("为什么", kind("why")))

    sc("「卡」→澄清；打「第二个」选择", "plain",
       ["clarify", "numbered-choice", "sources"],
       ("卡", kind("clarify", choices=CARD_CHOICES)),
       ("第二个", kind("answer")),
       ("出处", kind("sources")))

    sc("「激活」→澄清；打「选1」", "plain",
       ["clarify", "numbered-choice", "details"],
       ("激活", kind("clarify", choices=ACT_CHOICES)),
       ("选1", kind("answer")),
       ("详细说明", kind("details")))

    sc("「激活」→澄清；用文字选医保电子凭证", "rich",
       ["clarify", "choice-by-words", "why"],
       ("激活", kind("clarify", choices=ACT_CHOICES)),
       ("医保电子凭证", ans("activation", card="e-voucher")),
       ("为什么", kind("why")))

    sc("分步指引：下一步、下一步、上一步、下一步（微信下一步不回退）", "plain",
       ["walkthrough", "walkthrough-zh"],
       ("一步一步教我给孩子办卡", step(1)),
       ("下一步", step(2)),
       ("下一步", step(3)),
       ("上一步", step(2)),
       ("下一步", step(3)))

    sc("分步指引：重复、停止、继续", "plain",
       ["walkthrough", "walkthrough-zh", "stop-continue"],
       ("带我一步步办", step(1)),
       ("下一步", step(2)),
       ("重复", step(2)),
       ("停止", {}),
       ("继续", step(2)))

    sc("分步指引：第2步上一步回第1步，再前进", "plain",
       ["walkthrough", "walkthrough-zh"],
       ("请分步骤告诉我怎么给娃办社保卡", step(1)),
       ("下一步", step(2)),
       ("上一步", step(1)),
       ("下一步", step(2)),
       ("下一步", step(3)))

    sc("分步指引中问为什么，再下一步", "plain",
       ["walkthrough", "walkthrough-zh", "why"],
       ("一步步带我走一遍流程", step(1)),
       ("下一步", step(2)),
       ("为什么", kind("why")),
       ("下一步", step(3)))

    sc("常德：激活按常德；转人工", "rich",
       ["city-known", "memory-used", "handoff"],
       ("我们在常德", ack({"city": "changde"})),
       ("孩子社保卡怎么激活", ans("activation", says=["常德"])),
       ("看不懂 转人工", kind("handoff")))

    sc("先转人工，再问热线", "plain",
       ["handoff", "followup-card"],
       ("我要找人工客服", kind("handoff")),
       ("那孩子社保卡的事打哪个电话", ans("hotlines", any=["12333"])),
       ("医保的事呢", ans("hotlines", any=["12393"])))

    sc("武汉：医保电子凭证按武汉；中途问车险；城市仍记得", "rich",
       ["city-known", "memory-used", "offtopic-mid"],
       ("我们在武汉", ack({"city": "wuhan"})),
       ("怎么给宝宝开通医保电子凭证", ans("activation", card="e-voucher", says=["武汉"])),
       ("顺便问下车险哪家便宜", kind("decline")),
       ("孩子爸爸能办吗", ans("who-can-act", remember={"city": "wuhan"})))

    sc("切换语言：中文→英文→英文", "rich",
       ["lang-switch", "length"],
       ("孩子办社保卡要带啥", ans("documents")),
       ("sorry can you answer in english, what if she has no id card yet",
        ans("documents", any=["hukou", "household"], maxc=MAX_EN, noise_lang="en")),
       ("where do i go", ans("apply-where", any=["bank"], maxc=MAX_EN, noise_lang="en")))

    sc("爷爷奶奶能办吗（先答能不能）；为什么；出处", "plain",
       ["yes-no-first", "why", "sources"],
       ("爷爷奶奶能帮孩子办社保卡吗", ans("who-can-act", any=["监护人", "委托"])),
       ("为什么", kind("why")),
       ("出处", kind("sources", saysAny=SRC_ANY)))

    sc("手机上激活：社保功能可线上，金融功能去银行", "rich",
       ["yes-no-first", "age", "details", "sources"],
       ("孩子6岁 社保卡能在手机上激活吗", ans("activation", any=["社保功能"],
                                             remember={"ageDays": [2185, 2560]})),
       ("详细说明", kind("details")),
       ("出处", kind("sources")))

    sc("五个月还没参保：不追溯；那西安呢", "plain",
       ["age", "zh-numerals", "late-enrolment", "followup-city"],
       ("宝宝五个月了还没参保", {"anyKind": ["ack", "answer"], "remember": {"ageDays": [140, 180]}}),
       ("现在交的话之前看病的钱能报吗",
        ans("newborn-insurance", any=["追溯", "缴费之日", "缴费次月", "当地", "不能", "不可以"])),
       ("那西安呢", ans("newborn-insurance", says=["西安"])))

    sc("一句话说城市和年龄；重新开始后都忘", "rich",
       ["age", "city-known", "memory-used", "start-over"],
       ("我们在海口 女儿3岁", ack({"city": "haikou", "ageDays": [1090, 1465]})),
       ("要照片吗", ans("photo", says=["海口"])),
       ("重新开始", {"remember": FORGOT}),
       ("要照片吗", ans("photo", no=["3岁", "三岁"])))

    sc("合肥（无规定）丢卡；电话挂失；为什么", "plain",
       ["city-unknown", "why"],
       ("我在合肥 孩子社保卡丢了", ans("lost-card", says=["合肥"], any=["12333"], remember={"city": "hefei"})),
       ("打电话能挂失吗", ans("lost-card", any=["12333", "电话"])),
       ("为什么", kind("why")))

    sc("医保热线；那社保卡呢；为什么", "rich",
       ["followup-card", "why", "no-legal-line"],
       ("宝宝医保的事打什么电话", ans("hotlines", any=["12393"], no=["第十六条"])),
       ("那社保卡呢", ans("hotlines", any=["12333"])),
       ("为什么", kind("why")))

    sc("隐私；为什么；出处", "rich",
       ["why", "sources"],
       ("孩子的资料谁能看到", ans("privacy", any=["第十五条", "隐私", "依法"])),
       ("为什么", kind("why")),
       ("出处", kind("sources")))

    sc("法律依据；出处；详细说明", "plain",
       ["sources", "details"],
       ("孩子办卡依据什么规定", ans("legal-basis", any=["第十六条", "管理办法"])),
       ("出处", kind("sources")),
       ("详细说明", kind("details")))

    sc("三种卡区别；详细说明；电子社保卡需先有实体卡", "rich",
       ["details", "card-memory"],
       ("三种卡有啥区别", ans("card-kinds")),
       ("详细说明", kind("details")),
       ("电子社保卡怎么给儿子弄", ans("activation", card="electronic", any=["实体"])))

    sc("年龄更正：两岁改三岁", "plain",
       ["age", "zh-numerals", "age-correction", "not-newborn"],
       ("娃两岁了", ack({"ageDays": [725, 1100]})),
       ("不对 三岁了 记错了", ack({"ageDays": [1090, 1465]}, anyKind=["ack", "answer"])),
       ("要带什么材料", ans("documents", no=["90天"])))

    sc("一岁半：能办卡吗；照片", "rich",
       ["age", "zh-numerals", "not-newborn"],
       ("儿子一岁半", ack({"ageDays": [525, 575]})),
       ("能办社保卡吗", ans("child-eligibility", no=["90天"])),
       ("要照片吗", ans("photo")))

    sc("十个月双胞胎；后说贵阳；照片按贵阳", "plain",
       ["age", "zh-numerals", "city-known", "memory-used"],
       ("双胞胎十个月", ack({"ageDays": [290, 330]})),
       ("要拍照吗", ans("photo")),
       ("对了我们在贵阳", ack({"city": "guiyang"})),
       ("那到底要不要照片", ans("photo", says=["贵阳"], any=["6"],
                               remember={"city": "guiyang", "ageDays": [290, 330]})))

    sc("孩子要一起去吗；临湘", "rich",
       ["city-known", "memory-used", "review-correction"],
       ("办卡孩子要一起去吗", ans("who-can-act", any=["临湘", "一起", "陪同", "到场"])),
       ("我们是临湘的", ack({"city": "linxiang"})),
       ("那孩子要去吗", ans("who-can-act", says=["临湘"])))

    sc("中山在哪办；成都呢；重新开始忘记城市", "plain",
       ["city-known", "followup-city", "start-over"],
       ("中山在哪给娃办社保卡", ans("apply-where", says=["中山"], any=["银行", "线上", "网上", "粤省事"],
                                      remember={"city": "zhongshan"})),
       ("成都呢", ans("apply-where", says=["成都"])),
       ("重新开始", {"remember": {"city": None}}))

    sc("支付宝领医保码；出处；那电子社保卡呢", "rich",
       ["sources", "followup-card"],
       ("支付宝能给宝宝弄医保码吗", ans("activation", card="e-voucher", any=["支付宝"])),
       ("出处", kind("sources")),
       ("那电子社保卡呢", ans("activation", card="electronic")))

    sc("生日（号）：90天截止日；那医保电子凭证呢", "plain",
       ["birthdate", "memory-used", "newborn-90-date", "followup-card"],
       ("宝宝生日是2026年11月10号", ack({"ageDays": birth_range(b2)})),
       ("医保要在什么时候前办好", ans("newborn-insurance", any=end90(b2, "zh"))),
       ("那医保电子凭证呢", ans(card="e-voucher", any=["亲情账户", "180", "出生医学证明"])))

    sc("先问护照（拒答），再问社保卡，再找人", "rich",
       ["offtopic-mid", "handoff"],
       ("孩子护照怎么办", kind("decline")),
       ("那社保卡怎么办", {"anyKind": ["answer", "clarify", "step"]}),
       ("我想找个人问问", kind("handoff")))

    sc("首条回复长度：三个主题", "plain",
       ["length"],
       ("新生儿医保怎么办", ans("newborn-insurance")),
       ("社保卡要带什么材料", ans("documents")),
       ("医保电子凭证怎么激活", ans("activation", card="e-voucher")))

    sc("从海口搬到广州市；材料按广州；那海口呢", "rich",
       ["city-known", "city-correction", "followup-city"],
       ("我们从海口搬到广州市了", ack({"city": "guangzhou"}, anyKind=["ack", "answer"])),
       ("孩子办卡要什么材料", ans("documents", says=["广州"])),
       ("那海口呢", ans("documents", says=["海口"])))

    sc("出生二十天：先办什么；那医保电子凭证呢", "plain",
       ["age", "zh-numerals", "memory-used", "followup-card"],
       ("宝宝出生二十天", ack({"ageDays": [17, 27]})),
       ("先办什么", ans(says=["医保"])),
       ("那医保电子凭证呢", ans(card="e-voucher")))

    sc("丢卡后电子社保卡；怎么挂失；爷爷能办吗", "rich",
       ["length"],
       ("孩子社保卡丢了 电子社保卡还能用吗", ans("lost-card")),
       ("怎么挂失", ans("lost-card", any=["12333"])),
       ("爷爷能去办吗", ans(any=["监护人"])))

    sc("拼音城市名：在chengdu；去哪办；为什么", "plain",
       ["city-known", "city-pinyin", "why"],
       ("我们在chengdu", ack({"city": "chengdu"})),
       ("去哪办孩子社保卡", ans("apply-where", any=["成都", "Chengdu"])),
       ("为什么", kind("why")))

    return S


def finish(S, lang):
    out = []
    for i, s in enumerate(S, 1):
        assert 3 <= len(s["turns"]) <= 6, (lang, i, s["about"])
        for t in s["turns"]:
            for k in ("says", "saysAny", "saysNot"):
                if k in t["expect"]:
                    assert isinstance(t["expect"][k], list)
        out.append({"id": f"b11-{lang}-{i:02d}", "about": s["about"], "channel": s["channel"],
                    "turns": s["turns"]})
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    report = {}
    for lang, fn in (("en", en_scenarios), ("zh", zh_scenarios)):
        S = fn()
        data = finish(S, lang)
        with open(os.path.join(OUT, f"{lang}.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        feats = Counter(ft for s in S for ft in s["features"])
        chans = Counter(s["channel"] for s in S)
        kinds = Counter(t["expect"].get("kind", "/".join(t["expect"].get("anyKind", ["-"])))
                        for s in S for t in s["turns"])
        report[lang] = {"scenarios": len(S), "turns": sum(len(s["turns"]) for s in S),
                        "channels": dict(chans), "features": dict(sorted(feats.items())),
                        "kinds": dict(sorted(kinds.items()))}
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
