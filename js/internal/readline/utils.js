'use strict';
/* js/internal/readline/utils.js: helpers shared by readline's Interface and the cursor
 * functions: the ANSI control sequences (CSI), UTF-16 aware character lengths, the common
 * prefix of tab completions, and the decoder that turns terminal input into 'keypress'
 * events.
 *
 * Node writes the key decoder as a generator fed one character at a time.  Duktape has no
 * generators, so createKeyDecoder keeps the characters of an unfinished sequence and parses
 * them again from the start whenever one more arrives: the parse is a pure function of the
 * characters seen, so the keys emitted are the same. */

var kUTF16SurrogateThreshold = 0x10000;
var kEscape = '\x1b';
var kSubstringSearch = Symbol('kSubstringSearch');
/* Set by emitKeypressEvents on the Interface it serves (Node's kSawKeyPress). */
var kSawKeyPress = Symbol('_sawKeyPress');

/* Returns ESC '[' followed by the parts joined: CSI('1', 'K') is '\x1b[1K'. */
function CSI() {
    var ret = kEscape + '[';
    for (var i = 0; i < arguments.length; i++) {
        ret += arguments[i];
    }
    return ret;
}

CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI('1K');
CSI.kClearToLineEnd = CSI('0K');
CSI.kClearLine = CSI('2K');
CSI.kClearScreenDown = CSI('0J');

function codePointAt(str, i) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
        var d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
            return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        }
    }
    return c;
}

/* Returns the number of UTF-16 units of the character left of index i (0, 1 or 2). */
function charLengthLeft(str, i) {
    if (i <= 0) {
        return 0;
    }
    if ((i > 1 && codePointAt(str, i - 2) >= kUTF16SurrogateThreshold) ||
        codePointAt(str, i - 1) >= kUTF16SurrogateThreshold) {
        return 2;
    }
    return 1;
}

/* Returns the number of UTF-16 units of the character at index i (1 past the end). */
function charLengthAt(str, i) {
    if (str.length <= i) {
        return 1;
    }
    return codePointAt(str, i) >= kUTF16SurrogateThreshold ? 2 : 1;
}

/* Splits a string into characters (code points), as `for (c of str)` does. */
function splitChars(str) {
    var out = [];
    for (var i = 0; i < str.length; i += charLengthAt(str, i)) {
        out.push(str.slice(i, i + charLengthAt(str, i)));
    }
    return out;
}

/* Returns the longest prefix shared by every string of the array. */
function commonPrefix(strings) {
    if (strings.length === 0) {
        return '';
    }
    if (strings.length === 1) {
        return strings[0];
    }
    var sorted = strings.slice().sort();
    var min = sorted[0];
    var max = sorted[sorted.length - 1];
    for (var i = 0; i < min.length; i++) {
        if (min[i] !== max[i]) {
            return min.slice(0, i);
        }
    }
    return min;
}

var kNeedMore = {};

var keyNames = {
    '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
    'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
    '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
    '[200~': 'paste-start', '[201~': 'paste-end',
    '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
    '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
    '[23~': 'f11', '[24~': 'f12',
    '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end',
    '[H': 'home',
    'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end',
    'OH': 'home',
    '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
    '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end'
};
/* Codes that also set a modifier: [name, 'shift' | 'ctrl']. */
var keyNamesMod = {
    '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
    '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
    '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
    '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
    'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
    'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
    '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'],
    '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
    '[Z': ['tab', 'shift']
};

/* Parses one key from chars (an array of characters, '' marking an escape timeout).  Returns
 * { used, s, key } or throws kNeedMore when the sequence is not complete yet. */
function parseKey(chars) {
    var pos = 0;
    function next() {
        if (pos >= chars.length) {
            throw kNeedMore;
        }
        return chars[pos++];
    }
    var ch = next();
    var s = ch;
    var escaped = false;
    var key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
        escaped = true;
        s += (ch = next());
        if (ch === kEscape) {
            s += (ch = next());
        }
    }

    if (escaped && (ch === 'O' || ch === '[')) {
        var code = ch;
        var modifier = 0;
        if (ch === 'O') {
            s += (ch = next());
            if (ch >= '0' && ch <= '9') {
                modifier = (ch >> 0) - 1;
                s += (ch = next());
            }
            code += ch;
        } else {
            s += (ch = next());
            if (ch === '[') {
                code += ch;
                s += (ch = next());
            }
            var cmdStart = s.length - 1;
            if (ch >= '0' && ch <= '9') {
                s += (ch = next());
                if (ch >= '0' && ch <= '9') {
                    s += (ch = next());
                    if (ch >= '0' && ch <= '9') {
                        s += (ch = next());
                    }
                }
            }
            if (ch === ';') {
                s += (ch = next());
                if (ch >= '0' && ch <= '9') {
                    s += next();
                }
            }
            var cmd = s.slice(cmdStart);
            var match;
            if ((match = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd))) {
                if (match[4]) {
                    code += match[4];
                } else {
                    code += match[1] + match[3];
                    modifier = (match[2] || 1) - 1;
                }
            } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
                code += match[4];
                modifier = (match[3] || 1) - 1;
            } else {
                code += cmd;
            }
        }
        key.ctrl = !!(modifier & 4);
        key.meta = !!(modifier & 10);
        key.shift = !!(modifier & 1);
        key.code = code;
        if (Object.prototype.hasOwnProperty.call(keyNames, code)) {
            key.name = keyNames[code];
        } else if (Object.prototype.hasOwnProperty.call(keyNamesMod, code)) {
            key.name = keyNamesMod[code][0];
            key[keyNamesMod[code][1]] = true;
        } else {
            key.name = 'undefined';
        }
    } else if (ch === '\r') {
        key.name = 'return';
        key.meta = escaped;
    } else if (ch === '\n') {
        key.name = 'enter';
        key.meta = escaped;
    } else if (ch === '\t') {
        key.name = 'tab';
        key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
        key.name = 'backspace';
        key.meta = escaped;
    } else if (ch === kEscape) {
        key.name = 'escape';
        key.meta = escaped;
    } else if (ch === ' ') {
        key.name = 'space';
        key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
        key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
        key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
        key.name = ch.toLowerCase();
        key.shift = /^[A-Z]$/.test(ch);
        key.meta = escaped;
    } else if (escaped) {
        key.name = ch.length ? undefined : 'escape';
        key.meta = true;
    }
    key.sequence = s;
    return { used: pos, s: s, key: key, escaped: escaped };
}

/* Returns a decoder for stream: decoder.next(ch) takes one character ('' after an escape
 * timeout) and emits 'keypress' on stream for every key it completes.  A listener that throws
 * propagates; the caller then makes a new decoder, as Node restarts its generator. */
function createKeyDecoder(stream) {
    var pending = [];
    return {
        next: function (ch) {
            if (ch === undefined) {
                return;
            }
            pending.push(ch);
            for (;;) {
                var r;
                try {
                    r = parseKey(pending);
                } catch (e) {
                    if (e === kNeedMore) {
                        return;
                    }
                    throw e;
                }
                pending = pending.slice(r.used);
                var s = r.s;
                if (s.length !== 0 && (r.key.name !== undefined || r.escaped)) {
                    stream.emit('keypress', r.escaped ? undefined : s, r.key);
                } else if (charLengthAt(s, 0) === s.length) {
                    stream.emit('keypress', s, r.key);
                }
                if (pending.length === 0) {
                    return;
                }
            }
        }
    };
}

module.exports = {
    charLengthAt: charLengthAt,
    charLengthLeft: charLengthLeft,
    commonPrefix: commonPrefix,
    createKeyDecoder: createKeyDecoder,
    splitChars: splitChars,
    kSawKeyPress: kSawKeyPress,
    kSubstringSearch: kSubstringSearch,
    CSI: CSI
};
