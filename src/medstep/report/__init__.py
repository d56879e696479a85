"""HTML reports of runs and paired comparisons between runs.

Public API (called by the ``medstep report`` / ``medstep compare`` commands):

* :func:`render_report` -- the HTML report of a run (one self-contained file, or a page with a
  folder of sample parts for a large run); :class:`ReportWriter` builds it while a run is graded.
* :func:`compare_runs` -> :class:`Comparison`, :func:`print_comparison` (rich
  tables) and :func:`render_compare_html`.

PIL is imported only while rendering (the charts are SVG we write ourselves), so importing this
package is cheap.
"""

from medstep.report.compare import Comparison, compare_runs
from medstep.report.compare_out import print_comparison, render_compare_html
from medstep.report.render import ReportWriter, render_report

__all__ = ["Comparison", "ReportWriter", "compare_runs", "print_comparison", "render_compare_html", "render_report"]
