"""The field table (extractor/fields.py) is complete: every layer that reads it finds what it needs."""

from __future__ import annotations

import importlib

import pytest

from extractor.evaluation import examples, metrics
from extractor.fields import FIELD_NAMES, FIELDS, FREE_TEXT, LIST, SCALAR, LLMPolicy
from extractor.llm.grounding import Grounder
from extractor.llm.stage import response_model_for
from extractor.rules import REGISTRY
from extractor.schema import JobPosting


@pytest.mark.parametrize("name", FIELD_NAMES)
def test_every_layer_finds_the_field(name):
    spec = FIELDS[name]
    assert list(JobPosting.model_fields) == list(FIELD_NAMES)
    assert name in REGISTRY, f"no rule registered for {name} (family {spec.rules})"
    importlib.import_module(f"extractor.rules.{spec.rules}")
    assert spec.grounder == "by_rule" or callable(getattr(Grounder, spec.grounder, None)), spec.grounder
    assert spec.scorer in metrics.KIND_AGGREGATE
    assert examples.CHECKS[name] is examples._CHECK_KINDS[spec.example_check]
    assert spec.merge in (SCALAR, LIST, FREE_TEXT) and (spec.merge == SCALAR) == (not spec.is_list)
    assert isinstance(spec.llm, LLMPolicy) and spec.description
    assert name in response_model_for((name,)).model_fields


def test_the_table_imports_no_layer():
    import ast

    import extractor.fields as table

    tree = ast.parse(open(table.__file__, encoding="utf-8").read())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    # grounders are named, not imported; the one import is the skills taxonomy (a data lookup, no layer)
    assert not [name for name in imported if name.startswith("extractor") and name != "extractor.taxonomy"], imported
