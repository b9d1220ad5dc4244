#!/usr/bin/env bash
#
# The Sales module at scale: loads 1,000,000 sales items, 500 salespeople and 200,000 contacts into the
# bench's own MariaDB (bench/target/bench-db, port 13399; generated on the first run or with --reload)
# and times the service calls beside the plain-JDBC floor of the same statements.
# Options go to org.opensales.bench.BenchMain: --reload --iterations=N --slow-iterations=N --dir=PATH
# Results: standard output and bench/target/bench-results.md. See docs/BENCHMARKS.md.
#
# BENCH_BUILD=package builds without installing into ~/.m2 (for worktrees that share one repository);
# BENCH_BUILD=none skips the build.
#
set -euo pipefail
cd "$(dirname "$0")"
case "${BENCH_BUILD:-install}" in
  install) mvn -B -q install -DskipTests -pl bench -am ;;
  package) mvn -B -q package -DskipTests -pl bench -am ;;
  none) ;;
  *) echo "BENCH_BUILD must be install, package or none" >&2; exit 2 ;;
esac
exec java -Xmx2g -cp "bench/target/sales-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/bench.classpath)" \
  org.opensales.bench.BenchMain "$@"
