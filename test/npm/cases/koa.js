// koa 2: middleware chain with async functions, ctx.body as JSON and text, error status.
const http = require('http');
const Koa = require('koa');
const app = new Koa();
app.use(async (ctx, next) => {
    const start = ctx.path;
    await next();
    ctx.set('x-path', start);
});
app.use(async (ctx) => {
    if (ctx.path === '/json') ctx.body = { koa: true, query: ctx.query };
    else if (ctx.path === '/boom') ctx.throw(418, 'teapot');
    else ctx.body = 'text ' + ctx.method;
});
app.silent = true;
function get(port, path) {
    return new Promise((resolve) => http.get({ host: '127.0.0.1', port, path }, (res) => {
        let d = '';
        res.on('data', (c) => d += c);
        res.on('end', () => resolve(res.statusCode + ' ' + res.headers['x-path'] + ' ' + res.headers['content-type'] + ' ' + d));
    }));
}
const server = app.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    console.log(await get(port, '/json?a=1'));
    console.log(await get(port, '/plain'));
    console.log(await get(port, '/boom'));
    server.close();
});
