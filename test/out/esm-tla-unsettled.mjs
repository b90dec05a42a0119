// Proves: when the entry module's top-level await never settles and the event loop empties,
// Node exits with code 13 after printing what ran before.
console.log('before the await');
await new Promise(() => {});
console.log('never printed');
