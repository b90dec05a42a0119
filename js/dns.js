'use strict';
/* js/dns.js: Node's 'dns' module: lookup and lookupService (getaddrinfo and getnameinfo on the
 * worker pool, internalBinding('dns')) and their dns.promises forms.  The resolver (Resolver,
 * resolve*, reverse, setServers) lives in internal/dns/resolver.js, loaded on first use;
 * docs/api.md lists the gaps. */

var binding = internalBinding('dns');
var errors = require('internal/errors');
var codes = errors.codes;

function isIP(host) {
    return require('net').isIP(host);
}

var RESULT_ORDERS = ['verbatim', 'ipv4first', 'ipv6first'];
var defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
    return defaultResultOrder;
}

function setDefaultResultOrder(order) {
    require('internal/validators').validateOneOf(order, 'dnsOrder', RESULT_ORDERS);
    defaultResultOrder = order;
}

/* Reorders getaddrinfo's [address, family, ...] list in place: one family first, each family
 * keeping its own order. */
function orderAddresses(list, order) {
    if (order === 'verbatim') {
        return list;
    }
    var first = order === 'ipv4first' ? 4 : 6;
    var head = [];
    var tail = [];
    for (var i = 0; i < list.length; i += 2) {
        (list[i + 1] === first ? head : tail).push(list[i], list[i + 1]);
    }
    return head.concat(tail);
}

function lookup(hostname, options, callback) {
    var family = 0;
    var all = false;
    var order = defaultResultOrder;
    if (typeof options === 'function') {
        callback = options;
    } else if (typeof options === 'number') {
        family = options;
    } else if (options !== null && typeof options === 'object') {
        family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family >>> 0);
        all = options.all === true;
        if (options.verbatim !== undefined) {
            require('internal/validators').validateBoolean(options.verbatim, 'options.verbatim');
            order = options.verbatim ? 'verbatim' : 'ipv4first';
        }
        if (options.order !== undefined) {
            require('internal/validators').validateOneOf(options.order, 'options.order', RESULT_ORDERS);
            order = options.order;
        }
    }
    if (typeof callback !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('hostname', 'string', hostname);
    }
    if (family !== 0 && family !== 4 && family !== 6) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
    }
    if (!hostname) {
        process.nextTick(function () {
            if (all) {
                callback(null, []);
            } else {
                callback(null, null, family === 6 ? 6 : 4);
            }
        });
        return {};
    }
    var literal = isIP(hostname);
    if (literal) {
        process.nextTick(function () {
            if (all) {
                callback(null, [{ address: hostname, family: literal }]);
            } else {
                callback(null, hostname, literal);
            }
        });
        return {};
    }
    var err = binding.lookup(hostname, family, function (status, list) {
        if (status < 0) {
            callback(errors.dnsException(status, 'getaddrinfo', hostname));
            return;
        }
        list = orderAddresses(list, order);
        if (all) {
            var out = [];
            for (var i = 0; i < list.length; i += 2) {
                out.push({ address: list[i], family: list[i + 1] });
            }
            callback(null, out);
        } else if (list.length === 0) {
            callback(errors.dnsException(-3008, 'getaddrinfo', hostname));
        } else {
            callback(null, list[0], list[1]);
        }
    });
    if (err < 0) {
        throw errors.dnsException(err, 'getaddrinfo', hostname);
    }
    return {};
}

function lookupService(address, port, callback) {
    if (arguments.length !== 3) {
        throw new codes.ERR_MISSING_ARGS('address', 'port', 'callback');
    }
    var validators = require('internal/validators');
    if (isIP(address) === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('address', address);
    }
    validators.validatePort(port);
    validators.validateFunction(callback, 'callback');
    var err = binding.lookupService(address, +port, function (status, hostname, service) {
        if (status < 0) {
            callback(errors.dnsException(status, 'getnameinfo', address));
        } else {
            callback(null, hostname, service);
        }
    });
    if (err < 0) {
        throw errors.dnsException(err, 'getnameinfo', address);
    }
    return {};
}

/* The default resolver's methods, and the Resolver classes, load internal/dns/resolver.js only
 * when first used. */
var RESOLVER_FUNCTIONS = [
    'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
    'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
    'resolveTxt', 'reverse'
];
var ERROR_CODES = [
    'NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
    'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION',
    'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
    'ADDRGETNETWORKPARAMS', 'CANCELLED'
];

function resolverModule() {
    return require('internal/dns/resolver');
}

function defaultCall(promises, name) {
    return function () {
        var resolver = resolverModule().getDefault(promises);
        return resolver[name].apply(resolver, arguments);
    };
}

/* Completes `target` (holding lookup and lookupService) into the dns or dns.promises API, in
 * the order of Node's keys: Resolver, the result order, setServers, the error codes and the
 * default resolver's functions. */
function addResolverApi(target, promises) {
    Object.defineProperty(target, 'Resolver', {
        enumerable: true,
        configurable: true,
        get: function () {
            var m = resolverModule();
            return promises ? m.PromisesResolver : m.Resolver;
        }
    });
    target.getDefaultResultOrder = getDefaultResultOrder;
    target.setDefaultResultOrder = setDefaultResultOrder;
    target.setServers = defaultCall(promises, 'setServers');
    if (!promises) {
        target.ADDRCONFIG = 1024;
        target.ALL = 256;
        target.V4MAPPED = 2048;
    }
    ERROR_CODES.forEach(function (code) {
        target[code] = 'E' + code;
    });
    RESOLVER_FUNCTIONS.forEach(function (name) {
        target[name] = defaultCall(promises, name);
    });
    return target;
}

function promisesLookup(hostname, options) {
    return new Promise(function (resolve, reject) {
        lookup(hostname, options || {}, function (err, address, family) {
            if (err) {
                reject(err);
            } else if (Array.isArray(address)) {
                resolve(address);
            } else {
                resolve({ address: address, family: family });
            }
        });
    });
}

function promisesLookupService(address, port) {
    if (arguments.length !== 2) {
        throw new codes.ERR_MISSING_ARGS('address', 'port');
    }
    /* Bad arguments throw here, as in Node, rather than reject. */
    var settle;
    var promise = new Promise(function (resolve, reject) {
        settle = function (err, hostname, service) {
            if (err) {
                reject(err);
            } else {
                resolve({ hostname: hostname, service: service });
            }
        };
    });
    lookupService(address, port, function (err, hostname, service) {
        settle(err, hostname, service);
    });
    return promise;
}

var promises = addResolverApi({
    lookup: promisesLookup,
    lookupService: promisesLookupService
}, true);

module.exports = addResolverApi({
    lookup: lookup,
    lookupService: lookupService
}, false);
module.exports.promises = promises;
