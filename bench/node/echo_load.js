// The load generator of echo_bench: Node `ws` 8 with bufferutil, as a user's load test drives
// a WebSocket server. One JSON line on stdout with what it measured.
//
//   node echo_load.js echo --port P --pid SERVER_PID --connections 8 --window 32 --size 32
//                          [--binary] --seconds 3
//       N connections, each keeping W messages in flight; messages per second, RTT p50/p99
//       and the server's CPU (utime + stime from /proc) per message over the measured time, and
//       how busy the generator itself was (percent of its core).
//   node echo_load.js hold --port P --connections N
//       opens N connections, each echoes one message, prints {"held":N}, then waits for a
//       line on stdin, and every connection echoes once more before it exits.
//   node echo_load.js tcp --port P --pid SERVER_PID --connections C --window W --size S
//                         --seconds 3
//       the same load as raw TCP bytes against a TCP echo server: the loopback's own figures.
'use strict';
const fs = require('fs');
const net = require('net');
const WebSocket = require('ws');

const argv = process.argv.slice(2);
const mode = argv[0];
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const port = Number(opt('port'));
const pid = Number(opt('pid', 0));
const connections = Number(opt('connections', 8));
const windowSize = Number(opt('window', 32));
const size = Number(opt('size', 32));
const seconds = Number(opt('seconds', 3));
const binary = argv.includes('--binary');
const TICKS = 100; // USER_HZ on Linux

function cpuUs() {
  if (!pid) return 0;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1e6) / TICKS;
}

function fail(why) {
  console.error(`echo_load: ${why}`);
  process.exit(1);
}

function quantile(sorted, q) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : 0;
}

// The messages one turn of the event loop sends on a socket leave in one write, as a load tool
// that keeps many messages in flight writes them: the generator is then not the bottleneck.
function corked(socket) {
  if (socket.writableCorked) return;
  socket.cork();
  process.nextTick(() => socket.uncork());
}

// Runs the load once every peer is connected: warm up for a second, then measure.
function measure(peers, send) {
  const rtts = [];
  let completed = 0;
  let measuring = false;
  let stopping = false;
  const onEcho = (peer) => {
    const sentAt = peer.sent.shift();
    if (measuring) {
      rtts.push(Number(process.hrtime.bigint() - sentAt) / 1000);
      ++completed;
    }
    if (!stopping) send(peer);
  };
  for (const p of peers) for (let i = 0; i < windowSize; ++i) send(p);
  setTimeout(() => {
    const cpu0 = cpuUs();
    const own0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    measuring = true;
    setTimeout(() => {
      measuring = false;
      stopping = true;
      const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = cpuUs() - cpu0;
      const own = process.cpuUsage(own0);
      rtts.sort((a, b) => a - b);
      console.log(JSON.stringify({
        messages: completed,
        perSecond: completed / elapsed,
        mbPerSecond: (completed * size) / elapsed / 1e6,
        p50Us: quantile(rtts, 0.5),
        p99Us: quantile(rtts, 0.99),
        serverCpuUsPerMessage: completed ? cpu / completed : 0,
        // This generator's own share of its core: near 100, the figures are its ceiling.
        generatorBusyPercent: (own.user + own.system) / 1e4 / elapsed,
      }));
      process.exit(0);
    }, seconds * 1000);
  }, 1000);
  return onEcho;
}

function openAll(count, onOpen) {
  const peers = [];
  let open = 0;
  let started = 0;
  // At most 256 handshakes at a time, as a load tool ramps up.
  const next = () => {
    while (started < count && started - open < 256) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`, {
        perMessageDeflate: false,
        skipUTF8Validation: true,
        // A zero key: the frames are masked as the RFC says, and the generator spends no CPU
        // on it, so the server's side is what is measured.
        generateMask: () => {},
      });
      const peer = { ws, sent: [] };
      peers.push(peer);
      ++started;
      ws.on('open', () => {
        ++open;
        if (open === count) onOpen(peers);
        else next();
      });
      ws.on('error', (e) => fail(`connection ${peers.indexOf(peer)}: ${e.message}`));
      ws.on('close', (code) => {
        if (!peer.done) fail(`connection closed by the server (${code})`);
      });
    }
  };
  next();
}

if (mode === 'echo') {
  const payload = binary ? Buffer.alloc(size, 'x') : 'x'.repeat(size);
  openAll(connections, (peers) => {
    const send = (peer) => {
      peer.sent.push(process.hrtime.bigint());
      corked(peer.ws._socket);
      peer.ws.send(payload, { binary });
    };
    const onEcho = measure(peers, send);
    for (const p of peers) p.ws.on('message', () => onEcho(p));
  });
} else if (mode === 'hold') {
  const payload = 'x'.repeat(size);
  openAll(connections, (peers) => {
    const echoAll = (then) => {
      let pending = peers.length;
      for (const p of peers) {
        p.ws.once('message', () => {
          if (--pending === 0) then();
        });
        p.ws.send(payload);
      }
    };
    echoAll(() => {
      console.log(JSON.stringify({ held: peers.length }));
      process.stdin.once('data', () =>
        echoAll(() => {
          console.log(JSON.stringify({ echoed: peers.length }));
          for (const p of peers) p.done = true;
          process.exit(0);
        }));
    });
  });
} else if (mode === 'tcp') {
  const block = Buffer.alloc(size, 'x');
  const peers = [];
  let open = 0;
  for (let i = 0; i < connections; ++i) {
    const socket = net.connect(port, '127.0.0.1');
    socket.setNoDelay(true);
    const peer = { socket, sent: [], pending: 0 };
    peers.push(peer);
    socket.on('error', (e) => fail(e.message));
    socket.on('connect', () => {
      if (++open < connections) return;
      const send = (p) => {
        p.sent.push(process.hrtime.bigint());
        corked(p.socket);
        p.socket.write(block);
      };
      const onEcho = measure(peers, send);
      for (const p of peers) {
        p.socket.on('data', (chunk) => {
          p.pending += chunk.length;
          while (p.pending >= size) {
            p.pending -= size;
            onEcho(p);
          }
        });
      }
    });
  }
} else {
  fail(`unknown mode ${mode}`);
}
