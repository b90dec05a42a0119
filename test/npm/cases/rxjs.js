// rxjs 7: operators over synchronous and timer sources, subjects, errors.
const { of, from, interval, Subject, map, filter, take, scan, toArray, catchError, mergeMap, throwError, lastValueFrom } = require('rxjs');
of(1, 2, 3, 4).pipe(filter((x) => x % 2 === 0), map((x) => x * 10), toArray()).subscribe((v) => console.log('of', v));
const s = new Subject();
s.pipe(scan((acc, x) => acc + x, 0)).subscribe((v) => console.log('scan', v));
s.next(1); s.next(2); s.complete();
from([1, 2]).pipe(mergeMap((x) => (x === 2 ? throwError(() => new Error('bad ' + x)) : of(x))), catchError((e) => of(e.message))).subscribe((v) => console.log('caught', v));
lastValueFrom(interval(2).pipe(take(3), toArray())).then((v) => console.log('interval', v));
