#!/usr/bin/env bash
# CI for the Python package (issue 12), run by .ci/run and runnable alone:
#   bash python/ci.sh
# Lints the binding crate, builds a release wheel with maturin into a virtual environment
# it creates (target/py-venv; maturin and pytest from the registry), runs pytest on it, then
# each engine example (datatrove, PySpark, Ray Data) on the bundled sample. An engine that
# does not install, or PySpark without Java, is skipped with a notice; an example that
# installs and then fails, fails the run. Each step prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v python3 >/dev/null; then
    echo "notice: python3 is absent; the Python package is not built or tested"
    exit 0
fi

step_start=$SECONDS
took() { echo "   ($1: $((SECONDS - step_start)) s)"; step_start=$SECONDS; }

echo "== cargo clippy -p unappeal-python --all-targets -- -D warnings"
cargo clippy -p unappeal-python --all-targets -- -D warnings
took clippy

echo "== Python virtual environment (target/py-venv), maturin and pytest"
venv=target/py-venv
python3 -m venv "$venv"
py="$venv/bin/python"
"$py" -m pip install -q maturin pytest
took venv

echo "== maturin build --release, pip install the wheel"
rm -rf target/wheels
"$venv/bin/maturin" build --release -m python/Cargo.toml -i "$py" -o target/wheels
"$py" -m pip install -q --force-reinstall --no-deps target/wheels/unappeal-*.whl
took wheel

echo "== pytest python/tests"
# Run from the repository root with the pytest script (not `python -m pytest`, which puts
# the current folder on sys.path): `import unappeal` must find the installed wheel, not
# python/unappeal/ without its native module.
"$venv/bin/pytest" -q python/tests
took pytest

logs=target/py-logs
mkdir -p "$logs"
engine() {
    local name=$1 script=$2
    shift 2
    echo "== engine example: $name ($*)"
    if ! "$py" -m pip install -q "$@" > "$logs/$name-install.log" 2>&1; then
        tail -5 "$logs/$name-install.log"
        echo "notice: $* did not install; the $name example is skipped"
        took "$name install (failed)"
        return 0
    fi
    took "$name install"
    if ! timeout 180 "$py" "python/examples/$script" --repeat 50 2> "$logs/$name.log"; then
        tail -40 "$logs/$name.log"
        echo "error: the $name example failed (log: $logs/$name.log)"
        return 1
    fi
    took "$name run"
}
engine datatrove datatrove_step.py datatrove orjson
if command -v java >/dev/null; then
    engine pyspark spark_job.py pyspark
else
    echo "notice: java is absent; the PySpark example is skipped"
fi
engine ray ray_batches.py "ray[data]"
