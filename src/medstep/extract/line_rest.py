"""What follows an option at the head of a line, and whether it keeps the option (read by ``extract/lines.py``).

Two shapes: the letter with its own option's text in brackets, and maybe a comment ("C (heterogeneously dense, which
may obscure small masses)"), and the option's name as a line's first sentence under a decision heading ("### Diagnosis"
/ "Superficial spreading melanoma. Breslow thickness should be reported."). Either keeps the option only when what
follows does not hold another option open beside it: "C (heterogeneously dense; or perhaps D)", "Spitz nevus. Blue
nevus. Either could fit.", "Spitz nevus. However, melanoma cannot be excluded." An option set aside in what follows
("B (scattered density, not C)", "Spitz nevus. Favoured over melanoma.", "Differential includes dysplastic nevus.")
leaves the first one standing. Split from ``extract/lines.py`` (at 500 lines).
"""

from __future__ import annotations

import re

from medstep.answers import hedges, judgements, negation, option_key
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# "C (cardiomegaly) — enlarged cardiothoracic ratio.": a letter with its own option's text in brackets.
_LEADING_OWN = lazy_compile(r"^[\s*_>#-]*([A-Z])[ \t]*\(([^()\n]{2,80})\)[*_]*[ \t]*(?:[:—–-][ \t]*)?\S?")
# A line that is an option's text and its letter, nothing else: "**Intussusception** (option B).", "Hydronephrosis
# (D)" (the letter is captured first, by a lookahead, so that group 1 is the letter as in ``_LEADING_OWN``).
LINE_OWN = lazy_compile(r"^(?=[^(\n]*\((?:[Oo]ption[ \t]+)?([A-Z])\))[\s*_>#-]*([^()\n*_]{2,80}?)[*_]*[ \t]*"
                        r"\((?:[Oo]ption[ \t]+)?[A-Z]\)[*_]*[ \t]*\.?[*_]*[ \t]*$", re.M)
# Another option offered beside: "or", "versus", "alternatively" ("C (heterogeneously dense, versus D)").
_OFFERED = lazy_compile(r"(?i)\b(?:or|versus|vs|alternatively)\b")
# Another option held open after the first sentence: not excluded, "Or ..." opening a sentence, "either".
_HELD_OPEN = lazy_compile(r"(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, ("either",))
                          + r"|(?:\A|[.!?]\s+)[\s*_]*or\b")
# A sentence naming another option below the line's pick: set aside ("not", "less likely", "over", "rather than"), or
# kept beside it as an alternative or a differential (``hedges.KEPT_BESIDE``, the words ``letter_aside.KEPT_OPEN``
# reads as keeping the other open): either way the pick stands.
_SETS_ASIDE = lazy_compile("(?i)" + hedges.words(
    negation.DENY, negation.INSTEAD, hedges.KEPT_BESIDE, judgements.UNLIKELY, judgements.SET_ASIDE,
    judgements.WRONG, judgements.MISFIT, judgements.POOR_FIT, ("over",))
    + "|" + hedges.lowered() + "|" + negation.CONTRACTION)
_SENTENCES = lazy_compile(r"(?<=[.!?;])\s+")


def leading_own_text(head: str, idx: OptionIndex) -> re.Match[str] | None:
    """The match of ``head`` opening with a letter and its own option's text in brackets (``_LEADING_OWN``), or being
    the text and its letter (``LINE_OWN``); None otherwise. After the text a comma may add a comment ("C
    (heterogeneously dense, which may obscure small masses)") that offers no other option ("…; or perhaps D")."""
    m = _LEADING_OWN.match(head) or LINE_OWN.match(head)
    if m is None:
        return None
    said = " ".join(m.group(2).lower().split())
    own = " ".join(idx.keys.get(m.group(1), "").lower().split())
    if not own or not (said == own or said.startswith(own) and said[len(own):][:1] in (",", ";")):
        return None
    comment = _comment(m.group(2), own) if said != own else ""
    if comment and (_OFFERED.search(comment) is not None or is_hedge(comment)) \
            and any(o.letter != m.group(1) for o in find_mentions(comment, idx)):
        return None  # "C (heterogeneously dense, though B is also possible)"
    return m


def _comment(said: str, own: str) -> str:
    """What ``said`` (the bracket's words) adds after the option's own text ``own`` (lower-cased, spaces single), from
    the comma or semicolon on."""
    for i, ch in enumerate(said):
        if ch in ",;" and " ".join(said[:i].lower().split()) == own:
            return said[i:]
    return ""


def own_text_lines(text: str, idx: OptionIndex) -> set[str]:
    """Letters of the lines after the first that open with a letter and its own option text ("- B (Pleural
    effusion) — ..."): headings of a per-option discussion."""
    return {m.group(1) for line in text.split("\n")[1:] if "(" in line and (m := leading_own_text(line, idx))}


def rest_keeps(rest: str, idx: OptionIndex, letter: str) -> bool:
    """Whether the rest of a line whose first sentence names ``letter`` under a decision heading keeps it: no other
    option held open ("Either could fit.", "Or melanoma.", "... cannot be excluded", a hedge) and every other option
    named set aside in its sentence ("Spitz nevus. Dysplastic nevus." lists two; "Blue nevus is less likely." sets
    one aside)."""
    if _HELD_OPEN.search(rest) is not None or is_hedge(rest):
        return False
    return all(_SETS_ASIDE.search(sentence) is not None for sentence in _SENTENCES.split(rest)
               if any(m.letter != letter for m in find_mentions(sentence, idx)))


# A line opening with a letter and its option's own text, then a comment set off by a dash, a colon, a comma or a
# semicolon: "D) Testicular torsion — a surgical emergency.", "**B. Smith fracture**: volar angulation."
_OWN_THEN_COMMENT = lazy_compile(r"^[\s*_>#-]*(?:(?i:option|choice)[ \t]+)?\(?([A-Z])(?:\*\*)?[.):](?:\*\*)?[ \t]+"
                                 r"([^\n—–:,;()]{2,120}?)[*_]*[ \t]*(?:[—–:,;]|[ \t]-[ \t])[ \t]*(\S[^\n]*)$")
# A comment that supposes rather than states: what the option would or could show, under a condition.
_SUPPOSES = lazy_compile(r"(?i)\b(?:would|could|might|may|can|if|unless|whether)\b"
                         # ... or sets it against another ("— versus A", "vs lymphoma"), describes the option in
                         # general rather than this case ("— typically homogeneous"), or marks it as one to exclude
                         # ("— the one to rule out first", "— must be excluded"): a walk through a differential
                         r"|\b(?:versus|vs\b\.?|typically|classically|characteristically|rul(?:e|es|ed|ing)\s+out"
                         r"|exclu(?:de|des|ded|ding|sion)\b)")


def own_text_comment(line: str, idx: OptionIndex) -> tuple[str, str] | None:
    """(letter, comment) of a line that opens with a letter and exactly its option's own text and goes on with a
    comment ("D) Testicular torsion — this is a surgical emergency."), when the comment supposes nothing ("… would
    show absent flow" discusses the option), ends a sentence (a remark cut mid-way may open a walk of the options)
    and keeps the option (:func:`rest_keeps`); None otherwise. Why: the
    option alone on the closing line is an answer (``letter_final``), and a remark after it does not undo that;
    the caller checks that no other line heads an option."""
    m = _OWN_THEN_COMMENT.match(line)
    if m is None or m.group(1) not in idx.letters or option_key(m.group(2)) != idx.keys.get(m.group(1)):
        return None
    comment = m.group(3)
    if not comment.rstrip(" *_").endswith((".", "!", ")")):
        return None  # "**A. Osteoid osteoma** — The lucent nidus with": an option walk cut at its first heading
    if _SUPPOSES.search(comment) is not None or not rest_keeps(comment, idx, m.group(1)):
        return None
    return m.group(1), comment


__all__ = ["LINE_OWN", "leading_own_text", "own_text_comment", "own_text_lines", "rest_keeps"]
