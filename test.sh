#!/usr/bin/env bash
# Runs every test: unit tests against a real MariaDB, Pax Exam tests in a real Karaf, and the
# headless Chromium test against the assembled distribution.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B install "$@"
