"""A resume's stated aims: the role an objective seeks is not a skill the candidate shows.

'Seeking to apply my education to an information security internship', 'looking for Scrum
Master roles', 'To obtain employment in a team of customer service professionals': the field
named is the job wanted. What the candidate brings to it ('Seeking a role where I can use
my Python skills') stays a claim, so only a field that names the role itself is set aside.
So is the work an objective wants to do ('To obtain a marketing position and use my knowledge
to conduct product marketing', 'Areas of Interest: To perform troubleshooting'): an activity
wished for, not one done.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Aims"]

AIM_REACH_CHARS = 160
"""How far before a match (characters) an objective's verb is looked for."""
ACTIVITY_MAX_WORDS = 10
"""Words that may stand between a wished-for activity's infinitive and the match."""
HOW_TO_CHARS = 8
"""How far before an aim's verb (characters) a 'how' that makes it a topic is looked for."""

_AIM = re.compile(
    # The lookahead (the verbs' first letters) lets a search skip every other position.
    r"(?=[slatio])\b(?:seek(?:ing|s)?|looking\s+for|to\s+(?:obtain|secure|gain|join|find)|"
    r"aspir(?:e|ing)\s+to|apply(?:ing)?\s+for|interested\s+in|"
    r"objective[\s:\-–➢•]*to\s+be\s+(?:an?|the)(?=\s))\b", re.IGNORECASE)
"""A verb stating what the candidate wants; 'to be a …' only as an objective's own words
('Objective: To be the lead copywriter …'), not in a claim ('proven to be the go-to person')."""
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


_LABELLED_AIM = re.compile(
    r"(?=[oac])\b(?:objective|areas?[ \t]+of[ \t]+interest|career[ \t]+goals?)[\s:\-–➢•▪●■]*"
    r"To[ \t]+[a-z]+", re.IGNORECASE)
"""An objective's label and its infinitive ('Career Objective: To obtain', 'Areas of Interest ➢
To perform'): the sentence after it states an aim without a verb of seeking."""
_HOW_TO = re.compile(r"\bhow[ \t]+\Z", re.IGNORECASE)
"""'how to gain experience': a topic, not an aim."""
_ACTIVITY_BREAK = re.compile(r"[.!?;•▪●■➢]\s|\n|\b[A-Z]{5,}\b")
"""Where the sentence around a wished-for activity starts: a sentence's or a bullet's end, a
line break, or a heading in capitals run into the text ('… sector SYNOPSIS -An erudite …')."""
_OWN_SKILL_VERBS = (r"(?:leverage|utili[sz]e|use|apply|contribute|bring|employ|enhance|hone|"
                    r"improve|strengthen|broaden|further|expand|share|offer|demonstrate|"
                    r"showcase|obtain|secure|gain|join|find|be)")
_WISHED_ACTIVITY = re.compile(
    rf"(?<![\w-])to[ \t]+(?!{_OWN_SKILL_VERBS}\b)[a-z]+"
    rf"(?:(?>[ \t]*,?[ \t]+)(?!(?:my|me|I|our)\b)[\w/&'’-]+){{0,{ACTIVITY_MAX_WORDS}}}"
    r"[ \t]*,?[ \t]*\Z",
    re.IGNORECASE)
"""An infinitive of doing and the words up to the match ('to conduct ', 'to work on several
projects for writing, testing, and '). Not a verb that brings what the candidate has ('to
leverage 8 years of', 'to apply'), nor words of the candidate's own ('to grow my'): those are
claims; nor 'to be', a state ('you will find me to be a driven team player'); nor the 'to' of
'go-to'. The gap between two words is read at once (an atomic group): tried every way a run
of spaces could be split, a flattened line's column gaps took seconds."""


class Aims:
    """Where a document states an aim ('seeking', 'looking for', 'to obtain'), found once so
    that each match is checked by a lookup. Immutable after construction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [m.start() for m in _AIM.finditer(text)]
        self._label_ends = [m.end() for m in _LABELLED_AIM.finditer(text)]

    def names_a_sought_role(self, start: int, end: int) -> bool:
        """The match at ``start``/``end`` names the job an objective seeks, not a skill the
        candidate has. The aim's verb must come before the match in its sentence, and the
        match must qualify a role noun ('an information security internship') or follow one
        ('the position of Core Java developer')."""
        lo = max(0, start - AIM_REACH_CHARS)
        if not self._any_between(self._starts, lo, start):
            return False  # no aim stated just before: most matches
        text = self.text
        before = text[lo:start]
        breaks = list(_SENTENCE_BREAK.finditer(before))
        sentence = before[breaks[-1].end():] if breaks else before
        # An aim found before the match must stand in its sentence.
        if not self._any_between(self._starts, start - len(sentence), start):
            return False
        return (_ROLE_BEFORE.search(sentence) is not None
                or _ENDS_IN_ROLE.search(text, start, end) is not None
                or _ROLE_AFTER.match(text, end, min(len(text), end + AIM_REACH_CHARS)) is not None)

    def names_a_wished_activity(self, start: int) -> bool:
        """The match at ``start`` is work an objective wants to do ('To obtain a sales
        position and use my knowledge to conduct product marketing', 'Areas of Interest ➢ To
        perform troubleshooting'), not work done. An aim (a verb of seeking, or an objective's
        label and its infinitive) must open the match's sentence before it, and an infinitive
        of doing must lead to the match with no word of the candidate's own between."""
        lo = max(0, start - AIM_REACH_CHARS)
        if not (self._any_between(self._starts, lo, start)
                or self._any_between(self._label_ends, lo, start)):
            return False  # no aim just before: most matches
        text = self.text
        breaks = list(_ACTIVITY_BREAK.finditer(text, lo, start))
        sentence_start = breaks[-1].end() if breaks else lo
        aimed = any(_HOW_TO.search(text, max(0, at - HOW_TO_CHARS), at) is None
                    for at in self._starts[bisect.bisect_left(self._starts, sentence_start):
                                           bisect.bisect_left(self._starts, start)])
        labelled = self._any_between(self._label_ends, sentence_start + 1, start)
        return ((aimed or labelled)
                and _WISHED_ACTIVITY.search(text, sentence_start, start) is not None)

    @staticmethod
    def _any_between(positions: list[int], lo: int, hi: int) -> bool:
        """Whether a sorted list of positions holds one in [lo, hi)."""
        index = bisect.bisect_left(positions, lo)
        return index < len(positions) and positions[index] < hi
