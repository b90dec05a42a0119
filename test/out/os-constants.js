/* os-constants.js: os.constants as Node 20 on Linux: the top-level keys in order,
 * UV_UDP_REUSEADDR, and the null-prototype signals, errno, priority and dlopen tables with
 * their names, order and values. */
var os = require('os');
var c = os.constants;
console.log(Object.keys(c).join(','), c.UV_UDP_REUSEADDR);
['signals', 'errno', 'priority', 'dlopen'].forEach(function (k) {
    var t = c[k];
    console.log(k, Object.getPrototypeOf(t) === null, Object.keys(t).length);
    console.log(Object.keys(t).map(function (n) { return n + '=' + t[n]; }).join(' '));
});
console.log(Object.getOwnPropertyDescriptor(os, 'constants').configurable,
            Object.getOwnPropertyDescriptor(os, 'EOL').writable,
            Object.getOwnPropertyDescriptor(os, 'devNull').enumerable);
