#!/usr/bin/env python3
"""Converts the poisoned-well reference tables (shared/reference/influence-domains/) into the two
bundled Mamori domain lists. Usage: convert-influence-domains.py REFERENCE_DIR OUTPUT_DIR

Rules (docs/signals.md, resources README):
- every mirror row -> INFLUENCE_NETWORK;
- every upstream (credited-source) row -> NETWORK_SOURCE, except rows that are not domain names
  (Facebook page labels) and the third parties in EXCLUDED, each with its reason.
"""
import csv
import sys
from pathlib import Path

PLATFORM = "a global platform: listing it would tag every link to it"
GERMAN = "German commercial media the mirrors quote; no affiliation in the data"
UN = "a United Nations mission site the mirrors quote"
SAHEL = ("national media or authority of Burkina Faso, Niger, the Central African Republic or Cameroon "
         "that the African mirrors republish: credited, not shown affiliated; would tag local news")
EXCLUDED = {
    "facebook.com": PLATFORM,
    "focus.de": GERMAN, "gofeminin.de": GERMAN, "bildderfrau.de": GERMAN, "tag24.de": GERMAN,
    "minusca.unmissions.org": UN,
}
for d in ("lefaso.net lepays.bf burkina24.com rtb.bf minute.bf lobspaalga.com directinfoburkina.net "
          "fonction-publique.gov.bf presidencedufaso.bf sig.gov.bf energie-mines.gov.bf csc.bf commerce.gov.bf "
          "dgi.bf me.bf conseil-constitutionnel.gov.bf patronat.bf cnssbf.org defense.gov.bf fdct-bf.org "
          "actuniger.com nigerinter.com nigerdiaspora.net airinfoagadez.com studioyafa.org wadataradio.com "
          "radiondekeluka.org ndjonisango.com oubanguimedias.com lepotentielcentrafricain.com nouvellesplus.com "
          "renaissance.cf acap.cf lengosongo.cf afriquemedia.tv").split():
    EXCLUDED[d] = SAHEL

HEADER = "domain,category,affiliation,source,source_url,note"


def main(ref: Path, out: Path) -> None:
    commit, date = (ref / "SOURCE_COMMIT").read_text().split()
    source = "poisoned-well data/panel (counts from CheckFirst pravda-network; CC BY 4.0)"
    url = f"https://github.com/abognar-git/poisoned-well/tree/{commit}/data/panel"
    preamble = [
        f"# Converted from poisoned-well, github.com/abognar-git/poisoned-well, commit {commit} ({date}),",
        "# data/panel, itself derived from CheckFirst's pravda-network data (github.com/CheckFirstHQ/pravda-network).",
        "# Licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); see ATTRIBUTION.md beside this file.",
        "# Changes: columns reduced to domain and a note; converted by mamori-io/src/domains/convert-influence-domains.py.",
        "# A listing is evidence to weigh, not proof.",
    ]
    with open(ref / "pravda-network-mirrors.csv", newline="", encoding="utf-8") as f, \
            open(out / "pravda-network-mirrors.csv", "w", encoding="utf-8") as o:
        o.write("\n".join(["# list: pravda-network-mirrors", f"# version: {date}"] + preamble + [HEADER]) + "\n")
        for r in csv.DictReader(f):
            note = (f"mirror '{r['mirror']}'; {r['total_articles']} articles {r['first_day']}..{r['last_day']}; "
                    f"languages {r['languages']}")
            o.write(f"{r['domain'].strip().lower()},INFLUENCE_NETWORK,Pravda network (Portal Kombat),{source},{url},{note}\n")
    excluded_rows = []
    with open(ref / "pravda-network-upstream-domains.csv", newline="", encoding="utf-8") as f, \
            open(out / "pravda-network-sources.csv", "w", encoding="utf-8") as o:
        o.write("\n".join(["# list: pravda-network-sources", f"# version: {date}"] + preamble
                          + ["# Domains the mirrors credit as their sources; left out: see README.md."] + [HEADER]) + "\n")
        for r in csv.DictReader(f):
            d = r["domain"].strip()
            if " " in d or "\t" in d or "." not in d:
                excluded_rows.append((d, "not a domain name (a Facebook page label)"))
                continue
            d = d.lower()
            if d in EXCLUDED:
                excluded_rows.append((d, EXCLUDED[d]))
                continue
            note = (f"credited {r['total_credits']} times by {r['mirrors_fed']} mirrors "
                    f"{r['first_seen_daily']}..{r['last_seen_daily']}")
            o.write(f"{d},NETWORK_SOURCE,,{source},{url},{note}\n")
    for d, why in excluded_rows:
        print(f"| `{d}` | {why} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
