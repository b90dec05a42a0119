// A call of something that is not a function reports the line of the call, in a function and at
// the top of a module, after other calls and without any (Duktape named the line where the
// function last stored its position: build/duktape.c carries the fix, see the Makefile).
function lineOf(e) {
    const frame = e.stack.split('\n').find((l) => l.includes(__filename));
    return frame.match(/\.js:(\d+)/)[1];
}
function h() { return 1; }
function g() {
    const q = {};
    h();

    q.nope();
}
function k() {
    const q = {};
    let a = 1;
    a++;
    q.nope(1, a);
}
const o = {};
for (const [name, f] of [['g', g], ['k', k], ['top', () => {
    h();
    o.missing(h());
}], ['value', () => {
    const n = 1;
    n();
}]]) {
    try {
        f();
    } catch (e) {
        console.log(name, e instanceof TypeError, lineOf(e));
    }
}
