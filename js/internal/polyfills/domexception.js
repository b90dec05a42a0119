'use strict';
/* js/internal/polyfills/domexception.js: the global DOMException (WebIDL), as Node 20 has it.
 *
 * An instance is a real engine Error (so it has a traceback and `instanceof Error`) re-parented
 * to DOMException.prototype; name, message and code are getters on the prototype over hidden
 * slots, so an instance has no own enumerable properties, like Node's.  Used by AbortSignal
 * (AbortError, TimeoutError) and structuredClone (DataCloneError). */

var common = require('internal/polyfills/common');

var define = common.define;

var kName = common.hiddenKey('domExceptionName');
var kMessage = common.hiddenKey('domExceptionMessage');
var NativeError = Error;

/* Legacy code per name, in the order of the WebIDL table (index + 1 = code). */
var NAMES = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError',
             'WrongDocumentError', 'InvalidCharacterError', 'NoDataAllowedError',
             'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError',
             'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
             'InvalidModificationError', 'NamespaceError', 'InvalidAccessError',
             'ValidationError', 'TypeMismatchError', 'SecurityError', 'NetworkError',
             'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
             'InvalidNodeTypeError', 'DataCloneError'];
var CONSTANTS = ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR',
                 'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR',
                 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR',
                 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
                 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
                 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR',
                 'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR',
                 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'];

function DOMException() {
    if (!(this instanceof DOMException)) {
        throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
    }
    var message = arguments.length > 0 && arguments[0] !== undefined ? String(arguments[0]) : '';
    var options = arguments[1];
    var name = 'Error';
    var err = new NativeError();
    if (common.isObject(options)) {
        if ('cause' in options) {
            define(err, 'cause', options.cause);
        }
        if (options.name !== undefined) {
            name = String(options.name);
        }
    } else if (options !== undefined) {
        name = String(options);
    }
    Object.setPrototypeOf(err, Object.getPrototypeOf(this));
    err[kName] = name;
    err[kMessage] = message;
    return err;
}

function check(self) {
    if (!common.isObject(self) || self[kName] === undefined) {
        /* Node 20's own wording (no "type"). */
        var err = new TypeError('Value of "this" must be of DOMException');
        err.code = 'ERR_INVALID_THIS';
        throw err;
    }
    return self;
}

function getName() {
    return check(this)[kName];
}

function getMessage() {
    return check(this)[kMessage];
}

function getCode() {
    var i = NAMES.indexOf(check(this)[kName]);
    return i < 0 ? 0 : i + 1;
}

var built = false;

function build() {
    built = true;
    var proto = Object.create(NativeError.prototype);
    define(proto, 'constructor', DOMException);
    Object.defineProperty(DOMException, 'prototype', {
        value: proto, writable: false, enumerable: false, configurable: false
    });
    Object.defineProperty(proto, 'name', {
        get: common.setName(getName, 'get name'), enumerable: true, configurable: true
    });
    Object.defineProperty(proto, 'message', {
        get: common.setName(getMessage, 'get message'), enumerable: true, configurable: true
    });
    Object.defineProperty(proto, 'code', {
        get: common.setName(getCode, 'get code'), enumerable: true, configurable: true
    });
    for (var i = 0; i < CONSTANTS.length; i++) {
        var desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
        Object.defineProperty(DOMException, CONSTANTS[i], desc);
        Object.defineProperty(proto, CONSTANTS[i], desc);
    }
    common.defineTag(proto, 'DOMException');
    Object.setPrototypeOf(DOMException, NativeError);
}

/* Returns new DOMException(message, name). */
function create(message, name) {
    if (!built) {
        build();
    }
    return new DOMException(message, name);
}

function install(global) {
    if (!built) {
        build();
    }
    common.defineGlobal(global, 'DOMException', DOMException);
}

module.exports = {
    DOMException: DOMException,
    create: create,
    install: install
};
