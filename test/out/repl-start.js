// Proves: repl.start() from a script as Node's: a prompt of its own, input and output streams,
// a custom eval with its callback, defineCommand (listed by .help), the 'exit' event on .exit,
// and a REPL served over a TCP socket on 127.0.0.1 to a client.
'use strict';
const repl = require('repl');
const net = require('net');
const { PassThrough } = require('stream');

function streamsRepl(done) {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => { text += d; });
    const r = repl.start({
        prompt: 'calc> ',
        input,
        output,
        terminal: false,
        eval(cmd, context, filename, callback) {
            const n = Number(cmd.trim());
            if (Number.isNaN(n)) {
                callback(new Error('not a number: ' + cmd.trim()));
            } else {
                callback(null, n * 2);
            }
        }
    });
    r.defineCommand('shout', {
        help: 'Say it loudly',
        action(word) {
            this.output.write(word.toUpperCase() + '!\n');
            this.displayPrompt();
        }
    });
    r.on('exit', () => {
        // Node prints the eval error's stack frames; they are engine detail.
        console.log(JSON.stringify(text.split('\n').filter((l) => !l.startsWith('    at ')).join('\n')));
        done();
    });
    input.write('21\n');
    input.write('abc\n');
    input.write('.shout hello\n');
    input.write('.help\n');
    input.write('.exit\n');
}

function tcpRepl() {
    const server = net.createServer((socket) => {
        const r = repl.start({ prompt: 'tcp> ', input: socket, output: socket, terminal: false });
        r.context.secret = 41;
        r.on('exit', () => socket.end());
    });
    server.listen(0, '127.0.0.1', () => {
        const client = net.connect(server.address().port, '127.0.0.1');
        let got = '';
        client.setEncoding('utf8');
        client.on('data', (d) => { got += d; });
        client.on('end', () => {
            console.log(JSON.stringify(got));
            server.close();
        });
        client.write('1 + 2\n');
        client.write('[1, 2].map(x => x * 3)\n');
        client.write('.exit\n');
    });
}

streamsRepl(tcpRepl);
