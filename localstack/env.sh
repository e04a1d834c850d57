# Sourced by ./test and ./localstack/run: finds a JDK >= 21 and prepares the project-local Python tools.
# shellcheck shell=bash

finflow_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /usr/local/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "finflow: no JDK >= 21 found (looked in \$JAVA_HOME and /usr/lib/jvm); install one, e.g. Temurin 21." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# The CDK's jsii runtime warns at every synth when the machine's Node.js is past its end of life.
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

# moto (KMS and Secrets Manager emulator) and cfn-lint live in a virtualenv inside the project.
finflow_venv="$finflow_root/.venv"
ensure_python_tools() {
  local stamp="$finflow_venv/.requirements-installed"
  if [ ! -f "$stamp" ] || [ "$finflow_root/localstack/requirements.txt" -nt "$stamp" ]; then
    python3 -m venv "$finflow_venv"
    "$finflow_venv/bin/pip" install --quiet --disable-pip-version-check -r "$finflow_root/localstack/requirements.txt"
    touch "$stamp"
  fi
}

# The dashboard's browser test drives the system's Chromium (Debian's chromium package).
ensure_browser() {
  if [ -n "${CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
    || command -v google-chrome >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "finflow: the browser test needs Chromium: sudo apt-get install chromium (or set CHROMIUM)" >&2
    return 1
  fi
}
