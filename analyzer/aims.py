"""A resume's stated aims: the role an objective seeks is not a skill the candidate shows.

'Seeking to apply my education to an information security internship', 'looking for Scrum
Master roles', 'To obtain employment in a team of customer service professionals': the field
named is the job wanted. What the candidate brings to it ('Seeking a role where I can use
my Python skills') stays a claim, so only a field that names the role itself is set aside.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Aims"]

AIM_REACH_CHARS = 160
"""How far before a match (characters) an objective's verb is looked for."""

_AIM = re.compile(
    r"\b(?:seek(?:ing|s)?|looking\s+for|to\s+(?:obtain|secure|gain|join|find)|aspir(?:e|ing)\s+to|"
    r"apply(?:ing)?\s+for|interested\s+in|to\s+be\s+(?:an?|the)(?=\s))\b", re.IGNORECASE)
"""A verb stating what the candidate wants."""
_SENTENCE_BREAK = re.compile(r"[.!?;•▪●■]\s|\n")
"""Where the sentence around the match starts: the aim must be in the same sentence and on
the same line (a resume's bullets end without a full stop)."""
_ROLE_NOUN = (r"(?:internships?|roles?|positions?|jobs?|openings?|professionals|careers?|"
              r"programmes?|vacanc(?:y|ies)|opportunit(?:y|ies)|"
              # The kind of employer wanted ('a public relations or publishing firm').
              r"firms?|agenc(?:y|ies)|compan(?:y|ies)|organi[sz]ations?)\b")
_ROLE_AFTER = re.compile(
    r"(?:[ \t]*(?:/|&|,(?:[ \t]+(?:and|or)(?=[ \t]))?|[ \t]and[ \t]|[ \t]or[ \t])[ \t]*[\w.+#-]+"
    r"(?:[ \t]+[A-Z][\w.+#-]*)?){0,3}"
    rf"[ \t]+{_ROLE_NOUN}", re.IGNORECASE)
"""The role noun the field qualifies: right after it, or after more titles joined to it
('Scrum Master/Program Manager roles', 'a communications, public relations, or publishing
firm'); not a few words on ('Python skills in a role')."""
_ENDS_IN_ROLE = re.compile(rf"\b{_ROLE_NOUN}\Z", re.IGNORECASE)
"""A match that ends in a role noun itself ('Scrum Master roles', one alias)."""
_ROLE_BEFORE = re.compile(
    r"\b(?:position|role|post|job|career)\s+(?:of|as|in)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
"""A role noun right before the field ('the position of Core Java developer')."""


class Aims:
    """Where a document states an aim ('seeking', 'looking for', 'to obtain'), found once so
    that each match is checked by a lookup. Immutable after construction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [m.start() for m in _AIM.finditer(text)]

    def names_a_sought_role(self, start: int, end: int) -> bool:
        """The match at ``start``/``end`` names the job an objective seeks, not a skill the
        candidate has. The aim's verb must come before the match in its sentence, and the
        match must qualify a role noun ('an information security internship') or follow one
        ('the position of Core Java developer')."""
        lo = max(0, start - AIM_REACH_CHARS)
        index = bisect.bisect_left(self._starts, lo)
        if index == len(self._starts) or self._starts[index] >= start:
            return False  # no aim stated just before: most matches
        text = self.text
        before = text[lo:start]
        breaks = list(_SENTENCE_BREAK.finditer(before))
        sentence = before[breaks[-1].end():] if breaks else before
        # An aim found before the match must stand in its sentence.
        first = bisect.bisect_left(self._starts, start - len(sentence))
        if first == len(self._starts) or self._starts[first] >= start:
            return False
        return (_ROLE_BEFORE.search(sentence) is not None
                or _ENDS_IN_ROLE.search(text, start, end) is not None
                or _ROLE_AFTER.match(text, end, min(len(text), end + AIM_REACH_CHARS)) is not None)
