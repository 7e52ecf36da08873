#!/usr/bin/env python3
"""Writes scenarios24/en.json and scenarios24/zh.json (blind set 24, issue #17).

Ages were worked out for a run on 2026-12-03; ranges are wide (see README).
Birth dates always carry a year so a date recognizer cannot place them in another year.
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MAX = {"en": 650, "zh": 350}

# ---- age ranges in days -------------------------------------------------
TWO_MONTHS = [50, 75]
THREE_WEEKS = [15, 28]
FIVE_WEEKS = [30, 40]
ONE_MONTH = [25, 45]          # 刚满月
FORTY_DAYS = [35, 45]
TEN_DAYS = [7, 14]
ONE_WEEK = [5, 10]
FIFTEEN_DAYS = [12, 18]
SIX_MONTHS = [170, 200]
ONE_YEAR = [360, 400]          # "just turned one"
ONE_YEAR_OLD = [360, 730]      # "1 yr old"
TWO_YEARS = [700, 1100]
THREE_YEARS = [1090, 1460]
THREE_AND_HALF = [1250, 1460]
FOUR_YEARS = [1460, 1830]
FIVE_YEARS = [1820, 2200]
SIX_YEARS = [2190, 2560]
SEVEN_YEARS = [2550, 2930]
EIGHT_YEARS = [2900, 3300]
NINE_YEARS = [3280, 3660]
TEN_YEARS = [3640, 4020]
TWELVE_YEARS = [4370, 4750]
# birth dates (wide ranges: the set may be run after 2026-12-03)
BORN_2026_10_20 = [30, 400]    # 44 days on 2026-12-03
BORN_2026_11_05 = [20, 400]    # 28 days on 2026-12-03
BORN_2026_11_01 = [20, 400]    # 32 days on 2026-12-03
BORN_2026_10_28 = [25, 400]    # 36 days on 2026-12-03
BORN_2020_03 = [2300, 2950]    # about 6 years 8 months on 2026-12-03
BORN_2019 = [2500, 3000]       # about 7 to 8 years (year only)

FORGET = {"ageDays": None, "city": None}
ANY_STOP = ["menu", "ack", "answer"]        # what "stop" / 停止 / "start over" may show
START_OVER_KINDS = ["menu", "ack", "answer"]
CLARIFY_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation", "card-kinds"]


class L:
    """Expectation builders for one language."""
    def __init__(self, lang):
        self.lang = lang

    def ans(self, topic=None, **kw):
        e = {"kind": "answer", "maxChars": MAX[self.lang]}
        if topic:
            e["topic"] = topic
        e.update(kw)
        return e

    def ack(self, **kw):
        e = {"kind": "ack"}
        e.update(kw)
        return e

    @staticmethod
    def k(kind, **kw):
        e = {"kind": kind}
        e.update(kw)
        return e

    @staticmethod
    def step(n):
        return {"kind": "step", "step": n}


def T(user, expect):
    return {"user": user, "expect": expect}


def S(lang, n, about, channel, turns):
    return {"id": f"b24-{lang}-{n:02d}", "about": about, "channel": channel, "turns": turns}


# ---- English -------------------------------------------------------------
e = L("en")
AGE2M_EN = ["2-month", "2 month", "two-month", "two month"]
EN = [
 ("age '2 months old' acknowledged, remembered, used for newborn advice; why; sources", "rich", [
   T("hi, my baby is 2 months old", e.ack(saysAny=AGE2M_EN, remember={"ageDays": TWO_MONTHS})),
   T("what should i do first", e.ans(says=["90"], saysAny=AGE2M_EN, remember={"ageDays": TWO_MONTHS})),
   T("why?", e.k("why")),
   T("sources?", e.k("sources")),
 ]),
 ("age 'she's 8' then documents: said back, no newborn-only advice; More details; grandparent", "plain", [
   T("she's 8", e.ack(saysAny=["8-year", "8 year", "eight", "8 yr"], remember={"ageDays": EIGHT_YEARS})),
   T("what papers do i need to bring for her card", e.ans("documents", saysAny=["8-year", "8 year", "eight", "8 yr"], saysNot=["within 90 days"], remember={"ageDays": EIGHT_YEARS})),
   T("More details", e.k("details")),
   T("can my mum take her instead of me", e.ans("who-can-act", remember={"ageDays": EIGHT_YEARS})),
 ]),
 ("birth date (written month name) -> 90-day end date; late enrolment; why", "rich", [
   T("my daughter was born on October 20, 2026", e.ack(remember={"ageDays": BORN_2026_10_20})),
   T("does she need medical insurance straight away", e.ans("newborn-insurance", saysAny=["2027", "90"], remember={"ageDays": BORN_2026_10_20})),
   T("and if we enrol her late what happens", e.ans("newborn-insurance", saysAny=["local", "back", "retro", "from the date", "from the day", "payment", "pay"])),
   T("why?", e.k("why")),
 ]),
 ("city with a rule (Haikou photo), follow-up for Guiyang, start over forgets", "plain", [
   T("we live in haikou", e.ack(saysAny=["Haikou"], remember={"city": "haikou"})),
   T("my son is 5 does he need a photo for the card", e.ans("photo", says=["Haikou"], saysAny=["under 7", "younger than 7", "7 years", "under seven", "aged 7", "age 7", "below 7"], remember={"city": "haikou", "ageDays": FIVE_YEARS})),
   T("what about guiyang?", e.ans("photo", says=["Guiyang"], saysAny=["6 and under", "6 or under", "6 and younger", "6 or younger", "up to 6", "aged 6", "6 years", "age 6", "six"], remember={"city": "guiyang"})),
   T("start over", {"anyKind": START_OVER_KINDS, "remember": FORGET}),
   T("does my kid need a photo for the social security card", e.ans("photo", saysNot=["5-year", "5 year old"], remember=FORGET)),
 ]),
 ("city the sources lack (Kunming): general answer + no rule for Kunming, ask HRSS/12333; kept; sources", "rich", [
   T("we're in Kunming", e.ack(saysAny=["Kunming"], remember={"city": "kunming"})),
   T("where do i apply for my sons card", e.ans("apply-where", says=["Kunming"], saysAny=["12333", "HRSS", "bureau", "human resources"], remember={"city": "kunming"})),
   T("ok and what do i bring", e.ans("documents", remember={"city": "kunming"})),
   T("sources?", e.k("sources")),
 ]),
 ("card follow-ups: physical -> 'and for the e-voucher?' -> electronic; why", "plain", [
   T("how do i activate my kids physical social security card", e.ans("activation", card="physical", remember={"card": "physical"})),
   T("and for the e-voucher?", e.ans("activation", card="e-voucher", saysAny=["family account", "亲情账户", "医保服务平台", "National Healthcare", "NHSA", "medical insurance service"], remember={"card": "e-voucher"})),
   T("and the electronic card?", e.ans("activation", card="electronic", saysAny=["亲情服务", "family service", "physical card", "your own"], remember={"card": "electronic"})),
   T("why?", e.k("why")),
 ]),
 ("phone activation: social security function online yes, bank function in person; details; 封存", "rich", [
   T("can i activate my daughters card on my phone", e.ans("activation", saysAny=["bank", "in person", "counter"])),
   T("More details", e.k("details")),
   T("the app says her card is 封存, what does that mean", e.ans("activation", saysAny=["not yet", "not been", "enable", "sealed", "启用"])),
 ]),
 ("walkthrough on plain: next, next, back, repeat, stop", "plain", [
   T("walk me through the steps please", e.step(1)),
   T("next", e.step(2)),
   T("next", e.step(3)),
   T("back", e.step(2)),
   T("repeat", e.step(2)),
   T("stop", {"anyKind": ANY_STOP}),
 ]),
 ("walkthrough on rich with typed commands: stop then continue resumes", "rich", [
   T("can u take me thru getting the card step by step", e.step(1)),
   T("next", e.step(2)),
   T("stop", {"anyKind": ANY_STOP}),
   T("continue", e.step(2)),
   T("next", e.step(3)),
 ]),
 ("walkthrough on plain typed in Chinese commands inside an English conversation (language switch)", "plain", [
   T("walk me through it", e.step(1)),
   T("下一步", e.step(2)),
   T("下一步", e.step(3)),
   T("上一步", e.step(2)),
 ]),
 ("handoff to a person after a documents answer; then hotlines", "plain", [
   T("what do i need to bring for my 3 yr olds card", e.ans("documents", remember={"ageDays": THREE_YEARS})),
   T("this is confusing, can i talk to a real person", e.k("handoff")),
   T("ok thanks. whats 12333", e.ans("hotlines", says=["12333"])),
 ]),
 ("off-topic question in the middle declined; remembered age survives", "rich", [
   T("my boy is 6 months", e.ack(saysAny=["6-month", "6 month", "six-month", "six month"], remember={"ageDays": SIX_MONTHS})),
   T("also what car insurance should i get", e.k("decline")),
   T("ok back to his card, does he need a photo", e.ans("photo", saysAny=["6-month", "6 month", "six-month", "six month"], remember={"ageDays": SIX_MONTHS})),
 ]),
 ("city + age in one statement (Guiyang, 4), then a Chinese question: answer switches language", "plain", [
   T("we're in guiyang and my son is 4", e.ack(remember={"city": "guiyang", "ageDays": FOUR_YEARS})),
   T("do i need his photo", e.ans("photo", says=["Guiyang"], remember={"city": "guiyang"})),
   T("那要带什么材料", {"kind": "answer", "topic": "documents", "maxChars": MAX["zh"], "saysAny": ["户口", "身份证", "监护"], "remember": {"city": "guiyang"}}),
 ]),
 ("one-word 'card' -> clarifying question; the choice answers; why", "rich", [
   T("card", e.k("clarify", choices=CLARIFY_CHOICES + ["documents"])),
   T("the physical card", e.ans(card="physical")),
   T("why?", e.k("why")),
 ]),
 ("one-word 'activate' on plain -> clarify; typed '1' answers; follow-up e-voucher", "plain", [
   T("activate", e.k("clarify", choices=CLARIFY_CHOICES)),
   T("1", e.ans("activation")),
   T("and for the e-voucher?", e.ans("activation", card="e-voucher", remember={"card": "e-voucher"})),
 ]),
 ("grandparent: yes/no answer, then city statement (Guiyang: authorisation), then follow-up; sources", "rich", [
   T("can my mum (the kids grandma) apply for the card for us", e.ans("who-can-act", saysAny=["authoris", "authoriz", "guardian"])),
   T("we are in guiyang", {"anyKind": ["ack", "answer"], "remember": {"city": "guiyang"}}),
   T("so can she?", e.ans("who-can-act", says=["Guiyang"], saysAny=["authoris", "authoriz", "letter", "委托"])),
   T("sources?", e.k("sources")),
 ]),
 ("must the child come along (Linxiang official notice); details; where", "plain", [
   T("does my 4yo have to come with me to the bank when we make the card", e.ans("who-can-act", saysAny=["Linxiang", "minor", "with the guardian", "come", "child"], remember={"ageDays": FOUR_YEARS})),
   T("More details", e.k("details")),
   T("where exactly do we go", e.ans("apply-where", saysAny=["bank", "HRSS", "online", "window"])),
 ]),
 ("newborn order of things (3 weeks); details; e-voucher usable 180 days", "rich", [
   T("baby is 3 weeks old, in what order do i get all these cards", e.ans(saysAny=["insurance", "enrol", "enroll"], remember={"ageDays": THREE_WEEKS})),
   T("More details", e.k("details")),
   T("how long can she use the medical insurance code before her card comes", e.ans(saysAny=["180"])),
 ]),
 ("lost card; city Yongkang statement; who reports for a 9-year-old; e-card after loss", "plain", [
   T("my son lost his social security card what now", e.ans("lost-card", saysAny=["report", "12333", "loss", "lost"])),
   T("we live in yongkang", {"anyKind": ["ack", "answer"], "remember": {"city": "yongkang"}}),
   T("who has to do the report, he's 9", e.ans(saysAny=["guardian", "parent"], remember={"ageDays": NINE_YEARS, "city": "yongkang"})),
   T("does his electronic card still work", e.ans(card="electronic")),
 ]),
 ("hotlines: 12393 then 12333 as a follow-up; why", "rich", [
   T("whats the number for medical insurance questions", e.ans("hotlines", says=["12393"])),
   T("and the one for social security?", e.ans("hotlines", says=["12333"])),
   T("why?", e.k("why")),
 ]),
 ("legal basis (Article 16, local rules); sources; privacy (Article 15)", "plain", [
   T("why are the rules diffrent in every city", e.ans("legal-basis", saysAny=["Article 16", "local", "each city", "every city"])),
   T("sources?", e.k("sources")),
   T("who gets to see my kids data on the card", e.ans("privacy", saysAny=["Article 15", "privacy", "protect"])),
 ]),
 ("age correction: 2 months -> 2 years; no newborn-only advice afterwards", "rich", [
   T("my daughter is 2 months", e.ack(remember={"ageDays": TWO_MONTHS})),
   T("sorry i meant 2 years", e.ack(remember={"ageDays": TWO_YEARS})),
   T("what do i do first for her card", e.ans(saysNot=["within 90 days"], saysAny=["2-year", "2 year", "two-year", "two year"], remember={"ageDays": TWO_YEARS})),
 ]),
 ("city correction: Haikou -> Guangzhou; documents use Guangzhou", "plain", [
   T("we are in haikou", e.ack(remember={"city": "haikou"})),
   T("no wait we moved, its guangzhou now", e.ack(saysAny=["Guangzhou"], remember={"city": "guangzhou"})),
   T("what docs do i need for my 1 yr old", e.ans("documents", says=["Guangzhou"], remember={"city": "guangzhou", "ageDays": ONE_YEAR_OLD})),
 ]),
 ("pinyin city with 'shi' (Zhongshan) + '40 days old' in one message; documents; details", "rich", [
   T("zhongshan shi, baby is 40 days old. can we use the newborn one-stop service", e.ans(says=["Zhongshan"], remember={"city": "zhongshan", "ageDays": FORTY_DAYS})),
   T("what do we bring for her social security card then", e.ans("documents", says=["Zhongshan"], saysAny=["birth", "household", "hukou", "户口"])),
   T("More details", e.k("details")),
 ]),
 ("Chinese city name inside an English question (海口) -> photo size; details; sources", "plain", [
   T("we live in 海口, what size does the kids photo have to be", e.ans("photo", saysAny=["358", "441"], remember={"city": "haikou"})),
   T("More details", e.k("details")),
   T("sources?", e.k("sources")),
 ]),
 ("e-voucher for a newborn without an ID number; Alipay; why", "rich", [
   T("newborn has no id number yet, can i still get her the medical insurance e-voucher", e.ans(card="e-voucher", saysAny=["birth", "mother"])),
   T("can i do it in alipay", e.ans(card="e-voucher", saysAny=["Alipay"])),
   T("why?", e.k("why")),
 ]),
 ("apply-where with a city the sources lack (Nanjing), follow-up city, start over forgets", "plain", [
   T("where do i apply for my kids ss card, we're in Nanjing", e.ans("apply-where", says=["Nanjing"], saysAny=["12333", "HRSS", "bureau", "human resources"], remember={"city": "nanjing"})),
   T("what about chengdu?", e.ans("apply-where", says=["Chengdu"], remember={"city": "chengdu"})),
   T("start over", {"anyKind": START_OVER_KINDS, "remember": FORGET}),
   T("where do i apply for my kids card", e.ans("apply-where", saysNot=["Nanjing"], remember=FORGET)),
 ]),
 ("one-word 'activation' on rich -> clarify; answer 'the electronic one'", "rich", [
   T("activation", e.k("clarify", choices=CLARIFY_CHOICES)),
   T("the electronic one", e.ans(card="electronic", remember={"card": "electronic"})),
   T("More details", e.k("details")),
 ]),
 ("eligibility of a newborn; then age statement '10 days old'; then what first", "rich", [
   T("can a newborn even get a social security card", e.ans("child-eligibility")),
   T("she's 10 days old btw", e.ack(remember={"ageDays": TEN_DAYS})),
   T("ok so what first", e.ans(says=["90"], remember={"ageDays": TEN_DAYS})),
 ]),
 ("near-miss off-topic (passport) declined, then on-topic documents, then handoff", "plain", [
   T("how do i get a passport for my 5 yr old", e.k("decline")),
   T("ok what about his social security card, what documents", e.ans("documents")),
   T("human please", e.k("handoff")),
 ]),
 ("a question during the walkthrough, then continue resumes the step", "rich", [
   T("guide me step by step", e.step(1)),
   T("next", e.step(2)),
   T("does the kid need a photo", e.ans("photo")),
   T("continue", e.step(2)),
   T("next", e.step(3)),
 ]),
 ("city the sources lack (Harbin) + age 7 in one question; details; why", "plain", [
   T("my son is 7, we live in Harbin. what documents", e.ans("documents", says=["Harbin"], remember={"ageDays": SEVEN_YEARS})),
   T("More details", e.k("details")),
   T("why?", e.k("why")),
 ]),
 ("first-reply length: documents, activation, newborn insurance, card kinds", "rich", [
   T("what to bring to get my daughters card", e.ans("documents")),
   T("how do i activate it", e.ans("activation")),
   T("newborn insurance, how long do i have", e.ans("newborn-insurance")),
   T("whats the difference between the e-card and the e-voucher", e.ans("card-kinds")),
 ]),
 ("first-reply length: process, apply-where, lost card, privacy, hotlines", "plain", [
   T("whats the order of things to get my son a card", e.ans("process")),
   T("where do we apply", e.ans("apply-where")),
   T("what if the card gets lost", e.ans("lost-card")),
   T("who can see his info", e.ans("privacy")),
   T("is there a number to call", e.ans("hotlines")),
 ]),
 ("one-word 'card' on plain -> clarify; '2' answers; More details", "plain", [
   T("card", e.k("clarify", choices=CLARIFY_CHOICES + ["documents"])),
   T("2", e.ans()),
   T("More details", e.k("details")),
 ]),
 ("ISO birth date statement -> newborn advice with date; start over forgets; general answer", "plain", [
   T("DOB 2026-11-05", e.ack(remember={"ageDays": BORN_2026_11_05})),
   T("what should we do first", e.ans(saysAny=["90", "2027"], remember={"ageDays": BORN_2026_11_05})),
   T("start over", {"anyKind": START_OVER_KINDS, "remember": FORGET}),
   T("what should we do first for our babys card", e.ans(saysNot=["2027"], remember=FORGET)),
 ]),
 ("'he just turned one' -> later enrolment (local rules, no back-dated cover); why", "rich", [
   T("he just turned one", e.ack(remember={"ageDays": ONE_YEAR})),
   T("is it too late to get him medical insurance", e.ans("newborn-insurance", saysAny=["local", "later", "back", "retro", "from the date", "from the day", "payment"], remember={"ageDays": ONE_YEAR})),
   T("why?", e.k("why")),
 ]),
 ("twins 5 weeks: newborn enrolment; sources; e-voucher follow-up", "plain", [
   T("twins, 5 weeks old. how do i enroll them in medical insurance", e.ans("newborn-insurance", saysAny=["90"], remember={"ageDays": FIVE_WEEKS})),
   T("sources?", e.k("sources")),
   T("and the e-voucher for them?", e.ans(card="e-voucher", remember={"card": "e-voucher"})),
 ]),
 ("Cixi: electronic card for a 6-year-old via family service; details; sources", "rich", [
   T("Im in Cixi", e.ack(remember={"city": "cixi"})),
   T("how do i get the electronic card for my 6 year old", e.ans(card="electronic", saysAny=["Cixi", "亲情服务", "family service"], remember={"city": "cixi", "ageDays": SIX_YEARS, "card": "electronic"})),
   T("More details", e.k("details")),
   T("sources?", e.k("sources")),
 ]),
 ("Wuhan: both parents can bind the child (e-voucher family account); why; physical card follow-up", "plain", [
   T("wuhan here. can both me and my husband add our son to the family account", e.ans(card="e-voucher", says=["Wuhan"], remember={"city": "wuhan"})),
   T("why?", e.k("why")),
   T("and for the physical card?", e.ans(card="physical", remember={"card": "physical"})),
 ]),
 ("near-miss off-topic (kid's bank account) declined, then the card's bank function; grandpa", "rich", [
   T("how do i open a bank account for my kid", e.k("decline")),
   T("i mean the bank function on his social security card, how to activate it", e.ans("activation", card="physical", saysAny=["bank", "counter"])),
   T("can grandpa do that part", e.ans("who-can-act")),
 ]),
 ("birth month/year statement (March 2020): no newborn advice; photo; handoff", "rich", [
   T("she was born in march 2020", e.ack(remember={"ageDays": BORN_2020_03})),
   T("does she need a photo for the card", e.ans("photo", saysNot=["within 90 days"], remember={"ageDays": BORN_2020_03})),
   T("can i speak to someone", e.k("handoff")),
 ]),
 ("age 'my son is 10' then 'what do i do first': never newborn-only advice", "plain", [
   T("my son is 10", e.ack(saysAny=["10-year", "10 year", "ten"], remember={"ageDays": TEN_YEARS})),
   T("what do i need to do first to get him a card", e.ans(saysNot=["within 90 days"], saysAny=["10-year", "10 year", "ten"], remember={"ageDays": TEN_YEARS})),
   T("who has to go", e.ans("who-can-act", remember={"ageDays": TEN_YEARS})),
   T("sources?", e.k("sources")),
 ]),
 ("Qingyuan card made long ago and not activated; why; handoff", "plain", [
   T("qingyuan. kids card was made 8 months ago and we never activated it", e.ans("activation", says=["Qingyuan"], remember={"city": "qingyuan"})),
   T("why?", e.k("why")),
   T("i want to talk to a human", e.k("handoff")),
 ]),
 ("'12 yrs old' documents; child acting alone; More details", "rich", [
   T("my daughter is 12 yrs old, what does she need to bring for the card", e.ans("documents", saysNot=["within 90 days"], remember={"ageDays": TWELVE_YEARS})),
   T("can she go by herself", e.ans("who-can-act", saysAny=["guardian", "16", "parent"])),
   T("More details", e.k("details")),
 ]),
 ("birth date (28 Oct 2026) then Chinese follow-up question; age kept across languages", "plain", [
   T("our son was born 28 oct 2026", e.ack(remember={"ageDays": BORN_2026_10_28})),
   T("那先办什么", {"kind": "answer", "maxChars": MAX["zh"], "saysAny": ["90", "2027"], "remember": {"ageDays": BORN_2026_10_28}}),
   T("why?", e.k("why")),
 ]),
]

# ---- Chinese -------------------------------------------------------------
z = L("zh")
AGE2M_ZH = ["两个月", "2个月", "二个月"]
ZH = [
 ("「两个月大」确认并记住；先办什么用上年龄；为什么；出处", "rich", [
   T("宝宝两个月大", z.ack(saysAny=AGE2M_ZH, remember={"ageDays": TWO_MONTHS})),
   T("现在该先弄啥", z.ans(says=["90"], saysAny=["医保", "参保"], remember={"ageDays": TWO_MONTHS})),
   T("为什么", z.k("why")),
   T("出处", z.k("sources")),
 ]),
 ("「刚满月」；医保怎么办；详细说明；那医保电子凭证呢", "plain", [
   T("娃刚满月", z.ack(remember={"ageDays": ONE_MONTH})),
   T("医保怎么给他办", z.ans("newborn-insurance", saysAny=["90"], remember={"ageDays": ONE_MONTH})),
   T("详细说明", z.k("details")),
   T("那医保电子凭证呢", z.ans(card="e-voucher", remember={"card": "e-voucher"})),
 ]),
 ("「出生40天」+海口；照片；那贵阳呢；重新开始后忘记", "rich", [
   T("孩子出生40天了 在海口", z.ack(remember={"ageDays": FORTY_DAYS, "city": "haikou"})),
   T("要不要拍照片", z.ans("photo", says=["海口"], saysAny=["7周岁", "7岁", "七岁", "七周岁"], remember={"city": "haikou"})),
   T("那贵阳呢", z.ans("photo", says=["贵阳"], saysAny=["6岁", "六岁", "6周岁", "六周岁"], remember={"city": "guiyang"})),
   T("重新开始", {"anyKind": START_OVER_KINDS, "remember": FORGET}),
   T("孩子办卡要照片吗", z.ans("photo", saysNot=["40天"], remember=FORGET)),
 ]),
 ("出生日期（2026年11月1日）→ 90天截止日期；晚了怎么办；出处", "plain", [
   T("宝宝是2026年11月1日出生的", z.ack(remember={"ageDays": BORN_2026_11_01})),
   T("医保最晚啥时候要办", z.ans("newborn-insurance", saysAny=["2027", "90"], remember={"ageDays": BORN_2026_11_01})),
   T("要是晚了会咋样", z.ans("newborn-insurance", saysAny=["追溯", "当地", "缴费", "统筹"])),
   T("出处", z.k("sources")),
 ]),
 ("「八岁」；材料说回年龄，不给新生儿建议；详细说明；为什么", "rich", [
   T("我闺女八岁了", z.ack(saysAny=["8岁", "八岁"], remember={"ageDays": EIGHT_YEARS})),
   T("办社保卡带什么", z.ans("documents", saysAny=["8岁", "八岁"], saysNot=["90天内"], remember={"ageDays": EIGHT_YEARS})),
   T("详细说明", z.k("details")),
   T("为什么", z.k("why")),
 ]),
 ("没有规则的城市（昆明）：通用答案 + 问当地人社/12333；那广州呢；出处", "plain", [
   T("我们在昆明", z.ack(saysAny=["昆明"], remember={"city": "kunming"})),
   T("孩子社保卡去哪儿办", z.ans("apply-where", says=["昆明"], saysAny=["12333", "人社"], remember={"city": "kunming"})),
   T("那广州呢", z.ans("apply-where", says=["广州"], remember={"city": "guangzhou"})),
   T("出处", z.k("sources")),
 ]),
 ("单字「卡」→ 澄清；选实体社保卡；那电子社保卡呢", "rich", [
   T("卡", z.k("clarify", choices=CLARIFY_CHOICES + ["documents"])),
   T("实体社保卡", z.ans(card="physical", remember={"card": "physical"})),
   T("那电子社保卡呢", z.ans(card="electronic", remember={"card": "electronic"})),
 ]),
 ("单字「卡」在微信 → 澄清；输入 1；详细说明", "plain", [
   T("卡", z.k("clarify", choices=CLARIFY_CHOICES + ["documents"])),
   T("1", z.ans()),
   T("详细说明", z.k("details")),
 ]),
 ("单字「激活」→ 澄清；「第二个」；为什么", "plain", [
   T("激活", z.k("clarify", choices=CLARIFY_CHOICES)),
   T("第二个", z.ans()),
   T("为什么", z.k("why")),
 ]),
 ("微信逐步办理：下一步在第2步不回到第1步；上一步", "plain", [
   T("一步一步带我办吧", z.step(1)),
   T("下一步", z.step(2)),
   T("下一步", z.step(3)),
   T("上一步", z.step(2)),
   T("下一步", z.step(3)),
 ]),
 ("微信逐步办理：重复、停止、继续、上一步", "plain", [
   T("能不能带我一步步走一遍流程", z.step(1)),
   T("下一步", z.step(2)),
   T("重复", z.step(2)),
   T("停止", {"anyKind": ANY_STOP}),
   T("继续", z.step(2)),
   T("上一步", z.step(1)),
 ]),
 ("网页逐步办理：输入下一步/上一步", "rich", [
   T("教我一步一步办", z.step(1)),
   T("下一步", z.step(2)),
   T("下一步", z.step(3)),
   T("上一步", z.step(2)),
 ]),
 ("「第一步是什么」不是选项1；转人工", "plain", [
   T("孩子社保卡怎么激活", z.ans("activation")),
   T("第一步是什么", {"anyKind": ["answer", "step"]}),
   T("转人工", z.k("handoff")),
 ]),
 ("三岁材料；找人工；12333", "rich", [
   T("给三岁孩子办社保卡要什么材料", z.ans("documents", remember={"ageDays": THREE_YEARS})),
   T("太复杂了 我要找人工", z.k("handoff")),
   T("12333是什么电话", z.ans("hotlines", says=["12333"])),
 ]),
 ("中途问车险被婉拒；「半岁」仍记住", "plain", [
   T("儿子半岁", z.ack(remember={"ageDays": SIX_MONTHS})),
   T("顺便问下车险怎么买", z.k("decline")),
   T("那他办卡要照片吗", z.ans("photo", remember={"ageDays": SIX_MONTHS})),
 ]),
 ("贵阳+四岁；照片；改用英文提问，城市仍记住", "rich", [
   T("我们在贵阳 孩子四岁", z.ack(remember={"city": "guiyang", "ageDays": FOUR_YEARS})),
   T("需要照片吗", z.ans("photo", says=["贵阳"], remember={"city": "guiyang"})),
   T("what documents do i need", {"kind": "answer", "topic": "documents", "maxChars": MAX["en"], "saysAny": ["Guiyang", "贵阳"], "remember": {"city": "guiyang"}}),
 ]),
 ("爷爷能不能办；说明贵阳；那到底行不行（授权委托）；为什么", "plain", [
   T("爷爷能替孙子办卡吗", z.ans("who-can-act", saysAny=["委托", "授权", "监护人"])),
   T("我们是贵阳的", {"anyKind": ["ack", "answer"], "remember": {"city": "guiyang"}}),
   T("那到底行不行", z.ans("who-can-act", says=["贵阳"], saysAny=["委托", "授权"])),
   T("为什么", z.k("why")),
 ]),
 ("孩子本人要不要去（临湘官方）；详细说明；出处", "rich", [
   T("办卡孩子本人要去吗", z.ans("who-can-act", saysAny=["临湘", "一起", "监护人"])),
   T("详细说明", z.k("details")),
   T("出处", z.k("sources", saysAny=["gov.cn", "临湘", "http"])),
 ]),
 ("新生儿（出生十五天）各种卡的顺序；详细说明；医保码能用多久（180天）", "plain", [
   T("宝宝出生十五天 这些卡按什么顺序办", z.ans(saysAny=["医保", "参保"], remember={"ageDays": FIFTEEN_DAYS})),
   T("详细说明", z.k("details")),
   T("医保码出生后能用多久", z.ans(saysAny=["180"])),
 ]),
 ("丢卡；永康；九岁谁去挂失；电子社保卡还能用吗", "rich", [
   T("孩子社保卡丢了", z.ans("lost-card", saysAny=["挂失", "12333"])),
   T("我们在永康", {"anyKind": ["ack", "answer"], "remember": {"city": "yongkang"}}),
   T("谁去挂失 孩子九岁", z.ans(saysAny=["监护人", "户口", "家长"], remember={"ageDays": NINE_YEARS, "city": "yongkang"})),
   T("电子社保卡还能用吗", z.ans(card="electronic")),
 ]),
 ("热线：12393；那社保卡的呢 12333；出处", "plain", [
   T("医保问题打哪个电话", z.ans("hotlines", says=["12393"])),
   T("那社保卡的问题打哪个", z.ans("hotlines", says=["12333"])),
   T("出处", z.k("sources")),
 ]),
 ("法律依据（第十六条）；为什么；隐私", "rich", [
   T("为啥各地办卡规定不一样", z.ans("legal-basis", saysAny=["第十六条", "16", "当地", "各地"])),
   T("为什么", z.k("why")),
   T("孩子的信息安全吗", z.ans("privacy")),
 ]),
 ("年龄更正：两个月 → 两岁；之后不给新生儿建议", "plain", [
   T("孩子两个月", z.ack(remember={"ageDays": TWO_MONTHS})),
   T("说错了 是两岁", z.ack(remember={"ageDays": TWO_YEARS})),
   T("先办什么", z.ans(saysNot=["90天内"], saysAny=["2岁", "两岁"], remember={"ageDays": TWO_YEARS})),
 ]),
 ("城市更正：海口市 → 广州；材料按广州", "rich", [
   T("我们在海口市", z.ack(remember={"city": "haikou"})),
   T("不对 是广州", z.ack(saysAny=["广州"], remember={"city": "guangzhou"})),
   T("一岁宝宝办卡要啥材料", z.ans("documents", says=["广州"], remember={"city": "guangzhou", "ageDays": ONE_YEAR_OLD})),
 ]),
 ("拼音城市（zhongshan）+出生一周；出生一件事；材料", "plain", [
   T("我在zhongshan 宝宝刚出生一周", z.ack(remember={"city": "zhongshan", "ageDays": ONE_WEEK})),
   T("出生一件事怎么办", z.ans(says=["中山"])),
   T("办社保卡要带啥", z.ans("documents", says=["中山"])),
 ]),
 ("新生儿没身份证号：医保电子凭证；支付宝；为什么", "rich", [
   T("新生儿还没身份证号 医保电子凭证能激活吗", z.ans(card="e-voucher", saysAny=["出生医学证明", "出生证", "母亲", "妈妈"])),
   T("支付宝能弄吗", z.ans(card="e-voucher", saysAny=["支付宝"])),
   T("为什么", z.k("why")),
 ]),
 ("南京（无规则）→ 那成都呢 → 重新开始忘记城市", "plain", [
   T("南京的 孩子社保卡在哪办", z.ans("apply-where", says=["南京"], saysAny=["12333", "人社"], remember={"city": "nanjing"})),
   T("那成都呢", z.ans("apply-where", says=["成都"], remember={"city": "chengdu"})),
   T("重新开始", {"anyKind": START_OVER_KINDS, "remember": FORGET}),
   T("孩子社保卡在哪办", z.ans("apply-where", saysNot=["南京"], remember=FORGET)),
 ]),
 ("慈溪：给6岁儿子办电子社保卡（亲情服务）；详细说明；出处", "rich", [
   T("我在慈溪", z.ack(remember={"city": "cixi"})),
   T("怎么给6岁儿子弄电子社保卡", z.ans(card="electronic", saysAny=["亲情服务", "慈溪"], remember={"city": "cixi", "ageDays": SIX_YEARS, "card": "electronic"})),
   T("详细说明", z.k("details")),
   T("出处", z.k("sources")),
 ]),
 ("武汉：父母都能绑定孩子（医保亲情账户）；为什么；那实体卡呢", "plain", [
   T("武汉的 我和老公都能把儿子加到医保亲情账户吗", z.ans(card="e-voucher", says=["武汉"], remember={"city": "wuhan"})),
   T("为什么", z.k("why")),
   T("那实体卡呢", z.ans(card="physical", remember={"card": "physical"})),
 ]),
 ("手机上激活：社保功能可线上，金融功能到银行；详细说明；那医保电子凭证呢", "rich", [
   T("在手机上能给孩子激活社保卡吗", z.ans("activation", saysAny=["银行", "柜台", "网点"])),
   T("详细说明", z.k("details")),
   T("那医保电子凭证呢", z.ans(card="e-voucher", remember={"card": "e-voucher"})),
 ]),
 ("新生儿能否办卡；「她出生十天」；那先办啥", "plain", [
   T("刚生的宝宝能办社保卡吗", z.ans("child-eligibility")),
   T("她出生十天", z.ack(remember={"ageDays": TEN_DAYS})),
   T("那先办啥", z.ans(says=["90"], remember={"ageDays": TEN_DAYS})),
 ]),
 ("近似离题（护照）婉拒；社保卡材料；人工客服", "plain", [
   T("孩子护照怎么办", z.k("decline")),
   T("那社保卡要带什么", z.ans("documents")),
   T("人工客服", z.k("handoff")),
 ]),
 ("首条回复长度：材料、激活、新生儿医保、卡的区别", "rich", [
   T("办卡材料", z.ans("documents")),
   T("怎么激活", z.ans("activation")),
   T("新生儿医保多久内办", z.ans("newborn-insurance")),
   T("电子社保卡和医保码啥区别", z.ans("card-kinds")),
 ]),
 ("首条回复长度：流程、地点、挂失、隐私、热线", "plain", [
   T("给孩子办卡流程是啥", z.ans("process")),
   T("去哪办", z.ans("apply-where")),
   T("卡丢了咋整", z.ans("lost-card")),
   T("孩子信息谁能看", z.ans("privacy")),
   T("有电话能问吗", z.ans("hotlines")),
 ]),
 ("「2019年生的」；照片；重新开始后忘记年龄", "plain", [
   T("娃是2019年生的", z.ack(remember={"ageDays": BORN_2019})),
   T("要照片吗", z.ans("photo", saysNot=["90天内"], remember={"ageDays": BORN_2019})),
   T("重新开始", {"anyKind": START_OVER_KINDS, "remember": FORGET}),
   T("办卡要照片吗", z.ans("photo", remember=FORGET)),
 ]),
 ("「刚满一岁」→ 晚参保：当地规定、不追溯；为什么", "rich", [
   T("孩子刚满一岁", z.ack(remember={"ageDays": ONE_YEAR})),
   T("现在参保还来得及吗", z.ans("newborn-insurance", saysAny=["当地", "追溯", "缴费之日", "统筹", "缴费"], remember={"ageDays": ONE_YEAR})),
   T("为什么", z.k("why")),
 ]),
 ("双胞胎五周大参保；出处；医保电子凭证呢", "plain", [
   T("双胞胎五周大 怎么给他们办医保", z.ans("newborn-insurance", saysAny=["90"], remember={"ageDays": FIVE_WEEKS})),
   T("出处", z.k("sources")),
   T("医保电子凭证呢", z.ans(card="e-voucher", remember={"card": "e-voucher"})),
 ]),
 ("近似离题（孩子银行卡）婉拒；社保卡金融功能；外公能办吗", "rich", [
   T("想给孩子办张银行卡存压岁钱", z.k("decline")),
   T("我是说社保卡的金融功能怎么激活", z.ans("activation", card="physical", saysAny=["银行"])),
   T("外公能去办吗", z.ans("who-can-act")),
 ]),
 ("英文命令 next/back 与中文下一步混用（微信）", "plain", [
   T("带我一步步办", z.step(1)),
   T("next", z.step(2)),
   T("back", z.step(1)),
   T("下一步", z.step(2)),
 ]),
 ("海口三岁半材料（承诺书）；详细说明；那常德呢", "rich", [
   T("海口 孩子三岁半 办社保卡要什么材料", z.ans("documents", says=["海口"], remember={"city": "haikou", "ageDays": THREE_AND_HALF})),
   T("详细说明", z.k("details")),
   T("那常德呢", z.ans("documents", says=["常德"], remember={"city": "changde"})),
 ]),
 ("「卡」→ 澄清；输入 ① ；那医保电子凭证呢", "plain", [
   T("卡", z.k("clarify", choices=CLARIFY_CHOICES + ["documents"])),
   T("①", z.ans()),
   T("那医保电子凭证呢", z.ans(card="e-voucher")),
 ]),
 ("「激活」→ 澄清；输入「选2」；详细说明", "plain", [
   T("激活", z.k("clarify", choices=CLARIFY_CHOICES)),
   T("选2", z.ans()),
   T("详细说明", z.k("details")),
 ]),
 ("「十二岁」：不给新生儿建议；他自己能去办吗", "rich", [
   T("儿子十二岁", z.ack(saysAny=["12岁", "十二岁"], remember={"ageDays": TWELVE_YEARS})),
   T("该怎么开始给他办卡", z.ans(saysNot=["90天内"], saysAny=["12岁", "十二岁"], remember={"ageDays": TWELVE_YEARS})),
   T("他自己能去办吗", z.ans("who-can-act", saysAny=["监护人", "16", "家长"])),
 ]),
 ("清远：卡做好八个月没激活；为什么；转人工", "plain", [
   T("清远的 孩子的卡做好八个月了还没激活", z.ans("activation", says=["清远"], remember={"city": "qingyuan"})),
   T("为什么", z.k("why")),
   T("转人工", z.k("handoff")),
 ]),
 ("「七岁」+哈尔滨（无规则）材料；详细说明；出处", "rich", [
   T("孩子七岁 在哈尔滨 办卡要什么", z.ans("documents", says=["哈尔滨"], saysAny=["12333", "人社"], remember={"ageDays": SEVEN_YEARS})),
   T("详细说明", z.k("details")),
   T("出处", z.k("sources")),
 ]),
]


def build(lang, data):
    out = []
    for n, (about, channel, turns) in enumerate(data, 1):
        assert channel in ("rich", "plain")
        assert 3 <= len(turns) <= 6, (lang, n, len(turns))
        for t in turns:
            for key in ("says", "saysAny", "saysNot"):
                if key in t["expect"]:
                    assert isinstance(t["expect"][key], list)
        out.append(S(lang, n, about, channel, turns))
    return out


def features(scen):
    f = Counter()
    for s in scen:
        f["channel:" + s["channel"]] += 1
        seen = set()
        for t in s["turns"]:
            x = t["expect"]
            kinds = [x["kind"]] if "kind" in x else x.get("anyKind", [])
            for k in kinds:
                seen.add("kind:" + k)
            r = x.get("remember", {})
            if r.get("ageDays"):
                seen.add("remember:age")
            if r.get("city"):
                seen.add("remember:city")
            if r.get("card"):
                seen.add("remember:card")
            if "ageDays" in r and r["ageDays"] is None:
                seen.add("forgotten after start over")
            if "maxChars" in x:
                seen.add("maxChars")
            if "choices" in x:
                seen.add("clarify choices")
        for k in seen:
            f[k] += 1
    return f


if __name__ == "__main__":
    for lang, data in (("en", EN), ("zh", ZH)):
        scen = build(lang, data)
        path = os.path.join(HERE, "scenarios24", f"{lang}.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(scen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(path, len(scen), "scenarios,", sum(len(s["turns"]) for s in scen), "turns")
        for k, v in sorted(features(scen).items()):
            print(f"  {k}: {v}")
