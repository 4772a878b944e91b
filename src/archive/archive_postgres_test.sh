#!/usr/bin/env bash
# The archive tests against PostgreSQL: starts a throwaway server
# (scripts/pg-temp, as `nobody` under root), then runs the store, archive and
# server test programs and the archive commands end to end with
# $EVENTWIRE_TEST_POSTGRES pointing at it. Exit 77 (skipped) when PostgreSQL
# cannot be started here.
#   archive_postgres_test.sh SOURCE_DIR EVENTWIRE STORE_TEST ARCHIVE_TEST SERVER_TEST
set -uo pipefail
root=${1:?usage: archive_postgres_test.sh SOURCE_DIR EVENTWIRE STORE_TEST ARCHIVE_TEST SERVER_TEST}
bin=$2
shift 2
if ! command -v psql >/dev/null; then
  echo "SKIP: psql is not installed (scripts/setup installs postgresql)"
  exit 77
fi
dir=$(mktemp -d)
trap '"$root/scripts/pg-temp" stop "$dir/pg"; rm -rf "$dir"' EXIT
url=$("$root/scripts/pg-temp" start "$dir/pg")
rc=$?
if [ $rc = 77 ]; then exit 77; fi
[ $rc = 0 ] || { echo "FAIL: PostgreSQL did not start"; exit 1; }
export EVENTWIRE_TEST_POSTGRES=$url
echo "PostgreSQL at $url"
passes=0 failures=0
for program in "$@"; do
  if "$program" --gtest_brief=1; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL $program"; fi
done
if "$root/src/archive/archive_cli_test.sh" "$bin" "$root"; then
  passes=$((passes + 1))
else
  failures=$((failures + 1))
  echo "FAIL archive_cli_test.sh"
fi
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
