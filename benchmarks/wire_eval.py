"""Score newsdoc on a hundred and ninety news articles with hand-made gold, with the seed's scorer.

Run: python benchmarks/wire_eval.py [DIR]

DIR (default ``benchmarks/wire/``) holds ``NAME.txt`` articles, each with its gold in
``NAME.gold.json``, the seed gold's format.

The articles under ``benchmarks/wire/`` were written for newsdoc in the style of the
seed article, and their gold files were made by hand without looking at newsdoc's
output. Articles 101-110: Gaza truce talks, a Ukraine barrage, a Zambian election
dispute, an EU-China trade row, a climate summit, an Ecuadorian crackdown, a US Supreme
Court ruling, a Bank of England rate cut, a Nepal earthquake, a Kashmir border clash.
Articles 111-120: a Sahel junta expelling foreign troops, a US spending fight, a car
recall, a South China Sea water-cannon incident, Greek wildfires, a strike on a Sudanese
market, a Peruvian runoff dispute, an EU fine on a tech firm, a prisoner swap, a NATO
exercise. Articles 121-130: a foiled coup in West Africa, a central bank rate rise, a
cyberattack on hospitals, floods and aid in Bangladesh, a Balkan border dispute, a
governor's veto, fuel-price protests, a trade agreement, an ICC arrest warrant, a naval
incident in the Baltic. Articles 131-150 widen the styles beyond wire copy: a hostage
release in Haiti, an election commission ruling, a mine collapse, a diplomatic expulsion,
analyses of Taiwan's defence budget, Senegal's debt, Myanmar sanctions and a nuclear
plant, job cuts at a turbine maker, a council's gas ban, a court hearing, a WHO news
conference, a border shooting, a jailbreak, a no-confidence vote, a primary debate, a
parliamentary vote, a football federation's suspension, a vaccine rollout and a human
rights ruling. Articles 151-170: a ceasefire extension, a budget confidence vote, pork
duties in a tariff row, typhoon aid, a graft verdict, a general strike, a summit
communique, a lithium analysis, a city water emergency, an anti-doping ruling, an attack
on an army post, a devaluation, a migration deal, an opposition leader's arrest, a
Security Council veto, a medicine recall, a disputed recount, a cocoa analysis, fishermen
arrested at sea and detained journalists. Articles 171-180: an impeachment vote, a border
clash, a rate cut, a doping ban, a crypto theft blamed on hackers, an asylum ruling, a
mine strike, a trade-bloc summit, an analysis with anonymous sources and a cyclone
appeal. Articles 181-190: a teachers' strike and a court order, sanctions on militia
commanders, wildfire evacuations, a candidate shot before an election, a regulator
blocking a merger, a hunger strike in jail, a border reopening, a shipwreck and a rescue
dispute, an air-crash report and riots after a police shooting. Articles 191-200: a
dockers' strike, a coalition collapse, a journalist detained abroad, an aid convoy
blocked by rebels, a disputed referendum, a drone strike on a refinery, a police raid on
a ministry, retaliatory tariffs, a court banning a party and peace talks in a neutral
capital. Articles 201-210: a central bank governor dismissed, a border closure, aid
workers freed by insurgents, a minister's resignation over a contract, a fishing vessel
seized, a cyberattack blamed on a foreign intelligence service, an executive arrested
for spying, a Security Council vote on an arms embargo, an extradition request and a
mining licence revoked. Articles 211-220: a farmers' march on a capital, a ceasefire
between rival militias, an election court voiding a seat, a bank hostage standoff, a
sanctions package, a collision of coast guard vessels, a coalition collapse, food aid
suspended after staff are detained, a suspended livestock trade and an expelled diplomat.
Articles 221-230: a crackdown on protests, a police raid on an opposition party, an
ambassador summoned over a drone strike, protests against a law on NGOs, a ship detained
over a cut undersea cable, soldiers wounded on a border river, a complaint to the UN
aviation body, an anniversary march, officials indicted, and clashes over an arrest.
Articles 231-240: protests against a media law, a water-sharing deal, hurricane aid, a
border clash, diplomats expelled over a spy case, a state of emergency over a mine
blockade, an opposition rejecting election results, sanctions on oil traders, a police
chief jailed, and a brokered ceasefire. Articles 241-250: opposition lawmakers arrested at
a rally, refugee and water aid, an army raid on a separatist camp, sanctions over arms
shipments, a rejected election result, an ambassador recalled, a dockers' strike against
labour reforms, riots and foreign police sent to keep order, coup plotters jailed by a
military court, and a border security pact. Articles 251-260: tear gas at a rice-price
protest, sanctions on scam-centre operators, earthquake aid, a warning over a river dam,
an arrest for extradition, a border clash over water, a gas pipeline deal, reunification
talks hosted by the UN, an attack on an army base, and a tractor protest against a trade
deal. Articles 261-270: an opposition campaign manager detained, a deeper cut in oil
output, evacuations after a volcanic eruption, a border patrol agreement, bail denied to
an opposition leader, miners killed by separatist rebels, oil exports halted in a payment
dispute, a march over rents, tear gas at a march on a capital, and a dispute over a
water treaty. Articles 271-280: a rocket attack blamed on a separatist front, diplomats
expelled over an alleged plot, mass deportations across a border, a missile landing in a
neighbour's waters during air drills, opposition mayors detained in a graft probe, a veto
on the opening of accession talks, a ceasefire after clashes and an air strike,
peacekeepers killed in an ambush, a protest against offshore drilling, and food rations
cut for refugees. Articles 281-290: a tariff and power-supply row between neighbours,
diplomats expelled over a spy ring, migrants deported across a border, arrests after
blackout protests, fishermen beaten at sea, a drone strike and a complaint to the UN,
sanctions on judges over executions, opposition figures convicted of treason, a drought
appeal and an ambushed aid convoy, and a border build-up before an emergency summit.
Each is scored with ``../shared/eval/score.py``
(the scorer of the seed article); the script prints each article's line and the mean of
each F1. They are a development set: rules are checked against them, so unseen articles
are the real test.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "benchmarks" / "wire"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
MEASURES = ("statements_attributed_F1", "events_F1", "actors_F1")


def main() -> int:
    if not SCORER.exists():
        print(f"skipped: the scorer {SCORER} is missing")
        return 0
    totals = dict.fromkeys(MEASURES, 0.0)
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else WIRE
    articles = sorted(folder.glob("*.txt"))
    if not articles:
        print(f"no articles (*.txt) in {folder}")
        return 2
    for article in articles:
        gold = article.with_suffix(".gold.json")
        run = subprocess.run(
            [sys.executable, str(SCORER), str(article), str(gold)], capture_output=True, text=True, check=False
        )
        line = next((ln for ln in run.stdout.splitlines() if ln.startswith("score:")), "")
        if not line:
            print(f"{article.name}: the scorer failed\n{run.stderr[-2000:]}")
            return 1
        figures = dict(re.findall(r"(\w+)=([\d.]+)", line))
        for measure in MEASURES:
            totals[measure] += float(figures[measure])
        print(f"{article.stem[:32]:32s} {line.removeprefix('score: ')}")
    print("mean over", len(articles), "articles:", "  ".join(f"{m}={totals[m] / len(articles):.3f}" for m in MEASURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
