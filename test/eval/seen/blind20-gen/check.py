#!/usr/bin/env python3
"""Checks blind set 20: JSON parses, shapes, counts, list-typed says fields."""
import json, os, collections
H = os.path.dirname(os.path.abspath(__file__))
KINDS = {"answer", "details", "clarify", "ack", "decline", "step", "why", "sources", "handoff", "menu"}
TOPICS = {"documents", "activation", "process", "legal-basis", "card-kinds", "privacy", "newborn-insurance",
          "child-eligibility", "who-can-act", "photo", "apply-where", "lost-card", "hotlines", "not-covered", "off-topic"}
for lang in ("en", "zh"):
    q = json.load(open(os.path.join(H, "holdout20", f"questions.{lang}.json"), encoding="utf-8"))
    c = collections.Counter(r["topic"] for r in q)
    assert len(q) == 120 and set(c) <= TOPICS, c
    print(lang, "questions", len(q), dict(sorted(c.items())))
    sc = json.load(open(os.path.join(H, "scenarios20", f"{lang}.json"), encoding="utf-8"))
    assert len(sc) >= 40
    for s in sc:
        assert set(s) == {"id", "about", "channel", "turns"}, s["id"]
        assert s["channel"] in ("rich", "plain") and 3 <= len(s["turns"]) <= 6
        for t in s["turns"]:
            e = t["expect"]
            assert set(e) <= {"kind", "anyKind", "topic", "card", "step", "choices", "says", "saysAny", "saysNot",
                              "maxChars", "remember"}, e
            for k in ("says", "saysAny", "saysNot", "choices", "anyKind"):
                if k in e: assert isinstance(e[k], list) and e[k], (s["id"], k)
            if "kind" in e: assert e["kind"] in KINDS
            for k in e.get("anyKind", []): assert k in KINDS
            if "topic" in e: assert e["topic"] in TOPICS
            if "card" in e: assert e["card"] in ("physical", "electronic", "e-voucher")
            r = e.get("remember")
            if r:
                a = r.get("ageDays")
                if a is not None: assert a[0] < a[1]
    print(lang, "scenarios", len(sc), collections.Counter(s["channel"] for s in sc))
print("ok")
