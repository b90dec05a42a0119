// immer: produce with nested drafts (Proxy, Proxy.revocable), structural sharing, freezing, patches.
const { produce, enablePatches, produceWithPatches, original, isDraft } = require('immer');
enablePatches();
const base = { user: { name: 'a', tags: ['x'] }, other: { n: 1 } };
const next = produce(base, (d) => {
    d.user.name = 'b';
    d.user.tags.push('y');
    console.log('inside', isDraft(d.user), original(d.user).name);
});
console.log(base.user.name, next.user.name, next.user.tags, next.other === base.other, Object.isFrozen(next));
const [res, patches, inverse] = produceWithPatches({ list: [1, 2] }, (d) => { d.list[0] = 5; d.list.push(3); d.added = true; });
console.log(res, patches, inverse);
console.log(produce(base, () => {}) === base);
