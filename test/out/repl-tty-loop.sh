# Proves: the event loop runs while the REPL waits at a terminal prompt, as in Node: a timer
# set from the prompt fires and prints while idle, an HTTP server started from the prompt
# answers a request made from the prompt, an error thrown in a callback is printed as
# Uncaught and the session goes on; the builtin modules are globals (http).  What the callbacks
# print is spelt differently in the typed line, so waiting for it waits for the callback.
. ../tty.sh
tty_start "$NODE"
tty_line 'void setTimeout(() => console.log("timer", "fired"), 200)'
tty_wait 'timer fired'
tty_line 'const server = http.createServer((req, res) => res.end("hello " + req.url)); null'
tty_line 'server.listen(0, "127.0.0.1", () => console.log("listen" + "ing")); null'
tty_wait 'listening'
tty_line 'void http.get(`http://127.0.0.1:${server.address().port}/x`, r => r.on("data", d => { console.log(String(d)); server.close(); }))'
tty_wait 'hello /x'
tty_line 'void setTimeout(() => { throw new Error("late") }, 50)'
tty_wait 'Uncaught Error'
tty_line '"still here"'
tty_key C-d
sleep 0.3
tty_screen
tty_stop
