/* AbortSignal support: the signal option and stream.addAbortSignal destroy the stream with
 * an AbortError whose cause is the abort reason; an already aborted signal destroys at once;
 * finished() with a signal calls back with an AbortError; bad arguments throw
 * ERR_INVALID_ARG_TYPE. */
var stream = require('stream');

var log = [];
var ac = new AbortController();
var r = new stream.Readable({ read: function () {}, signal: ac.signal });
r.on('error', function (e) { log.push('r error ' + e.name + ' ' + e.code + ' cause=' + (e.cause && e.cause.message)); });
r.on('close', function () { log.push('r close'); });
ac.abort(new Error('stop'));
log.push('after abort destroyed=' + r.destroyed);

var pre = new AbortController();
pre.abort();
var w = new stream.Writable({ write: function (c, e, cb) { cb(); }, signal: pre.signal });
log.push('pre-aborted writable destroyed=' + w.destroyed);
w.on('error', function (e) { log.push('w error ' + e.name + ' cause=' + (e.cause && e.cause.name)); });

var ac2 = new AbortController();
var d = new stream.PassThrough();
log.push('addAbortSignal returns stream ' + (stream.addAbortSignal(ac2.signal, d) === d));
d.on('error', function (e) { log.push('d error ' + e.name); });
d.on('close', function () { log.push('d close'); });
setTimeout(function () { ac2.abort(); }, 1);

var ac3 = new AbortController();
var slow = new stream.Readable({ read: function () {} });
stream.finished(slow, { signal: ac3.signal }, function (err) {
    log.push('finished with signal ' + (err && err.name) + ' destroyed=' + slow.destroyed);
});
ac3.abort();

try { stream.addAbortSignal('nope', d); } catch (e) { log.push(e.code + ': ' + e.message); }
try { stream.addAbortSignal(ac.signal, {}); } catch (e) { log.push(e.code); }
try { new stream.Readable({ signal: 'x' }); } catch (e) { log.push('option ' + e.code); }

setTimeout(function () { console.log(log.join('\n')); }, 10);
