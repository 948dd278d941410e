# Sourced (POSIX sh) by ./mvnw, ./mamori and .ci/run: make JAVA_HOME point at a JDK >= 21.
# Order: JAVA_HOME when it is new enough, then the `java` on PATH, then the newest JDK under
# /usr/lib/jvm. Stops with a clear message when none is found, because Mamori compiles with
# --release 21 and older JDKs fail later with confusing errors.
mamori_java_major() {
  # Prints the feature version of the JDK whose java binary is $1 (e.g. 17, 21, 25).
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
mamori_select_jdk() {
  mamori_min=21
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(mamori_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$mamori_min" ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    j=$(command -v javac)
    h=$(dirname "$(dirname "$(readlink -f "$j")")")
    if [ -x "$h/bin/java" ]; then
      v=$(mamori_java_major "$h/bin/java")
      if [ -n "$v" ] && [ "$v" -ge "$mamori_min" ]; then JAVA_HOME="$h"; export JAVA_HOME; return 0; fi
    fi
  fi
  best=""; bestv=0
  # mvnw runs under `set -f`; the glob below needs pathname expansion.
  case $- in *f*) mamori_noglob=1; set +f ;; *) mamori_noglob=0 ;; esac
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    [ -L "$d" ] && continue
    v=$(mamori_java_major "$d/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$mamori_min" ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  [ "$mamori_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then JAVA_HOME="$best"; export JAVA_HOME; return 0; fi
  echo "mamori: no JDK $mamori_min or newer found (checked JAVA_HOME, the javac on PATH and /usr/lib/jvm)." >&2
  echo "mamori: install one, e.g. 'apt-get install -y openjdk-21-jdk-headless' or Temurin 21+, or set JAVA_HOME to it." >&2
  return 1
}
mamori_select_jdk || exit 1
PATH="$JAVA_HOME/bin:$PATH"; export PATH
