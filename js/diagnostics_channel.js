'use strict';
/* js/diagnostics_channel.js: Node's diagnostics_channel.  Named channels that publish to their
 * subscribers synchronously, and tracing channels (start/end/asyncStart/asyncEnd/error) around
 * sync, promise and callback work.  A subscriber that throws does not stop the others: its
 * error is rethrown on the next tick, as Node.  Stores (bindStore/runStores) need
 * AsyncLocalStorage, which nodule lacks: bindStore throws ERR_NOT_SUPPORTED. */

var codes = require('internal/errors').codes;
var validateFunction = require('internal/validators').validateFunction;

var channels = Object.create(null);
var symbolChannels = new Map();

function Channel(name) {
    this._subscribers = [];
    this.name = name;
}

Object.defineProperty(Channel.prototype, 'hasSubscribers', {
    get: function () {
        return this._subscribers.length > 0;
    },
    configurable: true
});

Channel.prototype.subscribe = function subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = this._subscribers.concat([subscription]);
};

Channel.prototype.unsubscribe = function unsubscribe(subscription) {
    var index = this._subscribers.indexOf(subscription);
    if (index === -1) {
        return false;
    }
    var copy = this._subscribers.slice();
    copy.splice(index, 1);
    this._subscribers = copy;
    return true;
};

Channel.prototype.publish = function publish(data) {
    /* the list is replaced, never changed, so (un)subscribing while publishing is safe */
    var subscribers = this._subscribers;
    for (var i = 0; i < subscribers.length; i++) {
        try {
            subscribers[i](data, this.name);
        } catch (err) {
            process.nextTick(function () {
                throw err;
            });
        }
    }
};

Channel.prototype.bindStore = require('internal/unsupported').thrower(
    'asynchronous context tracking', 'channel.bindStore');

Channel.prototype.unbindStore = function unbindStore() {
    return false;
};

Channel.prototype.runStores = function runStores(data, fn, thisArg) {
    this.publish(data);
    return fn.apply(thisArg, Array.prototype.slice.call(arguments, 3));
};

function channel(name) {
    if (typeof name === 'string') {
        return channels[name] || (channels[name] = new Channel(name));
    }
    if (typeof name === 'symbol') {
        var existing = symbolChannels.get(name);
        if (existing === undefined) {
            existing = new Channel(name);
            symbolChannels.set(name, existing);
        }
        return existing;
    }
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
}

function subscribe(name, subscription) {
    channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
    return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
    return channel(name).hasSubscribers;
}

var traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function TracingChannel(nameOrChannels) {
    var self = this;
    if (typeof nameOrChannels === 'string') {
        traceEvents.forEach(function (event) {
            self[event] = channel('tracing:' + nameOrChannels + ':' + event);
        });
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
        traceEvents.forEach(function (event) {
            if (!(nameOrChannels[event] instanceof Channel)) {
                throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels.' + event, 'Channel',
                    nameOrChannels[event]);
            }
            self[event] = nameOrChannels[event];
        });
    } else {
        throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'Channel'],
            nameOrChannels);
    }
}

Object.defineProperty(TracingChannel.prototype, 'hasSubscribers', {
    get: function () {
        var self = this;
        return traceEvents.some(function (event) {
            return self[event].hasSubscribers;
        });
    },
    configurable: true
});

TracingChannel.prototype.subscribe = function (handlers) {
    var self = this;
    traceEvents.forEach(function (event) {
        if (handlers[event]) {
            self[event].subscribe(handlers[event]);
        }
    });
};

TracingChannel.prototype.unsubscribe = function (handlers) {
    var self = this;
    var done = true;
    traceEvents.forEach(function (event) {
        if (handlers[event] && !self[event].unsubscribe(handlers[event])) {
            done = false;
        }
    });
    return done;
};

TracingChannel.prototype.traceSync = function traceSync(fn, context, thisArg) {
    var args = Array.prototype.slice.call(arguments, 3);
    if (!this.hasSubscribers) {
        return fn.apply(thisArg, args);
    }
    context = context || {};
    this.start.publish(context);
    try {
        var result = fn.apply(thisArg, args);
        context.result = result;
        return result;
    } catch (err) {
        context.error = err;
        this.error.publish(context);
        throw err;
    } finally {
        this.end.publish(context);
    }
};

TracingChannel.prototype.tracePromise = function tracePromise(fn, context, thisArg) {
    var args = Array.prototype.slice.call(arguments, 3);
    if (!this.hasSubscribers) {
        return fn.apply(thisArg, args);
    }
    var self = this;
    context = context || {};
    this.start.publish(context);
    try {
        var promise = fn.apply(thisArg, args);
        return Promise.resolve(promise).then(function (result) {
            context.result = result;
            self.asyncStart.publish(context);
            self.asyncEnd.publish(context);
            return result;
        }, function (err) {
            context.error = err;
            self.error.publish(context);
            self.asyncStart.publish(context);
            self.asyncEnd.publish(context);
            throw err;
        });
    } catch (err) {
        context.error = err;
        this.error.publish(context);
        throw err;
    } finally {
        this.end.publish(context);
    }
};

TracingChannel.prototype.traceCallback = function traceCallback(fn, position, context, thisArg) {
    var args = Array.prototype.slice.call(arguments, 4);
    if (!this.hasSubscribers) {
        return fn.apply(thisArg, args);
    }
    var self = this;
    context = context || {};
    var index = position === undefined ? -1 : position;
    var at = index < 0 ? args.length + index : index;
    var callback = args[at];
    validateFunction(callback, 'callback');
    args[at] = function (err, result) {
        if (err) {
            context.error = err;
            self.error.publish(context);
        } else {
            context.result = result;
        }
        self.asyncStart.publish(context);
        try {
            return callback.apply(this, arguments);
        } finally {
            self.asyncEnd.publish(context);
        }
    };
    this.start.publish(context);
    try {
        return fn.apply(thisArg, args);
    } catch (err) {
        context.error = err;
        this.error.publish(context);
        throw err;
    } finally {
        this.end.publish(context);
    }
};

function tracingChannel(nameOrChannels) {
    return new TracingChannel(nameOrChannels);
}

module.exports = {
    channel: channel,
    hasSubscribers: hasSubscribers,
    subscribe: subscribe,
    tracingChannel: tracingChannel,
    unsubscribe: unsubscribe,
    Channel: Channel
};
