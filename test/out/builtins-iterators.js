/* Proves the iterator protocol on built-ins: Array.prototype keys/values/entries/@@iterator
 * (live length, holes, array-likes), typed array iterators, string iteration by code point
 * (surrogate pairs, lone surrogates), %IteratorPrototype%, iterator tags and receiver errors,
 * the well-known symbols and Symbol.prototype.description. */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (typeof v === 'symbol') {
        return v.toString();
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function show(label, fn) {
    var r;
    try {
        r = fmt(fn());
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

function drain(it) {
    var out = [];
    for (var step = it.next(); !step.done; step = it.next()) {
        out.push(step.value);
    }
    return out;
}

show('values', function () { return drain(['a', 'b'].values()); });
show('keys', function () { return drain(['a', 'b'].keys()); });
show('entries', function () { return drain(['a', 'b'].entries()); });
show('@@iterator is values', function () { return Array.prototype[Symbol.iterator] === Array.prototype.values; });
show('holes read as undefined', function () { return drain([1, , 3].values()).map(String); });
show('keys of sparse', function () { return drain([, , ].keys()); });
show('live length grows', function () {
    var a = [1, 2];
    var it = a.values();
    var out = [it.next().value];
    a.push(3);
    return out.concat(drain(it));
});
show('live length shrinks', function () {
    var a = [1, 2, 3];
    var it = a.values();
    it.next();
    a.length = 1;
    return drain(it);
});
show('done is sticky', function () {
    var a = [];
    var it = a.values();
    it.next();
    a.push(1);
    return it.next();
});
show('array-like', function () {
    return drain(Array.prototype.values.call({ length: 2, 0: 'x', 1: 'y' }));
});
show('string receiver', function () { return drain(Array.prototype.entries.call('hi')); });
show('arguments via Array.prototype.values', function () {
    return (function () { return drain(Array.prototype.values.call(arguments)); })(1, 2);
});
show('null receiver', function () { return Array.prototype.values.call(null); });
show('next on plain object', function () { return [].values().next.call({}); });
show('next on a map iterator', function () { return [].values().next.call(new Map().keys()); });
show('tags', function () {
    return [Object.prototype.toString.call([].values()),
            Object.prototype.toString.call(''[Symbol.iterator]()),
            Object.prototype.toString.call(new Map().values()),
            Object.prototype.toString.call(new Set().values())];
});
show('%IteratorPrototype% is shared', function () {
    var ip = Object.getPrototypeOf(Object.getPrototypeOf([].values()));
    return [ip === Object.getPrototypeOf(Object.getPrototypeOf(''[Symbol.iterator]())),
            ip === Object.getPrototypeOf(Object.getPrototypeOf(new Map().keys())),
            ip === Object.getPrototypeOf(Object.getPrototypeOf(new Set().keys())),
            ip[Symbol.iterator].call(5) === 5,
            Object.getOwnPropertyNames(ip).length];
});
show('array iterator prototype', function () {
    var p = Object.getPrototypeOf([].values());
    return [Object.getOwnPropertyNames(p), p.next.name, p.next.length, p[Symbol.toStringTag]];
});
show('method names', function () {
    return [Array.prototype.values.name, Array.prototype.keys.name, Array.prototype.entries.name,
            Array.prototype[Symbol.iterator].name];
});

/* typed arrays */
var u8 = new Uint8Array([5, 6]);
show('typed values', function () { return drain(u8.values()); });
show('typed keys', function () { return drain(u8.keys()); });
show('typed entries', function () { return drain(new Float64Array([0.5]).entries()); });
show('typed @@iterator', function () { return drain(u8[Symbol.iterator]()); });
show('typed Array.from', function () { return Array.from(new Int16Array([-1, 2])); });
show('typed values on array', function () {
    return Object.getPrototypeOf(Uint8Array.prototype).values.call([1]);
});
show('typed iterator is an Array Iterator', function () {
    return Object.getPrototypeOf(u8.values()) === Object.getPrototypeOf([].values());
});

/* strings */
show('code points', function () { return drain('a\ud83d\ude00b'[Symbol.iterator]()); });
show('code point lengths', function () {
    return drain('a\ud83d\ude00b'[Symbol.iterator]()).map(function (s) { return s.length; });
});
show('lone surrogates', function () {
    return drain('\ud800x\udc00\ud83d'[Symbol.iterator]()).map(function (s) {
        return s.charCodeAt(0).toString(16) + '/' + s.length;
    });
});
show('empty string', function () { return drain(''[Symbol.iterator]()); });
show('String object', function () { return drain(new String('ab')[Symbol.iterator]()); });
show('number receiver', function () { return drain(String.prototype[Symbol.iterator].call(12)); });
show('null receiver', function () { return String.prototype[Symbol.iterator].call(null); });
show('Array.from(string)', function () { return Array.from('x\ud83d\ude00').length; });
show('string iterator name', function () { return String.prototype[Symbol.iterator].name; });

/* a user iterable through Array.from */
var iterable = {};
iterable[Symbol.iterator] = function () {
    var i = 0;
    return {
        next: function () {
            i++;
            return i <= 3 ? { value: i * i, done: false } : { value: 'ret', done: true };
        }
    };
};
show('user iterable', function () { return Array.from(iterable); });
var notAnObject = {};
notAnObject[Symbol.iterator] = function () { return 5; };
show('iterator not an object', function () { return Array.from(notAnObject); });
var badResult = {};
badResult[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
show('step result not an object', function () { return Array.from(badResult); });
var closing = [];
var closable = {};
closable[Symbol.iterator] = function () {
    return {
        next: function () { return { value: 1, done: false }; },
        'return': function () { closing.push('return called'); return {}; }
    };
};
show('mapFn throw closes', function () {
    return Array.from(closable, function () { throw new Error('stop'); });
});
show('close log', function () { return closing; });

/* symbols */
show('well-known symbols', function () {
    return ['iterator', 'asyncIterator', 'hasInstance', 'toStringTag', 'species', 'toPrimitive',
            'isConcatSpreadable', 'match', 'matchAll', 'replace', 'search', 'split', 'unscopables']
        .map(function (k) { return k + ':' + typeof Symbol[k]; }).join(' ');
});
show('well-known descriptions', function () {
    return [String(Symbol.asyncIterator), String(Symbol.species), Symbol.iterator.description];
});
show('well-known are fixed', function () {
    var d = Object.getOwnPropertyDescriptor(Symbol, 'asyncIterator');
    return [d.writable, d.enumerable, d.configurable];
});
show('description', function () {
    return [Symbol('x').description, Symbol.for('reg').description, Symbol('').description === '' ||
        Symbol('').description === undefined, Symbol().description];
});
show('description of Symbol object', function () { return Object(Symbol('boxed')).description; });
show('description on non-symbol', function () {
    return Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.call({});
});
show('description getter', function () {
    var d = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description');
    return [typeof d.get, d.set, d.enumerable, d.configurable, d.get.name];
});
