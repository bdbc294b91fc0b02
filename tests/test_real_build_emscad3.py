"""golden/real/build.py: the held-out EMSCAD batches (emscad2 from pick 140, emscad3 from pick 180,
emscad4 from pick 220, emscad5 from pick 260, emscad6 from pick 300) give their picks the ``test`` split and their batch name as group; earlier picks keep the id hash and
the source as group."""

import csv
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "golden" / "real" / "build.py"
_SPEC = importlib.util.spec_from_file_location("real_build_emscad3", _PATH)
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)


@pytest.mark.parametrize("source, position, batch", [
    ("emscad", 0, None),
    ("emscad", 139, None),
    ("emscad", 140, "emscad2"),
    ("emscad", 179, "emscad2"),
    ("emscad", 180, "emscad3"),
    ("emscad", 219, "emscad3"),
    ("emscad", 220, "emscad4"),
    ("emscad", 259, "emscad4"),
    ("emscad", 260, "emscad5"),
    ("emscad", 299, "emscad5"),
    ("emscad", 300, "emscad6"),
    ("emscad", 339, "emscad6"),
    ("usajobs", 500, None),
    ("csj", 60, None),
])
def test_held_out_batch_by_position(source, position, batch):
    assert build.held_out_batch(source, position) == batch


@pytest.mark.parametrize("position, group", [(140, "emscad2"), (180, "emscad3"), (219, "emscad3"),
                                             (220, "emscad4"), (259, "emscad4"),
                                             (260, "emscad5"), (299, "emscad5"),
                                             (300, "emscad6"), (339, "emscad6")])
def test_held_out_picks_are_test_with_their_batch_group(position, group):
    doc_id = "emscad_000002"
    assert build.split_of(doc_id, position) == "test"
    assert build.group_of(doc_id, position) == group


def test_picks_before_the_batches_keep_the_source_group():
    assert build.group_of("emscad_000002", 10) == "emscad"


def test_emscad_takes_340_picks():
    assert build.N_EMSCAD == 340


def test_index_holds_each_held_out_batch_as_test():
    with (_PATH.parent / "index.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for batch, size in (("emscad2", 40), ("emscad3", 40), ("emscad4", 40), ("emscad5", 40), ("emscad6", 23)):
        batch_rows = [row for row in rows if row["group"] == batch]
        assert len(batch_rows) == size
        assert {row["split"] for row in batch_rows} == {"test"}
