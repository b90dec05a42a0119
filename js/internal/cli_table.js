'use strict';
/* js/internal/cli_table.js: console.table: the rows and columns Node builds from the data, and
 * the box drawing it prints them in.  Cells are inspected as Node does (one level, at most three
 * array items, never broken across lines). */

var inspectModule = require('internal/util/inspect');
var inspect = inspectModule.inspect;
var getStringWidth = inspectModule.getStringWidth;

var chars = {
    middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c',
    leftMiddle: '\u251c', topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514',
    bottomMiddle: '\u2534', rightMiddle: '\u2524', left: '\u2502 ', right: ' \u2502',
    middle: ' \u2502 '
};

function repeat(s, n) {
    return n > 0 ? new Array(n + 1).join(s) : '';
}

function renderRow(row, widths) {
    var out = chars.left;
    for (var i = 0; i < row.length; i++) {
        var cell = row[i];
        out += cell + repeat(' ', widths[i] - getStringWidth(cell));
        if (i !== row.length - 1) {
            out += chars.middle;
        }
    }
    return out + chars.right;
}

/* Draws head (column titles) over columns (arrays of cell strings, possibly sparse). */
function table(head, columns) {
    var rows = [];
    var widths = head.map(function (h) { return getStringWidth(h); });
    var longest = 0;
    columns.forEach(function (c) { longest = Math.max(longest, c.length); });
    for (var i = 0; i < head.length; i++) {
        var column = columns[i];
        for (var j = 0; j < longest; j++) {
            if (rows[j] === undefined) {
                rows[j] = [];
            }
            var value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ?
                column[j] : '';
            widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
        }
    }
    var divider = widths.map(function (w) { return repeat(chars.middleMiddle, w + 2); });
    var result = chars.topLeft + divider.join(chars.topMiddle) + chars.topRight + '\n' +
        renderRow(head, widths) + '\n' +
        chars.leftMiddle + divider.join(chars.rowMiddle) + chars.rightMiddle + '\n';
    for (var r = 0; r < rows.length; r++) {
        result += renderRow(rows[r], widths) + '\n';
    }
    return result + chars.bottomLeft + divider.join(chars.bottomMiddle) + chars.bottomRight;
}

function inspectCell(v) {
    var depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth: depth, maxArrayLength: 3, breakLength: Infinity, colors: false });
}

function isTagged(v, tag) {
    return v !== null && typeof v === 'object' && typeof Symbol === 'function' &&
        v[Symbol.toStringTag] === tag;
}

function indexArray(length) {
    var out = [];
    for (var i = 0; i < length; i++) {
        out.push(inspectCell(i));
    }
    return out;
}

/* Returns the text console.table prints for data, or null when it prints data as console.log
 * would (not an object). */
function render(data, properties) {
    if (data === null || typeof data !== 'object') {
        return null;
    }
    var keys;
    var values;
    var length = 0;
    if (isTagged(data, 'Map')) {
        keys = [];
        values = [];
        data.forEach(function (v, k) {
            keys.push(inspectCell(k));
            values.push(inspectCell(v));
            length++;
        });
        return table(['(iteration index)', 'Key', 'Values'], [indexArray(length), keys, values]);
    }
    if (isTagged(data, 'Set')) {
        values = [];
        data.forEach(function (v) {
            values.push(inspectCell(v));
            length++;
        });
        return table(['(iteration index)', 'Values'], [indexArray(length), values]);
    }
    var map = Object.create(null);
    var hasPrimitives = false;
    var valuesColumn = [];
    var indexKeys = Object.keys(data);
    for (var i = 0; i < indexKeys.length; i++) {
        var item = data[indexKeys[i]];
        var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
        if (properties === undefined && primitive) {
            hasPrimitives = true;
            valuesColumn[i] = inspectCell(item);
        } else {
            var itemKeys = properties || Object.keys(item);
            for (var k = 0; k < itemKeys.length; k++) {
                var key = itemKeys[k];
                if (map[key] === undefined) {
                    map[key] = [];
                }
                if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
                    map[key][i] = '';
                } else {
                    map[key][i] = inspectCell(item[key]);
                }
            }
        }
    }
    keys = Object.keys(map);
    values = keys.map(function (key) { return map[key]; });
    if (hasPrimitives) {
        keys.push('Values');
        values.push(valuesColumn);
    }
    keys.unshift('(index)');
    values.unshift(indexKeys);
    return table(keys, values);
}

module.exports = {
    render: render,
    table: table
};
