#!/usr/bin/env python3
"""Write blind multi-turn scenarios, English (set 16, issue #17) -> scenarios16/en.json."""
from scen_common import S, T, born, years, write

MAX = 650  # first reply of an answer, English


def A(topic=None, **kw):
    """An answer turn's expectations: kind answer, topic if given, length limit."""
    e = {"kind": "answer", "maxChars": MAX}
    if topic:
        e["topic"] = topic
    e.update(kw)
    return e


SRC = ["http", "gov.cn"]
AGAIN = ["menu", "ack"]
CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "card-kinds",
                "activation", "apply-where"]
ACT_CHOICES = ["card:physical", "card:electronic", "card:e-voucher", "activation"]
LACK = ["12333", "HRSS", "bureau", "no rule", "don't have", "do not have"]

SCENARIOS = [
    S("en16-age-2months-first-step", "age stated (2 months), used in the next answer: enrol in medical insurance first; 90 days 'in principle'",
      "rich", ["age", "remember-used", "newborn-90", "maxChars"],
      T("my daughter is 2 months old", kind="ack", remember={"ageDays": [55, 70]}),
      T("ok what should i sort out first for her?",
        **A(says=["insurance"], saysAny=["2-month", "2 month", "two-month", "two month"],
            remember={"ageDays": [55, 70]})),
      T("when do the 90 days run out",
        **A("newborn-insurance", saysAny=["in principle", "principle", "usually", "generally"]))),

    S("en16-birthdate-newborn-startover", "newborn birth date given with a question; end of the 90 days (Feb 2027); start over forgets the age",
      "plain", ["age", "age-birthdate", "newborn-90", "start-over", "maxChars"],
      T("baby was born 2026-11-10, when do i need to do his medical insurance by",
        **A("newborn-insurance", saysAny=["2027"], remember={"ageDays": born(2026, 11, 10)})),
      T("start over", anyKind=AGAIN, remember={"ageDays": None}),
      T("what documents do i need for a kids card", **A("documents", remember={"ageDays": None}))),

    S("en16-age-eight-no-newborn", "8-year-old: later enrolment answer, never newborn-only advice; age echoed",
      "rich", ["age", "remember-used", "no-newborn-advice", "maxChars"],
      T("my girl is eight years old", kind="ack", remember={"ageDays": years(8)}),
      T("how do i get her into the medical insurance, she never had it",
        **A(saysNot=["within 90 days"], saysAny=["local", "city", "back-dated", "backdated",
                                                  "retroactive", "from the date"])),
      T("and what do i bring for her card",
        **A("documents", saysAny=["8-year", "8 year", "eight-year", "eight year", "age 8", "aged 8"],
            remember={"ageDays": years(8)}))),

    S("en16-age-weeks-photo", "age in weeks, then eligibility and photo for a baby",
      "plain", ["age", "remember-used", "maxChars"],
      T("we have a 6 week old", kind="ack", remember={"ageDays": [38, 49]}),
      T("can he get a social security card already", **A("child-eligibility")),
      T("does he need a photo", **A("photo", saysAny=["7", "6", "logo", "no photo", "without"]))),

    S("en16-haikou-photo-why-sources", "age + city in one statement; Haikou photo rule first; why; sources",
      "rich", ["age", "city-known", "remember-used", "why", "sources", "maxChars"],
      T("my boy's five, we're in Haikou", kind="ack",
        remember={"ageDays": years(5), "city": "haikou"}),
      T("does he need a photo on the card",
        **A("photo", says=["haikou"], saysAny=["7", "seven"])),
      T("why?", kind="why"),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-city-correction-guiyang", "city corrected from Haikou to Guiyang; Guiyang photo rule used",
      "plain", ["city-known", "city-correction", "remember-used", "age", "maxChars"],
      T("we're based in haikou", kind="ack", remember={"city": "haikou"}),
      T("sorry i meant guiyang not haikou", remember={"city": "guiyang"}),
      T("photo needed for a 6 year old?",
        **A("photo", says=["guiyang"], remember={"city": "guiyang", "ageDays": years(6)}))),

    S("en16-city-lacking-kunming", "city without a rule: general answer plus 'no rule for Kunming, ask HRSS/12333'; More details",
      "rich", ["city-lacking", "remember-used", "details", "maxChars"],
      T("we live in Kunming", kind="ack", remember={"city": "kunming"}),
      T("what documents do i need for my kids card",
        **A("documents", says=["kunming"], saysAny=LACK)),
      T("More details", kind="details")),

    S("en16-followup-cards", "activation, then follow-ups for the e-voucher and the electronic card",
      "rich", ["followup-card", "maxChars"],
      T("how do i activate my kid's social security card", **A("activation", card="physical")),
      T("and for the e-voucher?",
        **A(card="e-voucher", remember={"card": "e-voucher"},
            saysAny=["app", "family account", "alipay", "国家医保服务平台", "亲情账户"])),
      T("what about the electronic card then",
        **A(card="electronic", remember={"card": "electronic"},
            saysAny=["physical", "family service", "亲情服务"]))),

    S("en16-followup-cities", "documents in Zhongshan, follow-up for Guiyang, then for a city the KB lacks",
      "plain", ["city-known", "city-lacking", "followup-city", "maxChars"],
      T("in zhongshan what do i need for my babys card",
        **A("documents", says=["zhongshan"], remember={"city": "zhongshan"})),
      T("what about Guiyang?", **A("documents", says=["guiyang"], remember={"city": "guiyang"})),
      T("and hangzhou", **A("documents", says=["hangzhou"], saysAny=LACK,
                            remember={"city": "hangzhou"}))),

    S("en16-grandma-why-sources", "yes/no who-can-act (mother-in-law), then why and sources",
      "rich", ["yesno", "why", "sources", "maxChars"],
      T("can my mother in law apply for my son's card? we both work late",
        **A("who-can-act", saysAny=["authoris", "authoriz", "guardian"])),
      T("why?", kind="why", saysAny=["guardian", "local", "rule", "city"]),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-documents-details-plain", "documents answer is short; More details typed on a plain channel; sources",
      "plain", ["details", "sources", "maxChars"],
      T("what do i need to bring to get my childs card made",
        **A("documents", saysAny=["ID", "hukou", "household"])),
      T("More details", kind="details"),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-clarify-card-rich", "one-word 'card' asks which card; the reply picks the e-voucher",
      "rich", ["clarify"],
      T("card", kind="clarify", choices=CARD_CHOICES),
      T("medical insurance e-voucher", kind="answer", card="e-voucher"),
      T("why?", kind="why")),

    S("en16-clarify-activate-plain", "one-word 'activate' asks which card; typed 1 answers",
      "plain", ["clarify", "numbered-choice"],
      T("activate", kind="clarify", choices=ACT_CHOICES),
      T("1", kind="answer"),
      T("More details", kind="details")),

    S("en16-clarify-card-dot", "'card??' clarify; '2.' picks the second choice",
      "plain", ["clarify", "numbered-choice"],
      T("card??", kind="clarify", choices=CARD_CHOICES),
      T("2.", kind="answer"),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-walk-next-back-plain", "walkthrough with typed next/back/repeat at several steps (plain)",
      "plain", ["walkthrough"],
      T("can you walk me through getting my kid's card step by step", kind="step", step=1),
      T("next", kind="step", step=2),
      T("next", kind="step", step=3),
      T("back", kind="step", step=2),
      T("repeat", kind="step", step=2),
      T("back", kind="step", step=1)),

    S("en16-walk-stop-continue", "walkthrough: stop, then continue resumes",
      "plain", ["walkthrough"],
      T("walk me through the steps for my sons social security card pls", kind="step", step=1),
      T("next", kind="step", step=2),
      T("stop"),
      T("continue", kind="step")),

    S("en16-walk-question-inside", "a question in the middle of the walkthrough is answered; continue resumes",
      "plain", ["walkthrough", "maxChars"],
      T("guide me step by step through getting my daughter a card", kind="step", step=1),
      T("next", kind="step", step=2),
      T("what documents do i need", **A("documents")),
      T("continue", kind="step")),

    S("en16-walk-rich-typed", "typed next/back also work on a rich channel",
      "rich", ["walkthrough"],
      T("take me through it step by step", kind="step", step=1),
      T("next", kind="step", step=2),
      T("back", kind="step", step=1)),

    S("en16-handoff-plain", "apply-where answer, then asks for a person",
      "plain", ["handoff", "maxChars"],
      T("where can i apply for my daughters card", **A("apply-where")),
      T("this is confusing, can i talk to a real person", kind="handoff"),
      T("ok nevermind, does she need a photo", **A("photo"))),

    S("en16-offtopic-middle", "age stated, off-topic car insurance declined, age still used after",
      "rich", ["age", "offtopic-middle", "remember-used", "newborn-90", "maxChars"],
      T("my baby is 3 weeks old", kind="ack", remember={"ageDays": [18, 26]}),
      T("whats the cheapest car insurance", kind="decline"),
      T("ok so what do i do first for her",
        **A(says=["insurance"], saysAny=["3-week", "3 week", "three-week", "three week",
                                         "21 days", "21-day", "21 day"],
            remember={"ageDays": [18, 26]}))),

    S("en16-language-switch", "English statement, Chinese question answered in Chinese, age kept",
      "rich", ["age", "language-switch", "remember-used", "maxChars"],
      T("my son is 10 months old", kind="ack", remember={"ageDays": [290, 330]}),
      T("要带什么材料", kind="answer", topic="documents", maxChars=350,
        saysAny=["身份证", "户口"], remember={"ageDays": [290, 330]}),
      T("and the photo?", **A("photo"))),

    S("en16-phone-activation-yesno", "can it be done on a phone: social security function yes, bank function no",
      "plain", ["yesno", "maxChars"],
      T("can i activate my kids card on my phone", **A("activation", saysAny=["bank"])),
      T("why?", kind="why"),
      T("More details", kind="details")),

    S("en16-grandpa-yesno", "grandparent yes/no answer; follow-up for Guiyang",
      "rich", ["yesno", "followup-city", "city-known", "maxChars"],
      T("can grandpa do the card for our kid, we both travel for work",
        **A("who-can-act", saysAny=["authoris", "authoriz", "guardian"])),
      T("what about in Guiyang?", **A("who-can-act", says=["guiyang"],
                                      remember={"city": "guiyang"})),
      T("why?", kind="why")),

    S("en16-child-come-along", "must the child come: Linxiang's official notice (minors come with the guardian)",
      "plain", ["yesno", "maxChars"],
      T("does my daughter need to come along when we apply",
        **A("who-can-act", saysAny=["Linxiang", "come with", "come along", "with the guardian",
                                    "accompan"])),
      T("why?", kind="why"),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-newborn-ecard-needs-physical", "40-day-old and the electronic card: needs the physical card first",
      "rich", ["age", "remember-used", "maxChars"],
      T("baby is 40 days old, can we get the electronic social security card for him",
        **A(card="electronic", saysAny=["physical"], remember={"ageDays": [38, 42]})),
      T("what should come first then", **A(saysAny=["insurance", "enrol", "enroll"])),
      T("why?", kind="why")),

    S("en16-birthdate-older-startover", "older child's birth date; eligibility; start over clears age",
      "plain", ["age", "age-birthdate", "start-over", "maxChars"],
      T("he was born on 15 March 2019", kind="ack", remember={"ageDays": born(2019, 3, 15)}),
      T("can he get a card", **A("child-eligibility")),
      T("start over", anyKind=AGAIN, remember={"ageDays": None}),
      T("does he need a photo", **A("photo", remember={"ageDays": None}))),

    S("en16-chengdu-toddler-activation", "18-month-old in Chengdu; activation uses Chengdu's rule",
      "rich", ["age", "city-known", "remember-used", "maxChars"],
      T("we have an 18 month old, we're in chengdu", kind="ack",
        remember={"ageDays": [530, 575], "city": "chengdu"}),
      T("where do i activate her card", **A("activation", says=["chengdu"])),
      T("More details", kind="details")),

    S("en16-qingyuan-deadline", "Qingyuan card not activated; how long before it is sealed",
      "plain", ["city-known", "remember-used", "maxChars"],
      T("im in qingyuan, my sons card came but its not activated yet",
        anyKind=["answer", "ack"], remember={"city": "qingyuan"}),
      T("is there a deadline to activate it",
        **A("activation", saysAny=["six months", "6 months", "half a year", "sealed", "one year"])),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-changde-shi", "city with 'shi'; Changde activation documents",
      "rich", ["city-known", "age", "maxChars"],
      T("changde shi, what docs to activate my 3 yr olds card",
        kind="answer", maxChars=MAX, says=["changde"],
        remember={"city": "changde", "ageDays": years(3)}),
      T("why?", kind="why"),
      T("start over", anyKind=AGAIN, remember={"city": None, "ageDays": None})),

    S("en16-wuhan-evoucher", "Wuhan, e-voucher for a baby via the family account; remembered card",
      "plain", ["city-known", "followup-card", "maxChars"],
      T("Wuhan here. how do i set up the medical insurance code for my baby",
        **A(card="e-voucher", saysAny=["family account", "app", "亲情账户"],
            remember={"city": "wuhan"})),
      T("and the electronic social security card?",
        **A(card="electronic", remember={"card": "electronic", "city": "wuhan"})),
      T("why?", kind="why")),

    S("en16-lost-card-ecard", "7-year-old lost card; does the electronic card still work",
      "rich", ["age", "maxChars"],
      T("my 7yo lost his card what now",
        **A("lost-card", saysAny=["12333", "report"], remember={"ageDays": years(7)})),
      T("does the electronic one still work?",
        **A(saysAny=["cancel", "authoris", "authoriz", "stop", "not available"])),
      T("can i report it lost by phone", **A("lost-card", saysAny=["12333", "phone", "yes"]))),

    S("en16-hotlines-followup", "hotline for medical insurance, then for the social security card",
      "plain", ["maxChars"],
      T("whats the number for medical insurance questions", **A("hotlines", says=["12393"])),
      T("and for the social security card one?", **A(saysAny=["12333"])),
      T("do i need an area code", kind="answer")),

    S("en16-privacy-why", "privacy answer (Article 15), then why",
      "rich", ["why", "maxChars"],
      T("who gets to see my childs data if i apply",
        **A("privacy", saysAny=["article 15", "privacy", "protect"])),
      T("why?", kind="why"),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-legal-sources", "why rules differ by city (Article 16), sources",
      "plain", ["sources", "maxChars"],
      T("why does every city ask for different stuff",
        **A("legal-basis", saysAny=["article 16", "local"])),
      T("sources?", kind="sources", saysAny=SRC + ["xiaoshebao", "senbk"]),
      T("so who decides what i bring then", kind="answer")),

    S("en16-zhongshan-bundle", "Zhongshan newborn one-stop service and its conditions",
      "rich", ["city-known", "remember-used", "maxChars"],
      T("we're in Zhongshan with a newborn, is there some one stop thing",
        kind="answer", maxChars=MAX, remember={"city": "zhongshan"},
        saysAny=["one-stop", "one stop", "bundle", "一件事"]),
      T("do we qualify if only i have guangdong hukou, my wife is from hunan",
        kind="answer", saysAny=["both parents", "both", "guangdong"]),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-late-enrolment-5months", "5-month-old never insured: local rules, no back-dated cover",
      "plain", ["age", "remember-used", "maxChars"],
      T("my baby is 5 months, we never did the medical insurance, is it too late",
        **A("newborn-insurance", saysAny=["local", "back-dated", "backdated", "retroactive",
                                          "city", "from the date"],
            remember={"ageDays": [145, 165]})),
      T("why?", kind="why"),
      T("More details", kind="details")),

    S("en16-guiyang-shi-agent", "'Guiyang shi' statement; who can act with authorisation there",
      "rich", ["city-known", "remember-used", "maxChars"],
      T("we're in Guiyang shi", kind="ack", remember={"city": "guiyang"}),
      T("who can apply if we're both away", **A("who-can-act", says=["guiyang"])),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-startover-clears-city", "start over forgets the city",
      "plain", ["city-known", "start-over", "age", "maxChars"],
      T("we live in haikou", kind="ack", remember={"city": "haikou"}),
      T("start over", anyKind=AGAIN, remember={"city": None}),
      T("does my 4 yr old need a photo",
        **A("photo", remember={"city": None, "ageDays": years(4)}))),

    S("en16-clarify-activate-rich", "'activate' asks which card; the electronic card is picked by name",
      "rich", ["clarify", "followup-card", "maxChars"],
      T("activate", kind="clarify", choices=ACT_CHOICES),
      T("electronic social security card", kind="answer", card="electronic"),
      T("and the e-voucher?", **A(card="e-voucher"))),

    S("en16-apply-details-why", "where to apply for a newborn's card; More details; why",
      "rich", ["details", "why", "maxChars"],
      T("where do i apply for my newborns card", **A("apply-where")),
      T("More details", kind="details"),
      T("why?", kind="why")),

    S("en16-offtopic-passport-then-card", "off-topic near miss (passport) declined, then an on-topic question",
      "plain", ["offtopic-middle", "maxChars"],
      T("how do i get a passport for my 3 year old", kind="decline"),
      T("ok and her social security card, what do i bring", **A("documents")),
      T("can i do that online", kind="answer")),

    S("en16-first-step-not-option", "'whats the 1st step' after numbered options is not read as option 1",
      "plain", ["numbered-choice", "maxChars"],
      T("where do i activate my childs card", **A("activation")),
      T("whats the 1st step", anyKind=["answer", "step"]),
      T("sources?", kind="sources", saysAny=SRC)),

    S("en16-age-one-and-half-handoff", "age 'one and a half', documents with age echo, then handoff",
      "rich", ["age", "remember-used", "handoff", "maxChars"],
      T("my daughter is one and a half", kind="ack", remember={"ageDays": [530, 575]}),
      T("what do we need to bring for her card", **A("documents")),
      T("can i speak to someone please", kind="handoff", remember={"ageDays": [530, 575]})),

    S("en16-ten-year-old-first", "10-year-old: first steps are not newborn enrolment",
      "plain", ["age", "no-newborn-advice", "remember-used", "maxChars"],
      T("my son is ten", kind="ack", remember={"ageDays": years(10)}),
      T("where do we start, he has no card at all",
        **A(saysNot=["within 90 days"], remember={"ageDays": years(10)})),
      T("can he go by himself", **A("who-can-act", saysAny=["guardian", "16"]))),

    S("en16-city-with-question-lacking", "city the KB lacks named inside a photo question",
      "rich", ["city-lacking", "maxChars"],
      T("in nanjing does a 3 year old need a photo for the card",
        **A("photo", says=["nanjing"], saysAny=LACK,
            remember={"city": "nanjing", "ageDays": years(3)})),
      T("what about haikou", **A("photo", says=["haikou"], remember={"city": "haikou"})),
      T("why?", kind="why")),
]

if __name__ == "__main__":
    write("en", SCENARIOS)
