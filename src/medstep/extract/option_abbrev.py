"""An option named by a short form of its text, or an option written short and named in full, read by writing the
reply's short forms out as the option's text (rule :data:`RULE`).

"LA." for "Left atrium", "MS." for "Multiple sclerosis", "H&E — the nuclei are blue-purple ..." for "Hematoxylin and
eosin", "this is a fluid attenuated inversion recovery sequence" for "FLAIR". The readers look for an option's own
text, so they find nothing here (or find the options the reply sets aside, and read it as ambiguous).

This module reads no answer of its own: it writes each short form one option owns as that option's text, and the
choice reader reads the rewritten reply with all of its guards (the decision sentence, the options rejected after the
pick, hedges, negation, the question asked): frame-free, the short form is as good as the option's name and no more.
The short forms are those no other reader reads:

* two-letter initials of an option's two content words, only alone on a line, after an answer lead at most ("LA.",
  "**Answer:** RV"): two capitals clash with everyday short forms (MS, PD, CR) anywhere else;
* initials with an "and" written "&" ("H&E"), wherever they stand;
* the full name the concept vocabulary gives an option written in capitals, that it abbreviates
  (``answers/concept_names.abbreviates``: "fluid-attenuated inversion recovery" for "FLAIR").

Initials of three letters or more and an option's first words with the initials of the rest ("left MCA") are
``extract/option_names.py``'s, read by ``extract/option_alias.py`` only where the reply decides (not "known LAM",
"?CJD"); the vocabulary's own short names ("ETT", "PTX") are the concept readers'. Never written out: a form two
options share (a shared abbreviation names neither; a bracketed name in capitals owns its letters), one the vocabulary
reads as a concept the option does not name ("PE" is a pulmonary embolism, not "Pleural effusion"), an English or
stock word (``option_names``' list: "AS", "OR", "NO"), one the question writes, one a run of the reply's other words
spells ("mitral stenosis (MS)": the reply uses it for something else), one any option's own text holds (so a
rewritten reply has nothing left to rewrite). The choice reader takes no reading against a letter the reply names.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from medstep.answers import option_key
from medstep.answers.concept_names import abbreviates, whole_concept
from medstep.answers.concepts import CONCEPTS_FILE, merge_rows, packaged_text, read_rows
from medstep.extract import foreign_frames
from medstep.extract.abbreviations import BRACKETED, SKIPPED, WORD
from medstep.extract.option_names import (_NOT_INITIALS, _known_elsewhere, _spelled_by_words, initial_names, led_in_keys,
                                         written_capitals)
from medstep.lazyre import lazy_compile

RULE = "option_abbreviation"
# The longest short form read as initials (as ``extract/abbreviations.py``) and the fewest letters.
_SHORTEST, _LONGEST = 2, 6
# Where a short form stands alone: not inside a word, a hyphenated compound or another "&" form.
_BEFORE, _AFTER = r"(?<![\w&\-])", r"(?![\w&\-])"
# Where a two-letter form is read: alone on the reply's last line, after an answer lead at most ("LA.", "**Answer:**
# LA"). Two capitals clash with everyday short forms (MS, PD, CR, MT), so only a reply that ends by answering with the
# form alone names the option by it; a lone line elsewhere is a label, a value or a heading ("View:\nPA\n...",
# "Sodium:\nNA"), and one that carries on its line before ("Reviewed by J. Smith,\nMD") no answer (:func:`_write`);
# ``{}`` is the form.
_WHOLE_LINE = (r"(?m)^(?P<pre>[ \t>#*_\-]*(?P<lead>(?i:(?:final[ \t]+)?answer[*_]*[ \t]*[:：\-][ \t*_]*))?)({})"
               r"(?P<post>[*_]*\.?[*_]*[ \t]*)$(?!\s*\S)")
# How the text before a lone form without an answer lead ends where the form answers: a sentence, a lead or nothing;
# and a line of a short form alone, which makes the last one an item of a list ("LA.\nRA.\nLV.\nRV.").
_ENDED = ".!?:：*)"
_LONE_FORM = lazy_compile(r"(?m)^[ \t>#*_\-]*[A-Z&]{2,6}[*_]*\.?[*_]*[ \t]*$")


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Concept id -> every name the vocabulary lists for it (all of its rows)."""
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE))
    return {cid: tuple(row.synonyms) for cid, row in rows.items()}


def _names(text: str) -> list[str]:
    """An option's text and, when it has one bracketed part, the text without it and the part."""
    m = BRACKETED.match(text.strip())
    if m is None or "(" in m.group(1) + m.group(3):
        return [text]
    outside = f"{m.group(1)} {m.group(3)}".strip()
    return [text] + [n for n in (outside, m.group(2).strip()) if n]


def _words(name: str) -> list[str]:
    """A name's words, "and" kept (it may be written "&"), other linking words dropped."""
    return [w for w in WORD.findall(name) if w.lower() == "and" or w.lower() not in SKIPPED]


def _initials(name: str) -> str | None:
    """The initials in capitals of all of ``name``'s content words, an "and" between two as "&" ("H&E")."""
    words = _words(name)
    content = [w for w in words if w.lower() != "and"]
    if len(content) < 2 or words[0].lower() == "and" or words[-1].lower() == "and":
        return None
    form = "".join("&" if w.lower() == "and" else w[0] for w in words).upper()
    return form if _SHORTEST <= len(form.replace("&", "")) <= _LONGEST else None


def _spaced(phrase: str) -> str:
    """A regex for ``phrase``'s words, matched whatever the case, a hyphen or spaces between them."""
    return r"(?i:" + r"[\s\-]+".join(re.escape(w) for w in phrase.split()) + ")"


def _caps(form: str) -> str:
    """A regex for a form in capitals as written, an "&" with or without spaces around it."""
    return r"\s*&\s*".join(re.escape(part) for part in form.split("&"))


def _candidates(text: str) -> list[tuple[str, str, str | None]]:
    """(owner key, regex, capitals form) of each short form of one option (module docstring)."""
    out: list[tuple[str, str, str | None]] = []
    for name in _names(text):
        if (form := _initials(name)) is not None:
            out.append((form.lower(), _caps(form), form))
        words = [w for w in WORD.findall(name) if w.lower() not in SKIPPED]
        for k in range(1, len(words) - 2):  # "left MCA": first words written out, the initials of the rest (three)
            rest = "".join(w[0] for w in words[k:]).upper()
            out.append((" ".join(words[:k]).lower() + " " + rest.lower(), _spaced(" ".join(words[:k])) + r"\s+" +
                        re.escape(rest), None))
    concept = whole_concept(text)
    for syn in _synonyms().get(concept, ()) if concept else ():
        if "{" in syn or "@" in syn or option_key(syn) == option_key(text) or not abbreviates(syn, text):
            continue
        if len(syn.split()) == 1 or not text.strip().isupper():
            # a short name ("ETT", "LAM") the concept readers read as it is; "Cavity" is a word, no abbreviation of
            # "cavitary lesion": only the full name of an option in capitals (FLAIR) is written
            continue
        out.append((syn.lower(), _spaced(syn.replace("-", " ")), None))
    return out


@lru_cache(maxsize=4096)
def _forms(options: tuple[tuple[str, str], ...], question: str) -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    """(regex, the option's text, capitals form) of each short form exactly one option owns."""
    owners: dict[str, set[str]] = {}
    found: list[tuple[str, str, str, str | None]] = []
    for letter, text in options:
        for key, pattern, caps in _candidates(text):
            owners.setdefault(key, set()).add(letter)
            found.append((letter, key, pattern, caps))
        for name in _names(text)[1:]:  # "Other (MS)": a bracketed name in capitals owns its letters too
            if name.isupper():
                owners.setdefault(name.lower(), set()).add(letter)
    # initials and first words + initials that ``extract/option_names.py`` gives are read by ``extract/option_alias.py``
    # only where the reply decides (not "known LAM", "?CJD", "DISH would need ..."): left to it
    theirs = set(initial_names(options)) | {key for _, key in led_in_keys(options)}
    asked = written_capitals(question)
    question_key = f" {option_key(question)} "
    texts = dict(options)
    keys = [f" {option_key(t)} " for _, t in options]
    out = []
    for letter, key, pattern, caps in dict.fromkeys(found):
        if owners[key] != {letter} or key in _NOT_INITIALS or key in theirs or f" {key} " in question_key:
            continue
        if caps is not None and (caps in asked or _known_elsewhere(caps.replace("&", "").lower(), texts[letter])):
            continue
        regex = re.compile(_BEFORE + pattern + _AFTER if caps is None or len(key) > _SHORTEST
                           else _WHOLE_LINE.format(pattern))
        if any(f" {key} " in k for k in keys) or any(regex.search(t) for t in texts.values()):
            continue  # an option's own text holds it: that option's reader reads it already
        out.append((regex, texts[letter], caps))
    return tuple(out)


def rewritten(text: str, options: dict[str, str], question: str) -> tuple[str, str] | None:
    """``text`` with every short form one option owns written as that option's text (:func:`written_out`) and each
    concluding frame of another language in English (``extract/foreign_frames.py``), with the rule of the reading
    it gives (:data:`RULE`, or ``foreign_frames.RULE`` where only frames were written), else ``None``."""
    out = written_out(text, options, question)
    english = foreign_frames.in_english(out or text)
    if english is not None:
        return english, RULE if out is not None else foreign_frames.RULE
    return (out, RULE) if out is not None else None


def written_out(text: str, options: dict[str, str], question: str) -> str | None:
    """``text`` with every short form one option owns written as that option's text, else ``None`` (none found)."""
    forms = _forms(tuple(options.items()), question)
    if not forms:
        return None
    words: list[str] | None = None
    out = text
    for regex, option, caps in forms:
        if regex.search(out) is None:
            continue
        if caps is not None and "&" not in caps:
            if words is None:
                words = [w.lower() for w in WORD.findall(text) if w.lower() not in SKIPPED and not w.isupper()]
            own = [w.lower() for w in WORD.findall(option) if w.lower() not in SKIPPED]
            if _spelled_by_words(caps.lower(), words, own):
                continue  # "mitral stenosis (MS)": the reply spells the form with other words
        out = regex.sub(partial(_write, option), out)
    return out if out != text else None


def _write(option: str, m: re.Match[str]) -> str:
    """The option's text in place of the short form ``m`` matched, what stands around a lone one kept."""
    if "pre" not in m.re.groupindex:
        return option
    before = m.string[:m.start()].rstrip()
    if m.group("lead") is None and before and (before[-1] not in _ENDED
                                               or _LONE_FORM.fullmatch(before.rsplit("\n", 1)[-1]) is not None):
        return m.group(0)  # the line carries on the one before ("Reviewed by J. Smith,\nMD") or ends a list
    return m.group("pre") + option + m.group("post")


__all__ = ["RULE", "rewritten", "written_out"]
