'use strict';
/* js/internal/dns/wire.js: the DNS message format (RFC 1035) for the resolver in
 * internal/dns/resolver.js: builds one-question queries and parses answers into the shapes
 * Node's resolve* functions return (c-ares's ares_parse_*_reply rules).  Pure functions over
 * Buffers; nothing here does I/O.  A parse failure throws 'EBADRESP' (a string), which the
 * caller turns into Node's error. */

var TYPES = {
    A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
    ANY: 255, CAA: 257
};
var CLASS_IN = 1;

/* The response codes c-ares maps to its own error names. */
var RCODE_ERRORS = { 1: 'EFORMERR', 2: 'ESERVFAIL', 3: 'ENOTFOUND', 4: 'ENOTIMP', 5: 'EREFUSED' };

/* Encodes `name` (without its final dot) as DNS labels.  Returns an array of bytes, or null when a label is empty or
 * longer than 63 bytes (Node's EBADNAME). */
function encodeName(name) {
    var out = [];
    if (name.length > 0) {
        var labels = name.split('.');
        for (var i = 0; i < labels.length; i++) {
            var label = labels[i];
            if (label.length === 0 || label.length > 63) {
                return null;
            }
            out.push(label.length);
            for (var j = 0; j < label.length; j++) {
                out.push(label.charCodeAt(j) & 0xff);
            }
        }
    }
    out.push(0);
    return out.length > 255 ? null : out;
}

/* Builds a recursive query for (name, type) with message id `id`.  Returns a Buffer, or null
 * for a name that cannot be encoded. */
function buildQuery(id, name, type) {
    var qname = encodeName(name);
    if (qname === null) {
        return null;
    }
    var bytes = [id >> 8, id & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
    bytes = bytes.concat(qname, [type >> 8, type & 0xff, 0, CLASS_IN]);
    return Buffer.from(bytes);
}

function bad() {
    throw 'EBADRESP';
}

function u16(buf, off) {
    if (off + 2 > buf.length) bad();
    return buf.readUInt16BE(off);
}

function u32(buf, off) {
    if (off + 4 > buf.length) bad();
    return buf.readUInt32BE(off);
}

/* Reads the (possibly compressed) name at `off`.  Returns { name, end }, `end` being the offset
 * after the name in place.  Dots and backslashes inside a label and unprintable bytes are
 * escaped as c-ares escapes them. */
function readName(buf, off) {
    var labels = [];
    var end = -1;
    var jumps = 0;
    for (;;) {
        if (off >= buf.length) bad();
        var len = buf[off];
        if ((len & 0xc0) === 0xc0) {
            if (off + 1 >= buf.length || ++jumps > 127) bad();
            if (end < 0) end = off + 2;
            off = ((len & 0x3f) << 8) | buf[off + 1];
            continue;
        }
        if (len & 0xc0) bad();
        off++;
        if (len === 0) break;
        if (off + len > buf.length) bad();
        var s = '';
        for (var i = 0; i < len; i++) {
            var c = buf[off + i];
            if (c === 0x2e || c === 0x5c) {
                s += '\\' + String.fromCharCode(c);
            } else if (c < 0x20 || c > 0x7e) {
                s += '\\' + ('00' + c).slice(-3);
            } else {
                s += String.fromCharCode(c);
            }
        }
        labels.push(s);
        off += len;
    }
    return { name: labels.join('.'), end: end < 0 ? off : end };
}

/* Reads a length-prefixed character-string at `off`: { text, end }. */
function readString(buf, off, limit) {
    if (off >= limit) bad();
    var len = buf[off];
    if (off + 1 + len > limit) bad();
    return { text: buf.toString('latin1', off + 1, off + 1 + len), end: off + 1 + len };
}

/* Formats 16 bytes as libuv's inet_ntop does: RFC 5952, with an embedded IPv4 tail for
 * ::a.b.c.d and ::ffff:a.b.c.d. */
function formatIPv6(buf, off) {
    var words = [];
    for (var i = 0; i < 8; i++) words.push(buf.readUInt16BE(off + 2 * i));
    var best = -1, bestLen = 0, cur = -1, curLen = 0;
    for (i = 0; i < 8; i++) {
        if (words[i] === 0) {
            if (cur < 0) { cur = i; curLen = 0; }
            curLen++;
            if (curLen > bestLen) { best = cur; bestLen = curLen; }
        } else {
            cur = -1;
        }
    }
    if (bestLen < 2) best = -1;
    var out = '';
    for (i = 0; i < 8; i++) {
        if (best >= 0 && i >= best && i < best + bestLen) {
            if (i === best) out += ':';
            continue;
        }
        if (i !== 0) out += ':';
        if (i === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
            out += buf[off + 12] + '.' + buf[off + 13] + '.' + buf[off + 14] + '.' + buf[off + 15];
            break;
        }
        out += words[i].toString(16);
    }
    if (best >= 0 && best + bestLen === 8) out += ':';
    return out;
}

/* Parses a whole message: { id, flags, rcode, question: { name, type }, answers: [rr] }, each rr
 * { name, type, cls, ttl, off, len } pointing at its RDATA.  Throws 'EBADRESP'. */
function parseMessage(buf) {
    if (buf.length < 12) bad();
    var msg = {
        id: u16(buf, 0),
        flags: u16(buf, 2),
        rcode: buf[3] & 0x0f,
        question: null,
        answers: []
    };
    var qd = u16(buf, 4);
    var an = u16(buf, 6);
    var off = 12;
    for (var i = 0; i < qd; i++) {
        var q = readName(buf, off);
        var type = u16(buf, q.end);
        u16(buf, q.end + 2);
        if (i === 0) msg.question = { name: q.name, type: type };
        off = q.end + 4;
    }
    for (i = 0; i < an; i++) {
        var n = readName(buf, off);
        var rr = {
            name: n.name,
            type: u16(buf, n.end),
            cls: u16(buf, n.end + 2),
            ttl: u32(buf, n.end + 4),
            off: n.end + 10,
            len: u16(buf, n.end + 8)
        };
        if (rr.off + rr.len > buf.length) bad();
        if (rr.ttl > 0x7fffffff) rr.ttl = 0;
        msg.answers.push(rr);
        off = rr.off + rr.len;
    }
    return msg;
}

function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}

/* Follows the CNAME chain from `name` through the answers and collects the records of `type`
 * owned by the chain's names, as ares_addrinfo does.  Returns { name, records, cnameTtl }. */
function followChain(buf, answers, name, type) {
    var records = [];
    var cnameTtl = 0x7fffffff;
    for (var i = 0; i < answers.length; i++) {
        var rr = answers[i];
        if (rr.cls !== CLASS_IN || !sameName(rr.name, name)) continue;
        if (rr.type === TYPES.CNAME) {
            name = readName(buf, rr.off).name;
            if (rr.ttl < cnameTtl) cnameTtl = rr.ttl;
        } else if (rr.type === type) {
            records.push(rr);
        }
    }
    return { name: name, records: records, cnameTtl: cnameTtl };
}

function ofType(answers, type) {
    var out = [];
    for (var i = 0; i < answers.length; i++) {
        if (answers[i].cls === CLASS_IN && answers[i].type === type) out.push(answers[i]);
    }
    return out;
}

function parseAddresses(buf, msg, type, ttl) {
    var chain = followChain(buf, msg.answers, msg.question.name, type);
    var size = type === TYPES.A ? 4 : 16;
    var out = [];
    for (var i = 0; i < chain.records.length; i++) {
        var rr = chain.records[i];
        if (rr.len !== size) bad();
        var address = size === 4 ?
            buf[rr.off] + '.' + buf[rr.off + 1] + '.' + buf[rr.off + 2] + '.' + buf[rr.off + 3] :
            formatIPv6(buf, rr.off);
        out.push(ttl ? { address: address, ttl: Math.min(rr.ttl, chain.cnameTtl) } : address);
    }
    return out;
}

function parseTxt(buf, rr) {
    var chunks = [];
    var off = rr.off, limit = rr.off + rr.len;
    while (off < limit) {
        var s = readString(buf, off, limit);
        chunks.push(s.text);
        off = s.end;
    }
    return chunks;
}

/* One record's data in the shape Node gives it, for the types that have a record shape. */
function parseRecord(buf, rr) {
    var off = rr.off;
    switch (rr.type) {
    case TYPES.MX:
        return { exchange: readName(buf, off + 2).name, priority: u16(buf, off) };
    case TYPES.SRV:
        return {
            name: readName(buf, off + 6).name,
            port: u16(buf, off + 4),
            priority: u16(buf, off),
            weight: u16(buf, off + 2)
        };
    case TYPES.SOA:
        var mname = readName(buf, off);
        var rname = readName(buf, mname.end);
        var p = rname.end;
        return {
            nsname: mname.name,
            hostmaster: rname.name,
            serial: u32(buf, p),
            refresh: u32(buf, p + 4),
            retry: u32(buf, p + 8),
            expire: u32(buf, p + 12),
            minttl: u32(buf, p + 16)
        };
    case TYPES.NAPTR:
        var limit = off + rr.len;
        var flags = readString(buf, off + 4, limit);
        var service = readString(buf, flags.end, limit);
        var regexp = readString(buf, service.end, limit);
        return {
            flags: flags.text,
            service: service.text,
            regexp: regexp.text,
            replacement: readName(buf, regexp.end).name,
            order: u16(buf, off),
            preference: u16(buf, off + 2)
        };
    case TYPES.CAA:
        if (rr.len < 2) bad();
        var tag = readString(buf, off + 1, off + rr.len);
        var caa = { critical: buf[off] };
        caa[tag.text] = buf.toString('latin1', tag.end, off + rr.len);
        return caa;
    default:
        return readName(buf, off).name;
    }
}

/* The end of the CNAME chain that starts at the question's name, or null when there is none. */
function cnameTarget(buf, msg) {
    var chain = followChain(buf, msg.answers, msg.question.name, 0);
    return sameName(chain.name, msg.question.name) ? null : chain.name;
}

/* Turns a response to a `type` query into Node's result for that type (`ttl` asks A and AAAA
 * for { address, ttl }).  Throws 'ENODATA' when the answer holds no such record, 'EBADRESP'
 * when it is malformed. */
function parseAnswer(buf, msg, type, ttl) {
    var out;
    if (type === TYPES.A || type === TYPES.AAAA) {
        out = parseAddresses(buf, msg, type, ttl);
    } else if (type === TYPES.CNAME) {
        var target = cnameTarget(buf, msg);
        out = target === null ? [] : [target];
    } else if (type === TYPES.PTR) {
        out = followChain(buf, msg.answers, msg.question.name, type).records.map(function (rr) {
            return readName(buf, rr.off).name;
        });
    } else if (type === TYPES.TXT) {
        out = ofType(msg.answers, type).map(function (rr) { return parseTxt(buf, rr); });
    } else if (type === TYPES.SOA) {
        var soa = ofType(msg.answers, type);
        if (soa.length === 0) bad();
        return parseRecord(buf, soa[0]);
    } else {
        out = ofType(msg.answers, type).map(function (rr) { return parseRecord(buf, rr); });
    }
    if (out.length === 0) throw 'ENODATA';
    return out;
}

module.exports = {
    TYPES: TYPES,
    RCODE_ERRORS: RCODE_ERRORS,
    buildQuery: buildQuery,
    parseMessage: parseMessage,
    parseAnswer: parseAnswer,
    parseAddresses: parseAddresses,
    cnameTarget: cnameTarget,
    ofType: ofType,
    parseRecord: parseRecord,
    parseTxt: parseTxt,
    formatIPv6: formatIPv6,
    sameName: sameName
};
