"""The figures of an annual report, computed with pandas from the tidy and the audit tables.

Everything the workbook shows is a frame here, so a test (or a notebook) can
recompute and compare it.  Column names are German: these frames are what
the people writing the annual report read.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from extractor.audit.tables import CLOSED, UNREPORTED
from extractor.lang.de.followup import ATTENDANCE_MARKS, REPORT_LABELS as L, STATUS_LABELS

OPEN_STATUSES = ("open", "in_progress", UNREPORTED)


@dataclass
class ReportData:
    year: int
    as_of: dt.date | None
    figures: pd.DataFrame  # Kennzahl, Anzahl
    by_body: pd.DataFrame
    per_month: pd.DataFrame
    attendance_rate: pd.DataFrame
    attendance: pd.DataFrame  # person x meeting
    meetings: pd.DataFrame
    decisions: pd.DataFrame
    tasks: pd.DataFrame
    task_status: pd.DataFrame


def build_report(tables: dict[str, pd.DataFrame], audit: dict[str, pd.DataFrame], year: int,
                 as_of: dt.date | None = None) -> ReportData:
    """``tables`` from ``extract``, ``audit`` from ``audit``; only meetings held in ``year`` count."""
    meetings = meetings_of_year(tables["meetings"], audit["series"], year)
    docs = set(meetings["doc_id"])
    items = audit["audit"][audit["audit"]["doc_id"].isin(docs)]
    decisions = _decisions(tables["decisions"], items, meetings)
    tasks = _tasks(tables["action_items"], items, meetings)
    attendees = tables["attendees"][tables["attendees"]["doc_id"].isin(docs)]
    return ReportData(
        year=year, as_of=as_of,
        figures=key_figures(meetings, decisions, tasks),
        by_body=meetings.groupby(["gremium", "art"], dropna=False).size().reset_index(name=L["count"])
                        .rename(columns={"gremium": L["body"], "art": L["kind"]}),
        per_month=meetings_per_month(meetings, year),
        attendance_rate=attendance_rate(attendees, meetings),
        attendance=attendance_matrix(attendees, meetings),
        meetings=_meeting_sheet(meetings, attendees, decisions, tasks),
        decisions=decisions, tasks=tasks,
        task_status=task_status(tasks),
    )


def meetings_of_year(meetings: pd.DataFrame, series: pd.DataFrame, year: int) -> pd.DataFrame:
    """Meetings held in ``year``, with the body (else the series) and kind to group them by."""
    frame = meetings.merge(series[["doc_id", "series_id"]], on="doc_id", how="left")
    frame["datum"] = pd.to_datetime(frame["date"], errors="coerce")
    frame = frame[frame["datum"].dt.year == year].copy()
    frame["gremium"] = frame["body"].fillna(frame["series_id"]).fillna(frame["doc_id"]).astype(str)
    frame["art"] = frame["kind"].fillna("").astype(str)
    return frame.sort_values(["datum", "doc_id"]).reset_index(drop=True)


def key_figures(meetings: pd.DataFrame, decisions: pd.DataFrame, tasks: pd.DataFrame) -> pd.DataFrame:
    status = tasks["status_code"]
    rows = [
        (L["meetings_total"], len(meetings)),
        (L["decisions_total"], len(decisions)),
        (L["tasks_created"], len(tasks)),
        (L["tasks_done"], int((status == "done").sum())),
        (L["tasks_open"], int(status.isin(OPEN_STATUSES).sum())),
        (L["tasks_overdue"], int(tasks["overdue_flag"].sum())),
    ]
    return pd.DataFrame(rows, columns=[L["figures"], L["count"]])


def meetings_per_month(meetings: pd.DataFrame, year: int) -> pd.DataFrame:
    counts = meetings["datum"].dt.month.value_counts()
    rows = [(f"{year}-{m:02d}", int(counts.get(m, 0))) for m in range(1, 13)]
    return pd.DataFrame(rows, columns=[L["month"], L["count"]])


def attendance_rate(attendees: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    """Per person: meetings present / meetings of the bodies the person is listed in (guests left out)."""
    members = attendees[attendees["status"] != "guest"].merge(meetings[["doc_id", "gremium"]], on="doc_id")
    held = meetings.groupby("gremium")["doc_id"].nunique()
    rows = []
    for name, rows_of in members.groupby("name"):
        present = rows_of.loc[rows_of["status"] == "present", "doc_id"].nunique()
        total = int(sum(held[g] for g in rows_of["gremium"].unique()))
        rows.append((name, present, total, round(present / total, 3) if total else None))
    frame = pd.DataFrame(rows, columns=[L["person"], L["present"], L["meetings_total"], L["rate"]])
    return frame.sort_values([L["rate"], L["person"]], ascending=[False, True]).reset_index(drop=True)


def attendance_matrix(attendees: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    """Person x meeting: anwesend, entschuldigt, abwesend, Gast; empty where the list does not name them."""
    labels = {row.doc_id: f"{row.datum:%Y-%m-%d} {row.gremium}" for row in meetings.itertuples()}
    marked = attendees.assign(mark=attendees["status"].map(ATTENDANCE_MARKS),
                              meeting=attendees["doc_id"].map(labels)).dropna(subset=["meeting"])
    matrix = marked.pivot_table(index="name", columns="meeting", values="mark", aggfunc="first")
    matrix = matrix.reindex(columns=[labels[d] for d in meetings["doc_id"] if labels[d] in matrix.columns])
    return matrix.reset_index().rename(columns={"name": L["person"]})


def task_status(tasks: pd.DataFrame) -> pd.DataFrame:
    counts = tasks["status_code"].value_counts()
    rows = [(STATUS_LABELS[s], int(counts.get(s, 0))) for s in (*CLOSED, *OPEN_STATUSES)]
    return pd.DataFrame(rows, columns=[L["status"], L["count"]])


def _decisions(decisions: pd.DataFrame, items: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    frame = _with_audit(decisions, "decision_id", items, meetings)
    return pd.DataFrame({
        "Datum": frame["meeting_date"], L["body"]: frame["gremium"], "TOP": frame["agenda_item"],
        "Beschluss": frame["text"], "Ja": frame["votes_yes"], "Nein": frame["votes_no"],
        "Enthaltung": frame["votes_abstain"], "einstimmig": frame["unanimous"].map(_ja_nein),
        L["status"]: frame["status_code"].map(STATUS_LABELS), "zuletzt erwähnt": frame["last_mention_date"],
        "Dokument": frame["doc_id"], "Datei": frame["source_file"], "Zeichen": frame["char_start"],
        "status_code": frame["status_code"],
    })


def _tasks(actions: pd.DataFrame, items: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    frame = _with_audit(actions, "action_id", items, meetings)
    return pd.DataFrame({
        "Datum": frame["meeting_date"], L["body"]: frame["gremium"], "TOP": frame["agenda_item"],
        "Aufgabe": frame["task"], "Verantwortlich": frame["responsible"], "Frist": frame["deadline"],
        L["status"]: frame["status_code"].map(STATUS_LABELS), "zuletzt erwähnt": frame["last_mention_date"],
        "überfällig": frame["overdue_flag"].map(_ja_nein),
        "Dokument": frame["doc_id"], "Datei": frame["source_file"], "Zeichen": frame["char_start"],
        "status_code": frame["status_code"], "overdue_flag": frame["overdue_flag"],
    })


def _with_audit(records: pd.DataFrame, id_column: str, items: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    audit = items[["item_id", "last_status", "last_mention_date", "overdue"]].rename(columns={"item_id": id_column})
    frame = records[records["doc_id"].isin(meetings["doc_id"])]
    frame = frame.merge(audit, on=id_column, how="left").merge(meetings[["doc_id", "gremium"]], on="doc_id")
    frame["status_code"] = frame["last_status"].fillna(UNREPORTED).astype(str)
    frame["overdue_flag"] = frame["overdue"].fillna(False).astype(bool)
    return frame.sort_values(["meeting_date", "doc_id", "char_start"]).reset_index(drop=True)


def _meeting_sheet(meetings: pd.DataFrame, attendees: pd.DataFrame, decisions: pd.DataFrame,
                   tasks: pd.DataFrame) -> pd.DataFrame:
    present = attendees[attendees["status"] == "present"].groupby("doc_id").size()
    decided, created = decisions.groupby("Dokument").size(), tasks.groupby("Dokument").size()
    count = lambda per_doc: meetings["doc_id"].map(per_doc).fillna(0).astype(int)  # noqa: E731
    return pd.DataFrame({
        "Datum": meetings["datum"].dt.strftime("%Y-%m-%d"), L["body"]: meetings["gremium"],
        L["kind"]: meetings["art"], "Titel": meetings["title"], "Ort": meetings["location"],
        "Anwesende": count(present), "Beschlüsse": count(decided), "Aufgaben": count(created),
        "Dokument": meetings["doc_id"],
    })


def _ja_nein(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return "ja" if bool(value) else "nein"
