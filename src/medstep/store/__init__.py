"""SQLite run store: resumable, content-hash cached, crash-safe. See :mod:`medstep.store.run`."""

from medstep.store.guard import RunLocked, RunMismatch, SettingsChanged
from medstep.store.atomic import atomic_write_chunks, atomic_write_text
from medstep.store.run import RunMeta, RunStore, SampleResult

__all__ = ["RunLocked", "RunMeta", "RunMismatch", "RunStore", "SampleResult", "SettingsChanged", "atomic_write_chunks", "atomic_write_text"]
