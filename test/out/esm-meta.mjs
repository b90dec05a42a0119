// Proves: ES module scope as Node: import.meta (url, filename, dirname, resolve, prototype),
// top-level `this` is undefined, module code is strict, and CommonJS's require/module/exports/
// __filename/__dirname do not exist.
console.log('url:', import.meta.url);
console.log('filename:', import.meta.filename);
console.log('dirname:', import.meta.dirname);
console.log('resolve:', import.meta.resolve('../fixtures/esm/a.mjs'));
console.log('resolve builtin:', import.meta.resolve('fs'), import.meta.resolve('node:fs'));
console.log('meta keys:', Object.keys(import.meta).sort());
console.log('meta prototype is null:', Object.getPrototypeOf(import.meta) === null);
console.log('same object each time:', import.meta === import.meta);
console.log('this:', this);
console.log('typeof:', typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
try {
    undeclaredVariable = 1;
} catch (e) {
    console.log('sloppy assignment:', e.name, e.message);
}
console.log('function this:', (function () { return this; })());
try {
    Object.defineProperty({}, 'x', { value: 1, writable: false }).x = 2;
} catch (e) {
    console.log('write to read-only:', e.name);
}
const url = new URL(import.meta.url);
console.log('url protocol/pathname end:', url.protocol, url.pathname.split('/').slice(-2).join('/'));
