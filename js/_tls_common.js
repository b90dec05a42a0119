'use strict';
/* js/_tls_common.js: Node's _tls_common: SecureContext and createSecureContext over
 * internalBinding('tls_wrap').SecureContext (credentials shared by connections: CA chain, own
 * certificate and key), and the system's root certificates, read on first use from Debian's
 * bundle.  Only TLS 1.2 is negotiated (mbedTLS 2.28); the version options are validated as
 * Node validates them.  Differences from Node 20 are listed in docs/api.md. */

var binding = internalBinding('tls_wrap');
var errors = require('internal/errors');
var codes = errors.codes;
var Buffer = require('buffer').Buffer;

var CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
var VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

var rootCerts = null;
var defaultContext = null;
var kNeedsRoots = Symbol('needsRoots');

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
    if (!(this instanceof SecureContext)) {
        return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
    }
    this.context = new binding.SecureContext();
    this.minVersion = minVersion;
    this.maxVersion = maxVersion;
    /* Made without ca it trusts the system roots, as Node's does; they are parsed only when a
     * connection needs them (useRootsIfNeeded). */
    this[kNeedsRoots] = true;
}

function isSecureContext(value) {
    return value instanceof SecureContext;
}

function validateVersion(value, name) {
    if (value === undefined) {
        return;
    }
    if (VERSIONS.indexOf(value) === -1) {
        throw new codes.ERR_TLS_INVALID_PROTOCOL_VERSION(value, name);
    }
}

/* Returns the PEM blocks of the system bundle, read once; an empty list when there is none. */
function getRootCertificates() {
    if (rootCerts === null) {
        var text = '';
        try {
            text = require('fs').readFileSync(CA_BUNDLE, 'latin1');
        } catch (e) {
            /* No bundle: no default trust. */
        }
        rootCerts = text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) || [];
        Object.freeze(rootCerts);
    }
    return rootCerts;
}

/* An OpenSSL-shaped error for credentials that do not parse. */
function credentialError(lib, reason, code) {
    var err = new Error('error:' + lib + '::' + reason);
    err.library = lib;
    err.reason = reason;
    err.code = code;
    return err;
}

function noStartLine() {
    return credentialError('PEM routines', 'no start line', 'ERR_OSSL_PEM_NO_START_LINE');
}

function toList(value) {
    return Array.isArray(value) ? value : [value];
}

function checkPem(value, name) {
    if (typeof value !== 'string' && !Buffer.isBuffer(value) && !(value instanceof Uint8Array)) {
        throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'],
            value);
    }
}

function addCACerts(context, list) {
    for (var i = 0; i < list.length; i++) {
        checkPem(list[i], 'options.ca');
        if (context.addCACert(list[i]) < 0) {
            throw noStartLine();
        }
    }
}

function addKeys(context, keys, passphrase) {
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var pass = passphrase;
        if (key !== null && typeof key === 'object' && !(key instanceof Uint8Array)) {
            pass = key.passphrase !== undefined ? key.passphrase : passphrase;
            key = key.pem;
        }
        checkPem(key, 'options.key');
        var r = context.setKey(key, pass);
        if (r === -0x3B00 /* PK_PASSWORD_MISMATCH */ || r === -0x3C00 /* PASSWORD_REQUIRED */) {
            throw credentialError('Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
        }
        if (r < 0) {
            throw credentialError('DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
        }
    }
}

/* ALPNProtocols as the wire format (each name preceded by its length), from an array of strings
 * or buffers or from a buffer already in that format; null for none. */
function alpnWire(protocols) {
    if (protocols === undefined || protocols === null) {
        return null;
    }
    if (!Array.isArray(protocols)) {
        if (!ArrayBuffer.isView(protocols)) {
            throw new codes.ERR_INVALID_ARG_TYPE('protocols', ['string[]', 'Buffer', 'TypedArray',
                'DataView'], protocols);
        }
        return Buffer.from(protocols.buffer.slice(protocols.byteOffset,
            protocols.byteOffset + protocols.byteLength));
    }
    var parts = [];
    for (var i = 0; i < protocols.length; i++) {
        var name = Buffer.from(protocols[i]);
        if (name.length > 255) {
            throw new codes.ERR_OUT_OF_RANGE('The byte length of the protocol at index ' + i +
                ' exceeds the maximum length.', '<= 255', name.length, true);
        }
        parts.push(Buffer.from([name.length]), name);
    }
    return Buffer.concat(parts);
}

/* tls.createSecureContext([options]): ca, cert, key (with passphrase), minVersion, maxVersion.
 * Without ca the context trusts the system roots. */
function createSecureContext(options) {
    if (options === undefined || options === null) {
        options = {};
    }
    validateVersion(options.minVersion, 'minVersion');
    validateVersion(options.maxVersion, 'maxVersion');
    var sc = new SecureContext(options.secureProtocol, options.secureOptions, options.minVersion,
        options.maxVersion);
    var context = sc.context;
    if (options.ca !== undefined && options.ca !== null) {
        addCACerts(context, toList(options.ca));
        sc[kNeedsRoots] = false;
    }
    if (options.cert !== undefined && options.cert !== null) {
        var certs = toList(options.cert);
        for (var i = 0; i < certs.length; i++) {
            checkPem(certs[i], 'options.cert');
            if (context.setCert(certs[i]) < 0) {
                throw noStartLine();
            }
        }
    }
    if (options.key !== undefined && options.key !== null) {
        addKeys(context, toList(options.key), options.passphrase);
    }
    return sc;
}

/* The context a client uses when it names no credentials at all, shared so that the system roots
 * are parsed once. */
function getDefaultContext() {
    if (defaultContext === null) {
        defaultContext = new SecureContext();
    }
    return defaultContext;
}

/* Gives sc the system roots if it was made without ca and has not got them yet: a client's
 * context, or a server's that verifies client certificates. */
function useRootsIfNeeded(sc) {
    if (sc[kNeedsRoots] !== true) {
        return;
    }
    sc[kNeedsRoots] = false;
    var roots = getRootCertificates();
    if (roots.length > 0) {
        /* A bundle of which no certificate parses leaves the context trusting nothing. */
        sc.context.addCACert(roots.join('\n'));
    }
}

module.exports = {
    SecureContext: SecureContext,
    createSecureContext: createSecureContext,
    isSecureContext: isSecureContext,
    getRootCertificates: getRootCertificates,
    getDefaultContext: getDefaultContext,
    useRootsIfNeeded: useRootsIfNeeded,
    alpnWire: alpnWire
};
