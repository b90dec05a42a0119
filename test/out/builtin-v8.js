/* builtin-v8.js: the v8 module's engine information in Node's shapes (not values, which are the
 * machine's): getHeapStatistics field names and types, getHeapSpaceStatistics an array,
 * getHeapCodeStatistics fields, cachedDataVersionTag a stable number; setFlagsFromString,
 * setHeapSnapshotNearHeapLimit and promiseHooks validate their arguments; startupSnapshot
 * outside a snapshot build; GCProfiler start/stop; takeCoverage/stopCoverage do nothing. */
var v8 = require('v8');

function attempt(label, fn) {
    try {
        console.log(label, '->', fn());
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

console.log('same as node:v8:', require('node:v8') === v8);
['cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics', 'getHeapSpaceStatistics',
 'getHeapCodeStatistics', 'setFlagsFromString', 'Serializer', 'Deserializer', 'DefaultSerializer',
 'DefaultDeserializer', 'deserialize', 'takeCoverage', 'stopCoverage', 'serialize',
 'writeHeapSnapshot', 'promiseHooks', 'startupSnapshot', 'setHeapSnapshotNearHeapLimit',
 'GCProfiler'].forEach(function (k) {
    console.log('  ' + k + ':', typeof v8[k]);
});

var hs = v8.getHeapStatistics();
console.log('heap statistics:', Object.keys(hs).map(function (k) { return k + ':' + typeof hs[k]; }).join(' '));
console.log('used <= total:', hs.used_heap_size <= hs.total_heap_size, 'limit > used:', hs.heap_size_limit > hs.used_heap_size);
console.log('heap spaces is an array:', Array.isArray(v8.getHeapSpaceStatistics()));
var cs = v8.getHeapCodeStatistics();
console.log('code statistics:', Object.keys(cs).map(function (k) { return k + ':' + typeof cs[k]; }).join(' '));
var tag = v8.cachedDataVersionTag();
console.log('cachedDataVersionTag:', typeof tag, tag === v8.cachedDataVersionTag(), tag >>> 0 === tag);

attempt('setFlagsFromString("--no-lazy")', function () { return v8.setFlagsFromString('--no-lazy'); });
attempt('setFlagsFromString(1)', function () { return v8.setFlagsFromString(1); });
attempt('setHeapSnapshotNearHeapLimit(2)', function () { return v8.setHeapSnapshotNearHeapLimit(2); });
attempt('setHeapSnapshotNearHeapLimit(0)', function () { return v8.setHeapSnapshotNearHeapLimit(0); });
attempt('takeCoverage()', function () { return v8.takeCoverage(); });
attempt('stopCoverage()', function () { return v8.stopCoverage(); });

console.log('promiseHooks:', Object.keys(v8.promiseHooks).join(','));
attempt('onInit(fn) returns', function () {
    var stop = v8.promiseHooks.onInit(function () {});
    return typeof stop + ' ' + stop();
});
attempt('onSettled(1)', function () { return v8.promiseHooks.onSettled(1); });
attempt('createHook({ before })', function () {
    return typeof v8.promiseHooks.createHook({ before: function () {} });
});

console.log('startupSnapshot:', Object.keys(v8.startupSnapshot).join(','));
console.log('isBuildingSnapshot:', !v8.startupSnapshot.isBuildingSnapshot());
attempt('addSerializeCallback', function () {
    return v8.startupSnapshot.addSerializeCallback(function () {});
});
attempt('setDeserializeMainFunction', function () {
    return v8.startupSnapshot.setDeserializeMainFunction(function () {});
});

var profiler = new v8.GCProfiler();
console.log('GCProfiler methods:', Object.getOwnPropertyNames(v8.GCProfiler.prototype).join(','));
console.log('start:', profiler.start());
var report = profiler.stop();
console.log('report:', Object.keys(report).join(','), report.version, Array.isArray(report.statistics),
            typeof report.startTime, report.endTime >= report.startTime);
console.log('second stop:', profiler.stop());
