// Proves: a Resolver pointed at a local server returns every record type in Node's shapes:
// A/AAAA (with and without ttl, through a CNAME), CNAME, MX, NS, TXT, SRV, SOA, PTR, CAA, NAPTR,
// ANY, resolve(name, rrtype) and reverse() for IPv4 and IPv6, names decompressed; a truncated
// UDP answer is asked again over TCP; an answer with another id is ignored.
var dns = require('dns');
var server = require('../fixtures/dns/server.js');

server.start(function (port, sock) {
    var r = server.resolver(port);
    var steps = [
        ['resolve4', 'a.test'],
        ['resolve4', 'A.Test', { ttl: true }],
        ['resolve6', 'a.test'],
        ['resolve6', 'a.test', { ttl: true }],
        ['resolve4', 'alias.test'],
        ['resolveCname', 'alias.test'],
        ['resolveMx', 'mx.test'],
        ['resolveNs', 'ns.test'],
        ['resolveTxt', 'txt.test'],
        ['resolveSrv', '_sip._tcp.srv.test'],
        ['resolveSoa', 'soa.test'],
        ['resolvePtr', 'ptr.test'],
        ['resolveCaa', 'caa.test'],
        ['resolveNaptr', 'naptr.test'],
        ['resolveAny', 'any.test'],
        ['resolve', 'a.test'],
        ['resolve', 'mx.test', 'MX'],
        ['resolve', 'txt.test', 'TXT'],
        ['reverse', '192.0.2.5'],
        ['reverse', '2001:db8::1'],
        ['resolveTxt', 'big.test'],
        ['resolve4', 'stray.test']
    ];
    server.steps(steps, function () { return r; }, function (step, err, result) {
        console.log(step.slice(0, 3).map(function (a) { return JSON.stringify(a); }).join(' '));
        console.log(err ? 'error ' + err.message : JSON.stringify(result));
    }, function () {
        console.log('big.test over udp', sock.queries['big.test'], 'over tcp', sock.queries['tcp big.test']);
        sock.close();
    });
});
