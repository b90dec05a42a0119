// Sources that bind or assign the name `undefined` keep it as a name (src/lower/undef.c turns the
// rewrite to `void 0` off for the whole source): each case must behave as in node.
var show = function (label, v) { console.log(label, typeof v, String(v)); };

(function (undefined) { show('param', undefined); })(5);
(function () { var undefined = 6; show('var', undefined); })();
try { throw 7; } catch (undefined) { show('catch', undefined); }
(function () { function undefined() { return 8; } show('function', undefined()); })();

// New Function bodies go through the same rule.
show('new Function', new Function('undefined', 'return undefined')(9));

// New Function bodies go through the same rule.
show('new Function', new Function('undefined', 'return undefined')(9));
show('assign', (function () { undefined = 10; return undefined; })());
show('delete', delete undefined);
show('eval', (function () { eval('var undefined = 11'); return undefined; })());
with ({ undefined: 12 }) { show('with', undefined); }
