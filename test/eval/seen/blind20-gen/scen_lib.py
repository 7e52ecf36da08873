"""Small helpers shared by make_scenarios_en.py and make_scenarios_zh.py (blind set 20)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios20")

MAX_EN = 650
MAX_ZH = 350

# A clarifying question passes when one of these is among its first two choices.
CARD_CHOICES = ["card:physical", "card:electronic", "card:e-voucher",
                "activation", "card-kinds", "documents", "apply-where", "process"]

FORGOTTEN = {"ageDays": None, "city": None, "card": None}

# Age ranges in days (today = the day the set is run; written for 2026-12-03, kept wide).
Y = 365


def years(n, extra_months=0):
    """A child who is n years (+ extra_months) old: from the birthday to just under the next step."""
    lo = n * Y + extra_months * 30 - 5
    hi = n * Y + (extra_months + (1 if extra_months else 12)) * 31 + 5
    return [lo, hi]


def T(user, **expect):
    for k in ("says", "saysAny", "saysNot", "choices", "anyKind"):
        if k in expect:
            assert isinstance(expect[k], list), (user, k)
    return {"user": user, "expect": expect}


def S(sid, about, channel, *turns, features=()):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, sid
    return {"id": sid, "about": about, "channel": channel, "turns": list(turns),
            "_features": list(features)}


def write(lang, scenarios):
    ids = [s["id"] for s in scenarios]
    assert len(ids) == len(set(ids)), "duplicate id"
    for s in scenarios:
        assert 3 <= len(s["turns"]) <= 6, (s["id"], len(s["turns"]))
    feats = {}
    for s in scenarios:
        for f in s["_features"]:
            feats[f] = feats.get(f, 0) + 1
    clean = [{k: v for k, v in s.items() if k != "_features"} for s in scenarios]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(clean, f, ensure_ascii=False, indent=1)
        f.write("\n")
    rich = sum(1 for s in scenarios if s["channel"] == "rich")
    turns = sum(len(s["turns"]) for s in scenarios)
    print(f"{path}: {len(scenarios)} scenarios ({rich} rich, {len(scenarios) - rich} plain), {turns} turns")
    for f in sorted(feats):
        print(f"  {f}: {feats[f]}")
    return feats
