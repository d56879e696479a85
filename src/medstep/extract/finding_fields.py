"""The asked finding's own field line inside a longer reply: "Gallstones: none seen." among measurement lines.

Report-style replies list findings as fields and mix them with measurements and other structures: "Gallstones: none
seen.\\nGallbladder wall: 2 mm.\\nCBD: 4 mm.", "Heart: normal size. Pleural effusion: none. Lungs: clear." The field
reader (``replywords.read_fields``) takes a reply made only of verdict fields; one measurement line beside them makes
it no such reply, and the statement readers do not read a finding's name and a presence word cut apart by a colon. So
nothing was read. :func:`as_statements` rewrites the asked finding's field, before the statement readers run, as the
statement it is ("No gallstones.", "Gallstones are present."), so that they read it with all their checks (another
line stating it the other way, a hedge, an earlier study, a side).

Only a presence question ("Is there X?", "Are there X?"), and only a field whose label is the asked finding (the
question term's head word and no word the term lacks, as ``replywords`` matches JSON keys) and whose value is a
verdict, presence or severity word, with a detail at most (``replywords.field_verdict``: "present (multiple)",
"none seen"); the label given twice, or a reply the field reader owns (only fields), is left as it is.
"""

from __future__ import annotations

from medstep.answers import NO
from medstep.extract import asked, replywords
from medstep.extract.asked import Kind
from medstep.lazyre import lazy_compile

# One field: a short label, a colon, a short value, ending its line or its sentence ("Heart: normal size. Effusion:
# none. Lungs: clear."). Markdown emphasis and list marks around the label are kept out of it.
_FIELD = lazy_compile(r"(?m)(?:^|(?<=[.;] ))([ \t]*(?:[-*•>][ \t]+)?[*_]*)([A-Za-z][A-Za-z /'-]{1,40}?)[*_]*[ \t]*:[*_]*[ \t]*"
                      r"([^:\n.;]{1,60}?)[*_ \t]*(?:[.;](?= |$)|$)")


def as_statements(text: str, question: str) -> str:
    """``text`` with the asked finding's field line written as a statement (module docstring); else unchanged."""
    shape = asked.shape(question)
    if shape is None or shape.kind is not Kind.PRESENCE or ":" not in text or replywords.is_fields(text):
        return text
    own = [m for m in _FIELD.finditer(text) if replywords.key_names_asked(m.group(2), question)]
    if len(own) != 1:
        return text  # none, or the finding's field twice: which one holds?
    m = own[0]
    verdict = replywords.field_verdict(m.group(3))
    if verdict is None:
        return text
    label = m.group(2).strip()
    said = f"No {label.lower()}." if verdict == NO else f"{label} is present."
    return text[:m.start()] + m.group(1) + said + text[m.end():]


def contradicts(text: str, question: str) -> bool:
    """Whether the asked finding's field is given twice, once denying and once stating it ("Ascites: none.\\nAscites:
    small.", "Pleural effusion: yes\\nPleural effusion: no"): the reply contradicts itself, and which line the model
    meant is not for the reader to guess (the last is no answer: nothing revises the first)."""
    if ":" not in text or asked.shape(question) is None:
        return False
    said = {replywords.field_verdict(m.group(3)) for m in _FIELD.finditer(text)
            if replywords.key_names_asked(m.group(2), question)}
    return len(said - {None}) == 2


__all__ = ["as_statements", "contradicts"]
