'use strict';
/* js/tls.js: Node's 'tls' module: connect, createServer, TLSSocket and Server (js/_tls_wrap.js)
 * over mbedTLS, createSecureContext (js/_tls_common.js), checkServerIdentity and the root
 * certificates (the system bundle, read when first asked for).  TLS 1.2 only.  Differences from
 * Node 20 are listed in docs/api.md. */

var net = require('net');
var errors = require('internal/errors');
var common = require('_tls_common');
var wrap = require('_tls_wrap');

var codes = errors.codes;

/* Splits a host name into lower-case labels, without a trailing dot. */
function splitHost(host) {
    return unfqdn(host).toLowerCase().split('.');
}

function unfqdn(host) {
    return host.replace(/[.]$/, '');
}

/* Whether the host labels match a certificate name, '*' standing for one whole or partial
 * left-most label (RFC 6125 as Node applies it: not in IDNA labels, not for a bare TLD). */
function matchName(hostParts, pattern) {
    if (!pattern) {
        return false;
    }
    var parts = splitHost(pattern);
    if (parts.length !== hostParts.length || parts.indexOf('') !== -1) {
        return false;
    }
    for (var k = 0; k < parts.length; k++) {
        if (/[^\u0021-\u007F]/.test(parts[k])) {
            return false;
        }
    }
    for (var i = parts.length - 1; i > 0; i--) {
        if (parts[i] !== hostParts[i]) {
            return false;
        }
    }
    var first = parts[0];
    var pieces = first.split('*');
    if (pieces.length === 1 || first.indexOf('xn--') !== -1) {
        return hostParts[0] === first;
    }
    if (pieces.length > 2 || parts.length <= 2) {
        return false;
    }
    var label = hostParts[0];
    return pieces[0].length + pieces[1].length <= label.length &&
        label.slice(0, pieces[0].length) === pieces[0] &&
        label.slice(label.length - pieces[1].length) === pieces[1];
}

/* Splits subjectaltname at ', ' outside double quotes (OpenSSL quotes names with commas). */
function splitAltNames(text) {
    if (text.indexOf('"') === -1) {
        return text.split(', ');
    }
    var out = [];
    var cur = '';
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
        var ch = text[i];
        if (ch === '"') {
            quoted = !quoted;
        } else if (ch === '\\' && quoted && i + 1 < text.length) {
            cur += text[++i];
        } else if (!quoted && text.slice(i, i + 2) === ', ') {
            out.push(cur);
            cur = '';
            i++;
        } else {
            cur += ch;
        }
    }
    if (quoted) {
        throw new codes.ERR_TLS_CERT_ALTNAME_FORMAT();
    }
    out.push(cur);
    return out;
}

/* Writes an IP address as one canonical text, so '::1' and '0:0:0:0:0:0:0:1' compare equal. */
function canonicalIP(ip) {
    if (net.isIPv4(ip)) {
        return ip;
    }
    var halves = ip.toLowerCase().split('::');
    var head = halves[0] ? halves[0].split(':') : [];
    var tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
    var groups = head;
    if (halves.length > 1) {
        var fill = 8 - head.length - tail.length;
        for (var i = 0; i < fill; i++) {
            groups.push('0');
        }
        groups = groups.concat(tail);
    }
    return groups.map(function (g) { return String(parseInt(g, 16)); }).join(':');
}

/* tls.checkServerIdentity(hostname, cert): undefined when cert names hostname, otherwise the
 * ERR_TLS_CERT_ALTNAME_INVALID error to report. */
function checkServerIdentity(hostname, cert) {
    var subject = cert.subject;
    var altNames = cert.subjectaltname;
    var dnsNames = [];
    var ips = [];
    hostname = '' + hostname;
    if (altNames) {
        var names = splitAltNames(altNames);
        for (var i = 0; i < names.length; i++) {
            if (names[i].indexOf('DNS:') === 0) {
                dnsNames.push(names[i].slice(4));
            } else if (names[i].indexOf('IP Address:') === 0) {
                ips.push(canonicalIP(names[i].slice(11)));
            }
        }
    }
    var valid = false;
    var reason = 'Unknown reason';
    hostname = unfqdn(hostname);
    if (net.isIP(hostname)) {
        valid = ips.indexOf(canonicalIP(hostname)) !== -1;
        if (!valid) {
            reason = 'IP: ' + hostname + " is not in the cert's list: " + ips.join(', ');
        }
    } else if (dnsNames.length > 0 || (subject && subject.CN)) {
        var hostParts = splitHost(hostname);
        var match = function (pattern) { return matchName(hostParts, pattern); };
        if (dnsNames.length > 0) {
            valid = dnsNames.some(match);
            if (!valid) {
                reason = 'Host: ' + hostname + ". is not in the cert's altnames: " + altNames;
            }
        } else {
            var cn = subject.CN;
            valid = Array.isArray(cn) ? cn.some(match) : match(cn);
            if (!valid) {
                reason = 'Host: ' + hostname + ". is not cert's CN: " + cn;
            }
        }
    } else {
        reason = 'Cert does not contain a DNS name';
    }
    if (!valid) {
        return new codes.ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
    }
    return undefined;
}

function getCiphers() {
    return ['aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha',
            'aes256-sha256', 'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384',
            'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256',
            'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-chacha20-poly1305'];
}

/* tls.convertALPNProtocols(protocols, out): out.ALPNProtocols in the wire format. */
function convertALPNProtocols(protocols, out) {
    out.ALPNProtocols = common.alpnWire(protocols);
}

var tls = {
    CLIENT_RENEG_LIMIT: 3,
    CLIENT_RENEG_WINDOW: 600,
    DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
        'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
        'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
        'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
        'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:' +
        '!MD5:!PSK:!SRP:!CAMELLIA',
    DEFAULT_ECDH_CURVE: 'auto',
    DEFAULT_MIN_VERSION: 'TLSv1.2',
    DEFAULT_MAX_VERSION: 'TLSv1.2',
    getCiphers: getCiphers,
    rootCertificates: undefined,
    convertALPNProtocols: convertALPNProtocols,
    checkServerIdentity: checkServerIdentity,
    createSecureContext: common.createSecureContext,
    SecureContext: common.SecureContext,
    TLSSocket: wrap.TLSSocket,
    Server: wrap.Server,
    createServer: wrap.createServer,
    connect: wrap.connect,
    createSecurePair: function createSecurePair() {
        throw require('internal/unsupported').notSupported('TLS', 'tls.createSecurePair');
    }
};

Object.defineProperty(tls, 'rootCertificates', {
    configurable: false,
    enumerable: true,
    get: common.getRootCertificates
});

module.exports = tls;
