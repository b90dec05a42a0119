'use strict';
/* test/lower-names.js LOWERED: prints the lowered source LOWERED with each function expression
 * that starts with the directive "use duk name NAME" wrapped as `$ndName(function ..., "NAME")`.
 * Under nodule the directive gives the function its name (src/duk_name_directive.sed, read by
 * nodule's Duktape); node ignores it, so test/out/lower-check.bash, which runs lowered code under
 * node, gives node the same names this way ($ndName is defined beside the lowering's helpers).
 * Run with --expose-internals (node's own copy of acorn parses the code). */
const fs = require('fs');
const acorn = require('internal/deps/acorn/acorn/dist/acorn');

const PREFIX = 'use duk name ';
const src = fs.readFileSync(process.argv[2], 'utf8');
const ast = acorn.parse(src, { ecmaVersion: 'latest', allowReturnOutsideFunction: true,
                               allowHashBang: true });
const edits = [];

function directiveName(fn) {
    const first = fn.body.body && fn.body.body[0];
    if (first && first.type === 'ExpressionStatement' && typeof first.directive === 'string' &&
        first.directive.startsWith(PREFIX)) {
        return first.directive.slice(PREFIX.length);
    }
    return null;
}

/* Methods, getters and setters are named by node itself, as the directive names them. */
function visit(node, isMethod) {
    if (node === null || typeof node !== 'object') {
        return;
    }
    if (Array.isArray(node)) {
        node.forEach((n) => visit(n, false));
        return;
    }
    if (typeof node.type !== 'string') {
        return;
    }
    if (node.type === 'FunctionExpression' && !isMethod) {
        const name = directiveName(node);
        if (name !== null) {
            edits.push([node.end, ', ' + JSON.stringify(name) + ')'], [node.start, '$ndName(']);
        }
    }
    for (const key of Object.keys(node)) {
        const method = key === 'value' && (node.type === 'MethodDefinition' ||
                                           (node.type === 'Property' &&
                                            (node.method || node.kind !== 'init')));
        visit(node[key], method);
    }
}

visit(ast, false);
edits.sort((a, b) => b[0] - a[0]);
let out = src;
for (const [at, text] of edits) {
    out = out.slice(0, at) + text + out.slice(at);
}
process.stdout.write(out);
