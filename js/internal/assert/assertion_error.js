'use strict';
/* js/internal/assert/assertion_error.js: assert.AssertionError with Node 20's generated
 * messages.
 *
 * strictEqual and deepStrictEqual show a line diff of util.inspect's output ('+ actual
 * - expected', at most about 50 lines, runs of identical lines collapsed to '...'), or
 * 'a !== b' for short primitives, or 'Values have same structure but are not
 * reference-equal' when both sides print the same; a custom message replaces the first line
 * of that text.  The not* operators print the value; deepEqual/notDeepEqual print both
 * values; any other operator gives 'actual operator expected'.
 *
 * An instance is a real engine error (so Duktape records the traceback) whose prototype is
 * AssertionError.prototype; its stack starts 'AssertionError [ERR_ASSERTION]: message' and is
 * cut at the assert function that failed, like Node's. */

var inspectModule = require('internal/util/inspect');
var inspect = inspectModule.inspect;

var kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

/* Short primitives are shown as 'a !== b' instead of a diff. */
var kMaxShortLength = 12;

function repeat(str, n) {
    var out = '';
    for (var i = 0; i < n; i++) out += str;
    return out;
}

function endsWithComma(str) {
    return str.charAt(str.length - 1) === ',';
}

/* A copy of an error with the same prototype, own enumerable properties and message, so that
 * the stack does not show up in the diff. */
function copyError(source) {
    var target = Object.create(Object.getPrototypeOf(source));
    var keys = Object.keys(source);
    for (var i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
    Object.defineProperty(target, 'message', { value: source.message });
    return target;
}

/* util.inspect with the options assert always uses, whatever the defaults were set to. */
function inspectValue(val) {
    return inspect(val, {
        compact: false,
        customInspect: false,
        depth: 1000,
        maxArrayLength: Infinity,
        showHidden: false,
        showProxy: false,
        sorted: true,
        getters: true
    });
}

function stderrColumns() {
    var stderr = typeof process === 'object' && process !== null ? process.stderr : null;
    return stderr && stderr.isTTY ? stderr.columns : 80;
}

/* The diff text of strictEqual/deepStrictEqual; customMessage (when given) replaces the
 * operator's sentence. */
function createErrDiff(actual, expected, operator, customMessage) {
    var other = '';
    var res = '';
    var end = '';
    var skipped = false;
    var actualInspected = inspectValue(actual);
    var actualLines = actualInspected.split('\n');
    var expectedLines = inspectValue(expected).split('\n');
    var i = 0;
    var indicator = '';

    if (operator === 'strictEqual' &&
        ((typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
        operator = 'strictEqualObject';
    }

    /* Both fit on one line and differ: short primitives compare inline; otherwise a caret
     * may point at the first difference. */
    if (actualLines.length === 1 && expectedLines.length === 1 &&
        actualLines[0] !== expectedLines[0]) {
        var actualRaw = actualLines[0];
        var expectedRaw = expectedLines[0];
        var inputLength = actualRaw.length + expectedRaw.length;
        if (inputLength <= kMaxShortLength) {
            if ((typeof actual !== 'object' || actual === null) &&
                (typeof expected !== 'object' || expected === null) &&
                (actual !== 0 || expected !== 0)) {
                return (customMessage || kReadableOperator[operator]) + '\n\n' +
                       actualLines[0] + ' !== ' + expectedLines[0] + '\n';
            }
        } else if (operator !== 'strictEqualObject') {
            if (inputLength < stderrColumns()) {
                while (actualRaw[i] === expectedRaw[i]) i++;
                /* The first characters need no pointer. */
                if (i > 2) {
                    indicator = '\n  ' + repeat(' ', i) + '^';
                    i = 0;
                }
            }
        }
    }

    /* Drop the identical trailing lines, keeping up to three for context. */
    var a = actualLines[actualLines.length - 1];
    var b = expectedLines[expectedLines.length - 1];
    while (a === b) {
        if (i++ < 3) {
            end = '\n  ' + a + end;
        } else {
            other = a;
        }
        actualLines.pop();
        expectedLines.pop();
        if (actualLines.length === 0 || expectedLines.length === 0) break;
        a = actualLines[actualLines.length - 1];
        b = expectedLines[expectedLines.length - 1];
    }

    var maxLines = Math.max(actualLines.length, expectedLines.length);
    /* Same text, different identity: deepStrictEqual({ a: Symbol() }, { a: Symbol() }). */
    if (maxLines === 0) {
        var lines = actualInspected.split('\n');
        if (lines.length > 50) {
            lines[46] = '...';
            while (lines.length > 47) lines.pop();
        }
        return kReadableOperator.notIdentical + '\n\n' + lines.join('\n') + '\n';
    }

    if (i >= 5) {
        end = '\n...' + end;
        skipped = true;
    }
    if (other !== '') {
        end = '\n  ' + other + end;
        other = '';
    }

    var printedLines = 0;
    var identical = 0;
    var msg = (customMessage || kReadableOperator[operator]) + '\n+ actual - expected';
    var skippedMsg = ' ... Lines skipped';

    var longer = actualLines;
    var plusMinus = '+';
    var maxLength = expectedLines.length;
    if (actualLines.length < maxLines) {
        longer = expectedLines;
        plusMinus = '-';
        maxLength = actualLines.length;
    }

    for (i = 0; i < maxLines; i++) {
        if (maxLength < i + 1) {
            /* Only the longer side has lines left; print up to two identical lines before. */
            if (identical > 2) {
                if (identical > 3) {
                    if (identical > 4) {
                        if (identical === 5) {
                            res += '\n  ' + longer[i - 3];
                            printedLines++;
                        } else {
                            res += '\n...';
                            skipped = true;
                        }
                    }
                    res += '\n  ' + longer[i - 2];
                    printedLines++;
                }
                res += '\n  ' + longer[i - 1];
                printedLines++;
            }
            identical = 0;
            if (longer === actualLines) {
                res += '\n' + plusMinus + ' ' + longer[i];
            } else {
                other += '\n' + plusMinus + ' ' + longer[i];
            }
            printedLines++;
        } else {
            var expectedLine = expectedLines[i];
            var actualLine = actualLines[i];
            /* Lines that differ only by a trailing comma count as identical. */
            var divergingLines = actualLine !== expectedLine &&
                (!endsWithComma(actualLine) || actualLine.slice(0, -1) !== expectedLine);
            if (divergingLines && endsWithComma(expectedLine) &&
                expectedLine.slice(0, -1) === actualLine) {
                divergingLines = false;
                actualLine += ',';
            }
            if (divergingLines) {
                if (identical > 2) {
                    if (identical > 3) {
                        if (identical > 4) {
                            if (identical === 5) {
                                res += '\n  ' + actualLines[i - 3];
                                printedLines++;
                            } else {
                                res += '\n...';
                                skipped = true;
                            }
                        }
                        res += '\n  ' + actualLines[i - 2];
                        printedLines++;
                    }
                    res += '\n  ' + actualLines[i - 1];
                    printedLines++;
                }
                identical = 0;
                /* Group the actual lines before the expected ones: +++--- rather than +-+-. */
                res += '\n+ ' + actualLine;
                other += '\n- ' + expectedLine;
                printedLines += 2;
            } else {
                res += other;
                other = '';
                identical++;
                if (identical <= 2) {
                    res += '\n  ' + actualLine;
                    printedLines++;
                }
            }
        }
        /* About 50 lines at most. */
        if (printedLines > 50 && i < maxLines - 2) {
            return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
        }
    }

    return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
}

/* Shortens a long string for the inspected actual/expected properties. */
function addEllipsis(string) {
    var lines = string.split('\n', 11);
    if (lines.length > 10) {
        lines.length = 10;
        return lines.join('\n') + '\n...';
    } else if (string.length > 512) {
        return string.slice(512) + '...';
    }
    return string;
}

function validateOptions(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(
            'options', 'Object', options);
    }
}

function buildMessage(options) {
    var message = options.message;
    var operator = options.operator;
    var actual = options.actual;
    var expected = options.expected;

    if (message != null) {
        if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
            return createErrDiff(actual, expected, operator, message);
        }
        return String(message);
    }
    /* Errors on both sides: copies, so the stacks stay out of the text. */
    if (typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
        expected !== null && 'stack' in actual && actual instanceof Error &&
        'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
    }
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        return createErrDiff(actual, expected, operator);
    }
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        var base = kReadableOperator[operator];
        var lines = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' &&
            ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
            base = kReadableOperator.notStrictEqualObject;
        }
        if (lines.length > 50) {
            lines[46] = '...';
            while (lines.length > 47) lines.pop();
        }
        if (lines.length === 1) {
            return base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
        }
        return base + '\n\n' + lines.join('\n') + '\n';
    }
    var res = inspectValue(actual);
    var other = inspectValue(expected);
    var knownOperator = kReadableOperator[operator];
    if (operator === 'notDeepEqual' && res === other) {
        res = knownOperator + '\n\n' + res;
        if (res.length > 1024) res = res.slice(0, 1021) + '...';
        return res;
    }
    if (res.length > 512) res = res.slice(0, 509) + '...';
    if (other.length > 512) other = other.slice(0, 509) + '...';
    if (operator === 'deepEqual') {
        res = knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
    } else {
        var newOp = kReadableOperator[operator + 'Unequal'];
        if (newOp) {
            res = newOp + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
        } else {
            other = ' ' + operator + ' ' + other;
        }
    }
    return res + other;
}

/*
 * new assert.AssertionError({ message, actual, expected, operator, stackStartFn, details }):
 * returns the error (an Error instance with this prototype); throws ERR_INVALID_ARG_TYPE when
 * options is not an object.
 */
function AssertionError(options) {
    validateOptions(options);
    var message = options.message;
    var details = options.details;
    var stackStartFn = options.stackStartFn || options.stackStartFunction;

    var err = new Error(buildMessage(options));
    Object.setPrototypeOf(err, this instanceof AssertionError ? Object.getPrototypeOf(this) :
                               AssertionError.prototype);

    err.generatedMessage = !message;
    err.code = 'ERR_ASSERTION';
    if (details) {
        err.actual = undefined;
        err.expected = undefined;
        err.operator = undefined;
        for (var i = 0; i < details.length; i++) {
            err['message ' + i] = details[i].message;
            err['actual ' + i] = details[i].actual;
            err['expected ' + i] = details[i].expected;
            err['operator ' + i] = details[i].operator;
            err['stack trace ' + i] = details[i].stack;
        }
    } else {
        err.actual = options.actual;
        err.expected = options.expected;
        err.operator = options.operator;
    }
    /* The stack's first line carries the code, as Node's does; the name then reads plain. */
    Object.defineProperty(err, 'name', {
        value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true,
        configurable: true
    });
    if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(err, typeof stackStartFn === 'function' ? stackStartFn :
                                     AssertionError);
    }
    void err.stack;
    err.name = 'AssertionError';
    return err;
}

AssertionError.prototype = Object.create(Error.prototype);
Object.defineProperty(AssertionError.prototype, 'constructor', {
    value: AssertionError, writable: true, enumerable: false, configurable: true
});
Object.defineProperty(AssertionError.prototype, 'toString', {
    value: function toString() {
        return this.name + ' [' + this.code + ']: ' + this.message;
    },
    writable: true, enumerable: false, configurable: true
});
Object.defineProperty(AssertionError.prototype, inspectModule.customInspectSymbol, {
    value: function (recurseTimes, ctx) {
        /* Long strings are shortened, and actual/expected shown at depth 0: the message
         * already has the full picture. */
        var tmpActual = this.actual;
        var tmpExpected = this.expected;
        if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
        if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
        var opts = {};
        for (var k in ctx) opts[k] = ctx[k];
        opts.customInspect = false;
        opts.depth = 0;
        var result = inspect(this, opts);
        this.actual = tmpActual;
        this.expected = tmpExpected;
        return result;
    },
    writable: true, enumerable: false, configurable: true
});

module.exports = AssertionError;
