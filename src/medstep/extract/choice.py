"""Read a lettered option out of an answer region.

Two strictness levels, because the same characters mean different things:

* inside a marker ("Answer: A small nodule ..." is unusual, "Answer: C,
  because ..." is normal) a leading letter with any separator counts;
* in unmarked free text a leading capital "A" is far more often the article
  ("A 45-year-old ..."), so a line only counts when it is *nothing but* a
  letter form, optionally followed by that option's own text.

Nothing is guessed: a letter outside the options, two different letters
claimed together ("B or C", "A, D"), or a letter whose trailing text is a
*different* option's text all give ``None``. No nearest-option matching.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.extract.anchors import KeywordFinder, word_starts_at
from medstep.extract.normalize import normalize_text

# Outcome of one attempt: a letter, a definite refusal (conflict / out of
# range: stop looking, the answer is unparsed), or "no letter form here".
CONFLICT = "!"

_LIST = re.compile(
    r"^(?:(?i:either|both|options?|choices?)\s+)?[\(\[]?([A-Z])[\)\]]?\s*(?:,|/|&|(?i:or|and))\s*"
    r"(?:(?i:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?(?![A-Za-z0-9])"
)
_KEYWORD = re.compile(r"^(?i:option|choice|answer|letter)\s*[:：]?\s*[\(\[]?([A-Za-z])[\)\]]?(?![A-Za-z0-9])(.*)$", re.S)
_BRACKET = re.compile(r"^[\(\[]([A-Za-z])[\)\]](.*)$", re.S)
_PAREN_CLOSE = re.compile(r"^([A-Za-z])\)(.*)$", re.S)
_BARE = re.compile(r"^([A-Z])(?![A-Za-z0-9'’\-])(.*)$", re.S)
_SINGLE = re.compile(r"^([a-z])$")
_TEXT_THEN_LETTER = re.compile(r"^(.+?)\s*[\(\[]([A-Z])[\)\]]$", re.S)
_SEP = re.compile(r"^\s*[\.:：\)\(\-–—,;]")
_CONNECTIVE = re.compile(r"^\s+(?i:because|since|as|given|which|is|was|due|owing|with)\b")
_TAIL_OTHER = re.compile(r"^\s*(?:,|/|&|(?i:or|and))\s*(?:(?i:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?(?![A-Za-z0-9])")
_CLAUSE_END = re.compile(r"[,;\n]|\.(?:\s|$)")
_LATEX_WRAP = re.compile(r"\\(?:text|textbf|mathrm|mathbf|rm)\s*\{([^{}]*)\}")
_STRIP = " \t\r\n:：*_\"'“”‘’`"

# Conclusions inside unmarked free text, e.g. "C is the correct answer",
# "so I would choose option D". Keywords are case-insensitive, the letter is
# an upper-case capital so that articles never match. All forms are tried
# only at keyword positions (see ``anchors``), last keyword first.
_CONCLUSION_KEYWORDS = KeywordFinder(
    ("correct", "right", "best", "most", "choose", "select", "pick", "go with", "answer",
     "so", "thus", "therefore", "hence", "it's", "it is")
)
# "correct answer is C", "choose option D", "answer would be (B)": keyword first, letter after.
_CONCLUSION_FWD = re.compile(
    r"(?i:(?:correct|right|best|most\s+(?:likely|appropriate|accurate|consistent))\s+"
    r"(?:answer|option|choice|response)\s+(?:is|would\s+be|=)|(?:choose|select|pick|go\s+with)\b"
    r"|answer\s+(?:is|would\s+be))"
    r"\s*[:：]?\s*\**\s*(?i:option\s+|choice\s+)?[\(\[]?([A-Z])[\)\]]?(?![A-Za-z0-9])"
)
# "Therefore, C." / "So it's (C)." -- only as the very last sentence of the output.
_CONCLUSION_END = re.compile(
    r"(?i:so|thus|therefore|hence|it\s+is|it's)\s*,?\s*(?i:it\s+is\s+|it's\s+)?(?i:option\s+)?"
    r"[\(\[]?([A-Z])[\)\]]?\**\s*[.!]?\s*\Z"
)
# "the most likely finding is cardiomegaly": an option's text instead of its letter.
_CONCLUSION_TEXT = re.compile(
    r"(?i:(?:correct|right|best|most\s+(?:likely|appropriate|probable))\s+"
    r"(?:answer|option|choice|finding|diagnosis|abnormality)\s+(?:is|would\s+be)\s*[:：]?)"
    r"\s*([^\n.;,]{1,200})"
)
# "C is the correct answer", "option B (effusion) seems to be the best": letter before
# the keyword. Checked right to left: first the cheap verb right before the keyword,
# then the letter right before the verb.
_VERB_BEFORE = re.compile(r"\s(?i:is|would\s+be|seems|appears)\s+(?i:to\s+be\s+)?(?i:the\s+)?\Z")
_LETTER_BEFORE = re.compile(
    r"(?:(?i:\b(?:option|choice)\s+))?[\(\[]?\b([A-Z])[\)\]]?\**(?:\s*\([^()]{1,80}\))?\s*\Z"
)
_QUALITY_AT = re.compile(r"(?i:correct|right|best|most\s+(?:likely|appropriate|accurate)|answer)\b")
_HEAD_OTHER = re.compile(
    r"(?<![A-Za-z0-9])[\(\[]?([A-Z])[\)\]]?\s*(?:,|/|&|(?i:or|and))\s*\Z"
)
_BACK_WINDOW = 100


@lru_cache(maxsize=4096)
def _normalised_options(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Option letter -> normalised text; cached because samples repeat across runs/rollouts."""
    return {k.strip().upper(): normalize_text(v) for k, v in items}


def clean(region: str) -> str:
    """Remove markdown emphasis, quotes, LaTeX text wrappers and edge punctuation."""
    if "\\" in region:
        region = _LATEX_WRAP.sub(r"\1", region)
    if "*" in region or "`" in region:
        region = region.replace("**", "").replace("`", "")
    region = region.strip(_STRIP)
    return region[:-1].rstrip(_STRIP) if region.endswith(".") else region


def _option_match(text: str, options: dict[str, str]) -> str | None:
    """The single letter whose normalised option text equals ``text``, else None."""
    # A text far longer than every option cannot normalise to one of them;
    # the bound skips normalising whole chains of thought on the hot path.
    if len(text) > 2 * max(map(len, options.values()), default=0) + 64:
        return None
    norm = normalize_text(text)
    if not norm:
        return None
    hits = [k for k, v in options.items() if v == norm]
    return hits[0] if len(hits) == 1 else None


def _judge_tail(letter: str, tail: str, options: dict[str, str], strict: bool, bracketed: bool) -> str | None:
    """Decide whether ``letter`` followed by ``tail`` is a real answer.

    Returns the letter, ``CONFLICT`` (a second letter or another option's
    text follows), or ``None`` (not a letter form at this strictness).
    """
    other = _TAIL_OTHER.match(tail)
    if other is not None and other.group(1) != letter:
        return CONFLICT
    rest = tail.strip(_STRIP + ".)-–—")
    if not rest:
        return letter
    # "A normal study" is the article plus option D's text, not a clash of A and D.
    article_like = not bracketed and _SEP.match(tail) is None
    named = _option_match(rest, options)
    if named is None and not strict:
        named = _option_match(_CLAUSE_END.split(rest, maxsplit=1)[0], options)
    if named is not None:
        if named == letter:
            return letter
        return None if article_like else CONFLICT
    if strict:
        return None
    if not article_like or _CONNECTIVE.match(tail):
        return letter
    return None


def letter_form(region: str, options: dict[str, str], *, strict: bool) -> str | None:
    """Letter stated at the start of ``region`` ("B", "(B)", "B)", "B. text", "Option B").

    ``strict`` (unmarked text): only the letter, optionally with its own
    option text, may follow. Returns a letter, ``CONFLICT`` or ``None``.
    """
    s = clean(region)
    if not s:
        return None
    pair = _LIST.match(s)
    if pair is not None and pair.group(1) != pair.group(2):
        return CONFLICT
    for pattern, bracketed in ((_KEYWORD, True), (_BRACKET, True), (_PAREN_CLOSE, True), (_BARE, False)):
        m = pattern.match(s)
        if m is not None:
            letter = m.group(1).upper()
            verdict = _judge_tail(letter, m.group(2), options, strict, bracketed)
            if verdict is not None:
                return verdict if verdict == CONFLICT or letter in options else CONFLICT
    m = _SINGLE.match(s)
    if m is not None:
        letter = m.group(1).upper()
        return letter if letter in options else CONFLICT
    m = _TEXT_THEN_LETTER.match(s) if s[-1] in ")]" else None
    if m is not None:
        letter = m.group(2)
        named = _option_match(m.group(1), options)
        if letter not in options or (named is not None and named != letter):
            return CONFLICT
        if named == letter or not strict:
            return letter
    return None


def option_text(region: str, options: dict[str, str], *, first_clause: bool) -> str | None:
    """Letter whose option text the region states exactly.

    With ``first_clause`` (inside a marker) the text up to the first comma or
    full stop also counts: "Answer: pneumothorax, given the absent markings".
    Unmarked prose is not cut, since its first clause is rarely a conclusion.
    """
    s = clean(region)
    hit = _option_match(s, options)
    if hit is None and first_clause:
        clause = _CLAUSE_END.split(s, maxsplit=1)[0]
        if clause != s:
            hit = _option_match(clause, options)
    return hit


def _conclusion_at(text: str, pos: int, options: dict[str, str]) -> str | None:
    """Conclusion whose keyword starts at ``pos``: a letter, ``CONFLICT`` or ``None``."""
    m = _CONCLUSION_FWD.match(text, pos) or _CONCLUSION_END.match(text, pos)
    if m is not None:
        other = _TAIL_OTHER.match(text, m.end())
        return CONFLICT if other is not None and other.group(1) != m.group(1) else m.group(1)
    m = _CONCLUSION_TEXT.match(text, pos)
    if m is not None:
        named = _option_match(m.group(1), options)
        if named is not None:
            return named
    if _QUALITY_AT.match(text, pos) is None:
        return None
    verb = _VERB_BEFORE.search(text, max(0, pos - 24), pos)
    if verb is None:
        return None
    end = verb.start()
    # The letter sits right before the verb, or before a parenthesised option
    # text ("C (Cardiomegaly) is"); only the latter needs the wide window.
    wide = text[max(0, end - 8) : end].rstrip(" *").endswith(")")
    b = _LETTER_BEFORE.search(text, max(0, end - (_BACK_WINDOW if wide else 16)), end)
    if b is None:
        return None
    other = _HEAD_OTHER.search(text, max(0, b.start() - 16), b.start())
    return CONFLICT if other is not None and other.group(1) != b.group(1) else b.group(1)


def conclusion(text: str, options: dict[str, str]) -> str | None:
    """Letter of the last concluding sentence in free text ("Therefore C is correct")."""
    for pos in _CONCLUSION_KEYWORDS.last_first(text):
        if not word_starts_at(text, pos):
            continue
        found = _conclusion_at(text, pos, options)
        if found is not None:
            return found if found == CONFLICT or found in options else CONFLICT
    return None


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _line_form(text: str, options: dict[str, str], index: int) -> str | None:
    """Strict letter form on one line (first or last), unless it is part of a list.

    A model that restates the options ("A. Pneumothorax / B. Effusion ...")
    has several letter-form lines; none of them is an answer then.
    """
    lines = _lines(text)
    if len(lines) < 2:
        return None
    found = letter_form(lines[index], options, strict=True)
    if found is None or found == CONFLICT:
        return found
    for line in lines:
        other = letter_form(line, options, strict=True)
        if other is not None and other != found:
            return CONFLICT
    return found


def parse_marked(region: str, options: dict[str, str]) -> str | None:
    """Letter stated inside an explicit answer marker, or ``None`` (unparsed)."""
    found = letter_form(region, options, strict=False)
    if found is None:
        found = option_text(region, options, first_clause=True)
    if found is None:
        found = conclusion(region, options)
    return None if found in (None, CONFLICT) else found


def parse_free(text: str, options: dict[str, str]) -> tuple[str | None, str]:
    """Letter and rule name for unmarked text; ``(None, "")`` when nothing decisive.

    Order: whole text is a letter / an option text, then the final line, a
    concluding sentence, then the first line (answer-first, explanation after).
    The first decisive rule wins, including a conflict, which stops the search.
    """
    steps = (
        ("letter_only", lambda: letter_form(text, options, strict=True)),
        ("option_text", lambda: option_text(text, options, first_clause=False)),
        ("letter_final", lambda: _line_form(text, options, -1)),
        ("conclusion_phrase", lambda: conclusion(text, options)),
        ("letter_lead", lambda: _line_form(text, options, 0)),
    )
    for rule, step in steps:
        found = step()
        if found == CONFLICT:
            return None, ""
        if found is not None:
            return found, rule
    return None, ""


def options_of(items: dict[str, str]) -> dict[str, str]:
    return _normalised_options(tuple(items.items()))
