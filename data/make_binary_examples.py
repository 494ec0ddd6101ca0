#!/usr/bin/env python3
"""Build the binary example protocols (.docx, .pdf) in data/examples/ from the
plain-text sources in data/sources/.

Usage:  .venv/bin/python data/make_binary_examples.py [--check]

The output is deterministic: fixed metadata dates, fixed ZIP timestamps for
DOCX, fixed creation date for PDF.  ``--check`` rebuilds into a temporary
folder and reports whether the files in data/examples/ are up to date.

Source notation (one line = one paragraph; for PDFs one line = one printed line,
so line breaks, hyphenation and wrapped bullets are written out by hand):

    @key: value        directive at the top (header, footer, layout, font, size, margin)
    # Titel            document title (DOCX: Heading 1)
    ## Abschnitt       section heading (DOCX: Heading 2)
    ### Unterpunkt     sub-heading (DOCX: Heading 3)
    - Punkt            bullet (DOCX: List Bullet)
      Fortsetzung      (PDF only) continuation line of the bullet above, hanging indent
    | a | b | c |      table row; the first row of a block is the header
    **Label:** Text    bold run inside a paragraph
    (blank line)       PDF: vertical space; DOCX: ignored
"""
from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import io
import re
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
EXAMPLES = HERE / "examples"

# source file -> (output name, meeting date used as the file's fixed timestamp)
JOBS = {
    "elternbeirat-gs-muehlbach-2024-10-08.txt": "elternbeirat-gs-muehlbach-2024-10-08.docx",
    "kgv-sonnenhang-vorstand-2025-05-06.txt": "kgv-sonnenhang-vorstand-2025-05-06.pdf",
    "seniorenbeirat-hohenmoor-2024-09-19.txt": "seniorenbeirat-hohenmoor-2024-09-19.pdf",
}

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/share/fonts/TTF")]


def read_source(path: Path) -> tuple[dict[str, str], list[str]]:
    meta, lines = {}, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"@(\w+):\s*(.*)$", raw)
        if m and not lines:
            meta[m.group(1)] = m.group(2)
            continue
        lines.append(raw.rstrip())
    while lines and not lines[0]:
        lines.pop(0)
    return meta, lines


def fixed_date(name: str) -> dt.datetime:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", name)
    y, mo, d = (int(x) for x in m.groups())
    return dt.datetime(y, mo, d, 23, 0, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=1)


def bold_runs(text: str) -> list[tuple[str, bool]]:
    parts = re.split(r"\*\*(.+?)\*\*", text)
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def table_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


# ------------------------------------------------------------------ DOCX

def build_docx(src: Path, out: Path) -> None:
    import docx
    from docx.shared import Pt

    meta, lines = read_source(src)
    when = fixed_date(out.name).replace(tzinfo=None)
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = meta.get("author", "Elternbeirat")
    cp.last_modified_by = cp.author
    cp.title = next((l[2:] for l in lines if l.startswith("# ")), "")
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(table_cells(lines[i]))
                i += 1
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    para = table.cell(r, c).paragraphs[0]
                    para.add_run(value).bold = r == 0
            doc.add_paragraph()
            continue
        m = re.match(r"(#{1,3}) (.*)", line)
        if m:
            doc.add_heading(m.group(2), level=len(m.group(1)))
        elif line.startswith("- "):
            para = doc.add_paragraph(style="List Bullet")
            for text, bold in bold_runs(line[2:]):
                para.add_run(text).bold = bold
        else:
            para = doc.add_paragraph()
            for text, bold in bold_runs(line):
                para.add_run(text).bold = bold
        i += 1

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the ZIP with fixed timestamps so that the bytes are reproducible
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                          lambda mm: b"<dcterms:" + mm.group(1) + mm.group(2) + b">"
                          + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + b"<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# ------------------------------------------------------------------ PDF

def find_font(name: str) -> Path:
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            return p
    sys.exit(f"font {name} not found (apt-get install -y fonts-dejavu-core)")


def build_pdf(src: Path, out: Path) -> None:
    from fpdf import FPDF

    meta, lines = read_source(src)
    layout = meta.get("layout", "a")
    family = meta.get("font", "DejaVuSans")
    size = float(meta.get("size", "10.5"))
    header_text = meta.get("header", "")
    footer_text = meta.get("footer", "Seite {page} von {nb}")

    class Doc(FPDF):
        def header(self):
            if layout == "a":
                self.set_font(family, "", 8.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, header_text, new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(150, 150, 150)
                self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
                self.ln(5)
            else:
                self.set_font(family, "B", 9)
                self.set_text_color(30, 60, 110)
                self.cell(0, 5, header_text, align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font(family, "", 8.5)
            self.set_text_color(90, 90, 90)
            text = footer_text.replace("{page}", str(self.page_no()))
            self.cell(0, 8, text, align="C" if layout == "a" else "L")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(fixed_date(out.name))
    pdf.set_creator("protokoll data/make_binary_examples.py")
    pdf.set_producer("fpdf2")
    pdf.set_title(next((l[2:] for l in lines if l.startswith("# ")), out.stem))
    pdf.alias_nb_pages("{nb}")
    for style, suffix in (("", ""), ("B", "-Bold")):
        pdf.add_font(family, style, str(find_font(f"{family}{suffix}.ttf")))
    margin = float(meta.get("margin", "22" if layout == "a" else "25"))
    pdf.set_margins(margin, 18, margin)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lh = size * 0.5
    width = pdf.w - 2 * margin
    indent = 6

    def write_line(text: str, x: float, bold_all: bool = False):
        pdf.set_x(x)
        used = 0.0
        for part, bold in bold_runs(text):
            pdf.set_font(family, "B" if (bold or bold_all) else "", size)
            w = pdf.get_string_width(part)
            pdf.cell(w, lh, part)
            used += w
        if used > width - (x - margin) + 0.5:
            print(f"  warning: line too wide in {src.name}: {text[:50]}...", file=sys.stderr)
        pdf.ln(lh)

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            pdf.ln(lh * 0.6)
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(table_cells(lines[i]))
                i += 1
            pdf.set_font(family, "", size - 0.5)
            col = width / len(rows[0])
            for r, cells in enumerate(rows):
                for value in cells:
                    pdf.set_font(family, "B" if r == 0 else "", size - 0.5)
                    pdf.cell(col, lh + 1.2, value, border=1)
                pdf.ln(lh + 1.2)
            continue
        elif line.startswith("# "):
            pdf.set_font(family, "B", size + 4)
            pdf.cell(0, lh + 3, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.startswith("## "):
            pdf.ln(1.5)
            pdf.set_font(family, "B", size + 1)
            pdf.cell(0, lh + 1.5, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("### "):
            pdf.set_font(family, "B", size)
            pdf.cell(0, lh + 0.5, line[4:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("- "):
            pdf.set_font(family, "", size)
            pdf.set_x(margin + 1.5)
            pdf.cell(indent - 1.5, lh, "•")
            write_line(line[2:], margin + indent)
        elif line.startswith("  "):
            write_line(line.strip(), margin + indent)
        else:
            write_line(line, margin)
        i += 1
    pdf.output(str(out))


# ------------------------------------------------------------------ main

def build_all(target: Path) -> list[Path]:
    built = []
    for src_name, out_name in JOBS.items():
        src, out = SOURCES / src_name, target / out_name
        (build_docx if out.suffix == ".docx" else build_pdf)(src, out)
        built.append(out)
    return built


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="rebuild into a temp folder and compare")
    args = ap.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            stale = [p.name for p in build_all(Path(tmp))
                     if not (EXAMPLES / p.name).exists() or not filecmp.cmp(p, EXAMPLES / p.name, shallow=False)]
        print("stale: " + ", ".join(stale) if stale else "all binary examples up to date")
        return 1 if stale else 0
    for p in build_all(EXAMPLES):
        print(f"wrote {p.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
