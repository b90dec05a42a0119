'use strict';
/* js/internal/fetch/formdata.js: FormData (entries of strings and Files), its
 * multipart/form-data encoding as a request body, and the parsing of an
 * application/x-www-form-urlencoded body by Response#formData().
 *
 * Missing: parsing multipart/form-data bodies (formData() rejects them). */

var util = require('internal/webstreams/util');
var blob = require('internal/blob');
var kState = util.kState;

function formOf(value) {
    return util.stateOf(value, 'FormData', 'FormData');
}

/* An entry's value: a string, or a File (a Blob given a file name). */
function entryValue(value, filename) {
    if (!blob.isBlob(value)) return String(value);
    if (value instanceof blob.File && filename === undefined) return value;
    var name = filename !== undefined ? String(filename) :
        (value instanceof blob.File ? value.name : 'blob');
    return new blob.File([value], name, { type: value.type });
}

function FormData(form) {
    util.requireNew(new.target, 'FormData');
    if (form !== undefined) {
        throw new TypeError("FormData constructor: Argument 1 is not of type 'HTMLFormElement'.");
    }
    util.setState(this, { brand: 'FormData', entries: [] });
}

function entryIterator(entries, pick) {
    var index = 0;
    var it = {
        next: function () {
            if (index >= entries.length) return { value: undefined, done: true };
            var e = entries[index++];
            return { value: pick([e.name, e.value]), done: false };
        }
    };
    it[Symbol.iterator] = function () { return it; };
    return it;
}

util.defineProto(FormData.prototype, {}, {
    append: function (name, value, filename) {
        formOf(this).entries.push({ name: String(name), value: entryValue(value, filename) });
    },
    'delete': function (name) {
        var f = formOf(this);
        name = String(name);
        f.entries = f.entries.filter(function (e) { return e.name !== name; });
    },
    get: function (name) {
        name = String(name);
        var entries = formOf(this).entries;
        for (var i = 0; i < entries.length; i++) {
            if (entries[i].name === name) return entries[i].value;
        }
        return null;
    },
    getAll: function (name) {
        name = String(name);
        return formOf(this).entries.filter(function (e) { return e.name === name; })
            .map(function (e) { return e.value; });
    },
    has: function (name) {
        return this.get(name) !== null;
    },
    set: function (name, value, filename) {
        var f = formOf(this);
        var entry = { name: String(name), value: entryValue(value, filename) };
        var at = -1;
        f.entries = f.entries.filter(function (e, i) {
            if (e.name !== entry.name) return true;
            if (at === -1) at = i;
            return false;
        });
        if (at === -1) f.entries.push(entry);
        else f.entries.splice(at, 0, entry);
    },
    forEach: function (callback, thisArg) {
        var entries = formOf(this).entries.slice();
        for (var i = 0; i < entries.length; i++) {
            callback.call(thisArg, entries[i].value, entries[i].name, this);
        }
    },
    keys: function () {
        return entryIterator(formOf(this).entries, function (p) { return p[0]; });
    },
    values: function () {
        return entryIterator(formOf(this).entries, function (p) { return p[1]; });
    },
    entries: function () {
        return entryIterator(formOf(this).entries, function (p) { return p; });
    }
}, 'FormData');

Object.defineProperty(FormData.prototype, Symbol.iterator, {
    value: FormData.prototype.entries, writable: true, configurable: true
});

util.defineInspect(FormData.prototype, 'FormData', function (form) {
    return form[kState].entries.map(function (e) { return { name: e.name, value: e.value }; });
});

function isFormData(value) {
    return util.hasBrand(value, 'FormData');
}

function escapeName(name) {
    return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

/* The multipart/form-data body of a FormData, as extractBody's result. */
function encodeMultipart(form) {
    var boundary = '----formdata-nodule-' + String(Math.random()).slice(2, 13);
    var parts = [];
    form[kState].entries.forEach(function (e) {
        var head = '--' + boundary + '\r\nContent-Disposition: form-data; name="' +
            escapeName(e.name) + '"';
        if (typeof e.value === 'string') {
            parts.push(head + '\r\n\r\n' + e.value.replace(/\r\n|\r|\n/g, '\r\n') + '\r\n');
        } else {
            parts.push(head + '; filename="' + escapeName(e.value.name) + '"\r\nContent-Type: ' +
                       (e.value.type || 'application/octet-stream') + '\r\n\r\n');
            parts.push(e.value);
            parts.push('\r\n');
        }
    });
    parts.push('--' + boundary + '--\r\n');
    var whole = new blob.Blob(parts);
    return { bytes: blob.blobBytes(whole), stream: null,
             type: 'multipart/form-data; boundary=' + boundary };
}

/* Response#formData() of urlencoded bytes. */
function parseBody(bytes, contentType) {
    var type = contentType === null ? '' : contentType.toLowerCase();
    if (type.indexOf('application/x-www-form-urlencoded') !== 0) {
        throw new TypeError('Response.formData: only application/x-www-form-urlencoded bodies ' +
                            'are supported by nodule');
    }
    var form = new FormData();
    new URLSearchParams(new TextDecoder().decode(bytes)).forEach(function (value, name) {
        form.append(name, value);
    });
    return form;
}

module.exports = {
    FormData: FormData,
    isFormData: isFormData,
    encodeMultipart: encodeMultipart,
    parseBody: parseBody
};
