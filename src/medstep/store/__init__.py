"""SQLite run store: resumable, content-hash cached, crash-safe. See :mod:`medstep.store.run`."""

from medstep.store.run import RunMeta, RunStore, SampleResult

__all__ = ["RunMeta", "RunStore", "SampleResult"]
