// util.inspect shows an Event's type, defaultPrevented, cancelable and timeStamp, an AbortSignal
// whether it is aborted and an AbortController its signal, as Node's custom inspectors do.
const util = require('util');
const show = (v, opts) => console.log(util.inspect(v, opts).replace(/timeStamp: [\d.]+/g, 'timeStamp: N'));
const ac = new AbortController();
console.log(ac.signal, ac, new EventTarget());
ac.abort();
console.log(ac.signal, AbortSignal.abort('why'));
const ev = new Event('foo', { cancelable: true });
ev.preventDefault();
show(ev);
show({ ev: new Event('nested') });
show(new Event('d'), { depth: -1 });
show({ a: { b: new AbortController() } }, { depth: 1 });
show({ a: new AbortController(), s: AbortSignal.abort() }, { depth: 0 });
show([new Event('in array')], { depth: 0 });
class MyEvent extends Event {}
show(new MyEvent('m'));
show(new Event('x'), { compact: false, breakLength: 200 });
