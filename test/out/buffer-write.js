/* buf.write(string, offset, length, encoding): argument shuffling, Node's range errors, whole
 * characters only for utf8/utf16le when room runs out, hex/base64 partial writes, and the
 * low-level xxxWrite/xxxSlice methods with their own range errors. */
function show(label, f) {
    try {
        var r = f();
        console.log(label, r);
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
function fresh(n) {
    return Buffer.alloc(n === undefined ? 6 : n, 0x2e);
}
function run(label, args, n) {
    var b = fresh(n);
    show(label, function () {
        var r = b.write.apply(b, args);
        return r + ' ' + b.toString('hex');
    });
}

run('plain', ['abc']);
run('too long', ['abcdefghij']);
run('utf8 cut', ['ab€'], 4);
run('utf8 exact', ['ab€'], 5);
run('surrogate pair cut', ['a😀'], 4);
run('surrogate pair fits', ['a😀'], 5);
run('lone surrogate', ['\ud800x']);
run('offset', ['xy', 2]);
run('offset end', ['xy', 6]);
run('offset past', ['xy', 7]);
run('offset negative', ['xy', -1]);
run('offset fractional', ['xy', 1.5]);
run('offset string', ['xy', '1']);
run('offset null', ['xy', null]);
run('offset NaN', ['xy', NaN]);
run('length', ['abcdef', 1, 2]);
run('length past', ['abcdef', 1, 10]);
run('length bigger than remaining', ['abcdef', 4, 6]);
run('length negative', ['abcdef', 1, -1]);
run('length fractional', ['abcdef', 1, 2.5]);
run('encoding second', ['6162', 'hex']);
run('encoding third', ['6162', 1, 'hex']);
run('encoding fourth', ['6162', 1, 1, 'hex']);
run('encoding fourth null', ['ab', 1, 1, null]);
run('encoding undefined offset', ['ab', undefined, 'hex']);
run('hex odd', ['abc', 'hex']);
run('hex invalid', ['zz', 'hex']);
run('hex stops', ['12zz34', 'hex']);
run('hex room', ['0102030405060708', 'hex']);
run('base64', ['aGVsbG8gd29ybGQ=', 'base64']);
run('base64 room', ['aGVsbG8=', 1, 2, 'base64']);
run('base64url', ['-_-_', 'base64url']);
run('latin1', ['é€\u0161', 'latin1']);
run('ascii', ['é€\u0161', 'ascii']);
run('binary', ['\u00ff\u0100', 'binary']);
run('ucs2', ['abc', 'ucs2']);
run('ucs2 odd room', ['abc', 0, 5, 'utf16le']);
run('ucs2 pair', ['😀', 'utf-16le']);
run('unknown', ['ab', 'bogus']);
run('unknown fourth', ['ab', 0, 1, 'bogus']);
run('encoding number', ['ab', 0, 1, 5]);
run('not a string', [5]);
run('not a string hex', [null, 'hex']);
run('empty', ['']);
run('zero length buffer', ['abc'], 0);

var b = fresh();
show('utf8Write', function () { return b.utf8Write('xyz', 1) + ' ' + b.toString(); });
show('utf8Write len', function () { return b.utf8Write('xyz', 0, 1) + ' ' + b.toString(); });
show('utf8Write past', function () { return b.utf8Write('xyz', 7); });
show('utf8Write negative', function () { return b.utf8Write('xyz', -1); });
show('utf8Write number', function () { return b.utf8Write(3); });
show('hexWrite', function () { return b.hexWrite('ffee', 4) + ' ' + b.toString('hex'); });
show('latin1Write', function () { return b.latin1Write('\u00e9', 0) + ' ' + b.toString('hex'); });
show('asciiWrite', function () { return b.asciiWrite('AB', 2) + ' ' + b.toString('hex'); });
show('ucs2Write', function () { return b.ucs2Write('Z', 1) + ' ' + b.toString('hex'); });
show('base64Write', function () { return b.base64Write('//', 0) + ' ' + b.toString('hex'); });
show('base64urlWrite', function () { return b.base64urlWrite('__', 1) + ' ' + b.toString('hex'); });
show('latin1Slice', function () { return JSON.stringify(b.latin1Slice(1, 3)); });
show('hexSlice', function () { return b.hexSlice(); });
show('hexSlice end before start', function () { return JSON.stringify(b.hexSlice(4, 2)); });
show('hexSlice end past', function () { return b.hexSlice(1, 9); });
show('hexSlice negative', function () { return b.hexSlice(-1); });
show('utf8Slice strings', function () { return JSON.stringify(b.utf8Slice('1', '3')); });
show('base64Slice', function () { return b.base64Slice(0, 4); });
show('base64urlSlice', function () { return b.base64urlSlice(0, 4); });
show('ucs2Slice odd', function () { return JSON.stringify(b.ucs2Slice(0, 3)); });
show('asciiSlice', function () { return JSON.stringify(b.asciiSlice(0, 3)); });
show('empty slice', function () { return JSON.stringify(Buffer.alloc(0).hexSlice(5, 9)); });
