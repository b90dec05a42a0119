'use strict';
/* js/trace_events.js: Node's 'trace_events' module.  createTracing() returns Node's Tracing
 * objects (enable, disable, enabled, categories, Node's inspection and its warning past ten
 * enabled objects) and getEnabledCategories() lists the categories of the enabled ones, sorted
 * and without repeats, or undefined when there are none, as in Node.
 *
 * Differences from Node 20: nodule emits no trace events, so enabling a category records
 * nothing and no node_trace.*.log file is written; --trace-event-categories is not read. */

var errors = require('internal/errors');
var validators = require('internal/validators');

if (errors.codes.ERR_TRACE_EVENTS_CATEGORY_REQUIRED === undefined) {
    errors.E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required',
             TypeError);
}

var kMaxTracingCount = 10;
var kList = Symbol('kList');
var customInspect = Symbol['for']('nodejs.util.inspect.custom');

/* A Tracing object's state sits under enumerable symbols, as in Node, where
 * inspect(tracing, { customInspect: false }) shows them and a nested one reads [Tracing]. */
var kHandle = Symbol('handle');
var kCategories = Symbol('categories');
var kEnabled = Symbol('enabled');

/* The enabled Tracing objects, in the order they were enabled. */
var enabledTracing = [];

/* Node's native category set: the list as it was when the Tracing object was made. */
function CategorySet(categories) {
    Object.defineProperty(this, kList, { value: categories.slice() });
}

function Tracing(categories) {
    this[kHandle] = new CategorySet(categories);
    this[kCategories] = categories;
    this[kEnabled] = false;
}

Tracing.prototype.enable = function enable() {
    if (this[kEnabled]) return;
    this[kEnabled] = true;
    enabledTracing.push(this);
    if (enabledTracing.length > kMaxTracingCount) {
        process.emitWarning('Possible trace_events memory leak detected. There are more than ' +
                            kMaxTracingCount + ' enabled Tracing objects.');
    }
};

Tracing.prototype.disable = function disable() {
    if (!this[kEnabled]) return;
    this[kEnabled] = false;
    enabledTracing.splice(enabledTracing.indexOf(this), 1);
};

Object.defineProperty(Tracing.prototype, 'enabled', {
    get: function () { return this[kEnabled]; },
    configurable: true
});

Object.defineProperty(Tracing.prototype, 'categories', {
    get: function () { return this[kCategories].join(','); },
    configurable: true
});

Object.defineProperty(Tracing.prototype, customInspect, {
    value: function (depth, options) {
        if (typeof depth === 'number' && depth < 0) return this;
        return 'Tracing ' + require('util').format({ enabled: this.enabled,
                                                     categories: this.categories });
    },
    writable: true,
    configurable: true
});

/* createTracing({ categories }): a disabled Tracing object for a non-empty string array. */
function createTracing(options) {
    validators.validateObject(options, 'options');
    validators.validateStringArray(options.categories, 'options.categories');
    if (options.categories.length <= 0) {
        throw new errors.codes.ERR_TRACE_EVENTS_CATEGORY_REQUIRED();
    }
    return new Tracing(options.categories);
}

/* getEnabledCategories(): 'a,b,c' for the enabled Tracing objects, or undefined. */
function getEnabledCategories() {
    var seen = Object.create(null);
    var list = [];
    for (var i = 0; i < enabledTracing.length; i++) {
        var set = enabledTracing[i][kHandle][kList];
        for (var j = 0; j < set.length; j++) {
            if (seen[set[j]] !== true) {
                seen[set[j]] = true;
                list.push(set[j]);
            }
        }
    }
    return list.length === 0 ? undefined : list.sort().join(',');
}

module.exports = {
    createTracing: createTracing,
    getEnabledCategories: getEnabledCategories
};
