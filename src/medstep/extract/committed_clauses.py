"""The committing sentence read clause by clause: a yes/no answered by a finding stated in one part of it.

A reply often closes on one sentence that joins its verdict to something else: "These are the hallmarks of tension
physiology — this is a tension pneumothorax and needs immediate decompression.", "<think>...</think> Not calcified — the
lesion is soft tissue (~40 HU)." Read as a whole, the other part hides the statement from the sentence reader
(``extract/implicit.py`` asks every word of the question in one span and refuses advice); read part by part, one
part states the asked finding. Rule ``implicit_committed``. Read only when every other closed rule found nothing:

* the committing sentence is the reply after a closed think block (whose doubts are not read), else the concluding statement
  (``extract/conclusion.py``), else the last sentence;
* the question is a simple English presence or property question (``implicit_terms.parse_question``), not of a
  whole state ("Is the liver normal?" is judged of every part), and a part is read only when it names its key word
  (the property, else the finding's head noun);
* something was cut: a think block before, advice or a lean taken off, or the sentence split in parts; a last
  sentence as it stands is the sentence readers' (``extract/stated.py``);
* it must not hedge, turn ("but", "although"), ask (a question restated, cut off: "Is there any abnormality in"), state a cutoff ("above 3 cm is dilated"), look back in time or set a
  condition as a whole (``implicit.hedged``, ``_CONDITION``),
  since a part cut from "If there were a pneumothorax, ..." states what the whole does not;
* it is cut at a dash, a semicolon or an arrow, and at the advice joined to it ("and needs ..."); each part naming
  the asked key word is read alone by the sentence readers (``stated.read_stated``, with its checks of another
  part, side or organ), must name every word of an asked finding, must read, and all must agree; a property stated without its subject ("not hyperinflated") is read only
  where nothing before it names another thing it may belong to (``anaphor.other_antecedent``);
* a part made only of the asked finding's words before another part is a label whose verdict follows ("Pneumothorax —
  not identified; ..."): the sentence is left unread;
* no sentence before it, read alone, states the asked finding the other way;
* a reply otherwise held open (ambiguous) is read only when its committing sentence denies the finding under a
  committed lean ("So likely not a fracture."), as the no "A fracture is unlikely." is read (``extract/leans.py``).
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import NO, YES, hedges, negation, same_verdict
from medstep.extract import anaphor, conclusion, implicit
from medstep.extract.implicit_terms import WHOLE_STATE, key_word, matches, parse_question, tokens
from medstep.extract.letters import clean
from medstep.extract.mentions import CONFLICT
from medstep.lazyre import lazy_compile

RULE = "implicit_committed"

_THINK_END = lazy_compile(r"(?i)</think>")
# Where a sentence joins two statements: a dash, a semicolon, an arrow. Not a comma ("an enlarged, tortuous aorta"),
# a colon or a hyphen (a field's label: "Pleural: a small effusion.", "Effusion - yes").
_PART_BREAK = lazy_compile(r"[—–;→]|=>|->")  # the parts are stripped after: no blanks matched, linear on any input
# Advice or urgency joined to a stated finding: "... and needs immediate decompression", ", which requires drainage".
# The blanks before it start only after a non-blank, so a long run of blanks is scanned once (linear).
_ADVICE_TAIL = lazy_compile(
    r"(?i),?(?<![ \t])[ \t]+(?:and|which|that)[ \t]+(?:needs|requires|warrants|merits|calls[ \t]+for|"
    r"should[ \t]+be|must[ \t]+be)\b[^.!?]*"
)
# A sentence that sets a condition, turns, weighs an alternative or a rule-out, or asks: no part of it states anything
# by itself. The words are the hedge and negation homes' (``answers/hedges.py``, ``answers/negation.py``).
_CONDITION = lazy_compile(
    r"(?i)\b(?:"
    + hedges.alternation(
        hedges.CONDITION,
        hedges.POSSIBILITY,
        hedges.TURN,
        hedges.CONTRAST,
        hedges.ALTERNATIVE,
        hedges.ASKING,
        hedges.EXCEPTION,
        negation.EXCLUDE,
        ("ruled out", "or", "otherwise", "apart"),
    )
    + r")\b|\?"
)
# A part naming the finding of another one, or one taken back: "a macular hole in the fellow eye", "a closed macular
# hole", "another fracture", "a healed fracture": it says nothing of the asked one now.
_ANOTHER_ONE = lazy_compile("(?i)" + hedges.words(hedges.BESIDES, hedges.COUNTERPART, hedges.TAKEN_BACK))
# A cutoff stated as a rule ("above 3 cm is dilated", "> 5.5 cm is aneurysmal"): a criterion, not an observation.
_CRITERION = lazy_compile(
    r"(?i)(?:\b(?:above|below|over|under|greater[ \t]+than|less[ \t]+than|more[ \t]+than|beyond)|[<>≥≤])[ \t]*\d"
)
# A question's opening: a restated or cut-off question ("Is there any abnormality in") states nothing.
_ASKING = lazy_compile(r"(?i)^\W*(?:is|are|was|were|does|do|did|has|have|can|should|will|any)\b")
# A lean that commits, before the denial it hedges: "So likely not a fracture.", "most probably no effusion" (as "X is
# unlikely" reads no, ``extract/leans.py``); the lean is taken off and the denial read.
_LEANED_DENIAL = lazy_compile(
    r"(?i)\b(?:so|thus|hence|therefore)?[ \t,]*(?:(?:most|very|more|quite)[ \t]+)?(?:"
    + hedges.alternation(("likely", "probably"))
    + r")[ \t]+(?=(?:not|no)\b)"
)
# The words of a bare denial or sighting of the asked finding alone ("not a fracture", "no pneumothorax"): it speaks
# of the asked one, as an elliptic reply does; any other word ("a small effusion") must come with the whole term.
_BARE_WORDS = frozenset({"a", "an", "the", "any", "is", "are", "it", "this", "there", *negation.DENY, *negation.NOR})
# A committing sentence longer than this is a paragraph, not a verdict.
_MAX_SENTENCE = 300


def read_committed(region: str, question: str, read: Callable[[str], str | None], leaned: bool = False) -> str | None:
    """yes / no (or 是 / 否) stated by a part of the committing sentence of ``region``, read by ``read`` (the sentence
    reader, bound to ``question``), else ``None`` (module docstring). ``leaned``: the sentence must deny the finding
    under a committed lean ("So likely not a fracture."), read as its denial (no only)."""
    text = clean(region)
    asked = parse_question(question)
    if len(text) > 4 * implicit.MAX_CHARS or asked is None or asked.prop in WHOLE_STATE:
        return None  # "The liver is normal in size; the duct is beaded.": a whole state is judged of the whole
    before, sentence = _committing(text)
    if implicit.focal_spread(sentence):
        return None  # "No focal liver lesion; the liver is diffusely infiltrated.": the part after holds what "focal" left out
    if implicit.reserved(sentence, asked.words):
        return None  # "..., which must be ruled out": an exclusion still to do is no advice on a stated finding
    sentence, advice = _ADVICE_TAIL.subn("", sentence)  # what to do about it is no doubt about it
    cut = advice > 0 or _THINK_END.search(text) is not None
    if leaned:
        sentence, leans = _LEANED_DENIAL.subn("", sentence, count=1)
        if leans == 0:
            return None
        cut = True
    if (
        not sentence
        or len(sentence) > _MAX_SENTENCE
        or implicit.hedged(sentence)
        or _CONDITION.search(sentence) is not None
        or _ASKING.match(sentence) is not None
        or _CRITERION.search(sentence) is not None
    ):
        return None
    said: set[str] = set()
    parts = _PART_BREAK.split(sentence)
    if len(parts) < 2 and not cut:
        return None  # the last sentence as it stands: the sentence readers have weighed it (``extract/stated.py``)
    for i, part in enumerate(parts):
        part = part.strip(" \t,.")
        words = tokens(part)
        if i + 1 < len(parts) and words and all(any(matches(w, s) for s in asked.words) for w in words):
            return None  # "Pneumothorax — not identified; ...": a label, its verdict in the next part
        if not any(matches(word, key_word(asked)) for word in words):
            continue  # "Pneumothorax: absent here, present before.": a bare "present" says nothing by itself
        if _ANOTHER_ONE.search(part) is not None:
            return None  # "That's a closed macular hole; ...", "a macular hole in the fellow eye; this eye ..."
        bare = all(w in _BARE_WORDS or matches(w, key_word(asked)) for w in words)  # "not a fracture"
        if asked.prop is None and not bare and not all(any(matches(w, s) for w in words) for s in asked.words):
            return None  # "Pleural — a small effusion." to "Is there a pericardial effusion?": not all of it named
        if (
            asked.prop is not None
            and not any(matches(w, s) for w in words for s in asked.words)
            and anaphor.other_antecedent(text[: text.rfind(part)], asked.words)
        ):
            return None  # "The liver spans 21 cm — enlarged." to "Is the spleen enlarged?": whose property?
        verdict = read(part + ".")
        if verdict is None or verdict == CONFLICT:
            return None  # "No effusion on the left, small right effusion.": a part naming it left unread
        said.add(YES if same_verdict(verdict, YES) else NO)
    if len(said) != 1 or (leaned and said != {NO}):
        return None
    found = said.pop()
    for earlier in implicit.sentences(before):
        verdict = read(earlier)
        if verdict is not None and (verdict == CONFLICT or not same_verdict(verdict, found)):
            return None  # "There is no pneumothorax. ... — this is a tension pneumothorax.": which one?
    return found


def _committing(text: str) -> tuple[str, str]:
    """The text before the committing sentence and the sentence itself (module docstring)."""
    closes = list(_THINK_END.finditer(text))
    if closes:
        after = text[closes[-1].end() :].strip()
        found = conclusion.concluding(after)
        sentence = found[0] if found is not None else after
        return after[: max(0, after.rfind(sentence[:20]))], sentence  # the thinking is weighed, not stated
    found = conclusion.concluding(text)
    if found is not None:
        at = text.rfind(found[0][:20])
        return text[: max(0, at)], found[0]
    parts = implicit.sentences(text)
    if not parts:
        return "", ""
    return " ".join(parts[:-1]), parts[-1]


__all__ = ["RULE", "read_committed"]
