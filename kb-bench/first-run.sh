#!/bin/bash
# Times the README's run command on a fresh clone (Maven repository warm), to the first answer
# naming the 101 bundled cases; stops it with SIGINT to its process group as Ctrl-C does; runs again.
set -u -m   # job control: background jobs keep SIGINT and get their own process group, as in a terminal
# Usage: kb-bench/first-run.sh [repository to clone, default: this one] [folder for the clone]
REPO=${1:-$(cd "$(dirname "$0")/.." && pwd)}; DIR=${2:-/tmp/kb-first-run}; PORT=8080
rm -rf "$DIR"; git clone -q "$REPO" "$DIR"; cd "$DIR"
one() {
  local log=$1 start=$(date +%s.%N)
  ./mvnw -pl kb-graphql -am spring-boot:run -Dmaven.test.skip=true > "$log" 2>&1 < /dev/null &
  local pid=$!
  for i in $(seq 1 600); do
    if curl -s -m 2 localhost:$PORT/graphql -H 'Content-Type: application/json' -d '{"query":"{ cases(first: 1) { totalCount } }"}' 2>/dev/null | grep -q '"totalCount":101'; then
      echo "$log: first answer after $(echo "$(date +%s.%N) - $start" | bc | cut -c1-6) s"; break; fi
    sleep 0.5
  done
  local t0=$(date +%s.%N)
  kill -INT -- -$pid; wait $pid; local rc=$?
  echo "$log: stopped in $(echo "$(date +%s.%N) - $t0" | bc | cut -c1-5) s, exit $rc; $(grep -c 'BUILD FAILURE' $log) BUILD FAILURE; warnings: $(grep -c '^WARNING\|WARN ' $log); nullness lines: $(grep -c 'nullness errors' $log)"
}
one /tmp/firstrun-1.log
one /tmp/firstrun-2.log
