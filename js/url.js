'use strict';
/* js/url.js: Node's 'url' module.  The WHATWG half (URL, URLSearchParams, domainToASCII,
 * fileURLToPath ...) lives in internal/url; this file adds the legacy API: the Url object,
 * url.parse (with parseQueryString and slashesDenoteHost), url.format (of a legacy object, a
 * string or a URL with { auth, fragment, search, unicode }), url.resolve and resolveObject,
 * with Node 20's results: backslashes before the query become '/', tabs and newlines in the
 * authority are dropped, RFC 2396 delimiters are escaped, an invalid port warns once (DEP0170),
 * and a hostname that IDNA empties or spoofs throws ERR_INVALID_URL. */

var internalUrl = require('internal/url');
var querystring = require('querystring');
var qsInternal = require('internal/querystring');
var idna = require('internal/idna');

var URL = internalUrl.URL;
var unsafeProtocol = internalUrl.unsafeProtocol;
var hostlessProtocol = internalUrl.hostlessProtocol;
var slashedProtocol = internalUrl.slashedProtocol;

var errorsModule = null;
function codes() {
    if (errorsModule === null) errorsModule = require('internal/errors');
    return errorsModule.codes;
}

function has(table, key) {
    return key !== undefined && key !== null && Object.prototype.hasOwnProperty.call(table, key);
}

/* The legacy URL object: every field null until parse() fills it. */
function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
}

var protocolPattern = /^[a-z0-9.+-]+:/i;
var portPattern = /:[0-9]*$/;
var hostPattern = /^\/\/[^@/]+@[^@/]+/;
/* A plain path, maybe with a query: the fast path of parse(). */
var simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var hostnameMaxLen = 255;

/* Characters that may appear in a hostname the legacy way ('/', '\\', '#', '?' and ':' end
 * it); checked after the host is split off. */
var forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

/* url.parse(urlString[, parseQueryString[, slashesDenoteHost]]) */
function urlParse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) return url;
    var urlObject = new Url();
    urlObject.parse(url, parseQueryString, slashesDenoteHost);
    return urlObject;
}

function isIpv6Hostname(hostname) {
    return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

function isWhitespace(code) {
    return code < 33 || code === 0xA0 || code === 0xFEFF;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
    if (typeof url !== 'string') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('url', 'string', url);
    }

    /* Trim whitespace, and turn backslashes into slashes up to the first '?' or '#'. */
    var hasHash = false;
    var hasAt = false;
    var start = -1;
    var end = -1;
    var rest = '';
    var lastPos = 0;
    var inWs = false;
    var split = false;
    var i;
    for (i = 0; i < url.length; i++) {
        var code = url.charCodeAt(i);
        var ws = isWhitespace(code);
        if (start === -1) {
            if (ws) continue;
            lastPos = start = i;
        } else if (inWs) {
            if (!ws) {
                end = -1;
                inWs = false;
            }
        } else if (ws) {
            end = i;
            inWs = true;
        }
        if (!split) {
            if (code === 64) {
                hasAt = true;
            } else if (code === 35 || code === 63) {
                if (code === 35) hasHash = true;
                split = true;
            } else if (code === 92) {
                if (i - lastPos > 0) rest += url.slice(lastPos, i);
                rest += '/';
                lastPos = i + 1;
            }
        } else if (!hasHash && code === 35) {
            hasHash = true;
        }
    }
    if (start !== -1) {
        if (lastPos === start) {
            if (end === -1) {
                rest = start === 0 ? url : url.slice(start);
            } else {
                rest = url.slice(start, end);
            }
        } else if (end === -1 && lastPos < url.length) {
            rest += url.slice(lastPos);
        } else if (end !== -1 && lastPos < end) {
            rest += url.slice(lastPos, end);
        }
    }

    if (!slashesDenoteHost && !hasHash && !hasAt) {
        var simplePath = simplePathPattern.exec(rest);
        if (simplePath) {
            this.path = rest;
            this.href = rest;
            this.pathname = simplePath[1];
            if (simplePath[2]) {
                this.search = simplePath[2];
                this.query = parseQueryString ? querystring.parse(this.search.slice(1)) :
                             this.search.slice(1);
            } else if (parseQueryString) {
                this.search = null;
                this.query = Object.create(null);
            }
            return this;
        }
    }

    var proto = protocolPattern.exec(rest);
    var lowerProto;
    if (proto) {
        proto = proto[0];
        lowerProto = proto.toLowerCase();
        this.protocol = lowerProto;
        rest = rest.slice(proto.length);
    }

    /* user@server is always a host; //foo/bar has host foo when slashes denote a host. */
    var slashes;
    if (slashesDenoteHost || proto || hostPattern.test(rest)) {
        slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
        if (slashes && !(proto && has(hostlessProtocol, lowerProto))) {
            rest = rest.slice(2);
            this.slashes = true;
        }
    }

    if (!has(hostlessProtocol, lowerProto) &&
        (slashes || (proto && !has(slashedProtocol, proto)))) {
        /* The host ends at the first '/', '?' or '#'; an '@' before that ends the auth, and
         * RFC 2396 delimiters end the host unless an '@' follows them. */
        var hostEnd = -1;
        var atSign = -1;
        var nonHost = -1;
        for (i = 0; i < rest.length; i++) {
            switch (rest.charCodeAt(i)) {
            case 9:
            case 10:
            case 13:
                rest = rest.slice(0, i) + rest.slice(i + 1);
                i -= 1;
                break;
            case 32:
            case 34:
            case 37:
            case 39:
            case 59:
            case 60:
            case 62:
            case 92:
            case 94:
            case 96:
            case 123:
            case 124:
            case 125:
                if (nonHost === -1) nonHost = i;
                break;
            case 35:
            case 47:
            case 63:
                if (nonHost === -1) nonHost = i;
                hostEnd = i;
                break;
            case 64:
                atSign = i;
                nonHost = -1;
                break;
            }
            if (hostEnd !== -1) break;
        }
        start = 0;
        if (atSign !== -1) {
            this.auth = decodeURIComponent(rest.slice(0, atSign));
            start = atSign + 1;
        }
        if (nonHost === -1) {
            this.host = rest.slice(start);
            rest = '';
        } else {
            this.host = rest.slice(start, nonHost);
            rest = rest.slice(nonHost);
        }

        this.parseHost();

        if (typeof this.hostname !== 'string') this.hostname = '';
        var hostname = this.hostname;
        var ipv6Hostname = isIpv6Hostname(hostname);

        if (!ipv6Hostname) {
            rest = getHostname(this, rest, hostname, url);
        }

        if (this.hostname.length > hostnameMaxLen) {
            this.hostname = '';
        } else {
            this.hostname = this.hostname.toLowerCase();
        }

        if (this.hostname !== '') {
            if (ipv6Hostname) {
                if (forbiddenHostCharsIpv6.test(this.hostname)) {
                    throw new (codes().ERR_INVALID_URL)(url);
                }
            } else {
                this.hostname = toASCII(this.hostname);
                /* An empty result, or a forbidden character IDNA let in, means spoofing. */
                if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) {
                    throw new (codes().ERR_INVALID_URL)(url);
                }
            }
        }

        var p = this.port ? ':' + this.port : '';
        var h = this.hostname || '';
        this.host = h + p;

        if (ipv6Hostname) {
            this.hostname = this.hostname.slice(1, -1);
            if (rest[0] !== '/') rest = '/' + rest;
        }
    }

    if (!has(unsafeProtocol, lowerProto)) {
        rest = autoEscapeStr(rest);
    }

    var questionIdx = -1;
    var hashIdx = -1;
    for (i = 0; i < rest.length; i++) {
        var c = rest.charCodeAt(i);
        if (c === 35) {
            this.hash = rest.slice(i);
            hashIdx = i;
            break;
        } else if (c === 63 && questionIdx === -1) {
            questionIdx = i;
        }
    }

    if (questionIdx !== -1) {
        if (hashIdx === -1) {
            this.search = rest.slice(questionIdx);
            this.query = rest.slice(questionIdx + 1);
        } else {
            this.search = rest.slice(questionIdx, hashIdx);
            this.query = rest.slice(questionIdx + 1, hashIdx);
        }
        if (parseQueryString) {
            this.query = querystring.parse(this.query);
        }
    } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
    }

    var useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
    var firstIdx = useQuestionIdx ? questionIdx : hashIdx;
    if (firstIdx === -1) {
        if (rest.length > 0) this.pathname = rest;
    } else if (firstIdx > 0) {
        this.pathname = rest.slice(0, firstIdx);
    }
    if (has(slashedProtocol, lowerProto) && this.hostname && !this.pathname) {
        this.pathname = '/';
    }

    if (this.pathname || this.search) {
        this.path = (this.pathname || '') + (this.search || '');
    }

    this.href = this.format();
    return this;
};

/* Legacy IDNA: Punycode for non-ASCII labels; '' when a label cannot be converted. */
function toASCII(hostname) {
    var result = idna.toASCII(hostname);
    return result === null ? '' : result;
}

var warnInvalidPort = true;

/* Cuts the hostname at its first character that cannot be in one ('/', '\\', '#', '?', ':'),
 * moving the rest into the path; a ':' there is an invalid port, which warns once. */
function getHostname(self, rest, hostname, url) {
    for (var i = 0; i < hostname.length; i++) {
        var code = hostname.charCodeAt(i);
        var isValid = code !== 47 && code !== 92 && code !== 35 && code !== 63 && code !== 58;
        if (!isValid) {
            if (warnInvalidPort && code === 58) {
                process.emitWarning('The URL ' + url + ' is invalid. Future versions of ' +
                                    'Node.js will throw an error.', 'DeprecationWarning',
                                    'DEP0170');
                warnInvalidPort = false;
            }
            self.hostname = hostname.slice(0, i);
            return '/' + hostname.slice(i) + rest;
        }
    }
    return rest;
}

/* RFC 2396 delimiters and "unwise" characters, and the single quote, always escaped. */
var escapedCodes = {
    9: '%09', 10: '%0A', 13: '%0D', 32: '%20', 34: '%22', 39: '%27', 60: '%3C', 62: '%3E',
    92: '%5C', 94: '%5E', 96: '%60', 123: '%7B', 124: '%7C', 125: '%7D'
};

function autoEscapeStr(rest) {
    var escaped = '';
    var lastEscapedPos = 0;
    for (var i = 0; i < rest.length; i++) {
        var esc = escapedCodes[rest.charCodeAt(i)];
        if (esc) {
            if (i > lastEscapedPos) escaped += rest.slice(lastEscapedPos, i);
            escaped += esc;
            lastEscapedPos = i + 1;
        }
    }
    if (lastEscapedPos === 0) return rest;
    if (lastEscapedPos < rest.length) escaped += rest.slice(lastEscapedPos);
    return escaped;
}

/* url.format(urlObject | string | URL[, options]) */
function urlFormat(urlObject, options) {
    if (typeof urlObject === 'string') {
        urlObject = urlParse(urlObject);
    } else if (typeof urlObject !== 'object' || urlObject === null) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
    } else if (internalUrl.isURL(urlObject)) {
        var fragment = true;
        var unicode = false;
        var search = true;
        var auth = true;
        if (options) {
            if (typeof options !== 'object' || Array.isArray(options)) {
                throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
            }
            if (options.fragment != null) fragment = Boolean(options.fragment);
            if (options.unicode != null) unicode = Boolean(options.unicode);
            if (options.search != null) search = Boolean(options.search);
            if (options.auth != null) auth = Boolean(options.auth);
        }
        return internalUrl.formatURL(urlObject, fragment, unicode, search, auth);
    }
    return Url.prototype.format.call(urlObject);
}

/* What format() leaves unescaped in the auth: A-Z a-z 0-9 ! - . _ ~ ' ( ) * : */
var noEscapeAuth = new Int8Array(128);
(function () {
    var keep = "!-._~'()*:";
    var c;
    for (c = 48; c <= 57; c++) noEscapeAuth[c] = 1;
    for (c = 65; c <= 90; c++) noEscapeAuth[c] = 1;
    for (c = 97; c <= 122; c++) noEscapeAuth[c] = 1;
    for (c = 0; c < keep.length; c++) noEscapeAuth[keep.charCodeAt(c)] = 1;
})();

Url.prototype.format = function format() {
    var auth = this.auth || '';
    if (auth) {
        auth = qsInternal.encodeStr(auth, noEscapeAuth, qsInternal.hexTable) + '@';
    }
    var protocol = this.protocol || '';
    var pathname = this.pathname || '';
    var hash = this.hash || '';
    var host = '';
    var query = '';

    if (this.host) {
        host = auth + this.host;
    } else if (this.hostname) {
        host = auth + (this.hostname.indexOf(':') !== -1 && !isIpv6Hostname(this.hostname) ?
                       '[' + this.hostname + ']' : this.hostname);
        if (this.port) host += ':' + this.port;
    }

    if (this.query !== null && typeof this.query === 'object') {
        query = querystring.stringify(this.query);
    }

    var search = this.search || (query && ('?' + query)) || '';

    if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

    var newPathname = '';
    var lastPos = 0;
    for (var i = 0; i < pathname.length; i++) {
        var code = pathname.charCodeAt(i);
        if (code === 35 || code === 63) {
            if (i - lastPos > 0) newPathname += pathname.slice(lastPos, i);
            newPathname += code === 35 ? '%23' : '%3F';
            lastPos = i + 1;
        }
    }
    if (lastPos > 0) {
        pathname = lastPos !== pathname.length ? newPathname + pathname.slice(lastPos) :
                   newPathname;
    }

    /* Only the slashed protocols get '//' (and those that had it). */
    if (this.slashes || has(slashedProtocol, protocol)) {
        if (this.slashes || host) {
            if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
            host = '//' + host;
        } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
            host = '//';
        }
    }

    search = search.replace(/#/g, '%23');

    if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
    if (search && search.charCodeAt(0) !== 63) search = '?' + search;

    return protocol + host + pathname + search + hash;
};

/* url.resolve(from, to) */
function urlResolve(source, relative) {
    return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
    return this.resolveObject(urlParse(relative, false, true)).format();
};

/* url.resolveObject(from, to) */
function urlResolveObject(source, relative) {
    if (!source) return relative;
    return urlParse(source, false, true).resolveObject(relative);
}

function copyKeys(target, source, skip) {
    var keys = Object.keys(source);
    for (var i = 0; i < keys.length; i++) {
        if (keys[i] !== skip) target[keys[i]] = source[keys[i]];
    }
}

Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
        var rel = new Url();
        rel.parse(relative, false, true);
        relative = rel;
    }

    var result = new Url();
    copyKeys(result, this);

    /* The hash always comes from the relative URL, even when it is empty. */
    result.hash = relative.hash;

    if (relative.href === '') {
        result.href = result.format();
        return result;
    }

    /* '//host/path' keeps only the protocol. */
    if (relative.slashes && !relative.protocol) {
        copyKeys(result, relative, 'protocol');
        if (has(slashedProtocol, result.protocol) && result.hostname && !result.pathname) {
            result.path = result.pathname = '/';
        }
        result.href = result.format();
        return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
        /* Another known protocol: a non-slashed one is taken as is; a slashed one needs a
         * host (file: excepted) and takes its path from the relative URL. */
        if (!has(slashedProtocol, relative.protocol)) {
            copyKeys(result, relative);
            result.href = result.format();
            return result;
        }
        result.protocol = relative.protocol;
        if (!relative.host && !/^file:?$/.test(relative.protocol) &&
            !has(hostlessProtocol, relative.protocol)) {
            var relPath = (relative.pathname || '').split('/');
            while (relPath.length && !(relative.host = relPath.shift()));
            if (!relative.host) relative.host = '';
            if (!relative.hostname) relative.hostname = '';
            if (relPath[0] !== '') relPath.unshift('');
            if (relPath.length < 2) relPath.unshift('');
            result.pathname = relPath.join('/');
        } else {
            result.pathname = relative.pathname;
        }
        result.search = relative.search;
        result.query = relative.query;
        result.host = relative.host || '';
        result.auth = relative.auth;
        result.hostname = relative.hostname || relative.host;
        result.port = relative.port;
        if (result.pathname || result.search) {
            result.path = (result.pathname || '') + (result.search || '');
        }
        result.slashes = result.slashes || relative.slashes;
        result.href = result.format();
        return result;
    }

    var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
    var isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
    var mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
    var removeAllDots = mustEndAbs;
    var srcPath = (result.pathname && result.pathname.split('/')) || [];
    var relPathParts = (relative.pathname && relative.pathname.split('/')) || [];
    var noLeadingSlashes = result.protocol && !has(slashedProtocol, result.protocol);

    /* Non-slashed URLs let '../..' climb into the host, which becomes the first segment. */
    if (noLeadingSlashes) {
        result.hostname = '';
        result.port = null;
        if (result.host) {
            if (srcPath[0] === '') {
                srcPath[0] = result.host;
            } else {
                srcPath.unshift(result.host);
            }
        }
        result.host = '';
        if (relative.protocol) {
            relative.hostname = null;
            relative.port = null;
            result.auth = null;
            if (relative.host) {
                if (relPathParts[0] === '') {
                    relPathParts[0] = relative.host;
                } else {
                    relPathParts.unshift(relative.host);
                }
            }
            relative.host = null;
        }
        mustEndAbs = mustEndAbs && (relPathParts[0] === '' || srcPath[0] === '');
    }

    var authInHost;
    if (isRelAbs) {
        if (relative.host || relative.host === '') {
            if (result.host !== relative.host) result.auth = null;
            result.host = relative.host;
            result.port = relative.port;
        }
        if (relative.hostname || relative.hostname === '') {
            if (result.hostname !== relative.hostname) result.auth = null;
            result.hostname = relative.hostname;
        }
        result.search = relative.search;
        result.query = relative.query;
        srcPath = relPathParts;
    } else if (relPathParts.length) {
        /* Relative: drop the last segment and append the relative path. */
        if (!srcPath) srcPath = [];
        srcPath.pop();
        srcPath = srcPath.concat(relPathParts);
        result.search = relative.search;
        result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
        /* Only a query ('?foo'). */
        if (noLeadingSlashes) {
            result.hostname = result.host = srcPath.shift();
            /* The auth can end up in the host: url.resolveObject('mailto:a@b', 'c@d'). */
            authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
            if (authInHost) {
                result.auth = authInHost.shift();
                result.host = result.hostname = authInHost.shift();
            }
        }
        result.search = relative.search;
        result.query = relative.query;
        if (result.pathname !== null || result.search !== null) {
            result.path = (result.pathname ? result.pathname : '') +
                          (result.search ? result.search : '');
        }
        result.href = result.format();
        return result;
    }

    if (!srcPath.length) {
        result.pathname = null;
        result.path = result.search ? '/' + result.search : null;
        result.href = result.format();
        return result;
    }

    /* A path ending in '.' or '..' gets a trailing slash; anything else keeps what it has. */
    var last = srcPath.slice(-1)[0];
    var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
                            (last === '.' || last === '..')) || last === '';

    /* Drop '.', resolve '..'; `up` counts the '..' that climb above the root. */
    var up = 0;
    for (var i = srcPath.length - 1; i >= 0; i--) {
        last = srcPath[i];
        if (last === '.') {
            srcPath.splice(i, 1);
        } else if (last === '..') {
            srcPath.splice(i, 1);
            up++;
        } else if (up) {
            srcPath.splice(i, 1);
            up--;
        }
    }

    if (!mustEndAbs && !removeAllDots) {
        while (up--) srcPath.unshift('..');
    }

    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
        srcPath.unshift('');
    }

    if (hasTrailingSlash && srcPath.join('/').substr(-1) !== '/') {
        srcPath.push('');
    }

    var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

    if (noLeadingSlashes) {
        result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
        authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
        if (authInHost) {
            result.auth = authInHost.shift();
            result.host = result.hostname = authInHost.shift();
        }
    }

    mustEndAbs = mustEndAbs || (result.host && srcPath.length);

    if (mustEndAbs && !isAbsolute) {
        srcPath.unshift('');
    }

    if (!srcPath.length) {
        result.pathname = null;
        result.path = null;
    } else {
        result.pathname = srcPath.join('/');
    }

    if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') +
                      (result.search ? result.search : '');
    }
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
};

Url.prototype.parseHost = function parseHost() {
    var host = this.host;
    var port = portPattern.exec(host);
    if (port) {
        port = port[0];
        if (port !== ':') this.port = port.slice(1);
        host = host.slice(0, host.length - port.length);
    }
    if (host) this.hostname = host;
};

/* url.pathToFileURL(path[, options]) */
function pathToFileURL(path, options) {
    if (typeof path !== 'string') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('path', 'string', path);
    }
    return internalUrl.pathToFileURL(path, options);
}

module.exports = {
    Url: Url,
    parse: urlParse,
    resolve: urlResolve,
    resolveObject: urlResolveObject,
    format: urlFormat,
    URL: URL,
    URLSearchParams: internalUrl.URLSearchParams,
    domainToASCII: internalUrl.domainToASCII,
    domainToUnicode: internalUrl.domainToUnicode,
    pathToFileURL: pathToFileURL,
    fileURLToPath: internalUrl.fileURLToPath,
    urlToHttpOptions: internalUrl.urlToHttpOptions
};
