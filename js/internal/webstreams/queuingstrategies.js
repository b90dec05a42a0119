'use strict';
/* js/internal/webstreams/queuingstrategies.js: CountQueuingStrategy and
 * ByteLengthQueuingStrategy, the two built-in strategies: a high-water mark and a size()
 * counting chunks, or their byteLength. */

var util = require('internal/webstreams/util');
var codes = util.codes;

function readInit(init) {
    if (init === null || typeof init !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('init', 'object', init);
    }
    if (init.highWaterMark === undefined) {
        throw new codes.ERR_MISSING_OPTION('init.highWaterMark');
    }
    return Number(init.highWaterMark);
}

/* Both strategies' size functions are shared by every instance, as the spec requires. */
var countSize = function size() { return 1; };
var byteLengthSize = function size(chunk) { return chunk.byteLength; };

function defineStrategy(Ctor, name, sizeFunction) {
    util.defineProto(Ctor.prototype, {
        highWaterMark: function () {
            return util.stateOf(this, name, name).highWaterMark;
        },
        size: function () {
            util.stateOf(this, name, name);
            return sizeFunction;
        }
    }, {}, name);
    util.defineInspect(Ctor.prototype, name, function (strategy) {
        return { highWaterMark: strategy.highWaterMark };
    });
}

function CountQueuingStrategy(init) {
    util.requireNew(new.target, 'CountQueuingStrategy');
    util.setState(this, { brand: 'CountQueuingStrategy', highWaterMark: readInit(init) });
}
defineStrategy(CountQueuingStrategy, 'CountQueuingStrategy', countSize);

function ByteLengthQueuingStrategy(init) {
    util.requireNew(new.target, 'ByteLengthQueuingStrategy');
    util.setState(this, { brand: 'ByteLengthQueuingStrategy', highWaterMark: readInit(init) });
}
defineStrategy(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy', byteLengthSize);

module.exports = {
    CountQueuingStrategy: CountQueuingStrategy,
    ByteLengthQueuingStrategy: ByteLengthQueuingStrategy
};
