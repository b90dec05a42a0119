# Proves: tty.isatty is false for a pipe and /dev/null, tty.WriteStream and ReadStream exist, and
# process.stdout.isTTY is false when stdout is a pipe.
"$NODE" -e 'var tty = require("tty"); console.log(tty.isatty(0), tty.isatty(1), tty.isatty(99), tty.isatty(-1), typeof tty.WriteStream, typeof tty.ReadStream, process.stdout.isTTY)' < /dev/null | cat
