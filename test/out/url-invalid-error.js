// new URL() with an input or base it cannot parse throws Node's C++-made TypeError: 'TypeError:
// Invalid URL' (no [ERR_INVALID_URL] in its name or stack), with code, input and base own
// properties; the href setter throws the JavaScript ERR_INVALID_URL, which shows its code.
const show = (fn) => {
    try {
        fn();
    } catch (e) {
        console.log(String(e), '|', e.stack.split('\n')[0], '|', e.name, e.code, Object.keys(e), e.input, e.base);
        console.log(e instanceof TypeError, Object.getPrototypeOf(e) === TypeError.prototype);
    }
};
show(() => new URL('bad url'));
show(() => new URL('/path', 'not a base'));
show(() => new URL('http://[::1', 'http://ok.example'));
show(() => new URL('', undefined));
show(() => { const u = new URL('http://a.example'); u.href = 'also bad'; });
console.log(URL.canParse('bad'), URL.canParse('/x', 'http://h'));
const e = (() => { try { new URL('nope'); } catch (x) { return x; } })();
console.log(require('util').inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
