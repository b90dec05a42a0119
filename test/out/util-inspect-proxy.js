// Proxies: util.inspect shows the target without running traps (showProxy: Proxy [ target,
// handler ]), util.types.isProxy, Proxy.revocable and Node's errors.
const util = require('util');
const target = { a: 1, nested: { b: 2 } };
const p = new Proxy(target, { get: function get(t, k) { return k === 'a' ? 5 : t[k]; } });
console.log(p.a, util.types.isProxy(p), util.types.isProxy(target));
console.log(util.inspect(p), util.inspect(p, { showProxy: true }));
console.log(p, [p], { p });
const pf = new Proxy(function named() {}, {});
console.log(util.inspect(pf), typeof pf, pf.name);
const pa = new Proxy([1, 2], {});
console.log(pa, Array.isArray(pa), pa.length);
const { proxy, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(proxy.x, util.inspect(proxy)); revoke();
console.log(util.inspect(proxy), util.types.isProxy(proxy));
try { proxy.x; } catch (e) { console.log(e.constructor.name, e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Proxy.name, Proxy.length, typeof Proxy.revocable);
class C { constructor() { return new Proxy(this, {}); } } console.log(new C() instanceof C, util.inspect(new C()));
