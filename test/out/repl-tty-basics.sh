# Proves: the REPL on a real terminal (a tmux pane, test/tty.sh) as Node's: results inspected,
# let/const/class/function declarations persisting between lines, multi-line functions and
# classes on '... ' prompts, _ and _error, uncaught errors and rejections printed with the
# session going on, top-level await, .help listing .editor, Ctrl+D on an empty line ending it.
. ../tty.sh
tty_start "$NODE"
tty_line '1 + 1'
tty_line 'let count = 5'
tty_line 'const twice = n => n * 2'
tty_line 'twice(count)'
tty_line 'function add(a, b) {'
tty_line '  return a + b;'
tty_line '}'
tty_line 'add(2, 3)'
tty_line '_ * 10'
tty_line 'class Point {'
tty_line '  constructor(x, y) { this.x = x; this.y = y; }'
tty_line '}'
tty_line 'new Point(1, 2)'
tty_line '[1, 2, 3].map(n => n * n)'
tty_line 'throw new RangeError("too far")'
tty_line '_error.message'
tty_line 'nosuchname + 1'
tty_line 'const { a, ...rest } = { a: 1, b: 2, c: 3 }'
tty_line 'rest'
tty_line 'await new Promise(r => setTimeout(() => r(42), 20))'
tty_line 'const later = await Promise.resolve("done")'
tty_line 'later'
tty_line 'void Promise.reject(new Error("nope"))'
tty_line '`count is ${count}`'
tty_line '.help'
tty_key C-d
sleep 0.3
tty_screen
tty_stop
