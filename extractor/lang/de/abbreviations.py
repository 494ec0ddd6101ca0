"""German abbreviations that end with a dot but not a sentence."""
from __future__ import annotations

ABBREVIATIONS: tuple[str, ...] = (
    "z.B", "z. B", "bzw", "ca", "Hr", "Hrn", "Fr", "Dr", "Prof", "Nr", "ggf", "evtl", "u.a", "d.h",
    "usw", "inkl", "Abs", "Str", "St", "Mio", "Tsd", "e.V", "vgl", "bzgl", "insb", "insg", "Insg",
    "gem", "lt", "max", "min", "mind", "zzgl", "etc", "sog", "Tel", "Mo", "Di", "Mi", "Do", "Sa",
    "So", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Anm",
    "v.a", "u.ä", "o.ä", "oÄ", "Hrsg", "Kap", "TOP", "S", "Std", "allg", "stellv", "Vors",
    "Dipl", "Ing", "Mag", "jmd", "ebd", "z.T", "i.d.R", "u.U", "Pkt", "Hd", "z.Hd", "ev", "kath", "röm", "luth", "Hrn", "Ev", "Kath",
    "wg", "ggü", "zw", "zzt", "z.Zt", "tlw", "teilw", "vllt", "vlt", "bspw", "ggfs", "insbes", "exkl", "zus", "Abt", "Fa",
    "stv", "Stv", "Kl", "Jg", "Tsd", "Mrd", "städt", "Städt", "gemeindl", "öffentl", "voraussichtl", "Co",
    "einschl", "Päd", "päd", "Ltg", "Vw", "Verw", "Gem", "Whg", "Geb", "Tab", "Bd", "Ziff", "Jh", "gez", "Gez",
    "schriftl", "mündl", "telef", "Prot", "prot", "Anl",
)

# Words that open a new sentence after a number or yearless date ("... bis zum 09.05. Der erste Container ...");
# a noun after the date ("am 09.05. Mitgliederversammlung") keeps the sentence whole.
SENTENCE_OPENERS: tuple[str, ...] = (
    "Der", "Die", "Das", "Ein", "Eine", "Wir", "Es", "Er", "Sie", "Ich", "Dies", "Dieser", "Diese",
    "Danach", "Dann", "Dabei", "Außerdem", "Zudem", "Anschließend", "Bitte", "Herr", "Frau",
)

# Nouns a numbered period may stand before: "im\n1. Quartal 2026" is a wrapped date, not a list item.
NUMBERED_PERIODS: tuple[str, ...] = ("Quartal", "Halbjahr", "Hälfte", "Woche", "KW")
