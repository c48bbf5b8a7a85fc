#!/usr/bin/env bash
# Offline checks of the deployment files. Runs each validator that is installed and says which
# ones it skipped; never downloads anything. Exit status is non-zero when a check fails.
#
#   bash deploy/check.sh
#
# Validators (Debian packages unless said otherwise):
#   promtool        prometheus           config, alert rules, alert unit tests, dashboard PromQL
#   docker compose  compose plugin, or docker-compose (1.29) as a fallback; else a YAML parse
#   helm            (not in Debian)      lint + template; else deploy/helm/render-check (go run)
#                                        with golang-go golang-github-masterminds-sprig-dev
#                                        golang-k8s-sigs-yaml-dev
#   kubeconform     (not in Debian)      -strict schemas; else deploy/helm/validate-manifests.mjs
#                                        with node and NODE_PATH=<node_modules with the npm
#                                        packages kubernetes-models and yaml>
#   hadolint        (not in Debian)      Dockerfile lint; else the npm package dockerfile-utils
#                                        from NODE_PATH (syntax and instruction checks)
#   python3 (+ PyYAML: python3-yaml)     JSON/YAML syntax of every file
set -uo pipefail
cd "$(dirname "$0")"
DEPLOY="$PWD"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

passed=0 failed=0 skipped=0
pass() { echo "PASS  $1"; passed=$((passed + 1)); }
fail() { echo "FAIL  $1"; failed=$((failed + 1)); }
skip() { echo "SKIP  $1"; skipped=$((skipped + 1)); }
# run NAME COMMAND...: PASS/FAIL on the command's status, its output shown only on failure.
run() {
  local name="$1"; shift
  if "$@" >"$TMP/out" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/      /' "$TMP/out"; fi
}
has() { command -v "$1" >/dev/null 2>&1; }

# --- syntax of every YAML and JSON file ---------------------------------------------------------
if has python3 && python3 -c 'import yaml' 2>/dev/null; then
  run "YAML/JSON syntax" python3 - <<'PY'
import json, pathlib, sys, yaml
bad = 0
for p in pathlib.Path('.').rglob('*'):
    if 'templates' in p.parts or not p.is_file():
        continue
    try:
        if p.suffix in ('.yml', '.yaml'):
            list(yaml.safe_load_all(p.read_text()))
        elif p.suffix == '.json':
            json.loads(p.read_text())
    except Exception as e:
        print(f'{p}: {e}'); bad += 1
sys.exit(1 if bad else 0)
PY
else
  skip "YAML/JSON syntax (needs python3 with PyYAML: apt-get install python3-yaml)"
fi

# --- Prometheus ----------------------------------------------------------------------------------
if has promtool; then
  # prometheus.yml reads the scrape token from a file beside it, which only the running stack has:
  # check a copy next to a stand-in token.
  mkdir -p "$TMP/prometheus" && cp prometheus/prometheus.yml prometheus/alerts.yml "$TMP/prometheus/"
  printf 'stand-in-metrics-token' >"$TMP/prometheus/metrics-token"
  run "promtool check config prometheus/prometheus.yml" promtool check config "$TMP/prometheus/prometheus.yml"
  run "promtool check rules prometheus/alerts.yml" promtool check rules prometheus/alerts.yml
  run "promtool test rules prometheus/alerts.test.yml" promtool test rules prometheus/alerts.test.yml
  # Every dashboard query must parse: wrap them as recording rules and let promtool check them.
  if has python3; then
    python3 - "$TMP/dashboard-rules.yml" <<'PY'
import json, sys
dash = json.load(open('grafana/dashboards/vectort.json'))
rules = []
for panel in dash['panels']:
    for t in panel.get('targets', []):
        expr = t['expr'].replace('$__rate_interval', '5m').replace('$instance', '.*')
        rules.append({'record': f"dashboard:panel_{panel['id']}_{t['refId']}", 'expr': expr})
json.dump({'groups': [{'name': 'dashboard', 'rules': rules}]}, open(sys.argv[1], 'w'))
PY
    run "promtool: dashboard queries parse" promtool check rules "$TMP/dashboard-rules.yml"
  fi
else
  skip "promtool (apt-get install prometheus)"
fi

# --- docker compose ------------------------------------------------------------------------------
compose=()
if has docker && docker compose version >/dev/null 2>&1; then compose=(docker compose)
elif has docker-compose; then compose=(docker-compose)
fi
if [ ${#compose[@]} -gt 0 ]; then
  run "${compose[*]} config (with .env.example)" \
    "${compose[@]}" --env-file .env.example -f docker-compose.yml config -q
  # Without secrets the stack must refuse to start rather than run with empty passwords.
  : >"$TMP/empty.env"
  if "${compose[@]}" --env-file "$TMP/empty.env" -f docker-compose.yml config -q >"$TMP/out" 2>&1; then
    fail "compose refuses to run without secrets"
  else
    pass "compose refuses to run without secrets"
  fi
else
  skip "docker compose config (no compose plugin, no docker-compose: apt-get install docker-compose)"
fi

# --- Dockerfile ----------------------------------------------------------------------------------
if has hadolint; then
  run "hadolint Dockerfile" hadolint ../Dockerfile
elif has node && [ -n "${NODE_PATH:-}" ] && [ -x "$NODE_PATH/.bin/dockerfile-utils" ]; then
  run "dockerfile-utils lint Dockerfile (hadolint not installed)" "$NODE_PATH/.bin/dockerfile-utils" lint ../Dockerfile
else
  skip "Dockerfile lint (no hadolint, not packaged in Debian; no npm dockerfile-utils in NODE_PATH)"
fi
run "bash -n docker/healthcheck.sh" bash -n docker/healthcheck.sh

# --- Helm chart ----------------------------------------------------------------------------------
chart=helm/vectort
renders=("default:" "all-on:$chart/ci/all-on-values.yaml")
rendered=()
if has helm; then
  run "helm lint" helm lint "$chart" -f "$chart/ci/all-on-values.yaml"
  for r in "${renders[@]}"; do
    name="${r%%:*}" values="${r#*:}"
    run "helm template ($name values)" \
      helm template vectort "$chart" ${values:+-f "$values"} --output-dir "$TMP/helm-$name"
    cat "$TMP"/helm-"$name"/vectort/templates/*.yaml >"$TMP/$name.yaml" 2>/dev/null && rendered+=("$name")
  done
elif has go && [ -d /usr/share/gocode/src/github.com/Masterminds/sprig ]; then
  export GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="${GOCACHE:-$TMP/gocache}" GOFLAGS=
  if go build -o "$TMP/render-check" ./helm/render-check >"$TMP/out" 2>&1; then
    for r in "${renders[@]}"; do
      name="${r%%:*}" values="${r#*:}"
      run "render-check: chart renders ($name values; helm not installed)" \
        sh -c "'$TMP/render-check' '$chart' ${values:+-f '$values'} >'$TMP/$name.yaml' 2>'$TMP/$name.notes'" \
        && rendered+=("$name")
    done
  else
    fail "render-check builds"; sed 's/^/      /' "$TMP/out"
  fi
else
  skip "chart rendering (no helm; no go with golang-github-masterminds-sprig-dev for render-check)"
fi

if [ ${#rendered[@]} -gt 0 ]; then
  if has kubeconform; then
    for name in "${rendered[@]}"; do
      run "kubeconform -strict ($name values)" kubeconform -strict -summary "$TMP/$name.yaml"
    done
  elif has node && [ -n "${NODE_PATH:-}" ] && [ -d "$NODE_PATH/kubernetes-models" ]; then
    for name in "${rendered[@]}"; do
      run "kubernetes-models schemas ($name values; kubeconform not installed)" \
        sh -c "node helm/validate-manifests.mjs < '$TMP/$name.yaml'"
    done
  else
    skip "manifest schemas (no kubeconform; no NODE_PATH with the npm package kubernetes-models)"
  fi
fi

echo "deploy/check.sh: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
