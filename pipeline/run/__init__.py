"""Running a corpus: runner, cache, distributed engine, bench."""
