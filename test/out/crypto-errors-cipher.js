// Proves the cipher errors read as node's: unknown cipher, key and IV lengths (IV checked
// first), argument types, auth tag lengths and states (getAuthTag before final, setAuthTag twice,
// AAD after data, anything after final), bad decrypt and wrong final block length (OpenSSL's
// message, library, reason and code), GCM and chacha20-poly1305 authentication failures, and
// unknown encodings.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r); } catch (e) {
    console.log(label, e instanceof Error, e.name, e.code, JSON.stringify(e.message), Object.keys(e), e.library, e.reason);
  }
}
const k16 = Buffer.alloc(16), iv16 = Buffer.alloc(16), iv12 = Buffer.alloc(12), k32 = Buffer.alloc(32);
t('unknown', () => crypto.createCipheriv('nope', k16, iv16));
t('unknown bad lengths', () => crypto.createDecipheriv('nope', Buffer.alloc(3), Buffer.alloc(3)));
t('key length', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16));
t('key and iv', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(15)));
t('iv length', () => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(15)));
t('iv null', () => crypto.createCipheriv('aes-128-cbc', k16, null));
t('ecb iv', () => crypto.createCipheriv('aes-128-ecb', k16, Buffer.alloc(15)));
t('ecb empty iv', () => crypto.createCipheriv('aes-128-ecb', k16, Buffer.alloc(0)).final('hex'));
t('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
t('chacha iv 8', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(8)));
t('chacha iv 13', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(13)));
t('gcm tag length 3', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 3 }));
t('chacha tag length 17', () => crypto.createCipheriv('chacha20-poly1305', k32, iv12, { authTagLength: 17 }));
t('chacha tag length 0', () => crypto.createCipheriv('chacha20-poly1305', k32, iv12, { authTagLength: 0 }));
t('tag length string', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 'x' }));
t('cbc tag length ignored', () => crypto.createCipheriv('aes-128-cbc', k16, iv16, { authTagLength: 5 }).final('hex'));
t('cipher type', () => crypto.createCipheriv(1, k16, iv16));
t('key type', () => crypto.createCipheriv('aes-128-cbc', 1, iv16));
t('iv type', () => crypto.createCipheriv('aes-128-cbc', k16, 5));
t('encoding type', () => crypto.createCipheriv('aes-128-cbc', k16, iv16, { encoding: 5 }));
t('public key object', () => crypto.createCipheriv('aes-128-cbc', { key: 1 }, iv16));
t('data type', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update(123));
t('odd hex', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('abc', 'hex', 'hex'));
t('unknown input encoding', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('abc', 'nope', 'hex'));
t('unknown output encoding', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('abc', 'utf8', 'ucs3'));
t('bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(16)); return d.final(); });
t('wrong final block', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(15)); return d.final(); });
t('no padding partial', () => { const d = crypto.createCipheriv('aes-128-cbc', k16, iv16); d.setAutoPadding(false); d.update(Buffer.alloc(15)); return d.final(); });
t('final twice', () => { const d = crypto.createCipheriv('aes-128-cbc', k16, iv16); d.final(); return d.final(); });
t('final after failure', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); try { d.final(); } catch (e) { console.log(' ', e.message); } return d.final(); });
t('update after final', () => { const d = crypto.createCipheriv('aes-128-cbc', k16, iv16); d.final(); return d.update('a'); });
t('padding after final', () => { const d = crypto.createCipheriv('aes-128-gcm', k16, iv12); d.final(); d.setAutoPadding(false); });
t('gcm no tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.update(Buffer.alloc(15)); return d.final(); });
t('gcm bad tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(15)); return d.final(); });
t('chacha no tag', () => { const d = crypto.createDecipheriv('chacha20-poly1305', k32, iv12); d.update('abc'); return d.final(); });
t('chacha bad tag', () => { const d = crypto.createDecipheriv('chacha20-poly1305', k32, iv12); d.setAuthTag(Buffer.alloc(16)); d.update('abc'); return d.final(); });
t('tag length 3', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(3)));
t('tag length 17', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(17)));
t('tag length mismatch', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12, { authTagLength: 8 }).setAuthTag(Buffer.alloc(16)));
t('chacha tag 5', () => crypto.createDecipheriv('chacha20-poly1305', k32, iv12).setAuthTag(Buffer.alloc(5)));
t('set tag twice', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); });
t('set tag cbc', () => crypto.createDecipheriv('aes-128-cbc', k16, iv16).setAuthTag(Buffer.alloc(16)));
t('set tag type', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(5));
t('get tag early', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag());
t('get tag cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.getAuthTag(); });
t('aad cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(1)));
t('aad after data', () => { const d = crypto.createCipheriv('aes-128-gcm', k16, iv12); d.update('x'); return d.setAAD(Buffer.alloc(1)); });
t('aad after final', () => { const d = crypto.createCipheriv('aes-128-gcm', k16, iv12); d.final(); return d.setAAD(Buffer.alloc(1)); });
t('aad after tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.setAAD(Buffer.from('xy')); return 'fine'; });
t('aad type', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(5));
t('aad plaintextLength', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(Buffer.alloc(1), { plaintextLength: -1 }));
t('getCipherInfo type', () => crypto.getCipherInfo({}));
t('getCipherInfo options', () => crypto.getCipherInfo('aes-128-cbc', 5));
const s = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
s.on('error', (e) => console.log('stream error', e.code, e.message));
s.on('data', () => {});
s.end(Buffer.alloc(16));
