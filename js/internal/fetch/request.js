'use strict';
/* js/internal/fetch/request.js: the Fetch standard's Request: URL (absolute only: there is
 * no base in Node), method (normalised and checked), headers, body (a stream body needs
 * `duplex: 'half'`), redirect mode, signal (following the input's and init's signals), and the
 * other RequestInit fields as undici reports them.  Errors are undici's messages. */

var util = require('internal/webstreams/util');
var headersModule = require('internal/fetch/headers');
var body = require('internal/fetch/body');
var kState = util.kState;

var NORMALIZED = { DELETE: true, GET: true, HEAD: true, OPTIONS: true, POST: true, PUT: true };
var FORBIDDEN = { CONNECT: true, TRACE: true, TRACK: true };
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var REDIRECT_MODES = { follow: true, error: true, manual: true };

function parseUrl(input) {
    try {
        return new URL(String(input));
    } catch (e) {
        throw new TypeError('Failed to parse URL from ' + input, { cause: e });
    }
}

function normalizeMethod(method) {
    method = String(method);
    if (!TOKEN.test(method)) throw new TypeError("'" + method + "' is not a valid HTTP method.");
    var upper = method.toUpperCase();
    if (FORBIDDEN[upper]) throw new TypeError("'" + upper + "' HTTP method is unsupported.");
    return NORMALIZED[upper] ? upper : method;
}

/* A signal that aborts when `parent` does (Request's own signal). */
function followSignal(parent) {
    var controller = new AbortController();
    if (parent === undefined || parent === null) return controller.signal;
    if (parent.aborted) {
        controller.abort(parent.reason);
    } else {
        parent.addEventListener('abort', function () { controller.abort(parent.reason); });
    }
    return controller.signal;
}

function Request(input, init) {
    util.requireNew(new.target, 'Request');
    if (arguments.length < 1) {
        throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 " +
                            'present.');
    }
    init = util.validateDictionary(init, 'init');
    var from = util.hasBrand(input, 'Request') ? input[kState] : null;
    var s = {
        brand: 'Request',
        url: from !== null ? from.url : parseUrl(input).href,
        method: from !== null ? from.method : 'GET',
        redirect: from !== null ? from.redirect : 'follow',
        headers: null, body: null, signal: null, duplex: 'half'
    };
    if (init.method !== undefined) s.method = normalizeMethod(init.method);
    if (init.redirect !== undefined) {
        if (!REDIRECT_MODES[init.redirect]) {
            throw new TypeError("Request constructor: '" + init.redirect + "' is not a valid " +
                                'enum value of type RequestRedirect.');
        }
        s.redirect = String(init.redirect);
    }
    var signal = init.signal !== undefined ? init.signal : (from !== null ? from.signal : null);
    s.signal = followSignal(signal);
    s.headers = new headersModule.Headers(init.headers !== undefined ? init.headers :
                                          (from !== null ? from.headers : undefined));
    var bodyInit = init.body;
    var hasBody = bodyInit !== undefined && bodyInit !== null;
    if ((hasBody || (from !== null && from.body !== null)) &&
        (s.method === 'GET' || s.method === 'HEAD')) {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasBody) {
        var extracted = body.extractBody(bodyInit);
        if (extracted.stream !== null && init.duplex === undefined) {
            throw new TypeError('RequestInit: duplex option is required when sending a body.');
        }
        var h = s.headers[kState];
        if (extracted.type !== null && h.map['content-type'] === undefined) {
            headersModule.appendRaw(h, 'content-type', extracted.type);
        }
        s.body = extracted;
    } else if (from !== null && from.body !== null) {
        if (body.bodyUsed(from.body)) {
            throw new TypeError('Cannot construct a Request with a Request object that has ' +
                                'already been used.');
        }
        s.body = from.body;
    }
    util.setState(this, s);
}

function requestOf(value) {
    return util.stateOf(value, 'Request', 'Request');
}

function field(name) {
    return function () {
        return requestOf(this)[name];
    };
}

function constant(value) {
    return function () {
        requestOf(this);
        return value;
    };
}

body.mixinBody(Request.prototype, 'Request');
util.defineProto(Request.prototype, {
    method: field('method'),
    url: field('url'),
    headers: field('headers'),
    destination: constant(''),
    referrer: constant('about:client'),
    referrerPolicy: constant(''),
    mode: constant('cors'),
    credentials: constant('same-origin'),
    cache: constant('default'),
    redirect: field('redirect'),
    integrity: constant(''),
    keepalive: constant(false),
    isReloadNavigation: constant(false),
    isHistoryNavigation: constant(false),
    signal: field('signal'),
    duplex: field('duplex')
}, {
    clone: function () {
        var s = requestOf(this);
        var copy = Object.create(Request.prototype);
        var c = {};
        Object.keys(s).forEach(function (k) { c[k] = s[k]; });
        c.headers = new headersModule.Headers(s.headers);
        c.body = body.cloneBody(s.body);
        c.signal = followSignal(s.signal);
        util.setState(copy, c);
        return copy;
    }
}, 'Request');

util.defineInspect(Request.prototype, 'Request', function (request) {
    var s = request[kState];
    return { method: s.method, url: s.url, headers: s.headers, destination: '',
             referrer: 'about:client', referrerPolicy: '', mode: 'cors',
             credentials: 'same-origin', cache: 'default', redirect: s.redirect, integrity: '',
             keepalive: false, isReloadNavigation: false, isHistoryNavigation: false,
             signal: s.signal };
});

module.exports = {
    Request: Request,
    requestState: function (request) { return request[kState]; }
};
