'use strict';
/* js/path.js: Node's 'path' module, both flavours: path.posix (what require('path') is here)
 * and path.win32, with Node 20's results on every edge case (UNC roots, drive letters, device
 * names, trailing separators).  resolve() reads process.cwd().  It is on the start-up path (the
 * module loader uses it): the POSIX scans that resolution repeats are in C (lib/path.c), and
 * argument errors load internal/validators only when a check fails.
 *
 * Differences from Node 20: matchesGlob() is not implemented (it throws
 * ERR_METHOD_NOT_IMPLEMENTED). */

var CHAR_UPPERCASE_A = 65;
var CHAR_LOWERCASE_A = 97;
var CHAR_UPPERCASE_Z = 90;
var CHAR_LOWERCASE_Z = 122;
var CHAR_DOT = 46;
var CHAR_FORWARD_SLASH = 47;
var CHAR_BACKWARD_SLASH = 92;
var CHAR_COLON = 58;
var CHAR_QUESTION_MARK = 63;
var pathBinding = internalBinding('path');

function validateString(value, name) {
    if (typeof value !== 'string') {
        require('internal/validators').validateString(value, name);
    }
}

function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        require('internal/validators').validateObject(value, name);
    }
}

function isPathSeparator(code) {
    return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

function isPosixPathSeparator(code) {
    return code === CHAR_FORWARD_SLASH;
}

function isWindowsDeviceRoot(code) {
    return (code >= CHAR_UPPERCASE_A && code <= CHAR_UPPERCASE_Z) ||
           (code >= CHAR_LOWERCASE_A && code <= CHAR_LOWERCASE_Z);
}

var WINDOWS_RESERVED_NAMES = [
    'CON', 'PRN', 'AUX', 'NUL',
    'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
    'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
    'COM\xb9', 'COM\xb2', 'COM\xb3',
    'LPT\xb9', 'LPT\xb2', 'LPT\xb3'
];

/* True when the part of `path` before `colonIndex` is a DOS device name ('CON', 'lpt1'). */
function isWindowsReservedName(path, colonIndex) {
    var devicePart = path.slice(0, colonIndex).toUpperCase();
    return WINDOWS_RESERVED_NAMES.indexOf(devicePart) !== -1;
}

function repeat(str, count) {
    var out = '';
    for (var i = 0; i < count; i++) {
        out += str;
    }
    return out;
}

/* Resolves '.' and '..' segments of `path` (which has no root) and drops empty segments;
 * '..' above the start is kept only when `allowAboveRoot`. */
function normalizeString(path, allowAboveRoot, separator, isSeparator) {
    var res = '';
    var lastSegmentLength = 0;
    var lastSlash = -1;
    var dots = 0;
    var code = 0;
    for (var i = 0; i <= path.length; ++i) {
        if (i < path.length) {
            code = path.charCodeAt(i);
        } else if (isSeparator(code)) {
            break;
        } else {
            code = CHAR_FORWARD_SLASH;
        }

        if (isSeparator(code)) {
            if (lastSlash === i - 1 || dots === 1) {
                /* An empty or '.' segment: nothing to add. */
            } else if (dots === 2) {
                if (res.length < 2 || lastSegmentLength !== 2 ||
                    res.charCodeAt(res.length - 1) !== CHAR_DOT ||
                    res.charCodeAt(res.length - 2) !== CHAR_DOT) {
                    if (res.length > 2) {
                        var lastSlashIndex = res.lastIndexOf(separator);
                        if (lastSlashIndex === -1) {
                            res = '';
                            lastSegmentLength = 0;
                        } else {
                            res = res.slice(0, lastSlashIndex);
                            lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
                        }
                        lastSlash = i;
                        dots = 0;
                        continue;
                    } else if (res.length !== 0) {
                        res = '';
                        lastSegmentLength = 0;
                        lastSlash = i;
                        dots = 0;
                        continue;
                    }
                }
                if (allowAboveRoot) {
                    res += res.length > 0 ? separator + '..' : '..';
                    lastSegmentLength = 2;
                }
            } else {
                if (res.length > 0) {
                    res += separator + path.slice(lastSlash + 1, i);
                } else {
                    res = path.slice(lastSlash + 1, i);
                }
                lastSegmentLength = i - lastSlash - 1;
            }
            lastSlash = i;
            dots = 0;
        } else if (code === CHAR_DOT && dots !== -1) {
            ++dots;
        } else {
            dots = -1;
        }
    }
    return res;
}

function formatExt(ext) {
    return ext ? (ext.charAt(0) === '.' ? '' : '.') + ext : '';
}

/* path.format() for separator `sep`. */
function _format(sep, pathObject) {
    validateObject(pathObject, 'pathObject');
    var dir = pathObject.dir || pathObject.root;
    var base = pathObject.base || (pathObject.name || '') + formatExt(pathObject.ext);
    if (!dir) {
        return base;
    }
    return dir === pathObject.root ? dir + base : dir + sep + base;
}

/* Matches a UNC-style root at the start of `path` (which starts with two separators):
 * returns { firstPart, last, j } where path.slice(2, ...) is '\\server\share'-like, or null.
 * `j` ends the share name and `last` starts it; j === len means nothing follows it. */
function matchUncRoot(path, len) {
    var j = 2;
    var last = j;
    while (j < len && !isPathSeparator(path.charCodeAt(j))) {
        j++;
    }
    if (j >= len || j === last) {
        return null;
    }
    var firstPart = path.slice(last, j);
    last = j;
    while (j < len && isPathSeparator(path.charCodeAt(j))) {
        j++;
    }
    if (j >= len || j === last) {
        return null;
    }
    last = j;
    while (j < len && !isPathSeparator(path.charCodeAt(j))) {
        j++;
    }
    return { firstPart: firstPart, last: last, j: j };
}

function glob() {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('matchesGlob()');
}

/* ------------------------------------------------------------------------------------------ */
/* win32 */

var win32 = {
    resolve: function resolve() {
        var resolvedDevice = '';
        var resolvedTail = '';
        var resolvedAbsolute = false;

        for (var i = arguments.length - 1; i >= -1; i--) {
            var path;
            if (i >= 0) {
                path = arguments[i];
                validateString(path, 'paths[' + i + ']');
                if (path.length === 0) {
                    continue;
                }
            } else if (resolvedDevice.length === 0) {
                path = process.cwd();
            } else {
                /* Windows keeps a current directory per drive, in the environment as '=C:'.
                 * Use it when it points to our drive, else the drive's root. */
                path = process.env['=' + resolvedDevice] || process.cwd();
                if (path === undefined ||
                    (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
                     path.charCodeAt(2) === CHAR_BACKWARD_SLASH)) {
                    path = resolvedDevice + '\\';
                }
            }

            var len = path.length;
            var rootEnd = 0;
            var device = '';
            var isAbsolute = false;
            var code = path.charCodeAt(0);

            if (len === 1) {
                if (isPathSeparator(code)) {
                    rootEnd = 1;
                    isAbsolute = true;
                }
            } else if (isPathSeparator(code)) {
                /* Possibly a UNC root; at least absolute. */
                isAbsolute = true;
                if (isPathSeparator(path.charCodeAt(1))) {
                    var unc = matchUncRoot(path, len);
                    if (unc !== null && (unc.j === len || unc.j !== unc.last)) {
                        if (unc.firstPart !== '.' && unc.firstPart !== '?') {
                            device = '\\\\' + unc.firstPart + '\\' + path.slice(unc.last, unc.j);
                            rootEnd = unc.j;
                        } else {
                            /* A device root such as \\.\PHYSICALDRIVE0. */
                            device = '\\\\' + unc.firstPart;
                            rootEnd = 4;
                        }
                    }
                } else {
                    rootEnd = 1;
                }
            } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
                device = path.slice(0, 2);
                rootEnd = 2;
                if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
                    isAbsolute = true;
                    rootEnd = 3;
                }
            }

            if (device.length > 0) {
                if (resolvedDevice.length > 0) {
                    if (device.toLowerCase() !== resolvedDevice.toLowerCase()) {
                        /* This path is on another device: it does not apply. */
                        continue;
                    }
                } else {
                    resolvedDevice = device;
                }
            }

            if (resolvedAbsolute) {
                if (resolvedDevice.length > 0) {
                    break;
                }
            } else {
                resolvedTail = path.slice(rootEnd) + '\\' + resolvedTail;
                resolvedAbsolute = isAbsolute;
                if (isAbsolute && resolvedDevice.length > 0) {
                    break;
                }
            }
        }

        resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isPathSeparator);
        return resolvedAbsolute ? resolvedDevice + '\\' + resolvedTail :
               (resolvedDevice + resolvedTail) || '.';
    },

    normalize: function normalize(path) {
        validateString(path, 'path');
        var len = path.length;
        if (len === 0) {
            return '.';
        }
        var rootEnd = 0;
        var device;
        var isAbsolute = false;
        var code = path.charCodeAt(0);

        if (len === 1) {
            return isPosixPathSeparator(code) ? '\\' : path;
        }
        if (isPathSeparator(code)) {
            isAbsolute = true;
            if (isPathSeparator(path.charCodeAt(1))) {
                var unc = matchUncRoot(path, len);
                if (unc !== null && (unc.j === len || unc.j !== unc.last)) {
                    if (unc.firstPart === '.' || unc.firstPart === '?') {
                        device = '\\\\' + unc.firstPart;
                        rootEnd = 4;
                    } else if (unc.j === len) {
                        /* Only a UNC root: return it normalized. */
                        return '\\\\' + unc.firstPart + '\\' + path.slice(unc.last) + '\\';
                    } else {
                        device = '\\\\' + unc.firstPart + '\\' + path.slice(unc.last, unc.j);
                        rootEnd = unc.j;
                    }
                }
            } else {
                rootEnd = 1;
            }
        } else {
            var colon = path.indexOf(':');
            if (colon > 0) {
                if (isWindowsDeviceRoot(code) && colon === 1) {
                    device = path.slice(0, 2);
                    rootEnd = 2;
                    if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
                        isAbsolute = true;
                        rootEnd = 3;
                    }
                } else if (isWindowsReservedName(path, colon)) {
                    device = path.slice(0, colon + 1);
                    rootEnd = colon + 1;
                }
            }
        }

        var tail = rootEnd < len ?
                   normalizeString(path.slice(rootEnd), !isAbsolute, '\\', isPathSeparator) : '';
        if (tail.length === 0 && !isAbsolute) {
            tail = '.';
        }
        if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) {
            tail += '\\';
        }
        if (!isAbsolute && device === undefined && path.indexOf(':') !== -1) {
            /* A relative path with no device must not turn into something Windows reads as
             * absolute (CVE-2024-36139): prefix '.\' when the tail looks like 'C:' or a ':'
             * ends a segment. */
            if (tail.length >= 2 && isWindowsDeviceRoot(tail.charCodeAt(0)) &&
                tail.charCodeAt(1) === CHAR_COLON) {
                return '.\\' + tail;
            }
            var index = path.indexOf(':');
            do {
                if (index === len - 1 || isPathSeparator(path.charCodeAt(index + 1))) {
                    return '.\\' + tail;
                }
            } while ((index = path.indexOf(':', index + 1)) !== -1);
        }
        if (isWindowsReservedName(path, path.indexOf(':'))) {
            return '.\\' + (device === undefined ? '' : device) + tail;
        }
        if (device === undefined) {
            return isAbsolute ? '\\' + tail : tail;
        }
        return isAbsolute ? device + '\\' + tail : device + tail;
    },

    isAbsolute: function isAbsolute(path) {
        validateString(path, 'path');
        var len = path.length;
        if (len === 0) {
            return false;
        }
        var code = path.charCodeAt(0);
        return isPathSeparator(code) ||
               (len > 2 && isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON &&
                isPathSeparator(path.charCodeAt(2)));
    },

    join: function join() {
        if (arguments.length === 0) {
            return '.';
        }
        var joined;
        var firstPart;
        for (var i = 0; i < arguments.length; ++i) {
            var arg = arguments[i];
            validateString(arg, 'path');
            if (arg.length > 0) {
                if (joined === undefined) {
                    joined = firstPart = arg;
                } else {
                    joined += '\\' + arg;
                }
            }
        }
        if (joined === undefined) {
            return '.';
        }

        /* The joined path must not start with two separators, which normalize() would take
         * for a UNC root, unless the first non-empty part clearly is one: exactly two
         * separators followed by a non-separator ('//server', 'share' -> '\\server\share\'). */
        var needsReplace = true;
        var slashCount = 0;
        if (isPathSeparator(firstPart.charCodeAt(0))) {
            ++slashCount;
            var firstLen = firstPart.length;
            if (firstLen > 1 && isPathSeparator(firstPart.charCodeAt(1))) {
                ++slashCount;
                if (firstLen > 2) {
                    if (isPathSeparator(firstPart.charCodeAt(2))) {
                        ++slashCount;
                    } else {
                        needsReplace = false;
                    }
                }
            }
        }
        if (needsReplace) {
            while (slashCount < joined.length &&
                   isPathSeparator(joined.charCodeAt(slashCount))) {
                slashCount++;
            }
            if (slashCount >= 2) {
                joined = '\\' + joined.slice(slashCount);
            }
        }
        return win32.normalize(joined);
    },

    /* Returns the path from `from` to `to` ('C:\orandea\test\aaa', 'C:\orandea\impl\bbb'
     * -> '..\..\impl\bbb'), comparing case-insensitively. */
    relative: function relative(from, to) {
        validateString(from, 'from');
        validateString(to, 'to');
        if (from === to) {
            return '';
        }
        var fromOrig = win32.resolve(from);
        var toOrig = win32.resolve(to);
        if (fromOrig === toOrig) {
            return '';
        }
        from = fromOrig.toLowerCase();
        to = toOrig.toLowerCase();
        if (from === to) {
            return '';
        }

        if (fromOrig.length !== from.length || toOrig.length !== to.length) {
            /* Lower-casing changed a length (some Unicode letters do): compare by segment. */
            var fromSplit = fromOrig.split('\\');
            var toSplit = toOrig.split('\\');
            if (fromSplit[fromSplit.length - 1] === '') {
                fromSplit.pop();
            }
            if (toSplit[toSplit.length - 1] === '') {
                toSplit.pop();
            }
            var fromSegs = fromSplit.length;
            var toSegs = toSplit.length;
            var segs = fromSegs < toSegs ? fromSegs : toSegs;
            var k;
            for (k = 0; k < segs; k++) {
                if (fromSplit[k].toLowerCase() !== toSplit[k].toLowerCase()) {
                    break;
                }
            }
            if (k === 0) {
                return toOrig;
            } else if (k === segs) {
                if (toSegs > segs) {
                    return toSplit.slice(k).join('\\');
                }
                if (fromSegs > segs) {
                    return repeat('..\\', fromSegs - 1 - k) + '..';
                }
                return '';
            }
            return repeat('..\\', fromSegs - k) + toSplit.slice(k).join('\\');
        }

        /* Trim leading backslashes, and trailing ones (UNC paths only). */
        var fromStart = 0;
        while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKWARD_SLASH) {
            fromStart++;
        }
        var fromEnd = from.length;
        while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKWARD_SLASH) {
            fromEnd--;
        }
        var fromLen = fromEnd - fromStart;

        var toStart = 0;
        while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) {
            toStart++;
        }
        var toEnd = to.length;
        while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKWARD_SLASH) {
            toEnd--;
        }
        var toLen = toEnd - toStart;

        /* Find the longest common path from the root. */
        var length = fromLen < toLen ? fromLen : toLen;
        var lastCommonSep = -1;
        var i = 0;
        for (; i < length; i++) {
            var fromCode = from.charCodeAt(fromStart + i);
            if (fromCode !== to.charCodeAt(toStart + i)) {
                break;
            } else if (fromCode === CHAR_BACKWARD_SLASH) {
                lastCommonSep = i;
            }
        }

        if (i !== length) {
            /* A mismatch before any common separator: nothing in common. */
            if (lastCommonSep === -1) {
                return toOrig;
            }
        } else {
            if (toLen > length) {
                if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) {
                    /* `from` is the base of `to` ('C:\foo\bar' -> 'C:\foo\bar\baz'). */
                    return toOrig.slice(toStart + i + 1);
                }
                if (i === 2) {
                    /* `from` is the device root ('C:\' -> 'C:\foo'). */
                    return toOrig.slice(toStart + i);
                }
            }
            if (fromLen > length) {
                if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) {
                    /* `to` is the base of `from` ('C:\foo\bar' -> 'C:\foo'). */
                    lastCommonSep = i;
                } else if (i === 2) {
                    /* `to` is the device root ('C:\foo\bar' -> 'C:\'). */
                    lastCommonSep = 3;
                }
            }
            if (lastCommonSep === -1) {
                lastCommonSep = 0;
            }
        }

        var out = '';
        for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
            if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKWARD_SLASH) {
                out += out.length === 0 ? '..' : '\\..';
            }
        }
        toStart += lastCommonSep;
        if (out.length > 0) {
            return out + toOrig.slice(toStart, toEnd);
        }
        if (toOrig.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) {
            ++toStart;
        }
        return toOrig.slice(toStart, toEnd);
    },

    toNamespacedPath: function toNamespacedPath(path) {
        if (typeof path !== 'string' || path.length === 0) {
            return path;
        }
        var resolvedPath = win32.resolve(path);
        if (resolvedPath.length <= 2) {
            return path;
        }
        if (resolvedPath.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
            if (resolvedPath.charCodeAt(1) === CHAR_BACKWARD_SLASH) {
                var code = resolvedPath.charCodeAt(2);
                if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) {
                    /* A short UNC root: make it a long one. */
                    return '\\\\?\\UNC\\' + resolvedPath.slice(2);
                }
            }
        } else if (isWindowsDeviceRoot(resolvedPath.charCodeAt(0)) &&
                   resolvedPath.charCodeAt(1) === CHAR_COLON &&
                   resolvedPath.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
            return '\\\\?\\' + resolvedPath;
        }
        return resolvedPath;
    },

    dirname: function dirname(path) {
        validateString(path, 'path');
        var len = path.length;
        if (len === 0) {
            return '.';
        }
        var rootEnd = -1;
        var offset = 0;
        var code = path.charCodeAt(0);

        if (len === 1) {
            return isPathSeparator(code) ? path : '.';
        }
        if (isPathSeparator(code)) {
            rootEnd = offset = 1;
            if (isPathSeparator(path.charCodeAt(1))) {
                var unc = matchUncRoot(path, len);
                if (unc !== null) {
                    if (unc.j === len) {
                        return path;
                    }
                    if (unc.j !== unc.last) {
                        /* Past the separator after the UNC root, as if it were a root. */
                        rootEnd = offset = unc.j + 1;
                    }
                }
            }
        } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
            rootEnd = len > 2 && isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
            offset = rootEnd;
        }

        var end = -1;
        var matchedSlash = true;
        for (var i = len - 1; i >= offset; --i) {
            if (isPathSeparator(path.charCodeAt(i))) {
                if (!matchedSlash) {
                    end = i;
                    break;
                }
            } else {
                matchedSlash = false;
            }
        }
        if (end === -1) {
            if (rootEnd === -1) {
                return '.';
            }
            end = rootEnd;
        }
        return path.slice(0, end);
    },

    basename: function basename(path, suffix) {
        if (suffix !== undefined) {
            validateString(suffix, 'suffix');
        }
        validateString(path, 'path');
        var start = 0;
        /* Skip a drive letter so its separator is not taken for a trailing one. */
        if (path.length >= 2 && isWindowsDeviceRoot(path.charCodeAt(0)) &&
            path.charCodeAt(1) === CHAR_COLON) {
            start = 2;
        }
        return basenameFrom(path, suffix, start, isPathSeparator);
    },

    extname: function extname(path) {
        validateString(path, 'path');
        var start = 0;
        if (path.length >= 2 && path.charCodeAt(1) === CHAR_COLON &&
            isWindowsDeviceRoot(path.charCodeAt(0))) {
            start = 2;
        }
        return extnameFrom(path, start, isPathSeparator);
    },

    format: _format.bind(null, '\\'),

    parse: function parse(path) {
        validateString(path, 'path');
        var ret = { root: '', dir: '', base: '', ext: '', name: '' };
        if (path.length === 0) {
            return ret;
        }
        var len = path.length;
        var rootEnd = 0;
        var code = path.charCodeAt(0);

        if (len === 1) {
            if (isPathSeparator(code)) {
                ret.root = ret.dir = path;
                return ret;
            }
            ret.base = ret.name = path;
            return ret;
        }
        if (isPathSeparator(code)) {
            rootEnd = 1;
            if (isPathSeparator(path.charCodeAt(1))) {
                var unc = matchUncRoot(path, len);
                if (unc !== null) {
                    if (unc.j === len) {
                        rootEnd = unc.j;
                    } else if (unc.j !== unc.last) {
                        rootEnd = unc.j + 1;
                    }
                }
            }
        } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
            if (len <= 2) {
                ret.root = ret.dir = path;
                return ret;
            }
            rootEnd = 2;
            if (isPathSeparator(path.charCodeAt(2))) {
                if (len === 3) {
                    ret.root = ret.dir = path;
                    return ret;
                }
                rootEnd = 3;
            }
        }
        if (rootEnd > 0) {
            ret.root = path.slice(0, rootEnd);
        }

        var parts = scanLastSegment(path, rootEnd, rootEnd, isPathSeparator);
        if (parts.end !== -1) {
            if (parts.extStart === -1) {
                ret.base = ret.name = path.slice(parts.startPart, parts.end);
            } else {
                ret.name = path.slice(parts.startPart, parts.extStart);
                ret.base = path.slice(parts.startPart, parts.end);
                ret.ext = path.slice(parts.extStart, parts.end);
            }
        }
        /* The root keeps its separator as `dir` ('C:\abc' -> 'C:\'); any other dir loses
         * its trailing one ('C:\abc\def' -> 'C:\abc'). */
        if (parts.startPart > 0 && parts.startPart !== rootEnd) {
            ret.dir = path.slice(0, parts.startPart - 1);
        } else {
            ret.dir = ret.root;
        }
        return ret;
    },

    matchesGlob: function matchesGlob(path, pattern) {
        return glob(path, pattern, true);
    },

    sep: '\\',
    delimiter: ';',
    win32: null,
    posix: null
};

/* Finds the last segment of `path` at or after `start`: its bounds (startPart, which stays
 * `startPart` when no separator precedes it, and end, -1 when there is no segment) and where
 * its extension starts (extStart, -1 when it has none: no dot, a leading dot only, or the
 * segment is '..'). */
function scanLastSegment(path, start, startPart, isSeparator) {
    var startDot = -1;
    var end = -1;
    var matchedSlash = true;
    /* What came before the first dot seen: 0 nothing, 1 only dots, -1 something else. */
    var preDotState = 0;
    for (var i = path.length - 1; i >= start; --i) {
        var code = path.charCodeAt(i);
        if (isSeparator(code)) {
            if (!matchedSlash) {
                startPart = i + 1;
                break;
            }
            continue;
        }
        if (end === -1) {
            matchedSlash = false;
            end = i + 1;
        }
        if (code === CHAR_DOT) {
            if (startDot === -1) {
                startDot = i;
            } else if (preDotState !== 1) {
                preDotState = 1;
            }
        } else if (startDot !== -1) {
            preDotState = -1;
        }
    }
    var extStart = startDot;
    if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
        extStart = -1;
    }
    return { startPart: startPart, end: end, extStart: extStart };
}

function extnameFrom(path, start, isSeparator) {
    var parts = scanLastSegment(path, start, start, isSeparator);
    return parts.extStart === -1 ? '' : path.slice(parts.extStart, parts.end);
}

/* basename() for either flavour, scanning from `start`. */
function basenameFrom(path, suffix, start, isSeparator) {
    var end = -1;
    var matchedSlash = true;
    var i;

    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
        if (suffix === path) {
            return '';
        }
        var extIdx = suffix.length - 1;
        var firstNonSlashEnd = -1;
        for (i = path.length - 1; i >= start; --i) {
            var code = path.charCodeAt(i);
            if (isSeparator(code)) {
                if (!matchedSlash) {
                    start = i + 1;
                    break;
                }
            } else {
                if (firstNonSlashEnd === -1) {
                    /* Remember the end in case the suffix ends up not matching. */
                    matchedSlash = false;
                    firstNonSlashEnd = i + 1;
                }
                if (extIdx >= 0) {
                    if (code === suffix.charCodeAt(extIdx)) {
                        if (--extIdx === -1) {
                            end = i;
                        }
                    } else {
                        extIdx = -1;
                        end = firstNonSlashEnd;
                    }
                }
            }
        }
        if (start === end) {
            end = firstNonSlashEnd;
        } else if (end === -1) {
            end = path.length;
        }
        return path.slice(start, end);
    }

    for (i = path.length - 1; i >= start; --i) {
        if (isSeparator(path.charCodeAt(i))) {
            if (!matchedSlash) {
                start = i + 1;
                break;
            }
        } else if (end === -1) {
            matchedSlash = false;
            end = i + 1;
        }
    }
    if (end === -1) {
        return '';
    }
    return path.slice(start, end);
}

/* ------------------------------------------------------------------------------------------ */
/* posix */

/* normalizeString() for '/' alone (lib/path.c: module resolution calls it hundreds of times,
 * where a character loop costs Duktape a native call per character). */
var normalizePosixString = pathBinding.normalizeString;

var posix = {
    resolve: function resolve() {
        var resolvedPath = pathBinding.resolveAbsolute.apply(null, arguments);
        if (resolvedPath !== undefined) {
            return resolvedPath;
        }
        resolvedPath = '';
        var resolvedAbsolute = false;
        for (var i = arguments.length - 1; i >= 0 && !resolvedAbsolute; i--) {
            var path = arguments[i];
            if (typeof path !== 'string') {
                validateString(path, 'paths[' + i + ']');
            }
            if (path.length === 0) {
                continue;
            }
            resolvedPath = resolvedPath === '' ? path : path + '/' + resolvedPath;
            resolvedAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
        }
        if (!resolvedAbsolute) {
            var cwd = process.cwd();
            resolvedPath = cwd + '/' + resolvedPath;
            resolvedAbsolute = cwd.charCodeAt(0) === CHAR_FORWARD_SLASH;
        }
        /* Relative only if process.cwd() failed to give an absolute path. */
        resolvedPath = normalizePosixString(resolvedPath, !resolvedAbsolute);
        if (resolvedAbsolute) {
            return '/' + resolvedPath;
        }
        return resolvedPath.length > 0 ? resolvedPath : '.';
    },

    normalize: function normalize(path) {
        validateString(path, 'path');
        if (path.length === 0) {
            return '.';
        }
        var isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
        var trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_FORWARD_SLASH;
        path = normalizePosixString(path, !isAbsolute);
        if (path.length === 0) {
            if (isAbsolute) {
                return '/';
            }
            return trailingSeparator ? './' : '.';
        }
        if (trailingSeparator) {
            path += '/';
        }
        return isAbsolute ? '/' + path : path;
    },

    isAbsolute: function isAbsolute(path) {
        validateString(path, 'path');
        return path.length > 0 && path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    },

    join: function join() {
        if (arguments.length === 0) {
            return '.';
        }
        var joined;
        for (var i = 0; i < arguments.length; ++i) {
            var arg = arguments[i];
            validateString(arg, 'path');
            if (arg.length > 0) {
                joined = joined === undefined ? arg : joined + '/' + arg;
            }
        }
        if (joined === undefined) {
            return '.';
        }
        return posix.normalize(joined);
    },

    relative: function relative(from, to) {
        validateString(from, 'from');
        validateString(to, 'to');
        if (from === to) {
            return '';
        }
        from = posix.resolve(from);
        to = posix.resolve(to);
        if (from === to) {
            return '';
        }
        /* Both start with the root '/'. */
        var fromStart = 1;
        var fromEnd = from.length;
        var fromLen = fromEnd - fromStart;
        var toStart = 1;
        var toLen = to.length - toStart;

        var length = fromLen < toLen ? fromLen : toLen;
        var lastCommonSep = -1;
        var i = 0;
        for (; i < length; i++) {
            var fromCode = from.charCodeAt(fromStart + i);
            if (fromCode !== to.charCodeAt(toStart + i)) {
                break;
            } else if (fromCode === CHAR_FORWARD_SLASH) {
                lastCommonSep = i;
            }
        }
        if (i === length) {
            if (toLen > length) {
                if (to.charCodeAt(toStart + i) === CHAR_FORWARD_SLASH) {
                    /* `from` is the base of `to` ('/foo/bar' -> '/foo/bar/baz'). */
                    return to.slice(toStart + i + 1);
                }
                if (i === 0) {
                    /* `from` is the root ('/' -> '/foo'). */
                    return to.slice(toStart + i);
                }
            } else if (fromLen > length) {
                if (from.charCodeAt(fromStart + i) === CHAR_FORWARD_SLASH) {
                    /* `to` is the base of `from` ('/foo/bar/baz' -> '/foo/bar'). */
                    lastCommonSep = i;
                } else if (i === 0) {
                    /* `to` is the root ('/foo/bar' -> '/'). */
                    lastCommonSep = 0;
                }
            }
        }

        var out = '';
        for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
            if (i === fromEnd || from.charCodeAt(i) === CHAR_FORWARD_SLASH) {
                out += out.length === 0 ? '..' : '/..';
            }
        }
        return out + to.slice(toStart + lastCommonSep);
    },

    toNamespacedPath: function toNamespacedPath(path) {
        return path;
    },

    dirname: function dirname(path) {
        validateString(path, 'path');
        return pathBinding.dirname(path);
    },

    basename: function basename(path, suffix) {
        if (suffix !== undefined) {
            validateString(suffix, 'suffix');
        }
        validateString(path, 'path');
        if (suffix === undefined || suffix.length === 0) {
            return pathBinding.basename(path);
        }
        return basenameFrom(path, suffix, 0, isPosixPathSeparator);
    },

    extname: function extname(path) {
        validateString(path, 'path');
        return pathBinding.extname(path);
    },

    format: _format.bind(null, '/'),

    parse: function parse(path) {
        validateString(path, 'path');
        var ret = { root: '', dir: '', base: '', ext: '', name: '' };
        if (path.length === 0) {
            return ret;
        }
        var isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
        if (isAbsolute) {
            ret.root = '/';
        }
        var parts = scanLastSegment(path, isAbsolute ? 1 : 0, 0, isPosixPathSeparator);
        var startPart = parts.startPart;
        if (parts.end !== -1) {
            var start = startPart === 0 && isAbsolute ? 1 : startPart;
            if (parts.extStart === -1) {
                ret.base = ret.name = path.slice(start, parts.end);
            } else {
                ret.name = path.slice(start, parts.extStart);
                ret.base = path.slice(start, parts.end);
                ret.ext = path.slice(parts.extStart, parts.end);
            }
        }
        if (startPart > 0) {
            ret.dir = path.slice(0, startPart - 1);
        } else if (isAbsolute) {
            ret.dir = '/';
        }
        return ret;
    },

    matchesGlob: function matchesGlob(path, pattern) {
        return glob(path, pattern, false);
    },

    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

/* Legacy internal API, docs-only deprecated (DEP0080). */
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
