'use strict';
/* js/internal/util/parse_env.js: util.parseEnv(content), the .env parser of Node 20.20 (its
 * src/node_dotenv.cc), with that version's quirks kept because scripts see them: only spaces
 * are trimmed (never tabs), a line without '=' runs into the next key, a key of nothing but
 * spaces ends the parse, and keys come out in byte order (Node fills a std::map).  Loaded on
 * the first read of util.parseEnv. */

var validateString = require('internal/validators').validateString;

function trimSpaces(str) {
    var start = 0;
    var end = str.length;
    while (start < end && str.charAt(start) === ' ') {
        start++;
    }
    while (end > start && str.charAt(end - 1) === ' ') {
        end--;
    }
    return str.slice(start, end);
}

/* Returns what follows the first newline at or after `from` (the newline kept when `keep`), or
 * '' when there is none. */
function afterNewline(content, from, keep) {
    var newline = content.indexOf('\n', from);
    if (newline === -1) {
        return '';
    }
    return content.slice(keep ? newline : newline + 1);
}

/* Reads the value at the start of `content` (just after 'KEY=' and its spaces) into
 * entries[key].  Returns the content left to parse. */
function readValue(content, key, entries) {
    var quote = content.charAt(0);
    var closing = quote === '"' || quote === "'" || quote === '`' ? content.indexOf(quote, 1) : -1;
    if (quote === '"' && closing !== -1) {
        /* Only double quotes expand '\n' escapes. */
        entries[key] = content.slice(1, closing).replace(/\\n/g, '\n');
        return afterNewline(content, closing + 1, false);
    }
    if (closing !== -1) {
        entries[key] = content.slice(1, closing);
        return afterNewline(content, closing + 1, true);
    }
    var newline = content.indexOf('\n');
    if (quote === '"' || quote === "'" || quote === '`') {
        /* An unclosed quote: the whole line, quote and all, is the value (none on the last line). */
        if (newline !== -1) {
            entries[key] = content.slice(0, newline);
        }
        return newline === -1 ? '' : content.slice(newline);
    }
    var value = newline === -1 ? content : content.slice(0, newline);
    var hash = value.indexOf('#');
    entries[key] = trimSpaces(hash === -1 ? value : value.slice(0, hash));
    return newline === -1 ? '' : content.slice(newline);
}

/* Returns the KEY=value pairs of `content` as key -> value in byte order (the last of repeated
 * keys wins). */
function parseEntries(content) {
    var entries = Object.create(null);
    content = trimSpaces(content.replace(/\r/g, ''));
    while (content.length > 0) {
        var first = content.charAt(0);
        if (first === '\n' || first === '#') {
            content = afterNewline(content, 0, false);
            continue;
        }
        var equals = content.indexOf('=');
        if (equals === -1) {
            break;
        }
        var key = trimSpaces(content.slice(0, equals));
        content = content.slice(equals + 1);
        if (key === '') {
            break;
        }
        if (key.slice(0, 7) === 'export ') {
            key = key.slice(7);
        }
        if (content.length === 0 || content.charAt(0) === '\n') {
            entries[key] = '';
            continue;
        }
        content = trimSpaces(content);
        if (content.length === 0) {
            entries[key] = '';
            break;
        }
        content = readValue(content, key, entries);
    }
    return entries;
}

/* util.parseEnv(content): an object of the variables a .env text defines. */
function parseEnv(content) {
    validateString(content, 'content');
    var entries = parseEntries(content);
    var result = {};
    Object.keys(entries).sort().forEach(function (key) {
        result[key] = entries[key];
    });
    return result;
}

module.exports = {
    parseEnv: parseEnv
};
