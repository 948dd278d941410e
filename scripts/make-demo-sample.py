#!/usr/bin/env python3
"""Writes the small built-in sample that `./mamori demo` analyses (toolkit CSV, seeded).

Not a realistic scenario generator (that is `mamori generate`, a later issue): just enough
organic noise around four planted behaviours for every network type to have something to show.
  python3 scripts/make-demo-sample.py > mamori-cli/src/main/resources/demo/election-sample.csv
"""
import csv, random, sys

rng = random.Random(20250720)
T0 = 1752966000  # 2025-07-20 00:00 JST as epoch seconds (UTC 2025-07-19T15:00Z)
DAY = 86400
rows = []
mid = [1000]

def post(uid, ts, msg, repost="", reply="", urls=()):
    mid[0] += 1
    rows.append([str(mid[0]), uid, "user_" + uid, repost, reply, msg, f"{ts:.3f}", " ".join(urls)])
    return str(mid[0])

topics = ["選挙", "投票", "年金", "物価", "外交", "地震", "天気", "野球", "ラーメン", "電車"]
organic = [str(100 + i) for i in range(150)]
originals = []
for i in range(700):
    u = rng.choice(organic)
    ts = T0 + rng.uniform(0, 2 * DAY)
    text = f"{rng.choice(topics)}について{rng.choice(['思う', '考える', '話そう', '気になる'])} #{rng.choice(topics)} {i}"
    urls = [f"https://news.example.jp/{rng.randrange(10000)}"] if rng.random() < 0.2 else []
    originals.append((post(u, ts, text, urls=urls), ts))
for i in range(500):  # organic reposts and replies: spread out in time
    u = rng.choice(organic)
    pid, pts = rng.choice(originals)
    ts = pts + rng.expovariate(1 / 3600)
    if rng.random() < 0.7:
        post(u, ts, "RT", repost=pid)
    else:
        post(u, ts, f"@user_x {rng.choice(topics)}ですね", reply=pid)

amplifiers = [str(900 + i) for i in range(15)]
for k in range(25):  # amplifier farm: the same 25 posts, each reposted within seconds
    pid, pts = originals[k * 7]
    for u in amplifiers:
        post(u, pts + 30 + rng.uniform(2, 40), "RT", repost=pid)

copy = [str(950 + i) for i in range(8)]
for k in range(6):  # copy-paste: identical text modulo @mentions and spacing
    ts = T0 + DAY * 0.5 + k * 3600
    for u in copy:
        post(u, ts + rng.uniform(0, 50), f"@{rng.choice(organic)}  {['増税反対', '外国人政策を見直せ', '今こそ変化を'][k % 3]}　拡散希望")

laundering = [str(970 + i) for i in range(6)]
for k in range(10):  # link laundering: different article URLs, same state-affiliated domain
    ts = T0 + DAY + k * 2400
    for u in laundering:
        url = f"https://www.state-media.example/world/{k}-{rng.randrange(1000)}?utm_source={u}"
        post(u, ts + rng.uniform(0, 45), "必読", urls=[url])

repliers = [str(980 + i) for i in range(10)]
for k in range(8):  # reply swarm under the same posts
    pid, pts = originals[100 + k * 11]
    for u in repliers:
        post(u, pts + 60 + rng.uniform(0, 40), "嘘をつくな", reply=pid)

rows.sort(key=lambda r: float(r[6]))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"])
w.writerows(rows)
