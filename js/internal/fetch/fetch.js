'use strict';
/* js/internal/fetch/fetch.js: the global fetch(), over nodule's own http.request (http: URLs)
 * and https.request (https: URLs, so they work once TLS does).
 *
 * One fetch sends the request with undici's default headers (accept, accept-language,
 * sec-fetch-mode, user-agent 'node', accept-encoding gzip/deflate, decoded on arrival), follows
 * redirects (301/302/303/307/308, at most 20; 303, and 301/302 after a POST, turn into a
 * bodiless GET) unless `redirect` is 'manual' or 'error', and resolves with a Response whose
 * body streams the IncomingMessage.  Failures reject as undici's do: `TypeError: fetch failed`
 * with the underlying error as `cause`; an abort rejects with the signal's reason and errors a
 * body being read. */

var requestModule = require('internal/fetch/request');
var responseModule = require('internal/fetch/response');
var headersModule = require('internal/fetch/headers');
var body = require('internal/fetch/body');
var util = require('internal/webstreams/util');

var MAX_REDIRECTS = 20;
var DEFAULT_HEADERS = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
                       ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']];

/* The fetch standard's bad ports: fetching one fails before any connection. */
var BAD_PORTS = {};
('1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104 109 110 111 ' +
 '113 115 117 119 123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532 540 ' +
 '548 554 556 563 587 601 636 989 990 993 995 1719 1720 1723 2049 3659 4045 5060 5061 6000 ' +
 '6566 6665 6666 6667 6668 6669 6697 10080').split(' ').forEach(function (port) {
    BAD_PORTS[port] = true;
});

function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause: cause });
}

/* The outgoing headers, in undici's order: host, connection, the request's, the defaults. */
function outgoingHeaders(url, request, length) {
    var out = [];
    out.push(['host', url.host], ['connection', 'keep-alive']);
    var h = headersModule.headersState(request.headers);
    h.order.forEach(function (key) {
        var entry = h.map[key];
        out.push([entry.name, entry.values.join(', ')]);
    });
    DEFAULT_HEADERS.forEach(function (pair) {
        if (h.map[pair[0]] === undefined) out.push(pair);
    });
    if (length !== null) out.push(['content-length', String(length)]);
    var flat = [];
    out.forEach(function (pair) { flat.push(pair[0], pair[1]); });
    return flat;
}

/* Writes a request body (bytes or a ReadableStream) to `req`, then ends it. */
function sendBody(req, requestBody, onError) {
    if (requestBody === null) {
        req.end();
        return;
    }
    if (requestBody.bytes !== null && requestBody.stream === null) {
        req.end(Buffer.from(requestBody.bytes.buffer, requestBody.bytes.byteOffset,
                            requestBody.bytes.length));
        return;
    }
    var reader = body.bodyStream(requestBody).getReader();
    function pump() {
        reader.read().then(function (result) {
            if (result.done) {
                req.end();
                return;
            }
            var chunk = result.value;
            var buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            if (req.write(buf)) pump();
            else req.once('drain', pump);
        }, onError);
    }
    pump();
}

/* The response's bytes as a web stream, content-encoding undone. */
function responseStream(res) {
    var source = res;
    var encoding = (res.headers['content-encoding'] || '').toLowerCase();
    if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') {
        var zlib = require('zlib');
        source = encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
        res.on('error', function (e) { source.destroy(e); });
        res.pipe(source);
    }
    return { node: source, web: require('internal/webstreams/adapters').readableToWeb(source) };
}

function transportFor(url) {
    if (url.protocol === 'http:') return require('http');
    if (url.protocol === 'https:') return require('https');
    return null;
}

function fetch(input, init) {
    var request;
    try {
        request = requestModule.requestState(new requestModule.Request(input, init));
    } catch (e) {
        return Promise.reject(e);
    }
    return new Promise(function (resolve, reject) {
        var signal = request.signal;
        var settled = false;
        var currentReq = null;
        var currentRes = null;
        var redirects = 0;
        var urlList = [];

        function fail(err) {
            if (settled) return;
            settled = true;
            reject(err);
        }

        function onAbort() {
            var reason = util.abortErrorFor(signal);
            if (currentReq !== null) currentReq.destroy();
            if (currentRes !== null) currentRes.destroy(reason);
            fail(reason);
        }

        if (signal.aborted) {
            onAbort();
            return;
        }
        signal.addEventListener('abort', onAbort);

        function follow(res, url, method, requestBody) {
            var location = res.headers.location;
            res.resume();
            if (request.redirect === 'error') {
                fail(fetchFailed(new Error('unexpected redirect')));
                return;
            }
            if (++redirects > MAX_REDIRECTS) {
                fail(fetchFailed(new Error('redirect count exceeded')));
                return;
            }
            var next;
            try {
                next = new URL(location, url);
            } catch (e) {
                fail(fetchFailed(e));
                return;
            }
            var status = res.statusCode;
            if (status === 303 && method !== 'GET' && method !== 'HEAD' ||
                (status === 301 || status === 302) && method === 'POST') {
                method = 'GET';
                requestBody = null;
                var h = headersModule.headersState(request.headers);
                ['content-type', 'content-length', 'content-encoding', 'content-language',
                 'content-location'].forEach(function (key) { headersModule.deleteRaw(h, key); });
            } else if (requestBody !== null && requestBody.bytes === null) {
                fail(fetchFailed(new TypeError('Cannot follow a redirect with a streamed body')));
                return;
            }
            send(next, method, requestBody);
        }

        function deliver(res, url) {
            currentRes = res;
            var stream = null;
            if (!responseModule.NULL_BODY_STATUS[res.statusCode] && request.method !== 'HEAD') {
                var streams = responseStream(res);
                stream = streams.web;
                currentRes = streams.node;
            } else {
                res.resume();
            }
            res.once('end', function () { signal.removeEventListener('abort', onAbort); });
            settled = true;
            resolve(responseModule.createResponse({
                type: 'basic', url: url.href, urlList: urlList, redirected: redirects > 0,
                status: res.statusCode, statusText: res.statusMessage || ''
            }, res.rawHeaders, stream));
        }

        function send(url, method, requestBody) {
            urlList.push(url.href);
            var transport = transportFor(url);
            if (transport === null) {
                fail(fetchFailed(new Error('not implemented... yet...')));
                return;
            }
            if (BAD_PORTS[url.port]) {
                fail(fetchFailed(new Error('bad port')));
                return;
            }
            var length = requestBody === null ? (method === 'POST' || method === 'PUT' ? 0 : null) :
                (requestBody.bytes !== null && requestBody.stream === null ?
                 requestBody.bytes.length : null);
            var req;
            try {
                req = transport.request({
                    protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''),
                    port: url.port, path: url.pathname + url.search, method: method,
                    headers: outgoingHeaders(url, request, length), setHost: false
                });
            } catch (e) {
                fail(fetchFailed(e));
                return;
            }
            currentReq = req;
            req.on('error', function (e) { fail(fetchFailed(e)); });
            req.on('response', function (res) {
                currentReq = null;
                if (responseModule.REDIRECT_STATUS[res.statusCode] &&
                    res.headers.location !== undefined && request.redirect !== 'manual') {
                    follow(res, url, method, requestBody);
                    return;
                }
                deliver(res, url);
            });
            sendBody(req, requestBody, function (e) {
                req.destroy(e);
            });
        }

        send(new URL(request.url), request.method, request.body);
    });
}

module.exports = { fetch: fetch };
