// References to the global `undefined` are compiled as `void 0` (src/lower/undef.c) unless the
// source could mean something else by the name: every case here must behave as in node.
var show = function (label, v) { console.log(label, typeof v, String(v)); };

show('plain', undefined);
show('typeof', typeof undefined);
var o = { undefined: 1, get undefined2() { return undefined; } };
show('key', o.undefined);
show('getter', o.undefined2);
show('conditional', undefined ? 'yes' : 'no');
show('in array', [undefined, 1].length);
show('equality', null == undefined);
show('strict', null === undefined);
try { undefined.x; } catch (e) { show('member', e.constructor.name); }
try { undefined(); } catch (e) { show('call', e.constructor.name); }
var asi = 1
undefined
show('asi', asi);
show('comparison', [1, undefined, 3].indexOf(undefined));
show('in', (function () { try { return undefined in {}; } catch (e) { return e.name; } })());
show('void', void undefined);

// Modern syntax around it.
const arrow = (x = undefined) => x ?? 'nullish';
show('arrow default', arrow());
show('optional', undefined?.x);
show('template', `${undefined}`);
class K { f = undefined; static s = typeof undefined; m() { return [undefined].map(v => v); } }
show('class field', new K().f);
show('static', K.s);
show('method', new K().m()[0]);
const { a = undefined, ...rest } = { b: 1 };
show('destructuring', a);
show('rest', Object.keys(rest).join());
let u = undefined;
u ??= 'set';
show('logical assignment', u);
label: for (;;) { show('label', undefined); break label; }
