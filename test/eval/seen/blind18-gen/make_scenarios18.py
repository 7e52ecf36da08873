#!/usr/bin/env python3
"""Writes the blind multi-turn scenario set 18 (issue #17): scenarios18/{en,zh}.json.

Written blind: only the issue, the format note and shared/reference/*.md were read; the bot's
answers were never seen. Expectations check only what the issue and the sources say the bot
should do (kind, topic, card, step, remembered age/city, first-reply length, a few substrings
with several alternatives). Ages from birth dates are computed for 2026-12-03 with wide ranges.
"""
import datetime
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios18")
REF_DAY = datetime.date(2026, 12, 3)   # the day ranges are computed for

EN_MAX, ZH_MAX = 650, 350
NO_TAGS_EN = ["(secondary source)", ".md"]
NO_TAGS_ZH = ["（转载资料）", ".md"]


def days_since(y, m, d):
    return (REF_DAY - datetime.date(y, m, d)).days


def born(y, m, d, before=3, after=60):
    """ageDays range for a birth date: a little below its age on REF_DAY, well above it."""
    n = days_since(y, m, d)
    return [max(0, n - before), n + after]


def yrs(a, b):
    """ageDays range for 'a years old' (a <= age < b years), with slack."""
    return [int(a * 365) - 10, int(b * 365) + 10]


# ---------------------------------------------------------------- expectation helpers
def ans(lang, topic=None, **kw):
    e = {"kind": "answer", "maxChars": EN_MAX if lang == "en" else ZH_MAX}
    if topic:
        e["topic"] = topic
    e.update(kw)
    return e


def ack(**kw):
    e = {"kind": "ack"}
    e.update(kw)
    return e


def rem(age=None, city=None, card=None, forget=()):
    r = {}
    if age is not None:
        r["ageDays"] = age
    if city is not None:
        r["city"] = city
    if card is not None:
        r["card"] = card
    for k in forget:
        r[k] = None
    return r


def T(user, expect=None):
    return {"user": user, "expect": expect or {}}


def S(sid, about, channel, feats, turns):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, (sid, len(turns))
    return {"id": sid, "about": about, "channel": channel, "turns": turns, "_features": feats}


WHY = {"kind": "why"}
SRC_EN = {"kind": "sources", "saysAny": ["gov.cn", "http", "www."]}
SRC_ZH = {"kind": "sources", "saysAny": ["gov.cn", "http", "www."]}
DETAILS = {"kind": "details"}
DECLINE = {"kind": "decline"}
HANDOFF = {"kind": "handoff"}
NOT_IN_KB_EN = ["12333", "HRSS", "bureau"]
NOT_IN_KB_ZH = ["12333", "人社"]
CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation"]
ACT_CHOICES = ["activation", "card:physical", "card:electronic", "card:e-voucher"]

# ---------------------------------------------------------------- English
en = []
E = lambda *a, **k: ans("en", *a, **k)

en.append(S("b18-en-01", "age stated (she's 8) is acknowledged, then used for documents; no newborn advice; sources", "rich",
    ["age", "ack", "age-used", "no-newborn-advice", "sources", "maxChars"], [
    T("my daughter is 8", ack(remember=rem(age=yrs(8, 9)))),
    T("what do i need to bring to get her card", E("documents", saysAny=["ID", "hukou", "household"],
        saysNot=NO_TAGS_EN + ["within 90 days"], remember=rem(age=yrs(8, 9)))),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-02", "2 months old in a question: newborn order (insurance first), why, start over forgets", "plain",
    ["age", "newborn", "why", "start-over", "maxChars"], [
    T("baby is 2 months old, what should we sort out first?", E(saysAny=["insurance", "enrol", "enroll"],
        remember=rem(age=[55, 70]))),
    T("why?", WHY),
    T("start over", {"remember": rem(forget=["ageDays", "city"])}),
    T("what do i need for the card", E("documents", remember=rem(forget=["ageDays"]))),
]))
en.append(S("b18-en-03", "birth date stated, then the 90-day end date is given (in principle); More details", "rich",
    ["age", "birth-date", "ack", "newborn", "details", "maxChars"], [
    T("she was born on 10 November 2026", ack(remember=rem(age=born(2026, 11, 10, after=70)))),
    T("when do i have to sign her up for medical insurance?", E("newborn-insurance", saysAny=["2027"],
        saysNot=["the limit"])),
    T("More details", DETAILS),
]))
en.append(S("b18-en-04", "city Haikou (KB has rule): photo answer uses Haikou's rule; follow-up for Guiyang", "rich",
    ["city-kb", "ack", "age", "photo", "followup-city", "maxChars"], [
    T("we live in haikou", ack(remember=rem(city="haikou"))),
    T("my son is 4, does he need a photo on the card", E("photo", says=["Haikou"], saysAny=["7"],
        remember=rem(age=yrs(4, 5), city="haikou"))),
    T("what about Guiyang?", E("photo", says=["Guiyang"], saysAny=["6"])),
]))
en.append(S("b18-en-05", "city the KB lacks (Nanjing): general answer plus no-rule note", "plain",
    ["city-missing", "ack", "documents", "maxChars"], [
    T("we're in Nanjing", ack(remember=rem(city="nanjing"))),
    T("what docs do i need for my kids card", E("documents", says=["Nanjing"], saysAny=NOT_IN_KB_EN,
        saysNot=NO_TAGS_EN)),
    T("why?", WHY),
]))
en.append(S("b18-en-06", "city correction Guiyang -> Haikou, then documents for a 3-year-old use Haikou", "rich",
    ["city-kb", "correction", "ack", "age", "documents", "maxChars"], [
    T("we live in Guiyang", ack(remember=rem(city="guiyang"))),
    T("sorry i meant Haikou not Guiyang", ack(remember=rem(city="haikou"))),
    T("what do i bring for my 3 yr old", E("documents", says=["Haikou"], remember=rem(age=yrs(3, 4), city="haikou"))),
]))
en.append(S("b18-en-07", "age correction 5 -> 6, then the photo question", "plain",
    ["age", "correction", "ack", "photo", "maxChars"], [
    T("my son is 5", ack(remember=rem(age=yrs(5, 6)))),
    T("oops hes actually 6", ack(remember=rem(age=yrs(6, 7)))),
    T("does he need a photo", E("photo", remember=rem(age=yrs(6, 7)))),
]))
en.append(S("b18-en-08", "card follow-ups: physical -> e-voucher -> electronic card, then why", "rich",
    ["card", "followup-card", "why", "maxChars"], [
    T("how do i activate my daughter's social security card", E("activation", card="physical",
        remember=rem(card="physical"))),
    T("and for the e-voucher?", E("activation", card="e-voucher", saysAny=["family account", "亲情账户", "app"],
        saysNot=["by 2024"], remember=rem(card="e-voucher"))),
    T("what about the electronic card", E("activation", card="electronic", saysAny=["family service", "亲情服务"])),
    T("why?", WHY),
]))
en.append(S("b18-en-09", "phone activation: social security function yes, bank function no; details; sources", "plain",
    ["yes-no-first", "activation", "details", "sources", "maxChars"], [
    T("can i activate my kids card on my phone", E("activation", says=["bank"],
        saysAny=["online", "app", "phone"])),
    T("More details", DETAILS),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-10", "grandparent acting; follow-up for Guiyang (authorisation letter)", "rich",
    ["who-can-act", "followup-city", "city-kb", "maxChars"], [
    T("can grandma take him to do the card, im working all week", E("who-can-act",
        saysAny=["guardian", "authoris", "authoriz"])),
    T("what about in Guiyang?", E("who-can-act", says=["Guiyang"], saysAny=["authoris", "authoriz", "letter"],
        remember=rem(city="guiyang"))),
    T("why?", WHY),
]))
en.append(S("b18-en-11", "walkthrough on plain: next, next, back, repeat, next", "plain",
    ["walkthrough", "next", "back", "repeat"], [
    T("walk me through getting my babys card step by step", {"kind": "step", "step": 1}),
    T("next", {"kind": "step", "step": 2}),
    T("next", {"kind": "step", "step": 3}),
    T("back", {"kind": "step", "step": 2}),
    T("repeat", {"kind": "step", "step": 2}),
    T("next", {"kind": "step", "step": 3}),
]))
en.append(S("b18-en-12", "walkthrough on plain: stop and continue", "plain",
    ["walkthrough", "next", "stop-continue"], [
    T("can you take me through the steps one at a time", {"kind": "step", "step": 1}),
    T("next", {"kind": "step", "step": 2}),
    T("stop", {}),
    T("continue", {"kind": "step"}),
]))
en.append(S("b18-en-13", "walkthrough on rich with typed commands", "rich",
    ["walkthrough", "next", "back"], [
    T("show me the steps one by one please", {"kind": "step", "step": 1}),
    T("next", {"kind": "step", "step": 2}),
    T("back", {"kind": "step", "step": 1}),
    T("next", {"kind": "step", "step": 2}),
    T("next", {"kind": "step", "step": 3}),
]))
en.append(S("b18-en-14", "one word 'card' -> clarifying question; typed choice answers; card remembered", "rich",
    ["clarify", "card"], [
    T("card", {"kind": "clarify", "choices": CARD_CHOICES}),
    T("the physical social security card", {"kind": "answer", "card": "physical"}),
    T("how do i activate it", E("activation", card="physical")),
]))
en.append(S("b18-en-15", "one word 'activate' on plain -> clarify; '1' picks the first choice; details", "plain",
    ["clarify", "numbered-choice", "details"], [
    T("activate", {"kind": "clarify", "choices": ACT_CHOICES}),
    T("1", {"kind": "answer"}),
    T("More details", DETAILS),
]))
en.append(S("b18-en-16", "one word 'card' on plain -> clarify; '2.' picks", "plain",
    ["clarify", "numbered-choice"], [
    T("card", {"kind": "clarify", "choices": CARD_CHOICES}),
    T("2.", {"kind": "answer"}),
    T("why?", WHY),
]))
en.append(S("b18-en-17", "combined statement (Zhongshan, 6 weeks), off-topic car insurance in the middle, memory kept", "rich",
    ["city-kb", "age", "ack", "off-topic-middle", "newborn", "maxChars"], [
    T("we're in Zhongshan city and our baby is 6 weeks old", ack(remember=rem(age=[40, 46], city="zhongshan"))),
    T("whats the best car insurance for a new driver", dict(DECLINE, remember=rem(city="zhongshan"))),
    T("ok so what should we do first for the baby", E(saysAny=["insurance", "enrol", "enroll"],
        remember=rem(age=[40, 46], city="zhongshan"))),
]))
en.append(S("b18-en-18", "documents then handoff to a person", "plain",
    ["age", "documents", "handoff", "maxChars"], [
    T("what documents for my 2 year olds card", E("documents", remember=rem(age=yrs(2, 3)))),
    T("this is confusing can i talk to a real person", HANDOFF),
    T("ok thanks, where do i apply then", E("apply-where")),
]))
en.append(S("b18-en-19", "language switch EN -> ZH keeps city and age", "rich",
    ["language-switch", "city-kb", "age", "ack", "photo", "maxChars"], [
    T("my son is 3 and we live in Guiyang", ack(remember=rem(age=yrs(3, 4), city="guiyang"))),
    T("does he need a photo?", E("photo", says=["Guiyang"])),
    T("他办卡要带什么材料", ans("zh", "documents", saysAny=["身份证", "户口"], remember=rem(city="guiyang"))),
]))
en.append(S("b18-en-20", "late enrolment at 5 months: no back-dated cover / local rules; why", "plain",
    ["age", "late-enrolment", "newborn", "why", "maxChars"], [
    T("our baby is 5 months old and we never signed her up for medical insurance, is it too late?",
        E("newborn-insurance", saysAny=["back-dated", "backdated", "retroactive", "local", "from the date", "payment"],
          remember=rem(age=[145, 160]))),
    T("why?", WHY),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-21", "a 10-year-old never gets newborn-only advice", "rich",
    ["age", "no-newborn-advice", "process", "maxChars"], [
    T("shes 10, whats the first thing to do to get her a card", E(saysNot=["within 90 days"],
        remember=rem(age=yrs(10, 11)))),
    T("More details", dict(DETAILS, saysNot=["within 90 days"])),
    T("where do we apply", E("apply-where")),
]))
en.append(S("b18-en-22", "e-voucher for a 3-week-old without an ID number (birth-certificate route)", "plain",
    ["age", "card", "newborn", "maxChars"], [
    T("baby is 3 weeks old and has no ID number yet", ack(remember=rem(age=[19, 25]))),
    T("can i still get her the medical insurance e-voucher", E(card="e-voucher",
        saysAny=["birth", "mother", "mum", "mom"])),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-23", "lost card in Yongkang (KB rule); follow-up on the electronic card", "rich",
    ["city-kb", "lost-card", "card", "maxChars"], [
    T("we're in Yongkang and my son lost his social security card", E("lost-card", says=["Yongkang"],
        remember=rem(city="yongkang"))),
    T("does his electronic card still work then", E(card="electronic",
        saysAny=["authoris", "authoriz", "cancel", "stop"])),
    T("who do i call", E(saysAny=["12333"])),
]))
en.append(S("b18-en-24", "start over forgets city and age (Kunming, 40 days)", "plain",
    ["city-missing", "age", "ack", "start-over"], [
    T("we live in Kunming, baby is 40 days old", ack(remember=rem(age=[38, 43], city="kunming"))),
    T("start over", {"remember": rem(forget=["ageDays", "city"])}),
    T("what do i need for my kids card", E("documents", saysNot=["Kunming"],
        remember=rem(forget=["ageDays", "city"]))),
]))
en.append(S("b18-en-25", "'just turned 1' -> eligibility", "rich",
    ["age", "ack", "child-eligibility", "maxChars"], [
    T("he just turned 1", ack(remember=rem(age=[360, 400]))),
    T("can he get a card at his age", E("child-eligibility")),
    T("where do we go", E("apply-where")),
]))
en.append(S("b18-en-26", "18 months, then city given later, photo uses both", "plain",
    ["age", "ack", "city-kb", "photo", "maxChars"], [
    T("shes 18 months", ack(remember=rem(age=[520, 570]))),
    T("does she need a photo for the card", E("photo")),
    T("we're in Haikou btw", ack(remember=rem(age=[520, 570], city="haikou"))),
    T("so photo or not?", E("photo", says=["Haikou"])),
]))
en.append(S("b18-en-27", "'4 and a half years old' and city in Chinese characters", "rich",
    ["age", "city-kb", "city-chinese-name", "ack", "documents", "maxChars"], [
    T("my boy is 4 and a half years old", ack(remember=rem(age=[1590, 1720]))),
    T("we live in 海口", ack(remember=rem(city="haikou"))),
    T("what papers do i need for his card", E("documents", says=["Haikou"], saysNot=NO_TAGS_EN)),
]))
en.append(S("b18-en-28", "age inside a question ('7 yr old'), then why", "plain",
    ["age", "documents", "why", "maxChars"], [
    T("my 7 yr old needs a card what docs", E("documents", remember=rem(age=yrs(7, 8)), saysNot=["within 90 days"])),
    T("why?", WHY),
    T("More details", DETAILS),
]))
en.append(S("b18-en-29", "legal basis, why and sources", "rich",
    ["legal-basis", "why", "sources", "maxChars"], [
    T("which law decides what i have to bring for my kids card", E("legal-basis", saysAny=["16"])),
    T("why?", WHY),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-30", "privacy with More details", "plain",
    ["privacy", "details", "maxChars"], [
    T("who gets to see my kids data on the card", E("privacy", saysAny=["15", "privacy"])),
    T("More details", DETAILS),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-31", "hotlines with a card follow-up (e-voucher -> social security card)", "rich",
    ["hotlines", "followup-card", "maxChars"], [
    T("what number do i call about my kids medical insurance", E("hotlines", saysAny=["12393"])),
    T("and for the social security card?", E("hotlines", saysAny=["12333"])),
    T("why?", WHY),
]))
en.append(S("b18-en-32", "near-miss off-topic (passport) declined, then on-topic", "plain",
    ["off-topic-middle", "documents", "maxChars"], [
    T("how do i get a passport for my 5 year old", DECLINE),
    T("ok and her social security card, what do i bring", E("documents")),
    T("can i get my kid a bank savings card too", DECLINE),
]))
en.append(S("b18-en-33", "Chengdu activation (KB rule); city as pinyin with 'shi'", "rich",
    ["city-kb", "activation", "card", "maxChars"], [
    T("we're in chengdu shi", ack(remember=rem(city="chengdu"))),
    T("how do i activate my son's social security card", E("activation", says=["Chengdu"], card="physical")),
    T("and the e-voucher?", E("activation", card="e-voucher")),
]))
en.append(S("b18-en-34", "Zhongshan newborn one-stop conditions; sources", "plain",
    ["city-kb", "age", "newborn", "sources", "maxChars"], [
    T("Zhongshan here, baby is 1 month old. is there a one stop thing for newborns?", E(says=["Zhongshan"],
        saysAny=["Guangdong", "married", "one year", "1 year", "hukou"], remember=rem(city="zhongshan", age=[28, 35]))),
    T("sources?", dict(SRC_EN, saysAny=["zs.gov.cn", "gov.cn", "http"])),
    T("what do i bring for the card", E("documents")),
]))
en.append(S("b18-en-35", "Qingyuan: card never activated for months", "rich",
    ["city-kb", "activation", "why", "maxChars"], [
    T("we live in Qingyuan", ack(remember=rem(city="qingyuan"))),
    T("we got her card months ago but never activated it, is that a problem?", E("activation", says=["Qingyuan"],
        saysAny=["six months", "6 months", "half a year", "sealed", "封存"])),
    T("why?", WHY),
]))
en.append(S("b18-en-36", "Wuhan e-voucher via family account; no 'by 2024' claim", "plain",
    ["city-kb", "activation", "card", "age", "maxChars"], [
    T("in wuhan, how do i activate my 2 month old babys e-voucher", E("activation", card="e-voucher",
        saysAny=["family account", "亲情账户", "National Healthcare", "National Medical", "医保服务平台", "app"], saysNot=["by 2024"],
        remember=rem(city="wuhan", age=[55, 70]))),
    T("what about the social security card?", E("activation", card="physical")),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-37", "card-kinds answer, details, why", "rich",
    ["card-kinds", "details", "why", "maxChars"], [
    T("whats the difference between the electronic card and the e-voucher", E("card-kinds")),
    T("More details", DETAILS),
    T("why?", WHY),
]))
en.append(S("b18-en-38", "apply-where in Hangzhou (KB lacks it)", "plain",
    ["city-missing", "apply-where", "maxChars"], [
    T("where do i apply for my daughters card, we live in hangzhou", E("apply-where", says=["Hangzhou"],
        saysAny=NOT_IN_KB_EN, remember=rem(city="hangzhou"))),
    T("More details", DETAILS),
    T("what do i bring", E("documents", says=["Hangzhou"])),
]))
en.append(S("b18-en-39", "must the child come along (Linxiang says minors come with the guardian)", "rich",
    ["who-can-act", "age", "yes-no-first", "maxChars"], [
    T("does my 4 year old have to come with me to the bank", E("who-can-act",
        saysAny=["Linxiang", "with the guardian", "with a guardian", "come with", "along"],
        saysNot=["don't say whether", "do not say whether"], remember=rem(age=yrs(4, 5)))),
    T("why?", WHY),
    T("sources?", SRC_EN),
]))
en.append(S("b18-en-40", "electronic card needs the physical card first", "plain",
    ["card", "yes-no-first", "maxChars"], [
    T("can i get the electronic card for my baby before the physical one", E(card="electronic", says=["physical"])),
    T("ok how do i get the physical one then", E(card="physical")),
    T("walk me through it", {"kind": "step", "step": 1}),
]))
en.append(S("b18-en-41", "'whats the 1st step' on plain is a question, not option 1", "plain",
    ["numbers-in-words", "process", "maxChars"], [
    T("how do i get my sons social security card", E()),
    T("whats the 1st step", {"anyKind": ["answer", "step"]}),
    T("does he need a photo, hes 6", E("photo", remember=rem(age=yrs(6, 7)))),
]))
en.append(S("b18-en-42", "walkthrough, then handoff in the middle", "plain",
    ["walkthrough", "next", "handoff"], [
    T("guide me step by step please", {"kind": "step", "step": 1}),
    T("next", {"kind": "step", "step": 2}),
    T("i want to speak to a human", HANDOFF),
]))
en.append(S("b18-en-43", "birth date of an older child (March 2019) -> no newborn advice", "rich",
    ["age", "birth-date", "ack", "no-newborn-advice", "maxChars"], [
    T("she was born in March 2019", ack(remember=rem(age=[days_since(2019, 3, 31) - 5, days_since(2019, 3, 1) + 60]))),
    T("what should we do first to get her a card", E(saysNot=["within 90 days"])),
    T("does she need a photo", E("photo")),
]))
en.append(S("b18-en-44", "Changde activation with a city correction from Changsha (KB lacks Changsha)", "rich",
    ["city-missing", "city-kb", "correction", "activation", "maxChars"], [
    T("we're in Changsha", ack(remember=rem(city="changsha"))),
    T("no wait, Changde, we moved", ack(remember=rem(city="changde"))),
    T("how do i activate my son's card", E("activation", says=["Changde"])),
]))

# ---------------------------------------------------------------- Chinese
zh = []
Z = lambda *a, **k: ans("zh", *a, **k)

zh.append(S("b18-zh-01", "年龄陈述（八岁）被确认，材料答案用上年龄、不给新生儿建议；出处", "rich",
    ["age", "chinese-numeral", "ack", "age-used", "no-newborn-advice", "sources", "maxChars"], [
    T("孩子八岁了", ack(remember=rem(age=yrs(8, 9)))),
    T("办卡要带啥", Z("documents", saysAny=["身份证", "户口"], saysNot=NO_TAGS_ZH + ["90天内"],
        remember=rem(age=yrs(8, 9)))),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-02", "问题里带年龄（两个月大）：先参保；为什么；重新开始后忘记", "plain",
    ["age", "chinese-numeral", "newborn", "why", "start-over", "maxChars"], [
    T("娃两个月大 先弄哪个", Z(saysAny=["医保", "参保"], remember=rem(age=[55, 70]))),
    T("为什么", WHY),
    T("重新开始", {"remember": rem(forget=["ageDays", "city"])}),
    T("办卡要带什么", Z("documents", remember=rem(forget=["ageDays"]))),
]))
zh.append(S("b18-zh-03", "出生45天：参保期限（原则上90天）；为什么", "rich",
    ["age", "ack", "newborn", "why", "maxChars"], [
    T("闺女出生45天了", ack(remember=rem(age=[43, 48]))),
    T("医保最晚什么时候办", Z("newborn-insurance", saysAny=["原则上", "一般"])),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-04", "出生日期：说出90天到期的日期；详细说明", "plain",
    ["age", "birth-date", "ack", "newborn", "details", "maxChars"], [
    T("孩子是2026年10月8日出生的", ack(remember=rem(age=born(2026, 10, 8)))),
    T("医保要在哪天之前办好", Z("newborn-insurance", saysAny=["2027"])),
    T("详细说明", DETAILS),
]))
zh.append(S("b18-zh-05", "满月 + 海口：照片按海口规定；那贵阳呢", "rich",
    ["age", "city-kb", "ack", "photo", "followup-city", "maxChars"], [
    T("宝宝满月了 我们在海口", ack(remember=rem(age=[28, 40], city="haikou"))),
    T("要拍照片吗", Z("photo", says=["海口"], saysAny=["7"])),
    T("那贵阳呢", Z("photo", says=["贵阳"], saysAny=["6"])),
]))
zh.append(S("b18-zh-06", "知识库没有的城市（深圳）：一般答案 + 没有该市规定", "plain",
    ["city-missing", "ack", "documents", "maxChars"], [
    T("我们在深圳", ack(remember=rem(city="shenzhen"))),
    T("给孩子办社保卡要什么材料", Z("documents", says=["深圳"], saysAny=NOT_IN_KB_ZH, saysNot=NO_TAGS_ZH)),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-07", "城市更正（拼音 guiyang → 常德），激活按常德", "rich",
    ["city-kb", "city-pinyin", "correction", "ack", "activation", "maxChars"], [
    T("我们在guiyang", ack(remember=rem(city="guiyang"))),
    T("说错了 是常德", ack(remember=rem(city="changde"))),
    T("孩子的社保卡怎么激活", Z("activation", says=["常德"], card="physical")),
]))
zh.append(S("b18-zh-08", "追问另一张卡：实体卡 → 医保电子凭证 → 电子社保卡；为什么", "plain",
    ["card", "followup-card", "why", "maxChars"], [
    T("孩子的社保卡咋激活", Z("activation", card="physical", remember=rem(card="physical"))),
    T("那医保电子凭证呢", Z("activation", card="e-voucher", saysAny=["亲情账户", "国家医保服务平台"],
        saysNot=["2024年起"], remember=rem(card="e-voucher"))),
    T("电子社保卡呢", Z("activation", card="electronic", saysAny=["亲情服务"])),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-09", "手机上能否激活：社保功能可以、金融功能要去银行；详细说明", "rich",
    ["yes-no-first", "activation", "details", "maxChars"], [
    T("能不能手机上激活孩子社保卡", Z("activation", says=["银行"], saysAny=["线上", "手机", "APP", "app", "小程序"])),
    T("详细说明", DETAILS),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-10", "爷爷奶奶能否代办；那贵阳呢（授权委托书）", "plain",
    ["who-can-act", "followup-city", "city-kb", "maxChars"], [
    T("爷爷奶奶能帮孩子办卡吗", Z("who-can-act", saysAny=["监护人", "授权", "委托"])),
    T("那贵阳呢", Z("who-can-act", says=["贵阳"], saysAny=["委托", "授权"], remember=rem(city="guiyang"))),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-11", "微信引导：下一步、下一步、上一步、下一步、重复（下一步不能被当成选项1）", "plain",
    ["walkthrough", "xiayibu", "shangyibu", "repeat"], [
    T("一步一步教我给孩子办卡", {"kind": "step", "step": 1}),
    T("下一步", {"kind": "step", "step": 2}),
    T("下一步", {"kind": "step", "step": 3}),
    T("上一步", {"kind": "step", "step": 2}),
    T("下一步", {"kind": "step", "step": 3}),
    T("重复", {"kind": "step", "step": 3}),
]))
zh.append(S("b18-zh-12", "微信引导：停止后继续", "plain",
    ["walkthrough", "xiayibu", "stop-continue"], [
    T("带我走一遍办卡流程", {"kind": "step", "step": 1}),
    T("下一步", {"kind": "step", "step": 2}),
    T("停止", {}),
    T("继续", {"kind": "step"}),
]))
zh.append(S("b18-zh-13", "网页引导：下一步、上一步", "rich",
    ["walkthrough", "xiayibu", "shangyibu"], [
    T("能一步步带我办吗", {"kind": "step", "step": 1}),
    T("下一步", {"kind": "step", "step": 2}),
    T("上一步", {"kind": "step", "step": 1}),
    T("下一步", {"kind": "step", "step": 2}),
]))
zh.append(S("b18-zh-14", "单字「卡」→ 澄清问题；微信回「1」作答", "plain",
    ["clarify", "numbered-choice"], [
    T("卡", {"kind": "clarify", "choices": CARD_CHOICES}),
    T("1", {"kind": "answer"}),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-15", "「激活」→ 澄清；打字选医保电子凭证", "rich",
    ["clarify", "card"], [
    T("激活", {"kind": "clarify", "choices": ACT_CHOICES}),
    T("医保电子凭证", {"kind": "answer", "card": "e-voucher"}),
    T("那实体卡呢", Z(card="physical")),
]))
zh.append(S("b18-zh-16", "「卡」→ 澄清；「第二个」选第二项", "plain",
    ["clarify", "numbered-choice"], [
    T("卡", {"kind": "clarify", "choices": CARD_CHOICES}),
    T("第二个", {"kind": "answer"}),
    T("详细说明", DETAILS),
]))
zh.append(S("b18-zh-17", "「激活」→ 澄清；「①」选第一项", "plain",
    ["clarify", "numbered-choice"], [
    T("激活", {"kind": "clarify", "choices": ACT_CHOICES}),
    T("①", {"kind": "answer"}),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-18", "中山 + 出生一周；中途问车险被婉拒；记忆保留", "rich",
    ["city-kb", "age", "ack", "off-topic-middle", "newborn", "maxChars"], [
    T("我们在中山 宝宝刚出生一周", ack(remember=rem(age=[5, 10], city="zhongshan"))),
    T("车险哪家便宜", dict(DECLINE, remember=rem(city="zhongshan"))),
    T("那宝宝先办啥", Z(saysAny=["医保", "参保"], remember=rem(age=[5, 10], city="zhongshan"))),
]))
zh.append(S("b18-zh-19", "问材料后转人工", "plain",
    ["age", "documents", "handoff", "maxChars"], [
    T("两岁孩子办卡要啥材料", Z("documents", remember=rem(age=yrs(2, 3)))),
    T("我要人工客服", HANDOFF),
    T("那在哪办", Z("apply-where")),
]))
zh.append(S("b18-zh-20", "语言切换 中文 → 英文，城市保留", "rich",
    ["language-switch", "age", "city-kb", "ack", "photo", "maxChars"], [
    T("我女儿五岁 我们在海口市", ack(remember=rem(age=yrs(5, 6), city="haikou"))),
    T("要照片吗", Z("photo", says=["海口"])),
    T("what documents do i need for her card", ans("en", "documents", saysAny=["ID", "hukou", "household"],
        remember=rem(city="haikou"))),
]))
zh.append(S("b18-zh-21", "半岁才参保：不追溯/按当地规定；为什么", "plain",
    ["age", "late-enrolment", "newborn", "why", "maxChars"], [
    T("孩子半岁了还没交医保 现在还能办吗", Z("newborn-insurance", saysAny=["追溯", "当地", "缴费"],
        remember=rem(age=[170, 200]))),
    T("为什么", WHY),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-22", "十岁孩子不给新生儿建议", "rich",
    ["age", "chinese-numeral", "no-newborn-advice", "maxChars"], [
    T("儿子十岁了 办卡第一步干啥", Z(saysNot=["90天内"], remember=rem(age=yrs(10, 11)))),
    T("详细说明", dict(DETAILS, saysNot=["90天内"])),
    T("去哪办", Z("apply-where")),
]))
zh.append(S("b18-zh-23", "没身份证号的新生儿领医保电子凭证（出生医学证明途径）", "plain",
    ["card", "newborn", "maxChars"], [
    T("娃还没上户口 没身份证号 能弄医保电子凭证吗", Z(card="e-voucher", saysAny=["出生医学证明", "出生证", "母亲", "妈妈"])),
    T("为什么", WHY),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-24", "永康挂失（知识库有规定）；电子社保卡还能用吗", "rich",
    ["city-kb", "lost-card", "card", "maxChars"], [
    T("我们在永康 孩子社保卡丢了", Z("lost-card", says=["永康"], saysAny=["户口", "监护人"],
        remember=rem(city="yongkang"))),
    T("电子社保卡还能用吗", Z(card="electronic", saysAny=["授权", "注销", "挂失"])),
    T("打哪个电话", Z(saysAny=["12333"])),
]))
zh.append(S("b18-zh-25", "重新开始后忘记城市和年龄（昆明、两个月）", "plain",
    ["city-missing", "age", "ack", "start-over"], [
    T("我们在昆明 宝宝两个月", ack(remember=rem(age=[55, 70], city="kunming"))),
    T("重新开始", {"remember": rem(forget=["ageDays", "city"])}),
    T("办卡要带什么", Z("documents", saysNot=["昆明"], remember=rem(forget=["ageDays", "city"]))),
]))
zh.append(S("b18-zh-26", "一岁半能办卡吗", "rich",
    ["age", "chinese-numeral", "child-eligibility", "maxChars"], [
    T("孩子一岁半 能办社保卡吗", Z("child-eligibility", remember=rem(age=[520, 570]))),
    T("要带啥", Z("documents")),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-27", "清远 + 满两周岁：卡半年多没激活", "plain",
    ["age", "chinese-numeral", "city-kb", "ack", "activation", "maxChars"], [
    T("女儿刚满两周岁 我们住清远", ack(remember=rem(age=[725, 770], city="qingyuan"))),
    T("卡办好半年多了一直没激活 有影响吗", Z("activation", says=["清远"], saysAny=["半年", "封存", "逾期"])),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-28", "法律依据；出处", "rich",
    ["legal-basis", "why", "sources", "maxChars"], [
    T("这些办卡规定是根据哪个法", Z("legal-basis", saysAny=["第十六条", "16"])),
    T("为什么", WHY),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-29", "隐私；详细说明", "plain",
    ["privacy", "details", "maxChars"], [
    T("孩子信息会不会泄露 谁能看到", Z("privacy", saysAny=["第十五条", "15", "隐私"])),
    T("详细说明", DETAILS),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-30", "热线：医保 → 那社保卡呢", "rich",
    ["hotlines", "followup-card", "maxChars"], [
    T("医保的事打哪个电话", Z("hotlines", saysAny=["12393"])),
    T("那社保卡呢", Z("hotlines", saysAny=["12333"])),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-31", "成都激活（知识库有规定）；那医保电子凭证呢", "plain",
    ["city-kb", "activation", "card", "followup-card", "maxChars"], [
    T("成都的 孩子社保卡在哪激活", Z("activation", says=["成都"], remember=rem(city="chengdu"))),
    T("那医保电子凭证呢", Z("activation", card="e-voucher")),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-32", "中山新生儿出生一件事的条件", "rich",
    ["city-kb", "newborn", "sources", "maxChars"], [
    T("中山市 新生儿出生一件事要什么条件", Z(says=["中山"], saysAny=["广东", "婚", "一周岁", "1周岁", "户籍"],
        remember=rem(city="zhongshan"))),
    T("出处", dict(SRC_ZH, saysAny=["zs.gov.cn", "gov.cn", "http"])),
    T("办卡带啥", Z("documents")),
]))
zh.append(S("b18-zh-33", "武汉医保电子凭证；不说「2024年起」", "plain",
    ["city-kb", "activation", "card", "age", "maxChars"], [
    T("武汉 宝宝三个星期 医保电子凭证怎么激活", Z("activation", card="e-voucher", saysAny=["亲情账户"],
        saysNot=["2024年起"], remember=rem(city="wuhan", age=[19, 25]))),
    T("那社保卡呢", Z("activation", card="physical")),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-34", "三种卡的区别；详细说明；为什么", "rich",
    ["card-kinds", "details", "why", "maxChars"], [
    T("电子社保卡和医保电子凭证有啥区别", Z("card-kinds")),
    T("详细说明", DETAILS),
    T("为什么", WHY),
]))
zh.append(S("b18-zh-35", "杭州（知识库没有）去哪办", "plain",
    ["city-missing", "apply-where", "maxChars"], [
    T("杭州的 孩子社保卡去哪办", Z("apply-where", says=["杭州"], saysAny=NOT_IN_KB_ZH, remember=rem(city="hangzhou"))),
    T("详细说明", DETAILS),
    T("要带啥", Z("documents", says=["杭州"])),
]))
zh.append(S("b18-zh-36", "孩子要不要一起去（临湘：未成年人需监护人一起）", "rich",
    ["who-can-act", "yes-no-first", "maxChars"], [
    T("办卡孩子要一起去吗 四岁", Z("who-can-act", saysAny=["临湘", "一起", "监护人"],
        saysNot=["没有说明孩子是否", "未说明孩子是否"], remember=rem(age=yrs(4, 5)))),
    T("为什么", WHY),
    T("出处", SRC_ZH),
]))
zh.append(S("b18-zh-37", "没有实体卡先办电子社保卡？需要先有实体卡", "plain",
    ["card", "yes-no-first", "walkthrough", "maxChars"], [
    T("没有实体卡能先给孩子弄电子社保卡吗", Z(card="electronic", says=["实体"])),
    T("那实体卡怎么办", Z(card="physical")),
    T("一步步带我办", {"kind": "step", "step": 1}),
]))
zh.append(S("b18-zh-38", "七个月 + 贵阳：照片", "rich",
    ["age", "chinese-numeral", "city-kb", "ack", "photo", "maxChars"], [
    T("宝宝七个月了", ack(remember=rem(age=[205, 225]))),
    T("我们在贵阳", ack(remember=rem(city="guiyang"))),
    T("照片要不要交", Z("photo", says=["贵阳"], saysAny=["6"])),
]))
zh.append(S("b18-zh-39", "微信里「第一步是什么」是问题，不是选项1", "plain",
    ["numbers-in-words", "process", "maxChars"], [
    T("怎么给儿子办社保卡", Z()),
    T("第一步是什么", {"anyKind": ["answer", "step"]}),
    T("孩子六岁 要照片吗", Z("photo", remember=rem(age=yrs(6, 7)))),
]))
zh.append(S("b18-zh-40", "引导中转人工", "plain",
    ["walkthrough", "xiayibu", "handoff"], [
    T("手把手教我办孩子的卡", {"kind": "step", "step": 1}),
    T("下一步", {"kind": "step", "step": 2}),
    T("转人工", HANDOFF),
]))
zh.append(S("b18-zh-41", "近似但不相关（身份证、储蓄卡）被婉拒，然后正常问题", "rich",
    ["off-topic-middle", "documents", "maxChars"], [
    T("十岁孩子怎么办身份证", DECLINE),
    T("那社保卡要带啥", Z("documents")),
    T("能顺便给她开个储蓄卡吗", DECLINE),
]))
zh.append(S("b18-zh-42", "出生年月（2018年6月）→ 不给新生儿建议", "plain",
    ["age", "birth-date", "ack", "no-newborn-advice", "maxChars"], [
    T("孩子2018年6月生的", ack(remember=rem(age=[days_since(2018, 6, 30) - 5, days_since(2018, 6, 1) + 60]))),
    T("先办哪个", Z(saysNot=["90天内"])),
    T("要照片吗", Z("photo")),
]))
zh.append(S("b18-zh-43", "城市更正：长沙（知识库没有）→ 海口", "rich",
    ["city-missing", "city-kb", "correction", "ack", "documents", "maxChars"], [
    T("我们住长沙", ack(remember=rem(city="changsha"))),
    T("不对 是海口 刚搬过去", ack(remember=rem(city="haikou"))),
    T("孩子办卡带啥材料", Z("documents", says=["海口"], saysAny=["承诺书", "监护"])),
]))
zh.append(S("b18-zh-44", "「选1」选第一项；单字「卡」", "rich",
    ["clarify", "numbered-choice"], [
    T("卡", {"kind": "clarify", "choices": CARD_CHOICES}),
    T("选1", {"kind": "answer"}),
    T("出处", SRC_ZH),
]))


# ---------------------------------------------------------------- write
def check(scen, lang):
    ids = [s["id"] for s in scen]
    assert len(ids) == len(set(ids))
    for s in scen:
        for t in s["turns"]:
            for k in ("says", "saysAny", "saysNot"):
                if k in t["expect"]:
                    assert isinstance(t["expect"][k], list), (s["id"], k)
    assert len(scen) >= 40, lang


def derived(scen):
    """Counts computed from the expectations themselves (turns carrying each check)."""
    c = Counter()
    for s in scen:
        for t in s["turns"]:
            e = t["expect"]
            if "kind" in e:
                c["kind=" + e["kind"]] += 1
            if "anyKind" in e:
                c["anyKind"] += 1
            for k in ("topic", "card", "step", "choices", "says", "saysAny", "saysNot", "maxChars"):
                if k in e:
                    c[k] += 1
            r = e.get("remember", {})
            for k, v in r.items():
                c["remember." + k + ("=null" if v is None else "")] += 1
            u = t["user"].strip().lower()
            if u in ("next", "下一步"):
                c["typed next/下一步"] += 1
            if u in ("back", "上一步"):
                c["typed back/上一步"] += 1
    return dict(sorted(c.items()))


def main():
    os.makedirs(OUT, exist_ok=True)
    report = {}
    for lang, scen in (("en", en), ("zh", zh)):
        check(scen, lang)
        feats = Counter(f for s in scen for f in s["_features"])
        chans = Counter(s["channel"] for s in scen)
        clean = [{k: v for k, v in s.items() if k != "_features"} for s in scen]
        path = os.path.join(OUT, f"{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(clean, f, ensure_ascii=False, indent=2)
            f.write("\n")
        turns = sum(len(s["turns"]) for s in scen)
        report[lang] = {"scenarios": len(scen), "turns": turns, "channels": dict(chans),
                        "features_tagged": dict(sorted(feats.items())),
                        "turn_checks": derived(scen)}
        print(path, len(scen), "scenarios", turns, "turns", dict(chans))
    with open(os.path.join(HERE, "scenario-features18.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
