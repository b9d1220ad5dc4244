#!/usr/bin/env bash
#
# Builds everything and starts the CRM (Karaf + embedded MariaDB) on this machine.
# Needs JDK 17 and Maven; the first build downloads the dependencies from Maven Central.
# Arguments go to distribution/target/assembly/bin/crm, e.g. "./run.sh server" for no console.
#
set -euo pipefail
cd "$(dirname "$0")"
echo "Building (mvn -B -q install -DskipTests) ..."
mvn -B -q install -DskipTests
exec distribution/target/assembly/bin/crm "$@"
