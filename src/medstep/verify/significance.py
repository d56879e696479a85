"""Clinical significance: the level of each finding (``significance.tsv``), the patient facts it may depend on, and
the parsing of the clinical score's tables (``significance.tsv``, ``interpretations.tsv``).

Kept apart from the scoring (``clinical.py``): the levels and their rules ("urgent", "age>=65:actionable",
"indication~trauma:urgent") are data with their own checks, the comparison of findings is another concern.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from medstep.arguments import check_path
from medstep.textclean import read_utf8_text
from medstep.textenum import TextEnum
from medstep.types import MedstepError


class Significance(TextEnum):
    URGENT = "urgent"
    ACTIONABLE = "actionable"
    NOT_ACTIONABLE = "not_actionable"
    EXPECTED_BENIGN = "expected_benign"

    @property
    def weight(self) -> float:
        return _WEIGHTS[self]


_WEIGHTS = {Significance.URGENT: 1.0, Significance.ACTIONABLE: 0.5, Significance.NOT_ACTIONABLE: 0.25,
            Significance.EXPECTED_BENIGN: 0.05}


@dataclass(frozen=True)
class PatientContext:
    """What the clinical significance of a finding may depend on."""

    age: float | None = None
    indication: str | None = None

    @classmethod
    def from_mapping(cls, d: Mapping[str, Any] | None) -> PatientContext | None:
        """From ``{"age": "82", "indication": "..."}`` (keys in any case); None when empty."""
        if not d:
            return None
        low = {str(k).lower(): v for k, v in d.items()}
        age: float | None = None
        try:
            age = float(str(low.get("age", "")).strip().split()[0]) if low.get("age") not in (None, "") else None
        except (ValueError, IndexError):
            age = None
        ind = low.get("indication")
        return cls(age, str(ind) if ind else None)


@dataclass(frozen=True)
class Rule:
    """A level that replaces a finding's own for some patients (an age range, words of the indication)."""

    age_min: float | None
    age_max: float | None  # exclusive
    words: tuple[str, ...]
    level: Significance

    def applies(self, ctx: PatientContext) -> bool:
        if self.words:
            ind = (ctx.indication or "").lower()
            return any(w in ind for w in self.words)
        if ctx.age is None:
            return False
        return (self.age_min is None or ctx.age >= self.age_min) and (self.age_max is None or ctx.age < self.age_max)


def parse_level(value: str, where: str) -> Significance:
    """A table's level word as a ``Significance``; a clear error naming the row otherwise."""
    try:
        return Significance(value.strip())
    except ValueError:
        raise MedstepError(f"{where}: significance must be one of {[s.value for s in Significance]}, "
                           f"got {value.strip()!r}") from None


def parse_rules(spec: str, where: str) -> tuple[Rule, ...]:
    """The rules of a ``significance.tsv`` row's third column ('age>=65:actionable; indication~trauma:urgent')."""
    out = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        cond, sep, level = part.rpartition(":")
        if not sep or not cond:
            raise MedstepError(f"{where}: a rule is 'condition:level', got {part!r}")
        lv = parse_level(level, where)
        if cond.startswith("indication~"):
            words = tuple(w.strip().lower() for w in cond[len("indication~"):].split("|") if w.strip())
            if not words:
                raise MedstepError(f"{where}: 'indication~' needs words, got {part!r}")
            out.append(Rule(None, None, words, lv))
        elif cond.startswith("age>="):
            out.append(Rule(_number(cond[5:], where), None, (), lv))
        elif cond.startswith("age<"):
            out.append(Rule(None, _number(cond[4:], where), (), lv))
        else:
            raise MedstepError(f"{where}: a condition is 'age>=N', 'age<N' or 'indication~a|b', got {cond!r}")
    return tuple(out)


def _number(text: str, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise MedstepError(f"{where}: expected a number, got {text!r}") from None


def read_table(path: Path | None, packaged: str) -> tuple[str, str]:
    """(text, origin) of a table: the file at ``path``, else the packaged one."""
    if path is None:
        return (resources.files("medstep.verify").joinpath(packaged).read_text(encoding="utf-8"),
                f"medstep/verify/{packaged}")
    check_path("Verifier", f"the {packaged} table", path)
    return read_utf8_text(Path(path), f"{packaged} file"), str(path)  # a FIFO or Latin-1 file: one error naming it


def table_rows(text: str, origin: str, ncols: tuple[int, int]):
    """(where, columns) of each row of a tab-separated table (comments and blank lines skipped), checked for its
    number of columns."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not ncols[0] <= len(cols) <= ncols[1]:
            raise MedstepError(f"{origin}:{lineno}: expected {ncols[0]}-{ncols[1]} tab-separated columns, got {len(cols)}")
        yield f"{origin}:{lineno}", cols
