// Number.prototype.toLocaleString, Date.prototype.toLocaleString, toLocaleDateString and
// toLocaleTimeString with the en-US (or default) locale; dates always in timeZone 'UTC'.
'use strict';
function show(f) {
    try {
        console.log(JSON.stringify(f()));
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
var U = { timeZone: 'UTC' };
var d = new Date(Date.UTC(2024, 0, 5, 15, 4, 9, 45));
show(() => [(1234.5).toLocaleString(), (1234.5).toLocaleString('en-US'), (0).toLocaleString(),
    (-1e21).toLocaleString(), NaN.toLocaleString(), (1 / 3).toLocaleString()]);
show(() => (1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
show(() => (0.256).toLocaleString(undefined, { style: 'percent' }));
show(() => (1234567).toLocaleString('en-US', { notation: 'compact' }));
show(() => new Number(42).toLocaleString());
show(() => Number.prototype.toLocaleString.call('1'));
show(() => [d.toLocaleString('en-US', U), d.toLocaleDateString('en-US', U),
    d.toLocaleTimeString('en-US', U), d.toLocaleString(undefined, U)]);
show(() => [d.toLocaleDateString('en-US', { timeZone: 'UTC', hour: 'numeric' }),
    d.toLocaleTimeString('en-US', { timeZone: 'UTC', month: 'long' }),
    d.toLocaleString('en-US', { timeZone: 'UTC', hour: 'numeric' }),
    d.toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'short' }),
    d.toLocaleDateString('en-US', { timeZone: 'UTC', dayPeriod: 'short' }),
    d.toLocaleTimeString('en-US', { timeZone: 'UTC', timeZoneName: 'short' }),
    d.toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'long' }),
    d.toLocaleTimeString('en-US', { timeZone: 'UTC', timeStyle: 'full' }),
    d.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long' }),
    d.toLocaleTimeString('en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' })]);
show(() => d.toLocaleTimeString('en-US', { timeZone: 'UTC', dateStyle: 'short' }));
show(() => d.toLocaleDateString('en-US', { timeZone: 'UTC', timeStyle: 'short' }));
show(() => [new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(),
    new Date(NaN).toLocaleTimeString()]);
show(() => new Date(0).toLocaleString('en-US', { timeZone: 'bad zone!' }));

// Errors name the method, as V8's do.
try { (1).toLocaleString('en-US', { style: 'bad' }); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.toLocaleString.call({}); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.toLocaleDateString.call(1); } catch (e) { console.log(e.name, e.message); }
try { Number.prototype.toLocaleString.call('x'); } catch (e) { console.log(e.name, e.message); }
