/* skip: an https request to a closed port reports ECONNRESET ('socket hang up') before the ECONNREFUSED Node reports alone; the TLS socket's 'close' reaches the http client before its 'error' (found when tls and fetch met; to fix in js/_tls_wrap.js) */
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
