// decimal.js 10, big.js 7, numeral 2 and hashids 2: arbitrary precision decimals, number
// formatting and reversible short ids.
const Decimal = require('decimal.js');
const Big = require('big.js');
const numeral = require('numeral');
const Hashids = require('hashids/cjs');
console.log(new Decimal(0.1).plus(0.2).toString(), new Decimal(2).sqrt().toFixed(30), Decimal.pow(2, 100).toString());
const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
console.log(new D(1).div(7).toString(), new D('1e-30').exp().toString(), new D(10).ln().toSignificantDigits(20).toString());
console.log(new Decimal('123.456').toFraction(), new Decimal(255).toHex(), new Decimal('-0').isNeg(), Decimal.max(1, '3', 2).toNumber());
console.log(new Big('0.1').plus('0.2').toString(), new Big(1).div(3).toFixed(25), new Big('1e21').times(3).toString(), new Big(2).pow(64).toFixed());
Big.DP = 5; Big.RM = Big.roundHalfEven;
console.log(new Big(10).div(3).toString(), new Big('2.5').round().toString(), new Big('-1.23e-7').toExponential(2), new Big(5).cmp(6));
console.log(numeral(1234567.891).format('0,0.00'), numeral(0.974878234).format('0.000%'), numeral(1024 * 1024 * 3).format('0.0 b'));
console.log(numeral(-1234).format('($0,0)'), numeral(1230974).format('0.0a'), numeral('1,234.5').value(), numeral(3467).format('00:00:00'), numeral(1).format('0o'));
const ids = new Hashids('this is my salt', 8, 'abcdefghijklmnopqrstuvwxyz1234567890');
const id = ids.encode(1, 2, 3);
console.log(id, ids.decode(id), ids.encodeHex('507f1f77bcf86cd799439011'), new Hashids().encode(12345), ids.isValidId('invalid!'));
