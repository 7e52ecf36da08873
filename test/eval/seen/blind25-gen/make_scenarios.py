#!/usr/bin/env python3
"""Writes scenarios25/en.json and zh.json (blind set 25, issue #17).

Multi-turn scenarios written blind (without seeing the bot or its answers), from the issue and
shared/reference/{activation,card-kinds,legal-basis}.md only. Expectations test behaviour the
issue asks for; wording varies, so text checks use saysAny with several alternatives, or a city
name / number that any correct answer must contain.

Birth dates: ages are computed for a run between BASE (2026-12-03) - 5 days and BASE + 55 days
(i.e. up to 2027-01-27); see birth_range(). Relative ages ("2 months old") do not depend on the
run day.
"""
import datetime as dt
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios25")

BASE = dt.date(2026, 12, 3)
RUN_EARLY = -5   # days before BASE the set may be run
RUN_LATE = 55    # days after BASE the set may be run

EN_MAX = 650
ZH_MAX = 350
NOTAGS_EN = ["(secondary source)", "secondary source)", "activation.md", "card-kinds.md", "legal-basis.md"]
NOTAGS_ZH = ["（转载资料）", "(转载资料)", "activation.md", "card-kinds.md", "legal-basis.md"]

CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds", "activation",
                "apply-where", "documents", "lost-card"]
ACT_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation", "card-kinds"]

NO_RULE_EN = ["12333", "HRSS", "bureau", "no rule", "don't have", "do not have"]
NO_RULE_ZH = ["12333", "人社", "没有", "暂无"]


# ---------- age helpers (days) ----------
def days(a, b):
    return [a, b]


def weeks(n):
    return [n * 7 - 3, n * 7 + 7]


def months(n):
    # "n months old" = from n months up to just under n+1 months, with slack
    return [int(n * 30.4) - 6, int((n + 1) * 30.4) + 3]


def years(n):
    # "n years old" = from n years up to just under n+1 years, with slack
    return [int(n * 365) - 5, int((n + 1) * 365.25) + 5]


def birth_range(y, m, d):
    born = dt.date(y, m, d)
    return [(BASE - born).days + RUN_EARLY, (BASE - born).days + RUN_LATE]


def end_of_90(y, m, d):
    """The 90-day end date, accepting day 90 counted either way (birth + 89 or + 90)."""
    born = dt.date(y, m, d)
    out_en, out_zh = [], []
    for k in (89, 90):
        e = born + dt.timedelta(days=k)
        mon = e.strftime("%B")
        out_en += [e.isoformat(), f"{e.day} {mon}", f"{mon} {e.day}", f"{e.day} {mon[:3]}",
                   f"{mon[:3]} {e.day}", f"{e.year}/{e.month}/{e.day}", f"{e.day}/{e.month}/{e.year}"]
        out_zh += [f"{e.year}年{e.month}月{e.day}日", f"{e.month}月{e.day}日", f"{e.month}月{e.day}号",
                   e.isoformat(), f"{e.year}/{e.month}/{e.day}"]
    return out_en, out_zh


# ---------- builders ----------
def t(user, **expect):
    return {"user": user, "expect": expect}


def S(sid, about, channel, *turns):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, (sid, len(turns))
    return {"id": sid, "about": about, "channel": channel, "turns": list(turns)}


def ans_en(**kw):
    kw.setdefault("kind", "answer")
    kw.setdefault("maxChars", EN_MAX)
    kw.setdefault("saysNot", NOTAGS_EN)
    return kw


def ans_zh(**kw):
    kw.setdefault("kind", "answer")
    kw.setdefault("maxChars", ZH_MAX)
    kw.setdefault("saysNot", NOTAGS_ZH)
    return kw


D1110_EN, D1110_ZH = end_of_90(2026, 11, 10)
D1120_EN, D1120_ZH = end_of_90(2026, 11, 20)

# =====================================================================
EN = [
    S("en25-age-2months-startover", "age '2 months old' acknowledged, said back and used (90 days); forgotten after start over", "rich",
      t("my little girl is 2 months old", kind="ack", remember={"ageDays": months(2)}, saysNot=["sorry", "can't help"]),
      t("what should i do first?", **ans_en(says=["90"], saysAny=["2-month", "2 month", "two-month", "two month"],
                                              remember={"ageDays": months(2)})),
      t("start over", anyKind=["menu", "ack"], remember={"ageDays": None, "city": None}),
      t("what should i do first?", kind="answer", saysNot=["2-month", "2 month", "two-month", "two month"])),

    S("en25-age-8-not-newborn", "'she's 8': no newborn-only advice; later enrolment follows local rules", "plain",
      t("she's 8", kind="ack", remember={"ageDays": years(8)}),
      t("do i still have to sign her up for medical insurance within 90 days?",
        **ans_en(saysAny=["local", "back-dated", "backdated", "retroactive", "not back", "from the date", "12333", "8-year", "8 year"])),
      t("what documents do we need for her card", **ans_en(topic="documents",
                                                          saysNot=NOTAGS_EN + ["within 90 days", "birth medical certificate number"]))),

    S("en25-birthdate-90end-why-sources", "birth date -> 90-day end date; then why? and sources?", "rich",
      t("my son was born on 10 November 2026", kind="ack", remember={"ageDays": birth_range(2026, 11, 10)}),
      t("by when do we have to enrol him in medical insurance?",
        **ans_en(topic="newborn-insurance", saysAny=D1110_EN)),
      t("why?", kind="why"),
      t("sources?", kind="sources", saysAny=["http", "gov.cn", "www."])),

    S("en25-weeks-city-docs-details", "'6 weeks old' + Zhongshan remembered, used in documents; More details", "plain",
      t("baby is 6 weeks old", kind="ack", remember={"ageDays": weeks(6)}),
      t("we live in zhongshan", kind="ack", remember={"city": "zhongshan", "ageDays": weeks(6)}),
      t("what documents for his card?", **ans_en(topic="documents", says=["Zhongshan"])),
      t("More details", kind="details")),

    S("en25-city-correction-photo", "city correction Haikou -> Guiyang, used for photo; follow-up 'what about haikou?'", "rich",
      t("we're in haikou", kind="ack", remember={"city": "haikou"}),
      t("sorry i meant guiyang", anyKind=["ack", "answer"], remember={"city": "guiyang"}),
      t("does my 3 year old need a photo for the card?",
        **ans_en(topic="photo", says=["Guiyang"], saysAny=["6", "six"], remember={"city": "guiyang", "ageDays": years(3)})),
      t("what about haikou?", **ans_en(topic="photo", says=["Haikou"], saysAny=["7", "seven"]))),

    S("en25-city-missing-kunming", "a city the sources lack (Kunming): general answer plus 'no rule, ask the bureau / 12333'", "plain",
      t("we live in kunming", kind="ack", remember={"city": "kunming"}),
      t("can grandpa apply for my daughters card?",
        **ans_en(topic="who-can-act", says=["Kunming"], saysAny=NO_RULE_EN)),
      t("why?", kind="why")),

    S("en25-followup-cards", "follow-ups for the other cards: 'and for the e-voucher?', 'and the electronic card?'", "rich",
      t("how do i activate my kids physical card", **ans_en(topic="activation", card="physical")),
      t("and for the e-voucher?", **ans_en(topic="activation", card="e-voucher",
                                           saysAny=["app", "Alipay", "family account", "国家医保服务平台", "亲情账户"],
                                           saysNot=NOTAGS_EN + ["Article 16"], remember={"card": "e-voucher"})),
      t("and the electronic card?", **ans_en(card="electronic", saysAny=["family service", "亲情服务", "physical card"],
                                             remember={"card": "electronic"}))),

    S("en25-followup-city-docs", "follow-up for another city after a city answer (documents)", "plain",
      t("what do i need to bring to apply for my sons card in haikou",
        **ans_en(topic="documents", says=["Haikou"], remember={"city": "haikou"})),
      t("what about guiyang?", **ans_en(topic="documents", says=["Guiyang"])),
      t("why?", kind="why")),

    S("en25-clarify-card-rich", "one ambiguous word 'card' -> clarifying question; the choice then answers", "rich",
      t("card", kind="clarify", choices=CARD_CHOICES),
      t("the medical insurance e-voucher", kind="answer", card="e-voucher", maxChars=EN_MAX, remember={"card": "e-voucher"}),
      t("why?", kind="why")),

    S("en25-clarify-activate-plain", "'activate' alone on plain -> numbered choices; typing 2 answers", "plain",
      t("activate", kind="clarify", choices=ACT_CHOICES),
      t("2", kind="answer", topic="activation", maxChars=EN_MAX),
      t("More details", kind="details")),

    S("en25-walk-rich", "walkthrough on rich with typed next/back/repeat", "rich",
      t("can you walk me through the steps to get my sons card", kind="step", step=1),
      t("next", kind="step", step=2),
      t("next", kind="step", step=3),
      t("back", kind="step", step=2),
      t("repeat", kind="step", step=2)),

    S("en25-walk-plain-next-back", "walkthrough on plain: next/next/back/back at several steps", "plain",
      t("walk me through getting a card for my daughter step by step", kind="step", step=1),
      t("next", kind="step", step=2),
      t("next", kind="step", step=3),
      t("back", kind="step", step=2),
      t("back", kind="step", step=1)),

    S("en25-walk-plain-stop-continue", "walkthrough on plain: stop then continue resumes at the same step", "plain",
      t("take me through the steps one by one please", kind="step", step=1),
      t("next", kind="step", step=2),
      t("stop"),
      t("continue", kind="step", step=2),
      t("next", kind="step", step=3)),

    S("en25-handoff-after-answer", "handoff to a person after an answer", "rich",
      t("how do i activate my daughters social security card", **ans_en(topic="activation")),
      t("this is too confusing, can i talk to a real person", kind="handoff"),
      t("ok one more thing, does she need a photo? shes 2", **ans_en(topic="photo", remember={"ageDays": years(2)}))),

    S("en25-handoff-direct-plain", "asking for a person straight away on plain", "plain",
      t("i want to speak to a human agent", kind="handoff"),
      t("ok never mind. where do i apply for my kids card", **ans_en(topic="apply-where")),
      t("can i talk to someone from staff please", kind="handoff")),

    S("en25-offtopic-middle-keeps-age", "off-topic in the middle is declined and the remembered age survives", "rich",
      t("my baby is 40 days old", kind="ack", remember={"ageDays": days(37, 46)}),
      t("how much is car insurance for a Toyota", kind="decline", remember={"ageDays": days(37, 46)}),
      t("ok so what do we do first for her?", **ans_en(says=["90"], saysAny=["insurance", "enrol", "enroll"]))),

    S("en25-language-switch", "English then Chinese then English; city kept across the switch", "plain",
      t("we live in zhongshan", kind="ack", remember={"city": "zhongshan"}),
      t("孩子社保卡怎么激活", **ans_zh(topic="activation", saysAny=["中山", "社保", "激活"], remember={"city": "zhongshan"})),
      t("thanks. and does he need a photo?", **ans_en(topic="photo", saysAny=["photo", "picture"]))),

    S("en25-details-sources-docs", "answer fits a screen; More details continues; sources keep the links", "rich",
      t("what documents do i need for my 5 year olds card", **ans_en(topic="documents", remember={"ageDays": years(5)})),
      t("More details", kind="details"),
      t("sources?", kind="sources", saysAny=["http", "gov.cn", "www."])),

    S("en25-clarify-card-plain", "one word 'card' on plain; typing 1 picks the first choice", "plain",
      t("card", kind="clarify", choices=CARD_CHOICES),
      t("1", kind="answer", maxChars=EN_MAX),
      t("why?", kind="why")),

    S("en25-grandma-child-come", "yes/no who-can-act: grandma; must the child come (Linxiang)", "rich",
      t("can my mum, the kids grandma, activate the social security card for my son?",
        **ans_en(topic="who-can-act", saysAny=["authoris", "authoriz", "guardian", "power of attorney"])),
      t("does the child have to come along?",
        **ans_en(topic="who-can-act", saysAny=["Linxiang", "come with", "come along", "together", "bring the child", "accompan"])),
      t("sources?", kind="sources")),

    S("en25-phone-activation", "on a phone? social security function yes (online), bank function no (counter)", "plain",
      t("can i activate my sons social security card on my phone", **ans_en(topic="activation", saysAny=["bank", "counter"])),
      t("More details", kind="details"),
      t("why?", kind="why")),

    S("en25-late-enrolment-5months", "5-month-old not insured: late enrolment, no back-dated cover, local rules", "rich",
      t("my baby is 5 months old and has no medical insurance yet", anyKind=["ack", "answer"],
        remember={"ageDays": months(5)}),
      t("is it too late to enrol her? will old bills be covered?",
        **ans_en(topic="newborn-insurance",
                 saysAny=["local", "back-dated", "backdated", "retroactive", "not covered", "from the date", "payment", "pay"],
                 saysNot=NOTAGS_EN + ["Article 16"])),
      t("why?", kind="why")),

    S("en25-newborn-order-ecard", "1-week-old: order of things, insurance first; e-card needs the physical card", "plain",
      t("our baby is 1 week old, whats the order to do things?",
        **ans_en(saysAny=["insurance", "enrol", "enroll"], remember={"ageDays": weeks(1)})),
      t("and the e card?", **ans_en(card="electronic", saysAny=["physical"])),
      t("More details", kind="details")),

    S("en25-lost-card-ecard", "lost card; will the e-card work; who reports it for a 9-year-old", "rich",
      t("lost my sons shebao card", **ans_en(topic="lost-card", saysAny=["12333", "report", "bank"])),
      t("will his electronic card still work?",
        anyKind=["answer"], card="electronic", saysAny=["stop", "not", "authoris", "authoriz", "can't", "cannot"]),
      t("he's 9, who has to report it?", anyKind=["answer"], remember={"ageDays": years(9)},
        saysAny=["guardian", "parent"])),

    S("en25-startover-forgets-city-age", "age and city remembered, then start over forgets both", "plain",
      t("my daughter is 3", kind="ack", remember={"ageDays": years(3)}),
      t("we're in guiyang", kind="ack", remember={"city": "guiyang", "ageDays": years(3)}),
      t("start over", anyKind=["menu", "ack"], remember={"ageDays": None, "city": None}),
      t("does she need a photo?", **ans_en(topic="photo", saysNot=NOTAGS_EN + ["3-year-old", "3 year old", "For a 3"]))),

    S("en25-evoucher-alipay-sources", "e-voucher via Alipay; no Article 16 line; sources", "rich",
      t("can i get my babys medical insurance e voucher in alipay",
        **ans_en(topic="activation", card="e-voucher", saysAny=["Alipay"], saysNot=NOTAGS_EN + ["Article 16"])),
      t("sources?", kind="sources", saysAny=["http", "gov.cn", "www."]),
      t("and what about the physical card, how do i activate that one?", **ans_en(topic="activation", card="physical"))),

    S("en25-privacy-why-sources", "privacy answer; why? gives Article 15 reasoning; sources", "plain",
      t("who sees my kids data if i add him in the app?", **ans_en(topic="privacy")),
      t("why?", kind="why"),
      t("sources?", kind="sources")),

    S("en25-legal-details", "legal basis: why rules differ per city; More details", "rich",
      t("why are the rules different in every city?", **ans_en(topic="legal-basis", saysAny=["Article 16", "local"])),
      t("More details", kind="details"),
      t("is that law from the ministry's own website?", anyKind=["answer", "sources", "why"])),

    S("en25-hotline-then-city", "hotlines, then a city statement used for activation (Changde)", "plain",
      t("what number can i call about this", **ans_en(topic="hotlines", saysAny=["12333", "12393"])),
      t("we are in changde", kind="ack", remember={"city": "changde"}),
      t("so where do i activate my sons social security card?", **ans_en(topic="activation", says=["Changde"]))),

    S("en25-18months-haikou-photo", "'18 months' + Haikou in the question itself, photo rule under 7", "rich",
      t("he's 18 months", kind="ack", remember={"ageDays": days(530, 585)}),
      t("does he need a photo? we live in haikou",
        **ans_en(topic="photo", says=["Haikou"], saysAny=["7", "seven"], remember={"city": "haikou", "ageDays": days(530, 585)})),
      t("More details", kind="details")),

    S("en25-twins-10months-docs", "'10 months old' twins; documents without newborn-only advice", "plain",
      t("my twins are 10 months old", kind="ack", remember={"ageDays": months(10)}),
      t("what do we need to apply for their cards?", **ans_en(topic="documents",
                                                            saysNot=NOTAGS_EN + ["within 90 days"])),
      t("can my husband go alone?", **ans_en(topic="who-can-act"))),

    S("en25-nearmiss-idcard", "near miss: child's ID card declined; then a real question answers", "rich",
      t("how do i get an ID card for my kid", kind="decline"),
      t("ok then where do i apply for her social security card?", **ans_en(topic="apply-where")),
      t("and for the bank card of her own, like a savings account?", kind="decline")),

    S("en25-nearmiss-carinsurance", "near miss: car insurance declined, not newborn insurance", "plain",
      t("is car insurance covered here? need a quote", kind="decline"),
      t("what about my kids medical insurance e voucher, how do i activate it",
        **ans_en(topic="activation", card="e-voucher")),
      t("and the passport for him?", kind="decline")),

    S("en25-activate-word-rich", "'activate' alone on rich -> clarify; naming the physical card answers", "rich",
      t("activate", kind="clarify", choices=ACT_CHOICES),
      t("the physical card", kind="answer", topic="activation", card="physical", maxChars=EN_MAX, remember={"card": "physical"}),
      t("and the e voucher?", kind="answer", card="e-voucher", maxChars=EN_MAX)),

    S("en25-birthdate-iso-first", "ISO birth date stated inside the question; 90-day end date", "plain",
      t("baby born 2026-11-20, what do i do first",
        **ans_en(saysAny=D1120_EN, remember={"ageDays": birth_range(2026, 11, 20)})),
      t("why?", kind="why"),
      t("More details", kind="details")),

    S("en25-newborn-details-inprinciple", "newborn 90 days is 'in principle', never 'the limit'; details continue", "rich",
      t("when should newborns be enrolled in medical insurance?",
        **ans_en(topic="newborn-insurance", says=["90"], saysNot=NOTAGS_EN + ["Article 16", "the limit"])),
      t("More details", kind="details", saysNot=["the limit"]),
      t("sources?", kind="sources")),

    S("en25-zhongshan-shi-bundle", "city in pinyin with 'shi'; newborn one-stop conditions", "plain",
      t("we're in Zhongshan shi", kind="ack", remember={"city": "zhongshan"}),
      t("what are the conditions for the newborn one stop service?",
        **ans_en(saysAny=["Guangdong", "married", "one year", "1 year", "hukou"])),
      t("More details", kind="details")),

    S("en25-followup-city-where", "apply-where for Zhongshan, follow-up Guiyang, then Kunming (no rule)", "rich",
      t("where can i get a card made for my kid in zhongshan", **ans_en(topic="apply-where", says=["Zhongshan"])),
      t("what about guiyang?", **ans_en(topic="apply-where", says=["Guiyang"])),
      t("and in kunming?", **ans_en(topic="apply-where", says=["Kunming"], saysAny=NO_RULE_EN))),

    S("en25-handoff-mid-walk", "handoff asked for in the middle of the walkthrough (plain)", "plain",
      t("walk me through it step by step", kind="step", step=1),
      t("next", kind="step", step=2),
      t("can i talk to someone?", kind="handoff")),

    S("en25-length-rich", "first replies fit one screen across topics (rich)", "rich",
      t("what documents do i need for my sons card", **ans_en(topic="documents")),
      t("how do i activate his social security card", **ans_en(topic="activation")),
      t("where do i apply", **ans_en(topic="apply-where")),
      t("can grandma go instead of me", **ans_en(topic="who-can-act"))),

    S("en25-length-plain", "first replies fit one screen across topics (plain)", "plain",
      t("lost my kids card what now", **ans_en(topic="lost-card")),
      t("is a photo needed for a baby", **ans_en(topic="photo")),
      t("what is 12393", **ans_en(topic="hotlines")),
      t("who gets to see the data", **ans_en(topic="privacy"))),

    S("en25-evoucher-no-id", "newborn without ID number: e-voucher via birth certificate + mother; why?", "rich",
      t("my baby has no ID number yet, can i still activate her e voucher?",
        **ans_en(topic="activation", card="e-voucher", saysAny=["birth", "mother"])),
      t("why?", kind="why"),
      t("ok and the card types, whats the difference again?", **ans_en(topic="card-kinds"))),

    S("en25-henan-photo-why", "Henan photo rule (mandatory from 2020); why?", "plain",
      t("we live in henan, does the baby need a photo?", **ans_en(topic="photo", says=["Henan"])),
      t("why?", kind="why"),
      t("sources?", kind="sources")),

    S("en25-eight-and-a-half", "age in words 'eight and a half'; then photo", "rich",
      t("my daughter is eight and a half", kind="ack", remember={"ageDays": days(2900, 3300)}),
      t("does she need a photo for the card?", **ans_en(topic="photo", saysNot=NOTAGS_EN + ["within 90 days"])),
      t("start over", anyKind=["menu", "ack"], remember={"ageDays": None})),

    S("en25-age-correction", "age correction: 'he's 4' then 'actually he's 6'", "plain",
      t("my son is 4", kind="ack", remember={"ageDays": years(4)}),
      t("actually he's 6, sorry", anyKind=["ack"], remember={"ageDays": years(6)}),
      t("can he get a social security card?", **ans_en(topic="child-eligibility", saysNot=NOTAGS_EN + ["within 90 days"]))),

    S("en25-chengdu-newborn", "Chengdu named with a 45-day-old; newborn enrolment labelled for the city", "rich",
      t("baby is 45 days old and we live in chengdu", anyKind=["ack", "answer"],
        remember={"ageDays": days(42, 50), "city": "chengdu"}),
      t("how long do we have to get her medical insurance?",
        **ans_en(topic="newborn-insurance", says=["Chengdu"], saysNot=NOTAGS_EN + ["the limit"])),
      t("why?", kind="why")),
]

# =====================================================================
ZH = [
    S("zh25-liangyue-first-startover", "「两个月大了，先办什么？」回答而不拒绝；重新开始后忘记", "rich",
      t("宝宝两个月大了 先办什么", **ans_zh(says=["90"], saysAny=["参保", "医保"], saysNot=NOTAGS_ZH + ["帮不上"],
                                         remember={"ageDays": months(2)})),
      t("为什么", kind="why"),
      t("重新开始", anyKind=["menu", "ack"], remember={"ageDays": None, "city": None}),
      t("先办什么", kind="answer", saysNot=["两个月"])),

    S("zh25-manyue-ack", "「刚满月」作为陈述确认；之后用于回答", "plain",
      t("刚满月", kind="ack", remember={"ageDays": days(25, 40)}),
      t("先干啥", **ans_zh(says=["90"], saysAny=["参保", "医保"])),
      t("详细说明", kind="details")),

    S("zh25-40tian-haikou-docs", "「出生40天」+海口，材料回答标明海口；详细说明", "rich",
      t("出生40天", kind="ack", remember={"ageDays": days(37, 46)}),
      t("我们在海口", kind="ack", remember={"city": "haikou", "ageDays": days(37, 46)}),
      t("办卡要带什么", **ans_zh(topic="documents", says=["海口"])),
      t("详细说明", kind="details")),

    S("zh25-8sui-not-newborn", "「女儿八岁」不给新生儿建议", "plain",
      t("女儿八岁", kind="ack", remember={"ageDays": years(8)}),
      t("医保要在90天内办吗", **ans_zh(saysAny=["当地", "不追溯", "12333", "缴费之日", "缴费", "8岁", "八岁"])),
      t("办卡要什么材料", **ans_zh(topic="documents", saysNot=NOTAGS_ZH + ["90天内"]))),

    S("zh25-birthdate-90end-sources", "出生日期→90天截止日；出处", "rich",
      t("儿子2026年11月10日出生的", kind="ack", remember={"ageDays": birth_range(2026, 11, 10)}),
      t("医保最晚什么时候要办好", **ans_zh(topic="newborn-insurance", saysAny=D1110_ZH)),
      t("出处", kind="sources", saysAny=["http", "gov.cn", "www."])),

    S("zh25-city-correction-photo", "城市更正：贵阳→海口；三岁孩子照片", "plain",
      t("住在贵阳", kind="ack", remember={"city": "guiyang"}),
      t("不对 是海口", anyKind=["ack", "answer"], remember={"city": "haikou"}),
      t("三岁孩子要照片吗", **ans_zh(topic="photo", says=["海口"], saysAny=["7", "七"],
                                   remember={"city": "haikou", "ageDays": years(3)}))),

    S("zh25-harbin-missing", "知识库没有的城市（哈尔滨）：一般回答+建议问当地人社/12333", "rich",
      t("我们在哈尔滨", kind="ack", remember={"city": "harbin"}),
      t("爷爷能帮孙女办卡吗", **ans_zh(topic="who-can-act", says=["哈尔滨"], saysAny=NO_RULE_ZH)),
      t("为什么", kind="why")),

    S("zh25-followup-cards", "追问其他卡：「那医保电子凭证呢？」「电子社保卡呢」", "plain",
      t("孩子实体社保卡怎么激活", **ans_zh(topic="activation", card="physical")),
      t("那医保电子凭证呢？", **ans_zh(topic="activation", card="e-voucher",
                                   saysAny=["亲情账户", "支付宝", "国家医保服务平台"],
                                   saysNot=NOTAGS_ZH + ["第十六条"], remember={"card": "e-voucher"})),
      t("电子社保卡呢", **ans_zh(card="electronic", saysAny=["亲情服务", "实体"], remember={"card": "electronic"}))),

    S("zh25-followup-city-where", "追问其他城市：贵阳→「那海口呢」；为什么", "rich",
      t("贵阳给孩子办社保卡去哪", **ans_zh(topic="apply-where", says=["贵阳"], remember={"city": "guiyang"})),
      t("那海口呢", **ans_zh(topic="apply-where", says=["海口"])),
      t("为什么", kind="why")),

    S("zh25-clarify-ka-plain", "单字「卡」→澄清问题；输入1选择后回答", "plain",
      t("卡", kind="clarify", choices=CARD_CHOICES),
      t("1", kind="answer", maxChars=ZH_MAX),
      t("详细说明", kind="details")),

    S("zh25-clarify-jihuo-rich", "「激活」→澄清；说出医保电子凭证后回答", "rich",
      t("激活", kind="clarify", choices=ACT_CHOICES),
      t("医保电子凭证", kind="answer", card="e-voucher", maxChars=ZH_MAX, remember={"card": "e-voucher"}),
      t("那实体卡呢", kind="answer", card="physical", maxChars=ZH_MAX)),

    S("zh25-walk-plain-xiayibu", "微信（plain）上逐步指引：下一步/上一步在多个步骤（不被读成选项1）", "plain",
      t("一步一步教我给孩子办卡", kind="step", step=1),
      t("下一步", kind="step", step=2),
      t("下一步", kind="step", step=3),
      t("上一步", kind="step", step=2),
      t("上一步", kind="step", step=1)),

    S("zh25-walk-plain-repeat-stop", "plain：重复、停止、继续", "plain",
      t("带我一步步走一遍办卡流程", kind="step", step=1),
      t("下一步", kind="step", step=2),
      t("重复", kind="step", step=2),
      t("停止"),
      t("继续", kind="step", step=2),
      t("下一步", kind="step", step=3)),

    S("zh25-walk-rich", "rich 上键入下一步/上一步", "rich",
      t("能不能一步一步带我办", kind="step", step=1),
      t("下一步", kind="step", step=2),
      t("上一步", kind="step", step=1),
      t("下一步", kind="step", step=2)),

    S("zh25-walk-plain-step2-twice", "plain：第2步连续输入下一步不会回到第1步（原缺陷）", "plain",
      t("教我一步一步办孩子的社保卡", kind="step", step=1),
      t("下一步", kind="step", step=2),
      t("下一步", kind="step", step=3),
      t("停止")),

    S("zh25-handoff-after-answer", "回答后转人工", "rich",
      t("孩子社保卡怎么激活", **ans_zh(topic="activation")),
      t("看不懂 转人工", kind="handoff"),
      t("那再问一个 两岁孩子要照片吗", **ans_zh(topic="photo", remember={"ageDays": years(2)}))),

    S("zh25-handoff-direct", "直接要人工客服（plain）", "plain",
      t("我要人工客服", kind="handoff"),
      t("算了 孩子社保卡在哪办", **ans_zh(topic="apply-where")),
      t("还是找个真人问吧", kind="handoff")),

    S("zh25-offtopic-middle", "中途问车险被拒，记住的年龄保留", "rich",
      t("宝宝十个月", kind="ack", remember={"ageDays": months(10)}),
      t("车险怎么买划算", kind="decline", remember={"ageDays": months(10)}),
      t("办卡要什么材料", **ans_zh(topic="documents", saysNot=NOTAGS_ZH + ["90天内"]))),

    S("zh25-language-switch", "中文→英文→中文；城市跨语言保留", "plain",
      t("我们住中山", kind="ack", remember={"city": "zhongshan"}),
      t("how do i activate my kids social security card", **ans_en(topic="activation", says=["Zhongshan"], remember={"city": "zhongshan"})),
      t("照片要吗", **ans_zh(topic="photo", saysAny=["照片", "相片"]))),

    S("zh25-5sui-docs-details-sources", "五岁孩子材料；详细说明；出处", "rich",
      t("五岁孩子办卡要带什么", **ans_zh(topic="documents", remember={"ageDays": years(5)})),
      t("详细说明", kind="details"),
      t("出处", kind="sources", saysAny=["http", "gov.cn", "www."])),

    S("zh25-nainai-child-come", "奶奶能不能办（先答能否）；孩子要不要一起去（临湘）", "plain",
      t("奶奶能帮孩子激活社保卡吗", **ans_zh(topic="who-can-act", saysAny=["授权", "委托", "监护人"])),
      t("孩子要一起去吗", **ans_zh(topic="who-can-act", saysAny=["临湘", "一起", "陪同", "到场", "同行"])),
      t("出处", kind="sources")),

    S("zh25-phone-activation", "手机上能否激活：社保功能可以，金融功能要去银行", "rich",
      t("手机上能激活孩子社保卡吗", **ans_zh(topic="activation", saysAny=["银行", "柜台"])),
      t("详细说明", kind="details"),
      t("为什么", kind="why")),

    S("zh25-5months-late", "五个月没参保：晚参保、不追溯、按当地规定", "plain",
      t("娃五个月了 还没参保", anyKind=["ack", "answer"], remember={"ageDays": months(5)}),
      t("现在办还来得及吗 之前的费用能报吗",
        **ans_zh(topic="newborn-insurance", saysAny=["不追溯", "当地", "缴费之日", "追溯", "缴费"],
                 saysNot=NOTAGS_ZH + ["第十六条"])),
      t("为什么", kind="why")),

    S("zh25-1week-order-ecard", "一周大：先参保；电子社保卡需要实体卡", "rich",
      t("宝宝一周大 先办哪个", **ans_zh(saysAny=["参保", "医保"], remember={"ageDays": weeks(1)})),
      t("那电子社保卡呢", **ans_zh(card="electronic", saysAny=["实体"])),
      t("详细说明", kind="details")),

    S("zh25-lost-card", "丢卡；电子社保卡还能不能用；九岁孩子谁去挂失", "plain",
      t("孩子社保卡丢了", **ans_zh(topic="lost-card", saysAny=["挂失", "12333"])),
      t("电子社保卡还能用吗", anyKind=["answer"], card="electronic",
        saysAny=["不可用", "不能", "授权", "停", "无法"]),
      t("孩子九岁 谁去挂失", anyKind=["answer"], remember={"ageDays": years(9)}, saysAny=["监护人", "父母", "家长"])),

    S("zh25-startover-forgets", "「三岁半」+贵阳，重新开始后都忘记", "rich",
      t("孩子三岁半", kind="ack", remember={"ageDays": days(1090, 1470)}),
      t("在贵阳", kind="ack", remember={"city": "guiyang"}),
      t("重新开始", anyKind=["menu", "ack"], remember={"ageDays": None, "city": None}),
      t("要照片吗", **ans_zh(topic="photo", saysNot=NOTAGS_ZH + ["三岁", "3岁"]))),

    S("zh25-alipay-evoucher", "支付宝领医保电子凭证；不附第十六条；出处", "plain",
      t("支付宝能给宝宝领医保电子凭证吗",
        **ans_zh(topic="activation", card="e-voucher", saysAny=["支付宝"], saysNot=NOTAGS_ZH + ["第十六条"])),
      t("出处", kind="sources"),
      t("那实体社保卡怎么激活", **ans_zh(topic="activation", card="physical"))),

    S("zh25-privacy-why", "隐私；为什么", "rich",
      t("孩子的信息谁能看到", **ans_zh(topic="privacy")),
      t("为什么", kind="why"),
      t("出处", kind="sources")),

    S("zh25-legal-details", "为什么各地规定不一样；详细说明", "plain",
      t("为什么各地规定不一样", **ans_zh(topic="legal-basis", saysAny=["第十六条", "地方", "当地"])),
      t("详细说明", kind="details"),
      t("这个是官方网站上的原文吗", anyKind=["answer", "sources", "why"])),

    S("zh25-hotline-changde", "热线；再说常德，用于激活回答", "rich",
      t("有什么电话可以问", **ans_zh(topic="hotlines", saysAny=["12333", "12393"])),
      t("我们在常德", kind="ack", remember={"city": "changde"}),
      t("那孩子的社保卡去哪激活", **ans_zh(topic="activation", says=["常德"]))),

    S("zh25-yisui-lingliangge-haikou", "「一岁零两个月」+海口市照片", "plain",
      t("孩子一岁零两个月", kind="ack", remember={"ageDays": days(360, 470)}),
      t("住海口市 要拍照吗", **ans_zh(topic="photo", says=["海口"], saysAny=["7", "七"],
                                   remember={"city": "haikou", "ageDays": days(360, 470)})),
      t("那贵阳呢", **ans_zh(topic="photo", says=["贵阳"], saysAny=["6", "六"]))),

    S("zh25-nearmiss-idcard", "近似离题：孩子身份证被拒；社保卡问题正常回答", "rich",
      t("孩子办身份证要啥材料", kind="decline"),
      t("那社保卡去哪办", **ans_zh(topic="apply-where")),
      t("给孩子开个银行储蓄卡呢", kind="decline")),

    S("zh25-nearmiss-car", "近似离题：车险被拒，不答成新生儿医保", "plain",
      t("帮我查下车险", kind="decline"),
      t("医保电子凭证怎么给孩子激活", **ans_zh(topic="activation", card="e-voucher")),
      t("宝宝办护照呢", kind="decline")),

    S("zh25-birthdate-1120-first", "问句里带出生日期：90天截止日", "plain",
      t("宝宝2026年11月20日生的 先办啥", **ans_zh(saysAny=D1120_ZH, remember={"ageDays": birth_range(2026, 11, 20)})),
      t("为什么", kind="why"),
      t("详细说明", kind="details")),

    S("zh25-newborn-details", "新生儿参保「原则上」90天，不说「上限」；详细说明", "rich",
      t("新生儿多久内要参保", **ans_zh(topic="newborn-insurance", says=["90"], saysNot=NOTAGS_ZH + ["第十六条", "上限"])),
      t("详细说明", kind="details"),
      t("出处", kind="sources")),

    S("zh25-pinyin-city-bundle", "拼音城市名 zhongshan；新生儿一件事条件", "plain",
      t("我在zhongshan", kind="ack", remember={"city": "zhongshan"}),
      t("新生儿出生一件事有什么条件", **ans_zh(saysAny=["广东", "一周岁", "婚姻", "户籍", "结婚"])),
      t("详细说明", kind="details")),

    S("zh25-followup-city-lanzhou", "中山→「那贵阳呢」→「兰州呢」（没有规则）", "rich",
      t("中山哪里给孩子办卡", **ans_zh(topic="apply-where", says=["中山"])),
      t("那贵阳呢", **ans_zh(topic="apply-where", says=["贵阳"])),
      t("兰州呢", **ans_zh(topic="apply-where", says=["兰州"], saysAny=NO_RULE_ZH))),

    S("zh25-handoff-mid-walk", "逐步指引中途要真人", "plain",
      t("一步步教我办", kind="step", step=1),
      t("下一步", kind="step", step=2),
      t("找真人", kind="handoff")),

    S("zh25-length-rich", "各主题首条回复不超过一屏（rich）", "rich",
      t("给儿子办卡要什么材料", **ans_zh(topic="documents")),
      t("社保卡怎么激活", **ans_zh(topic="activation")),
      t("去哪里办", **ans_zh(topic="apply-where")),
      t("奶奶能去吗", **ans_zh(topic="who-can-act"))),

    S("zh25-length-plain", "各主题首条回复不超过一屏（plain）", "plain",
      t("孩子卡丢了咋整", **ans_zh(topic="lost-card")),
      t("宝宝要照片吗", **ans_zh(topic="photo")),
      t("12393是什么", **ans_zh(topic="hotlines")),
      t("信息谁能看到", **ans_zh(topic="privacy"))),

    S("zh25-evoucher-no-id", "没有身份证号的新生儿：出生医学证明+母亲；为什么", "rich",
      t("宝宝还没身份证号 医保电子凭证能激活吗",
        **ans_zh(topic="activation", card="e-voucher", saysAny=["出生医学证明", "出生证", "母亲", "妈妈"])),
      t("为什么", kind="why"),
      t("几种卡有什么区别", **ans_zh(topic="card-kinds"))),

    S("zh25-henan-photo", "河南照片必采；为什么", "plain",
      t("住在河南 宝宝要拍照吗", **ans_zh(topic="photo", says=["河南"])),
      t("为什么", kind="why"),
      t("出处", kind="sources")),

    S("zh25-8banshui", "「闺女八岁半」；照片", "rich",
      t("闺女八岁半", kind="ack", remember={"ageDays": days(2900, 3300)}),
      t("要照片吗", **ans_zh(topic="photo", saysNot=NOTAGS_ZH + ["90天内"])),
      t("重新开始", anyKind=["menu", "ack"], remember={"ageDays": None})),

    S("zh25-age-correction", "年龄更正：四岁→六岁", "plain",
      t("儿子四岁", kind="ack", remember={"ageDays": years(4)}),
      t("说错了 六岁", anyKind=["ack"], remember={"ageDays": years(6)}),
      t("他能办社保卡吗", **ans_zh(topic="child-eligibility", saysNot=NOTAGS_ZH + ["90天内"]))),

    S("zh25-45tian-chengdu", "「出生四十五天」+成都；新生儿参保标明成都", "rich",
      t("宝宝出生四十五天 我们在成都市", anyKind=["ack", "answer"],
        remember={"ageDays": days(42, 50), "city": "chengdu"}),
      t("参保还来得及吗", **ans_zh(topic="newborn-insurance", says=["成都"], saysNot=NOTAGS_ZH + ["上限"])),
      t("为什么", kind="why")),

    S("zh25-xuan1-clarify", "「卡」→澄清；「选1」/「①」按选项读", "plain",
      t("卡", kind="clarify", choices=CARD_CHOICES),
      t("选1", kind="answer", maxChars=ZH_MAX),
      t("卡", kind="clarify", choices=CARD_CHOICES),
      t("②", kind="answer", maxChars=ZH_MAX)),
]


def check(scens, lang):
    ids = [s["id"] for s in scens]
    assert len(ids) == len(set(ids)), "duplicate id"
    for s in scens:
        for tu in s["turns"]:
            e = tu["expect"]
            for k in ("says", "saysNot", "saysAny", "choices"):
                if k in e:
                    assert isinstance(e[k], list), (s["id"], k)
            if "remember" in e:
                for k, v in e["remember"].items():
                    assert k in ("ageDays", "city", "card"), (s["id"], k)
                    if k == "ageDays" and v is not None:
                        assert v[0] <= v[1], (s["id"], v)
    assert len(scens) >= 40, (lang, len(scens))


def features(scens):
    c = Counter()
    c["scenarios"] = len(scens)
    c["turns"] = sum(len(s["turns"]) for s in scens)
    c.update("channel:" + s["channel"] for s in scens)
    for s in scens:
        kinds = set()
        for tu in s["turns"]:
            e = tu["expect"]
            if "kind" in e:
                kinds.add(e["kind"])
            for k in e.get("anyKind", []):
                kinds.add(k)
            r = e.get("remember", {})
            if r.get("ageDays"):
                kinds.add("remember-age")
            if r.get("city"):
                kinds.add("remember-city")
            if r.get("card"):
                kinds.add("remember-card")
            if "ageDays" in r and r["ageDays"] is None:
                kinds.add("forgotten-after-start-over")
            if "maxChars" in e:
                kinds.add("maxChars")
        c.update("has:" + k for k in kinds)
    return dict(sorted(c.items()))


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, scens in (("en", EN), ("zh", ZH)):
        check(scens, lang)
        path = os.path.join(OUT, f"{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(scens, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path)
        for k, v in features(scens).items():
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
