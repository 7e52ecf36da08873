"""Shared helpers for the blind scenario scripts (set 16, issue #17).

Ages are in days "today". Birth dates are computed for TODAY = 2026-12-02 with a wide upper
slack so the set still holds if it is run some months later.
"""
import json
import os
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios16")
TODAY = date(2026, 12, 2)

KINDS = {"answer", "details", "clarify", "ack", "decline", "step", "why", "sources",
         "handoff", "menu"}
TOPICS = {"documents", "activation", "process", "legal-basis", "card-kinds", "privacy",
          "newborn-insurance", "child-eligibility", "who-can-act", "photo", "apply-where",
          "lost-card", "hotlines", "not-covered", "off-topic"}
CARDS = {"physical", "electronic", "e-voucher"}


def born(y, m, d, lo=3, hi=180):
    """Age range in days for a birth date, computed for TODAY, wide on the upper side."""
    days = (TODAY - date(y, m, d)).days
    return [days - lo, days + hi]


def years(a, b=None):
    """'a years old' (a may be fractional): from a*365 to just under the next birthday."""
    hi = b if b is not None else a + 1
    return [int(a * 365) - 5, int(hi * 365) + 5]


def T(user, **expect):
    return {"user": user, "expect": expect}


def S(sid, about, channel, feats, *turns):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, (sid, len(turns))
    return {"id": sid, "about": about, "channel": channel, "turns": list(turns),
            "_features": list(feats)}


def check(scens):
    ids = set()
    for s in scens:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        for t in s["turns"]:
            e = t["expect"]
            assert set(e) <= {"kind", "anyKind", "topic", "card", "step", "choices", "says",
                              "saysAny", "saysNot", "maxChars", "remember"}, (s["id"], e)
            if "kind" in e:
                assert e["kind"] in KINDS, (s["id"], e)
            for k in e.get("anyKind", []):
                assert k in KINDS, (s["id"], k)
            if "topic" in e:
                assert e["topic"] in TOPICS, (s["id"], e)
            if "card" in e:
                assert e["card"] in CARDS, (s["id"], e)
            for k in ("says", "saysAny", "saysNot", "choices", "anyKind"):
                if k in e:
                    assert isinstance(e[k], list) and e[k], (s["id"], k)
            r = e.get("remember")
            if r is not None:
                assert set(r) <= {"ageDays", "city", "card"}, (s["id"], r)
                a = r.get("ageDays")
                if a is not None:
                    assert isinstance(a, list) and len(a) == 2 and 0 <= a[0] <= a[1], (s["id"], a)


def auto_features(s):
    """Features read off the turns themselves (added to the hand-written tags)."""
    f = set()
    for t in s["turns"]:
        e = t["expect"]
        kinds = [e["kind"]] if "kind" in e else e.get("anyKind", [])
        for k, name in (("why", "why"), ("sources", "sources"), ("details", "details"),
                        ("clarify", "clarify"), ("step", "walkthrough"), ("handoff", "handoff"),
                        ("decline", "decline"), ("ack", "ack")):
            if k in kinds:
                f.add(name)
        if "maxChars" in e:
            f.add("maxChars")
        r = e.get("remember") or {}
        if any(v is None for v in r.values()):
            f.add("start-over")
        if r.get("ageDays"):
            f.add("age")
        if r.get("city"):
            f.add("city")
        if "card" in e:
            f.add("card")
        u = t["user"].strip().lower()
        if u in ("next", "back", "repeat", "stop", "continue", "下一步", "上一步", "重复", "停止", "继续"):
            f.add("typed-walk-command")
    return f


def write(lang, scens):
    check(scens)
    for s in scens:
        s["_features"] = sorted(set(s["_features"]) | auto_features(s))
    os.makedirs(OUT, exist_ok=True)
    feats = Counter(f for s in scens for f in s["_features"])
    clean = [{k: v for k, v in s.items() if not k.startswith("_")} for s in scens]
    path = os.path.join(OUT, f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(clean, f, ensure_ascii=False, indent=2)
        f.write("\n")
    ch = Counter(s["channel"] for s in scens)
    nturns = sum(len(s["turns"]) for s in scens)
    print(f"{path}: {len(scens)} scenarios, {nturns} turns, channels {dict(ch)}")
    for k, v in sorted(feats.items()):
        print(f"  {k}: {v}")
