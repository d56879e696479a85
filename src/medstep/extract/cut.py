"""Outputs cut at a token limit by a backend that reports no finish reason: how they end tells.

An unmarked output with no readable answer is ``truncated`` rather than
``unparsed`` when it stops mid-sentence and is long enough to have been cut
(:func:`looks_cut`), or, at any length, when it stops on a word no sentence
ends on (:func:`dangling`: "The chest X-ray shows"). A last line that names
an option or states a short answer after its phrase is a stated (or
withheld) answer, not a cut one. A clause that named its subject and stops before its verb
(:func:`verbless_subject`: "... The ETT tip") is cut too; a generation loop cut inside another copy of its clause
(:func:`cut_in_loop`) committed to that clause before the cut. Read by :mod:`medstep.extract.core`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from medstep.answers import hedges
from medstep.answers import unfinished as open_words
from medstep.answers.asking import QUESTION_AUXILIARIES
from medstep.answers.concepts import packaged_text
from medstep.extract.cues import DEGREE_BEFORE_NOUN
from medstep.extract.decision_clauses import OPTION_HEADING
from medstep.extract.foreign_words import count_word
from medstep.extract.mentions import OptionIndex, find_mentions, option_index
from medstep.extract.option_cut import name_cut
from medstep.extract.open_template import unfilled_form
from medstep.extract.split import ends_mid_sentence, last_phrase
from medstep.lazyre import lazy_compile
from medstep.types import Sample

# Unmarked output this long (half as long on several lines) that stops mid-sentence without a readable
# answer was cut, not undecided (a backend that reports no finish reason; see ``medstep.extract.core.extract``).
CUT_MIN = 150


def looks_cut(region: str, sample: Sample) -> bool:
    """A long unmarked output that stops mid-sentence, its last line naming no option: cut at a token limit.

    A last line naming an option ("- **A) Pneumothorax**", "... The answer is")
    is a stated or withheld answer, not a cut one.
    """
    least = CUT_MIN if "\n" not in region.strip() else CUT_MIN // 2
    if _HAN_RUN.search(region[-40:]) is not None:
        least //= 3  # Chinese says as much in a third of the characters
    if len(region) < least or not ends_mid_sentence(region):
        return False
    if unfilled_form(region, sample.question):
        return False  # "**Size:** [insert measurements]": a form returned with its slots unfilled, whole, not cut
    lines = region.rstrip().rsplit("\n", 2)
    last = lines[-1]
    words = _WORDS.findall(last.lower())
    if len(lines) > 1 and _HEADING_LINE.fullmatch(lines[-2].strip()) is not None \
            and _OPTION_HEADING.search(lines[-2]) is None and _PLAIN_WORDS.fullmatch(last.strip(" \t*_")) is not None \
            and 0 < len(words) <= ANSWER_WORDS_MAX and words[-1] not in _DANGLING and words[-1] not in ("is", "are"):
        return False  # "**Impression**\nLisfranc fracture-dislocation": a heading's short line is stated, not cut
    phrase = last_phrase(last)
    said = [w for w in _WORDS.findall(last[phrase[1]:].lower()) if w not in _NO_ANSWER_WORDS] if phrase else []
    if 0 < len(said) <= ANSWER_WORDS_MAX:
        return False  # "... Final answer: DVT": a short answer after its phrase is stated, not cut
    idx = option_index(sample.options) if sample.options else None
    named = find_mentions(last, idx) if idx is not None else ()
    # A discussion of one option cut mid-sentence ("**Spiral fracture (B):** would show a helical line ... the
    # posterior cortex") is cut too; a last line that is the option, or the option and a few words, is not, unless
    # those words stop inside the option's own name ("... A. Emphysema: low attenuation. B. Interstitial lung dis"):
    # the walk through the options was cut while it headed the next one.
    return (not named or len(_WORDS.findall(last[named[-1].end:])) >= CUT_WORDS_AFTER_OPTION
            or (idx is not None and name_cut(last[named[-1].end:], idx.texts.get(named[-1].letter, ""))))




_HAN_RUN = lazy_compile(r"[\u4e00-\u9fff]{4}")
# ... not one option's heading ("### Option B: Lobar pneumonia\nThe lobe is" was cut discussing it)
_OPTION_HEADING = lazy_compile(r"(?i)\b(?:option|choice)\b|^[#*_\s]*\(?[A-Z][.):]")
_PLAIN_WORDS = lazy_compile(r"[^\W_][\w '’()/,-]*")  # words only: not "\\boxed{", cut before its answer
# A heading line of a few words: "**Impression**", "## Diagnosis", "Final answer:".
_HEADING_LINE = lazy_compile(r"(?:#{1,6}[ \t]*|\*\*|__)[^\n*_#]{1,40}?(?:\*\*|__)?[ \t]*:?[ \t]*|[^\n:]{1,40}:")
_WORDS = lazy_compile(r"\w+")
_ASCII_WORDS = lazy_compile(r"[A-Za-z]+")
CUT_WORDS_AFTER_OPTION = 10
ANSWER_WORDS_MAX = 4
_NO_ANSWER_WORDS = frozenset({"option", "choice", "the", "a", "an", "is"})  # "**Answer:** Option" was cut


# Words no finished sentence ends on: an output ending on one stopped mid-sentence, however short.
# Not "is": "The answer is" withholds the answer rather than being cut before it.
# Approximation words a sentence can also end on ("nothing to worry about", "turned around", "almost").
_ALSO_CLOSE = frozenset({"about", "around", "nearly", "almost"})
_DANGLING = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "with", "and", "or",
                       "shows", "show", "appears", "appear", "located", "demonstrates", "reveals", "from",
                       "by", "within", "into", "its", "their", "as", "for", "than", "which", "that", "seen",
                       # a quantity's approximation with no quantity after it ("The diameter is approximately")
                       *(w for w in hedges.APPROXIMATE if w not in _ALSO_CLOSE)})
_ANSWER_MARKS = frozenset("→:：=>-–—")
_WORD_BEFORE = lazy_compile(r"[A-Za-z]{2}[ \t*_]+\Z")  # (not "A A A A": a loop of letters)
# The last word, in letters of any script: "neumonía" ends on no dangling "a" (its ASCII letters alone would), nor
# does "neumoni\u0301a" (its accent a combining mark); not the "A" of "N/A".
_LAST_WORD = lazy_compile(r"(?<![/\u0300-\u036f])(?<![^\W\d_])([^\W\d_]+)[\s*_]*\Z")


def _last_word(region: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(region)``, tried only where it can match: at the start of the letters that end the text
    before its trailing spaces and emphasis (a search tries every position of the output, and each word again)."""
    end = len(region)
    while end and (region[end - 1] in "*_" or region[end - 1].isspace()):
        end -= 1
    start = end
    while start and region[start - 1].isalnum() and not region[start - 1].isdecimal():  # [^\W\d_]
        start -= 1
    return _LAST_WORD.match(region, start) if start < end else None


# The packaged word tables whose words tell a word from its cut-off start (``answers/*.tsv``: concepts, states, word
# forms, sites, technique): "calcif" starts "calcification" and is none of their words.
_WORD_TABLES = ("concepts.tsv", "states.tsv", "wordforms.tsv", "sites.tsv", "technique.tsv", "defining.tsv",
                "organ_homes.tsv")
# The shortest cut-off start read, and the fewest letters it must lack: "calc" of "calcified"; not "ca" or "lung" (a
# word of its own) nor "fibro" missing one letter.
MID_WORD_MIN = 4
MID_WORD_MISSING = 2


@lru_cache(maxsize=1)
def _known_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of the packaged tables, as a set and sorted (for the prefix search)."""
    words: set[str] = set()
    for name in _WORD_TABLES:
        words.update(w.lower() for w in _ASCII_WORDS.findall(packaged_text(name)))
    return frozenset(words), tuple(sorted(words))


def mid_word(region: str) -> bool:
    """Whether ``region`` stops inside a word: without a stop, on letters that are no word of the packaged tables nor
    of the reply before them, but the start of a longer one ("... and a focus of calcif", "would show tram-track
    opaci"). A cut at a token limit falls anywhere, also inside a word; a finished reply ends on a whole word. A word
    the tables lack and no table word continues ("... no effusion noted") is not read as cut."""
    if not ends_mid_sentence(region):
        return False
    m = _last_word(region)
    if m is None or not m.group(1).isascii() or len(m.group(1)) < MID_WORD_MIN:
        return False
    last = m.group(1).lower()
    known, ordered = _known_words()
    if last in known or last in open_words.ENGLISH or last in open_words.PREFIXES:
        return False
    if any(w.lower() == last for w in _ASCII_WORDS.findall(region[:m.start()])):
        return False  # the reply's own word elsewhere: a whole word
    i = bisect_left(ordered, last)
    return any(w.startswith(last) and len(w) - len(last) >= MID_WORD_MISSING
               for w in ordered[i:i + 50] if w.startswith(last[:MID_WORD_MIN]))


def dangling(region: str, more: frozenset[str] = frozenset()) -> bool:
    """Whether ``region`` stops on a word no sentence ends on ("The chest X-ray shows"): cut, not undecided.

    ``looks_cut`` needs length to tell a cut from a terse reply; a final article,
    preposition or linking verb tells it at any length. ``more``: further such
    words for a reader where they cannot withhold an answer (an open answer
    ending "The diagnosis is" states nothing either way).
    """
    if not ends_mid_sentence(region):
        return False
    m = _last_word(region)
    if m is not None and m.group(1) == "A" and (region[:m.start()].rstrip(" *_")[-1:] in _ANSWER_MARKS
                                                 or _WORD_BEFORE.search(region, 0, m.start()) is not None):
        # "Respuesta → A", "Answer: A": the letter after an answer mark, not an article; nor is a capital "A" after a
        # word of its sentence ("... → Monteggia. Answer A"): an article is capitalised only opening a sentence
        return False
    if m is not None and m.group(1).lower() in DEGREE_BEFORE_NOUN:
        before = _WORDS.findall(region[max(0, m.start() - 40):m.start()].lower())
        return bool(before) and before[-1] in ("a", "an", "the")  # "There is a large": cut before its noun
    return m is not None and (m.group(1).lower() in _DANGLING or m.group(1).lower() in more)


# Marks no sentence ends on: an open bracket (what it opened never came), an approximation sign with no quantity after
# it ("Appendix diameter: ~"). Not a comma or semicolon: the readers cut a reply at its clauses ("A displaced fracture
# of the left clavicle;" before "I can't tell whether it is open.").
_OPEN_MARKS = frozenset("([{（【~≈")
_HAN_LAST = lazy_compile(r"[\u4e00-\u9fff]\Z")
_WORD_BEFORE_LAST = lazy_compile(r"([^\W\d_]+)[^\w]*\Z")
_CLAUSE_WORDS = lazy_compile(r"[^\W\d_]+")
_SENTENCE_STOPS = ".!?;\n"


def _clause_start(region: str, end: int) -> int:
    """Where the sentence holding ``region[end]`` begins, at most 300 characters back."""
    low = max(0, end - 300)
    for i in range(end - 1, low - 1, -1):
        if region[i] in _SENTENCE_STOPS:
            return i + 1
    return low



# A measured value ("3.2 cm", "2 x 3"), and where the sentence holding a last word begins, for :func:`unfinished`.
_VALUE = lazy_compile(r"\d")
_SENTENCE_START = lazy_compile(r"(?s)(?:.*(?:[.!?]\s|\n))?")


def unfinished(region: str) -> bool:
    """Whether ``region`` stops where no sentence can stop, in any language of ``answers/unfinished``: on an article,
    preposition, linking or helping verb, conjunction or relative word ("... the most appropriate next step would be",
    "... and whether this represents", "La diagnosi più probabile è", "病灶位于"), inside a word ("surrounding peri-",
    "There is intra"), or on an open bracket. Wider than :func:`dangling`, which the readers use to keep a
    cut reply's last words from being read as an answer: this one is read only of a reply found to decide nothing,
    to say it was cut (``truncated``) rather than undecided (``unparsed``). A reply that ends without a full stop but
    complete ("Answer: B", "Pneumothorax", "yes", "I think so") stops on none of these. Also cut: a label left empty
    after lines that said something (:func:`_label_cut`: "- Colon:"), a "that" clause whose subject never got its verb
    (:func:`verbless_that`), Chinese announcing the likeliest diagnosis without naming it ("最可能的诊断")."""
    if not ends_mid_sentence(region):
        return False
    if dangling(region) or cut_in_row(region):
        return True
    end = len(region)
    while end and (region[end - 1] in "*_`" or region[end - 1].isspace()):
        end -= 1
    if not end:
        return False
    last = region[end - 1]
    if last in _OPEN_MARKS:
        return True
    if last == "-":  # "surrounding peri-": a word broken at its hyphen (not a dash standing alone)
        return end > 1 and region[end - 2].isalpha()
    if last in ":：" and _label_cut(region[:end]):
        return True  # "- Colon:", "Impression:": a label whose body never came
    if _HAN_LAST.search(region, 0, end) is not None:
        tail = region[max(0, end - 8):end]  # (long enough for "其他可能的诊断")
        if tail.endswith("是") and region[:end - 1].rstrip(" \t*_")[-1:] in (":", "："):
            return False  # "结论：是", "答案：是": the verdict yes after its label, not a linking verb left hanging
        return tail.endswith(open_words.CHINESE) and not tail.endswith(open_words.CHINESE_FINISHED)
    m = _last_word(region[:end])
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper() or len(word) > 1 and word.isupper():
        return False  # an option letter ("Answer: E"), an abbreviation ("given IM", "Lymphoma, NOS")
    low = word.lower()
    if low not in open_words.ENGLISH and low not in open_words.EUROPEAN_ONLY and low not in open_words.PREFIXES:
        return verbless_that(region[:end])
    if low in open_words.PREFIXES and not region[:m.start()].strip(" *_`\t\n"):
        return False  # "Hyper", "Extra": a bare prefix given as the whole answer, not a word broken off
    if not region[:m.start()].strip(" *_`\t\n") and count_word(low):
        return False  # "Dos": a count word alone (``extract/foreign_words.py``), not the Portuguese "of the" cut off
    if low in open_words.GERMAN_VERB_LAST and any(
            w.lower() in open_words.GERMAN_SUBORDINATORS for w in _CLAUSE_WORDS.findall(region, _clause_start(region, m.start()), m.start())):
        return False  # "Ich denke, dass es eine Pneumonie ist": the verb closes its subordinate clause
    opened = _SENTENCE_START.search(region, 0, m.start()) if low in open_words.MEASURED else None
    if opened is not None and _VALUE.search(region, opened.end(), m.start()):
        return False  # "The mass is about 3.2 cm, as the caliper reads": the value came first in its sentence
    after = open_words.ENDS_AFTER.get(low)
    if after is not None:
        before = _WORD_BEFORE_LAST.search(region, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() in after:
            return False  # "I think so", "I'm not sure about that"
    return True


# A label on a line of its own after other lines, with nothing after its colon: "- Colon:", "**Impression:**".
# (Not a lone "Answer:" opening the reply, nor a label after a sentence on its own line: "The answer is:" withholds.)
_LABEL_CUT = lazy_compile(r"\n[ \t]*(?:[-*•#>]+[ \t]*|\d{1,2}[.)][ \t]*)?[*_]*[A-Za-z][\w /-]{0,30}?[*_]*[:：][*_]*\Z")
# A whole line that is such a label and nothing else ("**Findings:**").
_BARE_LABEL = lazy_compile(r"[ \t]*(?:[-*•#>]+[ \t]*|\d{1,2}[.)][ \t]*)?[*_]*[A-Za-z][\w /-]{0,30}?[*_]*[:：][*_]*[ \t]*")


def _label_cut(region: str) -> bool:
    """Whether ``region`` ends on a label with nothing after its colon, on a line of its own after a line that said
    something: "### Findings\n- Dilated loops\n- Colon:". Not a form whose every label is empty
    ("**Findings:**\n\n**Impression:**": returned blank, not cut), nor a lone label ("Answer:"), nor the question
    echoed before its empty answer line ("Is there a pneumothorax?\nA:": a template, unparsed)."""
    found = _LABEL_CUT.search(region, max(0, len(region) - 60))
    if found is None:
        return False
    return any(line.strip(" \t*_#>-") and _BARE_LABEL.fullmatch(line) is None
               and not line.rstrip(" \t*_").endswith(("?", "？"))  # "Question: Is ...?\nAnswer:": a template echoed
               for line in region[:found.start()].split("\n"))


# A complement clause opened by "that" and a determiner whose subject never got its verb: "the first thing I notice
# is that the right paratracheal stripe". The words after the determiner are few and none is a verb form (a helping
# verb, or a word ending in -s, -ed, -ing, which may be one): then the clause has no predicate yet. A demonstrative
# "that of ..." is no clause.
_THAT_CLAUSE = lazy_compile(r"(?i)\bthat\s+(?:the|a|an|this|these|its|their)\s+(?P<rest>[A-Za-z'’ -]{1,60})\Z")
_VERB_SHAPE = lazy_compile(r"(?i)(?:s|ed|ing)\Z")
# The helping verbs, copulas and modals that make a clause a statement ("is recommended", "would help", "cannot be
# given"); also read by ``extract/stopped_clause.py`` and ``extract/open_no_finding.py``.
HELPING = frozenset((*QUESTION_AUXILIARIES, "be", "been", "might", "may", "must", "shall"))
_THAT_WORDS_MAX = 5


def verbless_that(region: str) -> bool:
    """Whether ``region`` stops inside a "that" clause whose subject never got its verb (``_THAT_CLAUSE``): cut."""
    found = _THAT_CLAUSE.search(region)
    if found is None:
        return False
    words = _WORDS.findall(found.group("rest").lower())
    return 0 < len(words) <= _THAT_WORDS_MAX and not any(
        w in HELPING or _VERB_SHAPE.search(w) is not None for w in words)


# A clause that names its subject and stops before any verb: "The left costophrenic angle", "..., the renal pelvis",
# "The ETT tip". A determiner opens it, a few words follow, none a verb form (a helping verb, a word in -ed or -ing, a
# word in -s before the last: "The heart appears", "The lungs are") and no number ("The ETT tip 4 cm above the carina").
# The determiners that open a subject ("the", "this", "its"): one home, read also by ``extract/stopped_clause.py``
# (after "and" or "or" they begin a clause of its own).
SUBJECT_OPENERS = ("the", "this", "these", "its", "their")
_SUBJECT_ONLY = lazy_compile(r"(?:^|[.!?;,\n]\s*)(?P<clause>(?i:" + "|".join(SUBJECT_OPENERS)
                             + r")\s+[A-Za-z][A-Za-z'’ -]{0,60})\Z")
_SUBJECT_WORDS_MAX = 6
# Nouns in -s that are no verb ("pelvis", "mass", "thrombus", "axis"): the last word's -s is read as a verb's otherwise.
_NOUN_S = lazy_compile(r"(?i)(?:ss|is|us|xis)\Z")


def verbless_subject(region: str) -> bool:
    """Whether ``region`` stops on a clause that named its subject and never got its verb (``_SUBJECT_ONLY``), after
    a finished sentence or an opening clause of its own ("To determine whether there is hydronephrosis, the renal
    pelvis", "... the left costophrenic angle. The left costophrenic angle"): cut before its predicate. A reply that
    is that phrase alone ("The liver") may be a terse answer, and is not read here; nor a last word in -s other than
    a noun's ("The wall measures" is :func:`unfinished`'s; "The lungs" may be a plural answer)."""
    if not ends_mid_sentence(region):
        return False
    body = region.rstrip(" \t\r\n*_")
    found = _SUBJECT_ONLY.search(body, max(0, len(body) - 80))
    if found is None or not body[:found.start("clause")].strip(" \t\n*_,"):
        return False
    words = _WORDS.findall(found.group("clause").lower())
    if not 2 <= len(words) <= _SUBJECT_WORDS_MAX:
        return False
    if any(w in HELPING or w.endswith(("ed", "ing")) for w in words):
        return False
    return not any(w.endswith("s") and _NOUN_S.search(w) is None for w in words[1:])


# The clauses of a reply, for :func:`cut_in_loop`.
_LOOP_PARTS = lazy_compile(r"[.!?;,，。；\n]+")
_LOOP_LEAST = 2


def cut_in_loop(region: str) -> bool:
    """Whether ``region`` is a generation loop cut inside another copy of its repeated clause ("No pneumothorax. No
    pneumothorax. No pneumo", "... the lesion is a lipoma, the lesion is a lipoma, the lesion is a"): the clause stated
    twice or more is what the reply committed to before the cut, and the cut copy adds nothing to it."""
    parts = [p.strip(" \t*_") for p in _LOOP_PARTS.split(region.strip())]
    parts = [p for p in parts if p]
    if len(parts) < _LOOP_LEAST + 1:
        return False
    *whole, last = parts
    return any(p.startswith(last) and whole.count(p) >= _LOOP_LEAST for p in set(whole))



def cut_in_row(region: str) -> bool:
    """Whether ``region`` stops inside a markdown table row: its last line opens a row ("| Diagnosis | Pneumothor") and
    is not closed by the pipe that closes every row before it in that table (two rows at least, header and
    separator). A row never closed in a table whose rows are all closed was cut in its cell, whatever word it stops
    on (issue #7: such a table read whole as the answer). A table written without closing pipes is not read here."""
    lines = region.rstrip(" \t*_`").split("\n")
    last = lines[-1].strip()
    if not last.startswith("|") or last.endswith("|"):
        return False
    rows = 0
    for line in reversed(lines[:-1]):
        line = line.strip()
        if not line.startswith("|"):
            break
        if not line.endswith("|"):
            return False
        if _ANSWER_ROW.match(line) is not None:
            return False  # "| Diagnosis | Pneumonia |" stood whole before the cut row ("| Plan | Antibio")
        rows += 1
    return rows >= 2 and not _ends_on_term(last.rsplit("|", 1)[-1])


# A closed table row holding the answer: "| Diagnosis | Pneumonia |", "| **Final answer** | C |".
_ANSWER_ROW = lazy_compile(r"(?i)^\|[\s*_]*(?:final\s+|most\s+likely\s+)?(?:diagnosis|impression|answer|conclusion)"
                           r"[\s*_:]*\|[^|]*\w[^|]*\|")


def _ends_on_term(cell: str) -> bool:
    """Whether a table cell ends on a whole term of the vocabulary ("| Diagnosis | Hepatocellular carcinoma"): the
    row may lack only its closing pipe, and its answer stands whole; "| Diagnosis | Lung absc" ends on none."""
    from medstep.answers.concepts import normalize, vocabulary  # the vocabulary loads only when a row is open

    low = normalize(cell).rstrip(" .")
    return bool(low) and any(m.end == len(low) for m in vocabulary().mentions(low))


# Words a reply may add to an echo of its prompt and still say nothing of its own: "... D) No acute process. The answer is".
_ECHO_FRAME = frozenset({"the", "answer", "is", "a", "an", "correct", "final", "option", "my"})
_ECHO_LEAST = 5


def echo_only(region: str, sample: Sample) -> bool:
    """Whether ``region`` only repeats its question and options before stopping ("What is the most likely diagnosis? A)
    ... D) No acute cardiopulmonary process. The answer is"): a prompt echoed, no reply begun, so ``unparsed`` rather
    than cut (:func:`unfinished`). Needs a few words of the prompt, so a bare "The answer is" is no echo."""
    if sample.question.strip().lower() not in region.lower():
        return False  # (the question itself repeated, not only some of its words: "The main finding in this CT is")
    words = [w.lower() for w in _WORDS.findall(region)]
    prompt = {w.lower() for w in _WORDS.findall(" ".join((sample.question, *sample.options.values(),
                                                          *sample.options.keys())))}
    echoed = [w for w in words if w in prompt and w not in _ECHO_FRAME]
    return len(echoed) >= _ECHO_LEAST and all(w in prompt or w in _ECHO_FRAME for w in words)


# A statement cut after its hedge, before what it hedged: "The diagnosis is likely", "The abnormality is most probably".
_HEDGE_END = lazy_compile(r"(?i)(?:^|[.!?:;]\s+)(?P<subject>[^.!?:;]{0,80}?)\s+(?:is|are|was|would\s+be|seems?\s+to\s+be)"
                          r"(?:\s+(?:most|very|quite|more|highly))?\s+(?:likely|probably|possibly|perhaps|presumably)"
                          r"[\s*_.!]*\Z")
# Words of a subject that names no answer: articles, pointers, and what an open question asks for.
_FRAME_WORDS = frozenset({"the", "a", "an", "this", "that", "it", "its", "final", "most", "likely", "probable", "main",
                          "primary", "leading", "diagnosis", "answer", "finding", "findings", "abnormality", "impression",
                          "lesion", "cause", "condition", "pathology", "here", "image", "in", "on", "of", "my"})


def hedge_cut(region: str, question: str) -> bool:
    """Whether ``region`` stops right after a hedge whose subject only frames the answer or repeats the question ("The
    diagnosis is likely" to "What is the diagnosis?"): cut before the answer (or, with a full stop, no answer given).
    "Pneumonia is likely" names its answer in the subject."""
    m = _HEDGE_END.search(region[-160:])
    if m is None:
        return False
    asked = {w.lower() for w in _WORDS.findall(question)}
    words = [w.lower() for w in _WORDS.findall(m.group("subject"))]
    return bool(words) and all(w in _FRAME_WORDS or w in asked for w in words)


# A comparison or list cut after its first member: "- Mobitz II vs", "It is a Jones fracture or".
_OPEN_JOIN = lazy_compile(r"[\s,]+(?:vs\.?|versus|or|and|nor)[\s*_]*\Z", re.I)
# What may stand between an option mention and the word joining it to the next: brackets, emphasis, a comma.
_AFTER_MENTION = frozenset(" \t*_)],")


def cut_in_list(region: str, idx: OptionIndex) -> bool:
    """Whether ``region`` stops on "vs", "or" or "and" right after naming an option ("3. **Differential**: -
    Oclusão da veia central da retina vs"): the output was cut while it set that option against another, before
    any choice, so the option it names last is no answer, however short the output."""
    tail = region[-200:]
    join = _OPEN_JOIN.search(tail)
    if join is None:
        return False
    named = find_mentions(tail, idx, 0, join.start())
    return bool(named) and not tail[named[-1].end:join.start()].strip("".join(_AFTER_MENTION))


# A heading's separator closing the output: "C. Complex — ", "D) Calcified:" with nothing after it.
_OPEN_HEADING = lazy_compile(r"[ \t]*[—–:-][ \t*_]*\Z")


def cut_at_heading(region: str, idx: OptionIndex) -> bool:
    """Whether ``region`` stops on the separator after an option heading that opens its last line ("C. Complex —"):
    the output was cut while it walked through the options, before that option's discussion and any choice, so an
    option described on the way is no answer (a reading a decision commits to stands: see ``choice_reader``)."""
    tail = region[-200:]
    sep = _OPEN_HEADING.search(tail)
    if sep is None:
        return False
    line_start = tail.rfind("\n", 0, sep.start()) + 1
    named = find_mentions(tail, idx, line_start, sep.start())
    heading = OPTION_HEADING.match(tail, line_start)  # the line opens on an option heading ("C. ", "- **D)")
    return heading is not None and bool(named) and named[0].start <= heading.end() \
        and not tail[named[-1].end:sep.start()].strip("".join(_AFTER_MENTION))
