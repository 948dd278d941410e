#!/usr/bin/env python3
"""Baseline for docs/BENCHMARKS.md: the coordination-network toolkit's co-retweet computation —
its SQLite schema, `insert or ignore` load and self-join query as published in its
compute_networks.py — run in one process on the same synthetic CSV Mamori is timed on.
The toolkit itself splits the join over user batches in N processes; on this 2-core machine
that can at best halve the join time, which BENCHMARKS.md notes next to the figure.

  python3 bench/toolkit_sqlite_baseline.py bench/data/posts-1000000.csv 60
"""
import csv, sqlite3, sys, tempfile, time, os

path, window = sys.argv[1], float(sys.argv[2])
db_path = os.path.join(tempfile.mkdtemp(), "toolkit.db")
db = sqlite3.connect(db_path, isolation_level=None)
db.executescript("""
    pragma journal_mode=WAL; pragma synchronous=normal;
    create table edge (message_id primary key, user_id not null, username text, repost_id,
                       reply_id, message text, timestamp);
""")
t0 = time.time()
db.execute("begin")
with open(path, encoding="utf-8") as f:
    r = csv.reader(f)
    next(r)
    db.executemany("insert or ignore into edge values (?, ?, ?, ?, ?, ?, ?)",
                   ((m, u, n, rp or None, rl or None, msg, float(ts)) for m, u, n, rp, rl, msg, ts, urls in r))
db.execute("commit")
t1 = time.time()
db.executescript("""
    create index if not exists user_time on edge(user_id, timestamp);
    create index if not exists repost_time on edge(repost_id, timestamp) where repost_id is not null;
""")
t2 = time.time()
rows = db.execute("""
    select e_1.user_id, e_2.user_id, count(distinct e_1.message_id) as weight
    from edge e_1 inner join edge e_2
      on e_1.repost_id = e_2.repost_id
     and e_2.timestamp between e_1.timestamp - ?1 and e_1.timestamp + ?1
    group by e_1.user_id, e_2.user_id
    having weight >= 1
""", (window,)).fetchall()
t3 = time.time()
distinct_pairs = sum(1 for a, b, w in rows if a != b)
print(f"load {t1-t0:.1f} s, index {t2-t1:.1f} s, join {t3-t2:.1f} s, total {t3-t0:.1f} s; "
      f"{len(rows)} rows incl. self-loops, {distinct_pairs} edges between different accounts")
