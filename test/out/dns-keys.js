// Proves: dns and dns.promises export Node's names in Node's order, and the two Resolver
// classes carry Node's methods (own and inherited).
var dns = require('dns');
console.log(Object.keys(dns).join(' '));
console.log(Object.keys(dns.promises).join(' '));
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype).join(' '));
console.log(Object.getOwnPropertyNames(dns.promises.Resolver.prototype).join(' '));
console.log(typeof new dns.Resolver().cancel, typeof new dns.Resolver().setLocalAddress, typeof new dns.Resolver().getServers);
