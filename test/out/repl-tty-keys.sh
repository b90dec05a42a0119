# Text typed in the middle of a line goes in one character at a time: a chunk of several keys
# is a paste to Node's readline, which appends it at the end of the line.
# Proves: line editing and completion on a real terminal as Node's: Left/Right/Home/End and
# Ctrl+A/E/B/F moves, Ctrl+K/U/W deletions, Tab completing a property of an expression, a
# require()d module's members and builtin module names (a second Tab lists the candidates in
# columns), Ctrl+C dropping a typed line, twice on an empty line ending the session with
# Node's hint after the first.
. ../tty.sh
tty_start "$NODE"
tty_type '2 * 4'
tty_key Left
tty_key Left
tty_key Left
tty_key Left
tty_type '0'
tty_key Home
tty_type '1'
tty_key Right
tty_key Right
tty_key BSpace
tty_key End
tty_type ' - 1'
tty_key Enter
tty_wait_prompts 2
tty_type 'xyz junk words'
tty_key C-w C-w
tty_key C-a
tty_type '"'
tty_key C-e
tty_type '"'
tty_key Enter
tty_wait_prompts 3
tty_type 'Math.max(1, 2) + 99999'
tty_key C-a C-f C-f C-f C-f C-f C-k
tty_type 'PI'
tty_key Enter
tty_wait_prompts 4
tty_type 'throw away'
tty_key C-u
tty_type '[3, 1, 2].sort()'
tty_key Enter
tty_wait_prompts 5
tty_type 'process.versi'
tty_key Tab
tty_type '.length > 0'
tty_key Enter
tty_wait_prompts 6
tty_type 'process.std'
tty_key Tab
tty_key Tab
tty_key C-c
tty_type "require('fs').readdirS"
tty_key Tab
tty_type "('.').length > 0"
tty_key Enter
tty_type "require('string_d"
tty_key Tab
tty_type "').StringDecoder.name"
tty_key Enter
tty_type 'half typed'
tty_key C-c
tty_key C-c
tty_key C-c
sleep 0.3
tty_screen
tty_stop
