/* lower-lines: errors thrown from lowered code report the source line (stack line numbers) */
const sum = (...xs) => xs.reduce((a, b) => a + b, 0);
class Thrower {
  constructor(v) { this.v = v; }
  check() {
    if (this.v > 2) {
      throw new Error(`too big: ${this.v}`);
    }
    return this.v;
  }
}
function lineOf(e) {
  var m = /lower-lines\.js:(\d+)/.exec(e.stack);
  return m ? Number(m[1]) : -1;
}
try { new Thrower(5).check(); } catch (e) { console.log(e.message, 'line', lineOf(e)); }
const { a, b = () => { throw new RangeError('default'); } } = { a: 1 };
try { b(); } catch (e) { console.log(e.name, 'line', lineOf(e)); }
for (const x of [1, 2]) {
  let y = x * 2;
  try { if (y > 2) null.f(); } catch (e) { console.log(e.constructor.name, 'line', lineOf(e)); }
}
var tpl = `multi
line ${sum(1, 2)}
template`;
try { undefinedFunction(); } catch (e) { console.log(e.name, 'line', lineOf(e)); }
console.log(tpl.split('\n').length);
new Thrower(9).check();
