"""An organ that reads another organ's state words for one finding: one ``alias`` row of ``states.tsv`` instead of the
same pair copied onto every row (errdetect37 review).

"The heart and mediastinum are shifted" and "the cardiomediastinal silhouette is displaced" say one mediastinal shift:
every position word that maps ``mediastinum=tracheal_deviation`` maps the cardiomediastinal silhouette to it too. A row
``cardiomediastinal_silhouette<TAB>alias<TAB>mediastinum=tracheal_deviation`` says so once; copied onto each of the
16 position rows, the next position word added would forget one of the two. The alias holds only for that finding
(the silhouette's own size words, "widened", keep their own rows).
"""

from __future__ import annotations

ALIAS = "alias"  # the kind of an alias row: ``ORGAN  alias  OTHER_ORGAN=FINDING``


def expand_aliases(text: str) -> str:
    """A state table's text with each alias row applied: every abnormal row mapping ``OTHER_ORGAN=FINDING`` also maps
    ``ORGAN=FINDING`` (right after it) unless it maps ``ORGAN`` itself. Alias rows become comments, so line numbers are
    kept and the readers, which know only ``normal`` and ``abnormal`` rows, never see them."""
    lines = text.splitlines()
    aliases: list[tuple[str, str]] = []  # (other organ=finding, organ)
    for n, line in enumerate(lines):
        cols = [c.strip() for c in line.split("\t")]
        if not line.startswith("#") and len(cols) > 2 and cols[1] == ALIAS:
            aliases.append((cols[2], cols[0]))
            lines[n] = "# " + line
    if not aliases:
        return text
    for n, line in enumerate(lines):
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[1].strip() != "abnormal":
            continue
        pairs = [p.strip() for p in cols[2].split(";") if p.strip()]
        organs = {p.partition("=")[0].strip() for p in pairs}
        for source, organ in aliases:
            if source in pairs and organ not in organs:
                pairs.insert(pairs.index(source) + 1, f"{organ}={source.partition('=')[2]}")
                organs.add(organ)
        lines[n] = "\t".join([cols[0], cols[1], ";".join(pairs), *cols[3:]])
    return "\n".join(lines)


__all__ = ["ALIAS", "expand_aliases"]
