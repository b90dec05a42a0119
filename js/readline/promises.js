'use strict';
/* js/readline/promises.js: Node's 'readline/promises': an Interface whose question() returns
 * a Promise (rejected with AbortError when options.signal aborts, or on Ctrl+C / Ctrl+D in
 * terminal mode), createInterface, and the Readline cursor-action queue. */

var Readline = require('internal/readline/promises').Readline;
var internal = require('internal/readline/interface');
var errors = require('internal/errors');
var validators = require('internal/validators');
var EventEmitter = require('events');

var BaseInterface = internal.Interface;
var kQuestion = internal.kQuestion;
var kQuestionCancel = internal.kQuestionCancel;
var kQuestionReject = internal.kQuestionReject;

function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) {
        throw new TypeError("Class constructor Interface cannot be invoked without 'new'");
    }
    BaseInterface.call(this, input, output, completer, terminal);
}
Interface.prototype = Object.create(BaseInterface.prototype, {
    constructor: { value: Interface, writable: true, configurable: true }
});
Object.setPrototypeOf(Interface, BaseInterface);

function disposeKey() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol['for']('nodejs.dispose');
}

/* Writes query to the output; resolves with the next line. */
Object.defineProperty(Interface.prototype, 'question', {
    writable: true,
    configurable: true,
    enumerable: false,
    value: function question(query, options) {
        var self = this;
        if (options === undefined) {
            options = {};
        }
        return new Promise(function (resolve, reject) {
            var cb = resolve;
            if (options && options.signal) {
                var signal = options.signal;
                validators.validateAbortSignal(signal, 'options.signal');
                if (signal.aborted) {
                    return reject(new errors.AbortError(undefined, { cause: signal.reason }));
                }
                var disposable = EventEmitter.addAbortListener(signal, function () {
                    self[kQuestionCancel]();
                    reject(new errors.AbortError(undefined, { cause: signal.reason }));
                });
                cb = function (answer) {
                    disposable[disposeKey()]();
                    resolve(answer);
                };
            }
            self[kQuestionReject] = reject;
            self[kQuestion](query, cb);
        });
    }
});

function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
}

module.exports = {
    Interface: Interface,
    Readline: Readline,
    createInterface: createInterface
};
