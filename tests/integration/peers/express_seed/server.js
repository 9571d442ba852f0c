// The express-ws server from the express-ws WebSocket tutorial, listening on the port given in
// PORT (0 = any free one).
var express = require('express')
var expressWs = require('express-ws')
var app = express()
expressWs(app)
app.ws('/', function (ws, req) {
    // ws:  WebSocket 实例
    // req: Request 实例
    ws.send('Hello')
    ws.on('message', function (msg) {
        console.log(msg)
    })
})
var server = app.listen(Number(process.env.PORT || 0), '127.0.0.1', function () {
    console.log('ready ' + server.address().port)
})
