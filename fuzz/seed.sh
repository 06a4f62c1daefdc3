#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets under fuzz/corpus/<target>/ from the test
# fixtures, the example data and small samples of the evaluation corpora in ../shared/corpus
# (when present). Nothing here is committed: run it before `cargo +nightly fuzz run`.
set -euo pipefail
cd "$(dirname "$0")"
root=..
corpus=$root/../shared/corpus
max=65536 # seeds are cut to 64 KiB: libFuzzer mutates small inputs faster
rm -rf corpus
mkdir -p corpus/clean_text corpus/clean_html_bytes corpus/rules_str corpus/adblock_str

seed() { # target file: the seed is named after the file's path
    local name=${2#"$root"/}
    name=${name#../shared/corpus/}
    head -c "$max" "$2" > "corpus/$1/${name//\//_}"
}

for f in "$root"/tests/fixtures/html/*.html "$root"/examples/data/*.html; do
    seed clean_html_bytes "$f"
done
for f in "$root"/tests/fixtures/*.txt "$root"/examples/data/*.txt; do
    seed clean_text "$f"
done
for f in "$root"/tests/fixtures/rules/*.rules; do
    seed rules_str "$f"
done
for f in "$root"/tests/fixtures/rules/*.txt; do
    seed adblock_str "$f"
done

# A few hand-written seeds for the parsers: every line form of the two formats.
cat > corpus/rules_str/forms <<'RULES'
# comment
donation phrase: fuel our newsroom
newsletter pattern: ^get the .{1,30} briefing
social selector: div.share-tools, .follow-us
[example.com, example.org]
membership phrase: join the example club*
[*]
disable: en.label:continue
RULES
cat > corpus/adblock_str/forms <<'LIST'
! comment
[Adblock Plus 2.0]
##.cookie-banner
example.com##div[data-x="1"] > a
news.example.com,~ads.example.com##aside.ad-box
example.com#@#.cookie-banner
example.com##+js(set, x, 1)
example.com##div:has-text(Sponsored)
||ads.example.com^
example.com##^script:has-text(x)
LIST
printf 'The council met.\0\nSupport us\xff today.\n' > corpus/clean_text/nul-and-invalid
printf '<p>caf\xe9</p>\0<div><div><table><tr><td>x' > corpus/clean_html_bytes/nul-and-latin1

if [ -d "$corpus" ]; then
    # Every 25th page of each HTML benchmark, in name order.
    for dir in "$corpus"/scrapinghub/html "$corpus"/trafilatura/html; do
        [ -d "$dir" ] || continue
        find "$dir" -type f | sort | awk 'NR % 25 == 1' | while read -r f; do
            seed clean_html_bytes "$f"
        done
    done
    # Every 10th appeal text of the appeals corpus.
    if [ -f "$corpus/appeals/dev.jsonl" ]; then
        python3 - "$corpus/appeals/dev.jsonl" corpus/clean_text <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
for i, line in enumerate(open(src, encoding="utf-8")):
    if i % 10 == 0:
        text = json.loads(line).get("text", "")
        open(f"{out}/appeal-{i}", "w", encoding="utf-8").write(text[:65536])
PY
    fi
fi
for t in corpus/*; do
    echo "$t: $(ls "$t" | wc -l) seeds"
done
