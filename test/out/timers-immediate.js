// Proves: setImmediate order, arguments, clearImmediate, immediates queued by an immediate run
// in the next iteration, and nextTick runs between immediates.
var out = [];
setImmediate(function (a) { out.push('i1 ' + a); process.nextTick(function () { out.push('tick after i1'); }); setImmediate(function () { out.push('i4 (next loop)'); }); }, 'arg');
var i2 = setImmediate(function () { out.push('i2 cleared'); });
setImmediate(function () { out.push('i3'); });
clearImmediate(i2);
var t = setTimeout(function () {}, 1);
console.log(typeof t.ref, typeof t.unref, t.hasRef(), t.unref().hasRef(), t.ref() === t);
console.log(typeof t[Symbol.toPrimitive](), +t > 0);
clearTimeout(+t);
process.on('exit', function () { console.log(out.join('\n')); });
