'use strict';
/* js/internal/streams/legacy.js: the Stream base class (an EventEmitter with the old
 * pipe()) that Readable and Writable inherit from, and prependListener.  require('stream')
 * is this constructor. */

var EE = require('events');

/* Creates a legacy stream: an emitter, nothing more. */
function Stream(opts) {
    EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

/* The pre-streams2 pipe: forwards 'data' to dest.write(), pauses the source when write()
 * returns false and resumes it on 'drain', and ends dest on the source's 'end' or 'close'. */
Stream.prototype.pipe = function (dest, options) {
    var source = this;
    var didOnEnd = false;

    function ondata(chunk) {
        if (dest.writable && dest.write(chunk) === false && source.pause) {
            source.pause();
        }
    }

    function ondrain() {
        if (source.readable && source.resume) {
            source.resume();
        }
    }

    function onend() {
        if (didOnEnd) {
            return;
        }
        didOnEnd = true;
        dest.end();
    }

    function onclose() {
        if (didOnEnd) {
            return;
        }
        didOnEnd = true;
        if (typeof dest.destroy === 'function') {
            dest.destroy();
        }
    }

    /* Don't leave dangling pipes when there are errors. */
    function onerror(er) {
        cleanup();
        if (EE.listenerCount(this, 'error') === 0) {
            this.emit('error', er);
        }
    }

    function cleanup() {
        source.removeListener('data', ondata);
        dest.removeListener('drain', ondrain);
        source.removeListener('end', onend);
        source.removeListener('close', onclose);
        source.removeListener('error', onerror);
        dest.removeListener('error', onerror);
        source.removeListener('end', cleanup);
        source.removeListener('close', cleanup);
        dest.removeListener('close', cleanup);
    }

    source.on('data', ondata);
    dest.on('drain', ondrain);

    /* Without options.end === false, dest.end() runs once on the source's 'end' or 'close'. */
    if (!dest._isStdio && (!options || options.end !== false)) {
        source.on('end', onend);
        source.on('close', onclose);
    }

    prependListener(source, 'error', onerror);
    prependListener(dest, 'error', onerror);

    source.on('end', cleanup);
    source.on('close', cleanup);
    dest.on('close', cleanup);
    dest.emit('pipe', source);

    /* Allow for unix-like usage: A.pipe(B).pipe(C) */
    return dest;
};

/* Lists the event names with at least one listener (the stream's _events may hold
 * placeholders set to undefined). */
Stream.prototype.eventNames = function eventNames() {
    var names = [];
    var events = this._events;
    if (events == null) {
        return names;
    }
    var keys = Object.getOwnPropertyNames(events);
    var syms = Object.getOwnPropertySymbols(events);
    keys = keys.concat(syms);
    for (var i = 0; i < keys.length; i++) {
        var v = events[keys[i]];
        if (typeof v === 'function' || (Array.isArray(v) && v.length > 0)) {
            names.push(keys[i]);
        }
    }
    return names;
};

/* Adds `fn` as the first listener of `event` even on emitters without prependListener. */
function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') {
        return emitter.prependListener(event, fn);
    }
    /* Old emitters (bundled EventEmitter copies): edit _events directly, as Node does. */
    if (!emitter._events || !emitter._events[event]) {
        emitter.on(event, fn);
    } else if (Array.isArray(emitter._events[event])) {
        emitter._events[event].unshift(fn);
    } else {
        emitter._events[event] = [fn, emitter._events[event]];
    }
    return emitter;
}

module.exports = {
    Stream: Stream,
    prependListener: prependListener
};
