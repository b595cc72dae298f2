#!/usr/bin/env bash
# Start-up of two builds side by side: each probe in fresh processes, interleaved, least of N wall ms.
#   bash bench/startup-ab.sh DIR_A DIR_B   (each a checkout with its dist/ built; N=9 by default)
# e.g. `git worktree add ../base <commit> && (cd ../base && npm ci && npm run build) && bash bench/startup-ab.sh ../base .`
set -euo pipefail
A=${1:?usage: startup-ab.sh DIR_A DIR_B}; B=${2:?usage: startup-ab.sh DIR_A DIR_B}; N=${N:-9}
one=$(mktemp --suffix=.json); trap 'rm -f "$one"' EXIT
echo '{"actor":{"employment":"pns"},"act":{"kind":"party_membership"}}' > "$one"
probe() { local dir=$1; shift; local best=999999; for _ in $(seq 1 "$N"); do local s; s=$(date +%s%N); (cd "$dir" && node "$@" >/dev/null 2>&1); local e=$(( ($(date +%s%N) - s) / 1000000 )); [ "$e" -lt "$best" ] && best=$e; done; echo "$best"; }
F="require('./dist/form.cjs').classifySync({actor:{employment:'pns'},act:{kind:'party_membership'}})"
M="require('./dist/index.cjs').classifySync({actor:{employment:'pns'},act:{kind:'party_membership'}})"
echo "bare node $(probe /tmp -e 0) ms"
for label in form main classify version; do
  case $label in
    form) args=(-e "$F") ;; main) args=(-e "$M") ;; classify) args=(dist/cli.js classify "$one") ;; version) args=(dist/cli.js --version) ;;
  esac
  echo "$label: A $(probe "$A" "${args[@]}") ms, B $(probe "$B" "${args[@]}") ms"
done
