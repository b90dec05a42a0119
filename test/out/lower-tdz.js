/* lower-tdz: reads of let/const/class bindings before their declaration throw ReferenceError */
try { console.log(x); } catch (e) { console.log(e.name + ': ' + e.message); }
let x = 1;
function later() { return y; }
const y = 2;
console.log(later(), x);
try { let z = z + 1; } catch (e) { console.log(e.message); }
try { typeof w; let w; } catch (e) { console.log(e.message); }
class K { static make() { return new K(); } }
console.log(K.make() instanceof K);
