# Proves: .editor on a real terminal as Node's: lines gather without prompts until Ctrl+D runs
# them (the line being typed is the last), the next line starts with the previous line's
# indentation, Ctrl+C cancels the text, an incomplete text is the syntax error it is; .save
# writes every line typed (commands aside) and .load replays the file in a later session.
. ../tty.sh
f="$TTY_HOME.saved.js"
tty_start "$NODE"
tty_type '.editor'
tty_key Enter
tty_type 'function greet(name) {'
tty_key Enter
tty_type '  const loud = name.toUpperCase();'
tty_key Enter
tty_type 'return `hi ${loud}`;'
tty_key Enter
tty_key BSpace BSpace
tty_type '}'
tty_key Enter
tty_type 'greet("ann")'
tty_key C-d
tty_type '.editor'
tty_key Enter
tty_type 'const lost = 1;'
tty_key Enter
tty_key C-c
tty_line 'typeof lost'
tty_type '.editor'
tty_key Enter
tty_type 'const broken = ('
tty_key C-d
tty_line "var saved = greet('bo')"
tty_line ".save $f"
tty_type '.exit'
tty_key Enter
sleep 0.3
tty_screen | sed "s#$f#SAVED#"
tty_stop
echo '--- the saved file'
cat "$f"
echo
echo '--- a new session loads it'
tty_start "$NODE"
tty_line ".load $f"
tty_line 'saved'
tty_screen | sed "s#$f#SAVED#"
tty_stop
rm -f "$f"
