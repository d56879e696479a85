"""Letter forms of a short answer region: "C", "(C)", "C)", "C. text", "Option C", an option's text.

Two strictness levels, because the same characters mean different things:

* inside an explicit answer (``<answer>``, ``\\boxed{}``) a leading letter
  with any separator counts ("C, because ...");
* a whole line of free text counts only when it is *nothing but* a letter
  form, optionally followed by that option's own text ("**C) Cardiomegaly**").

Nothing is guessed: two different letters claimed together ("B or C",
"A, D") or a letter whose trailing text is a *different* option's text are
conflicts (the output is ``ambiguous``); a letter outside the options is
invalid (no answer); a leading capital "A" followed by ordinary words is
the article.
"""

from __future__ import annotations

import re

from medstep.answers import option_key
from medstep.answers import hedges, judgements, negation
from medstep.answers.wordforms import DISEASE_ENDINGS, TUMOUR, another_word_after
from medstep.answers.concepts import SIZE_UNITS
from medstep.extract import langwords
from medstep.extract.letter_names import name_letters
from medstep.extract.mentions import CONFLICT, GENUS, INVALID, OptionIndex
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

_LIST = lazy_compile(
    r"^(?:(?i:either|both|options?|choices?)\s+)?[\(\[]?([A-Z])[\)\]]?\s*(?:,|/|&|(?i:or|and))\s*"
    r"(?:(?i:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?(?![A-Za-z0-9])"
)
# Letters separated only by spaces or line breaks, nothing else on the line: "A B C D", "(A) (B)".
_SPACED = lazy_compile(r"^(?:[\(\[]?[A-Z][\)\]]?\s+)+[\(\[]?[A-Z][\)\]]?[\s.]*$")
_LIST_ONLY = lazy_compile(r"^(?:\s*(?:,|/|&|(?i:or|and))?\s*[\(\[]?[A-Z][\)\]]?)*[\s.!]*$")
_KEYWORD = lazy_compile(r"^(?i:option|choice|answer|letter)\s*[:：]?\s*[\(\[]?([A-Za-z])[\)\]]?(?![A-Za-z0-9])(.*)$", re.S)
_BRACKET = lazy_compile(r"^[\(\[]([A-Za-z])[\)\]](.*)$", re.S)
_PAREN_CLOSE = lazy_compile(r"^([A-Za-z])\)(.*)$", re.S)
_BARE = lazy_compile(r"^([A-Z])(?![A-Za-z0-9'’\-])(.*)$", re.S)
_SINGLE = lazy_compile(r"^([a-z])$")
_TEXT_THEN_LETTER = lazy_compile(r"^(.+?)\s*[\(\[]([A-Z])[\)\]]$", re.S)
_SEP = lazy_compile(r"^\s*[\.:：\)\(\-–—,;]")
_CONNECTIVE = lazy_compile(r"^\s+(?i:because|since|as|given|which|is|was|due|owing|with)\b")
# "C, not D." / "C rather than B": the letter set against another; the rest of the line must be only that.
# "C (not D). The heart is wide.": the same set-off in brackets; where a sentence follows it (``ended``), only a
# reading of the letter at the start of a line (not a whole-line reading) takes it.
_TAIL_CONTRAST = lazy_compile(
    r"^\s*,?\s*(\()?\s*(?i:not|" + hedges.alternation(negation.INSTEAD) + r"|over|and\s+not)\s+"
    r"(?:(?i:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?\s*(?(1)\))[\s*_]*(?:$|(?P<ended>[.!;](?=\s)))", re.S
)
# A whole output setting one letter aside and then giving another: "Not A, but B.", "Not A. B.", "The answer is not
# A; it is B.", "It is not A but B."
# (and in German, Spanish, French, Italian, Portuguese: "Es ist nicht B, sondern C.", "No es la B sino la C.", "Ce
# n'est pas B mais C.", "Non è B ma C.", "Não é a B, mas a C.")
_NOT_THEN = lazy_compile(
    r"^[\s*_>#-]*(?i:(?:(?:the\s+(?:correct\s+)?answer\s+is\s+|it\s+is\s+|it['’]s\s+|this\s+is\s+)?not"
    r"|(?:(?:es|das)\s+ist\s+)?nicht|no\s+es|(?:ce\s+)?n['’]est\s+pas|non\s+[èe]|n[ãa]o\s+[ée])\s+"
    r"(?:option\s+|choice\s+|(?:la|le|a|die)\s+)?)\(?([A-Z])\)?\s*(?:[,;.:!—–-]+\s*|\s+)"
    r"(?i:(?:but(?:\s+rather)?|rather|instead|sondern|sino|mais|ma|mas)\s*,?\s*)?"
    r"(?i:(?:it\s+is|it['’]s|the\s+(?:correct\s+)?answer\s+is|this\s+is)\s+)?(?i:(?:option|choice|la|le|a|die)\s+)?"
    r"\(?([A-Z])\)?[\s*_.!]*$"
)
# (also "or" after an opening bracket or a full stop: "C (or B)", "C. Or B.": a second answer offered)
# ("\.\s+\s*or" split a run of n spaces n ways, then each rescanned: quadratic on "B." and spaces, issue #12;
# "\.\s\s*+or" reads the same texts the same way)
_TAIL_OTHER = lazy_compile(r"^\s*+(?:,|/|&|(?i:or|and)|(?:[\(\[]|\.\s)\s*+(?i:or))\s*(?:(?i:option|choice)\s+)?[\(\[]?([A-Z])"
                           r"[\)\]]?(?![A-Za-z0-9])")
# Another option's letter form inside a tail: " B) text", " (C) text", " D. text".
_OTHER_FORM = lazy_compile(r"(?:^|\s)[\(\[]?([A-Z])(?:[\)\]]|\.(?=\s+[A-Z]))(?=\s)")
_CLAUSE_END = lazy_compile(r"[,;\n]|\.(?:\s|$)")
_LATEX_WRAP = lazy_compile(r"\\(?:text|textbf|mathrm|mathbf|rm)\s*\{([^{}]*)\}")
# A bullet, a heading mark or an arrow to the answer ("→ D", "=> C") opening the region.
_BULLET = lazy_compile(r"^\s*(?:[-*•>]\s+|#{1,6}\s+|(?:→|⇒|=>|->)\s*)")
_STRIP = " \t\r\n:：*_\"'“”‘’`$"


# A negation word set in single-star or underscore emphasis ("*not*", "_not_", "__not__"): the stress says nothing
# else, so it is read as the word, but only where it makes its sentence's verdict, the last clause of the sentence
# ("The appendix is *not* inflamed."). Before a turn or another clause ("The effusion is _not_ large, but it is
# present.", "The bowel is *not* dilated — it is filled.") it may deny only a side word, and stays as written; any
# other emphasised word ("not *dilated* in the usual sense") is stress on a word and is kept too.
_EMPHASIS_NEGATION = lazy_compile(r"(?i)(?<![\w*])(\*|__?)(" + hedges.alternation(negation.PLAIN, negation.NEVER)
                                  + r")\1(?![\w*])")
# What ends the clause of the emphasised negation before its sentence ends: a turn, a contrast or a dash (not ";":
# "The lungs are *not* hyperexpanded; the diaphragms are domed." goes on with the reason).
_CLAUSE_GOES_ON = lazy_compile("(?i)" + hedges.words(hedges.TURN, hedges.CONTRAST) + r"|[—–]|\s-\s")
_SENTENCE_END = lazy_compile(r"[.!?\n]")


def _unwrap_negation(region: str) -> str:
    """``region`` with each emphasised negation that closes its sentence's last clause read as the plain word."""
    out, at, stop, turn = [], 0, -1, -1
    for m in _EMPHASIS_NEGATION.finditer(region):
        if m.end() > stop:  # a new sentence: where it ends and where its last turn stands, read once
            end = _SENTENCE_END.search(region, m.end())
            stop = end.start() if end is not None else len(region)
            turn = max((t.start() for t in _CLAUSE_GOES_ON.finditer(region, m.end(), stop)), default=-1)
        if turn < m.end():
            out.append(region[at:m.start()] + m.group(2))
            at = m.end()
    return "".join(out) + region[at:]


def clean(region: str) -> str:
    """Remove markdown emphasis, bullets, quotes, LaTeX text wrappers and edge punctuation."""
    if "\\" in region:
        region = _LATEX_WRAP.sub(r"\1", region)
    if "*" in region or "`" in region:
        region = region.replace("**", "").replace("`", "")
    if "*" in region or "_" in region:
        region = _unwrap_negation(region)  # "it is *not* inflamed": the word, not a bullet or a field
    region = _BULLET.sub("", region).strip(_STRIP)
    return region[:-1].rstrip(_STRIP) if region.endswith((".", "。")) else region


def _longest_match(idx: OptionIndex) -> int:
    """The longest text :func:`option_match` reads: a text far longer than every option cannot be one of them (its
    prose is not normalised)."""
    return 2 * idx.longest + 24


def option_match(text: str, idx: OptionIndex) -> str | None:
    """The single letter whose option key equals the key of ``text``, else None."""
    if len(text) > _longest_match(idx):
        return None
    key = option_key(text)
    return idx.key_letter(key) if key else None


def _cited(line: str, start: int) -> bool:
    """Whether the letter form at ``start`` is "(B)" right after a word: an option cited by its text.

    Listings put the letter first ("A) Pneumothorax B) Effusion"); a reply
    that answers and then explains why "Morgagni (B)" does not fit names
    other options in brackets after their words, which chooses none of them.
    """
    i = start + (line[start] == " ")
    if line[i:i + 1] not in "([":
        opened = _OPTION_OPENED.search(line, max(0, i - 12), i)  # "Pneumothorax (option A) would ..."
        if opened is None:
            return False
        i = opened.start()
    return line[i:i + 1] in "([" and i >= 2 and line[i - 1] == " " and line[i - 2].isalnum()


# A sentence or clause ended between the answer and a later letter form: ". ", "; ", " — ".
_ENDED = lazy_compile(r"[.;!?]\s|\s[—–]\s")
_DESCRIPTION_END = lazy_compile(r"[,;.!?)\]]")
_WORDED = lazy_compile(r"[a-z]{2,}")


def _described(line: str, start: int, end: int, idx: OptionIndex, ended_at: int) -> bool:
    """Whether the letter form at ``start:end`` comes after the answer's own sentence and is followed by what is said
    of it, not by its option's text ("C. Reasons against the others: (A) no edge, (B) sharp angles"): the other
    options discussed after the answer. A listing gives each letter its option's text ("(A) Pneumothorax, (B) ...").
    ``ended_at`` is the end of the line's first ``_ENDED`` (the answer's sentence or clause closed there); its
    matches are two or three characters that cannot overlap, so the first one ends first."""
    if ended_at > start + 1:
        return False
    after = line[end:].lstrip(" \t*_:：-–—")
    cut = _DESCRIPTION_END.search(after)
    clause = (after[:cut.start()] if cut is not None else after).strip()
    return _WORDED.search(clause) is not None and option_match(clause, idx) is None \
        and option_near_start(clause, idx) is None  # ("A. B. C. D.": letters listed, nothing said of them)


def option_near_start(clause: str, idx: OptionIndex) -> str | None:
    """The option whose key opens ``clause`` ("Pneumothorax on the left" opens with option "Pneumothorax")."""
    low = option_key(clause)
    hits = [letter for letter, key in idx.keys.items() if key and (low == key or low.startswith(key + " "))]
    return hits[0] if len(hits) == 1 else None


_OPTION_OPENED = lazy_compile(r"[\(\[](?i:option|choice)\s+\Z")


def _judge_tail(letter: str, tail: str, idx: OptionIndex, strict: bool, bracketed: bool) -> str | None:
    """Decide whether ``letter`` followed by ``tail`` is a real answer (letter, CONFLICT or None)."""
    other = _TAIL_OTHER.match(tail)
    if other is not None and other.group(1) != letter:
        return CONFLICT
    contrast = _TAIL_CONTRAST.match(tail)
    if contrast is not None and contrast.group(2) != letter and contrast.group(2) in idx.letters \
            and (not contrast.group("ended") or not strict or not tail[contrast.end():].strip(_STRIP)):
        return letter
    if not strict:
        line = tail.split("\n", 1)[0]
        ended = _ENDED.search(line)  # once per line, not once per letter form (quadratic on "A) no " * 3,400)
        ended_at = ended.end() if ended is not None else len(line) + 2
        for more in _OTHER_FORM.finditer(line):
            if _cited(line, more.start()) or _described(line, more.start(), more.end(), idx, ended_at):
                continue  # "Morgagni (B) is anterior": a rejected option cited by name, not a listing
            if more.group(1) != letter and more.group(1) in idx.letters:
                return CONFLICT  # "A) Pneumothorax B) Pleural effusion C) ...": the options listed, not one chosen
    rest = tail.strip(_STRIP + ".)-–—")
    if not rest:
        return letter
    # "A normal study" is the article plus option D's text, not a clash of A and D.
    article_like = not bracketed and _SEP.match(tail) is None
    named = option_match(rest, idx)
    if named is None and not strict:
        named = option_match(_CLAUSE_END.split(rest, maxsplit=1)[0], idx)
    if named is not None:
        if named == letter:
            return letter
        if bracketed and letter not in idx.letters:
            return named  # "(i) — Dentigerous cyst": a numbering the options do not use; their text names one
        return None if article_like else CONFLICT
    if strict or GENUS.match(tail) is not None:
        return None  # strict: a whole line names nothing more; "C. diff colitis": an abbreviated name
    if not article_like or _CONNECTIVE.match(tail):
        return letter
    return None


def letter_form(region: str, idx: OptionIndex, *, strict: bool) -> str | None:
    """Letter stated at the start of ``region``: a letter, ``CONFLICT`` or ``None`` (see module docstring)."""
    s = clean(region)
    if not s:
        return None
    if _SPACED.match(s) is not None and len(set(re.findall(r"[A-Z]", s))) > 1:
        return CONFLICT  # "A B C D": every letter offered, none chosen
    pair = _LIST.match(s)
    if pair is not None and pair.group(1) != pair.group(2):
        # Strict (a whole line): only a line that is nothing but the list claims both.
        if not strict or _LIST_ONLY.match(s[pair.end():]) is not None:
            return CONFLICT
        return None
    turned = _NOT_THEN.match(s) if strict else None
    if turned is not None and turned.group(1) != turned.group(2):  # "Not A, but B.", "The answer is not A; it is B."
        return turned.group(2) if {turned.group(1), turned.group(2)} <= idx.letters else INVALID
    for pattern, bracketed in ((_KEYWORD, True), (_BRACKET, True), (_PAREN_CLOSE, True), (_BARE, False)):
        m = pattern.match(s)
        if m is not None:
            letter = m.group(1).upper()
            verdict = _judge_tail(letter, m.group(2), idx, strict, bracketed)
            if verdict is not None:
                return verdict if verdict == CONFLICT or verdict in idx.letters else INVALID
    m = _SINGLE.match(s)
    if m is not None:
        letter = m.group(1).upper()
        return letter if letter in idx.letters else INVALID
    m = _TEXT_THEN_LETTER.match(s) if s[-1] in ")]" else None
    if m is not None:
        letter = m.group(2)
        named = option_match(m.group(1), idx)
        if letter not in idx.letters:
            return INVALID
        if named is not None and named != letter:
            return CONFLICT
        if named == letter:
            return letter
    return None


def option_text(region: str, idx: OptionIndex, *, first_clause: bool) -> str | None:
    """Letter whose option text the region states (whole, or up to the first comma with ``first_clause``)."""
    s = clean(region)
    hit = option_match(s, idx)
    if hit is None and first_clause:
        # (the first clause's end is looked for only as far as an option's text may reach: each answer phrase of a
        # long line read the whole rest of it, "答案是" * 10,000 for 2.5 s, lane slow39c)
        cap = _longest_match(idx)
        stop = _CLAUSE_END.search(s, 0, cap + 2)
        if stop is not None and stop.start() <= cap:
            hit = option_match(s[:stop.start()], idx)
    return hit


def strict_line_letter(line: str, idx: OptionIndex) -> str | None:
    """Letter when ``line`` is nothing but one option (letter form or its text), else None."""
    found = letter_form(line, idx, strict=True)
    if found is None:
        found = option_text(line, idx, first_clause=False)
    return None if found in (CONFLICT, INVALID) else found


def parse_marked(region: str, idx: OptionIndex) -> str | None:
    """Letter (``CONFLICT``, ``INVALID``) stated inside an explicit answer wrapper, or ``None``."""
    found = letter_form(region, idx, strict=False)
    if found is None:
        found = option_text(region, idx, first_clause=True)
    return found


_WORDS = lazy_compile(r"[a-z0-9]+")
_NEAR_DROP = frozenset({"a", "an", "the", "of", "with", "in", "on"})
# Words that make a short reply more than an option's name: a negation, a list, a second answer.
# (a rejection after the option's words counts too: "Pneumothorax excluded.", "pneumothorax ruled out")
# ("false" is not one: it names findings, "False aneurysm.")
_NEAR_VETO = negation.heads(negation.DENY, negation.ABSENT, negation.NEITHER, negation.NEVER, negation.NON, negation.EXCLUDED,
                            negation.NIL) \
    | judgements.single_words(judgements.CALLED_WRONG, judgements.UNLIKELY, judgements.SET_ASIDE) \
    | frozenset({"or", "and", "versus", "vs", "but", "improbable", "rejected"}) | langwords.REJECT_TOKENS
NEAR_MAX_WORDS = 6
# A size given beside the option's words says nothing more of which option: not counted in ``NEAR_MAX_WORDS``.
_SIZE = lazy_compile(r"\b\d+(?:[.,]\d+)?(?:\s*(?:x|×)\s*\d+(?:[.,]\d+)?)*\s*(?:" + "|".join(SIZE_UNITS) + r")\b")


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (compared with :func:`_same_word`)."""
    return {w for w in _WORDS.findall(text.lower()) if w not in _NEAR_DROP}


def _same_word(a: str, b: str) -> bool:
    """Two forms of one word: one a prefix of the other ("emboli"/"embolism", "gallstone(s)"), or the same but
    for the shorter one's last two letters ("hiatus"/"hiatal"). Sharing a first syllable is not enough:
    "pneumothorax" and "pneumoperitoneum" are different findings."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short == long_ or (len(short) >= 4 and long_.startswith(short)):
        return not another_word_after(short, long_)  # ("trachea" is no form of "tracheostomy")
    return len(short) >= 6 and long_.startswith(short[:-2]) and not another_word_after(short[:-2], long_)


def _covered(words: set[str], by: set[str], exact: frozenset[str] = frozenset()) -> int | None:
    """How many of ``words`` have a form in ``by`` (the same word only, for one in ``exact``); ``None`` when one
    has none."""
    n = 0
    for w in words:
        if not any(w == v if w in exact or v in exact else _same_word(w, v) for v in by):
            return None
        n += 1
    return n


# Endings of a disease's own name (``answers/wordforms``): "teratoma", "arteritis", "fibrosis", "Wilms tumour".
_DISEASE_ENDINGS = DISEASE_ENDINGS + TUMOUR


def qualifiers(text: str) -> frozenset[str]:
    """The lower-case words standing right before the name of a disease ("cystic" in "mature cystic teratoma",
    "calcified" in "calcified granuloma"): they qualify that disease and name no finding of their own, so only the
    same word, not another form of it, names an option ("Cystadenoma", "Calcification"). ("diverticular
    inflammation" qualifies no named disease.)"""
    words = _WORDS.findall(text.lower())
    return frozenset(a for a, b in zip(words, words[1:]) if b.endswith(_DISEASE_ENDINGS) and a not in _NEAR_DROP)


def option_near(region: str, idx: OptionIndex) -> str | None:
    """Letter of the one option a short reply names in other word forms or order ("Kidney (left)").

    The reply's words (stemmed) must hold every word of exactly one option,
    or the option every word of the reply, sharing at least two words (one
    for a one-word option); a negation, "or"/"and", a hedge or a reply of
    more than ``NEAR_MAX_WORDS`` words is never read this way, since the
    reply then says more than which option it chose.
    """
    s = clean(region)
    if "\n" in s or len(s) > idx.longest + 24:
        return None
    words = _WORDS.findall(s.lower())
    said = len(_WORDS.findall(_SIZE.sub(" ", s.lower())))  # ("Thick-walled cavity, right upper lobe, 3 cm.": a size)
    if not words or said > NEAR_MAX_WORDS or not _NEAR_VETO.isdisjoint(words) or is_hedge(s) \
            or langwords.foreign_negation(s):
        return None  # ... "Nicht normal", "Keine Pneumonie": a denial of another language says more too
    mine = _stems(s)
    exact = qualifiers(s)  # "Cystic teratoma." names no "Cystadenoma"
    classes = name_letters(s)
    hits = []
    for letter, key in idx.keys.items():
        theirs = _stems(key)
        if not theirs:
            continue
        own = name_letters(idx.texts[letter])
        if classes and own and classes != own:
            continue  # "A Weber B fracture." is no "Weber A fracture" (the option key drops its "A" as an article)
        shared = _covered(mine, theirs, exact) if len(mine) <= len(theirs) else _covered(theirs, mine, exact)
        if shared is not None and shared >= min(2, len(theirs)):
            hits.append(letter)
    return hits[0] if len(hits) == 1 else None
