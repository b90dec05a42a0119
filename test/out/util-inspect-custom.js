/* [util.inspect.custom](depth, options, inspect): the return value replaces the object (a string
 * as is, with its line breaks indented; anything else is inspected), the remaining depth and the
 * options are passed in, returning `this` falls back to normal inspection, and a prototype holding
 * the method is not treated as custom. */
var util = require('util');
var custom = util.inspect.custom;

function Point(x, y) {
    this.x = x;
    this.y = y;
}
Point.prototype[custom] = function (depth, options, inspect) {
    return 'Point<' + this.x + ',' + this.y + '>';
};
console.log(new Point(1, 2));
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ p: new Point(5, 6) });
console.log(Point.prototype);
console.log(util.format('%s|%o|%O|%j', new Point(1, 1), new Point(2, 2), new Point(3, 3),
    new Point(4, 4)));

var multi = {};
multi[custom] = function () { return 'line1\nline2\nline3'; };
console.log(multi);
console.log({ a: { b: multi } });
console.log([multi]);

var returnsObject = {};
returnsObject[custom] = function () { return { replaced: [1, 2, 3] }; };
console.log(returnsObject, { x: returnsObject });
var returnsThis = { shown: 'normally' };
returnsThis[custom] = function () { return this; };
console.log(returnsThis);
var returnsNumber = {};
returnsNumber[custom] = function () { return 42; };
console.log(returnsNumber, [returnsNumber]);
var returnsUndefined = {};
returnsUndefined[custom] = function () { return undefined; };
console.log(returnsUndefined);

function depthReporter(name) {
    var o = { name: name };
    o[custom] = function (depth, options, inspect) {
        return name + '@' + depth + ' ' + typeof options.stylize + ' ' + options.depth + ' ' +
            options.colors + ' ' + options.compact + ' ' + (inspect === util.inspect);
    };
    return o;
}
console.log(depthReporter('top'));
console.log({ a: depthReporter('one') });
console.log({ a: { b: depthReporter('two') } });
console.log(util.inspect({ a: depthReporter('deep') }, { depth: 5 }));
console.log(util.inspect({ a: depthReporter('inf') }, { depth: null }));

var usesOptions = {};
usesOptions[custom] = function (depth, options, inspect) {
    return inspect({ inner: [1, 2, { deeper: true }] }, options);
};
console.log(usesOptions, { wrapped: usesOptions });
console.log(util.inspect(usesOptions, { colors: true }));

var stylized = {};
stylized[custom] = function (depth, options) {
    return options.stylize('special!', 'special') + ' ' + options.stylize('str', 'string');
};
console.log(util.inspect(stylized), util.inspect(stylized, { colors: true }));

var userOpt = {};
userOpt[custom] = function (depth, options) {
    return 'custom option: ' + options.myOption;
};
console.log(util.inspect(userOpt, { myOption: 'passed through' }));

var nullProto = Object.create(null);
nullProto[custom] = function (depth, options) {
    return 'null proto: ' + Object.getPrototypeOf(options) + ' ' + typeof options.stylize;
};
console.log(nullProto);

var fnCustom = function () {};
fnCustom[custom] = function () { return '[fn custom]'; };
console.log(fnCustom);

var selfInspect = {};
selfInspect[custom] = util.inspect;
selfInspect.plain = 1;
console.log(selfInspect);

var nested = {};
nested[custom] = function (depth, options, inspect) {
    return 'Nested ' + inspect({ list: [1, 2, 3], obj: { k: 'v' } }, { compact: false });
};
console.log({ n: nested });
