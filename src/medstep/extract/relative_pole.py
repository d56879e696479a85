"""A closing relative clause that restates what the reply identified, made a sentence of its own.

"..., consistent with a lipoma, which is a benign tumor." answers "Is this tumor malignant?" in its last clause: the
thing identified is called a benign tumour. The antonym reader (``extract/antonyms.py``) reads a sentence whole, and
a long description before the clause (its "with", its "no atypia") leaves the sentence unread. The non-restrictive
clause ", which is a ..." closing the reply says what the named thing is; written as "It is a benign tumor." it is
read by every check of a pronoun sentence (the subject, the hedge, the other pole elsewhere in the reply).

Only a clause that closes the reply, opens on ", which is / which are" followed by an article, and holds no
further comma, "but", "though" or question mark: "..., which is a benign tumor." is one; "..., which is a benign
tumor, but ..." and "..., which is usually benign." (no article: a habit, not an identity) are not; nor is one
after a hedged sentence ("could represent a lipoma, which is ...": the identity is held open, so is its pole).
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# (imported on use: ``implicit`` reads modules that read this one)

_CLOSING_WHICH = lazy_compile(r"(?i),\s+which\s+(is|are)\s+(?=(?:a|an|the)\s)([^,;:?!.—–]*?(?<!\bbut)(?<!\bthough))"
                              r"[\s*_\"'”]*[.!]?[\s*_\"'”]*\Z")


def apart(text: str) -> str:
    """``text`` with its closing ", which is a ..." clause written as a sentence of its own ("It is a ..."; ``They``
    for "are"), or ``text`` itself (module docstring)."""
    m = _CLOSING_WHICH.search(text)
    if m is None or m.start() == 0:
        return text
    from medstep.extract import implicit

    before = implicit.sentences(text[:m.start()])
    if not before or implicit.hedged(before[-1]):
        return text  # "The findings could represent a lipoma, which is a benign tumor.": the identity is held open
    pronoun = "It" if m.group(1).lower() == "is" else "They"
    return f"{text[:m.start()]}. {pronoun} {m.group(1).lower()} {m.group(2).strip()}."


__all__ = ["apart"]
