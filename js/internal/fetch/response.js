'use strict';
/* js/internal/fetch/response.js: the Fetch standard's Response, with Response.error(),
 * Response.json() and Response.redirect(), and createResponse() for fetch() (immutable
 * headers, url, redirected).  Errors are undici's messages. */

var util = require('internal/webstreams/util');
var headersModule = require('internal/fetch/headers');
var body = require('internal/fetch/body');
var kState = util.kState;

var NULL_BODY_STATUS = { 101: true, 103: true, 204: true, 205: true, 304: true };
var REDIRECT_STATUS = { 301: true, 302: true, 303: true, 307: true, 308: true };

function newState(object, fields) {
    var s = { brand: 'Response', type: 'default', url: '', urlList: [], redirected: false,
              status: 200, statusText: '', headers: null, body: null };
    Object.keys(fields).forEach(function (k) { s[k] = fields[k]; });
    util.setState(object, s);
    return s;
}

/* InitializeResponse: status, statusText and headers from init, then the body. */
function initialize(s, init, extracted) {
    if (init.status !== undefined) {
        var status = Number(init.status);
        if (!(status >= 200 && status <= 599)) {
            throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
        }
        s.status = Math.floor(status);
    }
    if (init.statusText !== undefined) {
        var text = String(init.statusText);
        if (/[^\t\x20-\x7e\x80-\xff]/.test(text)) {
            throw new TypeError('Invalid statusText');
        }
        s.statusText = text;
    }
    s.headers = new headersModule.Headers(init.headers);
    if (extracted === null) return;
    if (NULL_BODY_STATUS[s.status]) {
        throw new TypeError('Response constructor: Invalid response status code ' + s.status);
    }
    s.body = extracted;
    var h = s.headers[kState];
    if (extracted.type !== null && h.map['content-type'] === undefined) {
        headersModule.appendRaw(h, 'content-type', extracted.type);
    }
}

function Response(bodyInit, init) {
    util.requireNew(new.target, 'Response');
    init = util.validateDictionary(init, 'init');
    var s = newState(this, {});
    var extracted = bodyInit === undefined || bodyInit === null ? null :
        body.extractBody(bodyInit);
    initialize(s, init, extracted);
}

function responseOf(value) {
    return util.stateOf(value, 'Response', 'Response');
}

function field(name) {
    return function () {
        return responseOf(this)[name];
    };
}

body.mixinBody(Response.prototype, 'Response');
util.defineProto(Response.prototype, {
    type: field('type'),
    url: function () {
        var s = responseOf(this);
        return s.url;
    },
    redirected: field('redirected'),
    status: field('status'),
    ok: function () {
        var status = responseOf(this).status;
        return status >= 200 && status <= 299;
    },
    statusText: field('statusText'),
    headers: field('headers')
}, {
    clone: function () {
        var s = responseOf(this);
        var copy = Object.create(Response.prototype);
        var c = newState(copy, { type: s.type, url: s.url, redirected: s.redirected,
                                 status: s.status, statusText: s.statusText });
        c.headers = headersModule.createHeaders(undefined, s.headers[kState].guard);
        copyHeaders(s.headers, c.headers);
        c.body = body.cloneBody(s.body);
        return copy;
    }
}, 'Response');

function copyHeaders(from, to) {
    var f = from[kState];
    var t = to[kState];
    f.order.forEach(function (key) {
        var entry = f.map[key];
        entry.values.forEach(function (v) { headersModule.appendRaw(t, entry.name, v); });
    });
}

util.defineInspect(Response.prototype, 'Response', function (response) {
    var s = response[kState];
    return { status: s.status, statusText: s.statusText, headers: s.headers,
             body: s.body === null ? null : body.bodyStream(s.body),
             bodyUsed: body.bodyUsed(s.body), ok: s.status >= 200 && s.status <= 299,
             redirected: s.redirected, type: s.type, url: s.url };
});

Response.error = function error() {
    var r = Object.create(Response.prototype);
    var s = newState(r, { type: 'error', status: 0 });
    s.headers = headersModule.createHeaders(undefined, 'immutable');
    return r;
};

Response.json = function json(data, init) {
    var text = JSON.stringify(data);
    if (text === undefined) {
        throw new TypeError('Value is not JSON serializable');
    }
    var r = Object.create(Response.prototype);
    var s = newState(r, {});
    initialize(s, util.validateDictionary(init, 'init'),
               { bytes: new Uint8Array(Buffer.from(text, 'utf8')), stream: null,
                 type: 'application/json' });
    return r;
};

Response.redirect = function redirect(url, status) {
    var parsed;
    try {
        parsed = new URL(String(url));
    } catch (e) {
        throw new TypeError('Failed to parse URL from ' + url, { cause: e });
    }
    status = status === undefined ? 302 : Number(status);
    if (!REDIRECT_STATUS[status]) throw new RangeError('Invalid status code ' + status);
    var r = Object.create(Response.prototype);
    var s = newState(r, { status: status });
    s.headers = headersModule.createHeaders(['location', parsed.href], 'immutable');
    return r;
};

/* The Response fetch() resolves with. */
function createResponse(fields, rawHeaders, stream) {
    var r = Object.create(Response.prototype);
    var s = newState(r, fields);
    s.headers = headersModule.createHeaders(rawHeaders, 'immutable');
    s.body = stream === null ? null : { bytes: null, stream: stream, type: null };
    return r;
}

module.exports = {
    Response: Response,
    createResponse: createResponse,
    REDIRECT_STATUS: REDIRECT_STATUS,
    NULL_BODY_STATUS: NULL_BODY_STATUS
};
