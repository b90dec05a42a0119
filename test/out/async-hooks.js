// Proves: async_hooks loads with Node's exports; AsyncResource runs and binds callbacks with
// their this and arguments; EventEmitterAsyncResource emits through it; bad arguments throw
// Node's errors.
const ah = require('async_hooks');
const { EventEmitterAsyncResource } = require('events');
console.log(Object.keys(ah), ah.executionAsyncId(), ah.asyncWrapProviders.TCPWRAP);
const r = new ah.AsyncResource('MyThing');
console.log(r.runInAsyncScope(function (a, b) { return [this.x, a + b]; }, { x: 1 }, 2, 3));
const bound = r.bind(function (n) { return n * 2; });
console.log(bound(21), bound.asyncResource === r, typeof r.asyncId(), r.emitDestroy() === r);
const sb = ah.AsyncResource.bind((a) => a + 1);
console.log(sb(1), sb.asyncResource instanceof ah.AsyncResource);
const e = new EventEmitterAsyncResource({ name: 'X' });
e.on('ping', (v) => console.log('ping', v));
console.log(e.emit('ping', 7), e.asyncResource.eventEmitter === e);
const hook = ah.createHook({ init() {} });
console.log(hook.enable() === hook, hook.disable() === hook);
try { new ah.AsyncResource(5); } catch (err) { console.log(err.code, err.message); }
try { ah.createHook({ init: 1 }); } catch (err) { console.log(err.code, err.message); }
try { r.bind(1); } catch (err) { console.log(err.code, err.message); }
