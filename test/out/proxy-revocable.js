// Proves: Proxy.revocable gives a working proxy (handler traps and default behaviour) whose
// every operation throws Node's TypeError once revoked (immer revokes its drafts).
const { proxy, revoke } = Proxy.revocable({ a: 1 }, { get: (t, k) => (k in t ? t[k] : 'dflt') });
console.log(proxy.a, proxy.zz, 'a' in proxy, Object.keys(proxy));
proxy.b = 2;
console.log(proxy.b, delete proxy.b, proxy.b);
revoke();
try { proxy.a; } catch (e) { console.log(e.name, e.message); }
try { proxy.a = 1; } catch (e) { console.log(e.name, e.message); }
console.log(typeof Proxy.revocable, Proxy.revocable.length);
