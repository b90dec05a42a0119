// winston 3: a logger with format pipelines into a Writable stream and child loggers.
const winston = require('winston');
const { Writable } = require('stream');
const lines = [];
const sink = new Writable({ write(chunk, enc, cb) { lines.push(String(chunk).trim()); cb(); } });
const logger = winston.createLogger({
    level: 'debug',
    format: winston.format.combine(winston.format.splat(), winston.format.label({ label: 'nd' }), winston.format.json()),
    transports: [new winston.transports.Stream({ stream: sink })]
});
logger.info('hello %s', 'world', { extra: 1 });
logger.debug('dbg');
logger.child({ req: 7 }).warn('child');
logger.log('error', new Error('boom').message);
setTimeout(() => console.log(lines.join('\n')), 20);
