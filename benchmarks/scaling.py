"""Time per word of `analyze` for ~1,000-word documents against one ~30,000-word document.

The issue's acceptance: the long document's time per word within 1.5x of the short ones'. Both
are made of the same texts at run time (PolNeAR dev articles read from ../shared/data when
present, else the project's examples/ repeated), so only the length differs: the articles are
grouped into documents of about 1,000 words, and all of them joined make the long one. Each
size runs in its own process so that its peak memory (VmHWM) is its own: "rss" is the process
after loading the model, "peak" the highest it reached, and "analyse peak" the highest during
the analysis alone (the peak is reset after each parse), so a parse's own memory is told apart.
Times are the process's CPU seconds, not wall-clock: on a shared machine the wall-clock of one
run depends on what else runs.

    .venv/bin/python benchmarks/scaling.py [--words 30000] [--short 1000] [--data PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def _texts(data: Path, words: int) -> list[str]:
    """At least `words` words of article texts, in a fixed order."""
    folder = data / "quotes" / "polnear" / "dev" / "text"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not paths:
        paths = sorted((ROOT / "examples").glob("*.txt"))
    if not paths:
        raise SystemExit(f"no article texts under {folder} nor {ROOT / 'examples'}")
    texts: list[str] = []
    total = 0
    while total < words:
        for path in paths:
            text = path.read_text(encoding="utf-8").strip()
            texts.append(text)
            total += len(text.split())
            if total >= words:
                break
    return texts


def documents(data: Path, words: int, short: int) -> tuple[list[str], str]:
    """Short documents of about `short` words each, and the long one they make joined.

    Articles are cut at paragraphs, so a short document is close to `short` words even when
    one article is longer."""
    groups: list[list[str]] = [[]]
    size = 0
    paragraphs = [p.strip() for text in _texts(data, words) for p in text.split("\n")]
    for paragraph in filter(None, paragraphs):
        if size >= short:
            groups.append([])
            size = 0
        groups[-1].append(paragraph)
        size += len(paragraph.split())
    shorts = ["\n\n".join(g) for g in groups]
    return shorts, "\n\n".join(shorts)


def _peak_kb(reset: bool = False) -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in kB, from /proc; `reset` lowers the peak to
    the current RSS afterwards (Linux clear_refs)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.split()
    if reset:
        Path("/proc/self/clear_refs").write_text("5")
    return int(fields["VmRSS"][0]), int(fields["VmHWM"][0])


def measure(texts: list[str]) -> dict:
    """Parse and analyse each text alone; times in seconds, memory in MB."""
    from newsledger import nlp
    from newsledger.model import Article
    from newsledger.pipeline import Stages, analyze_doc

    stages = Stages.load()
    # Lexicons load on first use: warm up so that neither size pays for it.
    warm_up = "Olaf Scholz met Emmanuel Macron in Paris on Monday, a spokesman said."
    analyze_doc(Article(id="warm-up", body=warm_up, language="en"), nlp.parse_one(warm_up), stages)
    rss_before, peak = _peak_kb()
    parse = analyse = 0.0
    analyse_peak = 0
    for i, text in enumerate(texts):
        started = time.process_time()
        doc = nlp.parse_one(text)
        parsed = time.process_time()
        _, parse_peak = _peak_kb(reset=True)
        analyze_doc(Article(id=f"doc{i}", body=text, language="en"), doc, stages)
        parse += parsed - started
        analyse += time.process_time() - parsed
        _, high = _peak_kb()
        peak, analyse_peak = max(peak, parse_peak, high), max(analyse_peak, high)
        del doc
    return {
        "docs": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "parse": parse,
        "analyse": analyse,
        "rss_before_mb": rss_before / 1024,
        "peak_mb": peak / 1024,
        "analyse_peak_mb": analyse_peak / 1024,
    }


def _run_child(kind: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--words", str(args.words)]
    command += ["--short", str(args.short), "--data", str(args.data)]
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--short", type=int, default=1_000)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--child", choices=("short", "long"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    shorts, long_ = documents(args.data, args.words, args.short)
    if args.child:
        print(json.dumps(measure(shorts if args.child == "short" else [long_])))
        return 0
    rows = {kind: _run_child(kind, args) for kind in ("short", "long")}
    header = (
        f"{'document':<22}{'docs':>5}{'words':>8}{'parse s':>9}{'analyse s':>10}"
        f"{'us/word':>9}{'+parse':>9}{'rss MB':>8}{'peak MB':>9}{'analyse peak':>14}"
    )
    print(header)
    print("-" * len(header))
    per_word = {}
    for kind, r in rows.items():
        name = f"~{args.short:,} words each" if kind == "short" else f"one of {r['words']:,} words"
        analyse = r["analyse"] / r["words"] * 1e6
        both = (r["analyse"] + r["parse"]) / r["words"] * 1e6
        per_word[kind] = (analyse, both)
        print(
            f"{name:<22}{r['docs']:>5}{r['words']:>8}{r['parse']:>9.1f}{r['analyse']:>10.1f}"
            f"{analyse:>9.0f}{both:>9.0f}{r['rss_before_mb']:>8.0f}{r['peak_mb']:>9.0f}"
            f"{r['analyse_peak_mb']:>14.0f}"
        )
    ratio = per_word["long"][0] / per_word["short"][0]
    ratio_both = per_word["long"][1] / per_word["short"][1]
    print(f"\nlong/short time per word: analyse {ratio:.2f}x, parse+analyse {ratio_both:.2f}x")
    print("target (issue 13): <= 1.5x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
