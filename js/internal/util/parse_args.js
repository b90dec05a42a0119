'use strict';
/* js/internal/util/parse_args.js: util.parseArgs, Node 20's command-line parser.  Loaded on the
 * first read of util.parseArgs.  It works in two passes: argsToTokens() splits the arguments into
 * option, positional and option-terminator tokens (expanding '-abc' groups and pairing string
 * options with their values); parseArgs() then checks them in strict mode and stores the values,
 * filling in defaults last.  The result's `values` has a null prototype, as in Node. */

var codes = require('internal/errors').codes;
var validators = require('internal/validators');

var hasOwn = Object.prototype.hasOwnProperty;

/* Returns obj[key] when obj owns key, otherwise undefined (inherited keys never count). */
function ownValue(obj, key) {
    return hasOwn.call(obj, key) ? obj[key] : undefined;
}

/* Returns property `key` of the config of option `name`, or undefined when there is none. */
function optionProperty(options, name, key) {
    return hasOwn.call(options, name) ? ownValue(options[name], key) : undefined;
}

function isStringOption(options, name) {
    return optionProperty(options, name, 'type') === 'string';
}

/* Returns the long name whose `short` is `letter`, or the letter itself when none claims it. */
function longNameForShort(letter, options) {
    var names = Object.keys(options);
    for (var i = 0; i < names.length; i++) {
        if (ownValue(options[names[i]], 'short') === letter) {
            return names[i];
        }
    }
    return letter;
}

/* ------------------------------------------------------------------------------------------ */
/* Argument shapes */

/* '-f' (but not '--'). */
function isLoneShortOption(arg) {
    return arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
}

/* '-xyz': at least two letters after one dash. */
function isShortCluster(arg) {
    return arg.length > 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
}

/* '--foo' with no '=' after the name's first letter. */
function isLoneLongOption(arg) {
    return arg.length > 2 && arg.slice(0, 2) === '--' && arg.indexOf('=', 3) === -1;
}

/* '--foo=bar'. */
function isLongOptionWithValue(arg) {
    return arg.length > 2 && arg.slice(0, 2) === '--' && arg.indexOf('=', 3) !== -1;
}

/* A following argument may always serve as an option's value, even one starting with '-'
 * (the Open Group utility conventions); only the end of the arguments cannot. */
function canBeOptionValue(arg) {
    return arg !== undefined && arg !== null;
}

/* '-x' or longer: a value that looks like an option, which strict mode rejects when it was
 * taken from the next argument rather than written inline. */
function looksLikeOption(value) {
    return value !== undefined && value !== null && value.length > 1 && value.charAt(0) === '-';
}

/* ------------------------------------------------------------------------------------------ */
/* Pass 1: tokens */

function optionToken(name, rawName, index, value, inlineValue) {
    return {
        kind: 'option',
        name: name,
        rawName: rawName,
        index: index,
        value: value,
        inlineValue: inlineValue
    };
}

/* Splits '-abc' into the pieces it stands for: '-a', '-b', '-c'.  A string option inside the
 * cluster takes the rest as its value, so '-abfFILE' becomes '-a', '-b', '-fFILE'. */
function expandShortCluster(arg, options) {
    var pieces = [];
    for (var i = 1; i < arg.length; i++) {
        var letter = arg.charAt(i);
        if (!isStringOption(options, longNameForShort(letter, options)) || i === arg.length - 1) {
            pieces.push('-' + letter);
        } else {
            pieces.push('-' + arg.slice(i));
            break;
        }
    }
    return pieces;
}

/* Returns the tokens for `args`.  Each token's index is the position in `args` of the argument
 * it came from; the pieces of an expanded cluster all share the cluster's index. */
function argsToTokens(args, options) {
    var tokens = [];
    var pending = args.slice();
    var index = -1;
    var clusterPiecesLeft = 0;
    while (pending.length > 0) {
        var arg = pending.shift();
        var next = pending[0];
        var name;
        if (clusterPiecesLeft > 0) {
            clusterPiecesLeft--;
        } else {
            index++;
        }

        if (arg === '--') {
            tokens.push({ kind: 'option-terminator', index: index });
            for (var i = 0; i < pending.length; i++) {
                tokens.push({ kind: 'positional', index: ++index, value: pending[i] });
            }
            break;
        }

        if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
            name = arg.length === 2 ? longNameForShort(arg.charAt(1), options) : arg.slice(2);
            if (isStringOption(options, name) && canBeOptionValue(next)) {
                tokens.push(optionToken(name, arg, index, pending.shift(), false));
                index++;
            } else {
                tokens.push(optionToken(name, arg, index, undefined, undefined));
            }
        } else if (isShortCluster(arg)) {
            name = longNameForShort(arg.charAt(1), options);
            if (isStringOption(options, name)) {
                /* '-fFILE': the value is written right after the letter. */
                tokens.push(optionToken(name, '-' + arg.charAt(1), index, arg.slice(2), true));
            } else {
                var pieces = expandShortCluster(arg, options);
                Array.prototype.unshift.apply(pending, pieces);
                clusterPiecesLeft = pieces.length;
            }
        } else if (isLongOptionWithValue(arg)) {
            var equals = arg.indexOf('=');
            name = arg.slice(2, equals);
            tokens.push(optionToken(name, '--' + name, index, arg.slice(equals + 1), true));
        } else {
            tokens.push({ kind: 'positional', index: index, value: arg });
        }
    }
    return tokens;
}

/* ------------------------------------------------------------------------------------------ */
/* Pass 2: strict checks and values */

/* Throws unless the option token names a known option used with the right kind of value. */
function checkOptionUsage(config, token) {
    var name = token.name;
    if (!hasOwn.call(config.options, name)) {
        var negated = config.allowNegative && name.slice(0, 3) === 'no-';
        name = negated ? name.slice(3) : name;
        if (!negated || optionProperty(config.options, name, 'type') !== 'boolean') {
            throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
        }
    }
    var shortName = optionProperty(config.options, name, 'short');
    var usage = (shortName ? '-' + shortName + ', ' : '') + '--' + name;
    var type = optionProperty(config.options, name, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
        throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
            "Option '" + usage + " <value>' argument missing");
    }
    if (type === 'boolean' && token.value !== undefined && token.value !== null) {
        throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
            "Option '" + usage + "' does not take an argument");
    }
}

/* Throws when a string option took a dash-led next argument as its value ('-f -x'): more
 * likely a forgotten value than a value that starts with a dash. */
function checkOptionLikeValue(token) {
    if (token.inlineValue || !looksLikeOption(token.value)) {
        return;
    }
    var raw = token.rawName;
    var example = raw.slice(0, 2) === '--' ?
        "'" + raw + "=-XYZ'" :
        "'--" + token.name + "=-XYZ' or '" + raw + "-XYZ'";
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        "Option '" + raw + "' argument is ambiguous.\n" +
        "Did you forget to specify the option argument for '" + raw + "'?\n" +
        'To specify an option argument starting with a dash use ' + example + '.');
}

/* Records one occurrence of option `name`: a missing value means true, and a `multiple`
 * option collects every occurrence in an array. */
function storeOption(values, options, name, value) {
    if (name === '__proto__') {
        return;
    }
    var stored = value === undefined || value === null ? true : value;
    if (optionProperty(options, name, 'multiple')) {
        if (values[name]) {
            values[name].push(stored);
        } else {
            values[name] = [stored];
        }
    } else {
        values[name] = stored;
    }
}

/* Stores one option token; with allowNegative, a value-less '--no-foo' stores foo = false and
 * the token is renamed 'foo', as Node reports it. */
function applyOptionToken(values, config, token) {
    if (config.strict) {
        checkOptionUsage(config, token);
        checkOptionLikeValue(token);
    }
    if (config.allowNegative && token.name.slice(0, 3) === 'no-' && token.value === undefined) {
        token.name = token.name.slice(3);
        storeOption(values, config.options, token.name, false);
    } else {
        storeOption(values, config.options, token.name, token.value);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Configuration */

/* The arguments parseArgs reads when none are given: those after the script, or after the
 * executable when the code came from -e/--eval/-p/--print. */
function defaultArgs() {
    var execArgv = process.execArgv;
    var evaluating = ['-e', '--eval', '-p', '--print'].some(function (flag) {
        return execArgv.indexOf(flag) !== -1;
    });
    return process.argv.slice(evaluating ? 1 : 2);
}

/* Throws Node's error for the first bad entry in the `options` configuration. */
function validateOptionConfig(name, config) {
    var prefix = 'options.' + name;
    validators.validateObject(config, prefix);
    var type = ownValue(config, 'type');
    validators.validateUnion(type, prefix + '.type', ['string', 'boolean']);
    if (hasOwn.call(config, 'short')) {
        validators.validateString(config.short, prefix + '.short');
        if (config.short.length !== 1) {
            throw new codes.ERR_INVALID_ARG_VALUE(prefix + '.short', config.short,
                                                  'must be a single character');
        }
    }
    var multiple = ownValue(config, 'multiple');
    if (hasOwn.call(config, 'multiple')) {
        validators.validateBoolean(multiple, prefix + '.multiple');
    }
    var defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined) {
        var validateDefault = type === 'string' ?
            (multiple ? validators.validateStringArray : validators.validateString) :
            (multiple ? validators.validateBooleanArray : validators.validateBoolean);
        validateDefault(defaultValue, prefix + '.default');
    }
}

/* Returns own property `key` of the user's config, or `fallback` when it is undefined or null. */
function configValue(config, key, fallback) {
    var value = ownValue(config, key);
    return value === undefined || value === null ? fallback : value;
}

/* Reads and validates parseArgs' configuration object. */
function readConfig(config) {
    if (config === null) {
        throw new TypeError('Cannot convert undefined or null to object');
    }
    if (config === undefined) {
        config = {};
    }
    var strict = configValue(config, 'strict', true);
    var result = {
        args: configValue(config, 'args', undefined),
        strict: strict,
        allowPositionals: configValue(config, 'allowPositionals', !strict),
        returnTokens: configValue(config, 'tokens', false),
        allowNegative: configValue(config, 'allowNegative', false),
        options: configValue(config, 'options', Object.create(null))
    };
    if (result.args === undefined) {
        result.args = defaultArgs();
    }
    validators.validateArray(result.args, 'args');
    validators.validateBoolean(result.strict, 'strict');
    validators.validateBoolean(result.allowPositionals, 'allowPositionals');
    validators.validateBoolean(result.returnTokens, 'tokens');
    validators.validateBoolean(result.allowNegative, 'allowNegative');
    validators.validateObject(result.options, 'options');
    var names = Object.keys(result.options);
    for (var i = 0; i < names.length; i++) {
        validateOptionConfig(names[i], result.options[names[i]]);
    }
    return result;
}

/* util.parseArgs([config]): returns { values, positionals } (and `tokens` when asked), or
 * throws ERR_PARSE_ARGS_* for arguments strict mode rejects.  The config is read from
 * `arguments` so that parseArgs.length is 0, as in Node. */
function parseArgs() {
    var parsed = readConfig(arguments[0]);
    var options = parsed.options;
    var tokens = argsToTokens(parsed.args, options);
    var result = { values: Object.create(null), positionals: [] };
    if (parsed.returnTokens) {
        result.tokens = tokens;
    }
    for (var i = 0; i < tokens.length; i++) {
        var token = tokens[i];
        if (token.kind === 'option') {
            applyOptionToken(result.values, parsed, token);
        } else if (token.kind === 'positional') {
            if (!parsed.allowPositionals) {
                throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
            }
            result.positionals.push(token.value);
        }
    }
    var names = Object.keys(options);
    for (var j = 0; j < names.length; j++) {
        var defaultValue = ownValue(options[names[j]], 'default');
        if (defaultValue !== undefined && result.values[names[j]] === undefined &&
            names[j] !== '__proto__') {
            result.values[names[j]] = defaultValue;
        }
    }
    return result;
}

module.exports = {
    parseArgs: parseArgs
};
