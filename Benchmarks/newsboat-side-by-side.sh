#!/usr/bin/env bash
# hearsay beside newsboat on the same articles (Benchmarks/INDEX.md). Writes every article of FOLDER
# as one RSS 2.0 feed (title, link, date from `hearsay list --json`, the file's text as the item's
# description), then, in tmux at 200x50, times from launch to the list on screen (capture-pane polled
# every 10 ms):
#   newsboat: `-x reload` into an empty cache (cold, no screen), then a start on that cache until the
#             feed list shows, and Enter until its article list shows;
#   hearsay:  `hearsay FOLDER` until its list shows and until it has loaded every article, and
#             `hearsay list FOLDER` cold and warm (index).
# Usage: Benchmarks/newsboat-side-by-side.sh FOLDER [BINARY] [RUNS]   (default: release build, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(cd "$1" && pwd)
binary=$(realpath "${2:-.build/release/hearsay}")
runs=${3:-3}
work=$(mktemp -d)
trap 'tmux kill-session -t "bench-$$" 2>/dev/null || true; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/xdg-cache XDG_DATA_HOME=$work/xdg-data XDG_STATE_HOME=$work/xdg-state

"$binary" list --json --no-cache "$folder" > "$work/list.json"
python3 - "$work/list.json" "$work/feed.xml" <<'PY'
import email.utils, datetime, html, json, sys
articles = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as feed:
    feed.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
               '<title>coverage</title><link>https://example.com/</link><description>hearsay benchmark</description>\n')
    for number, article in enumerate(articles):
        day = article.get("day") or "2025-01-01"
        when = datetime.datetime.fromisoformat(day).replace(tzinfo=datetime.timezone.utc)
        text = open(article["path"], encoding="utf-8", errors="replace").read()
        feed.write("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"
                   "<description>%s</description></item>\n" % (
                       html.escape(article["title"]), html.escape(article.get("sourceURL") or "https://example.com/%d" % number),
                       html.escape(article["id"]), email.utils.format_datetime(when), html.escape(text)))
    feed.write("</channel></rss>\n")
PY
count=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/list.json")
echo "feed: $count items, $(du -m "$work/feed.xml" | cut -f1) MB ($folder)"
echo "file://$work/feed.xml" > "$work/urls"
: > "$work/newsboat.conf"

milliseconds() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# waits until the pane shows PATTERN (extended regex); prints the milliseconds since START
wait_for() {
    local start=$1 pattern=$2
    for _ in $(seq 6000); do
        if tmux capture-pane -p -t "bench-$$" 2>/dev/null | grep -Eq "$pattern"; then milliseconds "$start"; return; fi
        sleep 0.01
    done
    echo "timeout"; tmux capture-pane -p -t "bench-$$" | head -3 >&2
}

start_pane() {  # start_pane COMMAND…: a fresh 200x50 tmux session running the command
    tmux kill-session -t "bench-$$" 2>/dev/null || true
    tmux new-session -d -s "bench-$$" -x 200 -y 50 "env TERM=xterm-256color LANG=C.UTF-8 $*"
}

stop_pane() {
    tmux send-keys -t "bench-$$" q
    sleep 0.3
    tmux send-keys -t "bench-$$" q 2>/dev/null || true
    for _ in $(seq 200); do tmux has-session -t "bench-$$" 2>/dev/null || return 0; sleep 0.05; done
    tmux kill-session -t "bench-$$" 2>/dev/null || true
}

start=$(date +%s%N)
newsboat -u "$work/urls" -c "$work/cache.db" -C "$work/newsboat.conf" -x reload > /dev/null 2>&1
echo "newsboat -x reload, empty cache: $(milliseconds "$start") ms ($(du -m "$work/cache.db" | cut -f1) MB cache)"

for run in $(seq "$runs"); do
    start=$(date +%s%N)
    start_pane newsboat -u "$work/urls" -c "$work/cache.db" -C "$work/newsboat.conf"
    # The counts column is cut at 5 digits ("(10000/1000 coverage"): match the feed line loosely.
    feeds=$(wait_for "$start" "\([0-9]+/[0-9]+\)? ?coverage")
    opened=$(date +%s%N)
    tmux send-keys -t "bench-$$" Enter
    articles=$(wait_for "$opened" "Articles in feed")
    stop_pane
    echo "run $run newsboat: feed list $feeds ms, then its article list $articles ms after Enter"

    rm -rf "$XDG_CACHE_HOME"
    start=$(date +%s%N)
    "$binary" list "$folder" > /dev/null 2>&1
    cold=$(milliseconds "$start")
    start=$(date +%s%N)
    "$binary" list "$folder" > /dev/null 2>&1
    warm=$(milliseconds "$start")
    start=$(date +%s%N)
    start_pane "$binary" --no-state "$folder"
    reader=$(wait_for "$start" ' List · ')
    # Everything loaded: the status bar no longer says `loading` (the list fills after the first frame).
    loaded=$(wait_for "$start" ' List · [0-9]+/[0-9]+ · by date( {2}|$)')
    stop_pane
    echo "run $run hearsay:  reader's list $reader ms, all loaded $loaded ms; hearsay list: cold $cold ms, warm $warm ms"
done
