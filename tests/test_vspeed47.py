"""Session 47 lane vspeed47 (issue #12): the lexicon's trigger rows expanded faster, the same phrases in the same order.

``lexicon.alternatives`` is checked against the former expansion (``itertools.product`` of the groups, each phrase's
parts joined anew), kept here as the reference, on every row of the packaged trigger tables and on hand-written rows
(no group, empty choices, several groups, stray braces, runs of spaces, the shared "{@professionals}" list)."""

from __future__ import annotations

import itertools
import re
from importlib import resources

import pytest

from medstep.answers import negation
from medstep.answers.concepts import states_text
from medstep.verify.lexicon import _SHARED_GROUPS, alternatives

_CHOICES = re.compile(r"\{([^{}]*)\}")


def _former(phrase: str) -> list[str]:
    """``alternatives`` as it was before session 47 (the reference)."""
    if "{@" in phrase:
        for name, words in _SHARED_GROUPS.items():
            phrase = phrase.replace("{@" + name + "}", "{" + words + "}")
    groups = _CHOICES.findall(phrase)
    if not groups:
        return [phrase]
    parts = _CHOICES.split(phrase)
    out = []
    for pick in itertools.product(*(g.split("|") for g in groups)):
        text = "".join(p if i % 2 == 0 else pick[i // 2] for i, p in enumerate(parts))
        out.append(" ".join(text.split()))
    return out


def _rows() -> list[str]:
    text = resources.files("medstep.verify").joinpath("triggers.tsv").read_text(encoding="utf-8")
    text += "".join(f"{w}\tneg_pre\n" for w in negation.EXCLUDES)
    text += states_text()
    return [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_packaged_trigger_row_expands_as_before() -> None:
    rows = _rows()
    assert len(rows) > 1000
    grouped = [r for r in rows if "{" in r]
    assert len(grouped) > 100  # (the rows the change is about)
    for row in rows:
        assert alternatives(row) == _former(row), row


@pytest.mark.parametrize("row", [
    "pleural fluid",  # no group: itself
    "cannot be {|entirely|fully} excluded",  # an empty choice leaves the word out (no double space)
    "{no|without} {new|fresh|further} {focal|} {opacity|shadowing}",  # several groups, the last varying fastest
    "{a|b}",  # a group alone
    "x{a|}y{|b}z",  # groups inside words
    "  spaced   {one|  two  }   out ",  # runs of spaces collapsed, ends stripped
    "odd { brace {p|q} and } close",  # a stray brace is text
    "{} empty group",  # a group of one empty choice
    "seen by the {@professionals}",  # the shared list, spelled out
    "{@professionals} {did|did not} comment",
])
def test_hand_written_rows_expand_as_before(row: str) -> None:
    assert alternatives(row) == _former(row)


def test_the_order_is_the_product_order() -> None:
    assert alternatives("{a|b} {c|d}") == ["a c", "a d", "b c", "b d"]
    assert alternatives("cannot be {|entirely} excluded") == ["cannot be excluded", "cannot be entirely excluded"]
