"""Deterministic synthetic news articles, made from the 17 real ones.

    python -m bench.generate --n 1000 --out /tmp/seeds-1000 [--seed 0]

Article `i` depends only on (`seed`, `i`), never on N: the first 1,000 articles of
the 10,000 set are the 1,000 set, and article N+1 is the same "new article" in
every run. Each article is one real article (seeds/*.txt, tests/corpus/*.txt)
rewritten so that an engine cannot cache its way through it:

- names: every person in the template's answer key gets a new first and last name
  (the surname alone is replaced too: "Bektenov visited ..."); cities, regions and
  enterprises from the key get new names of the same kind;
- numbers: every amount is scaled by a random factor in [0.4, 2.5] and written with
  the same decimals and thousands separators (percentages stay under 100, days of
  the month stay valid, times of day and ISO/dotted dates are left alone);
- dates: all years (and the `date YYYY-MM-DD` header) move by one offset per article,
  the header's month and day are redrawn;
- units: per article, one spelling of each unit family ("tons"/"tonnes"/"metric tons",
  "%"/" percent", "$"/"US$", "hectares"/"ha", "square meters"/"square metres",
  "liters"/"litres"), and a share of "million"/"billion"/"trillion" scale words move
  one step;
- order: the sentences of each prose paragraph (not the first, which carries the
  header and dateline) are shuffled, and so are the prose paragraphs among themselves.

No two generated articles have the same bytes (the ingest step would reject a copy).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = (ROOT / "seeds", ROOT / "tests" / "corpus")

FIRST_NAMES = (
    "Aidos",
    "Aibek",
    "Aigerim",
    "Almas",
    "Arman",
    "Asel",
    "Askar",
    "Aslan",
    "Assel",
    "Azamat",
    "Bakhyt",
    "Berik",
    "Dana",
    "Daniyar",
    "Dariga",
    "Dauren",
    "Dinara",
    "Erlan",
    "Galym",
    "Gulnara",
    "Kairat",
    "Kanat",
    "Madina",
    "Marat",
    "Nurlan",
    "Nursultan",
    "Rustem",
    "Saule",
    "Serik",
    "Talgat",
    "Timur",
    "Ulan",
    "Yerlan",
    "Yerzhan",
    "Zhanna",
    "Zhanibek",
    "Meruyert",
    "Olzhas",
    "Beibut",
    "Samat",
)
LAST_NAMES = (
    "Abdrakhmanov",
    "Akhmetova",
    "Alimbekov",
    "Amanov",
    "Baimukhanov",
    "Bekov",
    "Dossayev",
    "Dzhaksybekov",
    "Ermekov",
    "Iskakova",
    "Kassenov",
    "Kenzhebayev",
    "Kuanyshev",
    "Mamyrov",
    "Mukhamedzhanov",
    "Nurpeisov",
    "Omarov",
    "Rakhimov",
    "Sadykova",
    "Sarsenbayev",
    "Seitkali",
    "Suleimenov",
    "Tazhibayev",
    "Temirkhanov",
    "Tulegenov",
    "Umarov",
    "Yessimov",
    "Zhakupov",
    "Zhumabekov",
    "Zhunusova",
    "Batyrkhanov",
    "Orazaliyev",
)
CITIES = (
    "Aktau",
    "Aktobe",
    "Atyrau",
    "Ekibastuz",
    "Karaganda",
    "Kokshetau",
    "Kostanay",
    "Kyzylorda",
    "Pavlodar",
    "Petropavlovsk",
    "Semey",
    "Taldykorgan",
    "Taraz",
    "Temirtau",
    "Turkistan",
    "Uralsk",
    "Oskemen",
    "Zhezkazgan",
    "Balkhash",
    "Konayev",
    "Satpayev",
    "Stepnogorsk",
    "Rudny",
    "Zhanaozen",
)
REGION_STEMS = (
    "Akmola",
    "Aktobe",
    "Almaty",
    "Atyrau",
    "Abai",
    "Zhetysu",
    "Ulytau",
    "Karaganda",
    "Kostanay",
    "Kyzylorda",
    "Mangystau",
    "Pavlodar",
    "Turkistan",
    "Zhambyl",
    "West Kazakhstan",
    "North Kazakhstan",
)
COMPANY_HEADS = (
    "Altyn",
    "Dala",
    "Steppe",
    "Zhuldyz",
    "Nur",
    "Tengri",
    "Aral",
    "Kazakh",
    "Eurasian",
    "Qazaq",
    "Samal",
    "Arna",
    "Baiterek",
    "Irtysh",
    "Caspian",
    "Tulpar",
    "Orda",
    "Sary",
    "Kok",
    "Ak",
)
COMPANY_TAILS = (
    "Metals",
    "Polymer",
    "Foods",
    "Agro",
    "Energy",
    "Steel",
    "Textile",
    "Glass",
    "Cement",
    "Machinery",
    "Chemicals",
    "Dairy",
    "Pipe Works",
    "Power",
    "Minerals",
    "Logistics",
    "Grain",
    "Copper",
    "Mining",
    "Solar",
)

_PLACE_TYPES = {"city"}
_REGION_TYPES = {"region"}
_COMPANY_TYPES = {"enterprise", "company", "organization", "organisation"}

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Spans left alone by the number rewriter: ISO and dotted dates, times of day.
_PROTECTED = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])")
_DATE_HEADER = re.compile(r"^(\s*date )(\d{4})-(\d{2})-(\d{2})")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?»”])\s+(?=[A-Z«“\"])")
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")
_SCALE_WORDS = ("million", "billion", "trillion")

UNIT_SPELLINGS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:metric tons|tonnes|tons)\b"), ("tons", "tonnes", "metric tons")),
    (re.compile(r"\bsquare (?:meters|metres)\b"), ("square meters", "square metres")),
    (re.compile(r"\b(?:liters|litres)\b"), ("liters", "litres")),
    (re.compile(r"(?<=\d )(?:hectares|ha)\b"), ("hectares", "ha")),
)


@dataclass(frozen=True)
class Template:
    """One real article and the names its answer key lists."""

    stem: str
    text: str
    people: tuple[str, ...]
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    companies: tuple[str, ...]


def load_templates(dirs: tuple[Path, ...] = TEMPLATE_DIRS) -> list[Template]:
    """The real articles (sorted by file name) with the names from their `*.gold.json`."""
    templates = []
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            key_path = path.with_name(path.stem + ".gold.json")
            key = json.loads(key_path.read_text(encoding="utf-8")) if key_path.exists() else {}
            ents = key.get("entities", [])
            templates.append(
                Template(
                    stem=path.stem,
                    text=path.read_text(encoding="utf-8"),
                    people=tuple(p["name"] for p in key.get("people", []) if p.get("name")),
                    cities=tuple(e["name"] for e in ents if e.get("type") in _PLACE_TYPES),
                    regions=tuple(e["name"] for e in ents if e.get("type") in _REGION_TYPES),
                    companies=tuple(e["name"] for e in ents if e.get("type") in _COMPANY_TYPES),
                )
            )
    if not templates:
        raise SystemExit(f"no template articles found in {', '.join(map(str, dirs))}")
    return templates


# ---------------------------------------------------------------------------------- rewriting


def _replace_words(text: str, mapping: dict[str, str]) -> str:
    """Replace whole-word occurrences of each key (longest first, case-sensitive) in one pass."""
    mapping = {k: v for k, v in mapping.items() if k and k != v}
    if not mapping:
        return text
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")(?![\w-])"
    )
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def _name_mapping(template: Template, rng: random.Random) -> dict[str, str]:
    mapping: dict[str, str] = {}
    surnames = rng.sample(LAST_NAMES, len(LAST_NAMES))
    for k, person in enumerate(template.people):
        parts = person.split()
        new_last = surnames[k % len(surnames)]
        new_first = rng.choice(FIRST_NAMES)
        mapping[person] = f"{new_first} {new_last}"
        if len(parts) >= 2 and len(parts[-1]) > 3:
            mapping.setdefault(parts[-1], new_last)
            mapping.setdefault(parts[0], new_first)
    cities = rng.sample(CITIES, len(CITIES))
    for k, city in enumerate(template.cities):
        if city not in mapping:
            mapping[city] = cities[k % len(cities)]
    stems = rng.sample(REGION_STEMS, len(REGION_STEMS))
    for k, region in enumerate(template.regions):
        m = re.fullmatch(r"(.+?) ([Rr]egion)", region)
        if m and m.group(1) not in mapping and m.group(1) != "Kazakhstan":
            mapping[region] = f"{stems[k % len(stems)]} {m.group(2)}"
    for company in template.companies:
        if company not in mapping and len(company) > 3:
            mapping[company] = f"{rng.choice(COMPANY_HEADS)} {rng.choice(COMPANY_TAILS)}"
    return mapping


def _format_like(value: float, integer_part: str, fraction: str | None) -> str:
    decimals = len(fraction) - 1 if fraction else 0
    text = f"{value:,.{decimals}f}" if "," in integer_part else f"{value:.{decimals}f}"
    return text


def _rewrite_numbers(text: str, rng: random.Random, year_shift: int) -> str:
    protected = [m.span() for m in _PROTECTED.finditer(text)]

    def inside_protected(pos: int) -> bool:
        return any(a <= pos < b for a, b in protected)

    out: list[str] = []
    last = 0
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if inside_protected(start):
            continue
        integer_part, fraction = m.group(1), m.group(2)
        before, after = text[max(0, start - 12) : start], text[end : end + 12]
        raw = float(integer_part.replace(",", "") + (fraction or ""))
        if re.search(r"[A-Za-z]$", before) and not re.search(r"(?:KZT|USD|US\$|tenge)\s*$", before):
            continue  # "Q1", "H1", "COVID19": labels, not amounts
        if re.match(r"(?:st|nd|rd|th)\b", after):
            continue  # ordinals
        if fraction is None and "," not in integer_part and len(integer_part) == 4 and 1990 <= raw <= 2035:
            new = str(int(raw) + year_shift)  # a year
        elif (
            fraction is None
            and raw <= 31
            and (re.search(rf"\b(?:{_MONTH_NAMES})\.?\s*$", before) or re.match(rf"\s*(?:{_MONTH_NAMES})\b", after))
        ):
            new = str(rng.randint(1, 28))  # a day of the month
        elif raw == 0:
            continue
        else:
            value = raw * rng.uniform(0.4, 2.5)
            if re.match(r"\s*(?:%|percent|per cent)", after) and raw < 100:
                value = min(value, 99.9 if fraction else 99)
            if fraction is None:
                value = max(1, round(value))
            new = _format_like(value, integer_part, fraction)
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def _rewrite_units(text: str, rng: random.Random) -> str:
    for pattern, spellings in UNIT_SPELLINGS:
        choice = rng.choice(spellings)
        text = pattern.sub(choice, text)
    if rng.random() < 0.5:
        text = re.sub(r"(\d) (?:percent|per cent)\b", r"\1%", text)
    else:
        text = re.sub(r"(\d)%", r"\1 percent", text)
    text = re.sub(r"(?<![\w$])\$(?=\d)", "US$", text) if rng.random() < 0.5 else text.replace("US$", "$")

    def shift_scale(m: re.Match[str]) -> str:
        if rng.random() >= 0.3:
            return m.group(0)
        k = _SCALE_WORDS.index(m.group(1))
        k = min(len(_SCALE_WORDS) - 1, max(0, k + rng.choice((-1, 1))))
        return _SCALE_WORDS[k]

    return re.sub(r"(?<=\d )(million|billion|trillion)\b", shift_scale, text)


def _is_prose(paragraph: str) -> bool:
    stripped = paragraph.strip()
    return len(stripped) >= 80 and stripped.endswith((".", "»", "”", '"'))


def _shuffle_order(text: str, rng: random.Random) -> str:
    pieces = _PARAGRAPH_BREAK.split(text)  # paragraph, break, paragraph, ...
    paragraphs, breaks = pieces[0::2], pieces[1::2]
    for k in range(1, len(paragraphs)):
        if _is_prose(paragraphs[k]):
            para = paragraphs[k]
            indent = para[: len(para) - len(para.lstrip())]
            sentences = _SENTENCE_BREAK.split(para.strip())
            if len(sentences) > 1 and rng.random() < 0.7:
                rng.shuffle(sentences)
                paragraphs[k] = indent + " ".join(sentences) + para[len(para.rstrip()) :]
    slots = [k for k in range(1, len(paragraphs)) if _is_prose(paragraphs[k])]
    if len(slots) > 1 and rng.random() < 0.5:
        moved = [paragraphs[k] for k in slots]
        rng.shuffle(moved)
        for k, para in zip(slots, moved, strict=True):
            paragraphs[k] = para
    out = [paragraphs[0]]
    for brk, para in zip(breaks, paragraphs[1:], strict=True):
        out += [brk, para]
    return "".join(out)


def _rewrite_header(text: str, rng: random.Random, year_shift: int) -> tuple[str, str | None]:
    m = _DATE_HEADER.match(text)
    if not m:
        return text, None
    year = int(m.group(2)) + year_shift
    date = f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return m.group(1) + date + text[m.end() :], date


def synthetic_article(templates: list[Template], index: int, seed: int = 0) -> tuple[str, str]:
    """Article number `index` (0-based): (file name, text). Depends only on seed and index."""
    rng = random.Random(f"newsfacts-bench:{seed}:{index}")
    template = templates[rng.randrange(len(templates))]
    year_shift = rng.randint(-4, 1)
    text = template.text
    # The header date is read and rewritten first, so the number rewriter never sees it.
    m = _DATE_HEADER.match(text)
    head, body = (text[: m.end()], text[m.end() :]) if m else ("", text)
    body = _replace_words(body, _name_mapping(template, rng))
    body = _rewrite_numbers(body, rng, year_shift)
    body = _rewrite_units(body, rng)
    body = _shuffle_order(body, rng)
    head, date = _rewrite_header(head, rng, year_shift)
    stem = re.sub(r"-\d{4}-\d{2}-\d{2}$", "", template.stem)
    name = f"syn{index:06d}-{stem}" + (f"-{date}" if date else "") + ".txt"
    return name, head + body


def generate(
    out_dir: Path, n: int, seed: int = 0, start: int = 0, templates: list[Template] | None = None
) -> list[Path]:
    """Write articles start .. start+n-1 into `out_dir`; return their paths.

    Raises if two articles came out byte-identical (the ingest step would reject the copy).
    """
    templates = templates or load_templates()
    out_dir.mkdir(parents=True, exist_ok=True)
    seen: dict[str, str] = {}
    paths = []
    for index in range(start, start + n):
        name, text = synthetic_article(templates, index, seed)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            raise RuntimeError(f"article {name} has the same bytes as {seen[digest]}")
        seen[digest] = name
        path = out_dir / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="how many articles (default 1000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="index of the first article")
    args = parser.parse_args(argv)
    paths = generate(args.out, args.n, args.seed, args.start)
    print(f"wrote {len(paths)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
