"""Score extracted facts, entities and people against hand-made answer keys.

Pure Python and pandas (no Dagster): the Dagster layer and the CLI both call
`evaluate` and publish its result, which is plain JSON (dicts, lists, str,
int, float, None).

    python -m pipeline.evaluate SEEDS_DIR OUTPUTS_DIR [--details]

reads `OUTPUTS_DIR/parquet/facts.parquet` (and `entities.parquet` /
`people.parquet` when present) and every `*.gold.json` in SEEDS_DIR, and
prints the report. The answer-key format is defined in FACTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

GOLD_SUFFIX = ".gold.json"

# Relative tolerance for numbers: gold values are typed by hand from text like
# "1.3 trillion", so float noise in the extractor's arithmetic must not count.
REL_TOL = 1e-6
# Absolute tolerance, which only matters near 0 (where a relative one cannot work).
ABS_TOL = 1e-9

# Columns the evaluator reads from a predicted facts frame.
FACT_COLUMNS = (
    "article_id",
    "quote",
    "subject",
    "subject_type",
    "measure",
    "item",
    "value",
    "value_high",
    "unit",
    "per",
    "qualifier",
    "status",
    "period_start",
    "period_end",
    "compared_to_start",
    "compared_to_end",
    "equivalent_value",
    "equivalent_unit",
)

# A matched pair only counts as a strict hit when all of these agree.
STRICT_FIELDS = ("subject", "measure", "period", "conversion", "per", "value_high")


# --------------------------------------------------------------------------- normalising values


def _is_null(x: Any) -> bool:
    """True for None, NaN, NaT, pd.NA; lists and other containers are never null."""
    if x is None:
        return True
    if isinstance(x, list | tuple | dict | set):
        return False
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):  # array-likes: not a scalar null
        return False


def _label(x: Any) -> str | None:
    """An enum or code as a comparable string; blank counts as null."""
    if _is_null(x):
        return None
    s = str(x).strip()
    return s or None


def _name(x: Any) -> str | None:
    """A free-text name, compared case-insensitively, whitespace-normalised, without a leading 'the '."""
    s = _label(x)
    if s is None:
        return None
    s = " ".join(s.split()).casefold()
    return s.removeprefix("the ") or None


def _number(x: Any) -> float | None:
    return None if _is_null(x) else float(x)


def _iso_date(x: Any) -> str | None:
    """A date in any of the forms a frame or a key may hold, as 'YYYY-MM-DD'."""
    if _is_null(x):
        return None
    if isinstance(x, dt.datetime):  # includes pd.Timestamp; check before date (its base class)
        return x.date().isoformat()
    if isinstance(x, dt.date):
        return x.isoformat()
    try:
        return pd.Timestamp(x).date().isoformat()
    except (TypeError, ValueError):  # not a date at all: compare it as written
        return str(x).strip()


def _jsonable(x: Any) -> Any:
    """A cell value as plain JSON: numpy scalars to Python, dates to ISO text, nulls to None."""
    if _is_null(x):
        return None
    if isinstance(x, dt.date):
        return _iso_date(x)
    if hasattr(x, "item") and not isinstance(x, str | bytes):  # numpy scalar
        x = x.item()
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)  # 7.0 reads better as 7 in a report
    if isinstance(x, int | float | str | bool):
        return x
    return str(x)


# --------------------------------------------------------------------------- comparing values


def _same_number(a: Any, b: Any) -> bool:
    a, b = _number(a), _number(b)
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def _same_label(a: Any, b: Any) -> bool:
    return _label(a) == _label(b)


def _same_name(a: Any, b: Any) -> bool:
    return _name(a) == _name(b)


def _same_date(a: Any, b: Any) -> bool:
    return _iso_date(a) == _iso_date(b)


def _same_quote(a: Any, b: Any) -> bool:
    # A quote is the exact characters of the text; only surrounding blanks are forgiven.
    return _label(a) == _label(b)


Comparator = Callable[[Any, Any], bool]

# Each scored field: the columns it is made of, each with how to compare it.
FIELDS: dict[str, tuple[tuple[str, Comparator], ...]] = {
    "quote": (("quote", _same_quote),),
    "subject": (("subject", _same_name),),
    "subject_type": (("subject_type", _same_label),),
    "measure": (("measure", _same_label),),
    "item": (("item", _same_name),),
    "value_high": (("value_high", _same_number),),
    "per": (("per", _same_label),),
    "qualifier": (("qualifier", _same_label),),
    "status": (("status", _same_label),),
    "period": (("period_start", _same_date), ("period_end", _same_date)),
    "compared_to": (("compared_to_start", _same_date), ("compared_to_end", _same_date)),
    "conversion": (("equivalent_value", _same_number), ("equivalent_unit", _same_label)),
}


def _field_agrees(field: str, gold: dict, pred: dict) -> bool:
    return all(same(gold.get(col), pred.get(col)) for col, same in FIELDS[field])


def _field_shown(field: str, fact: dict) -> Any:
    """The field's value(s) as plain JSON, for the mismatch list."""
    cols = [col for col, _ in FIELDS[field]]
    shown = [_iso_date(fact.get(c)) if c.endswith(("_start", "_end")) else _jsonable(fact.get(c)) for c in cols]
    return shown[0] if len(shown) == 1 else shown


def _quantity_agrees(gold: dict, pred: dict) -> bool:
    """The matching criterion: same value (within tolerance) and same unit."""
    return _same_number(gold.get("value"), pred.get("value")) and _same_label(gold.get("unit"), pred.get("unit"))


# --------------------------------------------------------------------------- aligning gold and predictions


def _pair_weight(gold: dict, pred: dict) -> tuple[int, int, int, int, int] | None:
    """How good pairing `gold` with `pred` is, or None when they cannot match.

    Compared lexicographically: first one match, then the tie-breakers that
    decide *which* of several equal quantities pairs with which: same quote,
    same subject, same measure, then how many scored fields agree in all.
    """
    if not _quantity_agrees(gold, pred):
        return None
    return (
        1,
        int(_same_quote(gold.get("quote"), pred.get("quote"))),
        int(_same_name(gold.get("subject"), pred.get("subject"))),
        int(_same_label(gold.get("measure"), pred.get("measure"))),
        sum(_field_agrees(f, gold, pred) for f in FIELDS),
    )


def _add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _ordered_alignment(gold: Sequence[dict], pred: Sequence[dict]) -> list[tuple[int, int]]:
    """The order-preserving pairing with the best total weight (an LCS over matching facts)."""
    n, m = len(gold), len(pred)
    weight = [[_pair_weight(g, p) for p in pred] for g in gold]
    zero = (0, 0, 0, 0, 0)
    # best[i][j]: best total weight aligning gold[i:] with pred[j:]
    best = [[zero] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options = [best[i + 1][j], best[i][j + 1]]
            if weight[i][j] is not None:
                options.append(_add(weight[i][j], best[i + 1][j + 1]))
            best[i][j] = max(options)
    # Walk forward, taking a pair as early as the optimum allows: deterministic.
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        w = weight[i][j]
        if w is not None and _add(w, best[i + 1][j + 1]) == best[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] == best[i][j]:
            i += 1
        else:
            j += 1
    return pairs


def align(gold: Sequence[dict], pred: Sequence[dict]) -> list[tuple[int, int]]:
    """Pair gold facts with predicted facts of one article; return (gold index, pred index) pairs.

    Both lists are in text order (predictions sorted by `char_start`), and gold
    facts carry no offsets, so pairing is by order:

    1. An LCS-style dynamic programme finds the order-preserving pairing of facts
       with the same value (within 1e-6 relative) and unit that has the most
       pairs; among those, the one with the most equal quotes, then subjects, then
       measures, then agreeing fields overall. That pairs the right "7%" with the
       right "7%" when a quantity repeats.
    2. Gold facts still unpaired then take, in order, the first unpaired prediction
       with the same value and unit, preferring one with the same quote. This
       forgives two facts listed in a different order (e.g. within one sentence),
       so the match *count* never depends on order, only the pairing does.

    Each prediction and each gold fact is in at most one pair. Pairs come back
    sorted by gold index.
    """
    pairs = _ordered_alignment(gold, pred)
    used_gold = {i for i, _ in pairs}
    used_pred = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i in used_gold:
            continue
        free = [j for j, p in enumerate(pred) if j not in used_pred and _quantity_agrees(g, p)]
        if not free:
            continue
        same_quote = [j for j in free if _same_quote(g.get("quote"), pred[j].get("quote"))]
        j = (same_quote or free)[0]
        pairs.append((i, j))
        used_pred.add(j)
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


def _prf(tp: int, fp: int, fn: int) -> dict:
    """Counts with precision, recall and F1. Nothing expected and nothing predicted scores 1.0."""
    if tp + fp + fn == 0:
        return {"tp": 0, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def _fact_summary(fact: dict) -> str:
    """One line naming a fact, for unmatched facts in the mismatch list."""
    value = _jsonable(fact.get("value"))
    return f"{value} {_label(fact.get('unit'))} | {_label(fact.get('subject'))} | {_label(fact.get('measure'))}"


def _predicted_facts(facts: pd.DataFrame, article_ids: Sequence[str]) -> dict[str, list[dict]]:
    """The frame's rows per keyed article, as dicts in text order (by char_start when present)."""
    if facts is None or facts.empty:
        return {aid: [] for aid in article_ids}
    missing = [c for c in FACT_COLUMNS if c not in facts.columns]
    if missing:
        raise ValueError(f"facts frame lacks columns: {', '.join(missing)}")
    keyed = facts[facts["article_id"].isin(article_ids)]
    if "char_start" in keyed.columns:
        keyed = keyed.sort_values(["article_id", "char_start"], kind="stable")
    by_article: dict[str, list[dict]] = {aid: [] for aid in article_ids}
    for row in keyed.to_dict("records"):
        by_article[row["article_id"]].append(row)
    return by_article


def _score_article(article_id: str, gold: list[dict], pred: list[dict]) -> dict:
    """Score one article: counts, per-field tallies and mismatches."""
    pairs = align(gold, pred)
    field_correct = dict.fromkeys(FIELDS, 0)
    mismatches: list[dict] = []
    strict_tp = 0
    for i, j in pairs:
        wrong = [f for f in FIELDS if not _field_agrees(f, gold[i], pred[j])]
        for f in FIELDS:
            field_correct[f] += f not in wrong
        strict_tp += not any(f in wrong for f in STRICT_FIELDS)
        mismatches += [
            {
                "article_id": article_id,
                "kind": "field",
                "quote": _jsonable(gold[i].get("quote")),
                "field": f,
                "expected": _field_shown(f, gold[i]),
                "got": _field_shown(f, pred[j]),
            }
            for f in wrong
        ]
    mismatches += _unmatched(article_id, gold, {i for i, _ in pairs}, "missing")
    mismatches += _unmatched(article_id, pred, {j for _, j in pairs}, "extra")
    return {
        "counts": {
            "gold": len(gold),
            "pred": len(pred),
            "tp": len(pairs),
            "fp": len(pred) - len(pairs),
            "fn": len(gold) - len(pairs),
            "strict_tp": strict_tp,
        },
        "field_correct": field_correct,
        "mismatches": mismatches,
    }


def _unmatched(article_id: str, facts: list[dict], paired: set[int], kind: str) -> list[dict]:
    """Mismatch entries for facts left unpaired: 'missing' gold facts or 'extra' predictions."""
    return [
        {
            "article_id": article_id,
            "kind": kind,
            "quote": _jsonable(fact.get("quote")),
            "field": "fact",
            "expected": _fact_summary(fact) if kind == "missing" else None,
            "got": _fact_summary(fact) if kind == "extra" else None,
        }
        for k, fact in enumerate(facts)
        if k not in paired
    ]


def evaluate(
    facts: pd.DataFrame,
    answer_keys: dict[str, dict],
    *,
    entities: pd.DataFrame | None = None,
    people: pd.DataFrame | None = None,
) -> dict:
    """Score predicted facts (and optionally entities and people) against answer keys.

    In: `facts`, a frame with the FactSchema columns (`char_start` optional, used
    to put each article's facts in text order); `answer_keys`, article id -> parsed
    `*.gold.json`. Only articles with a key are scored; an article with a key and
    no predictions counts all its gold facts as missed. Matching is explained in
    `align`.

    Out (JSON-serialisable):
      - `n_articles`, `articles`: the scored article ids;
      - `quantity`: tp, fp, fn, precision, recall, f1 of value+unit matching;
      - `strict`: the same, where a pair only counts when STRICT_FIELDS all agree;
      - `fields`: per field, {correct, total, accuracy} over matched pairs
        (accuracy None when nothing matched);
      - `per_article`: article id -> {gold, pred, tp, fp, fn, strict_tp};
      - `mismatches`: list of {article_id, kind ('field'|'missing'|'extra'),
        quote, field, expected, got};
      - `entities` / `people` (only when the frame is given): see `evaluate_names`.
    """
    article_ids = sorted(answer_keys)
    predicted = _predicted_facts(facts, article_ids)
    scored = {aid: _score_article(aid, answer_keys[aid].get("facts", []), predicted[aid]) for aid in article_ids}

    totals = {k: sum(s["counts"][k] for s in scored.values()) for k in ("gold", "pred", "tp", "strict_tp")}
    matched = totals["tp"]
    fields = {}
    for f in FIELDS:
        correct = sum(s["field_correct"][f] for s in scored.values())
        fields[f] = {"correct": correct, "total": matched, "accuracy": correct / matched if matched else None}

    result = {
        "n_articles": len(article_ids),
        "articles": article_ids,
        "quantity": _prf(matched, totals["pred"] - matched, totals["gold"] - matched),
        "strict": _prf(totals["strict_tp"], totals["pred"] - totals["strict_tp"], totals["gold"] - totals["strict_tp"]),
        "fields": fields,
        "per_article": {aid: s["counts"] for aid, s in scored.items()},
        "mismatches": [m for s in scored.values() for m in s["mismatches"]],
    }
    if entities is not None:
        result["entities"] = evaluate_entities(entities, answer_keys)
    if people is not None:
        result["people"] = evaluate_people(people, answer_keys)
    return result


def evaluate_names(frame: pd.DataFrame | None, answer_keys: dict[str, dict], section: str) -> dict:
    """Score the `name` column of a frame against the names in each key's `section` list.

    Names match case-insensitively (whitespace-normalised, leading 'the ' ignored);
    aliases are not consulted. Only keyed articles count.
    Out: tp, fp, fn, precision, recall, f1, and `missing` / `extra` lists of
    {article_id, name}.
    """
    tp = 0
    missing: list[dict] = []
    extra: list[dict] = []
    rows = [] if frame is None or frame.empty else frame[["article_id", "name"]].to_dict("records")
    for aid in sorted(answer_keys):
        gold = {_name(g.get("name")): g.get("name") for g in answer_keys[aid].get(section, []) if _name(g.get("name"))}
        pred = {_name(r["name"]): r["name"] for r in rows if r["article_id"] == aid and _name(r["name"])}
        tp += len(gold.keys() & pred.keys())
        missing += [{"article_id": aid, "name": gold[k]} for k in gold if k not in pred]
        extra += [{"article_id": aid, "name": _jsonable(pred[k])} for k in pred if k not in gold]
    return _prf(tp, len(extra), len(missing)) | {"missing": missing, "extra": extra}


def evaluate_entities(entities: pd.DataFrame | None, answer_keys: dict[str, dict]) -> dict:
    """Score an entities frame (EntitySchema) by name against the keys' `entities`."""
    return evaluate_names(entities, answer_keys, "entities")


def evaluate_people(people: pd.DataFrame | None, answer_keys: dict[str, dict]) -> dict:
    """Score a people frame (PersonSchema) by name against the keys' `people`."""
    return evaluate_names(people, answer_keys, "people")


# --------------------------------------------------------------------------- input and report


def load_answer_keys(folder: Path) -> dict[str, dict]:
    """Read every `*.gold.json` in `folder` (sorted); article id (file name without the suffix) -> key."""
    return {
        path.name.removesuffix(GOLD_SUFFIX): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(Path(folder).glob(f"*{GOLD_SUFFIX}"))
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _prf_line(label: str, s: dict) -> str:
    return (
        f"{label:<10} P {_fmt(s['precision'])}  R {_fmt(s['recall'])}  F1 {_fmt(s['f1'])}"
        f"   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
    )


def format_report(result: dict, details: bool = False) -> str:
    """Render an `evaluate` result as text: headline scores, field accuracies, per-article counts.

    With `details`, also every mismatch, and missing/extra entity and person names.
    """
    q = result["quantity"]
    lines = [
        f"Scored {result['n_articles']} article(s): {q['tp'] + q['fn']} gold facts, {q['tp'] + q['fp']} predicted",
        _prf_line("quantity", q),
        _prf_line("strict", result["strict"]),
    ]
    lines += [_prf_line(section, result[section]) for section in ("entities", "people") if section in result]
    lines.append(f"field accuracy over {q['tp']} matched pair(s):")
    lines += [f"  {f:<13} {_fmt(s['accuracy'])}  ({s['correct']}/{s['total']})" for f, s in result["fields"].items()]
    width = max([len("per article"), *(len(aid) for aid in result["per_article"])])
    lines.append(f"  {'per article':<{width}}  gold  pred    tp    fp    fn  strict")
    for aid, c in result["per_article"].items():
        counts = "  ".join(f"{c[k]:>4}" for k in ("gold", "pred", "tp", "fp", "fn"))
        lines.append(f"  {aid:<{width}}  {counts}  {c['strict_tp']:>6}")
    if details:
        lines += _detail_lines(result)
    return "\n".join(lines)


def _detail_lines(result: dict) -> list[str]:
    """One line per mismatch, grouped by article, then the missing/extra names."""
    lines = ["mismatches:"] if result["mismatches"] else ["mismatches: none"]
    current = None
    for m in result["mismatches"]:
        if m["article_id"] != current:
            current = m["article_id"]
            lines.append(f"  {current}")
        if m["kind"] == "field":
            lines.append(f"    {m['quote']!r:<24} {m['field']:<12} expected {m['expected']!r}, got {m['got']!r}")
        else:
            lines.append(f"    {m['quote']!r:<24} {m['kind']:<12} {m['expected'] or m['got']}")
    for section in ("entities", "people"):
        for kind in ("missing", "extra"):
            for n in result.get(section, {}).get(kind, []):
                lines.append(f"  {section} {kind}: {n['article_id']}: {n['name']}")
    return lines


def _read_optional(path: Path) -> pd.DataFrame | None:
    return pd.read_parquet(path) if path.exists() else None


def evaluate_engine(folders: Sequence[Path]) -> dict:
    """Run the extraction engine alone on every keyed article in `folders`; return `evaluate`'s result."""
    from pipeline.extract import extract_article

    keys: dict[str, dict] = {}
    facts: list[dict] = []
    entities: list[dict] = []
    people: list[dict] = []
    for folder in folders:
        folder_keys = load_answer_keys(Path(folder))
        keys.update(folder_keys)
        for article_id in folder_keys:
            extraction = extract_article((Path(folder) / f"{article_id}.txt").read_text(encoding="utf-8"), article_id)
            facts += extraction.facts
            entities += extraction.entities
            people += extraction.people
    return evaluate(pd.DataFrame(facts), keys, entities=pd.DataFrame(entities), people=pd.DataFrame(people))


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point: print the report for OUTPUTS_DIR's tables against SEEDS_DIR's keys."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("seeds_dir", type=Path, help="folder with the articles and their *.gold.json keys")
    parser.add_argument("outputs_dir", type=Path, help="pipeline output folder holding parquet/facts.parquet")
    parser.add_argument("--details", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)

    facts_path = args.outputs_dir / "parquet" / "facts.parquet"
    if not facts_path.exists():
        print(f"error: {facts_path} not found (has the pipeline been run?)", file=sys.stderr)
        return 1
    keys = load_answer_keys(args.seeds_dir)
    if not keys:
        print(f"error: no *{GOLD_SUFFIX} answer keys in {args.seeds_dir}", file=sys.stderr)
        return 1
    parquet = args.outputs_dir / "parquet"
    result = evaluate(
        pd.read_parquet(facts_path),
        keys,
        entities=_read_optional(parquet / "entities.parquet"),
        people=_read_optional(parquet / "people.parquet"),
    )
    print(format_report(result, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
