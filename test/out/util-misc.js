/* The rest of the 'util' module: inherits (and its errors), _extend, the legacy is* checks,
 * toUSVString, stripVTControlCharacters, debuglog when NODE_DEBUG does not name the section,
 * and the util.types checks that ES5 values can answer. */
var util = require('util');

function Base(name) { this.name = name; }
Base.prototype.hello = function () { return 'hello ' + this.name; };
function Derived(name) { Base.call(this, name); }
util.inherits(Derived, Base);
var d = new Derived('d');
console.log(d.hello(), d instanceof Base, Derived.super_ === Base, d);
console.log(Object.keys(Derived), Object.getOwnPropertyDescriptor(Derived, 'super_').enumerable);
var bad = [[null, Base], [Derived, null], [Derived, undefined], [Derived, function () {}.bind()]];
for (var i = 0; i < bad.length; i++) {
    try {
        util.inherits(bad[i][0], bad[i][1]);
        console.log('no throw');
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
}

console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null));
console.log(util.isArray([]), util.isArray({}), util.isBoolean(false), util.isBoolean(0));
console.log(util.isNull(null), util.isNull(undefined), util.isNullOrUndefined(undefined));
console.log(util.isNumber(1), util.isNumber('1'), util.isString(''), util.isSymbol(Symbol()));
console.log(util.isUndefined(undefined), util.isObject({}), util.isObject(null),
    util.isObject(function () {}));
console.log(util.isRegExp(/x/), util.isRegExp({}), util.isDate(new Date()), util.isDate(0));
console.log(util.isError(new Error()), util.isError({ message: 'x' }),
    util.isError(Object.create(Error.prototype)));
console.log(util.isFunction(function () {}), util.isPrimitive(1), util.isPrimitive({}),
    util.isPrimitive(null));

console.log(JSON.stringify(util.toUSVString('ok\ud800x')), util.toUSVString(12));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain')));
console.log(JSON.stringify(util.stripVTControlCharacters(util.inspect({ a: [1, 'x'] },
    { colors: true }))));
try {
    util.stripVTControlCharacters(5);
} catch (e) {
    console.log(e.name, e.code, e.message);
}

var dbg = util.debuglog('nodule_test_section');
console.log(typeof dbg, dbg.enabled);
dbg('not printed %s', 'at all');
console.log(util.debug === util.debuglog);

var t = util.types;
function args() { return arguments; }
var checks = [
    ['isDate', new Date(), {}], ['isRegExp', /x/, 'x'], ['isNativeError', new TypeError(), {}],
    ['isTypedArray', new Uint8Array(1), []], ['isUint8Array', new Uint8Array(1), new Int8Array(1)],
    ['isArrayBuffer', new ArrayBuffer(1), new Uint8Array(1)],
    ['isAnyArrayBuffer', new ArrayBuffer(1), {}],
    ['isArrayBufferView', new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
    ['isDataView', new DataView(new ArrayBuffer(1)), new Uint8Array(1)],
    ['isArgumentsObject', args(), []], ['isBoxedPrimitive', new Number(1), 1],
    ['isNumberObject', new Number(1), 1], ['isStringObject', new String(''), ''],
    ['isBooleanObject', new Boolean(false), false], ['isSymbolObject', Object(Symbol()), Symbol()],
    ['isInt8Array', new Int8Array(1), new Uint8Array(1)],
    ['isUint8ClampedArray', new Uint8ClampedArray(1), new Uint8Array(1)],
    ['isInt16Array', new Int16Array(1), {}], ['isUint16Array', new Uint16Array(1), {}],
    ['isInt32Array', new Int32Array(1), {}], ['isUint32Array', new Uint32Array(1), {}],
    ['isFloat32Array', new Float32Array(1), {}], ['isFloat64Array', new Float64Array(1), {}]
];
for (i = 0; i < checks.length; i++) {
    var c = checks[i];
    console.log(c[0], t[c[0]](c[1]), t[c[0]](c[2]), t[c[0]](null), t[c[0]](undefined));
}
var fakeDate = {};
fakeDate[Symbol.toStringTag] = 'Date';
console.log(t.isDate(fakeDate), t.isDate(Object.create(Date.prototype)), t.isRegExp(RegExp.prototype));
console.log(t.isNativeError(Object.create(Error.prototype)), t.isProxy({}), t.isExternal({}));
console.log(t.isMap({}), t.isSet([]), t.isPromise({ then: function () {} }), t.isWeakMap({}));
console.log(t.isAsyncFunction(function () {}), t.isGeneratorFunction(function () {}));
