/* fs-paths: the forms a path can take: strings with non-ASCII and astral characters (in file
 * names and in error messages), Buffers (including bytes that are not UTF-8, read back as
 * U+FFFD or as raw bytes with encoding 'buffer'), file: URLs (percent-decoding, errors for
 * other schemes, hosts and encoded slashes), relative paths against process.cwd(), and
 * null bytes. */
var fs = require('fs');
var url = require('url');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-paths-' + process.pid;

function clean(s) {
    return String(s).split(base).join('<tmp>');
}
function describe(e) {
    var out = e.name + ' ' + e.code + ': ' + clean(e.message);
    if (e.errno !== undefined) out += ' errno=' + e.errno;
    if (e.syscall !== undefined) out += ' syscall=' + e.syscall;
    if (e.path !== undefined) out += ' path=' + clean(e.path);
    if (e.dest !== undefined) out += ' dest=' + clean(e.dest);
    return out;
}
function t(label, fn) {
    try {
        var r = fn();
        console.log(label + ': ' + (r === undefined ? 'undefined' : clean(JSON.stringify(r))));
    } catch (e) {
        console.log(label + ' threw ' + describe(e));
    }
}

fs.mkdirSync(base);
t('unicode name', function () {
    fs.writeFileSync(base + '/héllo wörld €', 'u');
    return [fs.readdirSync(base), fs.readFileSync(base + '/héllo wörld €', 'utf8')];
});
t('astral name', function () {
    fs.writeFileSync(base + '/\ud83d\ude00.txt', 'smile');
    return [fs.existsSync(base + '/\ud83d\ude00.txt'), fs.readdirSync(base).length,
            fs.readdirSync(base, 'buffer').map(function (b) { return b.toString('hex'); })];
});
t('unicode in error', function () { return fs.readFileSync(base + '/nö \ud83d\ude00'); });
t('unicode in rename error', function () { return fs.renameSync(base + '/ä', base + '/\ud83d\ude00/b'); });
t('lone surrogate name', function () {
    fs.writeFileSync(base + '/x\ud800y', 'lone');
    return fs.readdirSync(base).filter(function (n) { return n.charAt(0) === 'x'; });
});
t('buffer path', function () {
    fs.writeFileSync(Buffer.from(base + '/buf'), 'b');
    return fs.readFileSync(Buffer.from(base + '/buf'), 'utf8');
});
t('non-utf8 name', function () {
    var p = Buffer.concat([Buffer.from(base + '/raw-'), Buffer.from([0xff, 0xfe]), Buffer.from('-x')]);
    fs.writeFileSync(p, 'raw');
    var names = fs.readdirSync(base).filter(function (n) { return n.indexOf('raw-') === 0; });
    var raw = fs.readdirSync(base, { encoding: 'buffer' }).filter(function (b) {
        return b[0] === 0x72 && b[1] === 0x61;
    });
    var st = fs.statSync(p);
    return [names, names[0].length, raw[0].toString('hex'), st.size];
});
t('non-utf8 name in error', function () {
    var p = Buffer.concat([Buffer.from(base + '/nope-'), Buffer.from([0xff])]);
    return fs.readFileSync(p);
});
t('buffer with null byte', function () { return fs.readFileSync(Buffer.from('a\u0000b')); });
t('string with null byte', function () { return fs.statSync(base + '/a\u0000'); });
t('file URL', function () {
    var u = url.pathToFileURL(base + '/héllo wörld €');
    return [u.href.indexOf('%20') !== -1, fs.readFileSync(u, 'utf8'), fs.existsSync(u)];
});
t('file URL object', function () {
    return fs.readFileSync(new url.URL('file://' + base + '/buf'), 'utf8');
});
t('file URL encoded', function () {
    return fs.statSync(new url.URL('file://' + base + '/h%C3%A9llo%20w%C3%B6rld%20%E2%82%AC')).size;
});
t('URL scheme', function () { return fs.readFileSync(new url.URL('http://example.com/x')); });
t('URL host', function () { return fs.readFileSync(new url.URL('file://host/x')); });
t('URL encoded slash', function () { return fs.readFileSync(new url.URL('file:///a%2fb')); });
t('URL missing', function () { return fs.readFileSync(new url.URL('file://' + base + '/nope')); });
t('legacy url object', function () { return fs.readFileSync(url.parse('file://' + base + '/buf')); });
t('relative', function () {
    var cwd = process.cwd();
    process.chdir(base);
    try {
        fs.writeFileSync('rel.txt', 'relative');
        return [fs.readFileSync('./rel.txt', 'utf8'), fs.existsSync(base + '/rel.txt'),
                clean(fs.realpathSync('rel.txt'))];
    } finally {
        process.chdir(cwd);
    }
});
t('relative error', function () {
    var cwd = process.cwd();
    process.chdir(base);
    try {
        return fs.readFileSync('missing/../x');
    } finally {
        process.chdir(cwd);
    }
});
t('empty path', function () { return fs.readFileSync(''); });
t('long name', function () { return fs.statSync(base + '/' + new Array(300).join('n')); });

fs.readFile(base + '/nö \ud83d\ude00', function (err) {
    console.log('async unicode error', describe(err));
    fs.promises.readFile(new url.URL('file://' + base + '/buf'), 'utf8').then(function (s) {
        console.log('promises URL', s);
        fs.rmSync(base, { recursive: true });
        console.log('cleaned', fs.existsSync(base));
    });
});
