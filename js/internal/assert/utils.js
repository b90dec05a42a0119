'use strict';
/* js/internal/assert/utils.js: assert.ok's check (innerOk) and the message Node generates for a
 * falsy value: 'The expression evaluated to a falsy value:\n\n  assert.ok(x)\n', quoting the
 * call from the caller's source file.
 *
 * Node finds the call with the frame's line and column and a JavaScript parser.  Duktape's
 * frames carry no column, so this reads the caller's line and takes the call whose callee ends
 * in 'ok', 'assert' or 'strict' (else the first call on the line), following its parentheses
 * over later lines when it spans several (looking a few lines up when the frame's line is the
 * end of such a call).  When the source cannot be read (eval, new Function, a node: module) the
 * message is Node's fallback, 'value == true'. */

var AssertionError = require('internal/assert/assertion_error');

var errorCache = {};
var fsBinding = null;

var KEYWORDS = {
    'if': true, 'while': true, 'for': true, 'switch': true, 'catch': true, 'function': true,
    'return': true, 'typeof': true, 'new': true, 'with': true, 'do': true, 'else': true,
    'void': true, 'delete': true, 'in': true, 'of': true, 'instanceof': true, 'throw': true,
    'case': true, 'await': true, 'yield': true
};

/* Returns the caller frame's { file, line } (line 1-based), or null. */
function callSite(fn) {
    if (typeof Error.captureStackTrace !== 'function') return null;
    var holder = {};
    Error.captureStackTrace(holder, fn);
    var stack = holder.stack;
    if (typeof stack !== 'string') return null;
    var lines = stack.split('\n');
    for (var i = 0; i < lines.length; i++) {
        var m = /^\s+at (?:.*\()?(.+):(\d+)(?::\d+)?\)?$/.exec(lines[i]);
        if (m !== null) return { file: m[1], line: Number(m[2]) };
    }
    return null;
}

function readSource(file) {
    if (fsBinding === null) {
        fsBinding = internalBinding('fs');
    }
    return fsBinding.readFileUtf8(file, 0);
}

/* Scans src from `from` and returns the index just past the string, template or comment that
 * starts there, or -1 when none starts there. */
function skipNonCode(src, from) {
    var c = src.charAt(from);
    var i;
    if (c === '"' || c === "'" || c === '`') {
        for (i = from + 1; i < src.length; i++) {
            var d = src.charAt(i);
            if (d === '\\') {
                i++;
            } else if (d === c) {
                return i + 1;
            } else if (d === '\n' && c !== '`') {
                return i;
            }
        }
        return src.length;
    }
    if (c === '/' && src.charAt(from + 1) === '/') {
        i = src.indexOf('\n', from);
        return i === -1 ? src.length : i;
    }
    if (c === '/' && src.charAt(from + 1) === '*') {
        i = src.indexOf('*/', from + 2);
        return i === -1 ? src.length : i + 2;
    }
    return -1;
}

/* Returns the index of the ')' closing the '(' at `open`, or -1. */
function matchParen(src, open) {
    var depth = 0;
    for (var i = open; i < src.length; i++) {
        var skip = skipNonCode(src, i);
        if (skip !== -1) {
            i = skip - 1;
            continue;
        }
        var c = src.charAt(i);
        if (c === '(' || c === '[' || c === '{') {
            depth++;
        } else if (c === ')' || c === ']' || c === '}') {
            depth--;
            if (depth === 0) return c === ')' ? i : -1;
        }
    }
    return -1;
}

/* The calls that start on the line [start, end) of src: { start, open, callee }. */
function callsOnLine(src, start, end) {
    var calls = [];
    var re = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*\(/g;
    for (var i = start; i < end; i++) {
        var skip = skipNonCode(src, i);
        if (skip !== -1) {
            i = skip - 1;
            continue;
        }
        var prev = i > 0 ? src.charAt(i - 1) : '';
        if (/[\w$.]/.test(prev)) continue;
        re.lastIndex = i;
        var m = re.exec(src);
        if (m === null || m.index !== i) continue;
        var callee = m[0].slice(0, -1).replace(/\s+/g, '');
        var open = i + m[0].length - 1;
        calls.push({ start: i, open: open, callee: callee });
        i = open;
    }
    return calls;
}

function lastSegment(callee) {
    var dot = callee.lastIndexOf('.');
    return dot === -1 ? callee : callee.slice(dot + 1);
}

function preferredCall(call) {
    var last = lastSegment(call.callee);
    return last === 'ok' || last === 'assert' || last === 'strict';
}

/* Returns the source text of the assert call at (1-based) line `line`, and its column. */
function findCall(src, line) {
    var lineStarts = [0];
    for (var i = 0; i < src.length; i++) {
        if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    if (line < 1 || line > lineStarts.length) return null;
    var target = line - 1;
    for (var l = target; l >= 0 && l >= target - 10; l--) {
        var start = lineStarts[l];
        var end = l + 1 < lineStarts.length ? lineStarts[l + 1] : src.length;
        var calls = callsOnLine(src, start, end);
        var chosen = null;
        var j;
        for (j = 0; j < calls.length && chosen === null; j++) {
            if (preferredCall(calls[j])) chosen = calls[j];
        }
        if (chosen === null && l === target) {
            for (j = 0; j < calls.length && chosen === null; j++) {
                if (!KEYWORDS[calls[j].callee]) chosen = calls[j];
            }
        }
        if (chosen === null) continue;
        var close = matchParen(src, chosen.open);
        if (close === -1) return null;
        /* A call found above the frame's line must reach down to it. */
        if (l !== target && close < lineStarts[target]) return null;
        return { code: src.slice(chosen.start, close + 1), column: chosen.start - start };
    }
    return null;
}

/* The generated message for a falsy assert.ok(value), or undefined when the call's source
 * cannot be found. */
function getErrMessage(fn) {
    var site = callSite(fn);
    if (site === null || site.file.slice(0, 5) === 'node:') return undefined;
    var id = site.file + ':' + site.line;
    if (Object.prototype.hasOwnProperty.call(errorCache, id)) return errorCache[id];
    var message;
    try {
        var found = findCall(readSource(site.file), site.line);
        if (found !== null) {
            message = found.code;
            if (message.indexOf('\n') !== -1) {
                /* Continuation lines lose the indentation of the call's first line. */
                var frames = message.split('\n');
                message = frames.shift();
                for (var i = 0; i < frames.length; i++) {
                    var frame = frames[i];
                    var pos = 0;
                    while (pos < found.column && (frame[pos] === ' ' || frame[pos] === '\t')) {
                        pos++;
                    }
                    message += '\n  ' + frame.slice(pos);
                }
            }
            message = 'The expression evaluated to a falsy value:\n\n  ' + message + '\n';
        }
    } catch (e) {
        message = undefined;
    }
    errorCache[id] = message;
    return message;
}

/* The check behind assert() and assert.ok(): throws an AssertionError for a falsy value. */
function innerOk(fn, argLen, value, message) {
    if (!value) {
        var generatedMessage = false;
        if (argLen === 0) {
            generatedMessage = true;
            message = 'No value argument passed to `assert.ok()`';
        } else if (message == null) {
            generatedMessage = true;
            message = getErrMessage(fn);
        } else if (message instanceof Error) {
            throw message;
        }
        var err = new AssertionError({
            actual: value,
            expected: true,
            message: message,
            operator: '==',
            stackStartFn: fn
        });
        err.generatedMessage = generatedMessage;
        throw err;
    }
}

module.exports = {
    innerOk: innerOk
};
