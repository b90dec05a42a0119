// path-to-regexp 9 and http-errors 2 with statuses: route matching and compiling, and
// HTTP error objects.
const { match, compile, pathToRegexp, parse } = require('path-to-regexp');
const createError = require('http-errors');
const statuses = require('statuses');
const m = match('/users/:id/books{/:bookId}');
console.log(m('/users/42/books'), m('/users/42/books/7'), m('/nope'));
console.log(match('/files/*path', { decode: decodeURIComponent })('/files/a/b%20c.txt'));
const toPath = compile('/user/:id{/:tab}');
console.log(toPath({ id: 'a b' }), toPath({ id: '7', tab: 'x' }));
const { regexp, keys } = pathToRegexp('/:a-:b', { end: false });
console.log(regexp.source, keys, regexp.exec('/foo-bar/baz').slice(1));
console.log(JSON.stringify(parse('/x/:y{.:ext}')));
try { match('/:'); } catch (e) { console.log(e.constructor.name, e.message.split('\n')[0]); }
const e1 = createError(404, 'No such thing', { path: '/x' });
console.log(e1.name, e1.status, e1.statusCode, e1.expose, e1.message, e1.path, e1 instanceof createError.HttpError, e1 instanceof Error);
const e2 = new createError.InternalServerError();
console.log(e2.name, e2.status, e2.expose, e2.message, createError.isHttpError(e2), createError.isHttpError(new Error()));
const e3 = createError(new TypeError('bad'), { status: 400 });
console.log(e3.name, e3.status, e3.message, e3 instanceof TypeError);
console.log(statuses(418), statuses('Not Found'), statuses.redirect[301], statuses.empty[204], statuses.retry[503]);
