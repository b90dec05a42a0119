// Proves: the resolver API around the queries: Resolver options and setServers validation with
// Node's errors, getServers formatting, argument checks, the module-level functions on the
// default resolver (dns.setServers also moves dns.promises), dns.promises.Resolver and
// require('dns/promises'), promise rejections with the same error shape; cancel() calls back
// later, not from inside cancel().
var dns = require('dns');
var server = require('../fixtures/dns/server.js');

function attempt(label, fn) {
    try {
        var v = fn();
        console.log(label, 'ok', JSON.stringify(v));
    } catch (e) {
        console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
}

attempt('timeout string', function () { return new dns.Resolver({ timeout: 'x' }) && 1; });
attempt('timeout -2', function () { return new dns.Resolver({ timeout: -2 }) && 1; });
attempt('tries 0', function () { return new dns.Resolver({ tries: 0 }) && 1; });
attempt('tries 1.5', function () { return new dns.Resolver({ tries: 1.5 }) && 1; });
var r = new dns.Resolver();
attempt('setServers string', function () { r.setServers('1.2.3.4'); });
attempt('setServers number', function () { r.setServers([5]); });
attempt('setServers bad', function () { r.setServers(['1.2.3.4', 'not-an-ip']); });
attempt('servers', function () {
    r.setServers(['1.2.3.4', '1.2.3.4:5353', '[::1]:5353', '::1', '[2001:db8::2]', '10.0.0.1:53']);
    return r.getServers();
});
attempt('resolve4 number', function () { r.resolve4(5, function () {}); });
attempt('resolve4 no callback', function () { r.resolve4('a.test'); });
attempt('resolve4 bad callback', function () { r.resolve4('a.test', {}, 'x'); });
attempt('resolve rrtype', function () { r.resolve('a.test', 'BOGUS', function () {}); });
attempt('resolve no rrtype or callback', function () { r.resolve('a.test'); });
attempt('resolve rrtype number', function () { r.resolve('a.test', 5, function () {}); });
attempt('reverse bad ip', function () { r.reverse('not-an-ip', function () {}); });
attempt('reverse number', function () { r.reverse(1, function () {}); });
attempt('dns/promises', function () { return require('dns/promises') === dns.promises; });
attempt('classes', function () {
    return [typeof dns.Resolver, typeof dns.promises.Resolver, dns.Resolver === dns.promises.Resolver,
        typeof dns.Resolver.prototype.resolveSrv, typeof dns.promises.Resolver.prototype.reverse];
});
attempt('without new', function () { return dns.Resolver(); });
var c = new dns.Resolver();
c.setServers(['127.0.0.1:9']);
c.resolve4('x.test', function (e) { console.log('cancelled callback', e.code); });
c.cancel();
console.log('after cancel');
process.nextTick(function () { console.log('next tick runs before the cancelled callback'); });
attempt('codes', function () { return [dns.NODATA, dns.TIMEOUT, dns.CANCELLED, dns.promises.NOTFOUND]; });

server.start(function (port, sock) {
    dns.setServers(['127.0.0.1:' + port]);
    var expect = JSON.stringify(['127.0.0.1:' + port]);
    console.log('default', JSON.stringify(dns.getServers()) === expect, JSON.stringify(dns.promises.getServers()) === expect);
    dns.resolve4('a.test', function (err, addrs) {
        console.log('dns.resolve4', err, JSON.stringify(addrs));
        dns.resolveMx('mx.test', function (err2, mx) {
            console.log('dns.resolveMx', err2, JSON.stringify(mx));
            promises();
        });
    });
    function promises() {
        var p = new dns.promises.Resolver();
        p.setServers(['127.0.0.1:' + port]);
        var quick = new dns.promises.Resolver({ timeout: 50, tries: 1 });
        quick.setServers(['127.0.0.1:' + port]);
        var ret = p.resolve4('a.test', { ttl: true });
        console.log('returns a promise', ret instanceof Promise);
        ret.then(function (v) {
            console.log('promises resolve4', JSON.stringify(v));
            return p.resolve('txt.test', 'TXT');
        }).then(function (v) {
            console.log('promises resolve TXT', JSON.stringify(v));
            return p.reverse('192.0.2.5');
        }).then(function (v) {
            console.log('promises reverse', JSON.stringify(v));
            return dns.promises.resolveSrv('_sip._tcp.srv.test');
        }).then(function (v) {
            console.log('dns.promises.resolveSrv', JSON.stringify(v));
            return p.resolveCname('nx.test');
        }).catch(function (e) {
            console.log('rejected', e.message, e.code, e.syscall, e.hostname);
            return quick.resolve4('drop.test');
        }).catch(function (e) {
            console.log('rejected', e.message, e.code, e.syscall, e.hostname);
            attempt('promises resolve4 number', function () { p.resolve4(5); });
            sock.close();
        });
    }
});
