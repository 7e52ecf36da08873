#!/usr/bin/env python3
"""Writes scenarios17/en.json: blind multi-turn scenarios for issue #17 (English).
Ages: days, for 2026-12-02, wide ranges. maxChars 650 on answers."""
from scen_common import ans, kind, rem, T, S, write

M = 650
PRINCIPLE = ["in principle", "principle", "generally", "normally", "usually"]
NOTSURE_CITY = ["12333", "hrss", "bureau", "human resources"]
EVOUCHER = ["family account", "国家医保", "national medical insurance", "e-voucher", "亲情账户"]

sc = []
add = sc.append

add(S("b17-en-01", "2-month-old stated, used for 'what first', follow-up e-voucher, forgotten after start over", "plain", [
  T("my baby is 2 months old", kind("ack", remember=rem(ageDays=[45, 95]))),
  T("so what do we do first", ans(None, M, says=["90"], saysAny=["insurance", "enrol", "enroll"], remember=rem(ageDays=[45, 95]))),
  T("and for the e-voucher?", ans(None, M, card="e-voucher")),
  T("start over", {"remember": rem(ageDays=None, city=None)}),
  T("what do we do first?", ans(None, M, saysNot=["2-month", "2 month", "two-month"])),
], ["age", "newborn-90", "followup-card", "start-over", "maxchars"]))

add(S("b17-en-02", "'she's 8' stated, documents answer says age back and gives no newborn advice, why", "rich", [
  T("she's 8", kind("ack", remember=rem(ageDays=[2900, 3300]))),
  T("what documents do i need for her card", ans("documents", M, saysAny=["8-year", "8 year", "aged 8", "age 8", "eight"], saysNot=["within 90 days"])),
  T("why?", kind("why")),
], ["age", "memory-used", "older-no-newborn", "why", "maxchars"]))

add(S("b17-en-03", "birth date given, newborn enrolment deadline date computed, sources", "plain", [
  T("my son was born on November 10, 2026", kind("ack", remember=rem(ageDays=[15, 110]))),
  T("when do i have to sign him up for medical insurance", ans("newborn-insurance", M, says=["90"],
     saysAny=["february 8", "feb 8", "8 february", "8 feb", "2027-02-08", "february 7", "feb 7", "7 february", "7 feb", "2027-02-07", "2/8/2027", "08/02/2027"])),
  T("sources?", kind("sources", saysAny=["gov.cn", "http"])),
], ["age", "birthdate", "newborn-90", "sources", "maxchars"]))

add(S("b17-en-04", "age + Zhongshan in one statement, documents with Zhongshan rule, more details", "rich", [
  T("baby is 6 weeks old and we're in Zhongshan", kind("ack", remember=rem(ageDays=[35, 50], city="zhongshan"))),
  T("what do i need to apply for her card", ans("documents", M, says=["Zhongshan"])),
  T("More details", kind("details")),
], ["age", "city-known", "memory-used", "details", "maxchars"]))

add(S("b17-en-05", "Haikou stated, photo for 4-year-old, follow-up Guiyang, why", "plain", [
  T("we live in haikou", kind("ack", remember=rem(city="haikou"))),
  T("does my 4 yr old need a photo for the card", ans("photo", M, says=["Haikou"], saysAny=["7", "seven"], remember=rem(city="haikou", ageDays=[1450, 1850]))),
  T("what about guiyang?", ans("photo", M, says=["Guiyang"], remember=rem(city="guiyang"))),
  T("why?", kind("why")),
], ["city-known", "age", "followup-city", "why", "maxchars"]))

add(S("b17-en-06", "city the sources lack (Kunming): general answer plus 'no rule for Kunming', sources", "rich", [
  T("we're in Kunming", kind("ack", remember=rem(city="kunming"))),
  T("where do i apply for my kids card", ans("apply-where", M, says=["Kunming"], saysAny=NOTSURE_CITY)),
  T("sources?", kind("sources", saysAny=["gov.cn", "http"])),
], ["city-lacking", "memory-used", "sources", "maxchars"]))

add(S("b17-en-07", "city correction Guiyang -> Haikou, photo answer uses Haikou", "plain", [
  T("we live in Guiyang", kind("ack", remember=rem(city="guiyang"))),
  T("sorry no, Haikou not guiyang", {"remember": rem(city="haikou")}),
  T("does a 3 yr old need a photo", ans("photo", M, says=["Haikou"], saysNot=["Guiyang"])),
], ["city-known", "city-correction", "age", "maxchars"]))

add(S("b17-en-08", "one word 'card' on rich: clarify, then a specific question is answered", "rich", [
  T("card", kind("clarify", choices=["card-kinds", "activation", "card:physical", "card:electronic", "card:e-voucher", "apply-where"])),
  T("the physical one, how do i activate it", ans("activation", M, card="physical")),
  T("More details", kind("details")),
], ["clarify", "details", "maxchars"]))

add(S("b17-en-09", "one word 'activate' on plain: clarify, '1' picks the first choice and answers", "plain", [
  T("activate", kind("clarify", choices=["activation", "card:physical", "card:electronic", "card:e-voucher"])),
  T("1", ans(None, M)),
  T("More details", kind("details")),
], ["clarify", "number-option", "details", "maxchars"]))

add(S("b17-en-10", "'card?' on plain: clarify, '2.' picks the second choice", "plain", [
  T("card?", kind("clarify", choices=["card-kinds", "activation", "card:physical", "card:electronic", "card:e-voucher", "apply-where"])),
  T("2.", ans(None, M)),
  T("sources?", kind("sources")),
], ["clarify", "number-option", "sources", "maxchars"]))

add(S("b17-en-11", "walkthrough on plain: next, next, back, repeat, stop", "plain", [
  T("walk me through getting my daughters card step by step", kind("step", step=1)),
  T("next", kind("step", step=2)),
  T("next", kind("step", step=3)),
  T("back", kind("step", step=2)),
  T("repeat", kind("step", step=2)),
  T("stop", {}),
], ["walkthrough"]))

add(S("b17-en-12", "walkthrough on plain: next/back around step 1-2 then forward to 4", "plain", [
  T("can you take me thru the steps one at a time", kind("step", step=1)),
  T("next", kind("step", step=2)),
  T("back", kind("step", step=1)),
  T("next", kind("step", step=2)),
  T("next", kind("step", step=3)),
  T("next", kind("step", step=4)),
], ["walkthrough"]))

add(S("b17-en-13", "walkthrough on rich: stop then continue resumes", "rich", [
  T("guide me step by step pls", kind("step", step=1)),
  T("next", kind("step", step=2)),
  T("stop", {}),
  T("continue", kind("step", step=2)),
], ["walkthrough"]))

add(S("b17-en-14", "walkthrough on plain interrupted by an off-topic question, then continue", "plain", [
  T("walk me through the steps for my sons card", kind("step", step=1)),
  T("next", kind("step", step=2)),
  T("whats the weather tomorrow in shanghai", kind("decline")),
  T("continue", kind("step")),
], ["walkthrough", "offtopic-mid"]))

add(S("b17-en-15", "activation answer then handoff to a person (rich)", "rich", [
  T("how do i activate my son's card", ans("activation", M)),
  T("this is confusing, can i talk to a real person", kind("handoff")),
  T("ok nevermind, where do i apply", ans("apply-where", M)),
], ["handoff", "maxchars"]))

add(S("b17-en-16", "handoff asked on plain after a documents answer", "plain", [
  T("docs for my kids social security card?", ans("documents", M)),
  T("More details", kind("details")),
  T("i want to speak to a human agent", kind("handoff")),
], ["handoff", "details", "maxchars"]))

add(S("b17-en-17", "age kept across an off-topic question; who-can-act", "rich", [
  T("my daughter is 3 and a half", kind("ack", remember=rem(ageDays=[1200, 1400]))),
  T("btw can you recommend car insurance", kind("decline", remember=rem(ageDays=[1200, 1400]))),
  T("does she have to come along when i apply", ans("who-can-act", M, remember=rem(ageDays=[1200, 1400]))),
], ["age", "offtopic-mid", "maxchars"]))

add(S("b17-en-18", "language switch English -> Chinese mid-conversation", "rich", [
  T("what do i bring to apply for my kids card", ans("documents", M)),
  T("那要带户口本吗", ans("documents", 350, saysAny=["户口"])),
  T("出处", kind("sources")),
], ["lang-switch", "sources", "maxchars"]))

add(S("b17-en-19", "language switch on plain: grandma question in English then Chinese", "plain", [
  T("can grandma apply for him, we work away", ans("who-can-act", M, saysAny=["guardian", "authoris", "authoriz", "letter"])),
  T("奶奶可以帮孙子激活社保卡吗", ans("who-can-act", 350, saysAny=["监护人", "授权", "委托"])),
  T("为什么", kind("why")),
], ["lang-switch", "why", "maxchars"]))

add(S("b17-en-20", "grandparent yes/no answered first, why, sources", "rich", [
  T("can grandpa do the card application? both parents are working in shenzhen", ans("who-can-act", M, saysAny=["guardian", "authoris", "authoriz"])),
  T("why?", kind("why")),
  T("sources?", kind("sources", saysAny=["gov.cn", "http"])),
], ["why", "sources", "maxchars"]))

add(S("b17-en-21", "can I do it on my phone: social security function yes, bank function no", "rich", [
  T("can i activate my kids card on my phone", ans("activation", M, says=["bank"], saysAny=["online", "app"])),
  T("More details", kind("details")),
  T("why?", kind("why")),
], ["details", "why", "maxchars"]))

add(S("b17-en-22", "electronic card for a child (needs physical card), follow-up e-voucher, card remembered", "plain", [
  T("how do i get the electronic social security card for my son", ans(None, M, card="electronic", saysAny=["physical"], remember=rem(card="electronic"))),
  T("and for the e-voucher?", ans(None, M, card="e-voucher", saysAny=EVOUCHER, remember=rem(card="e-voucher"))),
  T("why?", kind("why")),
], ["followup-card", "card-memory", "why", "maxchars"]))

add(S("b17-en-23", "Qingyuan activation, follow-up Chengdu, sources", "rich", [
  T("in Qingyuan how do i activate my kids card", ans("activation", M, says=["Qingyuan"], remember=rem(city="qingyuan"))),
  T("what about Chengdu?", ans("activation", M, says=["Chengdu"], remember=rem(city="chengdu"))),
  T("sources?", kind("sources")),
], ["city-known", "followup-city", "sources", "maxchars"]))

add(S("b17-en-24", "Zhongshan apply-where, follow-up to Nanjing (not in sources)", "plain", [
  T("where can i apply in zhongshan for my babys card", ans("apply-where", M, says=["Zhongshan"], remember=rem(city="zhongshan"))),
  T("and in Nanjing?", ans("apply-where", M, says=["Nanjing"], saysAny=NOTSURE_CITY, remember=rem(city="nanjing"))),
  T("start over", {"remember": rem(city=None, ageDays=None)}),
], ["city-known", "city-lacking", "followup-city", "start-over", "maxchars"]))

add(S("b17-en-25", "4-year-old never insured: late enrolment, local rules, no back-dated cover", "rich", [
  T("my son is 4 and never got medical insurance, can we still sign him up", ans("newborn-insurance", M,
     saysAny=["local", "back-dated", "backdated", "retroactive", "from the date", "not cover"], remember=rem(ageDays=[1450, 1850]))),
  T("why?", kind("why")),
  T("More details", kind("details")),
], ["age", "late-enrol", "why", "details", "maxchars"]))

add(S("b17-en-26", "10-year-old: 'first thing' gets no newborn advice; plain", "plain", [
  T("my daughter is 10", kind("ack", remember=rem(ageDays=[3600, 4020]))),
  T("whats the first thing to do to get her a card", ans(None, M, saysNot=["within 90 days", "90 days of birth"],
     saysAny=["10-year", "10 year", "aged 10", "age 10"])),
  T("More details", kind("details")),
], ["age", "memory-used", "older-no-newborn", "details", "maxchars"]))

add(S("b17-en-27", "'just turned 1' then city given later, photo answer uses Guiyang", "rich", [
  T("he just turned 1", kind("ack", remember=rem(ageDays=[350, 420]))),
  T("does he need a photo", ans("photo", M)),
  T("we're in guiyang btw", kind("ack", remember=rem(city="guiyang", ageDays=[350, 420]))),
  T("so does he need one or not", ans("photo", M, says=["Guiyang"])),
], ["age", "city-known", "memory-used", "maxchars"]))

add(S("b17-en-28", "40-day-old twins, e-voucher family account, birth-certificate route", "plain", [
  T("our twins are 40 days old", kind("ack", remember=rem(ageDays=[35, 45]))),
  T("how do i add them to my medical insurance family account", ans(None, M, card="e-voucher")),
  T("they dont have ID numbers yet, is that a problem", ans(None, M, saysAny=["birth", "mother"])),
], ["age", "card-memory", "maxchars"]))

add(S("b17-en-29", "Wuhan + age 7 stated, then start over forgets both", "rich", [
  T("we live in wuhan and my son is 7", kind("ack", remember=rem(city="wuhan", ageDays=[2550, 2950]))),
  T("start over", {"remember": rem(city=None, ageDays=None)}),
  T("where do i apply for the card", ans("apply-where", M, saysNot=["Wuhan", "7-year", "7 year"])),
], ["age", "city-known", "start-over", "maxchars"]))

add(S("b17-en-30", "documents for a 3-year-old, more details, sources on plain", "plain", [
  T("what documents for my 3 year olds card", ans("documents", M, remember=rem(ageDays=[1090, 1460]))),
  T("More details", kind("details")),
  T("sources?", kind("sources", saysAny=["gov.cn", "http"])),
], ["age", "details", "sources", "maxchars"]))

add(S("b17-en-31", "not-covered (card fee) then a normal question", "rich", [
  T("how much does the kids card cost to make", {"topic": "not-covered"}),
  T("ok and where do i apply", ans("apply-where", M)),
  T("why?", kind("why")),
], ["not-covered", "why", "maxchars"]))

add(S("b17-en-32", "lost card: phone report, e-card after loss", "plain", [
  T("my kid lost his card what do i do", ans("lost-card", M)),
  T("can i report it by phone", ans("lost-card", M, saysAny=["12333"])),
  T("does his electronic card still work", ans(None, M, saysAny=["authoris", "authoriz", "cancel", "temporar"])),
], ["maxchars"]))

add(S("b17-en-33", "privacy answer, why, then what law", "rich", [
  T("who gets to see my childs info on the card", ans("privacy", M)),
  T("why?", kind("why", saysAny=["15", "article", "measures"])),
  T("sources?", kind("sources")),
], ["why", "sources", "maxchars"]))

add(S("b17-en-34", "hotline for medical insurance, follow-up for the social security card", "plain", [
  T("what number can i call about my sons medical insurance", ans("hotlines", M, saysAny=["12393"])),
  T("and for the social security card?", ans("hotlines", M, saysAny=["12333"])),
  T("talk to a person", kind("handoff")),
], ["followup-card", "handoff", "maxchars"]))

add(S("b17-en-35", "baby born last week: order of things, e-voucher 180 days", "rich", [
  T("baby was born last week, whats the order of things", ans(None, M, saysAny=["insurance", "enrol", "enroll"], remember=rem(ageDays=[3, 20]))),
  T("how long can she use the e-voucher without the card", ans(None, M, saysAny=["180"])),
  T("More details", kind("details")),
], ["age", "newborn-90", "details", "maxchars"]))

add(S("b17-en-36", "a digit inside a sentence is not a numbered option (plain)", "plain", [
  T("what do i need to bring for my kids card", ans("documents", M)),
  T("my son is 1", kind("ack", remember=rem(ageDays=[350, 420]))),
  T("is 1 parent enough or do both have to come", ans(None, M, saysAny=["one guardian", "one parent", "either", "guardian"])),
], ["age", "number-not-option", "maxchars"]))

add(S("b17-en-37", "logo instead of a photo for a newborn, follow-up Haikou", "rich", [
  T("for a newborn can we use a logo instead of a photo", ans("photo", M, saysAny=["logo"])),
  T("what about haikou?", ans("photo", M, says=["Haikou"], remember=rem(city="haikou"))),
  T("sources?", kind("sources")),
], ["followup-city", "city-known", "sources", "maxchars"]))

add(S("b17-en-38", "Changde + 5-year-old in one question, then documents, why", "plain", [
  T("we're in changde, how do i activate my 5 year olds card", ans("activation", M, says=["Changde"], remember=rem(city="changde", ageDays=[1800, 2200]))),
  T("what do i need to bring", ans(None, M, saysAny=["hukou", "household", "户口"])),
  T("why?", kind("why")),
], ["city-known", "age", "memory-used", "why", "maxchars"]))

add(S("b17-en-39", "one word 'activate' on rich, then a specific e-voucher question", "rich", [
  T("activate", kind("clarify", choices=["activation", "card:physical", "card:electronic", "card:e-voucher"])),
  T("the medical insurance e-voucher for my son", ans("activation", M, card="e-voucher")),
  T("and the physical card?", ans("activation", M, card="physical")),
], ["clarify", "followup-card", "maxchars"]))

add(S("b17-en-40", "5-month-old not insured: late enrolment, no newborn 'within 90 days' instruction", "plain", [
  T("baby is 5 months and still not insured", {"anyKind": ["ack", "answer"], "remember": rem(ageDays=[140, 170])}),
  T("what happens if we enrol now", ans("newborn-insurance", M, saysAny=["local", "back-dated", "backdated", "retroactive", "from the date", "payment", "not cover"])),
  T("why?", kind("why")),
], ["age", "late-enrol", "why", "maxchars"]))

add(S("b17-en-41", "Hangzhou (not in sources) photo for a 2yo", "rich", [
  T("hangzhou. does a 2yo need a photo", ans("photo", M, says=["Hangzhou"], saysAny=NOTSURE_CITY, remember=rem(city="hangzhou", ageDays=[720, 1100]))),
  T("what about Guiyang", ans("photo", M, says=["Guiyang"], remember=rem(city="guiyang"))),
  T("start over", {"remember": rem(city=None, ageDays=None)}),
], ["city-lacking", "followup-city", "start-over", "maxchars"]))

add(S("b17-en-42", "eligibility for a 2-month-old, then where to apply", "plain", [
  T("can a 2 month old even get a social security card", ans("child-eligibility", M, remember=rem(ageDays=[45, 95]))),
  T("where do we apply then", ans("apply-where", M)),
  T("i want to talk to someone", kind("handoff")),
], ["age", "handoff", "maxchars"]))

add(S("b17-en-43", "must the child come (Linxiang notice), follow-up Guangzhou", "rich", [
  T("does my son have to come with me to the bank", ans("who-can-act", M)),
  T("what about Guangzhou?", ans("who-can-act", M, says=["Guangzhou"], remember=rem(city="guangzhou"))),
  T("sources?", kind("sources", saysAny=["gov.cn"])),
], ["followup-city", "city-known", "sources", "maxchars"]))

add(S("b17-en-44", "eleven-year-old stated in words, process, no newborn advice; Harbin lacking", "plain", [
  T("my daughter is eleven years old", kind("ack", remember=rem(ageDays=[3980, 4400]))),
  T("we are in Harbin", kind("ack", remember=rem(city="harbin", ageDays=[3980, 4400]))),
  T("how do i get her a card", ans(None, M, says=["Harbin"], saysNot=["within 90 days", "90 days of birth"])),
], ["age", "city-lacking", "older-no-newborn", "memory-used", "maxchars"]))

add(S("b17-en-45", "birth date 3 March 2019 stated, photo answer for a 7-year-old", "rich", [
  T("she was born 3 March 2019", kind("ack", remember=rem(ageDays=[2780, 3200]))),
  T("does she need a photo on the card", ans("photo", M, saysNot=["within 90 days"])),
  T("More details", kind("details")),
], ["age", "birthdate", "details", "maxchars"]))

write("en", sc)
