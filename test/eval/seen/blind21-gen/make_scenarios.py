#!/usr/bin/env python3
"""Writes scenarios21/en.json and scenarios21/zh.json (blind set 21, issue #17).

Multi-turn scenarios written blind (without seeing the bot). Expectations follow only what
helpers/issue-17.md and shared/reference/*.md say the bot should do.

Conventions used here (see README.md):
- every answer turn gets maxChars 650 (English text) / 350 (text with Chinese characters),
  unless the turn sets its own;
- every turn gets saysNot ".md" (no internal file names) and answer turns also the per-bullet
  tags "(secondary source)" / "（转载资料）";
- birth dates are turned into ageDays ranges for a run on REF_DAY, wide enough for a run up to
  a year later; turns that depend on the 90-day end date are valid until that date;
- "forgotten" is written as remember: {"ageDays": null} / {"city": null}.
"""
import json, os, re
from datetime import date, timedelta
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios21")
REF_DAY = date(2026, 12, 3)

CJK = re.compile(r"[\u4e00-\u9fff]")


def born(y, m, d):
    """ageDays range for a child born on y-m-d, for a run from REF_DAY up to a year later."""
    days = (REF_DAY - date(y, m, d)).days
    return [max(0, days - 3), days + 366]


def yrs(lo, hi):
    return [int(lo * 365) - 5, int(hi * 365) + 5]


def end90(y, m, d):
    """Ways of writing the day the 90 days end (day 89..91 after birth, any counting)."""
    out = []
    for k in (89, 90, 91):
        e = date(y, m, d) + timedelta(days=k)
        mon = e.strftime("%b")
        month = e.strftime("%B")
        out += [e.isoformat(), f"{e.year}/{e.month}/{e.day}", f"{e.year}/{e.month:02d}/{e.day:02d}",
                f"{e.day} {mon}", f"{mon} {e.day}", f"{month} {e.day}", f"{e.day} {month}",
                f"{e.month}月{e.day}日", f"{e.month}月{e.day}号"]
    return out


def T(user, **expect):
    return {"user": user, "expect": expect}


def S(sid, about, channel, turns, tags=()):
    return {"id": sid, "about": about, "channel": channel, "turns": turns, "tags": list(tags)}


def finish(s):
    """Apply the set-wide conventions to one scenario."""
    for t in s["turns"]:
        e = t["expect"]
        force_en = e.pop("_en", False)
        zh = bool(CJK.search(t["user"])) and not force_en
        not_ = list(e.get("saysNot", []))
        if ".md" not in not_:
            not_.append(".md")
        if e.get("kind") == "answer" or "topic" in e:
            if "maxChars" not in e and e.get("kind", "answer") == "answer" and "anyKind" not in e:
                e["maxChars"] = 350 if zh else 650
            for tag in ("(secondary source)", "（转载资料）"):
                if tag not in not_:
                    not_.append(tag)
        e["saysNot"] = not_
        for k in ("says", "saysAny", "saysNot"):
            if k in e:
                assert isinstance(e[k], list) and e[k], (s["id"], k)
    assert 3 <= len(s["turns"]) <= 6, s["id"]
    assert s["channel"] in ("rich", "plain")
    return s


SRC_EN = ["http", "gov.cn", "source", "official"]
SRC_ZH = ["http", "gov.cn", "来源", "出处", "官方"]
ALL_CHOICES = ["activation", "card-kinds", "apply-where", "documents", "lost-card", "process",
               "child-eligibility", "card:physical", "card:electronic", "card:e-voucher"]
ACT_CHOICES = ["activation", "card:physical", "card:electronic", "card:e-voucher"]
INS_CHOICES = ["newborn-insurance", "card:e-voucher", "activation", "card-kinds",
               "child-eligibility"]
LATE_EN = ["back-dated", "backdated", "retroactive", "retrospective", "from the date",
           "from the day", "from when you pay", "local rule", "local rules", "not covered"]
LATE_ZH = ["追溯", "缴费之日", "缴费次月", "次月", "当地", "各地", "不能报销", "不予报销"]
NOLAW_EN = ["Article 16"]
NOLAW_ZH = ["第十六条"]

# ----------------------------------------------------------------------------- English
EN = [
 S("b21-en-01", "6-week-old stated, then 'what first': insurance first; why and sources", "rich", [
   T("hi, my baby girl is 6 weeks old", kind="ack", remember={"ageDays": [38, 46]}, maxChars=300),
   T("what do i need to do first", kind="answer",
     saysAny=["medical insurance", "enrol", "enroll", "insure"], remember={"ageDays": [38, 46]}),
   T("why?", kind="why"),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["age", "age-used", "why", "sources", "newborn"]),
 S("b21-en-02", "9-year-old: no newborn advice; child along?; more details", "plain", [
   T("my son is 9 years old", kind="ack", remember={"ageDays": yrs(9, 10)}),
   T("what do i need to bring for his card", kind="answer", topic="documents",
     saysNot=["within 90 days", "newborn"], remember={"ageDays": yrs(9, 10)}),
   T("does he have to come with me", kind="answer", topic="who-can-act"),
   T("More details", kind="details"),
 ], ["age", "age-used", "older-child", "details"]),
 S("b21-en-03", "Haikou stated; photo for a 4-year-old uses Haikou's rule; then Guiyang", "rich", [
   T("were based in haikou", kind="ack", remember={"city": "haikou"}, maxChars=300),
   T("my daughter is 4, does she need a photo on the card", kind="answer", topic="photo",
     says=["Haikou"], remember={"city": "haikou", "ageDays": yrs(4, 5)}),
   T("and if we were in guiyang", kind="answer", topic="photo", says=["Guiyang"]),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["city-known", "age", "city-followup", "sources"]),
 S("b21-en-04", "Nanjing (no rule): general answer + 12333; start over forgets the city", "plain", [
   T("were in nanjing, what docs do i need for my kids card", kind="answer", topic="documents",
     says=["Nanjing"], saysAny=["12333", "HRSS", "bureau"], remember={"city": "nanjing"}),
   T("where do we apply", kind="answer", topic="apply-where", remember={"city": "nanjing"}),
   T("start over", remember={"city": None}),
   T("what documents do i need", kind="answer", topic="documents", saysNot=["Nanjing"]),
 ], ["city-unknown", "city-used", "start-over"]),
 S("b21-en-05", "City correction Qingyuan -> Changde, then documents use Changde", "rich", [
   T("we're in Qingyuan", kind="ack", remember={"city": "qingyuan"}),
   T("sorry i meant Changde not Qingyuan", kind="ack", remember={"city": "changde"}),
   T("what papers do i take for my sons card", kind="answer", topic="documents",
     says=["Changde"], remember={"city": "changde"}),
 ], ["city-known", "city-correction", "city-used"]),
 S("b21-en-06", "Walkthrough on WeChat: next, next, back, repeat", "plain", [
   T("can you walk me through getting my kids card step by step", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("repeat", kind="step", step=2),
 ], ["walkthrough"]),
 S("b21-en-07", "Walkthrough on WeChat: stop and continue", "plain", [
   T("guide me thru the steps pls", kind="step", step=1),
   T("next", kind="step", step=2),
   T("stop"),
   T("continue", kind="step", step=2),
 ], ["walkthrough"]),
 S("b21-en-08", "Walkthrough on Web Chat with typed commands, then more details", "rich", [
   T("take me through it one step at a time", kind="step", step=1),
   T("next", kind="step", step=2),
   T("back", kind="step", step=1),
   T("More details", kind="details"),
 ], ["walkthrough", "details"]),
 S("b21-en-09", "One word 'card?' on WeChat: clarify, pick 1", "plain", [
   T("card?", kind="clarify", choices=ALL_CHOICES),
   T("1", kind="answer"),
   T("More details", kind="details"),
 ], ["clarify"]),
 S("b21-en-10", "'activation' alone: clarify between cards, pick '2.'", "plain", [
   T("activation", kind="clarify", choices=ACT_CHOICES),
   T("2.", kind="answer", topic="activation"),
   T("why?", kind="why"),
 ], ["clarify", "why"]),
 S("b21-en-11", "'activate pls': clarify, answer by naming the e-voucher, then physical card", "rich", [
   T("activate pls", kind="clarify", choices=ACT_CHOICES),
   T("the e-voucher one", kind="answer", topic="activation", card="e-voucher",
     remember={"card": "e-voucher"}),
   T("and the physical card?", kind="answer", topic="activation", card="physical"),
   T("why?", kind="why"),
 ], ["clarify", "card-followup", "card-memory", "why"]),
 S("b21-en-12", "Activation of the physical card, follow-ups for the e-voucher and e-card", "rich", [
   T("how do i activate my daughters physical card", kind="answer", topic="activation",
     card="physical", saysAny=["bank"]),
   T("what about the e voucher then", kind="answer", topic="activation", card="e-voucher",
     saysNot=NOLAW_EN, remember={"card": "e-voucher"}),
   T("and the electronic social security card?", kind="answer", topic="activation",
     card="electronic"),
   T("sources?", kind="sources", saysAny=SRC_EN, saysNot=["card-kinds.md"]),
 ], ["card-followup", "card-memory", "sources"]),
 S("b21-en-13", "Activate on a phone: social security function yes, bank function no", "plain", [
   T("can i activate my kids card on my phone", kind="answer", topic="activation",
     saysAny=["bank", "financial"]),
   T("why?", kind="why"),
   T("More details", kind="details"),
 ], ["yes-no", "why", "details"]),
 S("b21-en-14", "Grandparent applying; must the child come; why", "rich", [
   T("can grandpa apply for my sons card, we both work", kind="answer", topic="who-can-act",
     saysAny=["authoris", "authoriz", "written permission", "letter"]),
   T("does the kid need to be there", kind="answer", topic="who-can-act",
     saysNot=["don't say whether", "do not say whether"]),
   T("why?", kind="why"),
 ], ["yes-no", "why"]),
 S("b21-en-15", "12-year-old; asks for a person; then continues", "plain", [
   T("my son is 12, what do i bring to activate his card", kind="answer", topic="documents",
     remember={"ageDays": yrs(12, 13)}),
   T("this is confusing, can i talk to a real person", kind="handoff"),
   T("ok and where do we apply", kind="answer", topic="apply-where"),
 ], ["age", "handoff"]),
 S("b21-en-16", "Zhongshan; off-topic car insurance in the middle; city kept", "rich", [
   T("we're in zhongshan", kind="ack", remember={"city": "zhongshan"}),
   T("where can i apply for my babys card", kind="answer", topic="apply-where",
     says=["Zhongshan"]),
   T("btw any good car insurance deals", kind="decline"),
   T("ok what documents then", kind="answer", topic="documents", saysAny=["Zhongshan"],
     remember={"city": "zhongshan"}),
 ], ["city-known", "city-used", "off-topic-mid"]),
 S("b21-en-17", "Language switch to Chinese mid-conversation", "plain", [
   T("hi what do i need to get my son a social security card", kind="answer", topic="documents"),
   T("还要带出生证明吗", kind="answer", topic="documents", saysAny=["出生", "户口"]),
   T("那去哪里办", kind="answer", topic="apply-where", saysAny=["银行", "人社", "网上", "线上"]),
 ], ["language-switch"]),
 S("b21-en-18", "Birth date 14 May 2020, photo, then Guiyang stated", "rich", [
   T("she was born on 14 May 2020", kind="ack", remember={"ageDays": born(2020, 5, 14)}),
   T("does she need a photo", kind="answer", topic="photo"),
   T("we live in guiyang btw", kind="ack", remember={"city": "guiyang"}),
   T("so photo or not", kind="answer", topic="photo", says=["Guiyang"],
     remember={"city": "guiyang", "ageDays": born(2020, 5, 14)}),
 ], ["age", "birth-date", "city-known", "city-used"]),
 S("b21-en-19", "Newborn birth date: 90-day end date; missing it; why", "plain", [
   T("baby was born 2026-11-20", kind="ack", remember={"ageDays": born(2026, 11, 20)}),
   T("when do i have to get her medical insurance sorted", kind="answer",
     topic="newborn-insurance", saysAny=end90(2026, 11, 20)),
   T("and if we miss it?", kind="answer", topic="newborn-insurance", saysAny=LATE_EN),
   T("why?", kind="why"),
 ], ["age", "birth-date", "newborn", "late-enrolment", "why"]),
 S("b21-en-20", "5-month-old never insured: late enrolment; sources; start over forgets age", "rich", [
   T("my boy is 5 months old and we never did his medical insurance", kind="answer",
     topic="newborn-insurance", saysAny=LATE_EN, remember={"ageDays": [145, 160]}),
   T("sources?", kind="sources", saysAny=SRC_EN),
   T("start over", remember={"ageDays": None}),
 ], ["age", "late-enrolment", "sources", "start-over"]),
 S("b21-en-21", "3-year-old in Guiyang; start over forgets both", "plain", [
   T("my daughter is 3 years old and we live in Guiyang", kind="ack",
     remember={"ageDays": yrs(3, 4), "city": "guiyang"}),
   T("photo needed?", kind="answer", topic="photo", says=["Guiyang"]),
   T("start over", remember={"ageDays": None, "city": None}),
   T("photo needed?", kind="answer", topic="photo",
     saysNot=["3-year-old", "3 year old", "your 3"]),
 ], ["age", "city-known", "city-used", "start-over"]),
 S("b21-en-22", "Hefei (no rule): lost card; phone report; more details", "rich", [
   T("we live in hefei", kind="ack", remember={"city": "hefei"}),
   T("my kid lost her card, what now", kind="answer", topic="lost-card", says=["Hefei"],
     saysAny=["12333", "HRSS", "bureau"]),
   T("can i report it over the phone", kind="answer", topic="lost-card",
     saysAny=["12333", "phone", "temporar"]),
   T("More details", kind="details"),
 ], ["city-unknown", "city-used", "details"]),
 S("b21-en-23", "Hotlines: 12393 for baby insurance, 12333 for the card; no Article 16", "plain", [
   T("which number do i call about my babys medical insurance", kind="answer",
     topic="hotlines", saysAny=["12393"], saysNot=NOLAW_EN),
   T("and for the social security card itself?", kind="answer", topic="hotlines",
     saysAny=["12333"]),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["card-followup", "sources"]),
 S("b21-en-24", "Privacy of uploading a child's photo; why cites Article 15", "rich", [
   T("is it safe to upload my sons photo to the app", kind="answer", topic="privacy"),
   T("why?", kind="why", saysAny=["15"]),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["why", "sources"]),
 S("b21-en-25", "Why cities differ: Article 16; more details; sources", "plain", [
   T("why does every city ask for different stuff", kind="answer", topic="legal-basis",
     saysAny=["Article 16", "local"]),
   T("More details", kind="details"),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["details", "sources"]),
 S("b21-en-26", "Card kinds, then the e-voucher for a son; Alipay; no hall visit", "rich", [
   T("whats the diff between the e card and the medical insurance voucher", kind="answer",
     topic="card-kinds"),
   T("ok how do i activate the voucher one for my son", kind="answer", topic="activation",
     card="e-voucher", remember={"card": "e-voucher"}),
   T("can i do it in alipay", kind="answer", card="e-voucher", saysNot=["by 2024"]),
   T("do we have to go to an office for it", kind="answer", card="e-voucher",
     saysAny=["no", "not", "online", "app"]),
 ], ["card-memory", "yes-no"]),
 S("b21-en-27", "One word 'Card.' on WeChat: clarify, pick with ①", "plain", [
   T("Card.", kind="clarify", choices=ALL_CHOICES),
   T("①", kind="answer"),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["clarify", "sources"]),
 S("b21-en-28", "'activate?' alone: clarify, pick 'option 1'", "plain", [
   T("activate?", kind="clarify", choices=ACT_CHOICES),
   T("1", kind="answer", topic="activation"),
   T("More details", kind="details"),
 ], ["clarify", "details"]),
 S("b21-en-29", "Twins 10 weeks old: eligible for a card? what first", "rich", [
   T("our twins are 10 weeks old", kind="ack", remember={"ageDays": [65, 75]}),
   T("can they get a card already", kind="answer", topic="child-eligibility"),
   T("what should we sort out first for them", kind="answer",
     saysAny=["insurance", "enrol", "enroll"], remember={"ageDays": [65, 75]}),
 ], ["age", "age-used", "newborn"]),
 S("b21-en-30", "Turned 7; city given as 海口 in an English chat; photo and size", "plain", [
   T("he turned 7 years old last month", kind="ack", remember={"ageDays": [2540, 2960]}),
   T("we're in 海口", kind="ack", remember={"city": "haikou"}, _en=True),
   T("does he need a photo", kind="answer", topic="photo", says=["Haikou"]),
   T("what size should it be", kind="answer", topic="photo", saysAny=["358", "441"]),
 ], ["age", "city-known", "city-chinese-name", "city-used"]),
 S("b21-en-31", "14-month-old not insured: late enrolment, no newborn-only advice", "rich", [
   T("she's 14 months", kind="ack", remember={"ageDays": [410, 450]}),
   T("is it too late to put her on medical insurance", kind="answer",
     topic="newborn-insurance", saysAny=LATE_EN, saysNot=["within 90 days of birth"]),
   T("why?", kind="why"),
 ], ["age", "age-used", "older-child", "late-enrolment", "why"]),
 S("b21-en-32", "Kunming (no rule) then follow-up for Guangzhou; why", "plain", [
   T("where do i apply for my kids card in kunming", kind="answer", topic="apply-where",
     says=["Kunming"], saysAny=["12333", "HRSS", "bureau"], remember={"city": "kunming"}),
   T("and in guangzhou?", kind="answer", topic="apply-where", says=["Guangzhou"],
     remember={"city": "guangzhou"}),
   T("why?", kind="why"),
 ], ["city-unknown", "city-known", "city-followup", "why"]),
 S("b21-en-33", "Haikou documents, follow-up Zhongshan, more details, sources", "rich", [
   T("what docs to apply for a childs card in haikou", kind="answer", topic="documents",
     says=["Haikou"], remember={"city": "haikou"}),
   T("how about zhongshan", kind="answer", topic="documents", says=["Zhongshan"]),
   T("More details", kind="details"),
   T("sources?", kind="sources", saysAny=SRC_EN, saysNot=["card-kinds.md", "activation.md"]),
 ], ["city-known", "city-followup", "details", "sources"]),
 S("b21-en-34", "Handoff first, then the bank function, then grandma", "plain", [
   T("i want to speak to someone", kind="handoff"),
   T("ok forget it. how do i turn on the bank function of my kids card", kind="answer",
     topic="activation", saysAny=["bank"]),
   T("can grandma do that instead", kind="answer", topic="who-can-act"),
 ], ["handoff"]),
 S("b21-en-35", "Born 9 days ago: order of things; more details; why", "rich", [
   T("our son was born 9 days ago", kind="ack", remember={"ageDays": [6, 13]}),
   T("what are all the things we need to do and in what order", kind="answer",
     topic="process", saysAny=["insurance", "enrol", "enroll"]),
   T("More details", kind="details"),
   T("why that order?", kind="why"),
 ], ["age", "newborn", "details", "why"]),
 S("b21-en-36", "Electronic card needs the physical one; then e-voucher follow-up", "plain", [
   T("can i get the electronic social security card for my 2 yr old without the physical one",
     kind="answer", card="electronic", saysAny=["physical"]),
   T("ok how do i add her in the app then", kind="answer", topic="activation",
     card="electronic", saysAny=["family", "亲情"]),
   T("how about the e voucher", kind="answer", topic="activation", card="e-voucher"),
 ], ["yes-no", "card-followup"]),
 S("b21-en-37", "11-year-old; passport (off-topic near miss); then card", "rich", [
   T("my son is 11 years old", kind="ack", remember={"ageDays": yrs(11, 12)}),
   T("how do i get him a passport", kind="decline"),
   T("ok and his social security card, where do we apply", kind="answer",
     topic="apply-where", remember={"ageDays": yrs(11, 12)}),
 ], ["age", "off-topic-mid"]),
 S("b21-en-38", "3 and a half; grandma; start over; the same question without the age", "plain", [
   T("she's 3 and a half years old", kind="ack", remember={"ageDays": [1230, 1330]}),
   T("can grandma take her to get the card", kind="answer", topic="who-can-act"),
   T("start over", remember={"ageDays": None}),
   T("can grandma take my kid to get the card", kind="answer", topic="who-can-act",
     saysNot=["3-and-a-half", "3.5", "3 and a half"]),
 ], ["age", "start-over"]),
 S("b21-en-39", "Walkthrough on WeChat: back and forth over three steps", "plain", [
   T("show me the steps one by one", kind="step", step=1),
   T("next", kind="step", step=2),
   T("next", kind="step", step=3),
   T("back", kind="step", step=2),
   T("back", kind="step", step=1),
   T("next", kind="step", step=2),
 ], ["walkthrough"]),
 S("b21-en-40", "Walkthrough on WeChat with why and more details in between", "plain", [
   T("walk me thru the process", kind="step", step=1),
   T("why?", kind="why"),
   T("next", kind="step", step=2),
   T("More details", kind="details"),
 ], ["walkthrough", "why", "details"]),
 S("b21-en-41", "3-week-old in Zhongshan: newborn one-stop conditions; documents", "rich", [
   T("baby is 3 weeks old and we're in Zhongshan", kind="ack",
     remember={"ageDays": [18, 24], "city": "zhongshan"}),
   T("can we do everything at once with the newborn one stop thing", kind="answer",
     says=["Zhongshan"], saysAny=["Guangdong", "married", "one year", "under 1", "hukou"]),
   T("what documents for that", kind="answer", topic="documents"),
 ], ["age", "city-known", "city-used", "newborn"]),
 S("b21-en-42", "8-week-old: card already? insurance first? sources", "plain", [
   T("my daughter is 8 weeks old, can she already get a card", kind="answer",
     topic="child-eligibility", remember={"ageDays": [52, 60]}),
   T("does she need medical insurance first", kind="answer",
     saysAny=["insur", "in principle"]),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["age", "newborn", "sources"]),
 S("b21-en-43", "Lost card; does the e-card still work; found it again", "rich", [
   T("lost my sons card at the park yesterday", kind="answer", topic="lost-card"),
   T("will his electronic card still work", kind="answer", card="electronic",
     saysAny=["authoris", "authoriz", "stop", "not", "cancel"]),
   T("found it!! can i cancel the loss report", kind="answer", topic="lost-card"),
 ], ["card-followup"]),
 S("b21-en-44", "Both parents' IDs? one guardian; details; sources", "rich", [
   T("do we both need our ids or just one parent", kind="answer", topic="documents",
     saysAny=["one", "either", "a guardian", "one guardian"]),
   T("More details", kind="details"),
   T("sources?", kind="sources", saysAny=SRC_EN),
 ], ["yes-no", "details", "sources"]),
 S("b21-en-45", "E-card family slots (Cixi: 8) and the e-voucher's family account", "rich", [
   T("how many family members can i add on my electronic social security card",
     kind="answer", card="electronic", saysAny=["8", "eight"],
     saysNot=["10 slots", "10 places", "ten slots"]),
   T("how about on the e voucher", kind="answer", card="e-voucher", saysAny=["5", "five"]),
   T("why?", kind="why"),
 ], ["card-followup", "why"]),
 S("b21-en-46", "Newborn 40-ish days: 'in principle' 90 days; birth certificate only", "plain", [
   T("our baby is 45 days old, when must we enrol him in medical insurance", kind="answer",
     topic="newborn-insurance", saysAny=["in principle", "usually", "generally"],
     saysNot=["the limit"], remember={"ageDays": [43, 47]}),
   T("can we do it with only the birth certificate", kind="answer",
     topic="newborn-insurance", saysAny=["some", "local", "Fujian", "may", "explore"]),
   T("More details", kind="details"),
 ], ["age", "newborn", "details"]),
]

# ----------------------------------------------------------------------------- Chinese
ZH = [
 S("b21-zh-01", "满月了；先办啥（先参保）；为什么；出处", "plain", [
   T("宝宝满月了", kind="ack", remember={"ageDays": [28, 40]}),
   T("先办啥", kind="answer", saysAny=["医保", "参保"], remember={"ageDays": [28, 40]}),
   T("为什么", kind="why"),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["age", "age-used", "newborn", "why", "sources"]),
 S("b21-zh-02", "儿子九岁：不给新生儿建议；孩子要去吗；详细说明", "rich", [
   T("儿子九岁", kind="ack", remember={"ageDays": yrs(9, 10)}, maxChars=150),
   T("办卡带什么", kind="answer", topic="documents", saysNot=["90天内", "新生儿"],
     remember={"ageDays": yrs(9, 10)}),
   T("孩子本人要去吗", kind="answer", topic="who-can-act"),
   T("详细说明", kind="details"),
 ], ["age", "age-used", "older-child", "details"]),
 S("b21-zh-03", "海口；四岁照片用海口规则；贵阳的话；出处", "plain", [
   T("我们在海口", kind="ack", remember={"city": "haikou"}),
   T("闺女四岁 要照片吗", kind="answer", topic="photo", says=["海口"],
     remember={"city": "haikou", "ageDays": yrs(4, 5)}),
   T("贵阳的话呢", kind="answer", topic="photo", says=["贵阳"]),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["city-known", "age", "city-followup", "sources"]),
 S("b21-zh-04", "南京（无规则）：一般答案+12333；重新开始后忘记城市", "rich", [
   T("南京给孩子办社保卡要什么材料", kind="answer", topic="documents", says=["南京"],
     saysAny=["12333", "人社"], remember={"city": "nanjing"}),
   T("去哪办", kind="answer", topic="apply-where", remember={"city": "nanjing"}),
   T("重新开始", remember={"city": None}),
   T("要什么材料", kind="answer", topic="documents", saysNot=["南京"]),
 ], ["city-unknown", "city-used", "start-over"]),
 S("b21-zh-05", "城市更正 清远→常德；材料用常德", "plain", [
   T("我们在清远", kind="ack", remember={"city": "qingyuan"}),
   T("说错了 是常德", kind="ack", remember={"city": "changde"}),
   T("给儿子办卡要带什么", kind="answer", topic="documents", says=["常德"],
     remember={"city": "changde"}),
 ], ["city-known", "city-correction", "city-used"]),
 S("b21-zh-06", "微信分步：下一步、下一步、上一步、重复", "plain", [
   T("一步一步带我办", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("重复", kind="step", step=2),
 ], ["walkthrough"]),
 S("b21-zh-07", "微信分步：停止再继续", "plain", [
   T("教我怎么办 分步骤说", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("停止"),
   T("继续", kind="step", step=2),
 ], ["walkthrough"]),
 S("b21-zh-08", "微信分步：第2步打下一步不能回到第1步", "plain", [
   T("带我走一遍流程", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("下一步", kind="step", step=3),
   T("上一步", kind="step", step=2),
   T("上一步", kind="step", step=1),
   T("下一步", kind="step", step=2),
 ], ["walkthrough"]),
 S("b21-zh-09", "网页分步：打字下一步、上一步；详细说明", "rich", [
   T("一步步教我办孩子的卡", kind="step", step=1),
   T("下一步", kind="step", step=2),
   T("上一步", kind="step", step=1),
   T("详细说明", kind="details"),
 ], ["walkthrough", "details"]),
 S("b21-zh-10", "一个字「卡？」：澄清，选1", "plain", [
   T("卡？", kind="clarify", choices=ALL_CHOICES),
   T("1", kind="answer"),
   T("详细说明", kind="details"),
 ], ["clarify", "details"]),
 S("b21-zh-11", "「激活」：澄清哪张卡，选「第一个」；为什么", "plain", [
   T("激活", kind="clarify", choices=ACT_CHOICES),
   T("第一个", kind="answer", topic="activation"),
   T("为什么", kind="why"),
 ], ["clarify", "why"]),
 S("b21-zh-12", "「社保卡」：澄清，选「选2」；详细说明", "plain", [
   T("社保卡", kind="clarify", choices=ALL_CHOICES),
   T("选2", kind="answer"),
   T("详细说明", kind="details"),
 ], ["clarify", "details"]),
 S("b21-zh-13", "「医保」：澄清，打字选医保电子凭证；再问怎么激活", "rich", [
   T("医保", kind="clarify", choices=INS_CHOICES),
   T("医保电子凭证", kind="answer", card="e-voucher"),
   T("怎么激活", kind="answer", topic="activation", card="e-voucher",
     remember={"card": "e-voucher"}),
 ], ["clarify", "card-memory"]),
 S("b21-zh-14", "实体卡激活；追问医保电子凭证和电子社保卡；出处", "rich", [
   T("女儿的实体社保卡怎么激活", kind="answer", topic="activation", card="physical",
     saysAny=["银行"]),
   T("医保电子凭证那个呢", kind="answer", topic="activation", card="e-voucher",
     saysNot=NOLAW_ZH, remember={"card": "e-voucher"}),
   T("电子社保卡又怎么弄", kind="answer", topic="activation", card="electronic"),
   T("出处", kind="sources", saysAny=SRC_ZH, saysNot=["card-kinds.md"]),
 ], ["card-followup", "card-memory", "sources"]),
 S("b21-zh-15", "手机上能激活吗：社保功能可以，金融功能不行", "plain", [
   T("手机上能激活孩子社保卡吗", kind="answer", topic="activation",
     saysAny=["银行", "金融"]),
   T("为什么", kind="why"),
   T("详细说明", kind="details"),
 ], ["yes-no", "why", "details"]),
 S("b21-zh-16", "爷爷代办；孩子要到场吗；为什么", "rich", [
   T("爷爷能替孙子办卡吗 我们都上班", kind="answer", topic="who-can-act",
     saysAny=["授权", "委托"]),
   T("孩子本人要跟着去吗", kind="answer", topic="who-can-act"),
   T("为什么", kind="why"),
 ], ["yes-no", "why"]),
 S("b21-zh-17", "十二岁；要人工；再继续", "plain", [
   T("儿子12岁 激活要带啥", kind="answer", topic="documents",
     remember={"ageDays": yrs(12, 13)}),
   T("太复杂了 转人工", kind="handoff"),
   T("那去哪儿办", kind="answer", topic="apply-where"),
 ], ["age", "handoff"]),
 S("b21-zh-18", "中山；中途问车险；城市保留", "rich", [
   T("我们在中山", kind="ack", remember={"city": "zhongshan"}, maxChars=150),
   T("宝宝社保卡在哪办", kind="answer", topic="apply-where", says=["中山"]),
   T("顺便问下车险怎么买划算", kind="decline"),
   T("那要带什么", kind="answer", topic="documents", saysAny=["中山"],
     remember={"city": "zhongshan"}),
 ], ["city-known", "city-used", "off-topic-mid"]),
 S("b21-zh-19", "中途换英文", "plain", [
   T("给儿子办社保卡要带什么", kind="answer", topic="documents"),
   T("do i need the birth cert too", kind="answer", topic="documents",
     saysAny=["birth", "hukou", "household"]),
   T("where do i go for it", kind="answer", topic="apply-where",
     saysAny=["bank", "HRSS", "online"]),
 ], ["language-switch"]),
 S("b21-zh-20", "中文数字生日；照片；贵阳（拼音）", "rich", [
   T("她是二〇二〇年五月十四号出生的", kind="ack", remember={"ageDays": born(2020, 5, 14)}),
   T("要拍照片吗", kind="answer", topic="photo"),
   T("我们住Guiyang", kind="ack", remember={"city": "guiyang"}),
   T("那到底要不要照片", kind="answer", topic="photo", says=["贵阳"],
     remember={"city": "guiyang", "ageDays": born(2020, 5, 14)}),
 ], ["age", "birth-date", "chinese-numerals", "city-known", "city-pinyin", "city-used"]),
 S("b21-zh-21", "新生儿生日：90天截止日；错过了；为什么", "plain", [
   T("宝宝是2026年11月20日出生的", kind="ack", remember={"ageDays": born(2026, 11, 20)}),
   T("医保最晚什么时候办", kind="answer", topic="newborn-insurance",
     saysAny=end90(2026, 11, 20)),
   T("要是错过了呢", kind="answer", topic="newborn-insurance", saysAny=LATE_ZH),
   T("为什么", kind="why"),
 ], ["age", "birth-date", "newborn", "late-enrolment", "why"]),
 S("b21-zh-22", "五个月没交医保：晚参保；出处；重新开始忘记年龄", "rich", [
   T("孩子五个月了还没交医保", kind="answer", topic="newborn-insurance", saysAny=LATE_ZH,
     remember={"ageDays": [145, 160]}),
   T("出处", kind="sources", saysAny=SRC_ZH),
   T("重新开始", remember={"ageDays": None}),
 ], ["age", "late-enrolment", "sources", "start-over"]),
 S("b21-zh-23", "三岁 贵阳；重新开始都忘", "plain", [
   T("女儿三岁 我们在贵阳", kind="ack", remember={"ageDays": yrs(3, 4), "city": "guiyang"}),
   T("要照片吗", kind="answer", topic="photo", says=["贵阳"]),
   T("重新开始", remember={"ageDays": None, "city": None}),
   T("要照片吗", kind="answer", topic="photo", saysNot=["3岁的", "三岁的", "您3岁", "你家3岁"]),
 ], ["age", "chinese-numerals", "city-known", "city-used", "start-over"]),
 S("b21-zh-24", "合肥（无规则）：丢卡；电话挂失；详细说明", "rich", [
   T("我们在合肥", kind="ack", remember={"city": "hefei"}),
   T("孩子社保卡丢了", kind="answer", topic="lost-card", says=["合肥"],
     saysAny=["12333", "人社"]),
   T("能打电话挂失吗", kind="answer", topic="lost-card", saysAny=["12333", "电话", "临时"]),
   T("详细说明", kind="details"),
 ], ["city-unknown", "city-used", "details"]),
 S("b21-zh-25", "热线：医保12393、社保卡12333；不引第十六条", "plain", [
   T("宝宝医保的事打哪个电话", kind="answer", topic="hotlines", saysAny=["12393"],
     saysNot=NOLAW_ZH),
   T("社保卡的事呢", kind="answer", topic="hotlines", saysAny=["12333"]),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["card-followup", "sources"]),
 S("b21-zh-26", "上传孩子照片的隐私；为什么（第十五条）", "rich", [
   T("在app里上传孩子照片安全吗", kind="answer", topic="privacy"),
   T("为什么", kind="why", saysAny=["第十五条", "15"]),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["why", "sources"]),
 S("b21-zh-27", "各地材料不同的原因：第十六条；详细说明；出处", "plain", [
   T("为啥各地要的材料不一样", kind="answer", topic="legal-basis",
     saysAny=["第十六条", "当地", "各地"]),
   T("详细说明", kind="details"),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["details", "sources"]),
 S("b21-zh-28", "卡的区别；医保凭证给儿子弄；支付宝；要不要去大厅", "rich", [
   T("电子社保卡和医保电子凭证到底啥区别", kind="answer", topic="card-kinds"),
   T("那医保凭证怎么给儿子弄", kind="answer", topic="activation", card="e-voucher",
     remember={"card": "e-voucher"}),
   T("支付宝能弄吗", kind="answer", card="e-voucher", saysNot=["2024年起"]),
   T("要带孩子去大厅吗", kind="answer", card="e-voucher",
     saysAny=["不需要", "不用", "无需", "线上", "不必"]),
 ], ["card-memory", "yes-no"]),
 S("b21-zh-29", "「那个卡」：澄清，打「一」选第一个；出处", "plain", [
   T("那个卡", kind="clarify", choices=ALL_CHOICES),
   T("一", kind="answer"),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["clarify", "sources"]),
 S("b21-zh-30", "「激活？」：澄清，打①", "plain", [
   T("激活？", kind="clarify", choices=ACT_CHOICES),
   T("①", kind="answer", topic="activation"),
   T("详细说明", kind="details"),
 ], ["clarify", "details"]),
 S("b21-zh-31", "双胞胎十周：能办卡吗；先弄哪个", "rich", [
   T("双胞胎出生十周了", kind="ack", remember={"ageDays": [65, 75]}),
   T("现在能办卡吗", kind="answer", topic="child-eligibility"),
   T("先弄哪个", kind="answer", saysAny=["医保", "参保"], remember={"ageDays": [65, 75]}),
 ], ["age", "age-used", "newborn", "chinese-numerals"]),
 S("b21-zh-32", "满七岁；海口市；照片；尺寸", "plain", [
   T("儿子上个月刚满七岁", kind="ack", remember={"ageDays": [2540, 2960]}),
   T("我们在海口市", kind="ack", remember={"city": "haikou"}),
   T("照片要吗", kind="answer", topic="photo", says=["海口"]),
   T("尺寸多大", kind="answer", topic="photo", saysAny=["358", "441"]),
 ], ["age", "chinese-numerals", "city-known", "city-used"]),
 S("b21-zh-33", "一岁两个月没参保：晚参保，不给新生儿建议；出处", "rich", [
   T("闺女一岁两个月", kind="ack", remember={"ageDays": [410, 450]}),
   T("现在给她参保晚了吗", kind="answer", topic="newborn-insurance", saysAny=LATE_ZH,
     saysNot=["出生后90天内办理"]),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["age", "age-used", "older-child", "late-enrolment", "chinese-numerals", "sources"]),
 S("b21-zh-34", "昆明（无规则）；广州呢；为什么", "plain", [
   T("昆明给小孩办社保卡去哪", kind="answer", topic="apply-where", says=["昆明"],
     saysAny=["12333", "人社"], remember={"city": "kunming"}),
   T("广州呢", kind="answer", topic="apply-where", says=["广州"],
     remember={"city": "guangzhou"}),
   T("为什么", kind="why"),
 ], ["city-unknown", "city-known", "city-followup", "why"]),
 S("b21-zh-35", "海口材料；换成中山；详细说明；出处", "rich", [
   T("海口办儿童社保卡要哪些材料", kind="answer", topic="documents", says=["海口"],
     remember={"city": "haikou"}),
   T("换成中山呢", kind="answer", topic="documents", says=["中山"]),
   T("详细说明", kind="details"),
   T("出处", kind="sources", saysAny=SRC_ZH, saysNot=["card-kinds.md", "activation.md"]),
 ], ["city-known", "city-followup", "details", "sources"]),
 S("b21-zh-36", "先要人工；再问银行功能；外婆能去吗", "plain", [
   T("我想找人工客服", kind="handoff"),
   T("算了 孩子卡的银行功能怎么开", kind="answer", topic="activation", saysAny=["银行"]),
   T("外婆能去办吗", kind="answer", topic="who-can-act"),
 ], ["handoff"]),
 S("b21-zh-37", "刚出生三天：顺序；详细说明；为什么这个顺序", "rich", [
   T("宝宝刚出生三天", kind="ack", remember={"ageDays": [2, 5]}),
   T("要办哪些事 按什么顺序", kind="answer", topic="process", saysAny=["医保", "参保"]),
   T("详细说明", kind="details"),
   T("为啥是这个顺序", kind="why"),
 ], ["age", "newborn", "chinese-numerals", "details", "why"]),
 S("b21-zh-38", "没实体卡能领电子社保卡吗；app里怎么加；医保凭证", "plain", [
   T("两岁孩子没实体卡能领电子社保卡吗", kind="answer", card="electronic",
     saysAny=["实体"]),
   T("那在app里怎么添加", kind="answer", topic="activation", card="electronic",
     saysAny=["亲情"]),
   T("医保凭证又怎么弄", kind="answer", topic="activation", card="e-voucher"),
 ], ["yes-no", "card-followup"]),
 S("b21-zh-39", "十一岁；身份证（近似离题）；社保卡去哪申请", "rich", [
   T("儿子十一岁", kind="ack", remember={"ageDays": yrs(11, 12)}),
   T("他的身份证怎么办", kind="decline"),
   T("那社保卡去哪申请", kind="answer", topic="apply-where",
     remember={"ageDays": yrs(11, 12)}),
 ], ["age", "chinese-numerals", "off-topic-mid"]),
 S("b21-zh-40", "三岁半；奶奶；重新开始；同一问题不再提年龄", "plain", [
   T("闺女三岁半", kind="ack", remember={"ageDays": [1230, 1330]}),
   T("奶奶能带她去办卡吗", kind="answer", topic="who-can-act"),
   T("重新开始", remember={"ageDays": None}),
   T("奶奶能带孩子去办卡吗", kind="answer", topic="who-can-act",
     saysNot=["三岁半", "3岁半", "3.5岁"]),
 ], ["age", "chinese-numerals", "start-over"]),
 S("b21-zh-41", "出生二十天 中山：出生一件事的条件；材料", "rich", [
   T("宝宝出生二十天 我们在中山", kind="ack",
     remember={"ageDays": [18, 22], "city": "zhongshan"}),
   T("能走出生一件事一次办完吗", kind="answer", says=["中山"],
     saysAny=["广东", "户籍", "婚姻", "一周岁", "结婚"]),
   T("要什么材料", kind="answer", topic="documents"),
 ], ["age", "chinese-numerals", "city-known", "city-used", "newborn"]),
 S("b21-zh-42", "出生五十天：能办卡吗；要先参保吗；出处", "plain", [
   T("女儿出生五十天 能办卡了吗", kind="answer", topic="child-eligibility",
     remember={"ageDays": [48, 52]}),
   T("要先参保吗", kind="answer", saysAny=["参保", "医保"]),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["age", "chinese-numerals", "newborn", "sources"]),
 S("b21-zh-43", "丢卡；电子社保卡还能用吗；又找到了", "rich", [
   T("孩子社保卡丢在公园了", kind="answer", topic="lost-card"),
   T("电子社保卡还能用吗", kind="answer", card="electronic",
     saysAny=["授权", "注销", "不能", "停", "不可"]),
   T("又找到了 能撤销挂失吗", kind="answer", topic="lost-card"),
 ], ["card-followup"]),
 S("b21-zh-44", "爸妈身份证都要吗：一位监护人；详细说明；出处", "rich", [
   T("爸妈两个人的身份证都要带吗", kind="answer", topic="documents",
     saysAny=["一方", "一位", "一个", "其中", "不需要", "不用"]),
   T("详细说明", kind="details"),
   T("出处", kind="sources", saysAny=SRC_ZH),
 ], ["yes-no", "details", "sources"]),
 S("b21-zh-45", "电子社保卡亲情账户名额（慈溪8个）；医保凭证呢；为什么", "rich", [
   T("电子社保卡能给几个家人代领", kind="answer", card="electronic", saysAny=["8", "八"],
     saysNot=["10个名额", "十个名额"]),
   T("医保电子凭证能绑几个", kind="answer", card="e-voucher", saysAny=["5", "五"]),
   T("为什么", kind="why"),
 ], ["card-followup", "why"]),
 S("b21-zh-46", "出生四十五天：原则上90天；只凭出生证；详细说明", "rich", [
   T("宝宝出生四十五天 医保什么时候前要办", kind="answer", topic="newborn-insurance",
     saysAny=["原则上"], saysNot=["最长90天", "最多90天"], remember={"ageDays": [43, 47]}),
   T("只有出生证能参保吗", kind="answer", topic="newborn-insurance",
     saysAny=["鼓励", "探索", "部分地区", "福建", "各地", "有的地方", "一些地方"]),
   T("详细说明", kind="details"),
 ], ["age", "chinese-numerals", "newborn", "details"]),
 S("b21-zh-47", "八个月大；城市用拼音 Dalian（无规则）；照片", "rich", [
   T("宝宝八个月大", kind="ack", remember={"ageDays": [235, 255]}),
   T("我们在Dalian", kind="ack", remember={"city": "dalian"}),
   T("办卡要照片吗", kind="answer", topic="photo", says=["大连"], saysAny=["12333", "人社"]),
 ], ["age", "chinese-numerals", "city-unknown", "city-pinyin", "city-used"]),
 S("b21-zh-48", "两岁零三个月；在哪办（贵阳当场制卡）", "plain", [
   T("儿子两岁零三个月", kind="ack", remember={"ageDays": [810, 850]}),
   T("我们是贵阳市的 去哪给他办", kind="answer", topic="apply-where", says=["贵阳"],
     remember={"city": "guiyang"}),
   T("孩子要一起去吗", kind="answer", topic="who-can-act"),
 ], ["age", "chinese-numerals", "city-known", "city-used"]),
]

EN += [
 S("b21-en-47", "8 months; lives in 'Dalian city' (no rule); photo", "rich", [
   T("baby is 8 months old", kind="ack", remember={"ageDays": [235, 255]}),
   T("we live in dalian city", kind="ack", remember={"city": "dalian"}),
   T("does the card need a photo", kind="answer", topic="photo", says=["Dalian"],
     saysAny=["12333", "HRSS", "bureau"]),
 ], ["age", "city-unknown", "city-used"]),
 S("b21-en-48", "2 years 3 months; Guiyang applying on the spot; child along?", "plain", [
   T("my son is 2 years and 3 months old", kind="ack", remember={"ageDays": [810, 850]}),
   T("we're from guiyang, where do i get his card done", kind="answer",
     topic="apply-where", says=["Guiyang"], remember={"city": "guiyang"}),
   T("does he have to come too", kind="answer", topic="who-can-act"),
 ], ["age", "city-known", "city-used"]),
]

EN += [
 S("b21-en-49", "Age stated in English, question in Chinese: memory survives the switch", "rich", [
   T("my daughter is 7 weeks old", kind="ack", remember={"ageDays": [45, 53]}),
   T("那先要办啥", kind="answer", saysAny=["医保", "参保"], remember={"ageDays": [45, 53]}),
   T("为什么", kind="why"),
 ], ["age", "age-used", "newborn", "language-switch", "why"]),
 S("b21-en-50", "City correction Guangzhou -> Chengdu; where to activate uses Chengdu", "rich", [
   T("we're in guangzhou", kind="ack", remember={"city": "guangzhou"}),
   T("actually no, we moved to Chengdu last year", kind="ack", remember={"city": "chengdu"}),
   T("where do we activate my sons card", kind="answer", topic="activation",
     says=["Chengdu"], remember={"city": "chengdu"}),
   T("why?", kind="why"),
 ], ["city-known", "city-correction", "city-used", "why"]),
]
ZH += [
 S("b21-zh-49", "中文说年龄，英文提问：换语言后仍记得", "rich", [
   T("宝宝七周大", kind="ack", remember={"ageDays": [45, 53]}),
   T("what should we do first", kind="answer", saysAny=["insurance", "enrol", "enroll"],
     remember={"ageDays": [45, 53]}),
   T("why?", kind="why"),
 ], ["age", "age-used", "newborn", "chinese-numerals", "language-switch", "why"]),
 S("b21-zh-50", "城市更正 武汉→成都；在哪激活用成都", "rich", [
   T("我们在武汉", kind="ack", remember={"city": "wuhan"}),
   T("不对 我们是成都的", kind="ack", remember={"city": "chengdu"}),
   T("孩子的卡在哪激活", kind="answer", topic="activation", says=["成都"],
     remember={"city": "chengdu"}),
   T("为什么", kind="why"),
 ], ["city-known", "city-correction", "city-used", "why"]),
]


def dump(name, scenarios):
    ids = [s["id"] for s in scenarios]
    assert len(set(ids)) == len(ids)
    tags = Counter()
    out = []
    for s in scenarios:
        s = finish(s)
        for t in s.pop("tags"):
            tags[t] += 1
        out.append(s)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ch = Counter(s["channel"] for s in out)
    kinds = Counter(t["expect"].get("kind", "-") for s in out for t in s["turns"])
    nturns = sum(len(s["turns"]) for s in out)
    print(f"{path}: {len(out)} scenarios, {nturns} turns, channels {dict(ch)}")
    print("  kinds:", dict(sorted(kinds.items())))
    print("  features:", dict(sorted(tags.items())))


def main():
    os.makedirs(OUT, exist_ok=True)
    dump("en.json", EN)
    dump("zh.json", ZH)


if __name__ == "__main__":
    main()
