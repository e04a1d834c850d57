#!/bin/sh
# The CDK CLI's entry point (see cdk.json): runs the compiled app straight on the JVM, so that synth needs neither
# Maven nor the network. The classpath file is written by the Maven build of infra-cdk.
set -eu
cd "$(dirname "$0")"
if [ ! -f target/cdk-app.classpath ] || [ ! -f target/classes/com/finflow/infra/FinflowApp.class ]; then
  echo "infra-cdk is not built yet: run './mvnw -pl infra-cdk -am package' in the repository root first." >&2
  exit 1
fi
if [ -n "$(find src/main -type f -newer target/classes/com/finflow/infra/FinflowApp.class | head -n 1)" ]; then
  echo "warning: infra-cdk sources changed since the last build; this synth uses the previously compiled classes." >&2
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/classes:$(cat target/cdk-app.classpath)" com.finflow.infra.FinflowApp
