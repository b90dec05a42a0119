# test/tty.sh: drives a program on a real pseudo-terminal for the REPL tests (test/out/repl-tty-*.sh
# source it).  The terminal is a tmux pane; what a test prints is the pane's screen as tmux renders
# it, so the escape sequences each runtime's line editor chose do not matter, only what a person
# would see.  The screen is printed without colours, with trailing blanks cut and with the stack
# frame lines ('    at ...') left out, as test/render.sh leaves them out of stderr.
#   tty_start CMD...    runs CMD in a new 80x100 pane (HOME is a fresh temporary directory)
#   tty_type TEXT       types TEXT (no Enter) and lets the program draw
#   tty_key KEY...      presses keys by tmux name: Enter Tab Up Left C-c C-d C-r BSpace ...
#   tty_line TEXT       types TEXT, presses Enter and waits for the next prompt
#   tty_wait TEXT       waits until TEXT is on the screen
#   tty_screen          prints the screen
#   tty_stop            ends the pane; prints '[exited N]' when the program ended by itself
# HOME stays the same across the panes of one test (a history file outlives a session).
TTY_SOCKET=nd-tty-$$
TTY_HOME=$(mktemp -d)
TTY_STATUS=$(mktemp)
TTY_TIMEOUT=${ND_TEST_TIMEOUT_MULTIPLIER:-1}

tty_tmux() { tmux -L "$TTY_SOCKET" -f /dev/null "$@"; }

tty_capture() { tty_tmux capture-pane -p -J -S - 2>/dev/null | sed -e 's/[[:space:]]*$//'; }

# Polls the screen for a fixed string, up to 10 s (times the suite's multiplier).
tty_wait() {
    local i
    for ((i = 0; i < 200 * TTY_TIMEOUT; i++)); do
        tty_capture | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    echo "tty: timed out waiting for '$1'" >&2
    return 1
}

# Prompt lines ('> ' or '... ' alone or followed by input) seen so far.
tty_prompts() { tty_capture | grep -cE '^(>|\.\.\.)( |$)'; }

# Waits until N prompt lines are on the screen.
tty_wait_prompts() {
    local i
    for ((i = 0; i < 60 * TTY_TIMEOUT; i++)); do
        [ "$(tty_prompts)" -ge "$1" ] && return 0
        sleep 0.05
    done
    echo "tty: timed out waiting for prompt $1; the screen:" >&2
    tty_capture >&2
    return 1
}

# Waits until the screen has stopped changing for 150 ms.
tty_settle() {
    local before now i
    before=$(tty_capture)
    for ((i = 0; i < 100 * TTY_TIMEOUT; i++)); do
        sleep 0.08
        now=$(tty_capture)
        [ "$now" == "$before" ] && return 0
        before=$now
    done
}

tty_start() {
    tty_tmux new-session -d -x 80 -y 100 "cd '$PWD' && env HOME='$TTY_HOME' $(printf '%q ' "$@");
        echo \$? > '$TTY_STATUS'; sleep 600"
    tty_wait_prompts 1
}

# tmux reads an argument that ends in ';' as the end of its command, so a final ';' goes alone.
tty_send_text() {
    case "$1" in
    *\;) tty_tmux send-keys -l -- "${1%;}"; tty_tmux send-keys -l -- '\;' ;;
    *) tty_tmux send-keys -l -- "$1" ;;
    esac
}

tty_type() { tty_send_text "$1"; tty_settle; }

tty_key() { tty_tmux send-keys "$@"; tty_settle; }

tty_line() {
    local before
    before=$(tty_prompts)
    tty_send_text "$1"
    sleep 0.05
    tty_tmux send-keys Enter
    tty_wait_prompts $((before + 1)) && tty_settle
}

tty_screen() {
    tty_capture | grep -v -E '^\s+at |^\s*\^+\s*$' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

tty_stop() {
    tty_tmux kill-server 2>/dev/null
    [ -s "$TTY_STATUS" ] && echo "[exited $(cat "$TTY_STATUS")]"
    : >"$TTY_STATUS"
}
trap 'tty_tmux kill-server 2>/dev/null; rm -rf "$TTY_HOME" "$TTY_STATUS"' EXIT
