// Proves: names and servers at the edges: a final dot is allowed, an empty label or one over 63
// bytes is EBADNAME, '' and '.' ask for the root, non-ASCII names go out as punycode, upper case
// goes out lower-cased; a refusing first server fails over to the next; SERVFAIL is not retried
// on the same server; setServers with a query pending throws ERR_DNS_SET_SERVERS_FAILED;
// reverse() of a loopback address answers from /etc/hosts without a query.
var dns = require('dns');
var server = require('../fixtures/dns/server.js');

server.start(function (port, sock) {
    var r = server.resolver(port);
    var quick = server.resolver(port, { timeout: 50, tries: 1 });
    var steps = [
        ['resolve4', 'a.test.'], ['resolve4', 'a.test..'], ['resolve4', ''], ['resolve4', '.'],
        ['resolve4', 'ä.test'], ['resolve4', 'ALIAS.TEST'], ['resolve4', new Array(65).join('x') + '.test'],
        ['resolveTxt', 'nx.test']
    ];
    function reverse() {
        r.reverse('127.0.0.1', function (err, names) {
            console.log('reverse 127.0.0.1', err, Array.isArray(names), sock.queries['1.0.0.127.in-addr.arpa']);
            pending();
        });
    }
    function pending() {
        quick.resolve4('drop.test', function (err) {
            console.log('drop', err && err.code);
            failover();
        });
        try {
            quick.setServers(['192.0.2.53']);
        } catch (e) {
            console.log(e.name, e.code, e.message);
        }
        console.log('servers kept', quick.getServers()[0] === '127.0.0.1:' + port);
    }
    function failover() {
        server.deadPort(function (deadPort) {
            var r2 = new dns.Resolver({ tries: 1 });
            r2.setServers(['127.0.0.1:' + deadPort, '127.0.0.1:' + port]);
            r2.resolve4('a.test', function (err, res) {
                console.log('failover', err, JSON.stringify(res));
                var r3 = server.resolver(port, { tries: 3 });
                r3.resolve4('fail.test', function (err2) {
                    console.log('servfail', err2.code, 'queries', sock.queries['fail.test']);
                    sock.close();
                });
            });
        });
    }
    server.steps(steps, function () { return r; }, function (s, err, res) {
        console.log(s[0], JSON.stringify(s[1]), err ? err.message + ' ' + err.code : JSON.stringify(res));
    }, reverse);
});
