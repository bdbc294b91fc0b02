"""Versioned prompt files: load ``prompts/<task>/<version>.toml`` and render messages.

The files live in the repository's top-level ``prompts/`` folder; the build maps that
folder into the package as ``extractor/prompts`` (``pyproject.toml``), so a wheel or an
sdist install reads them from the installed package and a checkout from ``prompts/``.

A prompt file holds the system text (optionally with a ``{field_guide}`` placeholder: every
field's description, so the text is the same for every request and a server reuses it as a
cached prefix; the user message then names the asked fields only), the user template
(``{fields}`` and ``{posting}`` placeholders), a one-line description per field (the field
table's description for a field the file does not describe), few-shot
examples (a posting and the answer), and its ``mode``: ``write`` (the default: the
model writes every value, list items included, from the posting's relevant sections)
or ``select`` (list fields are answered with the numbers of candidate lines and only
the lines the asked fields need are sent, see :mod:`extractor.llm.select`), and whether
the embedded server's request repeats the JSON schema in the prompt text
(``schema_in_prompt``, default true; false sends it only as the server's grammar), and which
scalar fields a select-mode prompt has *picked* from numbered names the grounder reads
(``picks``, e.g. ``["company"]``: the answer is a name's number, see :mod:`extractor.llm.select`).
Adding a version is adding a file.  The file's SHA-256 goes into the cache key and eval
run ids, so editing a file in place can never serve stale answers.

The posting is fenced as data between ``<posting>`` tags; a fence tag written
inside the posting itself is defused, so the posting cannot close its fence.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from extractor.fields import FIELDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

TASK = "job_posting"
MODES = ("write", "select")
_FENCE_TAG = re.compile(r"<\s*(/?)\s*posting\s*>", re.IGNORECASE)


class PromptError(ValueError):
    """A prompt version is missing or malformed."""


def prompts_dir() -> Path:
    """Where the prompt files are.

    ``EXTRACTOR_PROMPTS_DIR`` if set; else ``extractor/prompts`` inside an installed wheel
    or sdist; else the checkout's top-level ``prompts/`` (beside the ``extractor`` package).
    """
    explicit = os.environ.get("EXTRACTOR_PROMPTS_DIR")
    if explicit:
        return Path(explicit)
    package = Path(__file__).resolve().parents[1]
    installed = package / "prompts"
    return installed if installed.is_dir() else package.parent / "prompts"


@dataclass(frozen=True)
class Example:
    posting: str
    answer: dict[str, Any]


@dataclass(frozen=True)
class Prompt:
    version: str
    sha256: str
    system: str
    user: str
    field_descriptions: dict[str, str]
    examples: tuple[Example, ...]
    mode: str = "write"
    schema_in_prompt: bool = True
    picks: tuple[str, ...] = ()

    def messages(self, posting: str, fields: Iterable[str]) -> list[dict[str, str]]:
        """Chat messages asking for ``fields`` of ``posting`` (examples trimmed to those fields)."""
        fields = list(fields)
        messages = [{"role": "system", "content": self.system.replace("{field_guide}", self.field_guide())}]
        for example in self.examples:
            shown = {f: example.answer[f] for f in fields if f in example.answer}
            if not shown:
                continue
            messages.append({"role": "user", "content": self._render(example.posting, list(shown))})
            messages.append({"role": "assistant", "content": json.dumps(shown, ensure_ascii=False)})
        messages.append({"role": "user", "content": self._render(posting, fields)})
        return messages

    def field_guide(self) -> str:
        """Every field with its description, one per line (the same text for every request)."""
        return "\n".join(f"- {name}: {text}" for name, text in self.field_descriptions.items())

    def _render(self, posting: str, fields: list[str]) -> str:
        if "{field_guide}" in self.system:  # described once in the system text: name the fields only
            listing = ", ".join(fields)
        else:
            listing = "\n".join(f"- {name}: {self.field_descriptions.get(name) or _default_description(name)}".rstrip(": ") for name in fields)
        return self.user.replace("{fields}", listing).replace("{posting}", defuse_fence(posting.strip()))


def _default_description(name: str) -> str:
    """The field table's prompt line for a field the prompt file does not describe."""
    spec = FIELDS.get(name)
    return spec.description if spec is not None else ""


def defuse_fence(posting: str) -> str:
    """``posting`` with any ``<posting>``/``</posting>`` tag in it turned into ``[posting]``/``[/posting]``."""
    return _FENCE_TAG.sub(r"[\1posting]", posting)


def available_versions(task: str = TASK) -> list[str]:
    folder = prompts_dir() / task
    return sorted(p.stem for p in folder.glob("*.toml"))


def load_prompt(version: str, task: str = TASK) -> Prompt:
    """Load prompt ``version`` of ``task`` from :func:`prompts_dir`.

    Raises:
        PromptError: the file is missing, is not valid TOML, lacks ``system``/``user``, or
            names an unknown ``mode``.
    """
    path = prompts_dir() / task / f"{version}.toml"
    if not path.is_file():
        known = ", ".join(available_versions(task)) or "none"
        raise PromptError(f"prompt version {version!r} not found at {path} (available: {known})")
    return _load_file(str(path), version, path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _load_file(location: str, version: str, mtime_ns: int) -> Prompt:
    path = Path(location)
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PromptError(f"prompt file {path} is not valid TOML: {exc}") from exc
    missing = [key for key in ("system", "user") if not data.get(key)]
    if missing:
        raise PromptError(f"prompt file {path} lacks {', '.join(missing)}")
    mode = data.get("mode", "write")
    if mode not in MODES:
        raise PromptError(f"prompt file {path} has mode {mode!r}; use one of {', '.join(MODES)}")
    examples = []
    for number, example in enumerate(data.get("examples", []), start=1):
        try:
            examples.append(Example(posting=example["posting"], answer=json.loads(example["answer"])))
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise PromptError(f"example {number} in {path} needs a posting and a JSON answer: {exc}") from exc
    return Prompt(
        version=data.get("version", version),
        sha256=hashlib.sha256(raw).hexdigest(),
        system=data["system"].strip(),
        user=data["user"].strip(),
        field_descriptions=dict(data.get("fields", {})),
        examples=tuple(examples),
        mode=mode,
        schema_in_prompt=bool(data.get("schema_in_prompt", True)),
        picks=tuple(_picks(data.get("picks", []), path, mode)),
    )


def _picks(value: Any, path: Path, mode: str) -> list[str]:
    from extractor.llm.select import PICKABLE

    if not isinstance(value, list) or any(name not in PICKABLE for name in value) or (value and mode != "select"):
        raise PromptError(f"prompt file {path}: picks must list fields of {', '.join(PICKABLE)} in select mode, not {value!r}")
    return list(value)
