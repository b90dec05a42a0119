'use strict';
/* js/internal/polyfills/regexp.js: RegExp built at run time with the flags Duktape 2.7 lacks.
 *
 * Regex literals are translated by the lowering compiler; `new RegExp(source, flags)` is this
 * wrapper, which translates the same way when flags contain s, u or y and otherwise calls the
 * native constructor unchanged:
 *   - s: every '.' outside a class and not escaped becomes [\s\S];
 *   - u: dropped, since the rest means the same without it, once \u{...} and \p{...} are
 *     translated by the lowering compiler as in literals (an astral character as \u{...});
 *   - v: as u, once the lowering compiler has checked that no class uses what only v means
 *     (nested classes, && and --, \q{...});
 *   - y: made global, with $nd.sticky's exec/test that match only at lastIndex;
 *   - d: $nd.rd's exec adds .indices;
 * and a source with named groups is lowered as a literal would be (buildNamed).
 * The wrapper shares the native prototype, so instanceof RegExp and re.constructor hold. */

var NativeRegExp = RegExp;
var globalObject = null;
/* Where a regex with named groups keeps them: $nd.re.NAMES (js/internal/lower_runtime.js). */
var kGroupNames = Symbol['for']('nodule.groupNames');

function unsupported(source, what) {
    return new SyntaxError('Invalid regular expression: /' + source + '/: ' + what +
        ' is not supported by nodule');
}

/* The source with '.' outside classes and escapes widened to any character. */
function dotAll(source) {
    var out = '', inClass = false;
    for (var i = 0; i < source.length; i++) {
        var c = source.charAt(i);
        if (c === '\\') {
            out += source.substr(i, 2);
            i++;
            continue;
        }
        if (inClass) {
            inClass = c !== ']';
        } else if (c === '[') {
            inClass = true;
        } else if (c === '.') {
            out += '[\\s\\S]';
            continue;
        }
        out += c;
    }
    return out;
}

/* The regex literal of source and flags. */
function toLiteral(source, flags) {
    return '/' + source.replace(/(\\[\s\S])|\//g, function (m, escape) {
        return escape || '\\/';
    }).replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '/' + flags;
}

/* A u-flag source with \u{...} or \p{...} as the lowering compiler translates the same regex
 * literal (src/lower/: property sets become classes and surrogate-pair alternatives). */
function lowerUnicode(source, flag) {
    var literal = toLiteral(source, flag);
    var lowered = internalBinding('contextify').lower(literal);
    if (lowered === undefined) {
        return source;
    }
    /* /translated/ or, with property escapes, $nd.rsrc(/translated/u, "source", "u") */
    /* with a lookbehind: var $$l1 = $nd.lbs();$nd.lb("translated", "u"), where only '\\' and
     * '"' are escaped (so the first '", "' ends the string) */
    var at = lowered.indexOf('$nd.lb("');
    if (at !== -1) {
        return lowered.slice(at + 8, lowered.indexOf('", "', at)).replace(/\\([\s\S])/g, '$1');
    }
    var m = /^(?:\$nd\.rsrc\()?\/([\s\S]*?)\/[a-z]*(?:, "[\s\S]*\))?;?\s*$/.exec(lowered);
    if (m === null) {
        throw unsupported(source, 'this u-flag pattern');
    }
    return m[1];
}

function build(source, flags) {
    var native = '';
    for (var i = 0; i < flags.length; i++) {
        var f = flags.charAt(i);
        if ('gim'.indexOf(f) !== -1) {
            native += f;
        } else if ('suydv'.indexOf(f) === -1 || (f === 'v' && flags.indexOf('u') !== -1)) {
            return new NativeRegExp(source, flags);    /* Duktape's own flag error */
        }
    }
    var pattern = source;
    var sets = flags.indexOf('v') !== -1, unicode = sets || flags.indexOf('u') !== -1;
    if (unicode && /[\ud800-\udfff]/.test(source)) {
        /* an astral character is one code point: written \u{...}, the lowering translates it */
        pattern = source.replace(/[\ud800-\udbff][\udc00-\udfff]/g, function (pair) {
            return '\\u{' + ((pair.charCodeAt(0) - 0xd800) * 0x400 + pair.charCodeAt(1) - 0xdc00 +
                0x10000).toString(16) + '}';
        });
        if (/[\ud800-\udfff]/.test(pattern)) {
            throw unsupported(source, 'a lone surrogate with the u flag');
        }
    }
    if (sets || (unicode && /\\[uU]\{|\\[pP]\{/.test(pattern))) {
        pattern = lowerUnicode(pattern, sets ? 'v' : 'u');
    }
    var sticky = flags.indexOf('y') !== -1;
    if (sticky && native.indexOf('g') === -1) {
        native += 'g';
    }
    if (flags.indexOf('s') !== -1) {
        pattern = dotAll(pattern);
    }
    var lookbehind = /\(\?<[=!]/.test(pattern), re;
    if (lookbehind) {
        /* $nd.lb runs the lookbehinds, and reports the source */
        re = globalObject.$nd.lb(pattern, native + (flags.indexOf('u') !== -1 ? 'u' : ''),
            source, flags);
    } else {
        re = new NativeRegExp(pattern, native);
        /* the source and flags the program asked for, as a V8 regex reports them */
        globalObject.$nd.rsrc(re, source, flags);
    }
    if (sticky) {
        globalObject.$nd.sticky(re);
    }
    if (flags.indexOf('d') !== -1 && lookbehind) {
        throw unsupported(source, "a lookbehind with the 'd' flag");
    }
    if (flags.indexOf('d') !== -1) {
        globalObject.$nd.rd(re, [], flags.split('').sort().join(''));
    }
    return re;
}

/* A source with a named group (?<name>...), which Duktape lacks: the regex literal it makes
 * is lowered as the compiler does literals ($nd.re(/.../, names) and the flags' wrappers), and
 * the lowered expression evaluated. */
function buildNamed(source, flags) {
    var literal = toLiteral(source, flags);
    var lowered = internalBinding('contextify').lower(literal);
    return (0, eval)(lowered === undefined ? literal : lowered);
}

function RegExpWrapper(pattern, flags) {
    var constructing = this instanceof RegExpWrapper;
    var re;
    var source = pattern instanceof NativeRegExp ? pattern.source : pattern;
    var lookbehind = /\(\?<[=!]/.test(pattern instanceof NativeRegExp ? pattern.source :
        String(pattern));
    if (lookbehind && pattern instanceof NativeRegExp) {
        re = globalObject.$nd.lbCopy(pattern, flags === undefined ? undefined : String(flags));
        flags = flags === undefined ? pattern.flags : flags;
    }
    if (re !== undefined) {
        /* a copy of a lookbehind regex */
    } else if (!lookbehind && typeof source === 'string' && /(^|[^\\])\(\?<[^=!]/.test(source)) {
        re = buildNamed(source, flags === undefined ?
            (pattern instanceof NativeRegExp ? pattern.flags : '') : String(flags));
    } else if (!lookbehind && (flags === undefined || !/[suydv]/.test(String(flags)))) {
        re = !constructing && flags === undefined ? NativeRegExp(pattern) :
            new NativeRegExp(pattern, flags);
    } else {
        re = build(pattern instanceof NativeRegExp ? pattern.source :
            pattern === undefined ? '(?:)' : String(pattern), flags === undefined ? '' :
            String(flags));
    }
    /* a copy of a regex with named groups (new RegExp(re), matchAll's) has them too */
    var names = pattern instanceof NativeRegExp ? pattern[kGroupNames] : undefined;
    if (names !== undefined && re[kGroupNames] === undefined) {
        globalObject.$nd.re(re, names);
    }
    /* constructed for a subclass (class extends RegExp, Reflect.construct): take its prototype */
    var proto = constructing ? Object.getPrototypeOf(this) : null;
    if (proto !== null && proto !== NativeRegExp.prototype) {
        Object.setPrototypeOf(re, proto);
    }
    return re;
}

function install(global) {
    globalObject = global;
    RegExpWrapper.prototype = NativeRegExp.prototype;
    Object.defineProperty(NativeRegExp.prototype, 'constructor', {
        value: RegExpWrapper, writable: true, configurable: true, enumerable: false
    });
    /* false unless $nd.rd made the regex (d flag) */
    Object.defineProperty(NativeRegExp.prototype, 'hasIndices', {
        get: function () { return this === NativeRegExp.prototype ? undefined : false; },
        configurable: true, enumerable: false
    });
    Object.defineProperty(RegExpWrapper, 'name', { value: 'RegExp', configurable: true });
    Object.defineProperty(RegExpWrapper, 'length', { value: 2, configurable: true });
    Object.defineProperty(global, 'RegExp', {
        value: RegExpWrapper, writable: true, configurable: true, enumerable: false
    });
}

/* RegExp.$1-$9, lastMatch ($&), lastParen ($+), leftContext ($`), rightContext ($'), input
 * ($_): the legacy statics V8 updates on every match.  Keeping them means a JavaScript wrapper
 * around exec and test, so they are turned on only once code that mentions them is loaded
 * (the module loaders look for "RegExp.$" and the like: Module._watchLegacyRegExp).  They follow exec and test, including
 * the calls String's methods make through them; Duktape's own replace/match/split do not. */
var legacyMatch = null;
var legacyEnabled = false;

function enableLegacyStatics() {
    if (legacyEnabled) {
        return;
    }
    legacyEnabled = true;
    var proto = NativeRegExp.prototype;
    var nativeExec = proto.exec;
    var hidden = { writable: true, configurable: true, enumerable: false };
    hidden.value = function exec(string) {
        var m = nativeExec.call(this, string);
        if (m !== null) {
            legacyMatch = m;
        }
        return m;
    };
    Object.defineProperty(proto, 'exec', hidden);
    hidden.value = function test(string) {
        return this.exec(string) !== null;
    };
    Object.defineProperty(proto, 'test', hidden);
    var C = globalObject.RegExp;
    function define(names, get) {
        names.forEach(function (name) {
            Object.defineProperty(C, name, { get: get, configurable: true, enumerable: false });
        });
    }
    function group(i) {
        return function () {
            return legacyMatch !== null && legacyMatch[i] !== undefined ? legacyMatch[i] : '';
        };
    }
    for (var i = 1; i <= 9; i++) {
        define(['$' + i], group(i));
    }
    define(['lastMatch', '$&'], group(0));
    define(['input', '$_'], function () {
        return legacyMatch !== null ? legacyMatch.input : '';
    });
    define(['leftContext', '$`'], function () {
        return legacyMatch !== null ? legacyMatch.input.slice(0, legacyMatch.index) : '';
    });
    define(['rightContext', "$'"], function () {
        return legacyMatch !== null ?
            legacyMatch.input.slice(legacyMatch.index + legacyMatch[0].length) : '';
    });
    define(['lastParen', '$+'], function () {
        return legacyMatch !== null && legacyMatch.length > 1 &&
            legacyMatch[legacyMatch.length - 1] !== undefined ?
            legacyMatch[legacyMatch.length - 1] : '';
    });
}

module.exports = {
    install: install,
    enableLegacyStatics: enableLegacyStatics
};
