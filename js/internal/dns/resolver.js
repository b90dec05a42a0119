'use strict';
/* js/internal/dns/resolver.js: Node's DNS resolver (dns.Resolver, dns.resolve*, dns.reverse,
 * setServers/getServers and their promise forms), a stub resolver in JavaScript over 'dgram'
 * that behaves like the c-ares channel Node uses: one UDP query at a time per request, sent to
 * each server in turn, `tries` rounds, the timeout doubling each round, refused sends moving on
 * to the next server and SERVFAIL, REFUSED and NOTIMP answers to the next server of the round.  Loaded by js/dns.js on the
 * first resolver call, so require('dns') alone stays small.  A truncated UDP answer is asked
 * again over TCP. */

var dgram = require('dgram');
var errors = require('internal/errors');
var validators = require('internal/validators');
var wire = require('internal/dns/wire');
var codes = errors.codes;
var TYPES = wire.TYPES;

var kState = Symbol('kState');
var DNS_PORT = 53;
var DEFAULT_TIMEOUT = 5000;
var DEFAULT_TRIES = 4;

function isIP(s) {
    return require('net').isIP(s);
}

/* The nameservers and options of /etc/resolv.conf as c-ares reads them; 127.0.0.1 when the
 * file names none. */
var systemConf;
function readSystemConf() {
    if (systemConf !== undefined) {
        return systemConf;
    }
    systemConf = { servers: [], timeout: -1, tries: -1 };
    var text = '';
    try {
        text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    } catch (e) {
        /* No file: the defaults below. */
    }
    text.split('\n').forEach(function (line) {
        var words = line.replace(/[#;].*/, '').trim().split(/\s+/);
        if (words[0] === 'nameserver' && words[1]) {
            var addr = words[1].replace(/%.*/, '');
            var family = isIP(addr);
            if (family) systemConf.servers.push([family, addr, DNS_PORT]);
        } else if (words[0] === 'options') {
            for (var i = 1; i < words.length; i++) {
                var m = /^(timeout|attempts):(\d+)$/.exec(words[i]);
                if (m && m[1] === 'timeout') systemConf.timeout = Number(m[2]) * 1000;
                if (m && m[1] === 'attempts' && Number(m[2]) > 0) systemConf.tries = Number(m[2]);
            }
        }
    });
    if (systemConf.servers.length === 0) {
        systemConf.servers.push([4, '127.0.0.1', DNS_PORT]);
    }
    return systemConf;
}

/* ------------------------------------------------------------------------------------------ */
/* One request: a question asked of the servers until one answers or the tries run out. */

function Request(state, name, type, onDone) {
    this.state = state;
    this.servers = state.servers.slice();
    this.type = type;
    this.name = name;
    this.onDone = onDone;
    this.attempt = 0;
    this.status = 'ECONNREFUSED';
    this.socket = null;
    this.timer = null;
    this.id = 0;
    this.done = false;
    this.tcp = false;
}

Request.prototype.start = function () {
    if (this.servers.length === 0) {
        this.finish('ECONNREFUSED');
        return;
    }
    this.send();
};

Request.prototype.send = function () {
    var self = this;
    var server = this.servers[this.attempt % this.servers.length];
    var round = Math.floor(this.attempt / this.servers.length);
    this.id = Math.floor(Math.random() * 65536);
    var packet = wire.buildQuery(this.id, this.name, this.type);
    var socket = this.tcp ? sendTcp(this, server, packet) : sendUdp(this, server, packet);
    this.socket = socket;
    socket.on('error', function (err) {
        if (self.socket === socket) self.next(err.code === 'ECONNREFUSED' ? err.code : self.status);
    });
    this.timer = setTimeout(function () {
        self.next('ETIMEOUT');
    }, this.state.timeout * Math.pow(2, round));
};

/* Sends `packet` to `server` from a connected UDP socket; returns the socket. */
function sendUdp(req, server, packet) {
    var socket = dgram.createSocket(server[0] === 6 ? 'udp6' : 'udp4');
    socket.on('message', function (msg) {
        if (req.socket === socket) req.onMessage(msg);
    });
    socket.connect(server[2], server[1], function () {
        if (req.socket !== socket) return;
        socket.send(packet, function (err) {
            if (err && req.socket === socket) req.next('ECONNREFUSED');
        });
    });
    return socket;
}

/* Sends `packet` over TCP with its two-byte length (RFC 1035 4.2.2), for an answer that was
 * truncated over UDP; returns the net.Socket. */
function sendTcp(req, server, packet) {
    var socket = require('net').connect(server[2], server[1]);
    var received = Buffer.alloc(0);
    socket.on('connect', function () {
        socket.write(Buffer.concat([Buffer.from([packet.length >> 8, packet.length & 0xff]), packet]));
    });
    socket.on('data', function (data) {
        received = Buffer.concat([received, data]);
        if (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0) &&
            req.socket === socket) {
            req.onMessage(received.slice(2, 2 + received.readUInt16BE(0)));
        }
    });
    socket.on('end', function () {
        if (req.socket === socket) req.next(req.status);
    });
    return socket;
}

Request.prototype.closeSocket = function () {
    if (this.timer !== null) {
        clearTimeout(this.timer);
        this.timer = null;
    }
    if (this.socket !== null) {
        var socket = this.socket;
        this.socket = null;
        if (this.tcp) {
            socket.destroy();
            return;
        }
        try {
            socket.close();
        } catch (e) {
            /* Already closed by an error. */
        }
    }
};

/* Moves on to the next server or round; `status` is what the request ends with if this was the
 * last try. */
Request.prototype.next = function (status) {
    this.closeSocket();
    this.status = status;
    this.attempt++;
    if (this.attempt >= this.servers.length * this.state.tries) {
        this.finish(status);
    } else {
        this.send();
    }
};

Request.prototype.onMessage = function (buf) {
    var msg;
    try {
        msg = wire.parseMessage(buf);
    } catch (e) {
        return;
    }
    /* Not our answer: a stray or spoofed packet is ignored, as c-ares does. */
    if (msg.id !== this.id || (msg.flags & 0x8000) === 0 || msg.question === null ||
        msg.question.type !== this.type || !wire.sameName(msg.question.name, this.name)) {
        return;
    }
    /* A truncated answer is asked again over TCP, of the same server and as the same try. */
    if ((msg.flags & 0x0200) !== 0 && !this.tcp) {
        this.closeSocket();
        this.tcp = true;
        this.send();
        return;
    }
    /* A server that refuses or fails is not asked again: the request moves on to the servers
     * left in this round, and ends with the error after the last one (Node 20's c-ares). */
    if ((msg.rcode === 2 || msg.rcode === 4 || msg.rcode === 5) &&
        this.attempt % this.servers.length !== this.servers.length - 1) {
        this.next(wire.RCODE_ERRORS[msg.rcode]);
        return;
    }
    this.closeSocket();
    if (msg.rcode !== 0) {
        this.finish(wire.RCODE_ERRORS[msg.rcode] || 'EBADRESP');
    } else if (msg.answers.length === 0) {
        this.finish('ENODATA');
    } else {
        this.finish(null, buf, msg);
    }
};

Request.prototype.finish = function (status, buf, msg) {
    if (this.done) return;
    this.done = true;
    this.closeSocket();
    var i = this.state.pending.indexOf(this);
    if (i >= 0) this.state.pending.splice(i, 1);
    this.onDone(status, buf, msg);
};

/* Ends the request with ECANCELLED; its callback runs later, as Node queues c-ares's. */
Request.prototype.cancel = function () {
    var self = this;
    var onDone = this.onDone;
    this.onDone = function () {};
    this.finish('ECANCELLED');
    setImmediate(function () {
        onDone.call(self, 'ECANCELLED');
    });
};

/* ------------------------------------------------------------------------------------------ */
/* The Resolver and its query methods */

function ResolverBase(options) {
    if (options === undefined) options = {};
    validators.validateObject(options, 'options');
    var timeout = options.timeout === undefined ? -1 : options.timeout;
    var tries = options.tries === undefined ? DEFAULT_TRIES : options.tries;
    validators.validateInt32(timeout, 'options.timeout', -1);
    validators.validateInt32(tries, 'options.tries', 1);
    var conf = readSystemConf();
    if (timeout === -1) timeout = conf.timeout >= 0 ? conf.timeout : DEFAULT_TIMEOUT;
    if (options.tries === undefined && conf.tries > 0) tries = conf.tries;
    Object.defineProperty(this, kState, {
        configurable: true,
        writable: true,
        value: { servers: conf.servers.slice(), timeout: timeout, tries: tries, pending: [] }
    });
}

ResolverBase.prototype.cancel = function cancel() {
    var pending = this[kState].pending.slice();
    for (var i = 0; i < pending.length; i++) pending[i].cancel();
};

ResolverBase.prototype.getServers = function getServers() {
    return this[kState].servers.map(function (s) {
        if (s[2] === DNS_PORT) return s[1];
        return (s[0] === 6 ? '[' + s[1] + ']' : s[1]) + ':' + s[2];
    });
};

ResolverBase.prototype.setServers = function setServers(servers) {
    validators.validateArray(servers, 'servers');
    var list = [];
    servers.forEach(function (serv, index) {
        validators.validateString(serv, 'servers[' + index + ']');
        var family = isIP(serv);
        if (family !== 0) {
            list.push([family, serv, DNS_PORT]);
            return;
        }
        var bracket = /^\[([^[\]]*)\]/.exec(serv);
        if (bracket && isIP(bracket[1]) !== 0) {
            var port = parseInt(serv.replace(/(^.+?)(?::(\d+))?$/, '$2'), 10) || DNS_PORT;
            list.push([isIP(bracket[1]), bracket[1], port]);
            return;
        }
        var m = /(^.+?)(?::(\d+))?$/.exec(serv);
        if (m && isIP(m[1]) !== 0) {
            list.push([isIP(m[1]), m[1], parseInt(m[2] || DNS_PORT, 10)]);
            return;
        }
        throw new codes.ERR_INVALID_IP_ADDRESS(serv);
    });
    if (this[kState].pending.length > 0) {
        throw new codes.ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
    this[kState].servers = list;
};

ResolverBase.prototype.setLocalAddress = function setLocalAddress(ipv4, ipv6) {
    validators.validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validators.validateString(ipv6, 'ipv6');
};

/* The name as c-ares is given it: Node passes it through domainToASCII, which lower-cases. */
function toASCII(name) {
    if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
    var ascii = require('internal/idna').toASCII(name);
    return ascii === null ? '' : ascii;
}

/* Asks for `rrtype` records of `name` and calls done(err, result). */
function query(resolver, name, rrtype, ttl, syscall, done) {
    var type = TYPES[rrtype];
    /* The root's final dot is implied; a second one is an empty label, so EBADNAME. */
    var qname = toASCII(name).replace(/\.$/, '');
    var state = resolver[kState];
    var req = new Request(state, qname, type, function (status, buf, msg) {
        var result;
        if (status === null) {
            try {
                result = rrtype === 'ANY' ? parseAny(buf, msg) : wire.parseAnswer(buf, msg, type, ttl);
            } catch (e) {
                if (typeof e !== 'string') throw e;
                status = e;
            }
        }
        if (status !== null) {
            done(errors.dnsException(status, syscall, name));
        } else {
            done(null, result);
        }
    });
    if (wire.buildQuery(0, qname, type) === null) {
        process.nextTick(function () { req.finish('EBADNAME'); });
        return;
    }
    state.pending.push(req);
    req.start();
}

/* resolveAny: every record of the answer, typed, in the order Node's parsers run.  As in c-ares,
 * a CNAME for the name stands in for its A records. */
function parseAny(buf, msg) {
    var out = [];
    function push(list, type) {
        list.forEach(function (rec) {
            rec.type = type;
            out.push(rec);
        });
    }
    var cname = wire.cnameTarget(buf, msg);
    if (cname !== null) {
        push([{ value: cname }], 'CNAME');
    } else {
        push(wire.parseAddresses(buf, msg, TYPES.A, true), 'A');
    }
    push(wire.parseAddresses(buf, msg, TYPES.AAAA, true), 'AAAA');
    ['MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'].forEach(function (name) {
        push(wire.ofType(msg.answers, TYPES[name]).map(function (rr) {
            if (name === 'NS' || name === 'PTR') return { value: wire.parseRecord(buf, rr) };
            if (name === 'TXT') return { entries: wire.parseTxt(buf, rr) };
            return wire.parseRecord(buf, rr);
        }), name);
    });
    if (out.length === 0) throw 'ENODATA';
    return out;
}

/* The in-addr.arpa or ip6.arpa name of an address, or null for a non-address. */
function reverseName(ip) {
    var family = isIP(ip);
    if (family === 4) {
        return ip.split('.').reverse().join('.') + '.in-addr.arpa';
    }
    if (family !== 6) {
        return null;
    }
    var halves = ip.split('::');
    var toWords = function (s) {
        if (s === '') return [];
        var parts = s.split(':');
        var last = parts[parts.length - 1];
        if (last.indexOf('.') >= 0) {
            var b = last.split('.').map(Number);
            parts.splice(-1, 1, ((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16));
        }
        return parts;
    };
    var head = toWords(halves[0]);
    var tail = halves.length > 1 ? toWords(halves[1]) : [];
    var words = head.concat(new Array(8 - head.length - tail.length + 1).join('0').split(''), tail);
    var nibbles = words.map(function (w) { return ('0000' + w).slice(-4); }).join('').split('');
    return nibbles.reverse().join('.') + '.ip6.arpa';
}

var SYSCALLS = {
    ANY: 'queryAny', A: 'queryA', AAAA: 'queryAaaa', CAA: 'queryCaa', CNAME: 'queryCname',
    MX: 'queryMx', NS: 'queryNs', TXT: 'queryTxt', SRV: 'querySrv', PTR: 'queryPtr',
    NAPTR: 'queryNaptr', SOA: 'querySoa'
};

/* The names /etc/hosts gives `ip`, merged over its lines as c-ares merges them; null when it
 * gives none.  `key` is the address's reverseName(), which makes IPv6 spellings compare. */
function hostsNames(key) {
    var text;
    try {
        text = require('fs').readFileSync('/etc/hosts', 'latin1');
    } catch (e) {
        return null;
    }
    var names = null;
    text.split('\n').forEach(function (line) {
        var words = line.replace(/#.*/, '').trim().split(/\s+/);
        if (words.length < 2 || reverseName(words[0]) !== key) return;
        names = names || [];
        for (var i = 1; i < words.length; i++) {
            if (names.indexOf(words[i]) < 0) names.push(words[i]);
        }
    });
    return names;
}

/* reverse(ip): /etc/hosts first, then a PTR query whose errors all read ENOTFOUND, as
 * ares_gethostbyaddr's do.  Node reports the hostent's aliases: for a hosts entry, every name
 * after the first. */
function reverseWith(resolver, ip, done) {
    var ptr = reverseName(ip);
    if (ptr === null) {
        throw errors.dnsException(-22, 'getHostByAddr', ip);
    }
    var local = hostsNames(ptr);
    if (local !== null) {
        process.nextTick(done, null, local.slice(1));
        return;
    }
    query(resolver, ptr, 'PTR', false, 'getHostByAddr', function (err, names) {
        if (err && err.code !== 'ECANCELLED') {
            err = errors.dnsException('ENOTFOUND', 'getHostByAddr', ip);
        } else if (err) {
            err = errors.dnsException(err.code, 'getHostByAddr', ip);
        }
        done(err, names);
    });
}

function callbackWrap(argc, name, options, callback, run) {
    if (argc === 2) {
        callback = options;
        options = undefined;
    }
    validators.validateString(name, 'name');
    validators.validateFunction(callback, 'callback');
    run(!!(options && options.ttl), callback);
    return {};
}

function promiseWrap(argc, name, options, callback, run) {
    validators.validateString(name, 'name');
    var ttl = !!(options && options.ttl);
    return new Promise(function (resolve, reject) {
        run(ttl, function (err, result) {
            if (err) reject(err); else resolve(result);
        });
    });
}

var RRTYPES = ['ANY', 'A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA'];
var METHODS = {
    ANY: 'resolveAny', A: 'resolve4', AAAA: 'resolve6', CAA: 'resolveCaa', CNAME: 'resolveCname',
    MX: 'resolveMx', NS: 'resolveNs', TXT: 'resolveTxt', SRV: 'resolveSrv', PTR: 'resolvePtr',
    NAPTR: 'resolveNaptr', SOA: 'resolveSoa'
};

/* Builds a Resolver class whose methods answer through `wrap` (callbacks or promises). */
function makeResolver(wrap, promises) {
    function Resolver(options) {
        if (!(this instanceof Resolver)) {
            throw new TypeError("Class constructor Resolver cannot be invoked without 'new'");
        }
        ResolverBase.call(this, options);
    }
    Resolver.prototype = Object.create(ResolverBase.prototype, {
        constructor: { value: Resolver, writable: true, configurable: true }
    });
    RRTYPES.forEach(function (rrtype) {
        Resolver.prototype[METHODS[rrtype]] = function (name, options, callback) {
            var self = this;
            return wrap(arguments.length, name, options, callback, function (ttl, done) {
                query(self, name, rrtype, ttl, SYSCALLS[rrtype], done);
            });
        };
    });
    Resolver.prototype.reverse = function reverse(ip, callback) {
        validators.validateString(ip, 'name');
        var self = this;
        if (promises) {
            return new Promise(function (resolve, reject) {
                reverseWith(self, ip, function (err, names) {
                    if (err) reject(err); else resolve(names);
                });
            });
        }
        validators.validateFunction(callback, 'callback');
        reverseWith(this, ip, callback);
        return {};
    };
    Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
        if (!promises && typeof rrtype === 'function') {
            callback = rrtype;
            rrtype = 'A';
        } else if (promises && rrtype === undefined) {
            rrtype = 'A';
        } else {
            validators.validateString(rrtype, 'rrtype');
        }
        if (!Object.prototype.hasOwnProperty.call(METHODS, rrtype)) {
            throw new codes.ERR_INVALID_ARG_VALUE('rrtype', rrtype);
        }
        var method = this[METHODS[rrtype]];
        return promises ? method.call(this, hostname) : method.call(this, hostname, callback);
    };
    return Resolver;
}

var Resolver = makeResolver(callbackWrap, false);
var PromisesResolver = makeResolver(promiseWrap, true);

var defaultResolver;
var defaultPromisesResolver;

/* The resolvers behind dns.resolve* and dns.promises.resolve*; setServers on either changes
 * both, as in Node. */
function getDefault(promises) {
    if (defaultResolver === undefined) {
        defaultResolver = new Resolver();
        defaultPromisesResolver = new PromisesResolver();
        defaultPromisesResolver[kState] = defaultResolver[kState];
    }
    return promises ? defaultPromisesResolver : defaultResolver;
}

module.exports = {
    Resolver: Resolver,
    PromisesResolver: PromisesResolver,
    getDefault: getDefault
};
