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
# The build replaces distribution/target/assembly, so the embedded database lives outside it.
export CRM_DB_DIR=${CRM_DB_DIR:-$PWD/data-db}
exec distribution/target/assembly/bin/crm "$@"
