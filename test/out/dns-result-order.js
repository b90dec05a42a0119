// Proves: dns.getDefaultResultOrder/setDefaultResultOrder (also on dns.promises) with Node's
// validation, and lookup's `order` and `verbatim` options: the family asked for comes first.
var dns = require('dns');

function attempt(label, fn) {
    try {
        console.log(label, 'ok', JSON.stringify(fn()));
    } catch (e) {
        console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
}

function sorted(list, first) {
    var seenOther = false;
    return list.every(function (a) {
        if (a.family !== first) seenOther = true;
        return a.family !== first || !seenOther;
    });
}

attempt('default', function () { return dns.getDefaultResultOrder(); });
attempt('set bad', function () { dns.setDefaultResultOrder('x'); });
attempt('set ipv4first', function () {
    dns.promises.setDefaultResultOrder('ipv4first');
    return [dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder()];
});
attempt('order bad', function () { dns.lookup('localhost', { order: 'x' }, function () {}); });
attempt('verbatim bad', function () { dns.lookup('localhost', { verbatim: 1 }, function () {}); });
dns.lookup('localhost', { all: true }, function (err, list) {
    console.log('default ipv4first', err, sorted(list, 4));
    dns.lookup('localhost', { all: true, order: 'ipv6first' }, function (err2, list2) {
        console.log('ipv6first', err2, sorted(list2, 6));
        dns.promises.lookup('localhost', { all: true, verbatim: false }).then(function (list3) {
            console.log('verbatim false', sorted(list3, 4));
        });
    });
});
