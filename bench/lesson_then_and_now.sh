#!/bin/sh
# The lesson page's throughput in an older checkout and in this one, served one after the other
# with the same settings (gunicorn, 2 sync workers, lms.settings.bench: no debug; a fresh SQLite
# demo database each; the cache REDIS_URL names) and measured with `wrk -t1 -c8` as the signed-in
# demo learner, in alternating rounds. Prints each round's req/s and the ratio of the medians.
#
#   make bench-lesson-then-and-now OLD=/work/wt/perf-old    # a worktree of the older commit
#   ROUNDS=5 SECONDS_PER_ROUND=20 REUSE=1 sh bench/lesson_then_and_now.sh /work/wt/perf-old
set -eu
OLD=$(cd "$1" && pwd)
NEW=$(pwd)
ROUNDS=${ROUNDS:-3}
SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-10}
LESSON=/learn/foundational-course/day-1/lesson-1-2/
PORT=8013
VAR="$NEW/var/then-and-now"
mkdir -p "$VAR"
export DJANGO_SETTINGS_MODULE=lms.settings.bench
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/13}"

prepare() {  # checkout name: a demo database and a session of the demo learner
  rm -f "$VAR/$2.sqlite3"
  (cd "$1" && export DATABASE_URL="sqlite:///$VAR/$2.sqlite3" &&
    .venv/bin/python manage.py migrate --noinput -v0 &&
    .venv/bin/python manage.py seed_demo --allow-without-debug >/dev/null &&
    .venv/bin/python manage.py shell -c "
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
user = get_user_model().objects.get(email='learner@demo.tahaffuz.pk')
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)" | tail -n 1 >"$VAR/$2.session")
}

round() {  # checkout name: req/s of the lesson page
  cd "$1"
  DATABASE_URL="sqlite:///$VAR/$2.sqlite3" .venv/bin/python -m gunicorn -w 2 -k sync \
    -b "127.0.0.1:$PORT" lms.wsgi >"$VAR/$2.log" 2>&1 &
  server=$!
  cookie="Cookie: sessionid=$(cat "$VAR/$2.session"); tahaffuz_language=en"
  tries=0
  until curl -fs -o /dev/null -H "$cookie" "http://127.0.0.1:$PORT$LESSON"; do
    tries=$((tries + 1))
    [ "$tries" -lt 120 ] || { kill "$server"; echo "no lesson page (see $VAR/$2.log)" >&2; exit 1; }
    sleep 0.5
  done
  for _ in 1 2 3 4 5 6 7 8; do curl -fs -o /dev/null -H "$cookie" "http://127.0.0.1:$PORT$LESSON"; done
  wrk -t1 -c8 "-d${SECONDS_PER_ROUND}s" -H "$cookie" "http://127.0.0.1:$PORT$LESSON" |
    awk '/Requests\/sec/ {print $2}'
  kill "$server"
  wait "$server" 2>/dev/null || true
  cd "$NEW"
}

if [ -z "${REUSE:-}" ]; then  # REUSE=1: the databases and sessions of the last run
  prepare "$OLD" old
  prepare "$NEW" new
fi
echo "round | old req/s | new req/s"
for r in $(seq "$ROUNDS"); do
  old=$(round "$OLD" old)
  new=$(round "$NEW" new)
  echo "$r | $old | $new"
  echo "$old $new" >>"$VAR/rounds"
done
python3 - "$VAR/rounds" "$ROUNDS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]).read().splitlines()[-int(sys.argv[2]):]]
old = statistics.median(float(row[0]) for row in rows)
new = statistics.median(float(row[1]) for row in rows)
print(f"median: old {old:.1f} req/s, new {new:.1f} req/s, new/old {new / old:.1f}x")
PY
