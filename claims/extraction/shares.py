"""Percentages that are no figure of the record: a share is a claim only when what it is a share of is
counted by the record ("88 % des cellules démantelées", "80 في المائة من الخلايا التي جرى تفكيكها", "٩٠٪ من
هذه الخلايا", "70 percent of those arrested").

Not claims: a share of an age band ("38 في المائة من المقاتلين كانوا دون سن 25", "60 % des recrues avaient moins
de 25 ans") — how old people were is no count of the record; a share of cells no one is said to have dismantled
("au moins 40 % des cellules récentes recrutaient en ligne") — cells, not cells dismantled.
"""

from __future__ import annotations

import re

from claims.extraction.metrics import CountedNoun

_CLAUSE_END = re.compile(r"[،,;؛.:!?؟]|\s(?:فيما|بينما|alors\s+que|tandis\s+que|while|whereas)\s")
_AGE_BAND = re.compile(
    r"(?<![\w])(?:(?:دون|تحت|فوق|اقل\s+من|اكثر\s+من)\s+سن|اعمار\w*|اعمر\w*|عمر\w*\s+(?:عن|بين|دون)"
    r"|(?:sous|au-dessous\s+de|en\s+dessous\s+de)\s+l'(?:âge|age)|(?:moins|plus)\s+de\s+\S+\s+ans(?![\w])"
    r"|(?:âgé|agé|age)\w*\s+de\s+(?:moins|plus)|(?:under|over)\s+(?:the\s+age\s+of\s+)?(?:\d+|\w+(?:teen|ty)(?:-\w+)?)(?:\s+years?\s+old)?(?![\w])"
    r"|aged\s+(?:under|over|between|below)|younger\s+than|older\s+than|age\s+of)"
)
_DISMANTLED = re.compile(
    r"فكك|تفكيك|مفكك|الاطاحه|اطاحت|اطاح|démantel|demantel|dismantl|broken\s+up|broke\s+up|break\s+up|neutralis"
    r"|neutraliz|busted|mises?\s+hors\s+d'état|mis\s+hors\s+d'état"
)
# "de ces cellules", "من هذه الخلايا", "منها", "of these cells", "d'entre elles": the cells just counted
_BACK_REFERENCE = re.compile(
    r"(?<![\w])(?:هذه|هاته|منها|منهم|ces|celles-ci|d'entre\s+elles|these|those|them|of\s+which|dont)(?![\w])"
)


def share_outside_record(folded: str, percent_start: int, noun: CountedNoun, metric: str) -> bool:
    """Whether a percentage at `percent_start`, counting `noun` for `metric`, is no figure of the record."""
    after = _CLAUSE_END.search(folded, noun.fend)
    clause_end = after.start() if after else len(folded)
    if _AGE_BAND.search(folded, noun.fend, clause_end):
        return True  # "38 في المائة من المقاتلين كانوا دون سن الخامسة والعشرين"
    if metric == "cells_dismantled":
        if _DISMANTLED.search(folded) or _BACK_REFERENCE.search(
            folded, max(0, percent_start - 30), noun.fend
        ):
            return False
        return True  # "40 % des cellules récentes recrutaient en ligne": no one dismantled them
    return False
