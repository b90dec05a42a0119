// cli-table3 0.6: tables with headers, spans, alignment, word wrap and custom characters.
const Table = require('cli-table3');
const t = new Table({ head: ['Name', 'Qty', 'Note'], style: { head: [], border: [] }, colWidths: [10, 6, 16], wordWrap: true });
t.push(['apple', 3, 'a long note that will wrap around'], ['pear', { content: 12, hAlign: 'right' }, 'short']);
console.log(t.toString());
const s = new Table({ style: { head: [], border: [] } });
s.push([{ colSpan: 2, content: 'spanning two', hAlign: 'center' }, 'c'], [{ rowSpan: 2, content: 'tall', vAlign: 'center' }, 'b1', 'c1'], ['b2', 'c2']);
console.log(s.toString());
const v = new Table({ chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, style: { head: [], border: [], compact: true } });
v.push({ key: 'value' }, { 'ünïcode': '日本語' });
console.log(v.toString(), v.length, v.width);
