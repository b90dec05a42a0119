# Proves: REPL history on a real terminal as Node's: NODE_REPL_HISTORY names the file, written
# newest line first; a second session recalls lines with Up/Down and finds them with Ctrl+R
# (bck-i-search: shown under the line, a repeated Ctrl+R going further back past duplicates,
# failed-bck-i-search when nothing matches, Escape restoring the line, Enter running the entry).
. ../tty.sh
export NODE_REPL_HISTORY="$TTY_HOME/history" NODULE_REPL_HISTORY="$TTY_HOME/history"
tty_start "$NODE"
tty_line 'let alpha = 1'
tty_line 'alpha + 41'
tty_line 'alpha + 41'
tty_line '"alphabet".length'
tty_key C-d
tty_stop
echo '--- the history file'
cat "$NODE_REPL_HISTORY"
echo
echo '--- a second session'
tty_start "$NODE"
tty_key Up Up Up
tty_screen | tail -1
tty_key Down
tty_screen | tail -1
tty_key Enter
tty_wait_prompts 2
tty_key C-r
tty_type 'alp'
tty_screen | tail -2
tty_key C-r
tty_screen | tail -2
tty_key C-r
tty_screen | tail -2
tty_key C-r
tty_screen | tail -2
tty_type 'zz'
tty_screen | tail -2
tty_key Escape
sleep 0.7
tty_screen | tail -1
tty_type '7 * '
tty_key C-r
tty_type '.len'
tty_screen | tail -2
tty_key BSpace BSpace BSpace BSpace
tty_type '41'
tty_key Enter
tty_wait_prompts 3
tty_screen
tty_stop
