"""Helpers shared by make_scenarios_en.py and make_scenarios_zh.py (blind set 17).
Ages are in days, ranges computed for 2026-12-02 and kept wide."""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

def ans(topic=None, maxc=None, **kw):
    e = {"kind": "answer"}
    if topic:
        e["topic"] = topic
    if maxc:
        e["maxChars"] = maxc
    e.update(kw)
    return e

def kind(k, **kw):
    e = {"kind": k}
    e.update(kw)
    return e

def rem(**kw):
    return kw

def T(user, expect):
    return {"user": user, "expect": expect}

def S(sid, about, channel, turns, features):
    assert channel in ("rich", "plain")
    assert 3 <= len(turns) <= 6, (sid, len(turns))
    for t in turns:
        for k in ("says", "saysAny", "saysNot"):
            if k in t["expect"]:
                assert isinstance(t["expect"][k], list), (sid, k)
    return {"id": sid, "about": about, "channel": channel, "turns": turns,
            "_features": features}

def write(lang, scenarios):
    ids = [s["id"] for s in scenarios]
    assert len(ids) == len(set(ids))
    feats = Counter()
    for s in scenarios:
        feats.update(s.pop("_features"))
    path = os.path.join(HERE, "scenarios17", f"{lang}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(scenarios, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ch = Counter(s["channel"] for s in scenarios)
    turns = sum(len(s["turns"]) for s in scenarios)
    print(path, len(scenarios), "scenarios,", turns, "turns,", dict(ch))
    for k, v in sorted(feats.items()):
        print(f"  {k}: {v}")
    return feats
