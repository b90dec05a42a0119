// Modern sources name anonymous functions, arrows and classes as ES2015 does (NamedEvaluation):
// let/const/var, logical assignments, defaults of parameters and of destructuring (declared and
// assigned), class fields (also static and private), methods and accessors.  The inferred name
// never binds inside the body: the body still reads the outer variable, also through eval.
let l = function () {}, la = () => 1, lc = class {};
const c = function () {}, ca = async () => {}, cg = function* () {};
var v = (x) => x, vc = class { static m() {} };
let asg; asg = () => 2;
let o1 = null, o2 = 1, o3; o1 ??= () => 3; o2 &&= function () {}; o3 ||= () => 4;
let notNamed = 0; notNamed += 1;
console.log(l.name, la.name, lc.name, c.name, ca.name, cg.name, v.name, vc.name, asg.name,
            o1.name, o2.name, o3.name);

function params(a = function () {}, b = () => 1, { c = () => 2 } = {}, [d = class {}] = []) {
    return [a.name, b.name, c.name, d.name].join(' ');
}
const arrowParams = (e = () => 0) => e.name;
const { k1 = () => 1, k2: renamed = function () {}, k3 = (function () {}) } = {};
const [e1 = () => 1, , e3 = async function () {}] = [];
let s1, s2, s3;
({ s1 = () => 1, key: s2 = function () {} } = {});
[s3 = () => 3] = [];
console.log(params(), arrowParams(), k1.name, renamed.name, k3.name, e1.name, e3.name, s1.name,
            s2.name, s3.name);

class K {
    field = () => 1;
    fn = function () {};
    'quoted-field' = () => 2;
    static sfield = () => 3;
    #priv = () => 4;
    static #spriv = function () {};
    m() {}
    #pm() {}
    get acc() { return 1; }
    static sm() {}
    names() { return [this.#priv.name, K.#spriv.name, this.#pm.name].join(' '); }
}
const k = new K();
console.log(k.field.name, k.fn.name, k['quoted-field'].name, K.sfield.name, k.names(),
            K.prototype.m.name, Object.getOwnPropertyDescriptor(K.prototype, 'acc').get.name,
            K.sm.name);

const obj = {
    arrow: () => 1,
    'x-y': () => 2,
    m() { return typeof m; },
    async am() {},
    *gm() {},
    get g() { return 1; },
    [`comp${1}`]: function () {},
    cls: class {},
    delete() { return 'd'; }
};
console.log(obj.arrow.name, obj['x-y'].name, obj.m.name, obj.m(), obj.am.name, obj.gm.name,
            Object.getOwnPropertyDescriptor(obj, 'g').get.name, obj.cls.name, obj.delete.name,
            obj.delete());
console.log({ arrow: obj.arrow, m: obj.m, 'x-y': obj['x-y'], fn: function () {} });

// the body sees the outer binding, even when it changes or is read through eval
let self = () => typeof self;
const keepSelf = self;
self = 'changed';
let selfEval = function () { return eval('typeof selfEval'); };
const keepEval = selfEval;
selfEval = 7;
let count = function (n) { return n ? count(n - 1) + 1 : 0; };
console.log(keepSelf.name, keepSelf(), keepEval.name, keepEval(), count.name, count(3));

// new.target keeps working (the function reads its own name)
const Made = function () { return new.target === Made; };
console.log(Made.name, new Made() instanceof Made, Made());

// computed keys name the function, method, accessor or class they are given ($nd.props)
const sym = Symbol('desc'), dyn = 'dyn';
const comp = { [dyn]: () => 1, [sym]: function () {}, [dyn + 'm']() {},
               get [dyn + 'g']() { return 1; }, [dyn + 'c']: class {},
               [dyn + 'n']: (0, function () {}), [dyn + 'v']: c };
console.log(comp.dyn.name, comp[sym].name, comp.dynm.name,
            Object.getOwnPropertyDescriptor(comp, 'dyng').get.name, comp.dync.name,
            JSON.stringify(comp.dynn.name), comp.dynv.name);
class Computed { [dyn] = function () {}; static [dyn + 's'] = () => 1; [dyn + 'v'] = c; }
console.log(new Computed().dyn.name, Computed.dyns.name, new Computed().dynv.name);
