"""A corpus of German protocols as text PDFs, made from our own templates with fpdf2.

Deterministic for a given seed: the same call makes the same files, and an
existing corpus with a matching manifest is reused.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fpdf import FPDF

BODIES = [
    ("Vorstandssitzung", "Fördervereins Grundschule Am Lindenhof"), ("Mitgliederversammlung", "Kleingartenvereins Sonnenwiese"),
    ("Sitzung", "Bau- und Umweltausschusses der Gemeinde Rosenbach"), ("Plenum", "Runden Tisches Nordstadt"),
    ("Sitzung", "Kirchengemeinderats St. Jakobus"), ("Vorstandssitzung", "TSV Eichenfeld 1911"),
    ("Sitzung", "Elternbeirats der Realschule Mühlbach"), ("Sitzung", "Ortschaftsrats Oberweiler"),
    ("Mieterversammlung", "Hausgemeinschaft Lerchenweg 12"), ("Sitzung", "Seniorenbeirats der Stadt Hohenmoor"),
]
FIRST = ["Anna", "Jonas", "Petra", "Mehmet", "Sabine", "Thomas", "Katrin", "Lukas", "Fatma", "Jürgen", "Miriam",
         "Stefan", "Ulrike", "Niklas", "Hannah", "Wolfgang", "Sevgi", "Martin", "Claudia", "Tobias"]
LAST = ["Berger", "Keller", "Vogt", "Yilmaz", "Hoffmann", "Schäfer", "Krüger", "Neumann", "Özdemir", "Brandt",
        "Lehmann", "Wagner", "Fischer", "Roth", "Schulze", "Zimmermann", "Becker", "Hahn", "Kaya", "Lorenz"]
PLACES = ["Gemeindehaus, Kirchstraße 3", "Rathaus, Sitzungssaal 2", "Vereinsheim am Sportplatz",
          "Stadtteilladen, Brunnengasse 14", "Aula der Grundschule", "Online per Videokonferenz"]
TOPICS = ["Genehmigung des letzten Protokolls", "Bericht des Vorstands", "Kassenbericht", "Sommerfest",
          "Sanierung des Daches", "Haushaltsplan des kommenden Jahres", "Spielplatz am Lindenhof",
          "Öffentlichkeitsarbeit und Webseite", "Mitgliederwerbung", "Verkehrsberuhigung in der Hauptstraße",
          "Anschaffung eines Beamers", "Jugendarbeit", "Zusammenarbeit mit der Schule", "Termine und Fristen",
          "Anträge von Mitgliedern", "Bericht aus den Arbeitsgruppen", "Verschiedenes"]
DISCUSSION = [
    "{p} berichtet ausführlich über den aktuellen Stand und erläutert die bisherigen Schritte.",
    "In der Aussprache wird deutlich, dass noch Fragen zur Finanzierung offen sind.",
    "Mehrere Anwesende regen an, die Nachbarschaft frühzeitig einzubeziehen und Rückmeldungen zu sammeln.",
    "Es wird darauf hingewiesen, dass die Frist für die Anträge bei der Stadt Ende des Monats abläuft.",
    "{p} gibt zu bedenken, dass der Aufwand für die Organisation im letzten Jahr unterschätzt wurde.",
    "Die Kosten belaufen sich nach dem vorliegenden Angebot auf etwa {n} Euro einschließlich Mehrwertsteuer.",
    "Nach kurzer Diskussion besteht Einigkeit darüber, dass eine Arbeitsgruppe die Einzelheiten klären soll.",
    "{p} weist darauf hin, dass die Räume nur bis 22 Uhr genutzt werden können.",
    "Die Rückmeldungen aus der letzten Umfrage werden vorgestellt und kurz besprochen.",
    "Ein Vertreter der Verwaltung beantwortet Fragen zum Zeitplan und zu den Zuständigkeiten.",
    "Es wird vereinbart, das Thema in der nächsten Sitzung erneut aufzurufen, sobald die Zahlen vorliegen.",
    "{p} dankt allen Helferinnen und Helfern für ihren Einsatz bei der letzten Veranstaltung.",
]
DECISIONS = [
    "Der Vorstand beschließt einstimmig, das Angebot über {n} Euro anzunehmen.",
    "Die Versammlung beschließt mit {y} Ja-Stimmen, {no} Nein-Stimmen und {a} Enthaltungen, den Antrag anzunehmen.",
    "Beschluss: Das Protokoll der letzten Sitzung wird ohne Änderungen genehmigt.",
    "Der Antrag wird mit {y}/{no}/{a} Stimmen angenommen.",
    "Es wird einstimmig beschlossen, die Arbeitsgruppe bis zum Jahresende fortzuführen.",
]
ACTIONS = [
    "{p} kümmert sich bis {d} um die Angebote.",
    "{p} lädt bis Ende der Woche zur nächsten Sitzung ein.",
    "{p} und {q} bereiten die Unterlagen bis zum {d} vor.",
    "Aufgabe: {p} klärt mit der Verwaltung die Nutzung der Räume bis {d}.",
    "{p} informiert die Mitglieder zeitnah per Rundschreiben.",
]


def make_corpus(folder: Path, documents: int = 520, seed: int = 7) -> list[Path]:
    """``documents`` PDFs of 3-6 pages in ``folder``; reused when the manifest matches."""
    manifest = folder / "manifest.json"
    wanted = {"documents": documents, "seed": seed, "version": 1}
    files = [folder / f"protokoll-{i:05d}.pdf" for i in range(documents)]
    if manifest.exists() and json.loads(manifest.read_text()) == wanted and all(f.exists() for f in files):
        return files
    folder.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_write_one, files, [seed + i for i in range(documents)], chunksize=20))
    manifest.write_text(json.dumps(wanted))
    return files


def _write_one(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path.write_bytes(render_pdf(protocol_lines(rng), rng.choice(BODIES)[1]))


def protocol_lines(rng: random.Random) -> list[tuple[str, str]]:
    """(kind, text) lines of one protocol: title, facts, attendance, agenda items with their bodies."""
    kind, body = rng.choice(BODIES)
    date = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5400))
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(8, 18))]
    lines = [("title", f"Protokoll der {kind} des {body}"), ("text", f"Datum: {date:%d.%m.%Y}"),
             ("text", f"Beginn: {rng.randint(17, 19)}:00 Uhr"), ("text", f"Ende: {rng.randint(20, 22)}:30 Uhr"),
             ("text", f"Ort: {rng.choice(PLACES)}"), ("gap", ""),
             ("text", "Anwesend: " + ", ".join(people[2:])), ("text", f"Sitzungsleitung: {people[0]}"),
             ("text", f"Protokoll: {people[1]}"), ("text", f"Entschuldigt: {rng.choice(FIRST)} {rng.choice(LAST)}"),
             ("gap", "")]
    topics = rng.sample(TOPICS, rng.randint(11, 16))
    for number, topic in enumerate(topics, 1):
        lines += [("heading", f"TOP {number} {topic}")] + _item_body(rng, people, date)
    following = date + dt.timedelta(days=rng.randint(20, 60))
    lines.append(("text", f"Die nächste Sitzung findet am {following:%d.%m.%Y} um 19:00 Uhr statt."))
    return lines


def _item_body(rng: random.Random, people: list[str], date: dt.date) -> list[tuple[str, str]]:
    def fill(template: str) -> str:
        deadline = date + dt.timedelta(days=rng.randint(7, 60))
        return template.format(p=rng.choice(people), q=rng.choice(people), n=rng.randrange(200, 20000, 50),
                               y=rng.randint(5, 20), no=rng.randint(0, 4), a=rng.randint(0, 3), d=f"{deadline:%d.%m.%Y}")

    paragraph = " ".join(fill(rng.choice(DISCUSSION)) for _ in range(rng.randint(5, 10)))
    lines = [("text", paragraph)]
    if rng.random() < 0.6:
        lines.append(("text", fill(rng.choice(DECISIONS))))
    lines += [("bullet", "- " + fill(rng.choice(ACTIONS))) for _ in range(rng.randint(0, 2))]
    return lines + [("gap", "")]


class _Protocol(FPDF):
    running_title = ""

    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, self.running_title, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"Seite {self.page_no()} von {{nb}}", align="C")


def render_pdf(lines: list[tuple[str, str]], running_title: str) -> bytes:
    pdf = _Protocol(format="A4")
    pdf.running_title = running_title
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in lines:
        if kind == "gap":
            pdf.ln(4)
            continue
        pdf.set_font("Helvetica", "B" if kind in ("title", "heading") else "", 14 if kind == "title" else
                     12 if kind == "heading" else 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
