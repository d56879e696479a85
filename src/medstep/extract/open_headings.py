"""Markdown headings in an open answer: a heading that opens the conclusion's section, and a heading that is the
answer itself.

Models lay an open answer out as a small report. Two layouts give the answer by a heading:

* the last section is the conclusion, opened by a heading naming it ("## Analysis ... ## Diagnosis\\nAortic
  dissection", "## Step 2: Conclusion\\nThis is emphysema.", "### Most likely diagnosis"): the sections before it are
  the reasoning. A heading of the differential ("## Differential diagnosis") opens no conclusion, and a differential
  after the conclusion lists the alternatives set aside. A conclusion
  heading with nothing under it is no answer: ``truncated`` after other text (the model stopped), ``unparsed`` when
  nothing else was written ("### Diagnosis" alone).
* the first line is a heading naming one finding, and what follows only explains it ("## Tension pneumothorax\\n\\nThe
  right hemithorax is hyperlucent ...", "# **Acute cholecystitis**\\nGallbladder wall thickening ..."). A heading
  naming no finding of the vocabulary ("## Image description", "## Chest radiograph"), holding it open ("## Pneumonia
  vs atelectasis", "## Pneumonia?") or followed by text that concludes, doubts or turns (``open_span.droppable``) is
  not taken.

A report laid out as fields ("FINDINGS: ...\nIMPRESSION:\nRECOMMENDATION: ...") may leave its conclusion field empty
and go on with another field: :func:`empty_conclusion` (no answer).

``extract/open_reader.py`` calls these; the choice and closed readers keep ``open_reader.final_section``.
"""

from __future__ import annotations

from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import open_decision, open_field, open_span
from medstep.extract.concept_question import category_of
from medstep.lazyre import lazy_compile

# A heading line: "#" marks, or a line that is one bold span ("**Acute cholecystitis**").
_HEADING = lazy_compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+(?P<hash>[^\n]*?)|\*\*(?P<bold>[^*\n]+)\*\*)[ \t]*$")
# An optional step number before a heading's words ("Step 3:", "4.").
_STEP = r"(?:(?:step|part)?\s*\d{1,2}\s*[.:)—–-]?\s*)?"
# The words of a heading opening the conclusion's section, after an optional step number ("Step 3:", "4.").
_CONCLUSION = lazy_compile(r"(?i)^[\s*_]*" + _STEP + r"(?:(?:the\s+)?(?:final|most\s+likely|"
                           r"likely|leading|working|overall|primary|main)\s+)?(?:diagnosis|impression|conclusion|"
                           r"conclude|answer|response|assessment)[\s*_]*[:：]?[\s*_]*$")
_DIFFERENTIAL = lazy_compile(r"(?i)\bdifferential")
_DIFFERENTIAL_HEAD = lazy_compile(r"(?i)^[\s*_]*" + _STEP + r"differentials?"
                                  r"(?:\s+diagnos[ie]s)?[\s*_]*[:：]?[\s*_]*$")
_WORDS_BEFORE = lazy_compile(r"[^\W\d_]")


def _headings(text: str, bold: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, text) of each heading line of ``text``: "#" lines, and lines of one bold span that end with a
    colon ("**Impression:**"), or with ``bold`` any line of one bold span (a bold line without a colon under a
    heading is its content: "## Diagnosis\n**Osteosarcoma**")."""
    found = []
    for m in _HEADING.finditer(text):
        words = m.group("hash") if m.group("hash") is not None else m.group("bold")
        if m.group("hash") is None and not bold and not words.rstrip().endswith((":", "：")):
            continue
        found.append((m.start(), m.end(), words.strip(" *_")))
    return found


def conclusion_section(text: str) -> str | None:
    """The section under the last heading of ``text`` that opens a conclusion (module docstring), up to the next
    heading, stripped; "" when that section is empty; ``None`` when no heading opens a conclusion or a later section
    does more than explain it (it concludes, doubts or turns). Where no heading opens a conclusion, the section of
    the last differential heading ("## Differential diagnosis\n- Sarcoidosis\n- Lymphoma"): the list it holds is
    read as a list, never as an answer."""
    if "#" not in text and "**" not in text:
        return None
    heads = _headings(text)
    differential = None
    for k in range(len(heads) - 1, -1, -1):
        start, end, words = heads[k]
        if _CONCLUSION.match(words) is None and _DIFFERENTIAL_HEAD.match(words) is None:
            continue
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        section, later = text[end:stop].strip(), text[stop:].strip()
        if _DIFFERENTIAL.search(words) is not None:
            if differential is None and _WORDS_BEFORE.search(section) is not None:
                differential = section  # not "**Differential:**\n1." (cut before its first item)
            continue
        kept = [text[h[1]:(heads[j + 1][0] if j + 1 < len(heads) else len(text))]
                for j, h in enumerate(heads[k + 1:], k + 1) if _DIFFERENTIAL.search(h[2]) is None]
        if later and any(not open_span.droppable(part, section) for part in kept if part.strip()):
            return None  # a later section that concludes, doubts or turns; a later differential lists alternatives
        return section
    return differential or None


def wrote_before(text: str) -> bool:
    """Whether ``text`` holds words outside its heading lines before its last conclusion heading (a model that
    wrote, then stopped under its conclusion heading)."""
    heads = _headings(text)
    last = max((h for h in heads if _CONCLUSION.match(h[2]) is not None), default=None)
    if last is None:
        return False
    prose = _HEADING.sub("", text[:last[0]])
    return _WORDS_BEFORE.search(prose) is not None


def heading_label(text: str, question: str) -> str | None:
    """The first line of ``text`` when it is a heading naming one finding that answers ``question`` and the text
    after it only explains it (module docstring); ``None`` otherwise."""
    heads = _headings(text, bold=True)
    if not heads or text[:heads[0][0]].strip():
        return None
    _, end, words = heads[0]
    body = text[end:].strip()
    if not body or not open_span.short_label(words) or _CONCLUSION.match(words) is not None:
        return None
    found = {m.concept for m in vocabulary().mentions(normalize(words)) if category_of(m) == "finding"}
    if len(found) != 1 or not open_decision.label_answers(words, body, question):
        return None
    return words if open_span.droppable(body, words) else None


def after_title(text: str, question: str) -> str | None:
    """The text after a first-line heading that only names the image ("## Chest radiograph\n\nThere is a large left
    pneumothorax."; not "### Findings", which names no modality or anatomy): a title, no part of the answer.
    ``None`` otherwise."""
    heads = _headings(text, bold=True)
    if not heads or text[:heads[0][0]].strip():
        return None
    body, title = text[heads[0][1]:].strip(), heads[0][2]
    named = vocabulary().mentions(normalize(title))  # "## Findings" names nothing: a section, not the image
    return body if body and named and open_decision.describes_image(title, question) else None


# A conclusion field left empty on its line ("IMPRESSION:", "**Diagnosis:**"), and a line opening another field of a
# report (a recommendation, a comment, a note: not a label of the conclusion's own, "Right lower lobe pneumonia: ...").
_EMPTY_FIELD = lazy_compile(r"(?im)^[ \t*_#>-]*(?:(?:final|most\s+likely|working|likely)[ \t]+)?(?:impression|diagnosis|"
                            r"conclusion)[ \t]*[*_]*[ \t]*[:：][*_ \t]*$")
_NEXT_FIELD = lazy_compile(r"(?i)^[ \t*_#>-]*(?:recommendations?|comments?|notes?|plan|follow[ -]?up|advice|"
                           r"suggestions?|technique|comparison|(?:clinical\s+)?history|indications?|limitations?|"
                           r"disclaimer|confidence|reasoning|rationale|explanation|findings|differential(?:\s+diagnosis)?)"
                           r"[*_]*[ \t]*[:：]")


def empty_conclusion(region: str) -> bool:
    """Whether the last conclusion field of a report is left empty and the report goes on with another field
    ("FINDINGS: ...\nIMPRESSION:\nRECOMMENDATION: Follow-up in 6 weeks."): the conclusion was never written, and the
    fields around it (findings, a recommendation) do not give it."""
    found = None
    for found in _EMPTY_FIELD.finditer(region):
        pass
    if found is None or open_field.answer_field(region[found.end():]) is not None:
        return False
    rest = region[found.end():].strip("\n")
    return bool(rest.strip()) and _NEXT_FIELD.match(rest.lstrip("\n")) is not None
