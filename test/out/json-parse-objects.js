// JSON.parse objects of every size (a table sized once for their pairs, src/duktape.patch): key
// order with integer keys first, a repeated key keeping its first place and last value, __proto__
// as an own key, deep and wide nesting, a reviver.
var keys = []; for (var i = 0; i < 3000; i++) keys.push('"k' + i + '":' + i);
var o = JSON.parse('{' + keys.join(',') + ',"k5":"dup","0":"zero","__proto__":1}');
console.log(Object.keys(o).length, Object.keys(o).slice(0, 3), o.k5, Object.keys(o)[5], o.k2999, Object.keys(o).slice(-2));
var deep = ''; for (var j = 0; j < 500; j++) deep += '{"a":1,"b":'; deep += '2'; for (var j = 0; j < 500; j++) deep += '}';
var d = JSON.parse(deep); var n = 0; while (typeof d === 'object') { d = d.b; n++; } console.log(n, d);
var wide = []; for (var i = 0; i < 200; i++) wide.push('{"x":[' + i + ',{"y":{"z":' + i + '}}],"w":"' + i + '"}');
var arr = JSON.parse('[' + wide.join(',') + ']'); console.log(arr.length, arr[199].x[1].y.z, Object.keys(arr[3]));
console.log(JSON.stringify(JSON.parse('{"a":{"b":{},"c":[]},"d":{"e":{"f":{"g":null}}},"a":2}')));
console.log(JSON.parse('{"b":1,"a":2,"1":3,"b":4}', function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
