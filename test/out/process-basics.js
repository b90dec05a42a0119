// Proves: the shape of process: identity fields, argv, env (strings only), cwd/chdir, hrtime,
// memoryUsage, nextTick arguments, uptime, umask, kill with a bad signal.
console.log(process.platform, process.arch, typeof process.pid, typeof process.ppid);
console.log(/^v20\./.test(process.version), typeof process.versions.node);
console.log(process.argv.length, process.argv[1] === __filename, process.argv0.length > 0);
console.log(Array.isArray(process.execArgv), typeof process.execPath);
process.env.NODULE_TEST_VAR = 42;
console.log(typeof process.env.NODULE_TEST_VAR, process.env.NODULE_TEST_VAR);
console.log('NODULE_TEST_VAR' in process.env, Object.keys(process.env).indexOf('NODULE_TEST_VAR') !== -1);
delete process.env.NODULE_TEST_VAR;
console.log(process.env.NODULE_TEST_VAR, 'NODULE_TEST_VAR' in process.env);
var cwd = process.cwd();
process.chdir('..');
console.log(process.cwd() === require('path').dirname(cwd));
process.chdir(cwd);
try { process.chdir('/no/such/dir'); } catch (e) { console.log(e.code, e.syscall, e.message); }
var t = process.hrtime();
console.log(t.length, typeof t[0], typeof t[1], process.hrtime(t)[0] >= 0);
var mu = process.memoryUsage();
console.log(typeof mu.rss, typeof mu.heapUsed, mu.rss > 0, typeof process.memoryUsage.rss());
console.log(typeof process.uptime(), process.uptime() >= 0, typeof process.umask());
var cu = process.cpuUsage();
console.log(typeof cu.user, typeof cu.system);
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.name); }
console.log(process.kill(process.pid, 0));
process.nextTick(function (a, b) { console.log('tick', a, b); }, 1, 2);
console.log(typeof process.on, typeof process.emit, process.title.length > 0);
