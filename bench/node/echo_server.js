// The Node `ws` echo server of echo_bench: echoes every message as it came (text or binary).
// Prints "ready PORT" once it listens on 127.0.0.1.
'use strict';
const { WebSocketServer } = require('ws');

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
server.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('error', () => {});
});
server.on('listening', () => console.log(`ready ${server.address().port}`));
