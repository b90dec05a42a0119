// An uncaught exception is shown under the line that threw it (a rethrow moves it), not the line
// that made the Error; a thrown string or object gets that line too, after a blank line, and no
// blank line under its caret. A rejection still shows where its Error was made.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'throw-site-'));
const cases = {
    later: 'const e = new Error("made here");\nconsole.log("between");\nthrow e;\n',
    rethrow: 'try {\n  JSON.parse("{");\n} catch (e) {\n  throw e;\n}\n',
    string: 'function f() {\n  throw "a string";\n}\nf();\n',
    object: 'process.exitCode = 4;\nthrow { custom: "object" };\n',
    timer: 'setTimeout(() => {\n  const e = new TypeError("in a timer");\n  throw e;\n}, 1);\n',
    rejection: 'async function f() {\n  await null;\n  const e = new Error("rejected");\n  throw e;\n}\nf();\n',
    caughtElsewhere: 'const e = new Error("thrown twice");\ntry {\n  throw e;\n} catch (x) {}\nsetImmediate(() => {\n  throw e;\n});\n',
};
for (const name of Object.keys(cases)) {
    const file = path.join(dir, name + '.js');
    fs.writeFileSync(file, cases[name]);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    const lines = r.stderr.split('\n');
    const end = lines.findIndex((l) => /^\s+at |^\(Use|^Node\.js/.test(l));
    console.log(`--- ${name}: exit ${r.status}, stdout ${JSON.stringify(r.stdout)}`);
    console.log(lines.slice(0, end).filter((l) => !/^\s*\^\s*$/.test(l)).join('\n').trimEnd().split(dir).join('<dir>'));
}
fs.rmSync(dir, { recursive: true });
