#!/usr/bin/env bash
# Proves the README's quick start on the embedded database: `npm start` on an empty .data/ migrates,
# seeds and serves the app; a demo account signs in; a second start keeps the data.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL AUTH_SECRET
export PORT=3005
rm -rf .data
jar=$(mktemp)
log=$(mktemp)

app_pid=""
# Whatever happens, leave no app running behind us.
trap '[[ -n "$app_pid" ]] && kill -TERM -- "-$app_pid" 2>/dev/null; true' EXIT

start_app() {
  # The previous run may still be draining its last requests and closing the database.
  for _ in $(seq 1 30); do curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 || break; sleep 1; done
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then
    echo "Port $PORT is already serving something: stop it first."; exit 1
  fi
  # In a session of its own, so the whole tree (npm, tsx, the app) gets the stop signal: npm does
  # not pass SIGTERM on to the script it runs.
  setsid npm start >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then cat "$log"; echo "npm start exited early."; exit 1; fi
    sleep 1
  done
  cat "$log"; echo "The app did not answer /api/health within 300 s."; exit 1
}

stop_app() {
  kill -TERM -- "-$app_pid"
  wait "$app_pid" || true
  app_pid=""
  # npm returns before the app has finished draining and closed the embedded database.
  for _ in $(seq 1 30); do [[ -f .data/pglite/owner.json ]] || break; sleep 1; done
}

sign_in() {
  rm -f "$jar"
  csrf=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/api/auth/csrf" | sed -E 's/.*"csrfToken":"([^"]+)".*/\1/')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "http://127.0.0.1:$PORT/api/auth/callback/credentials" \
    --data-urlencode "csrfToken=$csrf" --data-urlencode "email=coordinator@example.org" \
    --data-urlencode "password=plaidoyer-demo" --data-urlencode "json=true"
  grep -q "plaidoyer.session" "$jar" || { echo "The demo coordinator could not sign in."; exit 1; }
  curl -fsS -b "$jar" "http://127.0.0.1:$PORT/dashboard" | grep -q "Tableau de bord" || { echo "The dashboard did not show after sign-in."; exit 1; }
}

start_app
grep -q "coordinator@example.org" "$log" || { cat "$log"; echo "The first start did not print the demo accounts."; exit 1; }
curl -fsS "http://127.0.0.1:$PORT/api/health" | grep -q '"database":"ok"'
sign_in
echo "First start: migrated, seeded, demo coordinator signed in."
stop_app

start_app
grep -q "Seeding" "$log" && { echo "The second start seeded again."; exit 1; }
sign_in
echo "Second start on the same .data/: data kept, demo coordinator signed in."
stop_app
rm -f "$jar" "$log"
