"""The side option chosen by a reply that places the abnormality on one side and calls the other side normal.

"Which side is the effusion on?" with the options "Left", "Right", "Bilateral", "No effusion" is answered "The effusion
is on the right side: the right costophrenic angle is blunted. The left costophrenic angle is sharp." Both side
options are named by their text, so the decision reader finds two options and reads none; but the reply says
something different of each side: an abnormality on one, a normal structure on the other. What each clause says is
the findings vocabulary's reading (``extract/findings.py``): a clause naming one side states an abnormality there
(a finding neither normal nor denied) or calls it normal (every finding normal or denied).

Read only when one option is each bare side ("Left", "Right side", "Left-sided"); every clause naming a side names
one side; the clauses stating an abnormality all name the same side and no clause calls that side normal; the reply
names no image orientation ("on the left of the image", "the viewer's right": which side is meant?), no "both" or
"bilateral", no hedge, and no option by its letter; and the question does not ask for the normal side. Rule
``option_side``.

The same reading undoes a wrong one: a bare side option read by its text alone from a reply that names that side
only to call it normal ("The left costophrenic angle is sharp." read as "Left") is no answer to where the abnormality
is (:func:`side_only_normal`): ``extract/choice_reader.py`` then takes the other side where it is stated, or nothing.
"""

from __future__ import annotations

from typing import Mapping

from medstep.answers.concepts import vocabulary
from medstep.extract import findings, implicit
from medstep.extract.choice import ASKS_NORMAL
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.open_textbook import general_remark
from medstep.lazyre import lazy_compile

RULE = "option_side"

_SIDE_OPTION = lazy_compile(r"(?i)[\s*_]*(left|right)(?:[\s-]*(?:side|sided|hemithorax))?[\s.]*")
_SIDE = lazy_compile(r"(?i)\b(left|right)(?![\s-]+(?:away|now|answer|choice|option)\b)")
# Where the reply may mean the picture's side, not the patient's, or both sides at once.
_VETO = lazy_compile(r"(?i)\b(?:image|images|viewer|viewer's|screen|picture|displayed|both|bilateral|bilaterally|"
                     r"either|neither)\b|\?")


def read_side_option(text: str, idx: OptionIndex, options: Mapping[str, str], question: str) -> str | None:
    """The one side option when ``text`` states the abnormality on that side only (module docstring), else None."""
    sides: dict[str, str] = {}
    for letter, option in options.items():
        found = _SIDE_OPTION.fullmatch(option)
        if found is not None:
            sides.setdefault(found.group(1).lower(), letter)
    if set(sides) != {"left", "right"} or len(text) > implicit.MAX_CHARS or ASKS_NORMAL.search(question) is not None:
        return None
    if _VETO.search(text) is not None or implicit.hedged(text) or any(not m.by_text for m in find_mentions(text, idx)):
        return None
    # the abnormality must be the one asked where the question names one ("On which side is the pneumothorax?" is not
    # answered by "Right lower lobe consolidation. The left lung is clear.")
    said = _sides_said(text, asked=_asked_keys(question))
    if said is None:
        return None
    abnormal, normal = said
    if len(abnormal) != 1 or abnormal & normal:
        return None
    return sides[abnormal.pop()]


def read_sided_finding(text: str, idx: OptionIndex, options: Mapping[str, str], question: str) -> str | None:
    """The option of a finding on one side when options differ only by that side ("Right-sided pneumothorax" /
    "Left-sided pneumothorax") and ``text`` states that finding on one side only ("The chest X-ray shows a pneumothorax
    on the right side, ..."): the side word identifies exactly one option where the finding's name fits two. Read only
    when every finding the reply states that an option names is that one, always with the same side where a side is
    given, the reply names no option by its letter, does not hedge and names no picture side or both sides
    (:data:`_VETO`); never to a question asking for the normal side."""
    sided: dict[tuple[str, str], str] = {}
    keys: list[str] = []
    for letter, option in options.items():
        events = [e for e in findings.statements(option) or [] if not e.negated and not e.normal]
        keys.extend({e.key for e in events})
        if len(events) == 1 and events[0].side in ("left", "right"):
            sided[(events[0].key, events[0].side)] = letter
    # the finding named by exactly two options, one per side: "Right upper lobe collapse" beside "Right lower lobe
    # collapse" differs by more than a side, and is never read here; nor are two options differing by a site as well
    # ("Left lower lobe atelectasis" / "Right upper lobe atelectasis": the reply may name a third site)
    pairs = {key for key, side in sided if (key, "left") in sided and (key, "right") in sided and keys.count(key) == 2
             and _SIDE.sub("", options[sided[(key, "left")]].lower()) == _SIDE.sub("", options[sided[(key, "right")]].lower())}
    if len(pairs) != 1 or len(text) > implicit.MAX_CHARS or ASKS_NORMAL.search(question) is not None:
        return None
    if _VETO.search(text) is not None or implicit.hedged(text) or any(not m.by_text for m in find_mentions(text, idx)) \
            or any(general_remark(s.split(",")[0]) for s in implicit.sentences(text)):
        # a habit said ("Pneumothorax is usually right-sided in tall young men.") reads no case; a label with a
        # textbook aside after its comma ("Right pneumothorax, usually seen after line insertion.") does
        return None
    key = pairs.pop()
    stated = [e for e in findings.statements(text) or [] if e.key in keys]
    if any(e.key != key or e.negated or e.normal for e in stated):
        return None  # another option's finding stated, or this one denied or called normal
    said = {e.side for e in stated if e.side is not None}
    return sided[(key, said.pop())] if len(said) == 1 and said <= {"left", "right"} else None


def bare_side(option: str) -> str | None:
    """"left" / "right" when ``option`` is a bare side ("Left", "Right-sided"), else None."""
    found = _SIDE_OPTION.fullmatch(option)
    return found.group(1).lower() if found is not None else None


def side_only_normal(text: str, side: str, question: str) -> bool:
    """Whether ``text`` names ``side`` only to call a structure there normal ("The right costophrenic angle is
    sharp."), so that the bare side option read from those words is no answer to a question asking where the
    abnormality is: every clause naming the side is read, and only as normal or denied; never to a question asking the
    normal side ("Which lung is clear?")."""
    if len(text) > implicit.MAX_CHARS or ASKS_NORMAL.search(question) is not None:
        return False
    said = _sides_said(text, whole=True)
    return said is not None and side in said[1] and side not in said[0]


def _asked_keys(question: str) -> frozenset[str]:
    """The findings the question asks the side of ("pleural_effusion" for "On which side is the effusion?"); empty
    where it names none ("Which lung is abnormal?")."""
    return frozenset(e.key for e in findings.statements(question) or [])


def _is_asked(key: str, asked: frozenset[str]) -> bool:
    """Whether the finding ``key`` is one asked or a narrower one ("tension_pneumothorax" to "pneumothorax")."""
    concept = vocabulary().concepts.get(key)
    return key in asked or concept is not None and bool(asked & concept.ancestors)


def _sides_said(text: str, whole: bool = False, asked: frozenset[str] = frozenset()) -> tuple[set[str], set[str]] | None:
    """The sides ``text`` states an abnormality on, and those it calls normal, clause by clause; None where a clause
    names both sides (and, ``whole``, where a clause naming a side says nothing the vocabulary reads). ``asked``: only
    an abnormality of those findings counts as stated, and a clause naming a side with another one gives None (which
    is meant?); a normal finding denied ("not sharp") is an abnormality."""
    abnormal: set[str] = set()
    normal: set[str] = set()
    for sentence in implicit.sentences(text):
        for clause in findings.clause_split(sentence):
            named = {s.lower() for s in _SIDE.findall(clause)}
            if not named:
                continue
            if len(named) > 1:
                return None
            events = findings.statements(clause) or []
            if any(e.normal is e.negated and (not asked or _is_asked(e.key, asked)) for e in events):
                abnormal |= named
            elif any(e.normal is e.negated for e in events):
                return None  # another abnormality than the one asked on a side
            elif events:
                normal |= named
            elif whole:
                return None
    return abnormal, normal


__all__ = ["RULE", "bare_side", "read_side_option", "read_sided_finding", "side_only_normal"]
