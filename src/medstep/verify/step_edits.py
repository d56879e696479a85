"""A chain's per-step findings and clauses with some steps replaced: the one copy-on-write the claim droppers share.

Why one home: the readers that take claims out of a chain (``generic_steps.drop_generic``,
``weighed_claims.drop_weighed``, ``explained_echo.drop_explained_echo``, ``option_heads``) each copied the two
lists on their first change and handed the input back untouched when nothing changed, four copies of the same
bookkeeping (issue #8). The caller's lists are never mutated: a later reader, or a cache, may still hold them.
"""

from __future__ import annotations

from medstep.verify.findings import Finding


class StepEdits:
    """The replacements of one pass over a chain: ``put`` a step's new findings and clauses, ``result`` the lists
    (the input lists themselves when nothing was put, so a caller can tell by identity that nothing changed)."""

    __slots__ = ("_clauses", "_found", "_per_sent", "_per_step")

    def __init__(self, per_step: list[list[Finding]], per_sent: list[list]) -> None:
        self._per_step = per_step
        self._per_sent = per_sent
        self._found: list[list[Finding]] | None = None
        self._clauses: list[list] | None = None

    def put(self, k: int, found: list[Finding], clauses: list) -> None:
        """Step ``k``'s findings and clauses are ``found`` and ``clauses`` (both lists copied on the first put)."""
        if self._found is None or self._clauses is None:
            self._found, self._clauses = list(self._per_step), list(self._per_sent)
        self._found[k] = found
        self._clauses[k] = clauses

    def result(self) -> tuple[list[list[Finding]], list[list]]:
        """The edited lists, or the input lists when no step was replaced."""
        if self._found is None or self._clauses is None:
            return self._per_step, self._per_sent
        return self._found, self._clauses


__all__ = ["StepEdits"]
