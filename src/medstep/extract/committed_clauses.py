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

The same reading in its general form, :func:`read_each_sentence` (rule ``implicit_sentences``): a reply of several
sentences that states the asked finding in one of them and describes other things in the rest ("No intracranial
haemorrhage is identified. An old lacunar infarct sits in the left basal ganglia.", "... These findings indicate free
intraperitoneal air; urgent surgical evaluation is advised.") is left unread by the sentence readers when read whole
(a reply past ``implicit.MAX_CHARS``, a hedge or a turn in a sentence about another thing, a term word reused
elsewhere). Each sentence is then read alone by the same readers, with every check they make of one sentence (another
side, organ or finding, a hedge, a class statement), and the reply is read only when:

* every sentence that reads gives the same verdict, and none is held open (ambiguous) or both ways;
* the question asks one finding, device or property, not a whole study's or organ's state ("Is this chest X-ray
  normal?": one sentence calling the heart normal does not answer it);
* the whole reply is not a chain thinking aloud: after a closed think block only the answer is read, and the reply
  is short enough to be an answer (``_MAX_EACH``);
* the caller's checks of the whole reply hold (``extract/closed_reader.py``): nothing revises, undermines or takes the
  statement back as a possibility, nothing speaks of another part of the asked structure, and the reply is not cut;
* a sentence of a class or a textbook fact, a word of habit ("typically") or a method's limit ("can be occult") is
  not read, and a reading sentence opening on a pronoun after one may stand for the class: unread;
* a bare verdict word ("No.") the verdict readers left, or a sentence naming the asked finding that reads nothing
  ("However, there is a lucent line through the dens (odontoid fracture).") leaves the reply unread; a number alone
  ("Liver span 15 cm.") is no verdict here, another sentence may give another;
* a sentence saying a part could not be judged ("The segmental branches are poorly opacified.", "The lateral view was
  not provided.") leaves the reply unread; a sentence about a population ("... in most trauma patients") is a class
  fact, not read; a reply speaking of an earlier study and of now ("The previous pneumothorax has resolved. A new
  apical lucency ...") is not read sentence by sentence;
* a reading sentence must name the asked term (a word of it, its concept, or a kin of an asked finding), and not open
  on a pronoun the text before it gives another antecedent, nor be said of another organ (``extract/anaphor.py``).
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import NO, YES, hedges, negation, same_verdict
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract import anaphor, conclusion, implicit
from medstep.extract.implicit_terms import WHOLE_STATE, key_word, matches, parse_question, tokens
from medstep.extract.letters import clean
from medstep.extract.mentions import CONFLICT
from medstep.lazyre import lazy_compile

RULE = "implicit_committed"
EACH_RULE = "implicit_sentences"

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
# A reply read sentence by sentence (``read_each_sentence``) is an answer, not a chain: longer, it thinks aloud.
_MAX_EACH = 4 * implicit.MAX_CHARS
# Where a reply's sentences end, in either language: a stop, a mark or a newline ("。" needs no blank after it).
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+|(?<=[。！？；])|\n+")
# A sentence that is only a verdict word ("No.", "是。"): read by the verdict readers, which left it.
_BARE_VERDICT = lazy_compile(r"(?i)^[\W_]*(?:yes|no|是|否)[\W_]*$")
# A word of habit: "Fractures are commonly classified ...", "a threshold of 4 mm is typically used" (a rule, no sighting).
_HABIT = lazy_compile("(?i)" + hedges.words(hedges.HABIT))
# A whole study's or organ's state asked, judged of every part: "Is this a normal chest X-ray?", "Is there any
# abnormality?", "Is the radiograph unremarkable?".
_WHOLE_ASKED = lazy_compile(r"(?i)\b(?:normal|abnormal|abnormality|abnormalities|unremarkable|pathology|healthy)\b")
# A sentence saying a part of the study could not be judged ("The segmental branches are poorly opacified.", "The left
# lung is obscured by a large effusion.", "The calf veins were not imaged."): a denial beside it covers only what was
# seen, and the reply does not commit.
_UNJUDGED = lazy_compile(
    r"(?i)\b(?:not|poorly|incompletely|inadequately|suboptimally|partly|partially)\s+(?:well\s+|fully\s+)?"
    r"(?:assessed|assessable|evaluated|evaluable|imaged|included|opacified|covered)\b"
    r"|\b(?:not\s+(?:well|fully)|poorly|incompletely|inadequately|suboptimally|partly|partially)\s+"
    r"(?:visuali[sz]ed|seen|demonstrated)\b"
    r"|\bobscur(?:es|ed|ing)\b|\b(?:outside|beyond)\s+the\s+(?:field|scan)\b|\bnon-?diagnostic\b"
    r"|\b(?:cannot|can't|could\s+not)\s+be\s+(?:assessed|evaluated)\b"
    r"|\b(?:was|were|is|are)\s+not\s+(?:provided|available|obtained|performed|acquired|included)\b")
# A reply that speaks of an earlier study and of now ("The previous pneumothorax has resolved. A new apical lucency
# ..."): its sentences judge different times, and one read alone may be the past's.
_THEN = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_WORDS, hedges.EARLIER_TIME, ("resolved", "resolving")))
_NOW = lazy_compile(r"(?i)\b(?:new|newly|now|today|current|currently|interval)\b")
# A sentence about a population, not this image ("A pneumothorax is absent in most trauma patients on initial films.",
# "... occurs in about a third of patients with this injury."): a fact of a class.
_POPULATION = lazy_compile(r"(?i)\b(?:patients|cases|people|individuals|adults|children|population|populations)\b")
# A sentence opening on a pronoun, which after a textbook sentence may stand for the class it taught.
_PRONOUN_OPENING = lazy_compile(r"(?i)^[\W_]*(?:it|its|they|their|these|this|such)\b")


def read_committed(region: str, question: str, read: Callable[[str], str | None], leaned: bool = False) -> str | None:
    """yes / no (or 是 / 否) stated by a part of the committing sentence of ``region``, read by ``read`` (the sentence
    reader, bound to ``question``), else ``None`` (module docstring). ``leaned``: the sentence must deny the finding
    under a committed lean ("So likely not a fracture."), read as its denial (no only)."""
    text = clean(region)
    asked = parse_question(question)
    if len(text) > 4 * implicit.MAX_CHARS or asked is None or asked.prop in WHOLE_STATE:
        return None  # "The liver is normal in size; the duct is beaded.": a whole state is judged of the whole
    before, sentence = _committing(text)
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


def read_each_sentence(region: str, question: str, read: Callable[[str], tuple[str | None, bool]],
                       knowledge: Callable[[str], bool]) -> str | None:
    """yes / no (or 是 / 否) stated alike by every sentence of ``region`` that reads, each read alone by ``read`` (the
    sentence reader bound to ``question``: its verdict, and whether it held the sentence open), else ``None`` (module
    docstring). ``knowledge``: whether a sentence speaks of a class or a textbook fact, not of this image (it is not
    read, and a pronoun after it may stand for the class). The caller has checked the whole reply (a revision, a
    possibility taken back, a cut, another part of the asked structure)."""
    text = clean(region)
    closes = list(_THINK_END.finditer(text))
    text = text[closes[-1].end() :] if closes else text  # the thinking is weighed, not stated
    asked = parse_question(question)
    if asked is not None and asked.prop in WHOLE_STATE or _WHOLE_ASKED.search(question) is not None:
        return None  # "Is this chest X-ray normal?": one sentence calling the heart normal does not answer it
    if not text.strip() or len(text) > _MAX_EACH:
        return None
    if _THEN.search(text) is not None and _NOW.search(text) is not None:
        return None  # "The previous pneumothorax has resolved. A new small apical lucency ... today."
    said: set[str] = set()
    done, taught = "", False
    for sentence in (s.strip() for s in _SENTENCE_END.split(text)):
        before, done = done, f"{done} {sentence}"
        if not sentence:
            continue
        if _BARE_VERDICT.match(sentence) is not None:
            return None  # "This is an X-ray of the chest. No.": a verdict word the verdict readers did not take
        if _UNJUDGED.search(sentence) is not None:
            return None  # "No filling defect centrally. The segmental branches are poorly opacified.": not committed
        if knowledge(sentence) or _HABIT.search(sentence) is not None or _POPULATION.search(sentence) is not None:
            taught = True  # "Osteomyelitis is an infection of bone. It shows low T1 signal ...": no sighting
            continue
        verdict, held = read(sentence)
        if held or verdict == CONFLICT:
            return None  # "A small effusion may be present.": one sentence holds it open, the reply does not commit
        if verdict is None:
            if not taught and _names_asked(sentence, question, finding_only=True):
                return None  # "However, there is a lucent line through the dens (odontoid fracture).": unread
            continue
        if not _names_asked(sentence, question) or (taught and _PRONOUN_OPENING.match(sentence) is not None) \
                or anaphor.taken_up_elsewhere(f"{before} {sentence}", sentence, question) \
                or anaphor.of_another_organ(sentence, question):
            return None  # "Sternotomy wires." to "Is there a valve replacement?"; "It is enlarged." after the liver
        said.add(YES if same_verdict(verdict, YES) else NO)
    return said.pop() if len(said) == 1 else None


def _names_asked(sentence: str, question: str, finding_only: bool = False) -> bool:
    """Whether ``sentence`` names what ``question`` asks: a word of its term or property, or a finding of the
    vocabulary the question names too ("free intraperitoneal air" of "pneumoperitoneum") or, for an asked finding, one
    of its kin (``Concept.relatives``; a device's kin is no sighting of it: "a mitral annuloplasty ring" is no aortic
    valve replacement). ``finding_only``: the asked finding itself (its key word, two
    words of its term, or a concept other than an organ), not the organ it is asked in ("The right ovary is enlarged."
    names the ovary, not its torsion)."""
    asked = parse_question(question)
    words = tokens(sentence)
    said = (*asked.words, *filter(None, (asked.prop,))) if asked is not None else ()
    hits = sum(any(matches(w, a) for w in words) for a in said)
    if hits >= 2 or hits and (not finding_only or any(matches(w, key_word(asked)) for w in words if asked)):
        return True  # (the key word, or two words of the term: "No prosthetic aortic valve" of "aortic valve replacement")
    concepts = vocabulary().concepts
    asked_concepts = {m.concept for m in vocabulary().mentions(normalize(question)) if m.kind is MentionKind.CONCEPT
                      and m.concept in concepts and (not finding_only or concepts[m.concept].category != "anatomy")}
    # a reading sentence may name a finding of the asked one's kin ("This represents a small acute subdural haematoma."
    # to "Is there an intracranial haemorrhage?"): the readers weighed it as a sign or a kind of it
    kin = asked_concepts if finding_only else asked_concepts.union(
        *(concepts[c].relatives for c in asked_concepts if concepts[c].category == "finding"))
    return bool(asked_concepts) and not kin.isdisjoint(
        m.concept for m in vocabulary().mentions(normalize(sentence)) if m.kind is MentionKind.CONCEPT)


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


__all__ = ["EACH_RULE", "RULE", "read_committed", "read_each_sentence"]
