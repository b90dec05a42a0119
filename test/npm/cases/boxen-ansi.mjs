// boxen 8, string-width 7, wrap-ansi 9 and ora 8 (not a TTY): East Asian widths, emoji,
// ANSI-aware wrapping, boxes with titles and padding, and a spinner's final symbols.
import boxen from 'boxen';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import ora from 'ora';

console.log(stringWidth('abc'), stringWidth('古池や'), stringWidth('\u001B[1mbold\u001B[22m'), stringWidth('👍🏽 ok'), stringWidth('e\u0301'));
console.log(JSON.stringify(wrapAnsi('The quick \u001B[31mbrown fox\u001B[39m jumps over the lazy dog', 12)));
console.log(JSON.stringify(wrapAnsi('abcdefghijklmnop qr', 5, { hard: true })), JSON.stringify(wrapAnsi('a  b   c', 3, { trim: false })));
console.log(boxen('hello\nworld 古池', { padding: 1, margin: { left: 2 }, borderStyle: 'round', title: 'Box', titleAlignment: 'center' }));
console.log(boxen('a fairly long line of text that should be wrapped by boxen', { width: 24, borderStyle: 'double', textAlignment: 'right' }));
const spinner = ora({ text: 'loading', isEnabled: false, stream: process.stdout });
spinner.start();
console.log(spinner.isSpinning);
spinner.succeed('loaded');
ora({ isEnabled: false, stream: process.stdout }).start('again').fail('broke');
ora({ isEnabled: false, stream: process.stdout }).start('x').stopAndPersist({ symbol: '*', text: 'persisted' });
