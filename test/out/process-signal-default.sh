# Proves: SIGTERM and SIGINT with no listener end the process by the signal (status 128+n).
"$NODE" -e 'process.kill(process.pid, "SIGTERM"); setTimeout(function () {}, 2000)'; echo "status $?"
"$NODE" -e 'process.kill(process.pid, "SIGINT"); setTimeout(function () {}, 2000)'; echo "status $?"
"$NODE" -e 'process.on("SIGINT", function () { console.log("handled"); process.exit(0) }); process.kill(process.pid, "SIGINT"); setTimeout(function () {}, 2000)'; echo "status $?"
