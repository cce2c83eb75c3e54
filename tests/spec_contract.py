"""Facts of the contract (../shared/SPEC.md), copied here by hand, not imported
from the code under test, so that tests check the code against the SPEC."""

import re

# SPEC §2: the columns of each table, in order.
SPEC_COLUMNS = {
    "people": ["article", "name", "role", "mentions", "first_start", "sentence"],
    "spacecraft": ["article", "name", "kind", "mentions", "first_start", "sentence"],
    "dates": ["article", "text", "value", "start", "end", "sentence"],
    "ages": ["article", "person", "age", "text", "start", "sentence"],
    # SPEC §6
    "events": ["article", "event", "spacecraft", "value", "people", "start", "end", "sentence"],
}
TABLES = tuple(SPEC_COLUMNS)
# What a run writes into the output directory: one CSV per table, every mention (issue 12) and errors.csv.
OUTPUT_FILES = tuple(f"{table}.csv" for table in TABLES) + ("mentions.csv", "errors.csv")

# SPEC §2: the date value forms.
SPEC_VALUE = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$|^\d{3}$")
