"""Task records: who does what by when, from marked clauses, labels below them and table rows."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from extractor import temporal
from extractor.assembly.sources import Marked, clause_source, stable_id
from extractor.ingest.document import Document
from extractor.lang.de.findings import DONE_GROUP, DONE_STATUS, RESPONSIBLE_LABELS, SHARED_DEADLINE, STATUS_LINE, TAKES_IT, TASK_REVIEW_CUES
from extractor.records import ActionItem, Extraction
from extractor.stages.doers import cell_people, named_people, split_people, task_fields
from extractor.stages.clauses import Clause, gapped_doer
from extractor.stages.event_deadlines import find_event_deadline, resolve_event_deadline
from extractor.stages.result_tables import ResultRow

# Resolves the people a task names to the attendance list.
Resolver = Callable[[list[str]], list[str]]

# Task rules whose clause may be a decision too ("Die Pressearbeit wird an Hernani übertragen.")
_ALSO_DECIDED = ("action.handed_over",)
# Rules strong enough to make an agenda title a task ("Lastschriftmandat muss noch gemacht werden").
_TITLE_TASKS = ("action.need", "action.future", "action.subject_verb", "action.known_subject", "action.label")
_TAKES_IT = re.compile(TAKES_IT)
_STATUS_ONLY = re.compile(STATUS_LINE, re.IGNORECASE)  # "Putzplan: noch offen."
_SHARED_DEADLINE = re.compile(SHARED_DEADLINE)
_NEW_UNIT = re.compile(r"\n\s*\n|\n\s*(?:[-*•]|\d{1,2}[.)])\s")
_DONE_STATUS = re.compile(DONE_STATUS, re.IGNORECASE)
_REVIEW = re.compile("|".join(TASK_REVIEW_CUES), re.IGNORECASE)
_DONE_GROUP = re.compile(DONE_GROUP, re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"^(?:Er|Sie)\s+(?:[a-zäöüß]+(?:t|et)|wird)\b")
_LABEL_WORDS = "|".join(RESPONSIBLE_LABELS)
_RESPONSIBLE_HEAD = re.compile(rf"^(?:{_LABEL_WORDS})\s*:?\s*$", re.I)
_NAME_ITEM = re.compile(r"^(?:[A-ZÄÖÜ@][\w.@'-]*)(?:\s+[A-ZÄÖÜ][\w.'-]*){0,2}\s*[.,]?$")
_RESPONSIBLE_ONLY = re.compile(rf"^(?:{_LABEL_WORDS})\s*:\s*(?P<value>.+)$", re.I)


class TaskBuilder:
    """Makes task records of one document: its date, the next meeting and how names resolve."""

    def __init__(self, doc: Document, ex: Extraction, resolve: Resolver, next_meeting: dt.date | None) -> None:
        self.doc, self.ex, self.resolve, self.next_meeting = doc, ex, resolve, next_meeting

    def record(self, clause: Clause, named: list[str], rule: str, due: str | None = None) -> ActionItem:
        """``due`` is a deadline cell of a result table, which wins over the text."""
        fields = task_fields(clause.text)
        if fields is not None:  # "TODO: Aushang ändern   Wer: Tobi   Bis: 30.4.": the task, its date from "Bis:"
            clause, due = dataclasses.replace(clause, text=fields[0]), due or fields[2]
        date = self.ex.meeting.date
        written, due = due, _as_deadline(due, date, self.next_meeting) if due else None
        own = temporal.find_deadline(due or clause.text)
        event = find_event_deadline(clause.text) if not due else None
        if own and event and event.covers(own.start, own.end):
            own = None  # "bis Freitag vor der VV", "bis 2 Wochen vor dem Workshop": the event's day counts
        expression = own if own or due or event else _context_expression(clause)
        deadline_text = expression.text if expression else due
        deadline = temporal.resolve_deadline(expression.text, date, self.next_meeting) if expression and date else None
        if deadline is None and (expression is None or expression.kind != "vague"):
            deadline_text, deadline = self._event_deadline(clause, due, deadline_text, date)
        return ActionItem(self.ex.doc_id, stable_id(self.ex.doc_id, "A", clause.text), clause.text, clause.agenda_item,
                          self.resolve(named), written or deadline_text, deadline, clause_source(self.doc, clause, rule))

    def _event_deadline(self, clause: Clause, due: str | None, deadline_text: str | None,
                        date: dt.date | None) -> tuple[str | None, dt.date | None]:
        """"bis zum Stadtfest", "bis dahin": the date from elsewhere in the minutes."""
        found = find_event_deadline(due or clause.text)
        if found is None:
            return deadline_text, None
        floor = max((a.body_start for a in self.ex.agenda_items if a.body_start <= clause.start), default=0)
        resolved = resolve_event_deadline(found, self.doc.text, clause.start, date, floor) if date else None
        return deadline_text or found.text, resolved


def _as_deadline(cell: str, date: dt.date | None, next_meeting: dt.date | None) -> str:
    """A "Bis" cell is a deadline without its preposition: "Juni" reads as "im Juni", "nächste Sitzung" as
    "bis nächste Sitzung", "Aktionstag" as "bis zum Aktionstag"."""
    if date is None or temporal.resolve_deadline(cell, date, next_meeting) or find_event_deadline(cell):
        return cell
    for lead in ("bis ", "im "):
        if temporal.resolve_deadline(lead + cell, date, next_meeting):
            return lead + cell
    if re.fullmatch(r"[A-ZÄÖÜ][\w-]+", cell) and find_event_deadline("bis zum " + cell):
        return "bis zum " + cell
    return cell


def task_records(doc: Document, make: TaskBuilder, marked: Marked, body_start: int) -> list[ActionItem]:
    """Tasks are looked for from ``body_start`` on: above the first agenda item stand the
    header and the agenda as planned ("Meilensteine 2024 (Tim)"), not work to do."""
    labels = _responsible_labels(doc, marked)
    block_tasks, block_lines = _responsible_blocks(marked)
    done = _under_done_group(marked)
    out: list[ActionItem] = []
    for i, (clause, sent) in enumerate(marked):
        if i in labels.values() or i in block_lines or i in done:
            continue  # "Verantwortlich: ..." went to the task before it; "**Erledigt**" heads reports
        if i in block_tasks and clause.start >= body_start:
            out.append(make.record(clause, sent._.named or block_tasks[i], "action.responsible_block"))
        elif i in labels:
            who, due = _who_and_due(marked[labels[i]][0].text)
            out.append(make.record(clause, split_people(who), "action.responsible_label", due))
        elif i > 0 and _TAKES_IT.match(clause.text) and _STATUS_ONLY.search(marked[i - 1][0].text) \
                and clause.start >= body_start:
            # "Putzplan: noch offen. Fritzi übernimmt das ab jetzt.": the status reports, the taking-on is the task
            out.append(make.record(clause, sent._.named or named_people(clause.text, sent.user_data.get("people", frozenset())),
                                   "action.takes_it"))
        elif i > 0 and _TAKES_IT.match(clause.text) and marked[i - 1][0].agenda_item == clause.agenda_item \
                and clause.start >= body_start and not sent._.decision and not marked[i - 1][1]._.decision:
            # "Der Jahresabschluss muss noch fertig werden. Lena macht das bis Ende Februar.": one task, its doer
            named = sent._.named or named_people(clause.text, sent.user_data.get("people", frozenset()))
            expression = _deadline_expression(clause)
            if out and out[-1].source.char_start == marked[i - 1][0].start:
                task = out[-1]
                task.responsible = task.responsible or make.resolve(named)
                if task.deadline is None and expression is not None:
                    dated = make.record(marked[i - 1][0], [], task.source.found_by, expression.text)
                    task.deadline_text, task.deadline = dated.deadline_text, dated.deadline
            else:
                out.append(make.record(marked[i - 1][0], named, "action.taken_over",
                                       expression.text if expression else None))
        elif _SHARED_DEADLINE.match(clause.text) and clause.start >= body_start:
            _share_deadline(doc, make, clause, marked[:i], out)
        elif clause.before and gapped_doer(clause.text) and out and out[-1].source.char_start == marked[i - 1][0].start \
                and marked[i - 1][0].agenda_item == clause.agenda_item:
            # "Philip fragt bei VOW an, Michael bei Digitalcourage": the verb of the task before, another doer
            task = make.record(clause, [gapped_doer(clause.text)], "action.gapped")
            if task.deadline_text is None:
                task.deadline_text, task.deadline = out[-1].deadline_text, out[-1].deadline
            out.append(task)
        elif _is_task(clause, sent, body_start):
            task = make.record(clause, sent._.named or _pronoun_doer(clause, marked[i - 1] if i > 0 else None),
                               sent._.action)
            previous = out[-1] if out and i > 0 and out[-1].source.char_start == marked[i - 1][0].start else None
            if previous is not None and _dates_the_task_before(task, previous):
                # "Olli bestellt die Flyer. Am 21.06. soll die Bestellung rausgehen.": one task, its date
                previous.deadline_text, previous.deadline = task.deadline_text, task.deadline
                continue
            out.append(task)
    return out


def table_tasks(make: TaskBuilder, typed: list[tuple[ResultRow, Clause]]) -> list[ActionItem]:
    """Rows marked as tasks ("| A | … |"): a task each, its deadline from the date cell."""
    return [make.record(clause, cell_people(row.who) if row.who else [], "action.table_row", row.due)
            for row, clause in typed if row.kind == "action" and not _reports(row, clause)]


def row_tasks(make: TaskBuilder, rows: list[tuple[ResultRow, Marked]]) -> list[ActionItem]:
    """Rows with "Wer" or "Bis" cells: the sentences of the row that set work take them; where none reads as a task,
    the last that decides nothing does ("Nächster Schritt: Vor-Ort-Termin mit den Stadtwerken.").

    A row whose status says done, and a status table under "Stand der TODOs", report on tasks set before.
    """
    out = []
    for row, sentences in rows:
        if not sentences or _reports(row, sentences[0][0]):
            continue
        tasks = [(c, sent) for c, sent in sentences if sent._.action] or [
            (c, sent) for c, sent in sentences if not sent._.decision][-1:]
        for clause, sent in tasks:
            named = cell_people(row.who) if row.who else (sent._.named or [])
            out.append(make.record(clause, named, "action.table_row", row.due))
    return out


def _reports(row: ResultRow, clause: Clause) -> bool:
    return bool(row.status and (_DONE_STATUS.search(row.status) or any(_REVIEW.search(c) for c in clause.context)))


def _share_deadline(doc: Document, make: TaskBuilder, clause: Clause, before: Marked, out: list[ActionItem]) -> None:
    """"Beides bis 31.10.": the deadline of the tasks just before it in the same bullet or paragraph."""
    dated = make.record(clause, [], "action.shared_deadline")
    starts, end = set(), clause.start
    for previous, _ in reversed(before):
        if previous.agenda_item != clause.agenda_item or _NEW_UNIT.search(doc.text, previous.end, end):
            break
        starts.add(previous.start)
        end = previous.start
    for task in out:
        if task.source.char_start in starts and task.deadline_text is None:
            task.deadline_text, task.deadline = dated.deadline_text, dated.deadline


def _is_task(clause: Clause, sent, body_start: int) -> bool:
    return bool(sent._.action) and (not sent._.decision or sent._.action in _ALSO_DECIDED) \
        and clause.start >= body_start and len(clause.text.split()) > 1 \
        and (clause.kind != "heading" or sent._.action in _TITLE_TASKS)


def _pronoun_doer(clause: Clause, previous: tuple[Clause, object] | None) -> list[str]:
    """"MB war noch nicht dort. Er versucht es bis Mitte April.": "er" is the one person named just before."""
    if previous is None or not _PRONOUN_SUBJECT.match(clause.text) or previous[0].agenda_item != clause.agenda_item:
        return []
    statement = re.sub(r"^[^:]{1,40}:\s*", "", previous[0].text)  # "Baumarkt: Timo war noch nicht dort."
    named = named_people(statement, previous[1].user_data.get("people", frozenset()))
    return named if len(named) == 1 else []


def _dates_the_task_before(task: ActionItem, previous: ActionItem) -> bool:
    """A sentence with only a date and a word of the task before it ("die Bestellung" after "bestellen")."""
    if task.source.found_by != "action.dated" or task.responsible or task.deadline is None \
            or previous.deadline is not None or task.agenda_item != previous.agenda_item:
        return False
    stems = {w.lower()[:6] for w in re.findall(r"[^\W\d_]{6,}", previous.task)}
    nouns = {w.lower()[:6] for w in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{5,}", task.task)}
    return bool(nouns & stems)


def _responsible_labels(doc: Document, marked: Marked) -> dict[int, int]:
    """{task clause: label clause} for "Drei Angebote einholen. Verantwortlich: Hr. Oberdorf, bis Freitag"."""
    out = {}
    for i in range(1, len(marked)):
        clause, previous = marked[i][0], marked[i - 1][0]
        if _RESPONSIBLE_ONLY.match(clause.text) and not doc.text[previous.end:clause.start].count("\n\n"):
            out[i - 1] = i
    return out


def _responsible_blocks(marked: Marked) -> tuple[dict[int, list[str]], set[int]]:
    """"Verantwortlich" over a list of names names who does the list items just above it.

    Returns {task clause: names} and the clauses of the label and its names.
    """
    tasks: dict[int, list[str]] = {}
    lines: set[int] = set()
    for i, (clause, _) in enumerate(marked):
        if not _RESPONSIBLE_HEAD.match(clause.text):
            continue
        names = []
        j = i + 1
        while j < len(marked) and marked[j][0].kind == "bullet" and marked[j][0].agenda_item == clause.agenda_item \
                and _NAME_ITEM.match(marked[j][0].text):
            names.append(marked[j][0].text.strip(" .,"))
            j += 1
        k = i - 1
        above = []
        while k >= 0 and marked[k][0].kind == "bullet" and marked[k][0].agenda_item == clause.agenda_item:
            above.append(k)
            k -= 1
        if names and above:
            lines.update(range(i, j))
            tasks.update({t: names for t in above})
    return tasks, lines


def _under_done_group(marked: Marked) -> set[int]:
    """The bullets under "**Erledigt**" or "Entfällt" in a review: done or dropped, whoever is named."""
    out: set[int] = set()
    group: str | None = None
    for i, (clause, _) in enumerate(marked):
        if clause.kind != "bullet":
            group = clause.agenda_item if _DONE_GROUP.fullmatch(clause.text) else None
        elif group is not None and clause.agenda_item == group:
            out.add(i)
    return out


def _who_and_due(label: str) -> tuple[str, str | None]:
    """"Verantwortlich: Hr. Arslan, bis zum 15.03.2024" -> ("Hr. Arslan", "bis zum 15.03.2024")."""
    value = _RESPONSIBLE_ONLY.match(label).group("value")
    who, _, rest = value.partition(",")
    return who.strip(), (rest.strip() or None)


def _deadline_expression(clause: Clause) -> temporal.TimeExpression | None:
    """The task's own time expression, else one of the line it hangs from ("Vorbereitung für den 13. Oktober")."""
    return temporal.find_deadline(clause.text) or _context_expression(clause)


def _context_expression(clause: Clause) -> temporal.TimeExpression | None:
    for text in (clause.before, *clause.context):
        expression = temporal.find_deadline(text)
        if expression is not None:
            return expression
    return None
