// Proves: https.get and fetch to a port nobody listens on fail as Node's: one 'error' with
// ECONNREFUSED, and fetch's TypeError with it as cause.
'use strict';
const http = require('http');
const https = require('https');

const other = http.createServer().listen(0, '127.0.0.1', () => {
    const port = other.address().port;
    other.close(async () => {
        await fetch('https://127.0.0.1:' + port + '/').catch((e) => console.log('fetch:', e.message, e.cause.code));
        https.get('https://127.0.0.1:' + port + '/').on('error', (e) => console.log('https.get:', e.code));
    });
});
