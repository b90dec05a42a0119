// Proves: a missing module throws MODULE_NOT_FOUND with Node's message and require stack.
try {
    require('./no-such-file');
} catch (e) {
    console.log(e.code);
    console.log(e.message.split('\n')[0]);
    console.log(e.requireStack.length, e.requireStack[0] === __filename);
}
try {
    require('no-such-package');
} catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
}
try {
    require('');
} catch (e) {
    console.log(e.code, e.message);
}
