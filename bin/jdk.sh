# Finds a JDK >= 21 for ./mirage, ./mvnw and .ci/run. POSIX sh, meant to be sourced.
# Order: JAVA_HOME, then the usual install folders, then the java on PATH.
# Sets JAVA_HOME and returns 0, or prints what to install and returns 1.

MIRAGE_MIN_JAVA=21

# Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing.
mirage_jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -r "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1)
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = 1 ] && v=8
  printf '%s' "$v"
}

mirage_find_jdk() {
  # Callers such as mvnw run with globbing off (set -f); the folder scan needs it.
  case $- in *f*) mirage_noglob=1 ;; *) mirage_noglob=0 ;; esac
  set +f
  mirage_scan_jdks
  rc=$?
  [ "$mirage_noglob" = 1 ] && set -f
  return $rc
}

mirage_scan_jdks() {
  best=""; best_v=0
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(mirage_jdk_version "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$MIRAGE_MIN_JAVA" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  # MIRAGE_JDK_SEARCH (folders, space-separated) replaces the usual places, e.g. for a JDK in an odd spot.
  if [ -n "${MIRAGE_JDK_SEARCH:-}" ]; then
    set -- $MIRAGE_JDK_SEARCH
  else
    set -- /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
      "${HOME:-/nonexistent}"/.jdks/*
  fi
  for d in "$@"; do
    [ -d "$d" ] || continue
    v=$(mirage_jdk_version "$d")
    [ -n "$v" ] || continue
    if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ "$best_v" -lt "$MIRAGE_MIN_JAVA" ] && command -v java >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    v=$(mirage_jdk_version "$d")
    if [ -n "$v" ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  fi
  if [ "$best_v" -ge "$MIRAGE_MIN_JAVA" ]; then
    JAVA_HOME="$best"
    export JAVA_HOME
    return 0
  fi
  {
    echo "Mirage needs a JDK $MIRAGE_MIN_JAVA or newer, and none was found."
    [ -n "${JAVA_HOME:-}" ] && echo "  JAVA_HOME=$JAVA_HOME is not a JDK >= $MIRAGE_MIN_JAVA."
    [ "$best_v" -gt 0 ] && echo "  The newest JDK found is $best_v, at $best."
    echo "Install one, for example:"
    echo "  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk-headless"
    echo "  Fedora/RHEL:    sudo dnf install java-21-openjdk-devel"
    echo "  macOS:          brew install openjdk@21"
    echo "or point JAVA_HOME at one you have."
  } >&2
  return 1
}

# The JVM flags Mirage runs with, shared by ./mirage and bench/run so that the benchmark measures
# what users run. Serial GC: little live data, and one GC thread leaves the other core to the work.
# A bounded heap keeps the footprint small and predictable (10 000 idle sessions fit in it).
MIRAGE_JVM_FLAGS="-XX:+UseSerialGC -Xss512k -Xmx192m -XX:MaxMetaspaceSize=96m --enable-native-access=ALL-UNNAMED"
