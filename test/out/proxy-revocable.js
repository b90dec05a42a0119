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
const keys = [];
const arr = Proxy.revocable([1, 2], { set(t, k, v) { keys.push(typeof k + ' ' + k); t[k] = v; return true; } }).proxy;
arr[0] = 9;
arr.push(3);
console.log(keys, arr.length);
