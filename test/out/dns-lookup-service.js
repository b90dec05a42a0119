// Proves: dns.lookupService and dns.promises.lookupService: Node's argument errors (thrown, not
// rejected) and the (hostname, service) answer for a loopback address (from /etc/hosts, so no
// network is asked).
var dns = require('dns');

function attempt(label, fn) {
    try {
        fn();
        console.log(label, 'ok');
    } catch (e) {
        console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
}

attempt('two args', function () { dns.lookupService('127.0.0.1', 22); });
attempt('bad address', function () { dns.lookupService('x', 22, function () {}); });
attempt('address number', function () { dns.lookupService(1, 22, function () {}); });
attempt('bad port', function () { dns.lookupService('127.0.0.1', 'a', function () {}); });
attempt('port 70000', function () { dns.lookupService('127.0.0.1', 70000, function () {}); });
attempt('bad callback', function () { dns.lookupService('127.0.0.1', 22, 'x'); });
attempt('promises one arg', function () { dns.promises.lookupService('127.0.0.1'); });
attempt('promises bad port', function () { dns.promises.lookupService('127.0.0.1', -1); });

dns.lookupService('127.0.0.1', 65000, function (err, hostname, service) {
    console.log('loopback', err, typeof hostname, hostname.length > 0, service);
    dns.promises.lookupService('127.0.0.1', '65001').then(function (v) {
        console.log('promise', Object.keys(v).join(','), v.service);
    });
});
