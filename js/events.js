'use strict';
/* TEMPORARY stand-in until the real js/events.js lands (helper-3 owns it). */
function EventEmitter() { this._events = {}; }
EventEmitter.prototype.on = function (n, f) { if (!this._events) this._events = {}; (this._events[n] = this._events[n] || []).push(f); return this; };
EventEmitter.prototype.addListener = EventEmitter.prototype.on;
EventEmitter.prototype.emit = function (n) { var l = this._events && this._events[n]; if (!l) return false; var a = Array.prototype.slice.call(arguments, 1); l.slice().forEach(function (f) { f.apply(this, a); }, this); return true; };
EventEmitter.prototype.listenerCount = function (n) { return this._events && this._events[n] ? this._events[n].length : 0; };
module.exports = EventEmitter;
