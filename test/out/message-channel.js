/* message-channel.js: MessageChannel and MessagePort within one thread (undici checks for the
 * MessagePort global): messages are structured clones delivered after the current task, in
 * order, once a port is started (onmessage, on('message'), start()); addEventListener alone does
 * not start it; receiveMessageOnPort takes queued messages synchronously; close() fires 'close'
 * on both ports and later messages are dropped. */
const { MessageChannel: MC, MessagePort: MP, receiveMessageOnPort } = require('worker_threads');
console.log(MC === MessageChannel, MP === MessagePort, typeof MessagePort);
try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, Object.keys(new MessageChannel()));
const obj = { a: [1, 2], d: new Date(0), m: new Map([[1, 'x']]) };
port2.onmessage = (ev) => {
    console.log('onmessage', ev.type, ev.data, ev.data === obj);
};
port1.postMessage(obj);
port1.postMessage('second');
console.log('posted sync');
const ch = new MessageChannel();
ch.port2.postMessage('queued 1');
ch.port2.postMessage('queued 2');
console.log(receiveMessageOnPort(ch.port1), receiveMessageOnPort(ch.port1), receiveMessageOnPort(ch.port1));
ch.port1.on('message', (data) => {
    console.log('on message', data);
    ch.port1.close();
});
ch.port1.on('close', () => console.log('port1 close'));
ch.port2.on('close', () => console.log('port2 close'));
ch.port2.postMessage({ n: 3 });
setTimeout(() => {
    ch.port2.postMessage('after close');
    port1.close();
    console.log('done');
}, 300); // well after the messages of the first turn, also in slow (sanitizer) builds
