// Proves: JSON.stringify of a cycle throws V8's TypeError ("Converting circular structure to
// JSON", then the path on further lines), not Duktape's "cyclic input".  Found by
// test/fuzz/inspect.js.
var a = { name: 'a' };
a.self = a;
var b = [1, { list: null }];
b[1].list = b;
[a, b].forEach(function (value) {
    try {
        JSON.stringify(value);
    } catch (e) {
        console.log(e instanceof TypeError, e.message.split('\n')[0]);
    }
});
