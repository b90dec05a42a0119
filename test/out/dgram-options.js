// Proves: socket options on a bound socket: setBroadcast, setTTL (range), setMulticastTTL,
// setMulticastLoopback, setMulticastInterface, add/dropMembership on 224.0.0.114, the buffer
// sizes (Linux reports twice the size set), recvBufferSize/sendBufferSize options, and
// getSendQueueSize/Count; the options of a udp6 socket.
var dgram = require('dgram');
function show(label, fn) {
    try {
        console.log(label, fn());
    } catch (e) {
        console.log(label, e.name, e.code, e.message);
    }
}
var s = dgram.createSocket({ type: 'udp4', recvBufferSize: 16384, sendBufferSize: 16384 });
s.bind(0, function () {
    show('recv', function () { return s.getRecvBufferSize(); });
    show('send', function () { return s.getSendBufferSize(); });
    show('setRecv', function () { return s.setRecvBufferSize(8192); });
    show('recv again', function () { return s.getRecvBufferSize(); });
    show('setSend bad', function () { return s.setSendBufferSize(1.5); });
    show('broadcast', function () { return s.setBroadcast(true); });
    show('ttl', function () { return s.setTTL(64); });
    show('ttl 0', function () { return s.setTTL(0); });
    show('ttl 256', function () { return s.setTTL(256); });
    show('mttl', function () { return s.setMulticastTTL(8); });
    show('mttl 256', function () { return s.setMulticastTTL(256); });
    show('mloop', function () { return s.setMulticastLoopback(false); });
    show('mif', function () { return s.setMulticastInterface('127.0.0.1'); });
    show('mif bad', function () { return s.setMulticastInterface('nonsense'); });
    show('add', function () { return s.addMembership('224.0.0.114', '127.0.0.1'); });
    show('add again', function () { return s.addMembership('224.0.0.114', '127.0.0.1'); });
    show('drop', function () { return s.dropMembership('224.0.0.114', '127.0.0.1'); });
    show('drop again', function () { return s.dropMembership('224.0.0.114', '127.0.0.1'); });
    show('add bad', function () { return s.addMembership('nonsense'); });
    show('add ssm', function () { return s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'); });
    show('drop ssm', function () { return s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'); });
    show('ssm bad', function () { return s.addSourceSpecificMembership(1, '232.1.1.1'); });
    show('queue', function () { return [s.getSendQueueSize(), s.getSendQueueCount()]; });
    s.close();
    var s6 = dgram.createSocket('udp6');
    s6.bind(0, '::1', function () {
        show('6 ttl', function () { return s6.setTTL(10); });
        show('6 mttl', function () { return s6.setMulticastTTL(10); });
        show('6 mloop', function () { return s6.setMulticastLoopback(true); });
        show('6 mif', function () { return s6.setMulticastInterface('::%lo'); });
        show('6 mif bad', function () { return s6.setMulticastInterface('127.0.0.1'); });
        s6.close();
    });
});
