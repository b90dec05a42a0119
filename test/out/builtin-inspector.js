/* builtin-inspector.js: the inspector of a process that did not open one: url() is undefined,
 * close() does nothing, waitForDebugger() throws ERR_INSPECTOR_NOT_ACTIVE; inspector.console
 * has V8's console methods and prints nothing; Session is an EventEmitter whose post()
 * validates its arguments and throws ERR_INSPECTOR_NOT_CONNECTED before connect(),
 * connectToMainThread() is for workers, disconnect() does nothing; Network helpers. */
var inspector = require('inspector');
var EventEmitter = require('events');

function attempt(label, fn) {
    try {
        console.log(label, '->', fn());
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

console.log('same as node:inspector:', require('node:inspector') === inspector);
console.log('keys:', Object.keys(inspector).join(','));
console.log('url():', inspector.url());
console.log('close():', inspector.close());
attempt('waitForDebugger()', function () { return inspector.waitForDebugger(); });

console.log('console is not the global one:', inspector.console !== console);
console.log('console methods:', Object.keys(inspector.console).join(','));
inspector.console.log('this goes to the inspector only');
inspector.console.error('so does this');
console.log('inspector.console.log:', inspector.console.log);

var session = new inspector.Session();
console.log('Session is an EventEmitter:', session instanceof EventEmitter,
            Object.getOwnPropertyNames(inspector.Session.prototype).join(','));
console.log(session);
attempt('post() before connect', function () { return session.post('Runtime.evaluate', { expression: '1' }); });
attempt('post(1)', function () { return session.post(1); });
attempt('post("m", 5)', function () { return session.post('m', 5); });
attempt('post("m", {}, 5)', function () { return session.post('m', {}, 5); });
attempt('post("m", callback)', function () { return session.post('m', function () {}); });
attempt('connectToMainThread()', function () { return session.connectToMainThread(); });
attempt('disconnect()', function () { return session.disconnect(); });

console.log('Network:', inspector.Network);
console.log('requestWillBeSent:', inspector.Network.requestWillBeSent({ requestId: '1' }));
