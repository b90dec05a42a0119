'use strict';
/* js/internal/polyfills/collections.js: Map, Set, WeakMap and WeakSet (ES2015), O(1).
 *
 * Map and Set keep their entries in insertion order in a "store": parallel arrays keys[] and
 * vals[] (Set has no vals), where a deleted entry becomes HOLE.  Lookups go through three
 * null-prototype dictionaries from key to array position: `str` for strings, `prim` for numbers,
 * booleans, null and undefined (their ToString never collides; -0 and +0 both become "0", NaN
 * "NaN", which is SameValueZero) and `obj` for objects and symbols.  An object gets a unique id
 * string once, stored on the object itself under a hidden key (invisible to every reflection
 * API); a symbol is its own dictionary key.  A non-extensible object that has no id of its own
 * goes to a per-collection list (`frozen`), scanned linearly: the rare case.
 *
 * Live iteration: when holes outnumber live entries, the collection is compacted into a new store
 * and the old one points to it (next) with remap[i] = the new position of old position i, so an
 * iterator or forEach holding (store, i) moves across; clear() does the same with remap null
 * (position 0).  Entries added during iteration are visited, deleted ones skipped, as the spec
 * requires.  Old stores live only as long as an iterator holds them.
 *
 * WeakMap and WeakSet store nothing in the collection: each key object carries a hidden
 * container { o: owner, <collection id>: value }, so an entry dies with its key.  Keys that are
 * not extensible fall back to a strong per-collection list, and symbol keys (ES2023) to a strong
 * per-collection dictionary: both live as long as the collection (documented leak). */

var common = require('internal/polyfills/common');

var isObject = common.isObject;
var define = common.define;
var describeReceiver = common.describeReceiver;

var kData = common.hiddenKey('collectionData');
var kId = common.hiddenKey('mapId');
var kWeak = common.hiddenKey('weakData');
var kIter = common.hiddenKey('collectionIterator');

var HOLE = {};
var nextObjectId = 1;
var nextWeakId = 1;
var hasOwn = Object.prototype.hasOwnProperty;

/* Entry kinds of an iterator */
var KIND_KEYS = 0;
var KIND_VALUES = 1;
var KIND_ENTRIES = 2;

function Store(keys, vals) {
    this.keys = keys;
    this.vals = vals;
    this.next = null;
    this.remap = null;
}

/* Data.kind / WeakData.kind */
var KIND_MAP = 1;
var KIND_SET = 2;
var KIND_WEAKMAP = 3;
var KIND_WEAKSET = 4;

function Data(owner, isMap) {
    this.owner = owner;
    this.kind = isMap ? KIND_MAP : KIND_SET;
    this.store = new Store([], isMap ? [] : null);
    this.size = 0;
    this.holes = 0;
    this.str = null;
    this.prim = null;
    this.obj = null;
    this.frozen = null;     /* [key, pos, key, pos, ...] for non-extensible keys */
}

/* Returns the position of key in d's current store, or -1. */
function findKey(d, key) {
    var pos;
    switch (typeof key) {
    case 'string':
        if (d.str === null) {
            return -1;
        }
        pos = d.str[key];
        return pos === undefined ? -1 : pos;
    case 'object':
        if (key === null) {
            break;
        }
        /* falls through */
    case 'function':
        var id = key[kId];
        if (id !== undefined && d.obj !== null) {
            pos = d.obj[id];
            /* An id inherited from a prototype that is itself a key finds the prototype's
             * entry: the identity check rejects it. */
            if (pos !== undefined && d.store.keys[pos] === key) {
                return pos;
            }
        }
        return d.frozen === null ? -1 : findFrozen(d, key);
    case 'symbol':
        if (d.obj === null) {
            return -1;
        }
        pos = d.obj[key];
        return pos === undefined ? -1 : pos;
    default:
        break;
    }
    if (d.prim === null) {
        return -1;
    }
    pos = d.prim[key];
    return pos === undefined ? -1 : pos;
}

function findFrozen(d, key) {
    var f = d.frozen;
    for (var i = 0; i < f.length; i += 2) {
        if (f[i] === key) {
            return f[i + 1];
        }
    }
    return -1;
}

/* Records key -> pos in the index (the key is known to be absent). */
function indexKey(d, key, pos) {
    switch (typeof key) {
    case 'string':
        if (d.str === null) {
            d.str = Object.create(null);
        }
        d.str[key] = pos;
        return;
    case 'object':
        if (key === null) {
            break;
        }
        /* falls through */
    case 'function':
        var id = key[kId];
        if (id === undefined || !hasOwn.call(key, kId)) {
            if (!Object.isExtensible(key)) {
                if (d.frozen === null) {
                    d.frozen = [];
                }
                d.frozen.push(key, pos);
                return;
            }
            id = 'o' + nextObjectId++;
            key[kId] = id;
        }
        if (d.obj === null) {
            d.obj = Object.create(null);
        }
        d.obj[id] = pos;
        return;
    case 'symbol':
        if (d.obj === null) {
            d.obj = Object.create(null);
        }
        d.obj[key] = pos;
        return;
    default:
        break;
    }
    if (d.prim === null) {
        d.prim = Object.create(null);
    }
    d.prim[key] = pos;
}

/* Removes key (present at pos) from the index. */
function unindexKey(d, key, pos) {
    switch (typeof key) {
    case 'string':
        delete d.str[key];
        return;
    case 'object':
        if (key === null) {
            break;
        }
        /* falls through */
    case 'function':
        var id = key[kId];
        if (id !== undefined && d.obj !== null && d.obj[id] === pos) {
            delete d.obj[id];
            return;
        }
        var f = d.frozen;
        for (var i = 0; i < f.length; i += 2) {
            if (f[i] === key) {
                f.splice(i, 2);
                return;
            }
        }
        return;
    case 'symbol':
        delete d.obj[key];
        return;
    default:
        break;
    }
    delete d.prim[key];
}

/* Rebuilds the store without holes; old positions map to new ones through remap. */
function compact(d) {
    var old = d.store;
    var ok = old.keys;
    var ov = old.vals;
    var n = ok.length;
    var nk = [];
    var nv = ov === null ? null : [];
    var remap = [];
    var frozen = d.frozen;
    var j = 0;
    for (var i = 0; i < n; i++) {
        remap[i] = j;
        var k = ok[i];
        if (k === HOLE) {
            continue;
        }
        nk[j] = k;
        if (nv !== null) {
            nv[j] = ov[i];
        }
        reindexKey(d, k, i, j, frozen);
        j++;
    }
    remap[n] = j;
    var s = new Store(nk, nv);
    old.next = s;
    old.remap = remap;
    old.keys = null;
    old.vals = null;
    d.store = s;
    d.holes = 0;
}

function reindexKey(d, k, oldPos, newPos, frozen) {
    switch (typeof k) {
    case 'string':
        d.str[k] = newPos;
        return;
    case 'object':
        if (k === null) {
            break;
        }
        /* falls through */
    case 'function':
        if (frozen !== null) {
            for (var i = 0; i < frozen.length; i += 2) {
                if (frozen[i] === k) {
                    frozen[i + 1] = newPos;
                    return;
                }
            }
        }
        d.obj[k[kId]] = newPos;
        return;
    case 'symbol':
        d.obj[k] = newPos;
        return;
    default:
        break;
    }
    d.prim[k] = newPos;
}

/* Adds key (absent) with value at the end; returns its position. */
function appendEntry(d, key, value) {
    var store = d.store;
    var pos = store.keys.length;
    if (key === 0) {
        key = 0;    /* -0 becomes +0 */
    }
    indexKey(d, key, pos);
    store.keys[pos] = key;
    if (store.vals !== null) {
        store.vals[pos] = value;
    }
    d.size++;
    return pos;
}

function deleteEntry(d, key) {
    var pos;
    var store = d.store;
    var id = typeof key === 'object' && key !== null ? key[kId] : undefined;
    if (id !== undefined && d.obj !== null && (pos = d.obj[id]) !== undefined &&
        store.keys[pos] === key) {
        /* The common case of an object key, without findKey/unindexKey. */
        delete d.obj[id];
    } else {
        pos = findKey(d, key);
        if (pos < 0) {
            return false;
        }
        unindexKey(d, store.keys[pos], pos);
    }
    store.keys[pos] = HOLE;
    if (store.vals !== null) {
        store.vals[pos] = undefined;
    }
    d.size--;
    d.holes++;
    if (d.holes > 16 && d.holes > d.size) {
        compact(d);
    }
    return true;
}

function clearEntries(d) {
    var old = d.store;
    var s = new Store([], old.vals === null ? null : []);
    old.next = s;
    old.remap = null;
    old.keys = null;
    old.vals = null;
    d.store = s;
    d.size = 0;
    d.holes = 0;
    d.str = null;
    d.prim = null;
    d.obj = null;
    d.frozen = null;
}

/* Calls fn(value, key) for each live entry, following compactions and clears. */
function forEachEntry(d, fn, thisArg, collection) {
    var store = d.store;
    var i = 0;
    for (;;) {
        while (store.next !== null) {
            i = store.remap === null ? 0 : store.remap[i];
            store = store.next;
        }
        var keys = store.keys;
        if (i >= keys.length) {
            return;
        }
        var k = keys[i];
        if (k !== HOLE) {
            if (thisArg === undefined) {
                fn(store.vals === null ? k : store.vals[i], k, collection);
            } else {
                fn.call(thisArg, store.vals === null ? k : store.vals[i], k, collection);
            }
        }
        i++;
    }
}

function incompatible(o, method) {
    throw new TypeError('Method ' + method + ' called on incompatible receiver ' +
        describeReceiver(o));
}

/* Returns the Data of o, a collection of `kind`, or throws V8's incompatible-receiver error.
 * The hot methods inline this check. */
function thisData(o, kind, method) {
    var d = o === null || o === undefined ? undefined : o[kData];
    if (d === undefined || d.owner !== o || d.kind !== kind) {
        incompatible(o, method);
    }
    return d;
}

function describeCallback(cb) {
    return common.describeForIterable(cb) + ' is not a function';
}

/* Fills a new collection from an iterable through its adder (this.set / this.add), as the
 * constructors' AddEntriesFromIterable does. */
function addEntriesFromIterable(target, iterable, isMap, nativeAdder) {
    var adder = isMap ? target.set : target.add;
    if (typeof adder !== 'function') {
        throw new TypeError("'" + String(adder) + "' returned for property '" +
            (isMap ? 'set' : 'add') + "' of object '" + describeReceiver(target) +
            "' is not a function");
    }
    if (isMap) {
        common.forOf(iterable, function (entry) {
            if (!isObject(entry)) {
                throw new TypeError('Iterator value ' + (typeof entry === 'symbol' ?
                    entry.toString() : String(entry)) + ' is not an entry object');
            }
            adder.call(target, entry[0], entry[1]);
        });
    } else if (adder === nativeAdder) {
        var d = target[kData];
        common.forOf(iterable, function (value) {
            if (findKey(d, value) < 0) {
                appendEntry(d, value, undefined);
            }
        });
    } else {
        common.forOf(iterable, function (value) {
            adder.call(target, value);
        });
    }
}

/*
 * Map
 */
function Map() {
    if (!(this instanceof Map) || this[kData] !== undefined && this[kData].owner === this) {
        throw new TypeError("Constructor Map requires 'new'");
    }
    this[kData] = new Data(this, true);
    var iterable = arguments[0];
    if (iterable !== undefined && iterable !== null) {
        addEntriesFromIterable(this, iterable, true, mapSet);
    }
}

/* get, set, has and delete inline the receiver check and take a fast path for object and string
 * keys: a Map with 100,000 object keys is their benchmark (bench/map-100k.js). */
function mapGet(key) {
    var d = this === null || this === undefined ? undefined : this[kData];
    if (d === undefined || d.owner !== this || d.kind !== KIND_MAP) {
        incompatible(this, 'Map.prototype.get');
    }
    var pos;
    if (typeof key === 'object' && key !== null) {
        var id = key[kId];
        if (id !== undefined && d.obj !== null) {
            pos = d.obj[id];
            if (pos !== undefined && d.store.keys[pos] === key) {
                return d.store.vals[pos];
            }
        }
        if (d.frozen === null) {
            return undefined;
        }
        pos = findFrozen(d, key);
    } else if (typeof key === 'string') {
        pos = d.str === null ? undefined : d.str[key];
        return pos === undefined ? undefined : d.store.vals[pos];
    } else {
        pos = findKey(d, key);
    }
    return pos < 0 ? undefined : d.store.vals[pos];
}

function mapSet(key, value) {
    var d = this === null || this === undefined ? undefined : this[kData];
    if (d === undefined || d.owner !== this || d.kind !== KIND_MAP) {
        incompatible(this, 'Map.prototype.set');
    }
    var pos;
    if (typeof key === 'object' && key !== null) {
        var id = key[kId];
        if (id !== undefined && d.obj !== null) {
            pos = d.obj[id];
            if (pos !== undefined && d.store.keys[pos] === key) {
                d.store.vals[pos] = value;
                return this;
            }
        }
        pos = d.frozen === null ? -1 : findFrozen(d, key);
    } else {
        pos = findKey(d, key);
    }
    if (pos < 0) {
        appendEntry(d, key, value);
    } else {
        d.store.vals[pos] = value;
    }
    return this;
}

function mapHas(key) {
    var d = this === null || this === undefined ? undefined : this[kData];
    if (d === undefined || d.owner !== this || d.kind !== KIND_MAP) {
        incompatible(this, 'Map.prototype.has');
    }
    if (typeof key === 'object' && key !== null) {
        var id = key[kId];
        if (id !== undefined && d.obj !== null) {
            var pos = d.obj[id];
            if (pos !== undefined && d.store.keys[pos] === key) {
                return true;
            }
        }
        return d.frozen !== null && findFrozen(d, key) >= 0;
    }
    return findKey(d, key) >= 0;
}

function mapDelete(key) {
    return deleteEntry(thisData(this, KIND_MAP, 'Map.prototype.delete'), key);
}

function mapClear() {
    clearEntries(thisData(this, KIND_MAP, 'Map.prototype.clear'));
}

function mapForEach(callback) {
    var d = thisData(this, KIND_MAP, 'Map.prototype.forEach');
    if (typeof callback !== 'function') {
        throw new TypeError(describeCallback(callback));
    }
    forEachEntry(d, callback, arguments[1], this);
}

function mapSize() {
    return thisData(this, KIND_MAP, 'get Map.prototype.size').size;
}

function mapKeys() {
    return createIterator(thisData(this, KIND_MAP, 'Map.prototype.keys'), KIND_KEYS,
        MapIteratorProto);
}

function mapValues() {
    return createIterator(thisData(this, KIND_MAP, 'Map.prototype.values'), KIND_VALUES,
        MapIteratorProto);
}

function mapEntries() {
    return createIterator(thisData(this, KIND_MAP, 'Map.prototype.entries'), KIND_ENTRIES,
        MapIteratorProto);
}

/*
 * Set
 */
function Set() {
    if (!(this instanceof Set) || this[kData] !== undefined && this[kData].owner === this) {
        throw new TypeError("Constructor Set requires 'new'");
    }
    this[kData] = new Data(this, false);
    var iterable = arguments[0];
    if (iterable !== undefined && iterable !== null) {
        addEntriesFromIterable(this, iterable, false, setAdd);
    }
}

function setAdd(value) {
    var d = this === null || this === undefined ? undefined : this[kData];
    if (d === undefined || d.owner !== this || d.kind !== KIND_SET) {
        incompatible(this, 'Set.prototype.add');
    }
    if (findKey(d, value) < 0) {
        appendEntry(d, value, undefined);
    }
    return this;
}

function setHas(value) {
    var d = this === null || this === undefined ? undefined : this[kData];
    if (d === undefined || d.owner !== this || d.kind !== KIND_SET) {
        incompatible(this, 'Set.prototype.has');
    }
    return findKey(d, value) >= 0;
}

function setDelete(value) {
    return deleteEntry(thisData(this, KIND_SET, 'Set.prototype.delete'), value);
}

function setClear() {
    clearEntries(thisData(this, KIND_SET, 'Set.prototype.clear'));
}

function setForEach(callback) {
    var d = thisData(this, KIND_SET, 'Set.prototype.forEach');
    if (typeof callback !== 'function') {
        throw new TypeError(describeCallback(callback));
    }
    forEachEntry(d, callback, arguments[1], this);
}

function setSize() {
    return thisData(this, KIND_SET, 'get Set.prototype.size').size;
}

function setValues() {
    return createIterator(thisData(this, KIND_SET, 'Set.prototype.values'), KIND_VALUES,
        SetIteratorProto);
}

function setEntries() {
    return createIterator(thisData(this, KIND_SET, 'Set.prototype.entries'), KIND_ENTRIES,
        SetIteratorProto);
}

/*
 * Map and Set iterators
 */
function IterState(d, kind) {
    this.store = d.store;
    this.i = 0;
    this.kind = kind;
}

function createIterator(d, kind, proto) {
    var it = Object.create(proto);
    it[kIter] = new IterState(d, kind);
    return it;
}

function iteratorNext(it, tag) {
    var st = isObject(it) ? it[kIter] : undefined;
    if (st === undefined || Object.getPrototypeOf(it) !== (tag === 'Map' ? MapIteratorProto :
        SetIteratorProto)) {
        throw new TypeError('Method ' + tag + ' Iterator.prototype.next called on incompatible ' +
            'receiver ' + describeReceiver(it));
    }
    var store = st.store;
    if (store === null) {
        return { value: undefined, done: true };
    }
    var i = st.i;
    for (;;) {
        while (store.next !== null) {
            i = store.remap === null ? 0 : store.remap[i];
            store = store.next;
        }
        var keys = store.keys;
        if (i >= keys.length) {
            st.store = null;
            return { value: undefined, done: true };
        }
        var k = keys[i++];
        if (k !== HOLE) {
            st.store = store;
            st.i = i;
            if (st.kind === KIND_KEYS) {
                return { value: k, done: false };
            }
            var v = store.vals === null ? k : store.vals[i - 1];
            if (st.kind === KIND_VALUES) {
                return { value: v, done: false };
            }
            return { value: [k, v], done: false };
        }
    }
}

/* For util.inspect: the entries an iterator has yet to give, without advancing it, as
 * [list, isKeyValue] (key-value lists are flat: k1, v1, k2, v2, ...).  A copy of the iterator
 * is run to its end. */
function previewEntries() {
    var st = isObject(this) ? this[kIter] : undefined;
    var list = [];
    if (st === undefined) {
        return [list, false];
    }
    var proto = Object.getPrototypeOf(this);
    var copy = Object.create(proto);
    copy[kIter] = { store: st.store, i: st.i, kind: st.kind };
    var tag = proto === MapIteratorProto ? 'Map' : 'Set';
    for (var r = iteratorNext(copy, tag); !r.done; r = iteratorNext(copy, tag)) {
        if (st.kind === KIND_ENTRIES) {
            list.push(r.value[0], r.value[1]);
        } else {
            list.push(r.value);
        }
    }
    return [list, st.kind === KIND_ENTRIES];
}

function mapIteratorNext() {
    return iteratorNext(this, 'Map');
}

function setIteratorNext() {
    return iteratorNext(this, 'Set');
}

var MapIteratorProto = Object.create(common.IteratorPrototype);
var SetIteratorProto = Object.create(common.IteratorPrototype);

/*
 * WeakMap and WeakSet
 */
function WeakData(owner, isMap) {
    this.owner = owner;
    this.kind = isMap ? KIND_WEAKMAP : KIND_WEAKSET;
    this.id = 'w' + nextWeakId++;
    this.frozen = null;     /* [key, value, ...] for non-extensible keys: strong */
    this.syms = null;       /* symbol -> value for symbol keys: strong */
}

/* CanBeHeldWeakly: objects and symbols that Symbol.for did not register (ES2023). */
function canBeHeldWeakly(v) {
    return isObject(v) || (typeof v === 'symbol' && Symbol.keyFor(v) === undefined);
}

/* Returns the hidden container of key, or undefined; creates it when `create`.  Returns null
 * when key cannot hold one (not extensible). */
function weakContainer(key, create) {
    var c = key[kWeak];
    if (c !== undefined && c.o === key) {
        return c;
    }
    if (!create) {
        return undefined;
    }
    if (!Object.isExtensible(key)) {
        return null;
    }
    c = Object.create(null);
    c.o = key;
    key[kWeak] = c;
    return c;
}

function weakFrozenIndex(d, key) {
    var f = d.frozen;
    if (f !== null) {
        for (var i = 0; i < f.length; i += 2) {
            if (f[i] === key) {
                return i;
            }
        }
    }
    return -1;
}


function weakGet(d, key) {
    if (typeof key === 'symbol') {
        return d.syms === null ? undefined : d.syms[key];
    }
    var c = weakContainer(key, false);
    if (c !== undefined) {
        return c[d.id];
    }
    var i = weakFrozenIndex(d, key);
    return i < 0 ? undefined : d.frozen[i + 1];
}

function weakHas(d, key) {
    if (typeof key === 'symbol') {
        return d.syms !== null && key in d.syms;
    }
    var c = weakContainer(key, false);
    if (c !== undefined) {
        return d.id in c;
    }
    return weakFrozenIndex(d, key) >= 0;
}

function weakSet(d, key, value) {
    if (typeof key === 'symbol') {
        if (d.syms === null) {
            d.syms = Object.create(null);
        }
        d.syms[key] = value;
        return;
    }
    var c = weakContainer(key, true);
    if (c !== null) {
        c[d.id] = value;
        return;
    }
    var i = weakFrozenIndex(d, key);
    if (i >= 0) {
        d.frozen[i + 1] = value;
    } else {
        if (d.frozen === null) {
            d.frozen = [];
        }
        d.frozen.push(key, value);
    }
}

function weakDelete(d, key) {
    if (typeof key === 'symbol') {
        if (d.syms === null || !(key in d.syms)) {
            return false;
        }
        delete d.syms[key];
        return true;
    }
    var c = weakContainer(key, false);
    if (c !== undefined) {
        if (!(d.id in c)) {
            return false;
        }
        delete c[d.id];
        return true;
    }
    var i = weakFrozenIndex(d, key);
    if (i < 0) {
        return false;
    }
    d.frozen.splice(i, 2);
    return true;
}

function WeakMap() {
    if (!(this instanceof WeakMap) || this[kData] !== undefined && this[kData].owner === this) {
        throw new TypeError("Constructor WeakMap requires 'new'");
    }
    this[kData] = new WeakData(this, true);
    var iterable = arguments[0];
    if (iterable !== undefined && iterable !== null) {
        addEntriesFromIterable(this, iterable, true, weakMapSet);
    }
}

function weakMapGet(key) {
    var d = thisData(this, KIND_WEAKMAP, 'WeakMap.prototype.get');
    return canBeHeldWeakly(key) ? weakGet(d, key) : undefined;
}

function weakMapSet(key, value) {
    var d = thisData(this, KIND_WEAKMAP, 'WeakMap.prototype.set');
    if (!canBeHeldWeakly(key)) {
        throw new TypeError('Invalid value used as weak map key');
    }
    weakSet(d, key, value);
    return this;
}

function weakMapHas(key) {
    var d = thisData(this, KIND_WEAKMAP, 'WeakMap.prototype.has');
    return canBeHeldWeakly(key) ? weakHas(d, key) : false;
}

function weakMapDelete(key) {
    var d = thisData(this, KIND_WEAKMAP, 'WeakMap.prototype.delete');
    return canBeHeldWeakly(key) ? weakDelete(d, key) : false;
}

function WeakSet() {
    if (!(this instanceof WeakSet) || this[kData] !== undefined && this[kData].owner === this) {
        throw new TypeError("Constructor WeakSet requires 'new'");
    }
    this[kData] = new WeakData(this, false);
    var iterable = arguments[0];
    if (iterable !== undefined && iterable !== null) {
        addEntriesFromIterable(this, iterable, false, null);
    }
}

function weakSetAdd(value) {
    var d = thisData(this, KIND_WEAKSET, 'WeakSet.prototype.add');
    if (!canBeHeldWeakly(value)) {
        throw new TypeError('Invalid value used in weak set');
    }
    weakSet(d, value, true);
    return this;
}

function weakSetHas(value) {
    var d = thisData(this, KIND_WEAKSET, 'WeakSet.prototype.has');
    return canBeHeldWeakly(value) ? weakHas(d, value) : false;
}

function weakSetDelete(value) {
    var d = thisData(this, KIND_WEAKSET, 'WeakSet.prototype.delete');
    return canBeHeldWeakly(value) ? weakDelete(d, value) : false;
}

/*
 * Installation
 */
function speciesGetter() {
    return this;
}

function defineAll(target, list) {
    for (var i = 0; i < list.length; i += 2) {
        define(target, list[i], common.setName(list[i + 1], list[i]));
    }
}

function defineSpecies(C) {
    Object.defineProperty(C, Symbol.species, {
        get: common.setName(speciesGetter, 'get [Symbol.species]'),
        enumerable: false,
        configurable: true
    });
}

function defineSize(proto, getter) {
    common.defineGetter(proto, 'size', common.setName(getter, 'get size'));
}

var built = false;

function build() {
    built = true;
    Object.defineProperty(Map, 'prototype', { writable: false });
    Object.defineProperty(Set, 'prototype', { writable: false });
    Object.defineProperty(WeakMap, 'prototype', { writable: false });
    Object.defineProperty(WeakSet, 'prototype', { writable: false });

    defineAll(Map.prototype, ['get', mapGet, 'set', mapSet, 'has', mapHas, 'delete', mapDelete,
        'clear', mapClear, 'entries', mapEntries, 'forEach', mapForEach, 'keys', mapKeys]);
    defineSize(Map.prototype, mapSize);
    defineAll(Map.prototype, ['values', mapValues]);
    define(Map.prototype, Symbol.iterator, mapEntries);
    common.defineTag(Map.prototype, 'Map');
    defineSpecies(Map);

    defineAll(Set.prototype, ['has', setHas, 'add', setAdd, 'delete', setDelete,
        'clear', setClear, 'entries', setEntries, 'forEach', setForEach]);
    defineSize(Set.prototype, setSize);
    defineAll(Set.prototype, ['values', setValues]);
    define(Set.prototype, 'keys', setValues);
    define(Set.prototype, Symbol.iterator, setValues);
    common.defineTag(Set.prototype, 'Set');
    defineSpecies(Set);

    defineAll(WeakMap.prototype, ['delete', weakMapDelete, 'get', weakMapGet,
        'set', weakMapSet, 'has', weakMapHas]);
    common.defineTag(WeakMap.prototype, 'WeakMap');
    defineAll(WeakSet.prototype, ['delete', weakSetDelete, 'has', weakSetHas,
        'add', weakSetAdd]);
    common.defineTag(WeakSet.prototype, 'WeakSet');

    define(MapIteratorProto, 'next', common.setName(mapIteratorNext, 'next'));
    common.defineTag(MapIteratorProto, 'Map Iterator');
    define(SetIteratorProto, 'next', common.setName(setIteratorNext, 'next'));
    common.defineTag(SetIteratorProto, 'Set Iterator');
    define(MapIteratorProto, Symbol.for('nodule.previewEntries'), previewEntries);
    define(SetIteratorProto, Symbol.for('nodule.previewEntries'), previewEntries);
}

/* Sets global Map, Set, WeakMap and WeakSet. */
function install(global) {
    if (!built) {
        build();
    }
    common.defineGlobal(global, 'Map', Map);
    common.defineGlobal(global, 'Set', Set);
    common.defineGlobal(global, 'WeakMap', WeakMap);
    common.defineGlobal(global, 'WeakSet', WeakSet);
}

/* Brand checks for util.inspect and structuredClone. */
function kindOf(v) {
    var d = isObject(v) ? v[kData] : undefined;
    return d !== undefined && d.owner === v ? d.kind : 0;
}

function isMap(v) {
    return kindOf(v) === KIND_MAP;
}

function isSet(v) {
    return kindOf(v) === KIND_SET;
}

function isWeak(v) {
    var k = kindOf(v);
    return k === KIND_WEAKMAP || k === KIND_WEAKSET;
}

module.exports = {
    Map: Map,
    Set: Set,
    WeakMap: WeakMap,
    WeakSet: WeakSet,
    isMap: isMap,
    isSet: isSet,
    isWeak: isWeak,
    install: install
};
