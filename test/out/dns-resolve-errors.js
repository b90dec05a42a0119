// Proves: resolver failures carry Node's shape (message, code, syscall, hostname, errno):
// NXDOMAIN is ENOTFOUND, SERVFAIL (retried) is ESERVFAIL, REFUSED is EREFUSED, an empty answer
// or one without the asked type is ENODATA, silence is ETIMEOUT after `tries` sends, a closed
// port is ECONNREFUSED, a bad name is EBADNAME, reverse() failures are ENOTFOUND, cancel() ends
// pending queries with ECANCELLED.
var dns = require('dns');
var server = require('../fixtures/dns/server.js');

function show(label, err, result) {
    if (!err) {
        console.log(label, 'ok', JSON.stringify(result));
        return;
    }
    console.log(label, JSON.stringify(err.message), err.code, err.syscall, err.hostname,
        err.errno, Object.keys(err).join(','));
}

server.start(function (port, sock) {
    // Only the query nobody answers uses the short timeout, so a loaded machine changes nothing.
    var r = server.resolver(port);
    var quick = server.resolver(port, { timeout: 50, tries: 2 });
    var steps = [
        ['resolve4', 'nx.test'],
        ['resolveMx', 'fail.test'],
        ['resolveTxt', 'refused.test'],
        ['resolve6', 'empty.test'],
        ['resolve4', 'mixed.test'],
        ['resolveSoa', 'mx.test'],
        ['resolve4', 'drop.test'],
        ['resolve4', 'bad..name'],
        ['reverse', '192.0.2.99'],
        ['reverse', '192.0.2.5'],
        ['resolveNs', 'nx.test']
    ];
    function refused() {
        server.deadPort(function (deadPort) {
            var r2 = new dns.Resolver({ tries: 1 });
            r2.setServers(['127.0.0.1:' + deadPort]);
            r2.resolve4('a.test', function (err, result) {
                show('refused port', err, result);
                cancel();
            });
        });
    }
    function cancel() {
        var r3 = server.resolver(port);
        var n = 0;
        function done(label) {
            return function (err, result) {
                show(label, err, result);
                if (++n === 2) sock.close();
            };
        }
        r3.resolve4('drop.test', done('cancel resolve4'));
        r3.reverse('192.0.2.1', done('cancel reverse'));
        r3.cancel();
    }
    server.steps(steps, function (step) {
        return step[1] === 'drop.test' ? quick : r;
    }, function (step, err, result) {
        show(step[0] + ' ' + step[1], err, result);
    }, function () {
        console.log('queries fail.test', sock.queries['fail.test'], 'drop.test', sock.queries['drop.test']);
        refused();
    });
});
