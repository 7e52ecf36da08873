import json
from datetime import date
TODAY = date(2026, 12, 2)   # date the set was written; birth-date ranges leave ~30 days of slack
def T(user, **e):
    if "anyKind" in e and isinstance(e["anyKind"], str): e["anyKind"] = [e["anyKind"]]
    return {"user": user, "expect": e}
def S(id, about, channel, *turns):
    assert channel in ("rich", "plain") and 3 <= len(turns) <= 6, id
    return {"id": id, "about": about, "channel": channel, "turns": list(turns)}
def mo(m): c = round(m * 30.44); return [c - 10, c + 10]
def wk(w): return [7 * w - 5, 7 * w + 5]
def dy(d): return [max(0, d - 5), d + 5]
def yr(y): c = round(y * 365.25); return [c - 40, c + 40]
def born(y, m, d): n = (TODAY - date(y, m, d)).days; return [max(0, n - 5), n + 30]
CARD_CHOICES = ["activation", "card-kinds", "documents", "apply-where", "card:physical", "card:electronic", "card:e-voucher"]
ACT_CHOICES = ["activation", "card:physical", "card:electronic", "card:e-voucher"]
def dump(lst, path):
    ids = [s["id"] for s in lst]; assert len(ids) == len(set(ids))
    json.dump(lst, open(path, "w"), ensure_ascii=False, indent=1)
    print(path, len(lst), "scenarios,", sum(len(s["turns"]) for s in lst), "turns,",
          sum(s["channel"] == "plain" for s in lst), "plain")
