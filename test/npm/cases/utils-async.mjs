// query-string 10, jsonpath-plus 11, xregexp 5, emittery 1, neo-async 2, co 4, pify 6,
// graceful-fs 4, proper-lockfile 4, chance 1 (seeded) and short-uuid 6.
import queryString from 'query-string';
import { JSONPath } from 'jsonpath-plus';
import XRegExp from 'xregexp';
import Emittery from 'emittery';
import neoAsync from 'neo-async';
import co from 'co';
import pify from 'pify';
import gfs from 'graceful-fs';
import lockfile from 'proper-lockfile';
import Chance from 'chance';
import shortUuid from 'short-uuid';
const { createTranslator, constants, generate } = shortUuid;
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

console.log(queryString.parse('?a=1&b=2&b=3&c&d[]=x', { parseNumbers: true, arrayFormat: 'bracket' }));
console.log(queryString.stringify({ b: [1, 2], a: 'x y', n: null, u: undefined }), queryString.parseUrl('https://x.y/p?q=1#h', { parseFragmentIdentifier: true }));
console.log(queryString.stringifyUrl({ url: 'https://x.y/p?a=1', query: { b: 'ü' } }), queryString.pick('https://x.y/?a=1&b=2', ['a']));
const store = { store: { book: [{ category: 'ref', author: 'Rees', price: 8.95 }, { category: 'fic', author: 'Waugh', price: 12.99 }, { category: 'fic', author: 'Tolkien', price: 22.99, isbn: '0-395' }], bicycle: { color: 'red', price: 19.95 } } };
console.log(JSONPath({ path: '$.store.book[*].author', json: store }), JSONPath({ path: '$..price', json: store }));
console.log(JSONPath({ path: '$..book[?(@.price < 10)].author', json: store }), JSONPath({ path: '$..book[-1:]', json: store, resultType: 'path' }), JSONPath({ path: '$..book[?(@.isbn)].author', json: store }));
const date = XRegExp(`(?<year>  [0-9]{4} ) -?  # year
                      (?<month> [0-9]{2} ) -?  # month
                      (?<day>   [0-9]{2} )     # day`, 'x');
const m = XRegExp.exec('2021-02-22', date);
console.log(m.groups.year, m.groups.month, XRegExp.replace('2021-02-22', date, '$<month>/$<day>/$<year>'));
console.log(XRegExp('^\\p{L}+$').test('Ünïcödé'), XRegExp.matchRecursive('(t((e))s)t()(ing)', '\\(', '\\)', 'g'), XRegExp.escape('a.b*c'));
console.log(XRegExp.union(['a+b*c', /(dogs)\1/, /(cats)\1/], 'i').test('DOGSdogs'), XRegExp.split('a1b2c', /\d/), XRegExp.tag()`\d+${'x'}`.source);

const emitter = new Emittery();
const seen = [];
emitter.on('ev', async (d) => { seen.push('a' + d); });
emitter.on('ev', (d) => { seen.push('b' + d); });
emitter.onAny((name, d) => { seen.push('any:' + name + d); });
await emitter.emit('ev', 1);
await emitter.emitSerial('ev', 2);
const onceP = emitter.once('later');
emitter.emit('later', 'L');
console.log(seen.join(' '), await onceP, emitter.listenerCount('ev'));

console.log(await new Promise((r) => neoAsync.mapLimit([3, 1, 2], 2, (x, cb) => setTimeout(() => cb(null, x * 2), x), (e, res) => r(res))));
console.log(await new Promise((r) => neoAsync.waterfall([(cb) => cb(null, 1), (a, cb) => cb(null, a + 1)], (e, res) => r(res))), await new Promise((r) => neoAsync.series({ a: (cb) => cb(null, 'A'), b: (cb) => cb(null, 'B') }, (e, res) => r(res))));
console.log(await co(function* () { const a = yield Promise.resolve(1); const [b, c] = yield [Promise.resolve(2), Promise.resolve(3)]; const o = yield { d: Promise.resolve(4) }; return a + b + c + o.d; }));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-utils-'));
const file = path.join(dir, 'f.txt');
await pify(gfs.writeFile)(file, 'graceful');
console.log(await pify(gfs.readFile)(file, 'utf8'), (await pify(fs).stat(file)).size);
const release = await lockfile.lock(file, { realpath: false });
console.log(await lockfile.check(file, { realpath: false }), fs.existsSync(file + '.lock'));
try { await lockfile.lock(file, { realpath: false }); } catch (e) { console.log(e.code); }
await release();
console.log(await lockfile.check(file, { realpath: false }));
fs.rmSync(dir, { recursive: true });

const chance = new Chance(42);
console.log(chance.name(), chance.email(), chance.integer({ min: 1, max: 100 }), chance.pickone(['a', 'b', 'c']), chance.guid(), chance.sentence({ words: 4 }));
const translator = createTranslator();
const uuid = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const short = translator.fromUUID(uuid);
console.log(short, translator.toUUID(short), createTranslator(constants.cookieBase90).fromUUID(uuid), generate().length > 15, translator.validate(short, true));
