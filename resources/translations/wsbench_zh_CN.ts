<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ByteSize</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demos</name>
    <message>
        <source>Hello, WebSocket!</source>
        <translation>你好，WebSocket！</translation>
    </message>
    <message>
        <source>One message, three frames</source>
        <translation>一条消息，三个帧</translation>
    </message>
    <message>
        <source>are you there?</source>
        <translation>你在吗？</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 个键}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>, </source>
        <comment>between the values of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of the values</comment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a number (seconds since 1970)</source>
        <translation>必须是数字（自 1970 年起的秒数）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>必须是步骤列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <comment>a value, then the values allowed</comment>
        <translation>“%1”不是 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step (%2)</source>
        <comment>a value, then the step kinds</comment>
        <translation>“%1”不是有效的步骤（可用的步骤：%2）</translation>
    </message>
    <message>
        <source>a binary message must be base64</source>
        <translation>二进制消息必须是 base64 编码</translation>
    </message>
    <message>
        <source>opcode %1 needs base64 data</source>
        <translation>操作码 %1 需要 base64 编码的数据</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>the session has no %1 profile</source>
        <comment>client or server, as the file names them</comment>
        <translation>会话中没有 %1 配置</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>场景需要一个名称</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be negative</source>
        <comment>two field names</comment>
        <translation>%1 和 %2 不能为负数</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列处 JSON 无效：%3</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 个字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>Not a WsBench session: the file is not a JSON object</source>
        <translation>不是 WsBench 会话：文件不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: missing; this is not a WsBench session</source>
        <comment>the field that holds the file&apos;s version</comment>
        <translation>%1：缺失；这不是 WsBench 会话</translation>
    </message>
    <message>
        <source>%1 %2 is newer than this WsBench reads (%3); open it with a newer WsBench</source>
        <comment>the version field, the file&apos;s version, the newest version read</comment>
        <translation>%1 %2 比此版本 WsBench 能读取的版本（%3）更新；请用更新版本的 WsBench 打开</translation>
    </message>
    <message>
        <source>%1 %2 is not a version WsBench ever wrote</source>
        <comment>the version field, the file&apos;s version</comment>
        <translation>%1 %2 不是 WsBench 写入过的版本</translation>
    </message>
    <message>
        <source>Not a HAR file: there is no %1 array</source>
        <comment>the name of the array</comment>
        <translation>不是 HAR 文件：没有 %1 数组</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, then its problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（共 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the value of the %2 header</source>
        <translation>%1：请求头 %2 的值</translation>
    </message>
    <message>
        <source>%1: the TLS key passphrase</source>
        <translation>%1：TLS 私钥口令</translation>
    </message>
    <message>
        <source>the variable %1</source>
        <translation>变量 %1</translation>
    </message>
    <message>
        <source>the variable %1 of the environment %2</source>
        <translation>环境 %2 中的变量 %1</translation>
    </message>
    <message>
        <source>Not valid JSON: there is nothing but white space.</source>
        <translation>不是有效的 JSON：只有空白字符。</translation>
    </message>
    <message>
        <source>this character cannot stand here</source>
        <translation>此处不能出现这个字符</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>文本在一个值的中间结束</translation>
    </message>
    <message>
        <source>a string holds a control character; write it as an escape such as \n</source>
        <translation>字符串中含有控制字符；请写成转义形式，例如 \n</translation>
    </message>
    <message>
        <source>a backslash must be followed by &quot; \ / b f n r t or u and four hex digits</source>
        <translation>反斜杠后必须是 &quot; \ / b f n r t，或 u 加四个十六进制数字</translation>
    </message>
    <message>
        <source>a number is malformed (no leading zeros; digits after . and e)</source>
        <translation>数字格式错误（不能有前导零；. 和 e 之后需要数字）</translation>
    </message>
    <message>
        <source>only true, false and null are written without quotes</source>
        <translation>只有 true、false 和 null 可以不加引号</translation>
    </message>
    <message>
        <source>more follows the first complete value</source>
        <translation>第一个完整的值之后还有内容</translation>
    </message>
    <message>
        <source>more than %1 objects and arrays are nested</source>
        <translation>对象和数组的嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Normal Closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>The purpose of the connection has been fulfilled.</source>
        <translation>连接的目的已经达成。</translation>
    </message>
    <message>
        <source>Going Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>The endpoint is going away: a server shutting down or a browser leaving the page.</source>
        <translation>端点即将离开：例如服务器关机或浏览器离开页面。</translation>
    </message>
    <message>
        <source>Protocol Error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>The endpoint received something that breaks the protocol.</source>
        <translation>端点收到了违反协议的内容。</translation>
    </message>
    <message>
        <source>Unsupported Data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>The endpoint cannot accept this type of data (for example binary when it only understands text).</source>
        <translation>端点无法接受这种类型的数据（例如只理解文本时收到二进制）。</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Reserved; it must not be sent.</source>
        <translation>保留值；不得发送。</translation>
    </message>
    <message>
        <source>No Status Received</source>
        <translation>未收到状态码</translation>
    </message>
    <message>
        <source>The Close frame carried no code. Never sent on the wire; APIs report it.</source>
        <translation>Close 帧没有携带关闭码。它从不在线路上发送，由 API 报告。</translation>
    </message>
    <message>
        <source>Abnormal Closure</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>The connection ended without a Close frame. Never sent on the wire; APIs report it.</source>
        <translation>连接在没有 Close 帧的情况下结束。它从不在线路上发送，由 API 报告。</translation>
    </message>
    <message>
        <source>Invalid Frame Payload Data</source>
        <translation>帧载荷数据无效</translation>
    </message>
    <message>
        <source>A message&apos;s data was inconsistent with its type, such as invalid UTF-8 in a text message.</source>
        <translation>消息数据与其类型不符，例如文本消息中含有无效的 UTF-8。</translation>
    </message>
    <message>
        <source>Policy Violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>A message broke the endpoint&apos;s policy.</source>
        <translation>某条消息违反了端点的策略。</translation>
    </message>
    <message>
        <source>Message Too Big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>A message was too big to process.</source>
        <translation>消息太大，无法处理。</translation>
    </message>
    <message>
        <source>Mandatory Extension</source>
        <translation>必需的扩展</translation>
    </message>
    <message>
        <source>The client expected the server to negotiate an extension it did not. Only a client sends it.</source>
        <translation>客户端期望服务器协商某个扩展，但服务器没有。只有客户端发送此码。</translation>
    </message>
    <message>
        <source>Internal Error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>The server met an unexpected condition.</source>
        <translation>服务器遇到了意外情况。</translation>
    </message>
    <message>
        <source>Service Restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <source>The service is restarting.</source>
        <translation>服务正在重启。</translation>
    </message>
    <message>
        <source>Try Again Later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>The server is overloaded; try again later.</source>
        <translation>服务器过载；请稍后重试。</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>A gateway received an invalid response from upstream.</source>
        <translation>网关从上游收到了无效响应。</translation>
    </message>
    <message>
        <source>TLS Handshake Failure</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>The TLS handshake failed. Never sent on the wire; APIs report it.</source>
        <translation>TLS 握手失败。它从不在线路上发送，由 API 报告。</translation>
    </message>
    <message>
        <source>Connecting: TCP, TLS and the opening handshake are under way.</source>
        <translation>正在连接：TCP、TLS 和建立连接的握手正在进行。</translation>
    </message>
    <message>
        <source>Open: the handshake succeeded and messages can flow both ways.</source>
        <translation>已打开：握手成功，消息可以双向传输。</translation>
    </message>
    <message>
        <source>Closing: a Close frame was sent or received; the closing handshake is under way.</source>
        <translation>正在关闭：已发送或收到 Close 帧，关闭握手正在进行。</translation>
    </message>
    <message>
        <source>Closed: the connection is over, or could not be opened.</source>
        <translation>已关闭：连接已结束，或无法打开。</translation>
    </message>
    <message>
        <source>Registered (libraries and frameworks)</source>
        <translation>已注册（库和框架）</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>私有使用</translation>
    </message>
    <message>
        <source>Reserved for future RFCs</source>
        <translation>为未来的 RFC 保留</translation>
    </message>
    <message>
        <source>Not a valid close code</source>
        <translation>无效的关闭码</translation>
    </message>
    <message>
        <source>3000–3999 are registered with IANA for libraries, frameworks and applications.</source>
        <translation>3000–3999 在 IANA 注册，供库、框架和应用使用。</translation>
    </message>
    <message>
        <source>4000–4999 are for private use by agreement between the two ends.</source>
        <translation>4000–4999 供通信双方约定私用。</translation>
    </message>
    <message>
        <source>1016–2999 are reserved for future RFCs; receiving one is a protocol error.</source>
        <translation>1016–2999 为未来的 RFC 保留；收到这些码属于协议错误。</translation>
    </message>
    <message>
        <source>Codes below 1000 and above 4999 are not valid in a Close frame.</source>
        <translation>小于 1000 或大于 4999 的码在 Close 帧中无效。</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>Method is GET</source>
        <translation>方法为 GET</translation>
    </message>
    <message>
        <source>HTTP/1.1 or later</source>
        <translation>HTTP/1.1 或更高</translation>
    </message>
    <message>
        <source>Host header</source>
        <translation>Host 首部</translation>
    </message>
    <message>
        <source>Status 101</source>
        <translation>状态码 101</translation>
    </message>
    <message>
        <source>Upgrade: websocket</source>
        <translation>Upgrade: websocket</translation>
    </message>
    <message>
        <source>Connection: Upgrade</source>
        <translation>Connection: Upgrade</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Key</source>
        <translation>Sec-WebSocket-Key</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Version: 13</source>
        <translation>Sec-WebSocket-Version: 13</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept</source>
        <translation>Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Origin allowed</source>
        <translation>允许的 Origin</translation>
    </message>
    <message>
        <source>The first line must be a well-formed HTTP request or status line.</source>
        <translation>第一行必须是格式正确的 HTTP 请求行或状态行。</translation>
    </message>
    <message>
        <source>The opening handshake is an HTTP GET request (RFC 6455 §4.1).</source>
        <translation>建立连接的握手是一个 HTTP GET 请求（RFC 6455 §4.1）。</translation>
    </message>
    <message>
        <source>WebSocket needs HTTP/1.1 or later for the Upgrade mechanism.</source>
        <translation>WebSocket 的 Upgrade 机制需要 HTTP/1.1 或更高版本。</translation>
    </message>
    <message>
        <source>A request must name the host it is for (RFC 6455 §4.1, item 4).</source>
        <translation>请求必须指明目标主机（RFC 6455 §4.1 第 4 项）。</translation>
    </message>
    <message>
        <source>Only 101 Switching Protocols opens the connection; any other status fails it.</source>
        <translation>只有 101 Switching Protocols 会打开连接；其他任何状态码都会使其失败。</translation>
    </message>
    <message>
        <source>Upgrade must contain &quot;websocket&quot;, in any letter case.</source>
        <translation>Upgrade 必须包含“websocket”，大小写不限。</translation>
    </message>
    <message>
        <source>Connection must list the token &quot;Upgrade&quot;.</source>
        <translation>Connection 必须列出“Upgrade”。</translation>
    </message>
    <message>
        <source>The client sends 16 random bytes in base64; the server proves it read them.</source>
        <translation>客户端发送 base64 编码的 16 个随机字节；服务器要证明它读到了这些字节。</translation>
    </message>
    <message>
        <source>The only protocol version is 13.</source>
        <translation>唯一的协议版本是 13。</translation>
    </message>
    <message>
        <source>Must equal base64(SHA-1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)).</source>
        <translation>必须等于 base64(SHA-1(密钥 + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11))。</translation>
    </message>
    <message>
        <source>The server may choose one of the subprotocols the client offered, and no other.</source>
        <translation>服务器只能从客户端提供的子协议中选择一个。</translation>
    </message>
    <message>
        <source>The server may accept only extensions the client offered, with valid parameters.</source>
        <translation>服务器只能接受客户端提供的扩展，且参数必须有效。</translation>
    </message>
    <message>
        <source>A server may refuse browsers from origins it does not trust (403).</source>
        <translation>服务器可以拒绝来自不受信任 Origin 的浏览器（403）。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>The request line is malformed.</source>
        <translation>请求行格式错误。</translation>
    </message>
    <message>
        <source>The status line is malformed.</source>
        <translation>状态行格式错误。</translation>
    </message>
    <message>
        <source>The method is not GET.</source>
        <translation>方法不是 GET。</translation>
    </message>
    <message>
        <source>The HTTP version is older than 1.1.</source>
        <translation>HTTP 版本低于 1.1。</translation>
    </message>
    <message>
        <source>There is no Host header.</source>
        <translation>缺少 Host 首部。</translation>
    </message>
    <message>
        <source>The status is not 101 Switching Protocols.</source>
        <translation>状态码不是 101 Switching Protocols。</translation>
    </message>
    <message>
        <source>There is no Upgrade header.</source>
        <translation>缺少 Upgrade 首部。</translation>
    </message>
    <message>
        <source>Upgrade does not say &quot;websocket&quot;.</source>
        <translation>Upgrade 不是“websocket”。</translation>
    </message>
    <message>
        <source>Connection does not contain &quot;Upgrade&quot;.</source>
        <translation>Connection 不包含“Upgrade”。</translation>
    </message>
    <message>
        <source>There is no Sec-WebSocket-Key.</source>
        <translation>缺少 Sec-WebSocket-Key。</translation>
    </message>
    <message>
        <source>The key is not 16 bytes in base64.</source>
        <translation>密钥不是 base64 编码的 16 字节。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Version is not 13.</source>
        <translation>Sec-WebSocket-Version 不是 13。</translation>
    </message>
    <message>
        <source>There is no Sec-WebSocket-Accept.</source>
        <translation>缺少 Sec-WebSocket-Accept。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept does not match the key.</source>
        <translation>Sec-WebSocket-Accept 与密钥不匹配。</translation>
    </message>
    <message>
        <source>The subprotocol header is malformed.</source>
        <translation>子协议首部格式错误。</translation>
    </message>
    <message>
        <source>The server chose a subprotocol the client did not offer.</source>
        <translation>服务器选择了客户端没有提供的子协议。</translation>
    </message>
    <message>
        <source>The extensions header is malformed.</source>
        <translation>扩展首部格式错误。</translation>
    </message>
    <message>
        <source>The server accepted an extension the client did not offer.</source>
        <translation>服务器接受了客户端没有提供的扩展。</translation>
    </message>
    <message>
        <source>The extension parameters are invalid.</source>
        <translation>扩展参数无效。</translation>
    </message>
    <message>
        <source>The origin is not on the allow-list.</source>
        <translation>该 Origin 不在允许列表中。</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>延续帧</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>Reserved (0x%1)</source>
        <translation>保留（0x%1）</translation>
    </message>
    <message>
        <source>Handshake request</source>
        <translation>握手请求</translation>
    </message>
    <message>
        <source>Handshake response</source>
        <translation>握手响应</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1帧</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter a URL such as ws://127.0.0.1:8080/ or wss://example.com/chat.</source>
        <translation>请输入地址，例如 ws://127.0.0.1:8080/ 或 wss://example.com/chat。</translation>
    </message>
    <message>
        <source>A WebSocket URL starts with ws:// or wss://.</source>
        <translation>WebSocket 地址以 ws:// 或 wss:// 开头。</translation>
    </message>
    <message>
        <source>The URL has no host name or address.</source>
        <translation>地址中没有主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>A WebSocket URL cannot have a #fragment (RFC 6455 §3).</source>
        <translation>WebSocket 地址不能带 #片段（RFC 6455 §3）。</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>这不是有效的地址。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>FIN (final fragment)</source>
        <translation>FIN（最后一个分片）</translation>
    </message>
    <message>
        <source>Reserved bits</source>
        <translation>保留位</translation>
    </message>
    <message>
        <source>RSV1 (per-message compressed)</source>
        <translation>RSV1（按消息压缩）</translation>
    </message>
    <message>
        <source>RSV2</source>
        <translation>RSV2</translation>
    </message>
    <message>
        <source>RSV3</source>
        <translation>RSV3</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>载荷长度</translation>
    </message>
    <message>
        <source>Extended payload length (16 bits)</source>
        <translation>扩展载荷长度（16 位）</translation>
    </message>
    <message>
        <source>Extended payload length (64 bits)</source>
        <translation>扩展载荷长度（64 位）</translation>
    </message>
    <message>
        <source>Masking key</source>
        <translation>掩码密钥</translation>
    </message>
    <message>
        <source>Masked payload</source>
        <translation>掩码后的载荷</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Truncated frame</source>
        <translation>截断的帧</translation>
    </message>
    <message>
        <source>Bytes after the frame</source>
        <translation>帧之后的字节</translation>
    </message>
    <message>
        <source>Payload (unmasked)</source>
        <translation>载荷（去掉掩码）</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>No failure</source>
        <translation>无故障</translation>
    </message>
    <message>
        <source>Nothing failed.</source>
        <translation>没有发生故障。</translation>
    </message>
    <message>
        <source>Settings not usable</source>
        <translation>设置无法使用</translation>
    </message>
    <message>
        <source>A URL, proxy, certificate file or reply rule in the settings cannot be used.</source>
        <translation>设置中的 URL、代理、证书文件或回复规则无法使用。</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>No TCP connection (with its TLS handshake) was made within the connect timeout.</source>
        <translation>在连接超时时间内未能建立 TCP 连接（包括其 TLS 握手）。</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>The host name could not be resolved to an address.</source>
        <translation>无法把主机名解析为地址。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The host answered, but nothing is listening on that port.</source>
        <translation>主机有应答，但该端口上没有程序在监听。</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>代理出错</translation>
    </message>
    <message>
        <source>The proxy refused the connection, failed, or needs other credentials.</source>
        <translation>代理拒绝了连接、出现故障，或需要其他凭据。</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>TCP could not connect to the server for another network reason.</source>
        <translation>由于其他网络原因，TCP 无法连接到服务器。</translation>
    </message>
    <message>
        <source>The connection attempt was stopped before it connected.</source>
        <translation>连接尝试在连上之前就被停止了。</translation>
    </message>
    <message>
        <source>Certificate not accepted</source>
        <translation>证书未被接受</translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification, and no exception allows it.</source>
        <translation>服务器的证书没有通过验证，也没有例外允许它。</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>The two sides could not agree on a secure TLS session.</source>
        <translation>双方无法协商出安全的 TLS 会话。</translation>
    </message>
    <message>
        <source>TLS settings not usable</source>
        <translation>TLS 设置无法使用</translation>
    </message>
    <message>
        <source>The certificate or private key in the settings cannot be used.</source>
        <translation>设置中的证书或私钥无法使用。</translation>
    </message>
    <message>
        <source>Cannot listen</source>
        <translation>无法监听</translation>
    </message>
    <message>
        <source>The server cannot listen on this address and port; another program may be using the port.</source>
        <translation>服务器无法在此地址和端口上监听；该端口可能已被其他程序占用。</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>连接过多</translation>
    </message>
    <message>
        <source>A connection was refused because the server reached its connection limit.</source>
        <translation>服务器已达到连接数上限，因此拒绝了一个连接。</translation>
    </message>
    <message>
        <source>Opening handshake timed out</source>
        <translation>建立连接的握手超时</translation>
    </message>
    <message>
        <source>The opening handshake did not complete within the handshake timeout.</source>
        <translation>建立连接的握手没有在握手超时时间内完成。</translation>
    </message>
    <message>
        <source>Opening handshake failed</source>
        <translation>建立连接的握手失败</translation>
    </message>
    <message>
        <source>The bytes received could not be read as an HTTP opening handshake.</source>
        <translation>收到的字节无法解析为 HTTP 的建立连接握手。</translation>
    </message>
    <message>
        <source>Closing handshake timed out</source>
        <translation>关闭握手超时</translation>
    </message>
    <message>
        <source>The peer did not finish the closing handshake in time, so TCP was closed.</source>
        <translation>对端没有及时完成关闭握手，因此关闭了 TCP。</translation>
    </message>
    <message>
        <source>No Pong in time</source>
        <translation>未及时收到 Pong</translation>
    </message>
    <message>
        <source>The peer did not answer a Ping with a Pong within the pong timeout.</source>
        <translation>对端没有在 Pong 超时时间内用 Pong 回应 Ping。</translation>
    </message>
    <message>
        <source>The network connection failed while it was in use.</source>
        <translation>网络连接在使用过程中出现故障。</translation>
    </message>
    <message>
        <source>Connection aborted</source>
        <translation>连接已中止</translation>
    </message>
    <message>
        <source>TCP was dropped on request, without a closing handshake.</source>
        <translation>应请求直接断开了 TCP，没有进行关闭握手。</translation>
    </message>
    <message>
        <source>Peer not reading</source>
        <translation>对端没有读取数据</translation>
    </message>
    <message>
        <source>bufferedAmount passed its limit because the peer stopped reading, so the connection was dropped.</source>
        <translation>对端停止读取，bufferedAmount 超过了上限，因此断开了连接。</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>消息未发送</translation>
    </message>
    <message>
        <source>The message could not be sent in the connection&apos;s current state.</source>
        <translation>在连接的当前状态下无法发送这条消息。</translation>
    </message>
    <message>
        <source>Close not sent</source>
        <translation>Close 帧未发送</translation>
    </message>
    <message>
        <source>The Close frame could not be sent with this code or reason.</source>
        <translation>无法用这个关闭码或原因发送 Close 帧。</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>The first line of the request is not a valid HTTP request line.</source>
        <translation>请求的第一行不是有效的 HTTP 请求行。</translation>
    </message>
    <message>
        <source>Malformed status line</source>
        <translation>状态行格式错误</translation>
    </message>
    <message>
        <source>The first line of the response is not a valid HTTP status line.</source>
        <translation>响应的第一行不是有效的 HTTP 状态行。</translation>
    </message>
    <message>
        <source>Method is not GET</source>
        <translation>方法不是 GET</translation>
    </message>
    <message>
        <source>The opening handshake must be an HTTP GET request (RFC 6455 §4.1).</source>
        <translation>建立连接的握手必须是 HTTP GET 请求（RFC 6455 §4.1）。</translation>
    </message>
    <message>
        <source>HTTP version too old</source>
        <translation>HTTP 版本过旧</translation>
    </message>
    <message>
        <source>No Host header</source>
        <translation>缺少 Host 头</translation>
    </message>
    <message>
        <source>A request must name the host it is for (RFC 6455 §4.1).</source>
        <translation>请求必须指明它所针对的主机（RFC 6455 §4.1）。</translation>
    </message>
    <message>
        <source>Status is not 101</source>
        <translation>状态码不是 101</translation>
    </message>
    <message>
        <source>The server answered with another status than 101 Switching Protocols, so the connection did not open.</source>
        <translation>服务器没有用 101（切换协议）应答，因此连接没有打开。</translation>
    </message>
    <message>
        <source>No Upgrade header</source>
        <translation>缺少 Upgrade 头</translation>
    </message>
    <message>
        <source>The handshake has no Upgrade header.</source>
        <translation>握手中没有 Upgrade 头。</translation>
    </message>
    <message>
        <source>Upgrade is not websocket</source>
        <translation>Upgrade 不是 websocket</translation>
    </message>
    <message>
        <source>The Upgrade header does not say &quot;websocket&quot;.</source>
        <translation>Upgrade 头的值不是“websocket”。</translation>
    </message>
    <message>
        <source>Connection lacks Upgrade</source>
        <translation>Connection 中缺少 Upgrade</translation>
    </message>
    <message>
        <source>The Connection header does not list the token &quot;Upgrade&quot;.</source>
        <translation>Connection 头中没有列出“Upgrade”。</translation>
    </message>
    <message>
        <source>No Sec-WebSocket-Key</source>
        <translation>缺少 Sec-WebSocket-Key</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header.</source>
        <translation>请求中没有 Sec-WebSocket-Key 头。</translation>
    </message>
    <message>
        <source>Invalid Sec-WebSocket-Key</source>
        <translation>Sec-WebSocket-Key 无效</translation>
    </message>
    <message>
        <source>The key is not 16 bytes encoded in base64.</source>
        <translation>该密钥不是以 base64 编码的 16 个字节。</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>协议版本错误</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Version is not 13, the only version of the protocol.</source>
        <translation>Sec-WebSocket-Version 不是 13，而 13 是该协议唯一的版本。</translation>
    </message>
    <message>
        <source>No Sec-WebSocket-Accept</source>
        <translation>缺少 Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>The response has no Sec-WebSocket-Accept header.</source>
        <translation>响应中没有 Sec-WebSocket-Accept 头。</translation>
    </message>
    <message>
        <source>Wrong Sec-WebSocket-Accept</source>
        <translation>Sec-WebSocket-Accept 错误</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept does not match the key the client sent.</source>
        <translation>Sec-WebSocket-Accept 与客户端发送的密钥不匹配。</translation>
    </message>
    <message>
        <source>Malformed subprotocol header</source>
        <translation>子协议头格式错误</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Protocol header is malformed.</source>
        <translation>Sec-WebSocket-Protocol 头的格式错误。</translation>
    </message>
    <message>
        <source>Subprotocol not offered</source>
        <translation>子协议未被提供</translation>
    </message>
    <message>
        <source>Malformed extensions header</source>
        <translation>扩展头格式错误</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Extensions header is malformed.</source>
        <translation>Sec-WebSocket-Extensions 头的格式错误。</translation>
    </message>
    <message>
        <source>Extension not offered</source>
        <translation>扩展未被提供</translation>
    </message>
    <message>
        <source>Invalid extension parameters</source>
        <translation>扩展参数无效</translation>
    </message>
    <message>
        <source>An extension was negotiated with parameters that are not valid.</source>
        <translation>协商的扩展带有无效的参数。</translation>
    </message>
    <message>
        <source>Origin not allowed</source>
        <translation>来源不被允许</translation>
    </message>
    <message>
        <source>The request&apos;s Origin is not on the server&apos;s allow-list, so the server answers 403.</source>
        <translation>请求的 Origin 不在服务器的允许列表中，因此服务器应答 403。</translation>
    </message>
    <message>
        <source>Reserved opcode</source>
        <translation>保留的操作码</translation>
    </message>
    <message>
        <source>A frame used an opcode that RFC 6455 reserves for future use.</source>
        <translation>帧使用了 RFC 6455 保留给将来使用的操作码。</translation>
    </message>
    <message>
        <source>Reserved bits set</source>
        <translation>设置了保留位</translation>
    </message>
    <message>
        <source>A frame set RSV bits that no negotiated extension defines.</source>
        <translation>帧设置了没有任何已协商扩展定义的 RSV 位。</translation>
    </message>
    <message>
        <source>Length not minimal</source>
        <translation>长度不是最短形式</translation>
    </message>
    <message>
        <source>A payload length was not written in its shortest form.</source>
        <translation>负载长度没有以最短的形式编码。</translation>
    </message>
    <message>
        <source>64-bit length too large</source>
        <translation>64 位长度过大</translation>
    </message>
    <message>
        <source>The most significant bit of a 64-bit payload length was set.</source>
        <translation>64 位负载长度的最高位被置为 1。</translation>
    </message>
    <message>
        <source>Unmasked client frame</source>
        <translation>客户端帧未加掩码</translation>
    </message>
    <message>
        <source>A client sent a frame without a mask; clients must mask every frame.</source>
        <translation>客户端发送了未加掩码的帧；客户端必须给每一帧加掩码。</translation>
    </message>
    <message>
        <source>Masked server frame</source>
        <translation>服务器帧加了掩码</translation>
    </message>
    <message>
        <source>A server sent a masked frame; servers must not mask.</source>
        <translation>服务器发送了加掩码的帧；服务器不得加掩码。</translation>
    </message>
    <message>
        <source>Control frame too long</source>
        <translation>控制帧过长</translation>
    </message>
    <message>
        <source>A control frame carried more than 125 bytes of payload.</source>
        <translation>控制帧的负载超过了 125 个字节。</translation>
    </message>
    <message>
        <source>Fragmented control frame</source>
        <translation>控制帧被分片</translation>
    </message>
    <message>
        <source>A control frame was split into fragments, which RFC 6455 forbids.</source>
        <translation>控制帧被拆成了多个分片，而 RFC 6455 禁止这样做。</translation>
    </message>
    <message>
        <source>Frame too big</source>
        <translation>帧过大</translation>
    </message>
    <message>
        <source>A frame was larger than the configured size limit.</source>
        <translation>帧的大小超过了设置的上限。</translation>
    </message>
    <message>
        <source>Unexpected continuation</source>
        <translation>意外的延续帧</translation>
    </message>
    <message>
        <source>A continuation frame arrived with no fragmented message to continue.</source>
        <translation>收到了延续帧，但没有可以延续的分片消息。</translation>
    </message>
    <message>
        <source>New message inside a fragmented one</source>
        <translation>分片消息中出现新消息</translation>
    </message>
    <message>
        <source>A new text or binary frame arrived before the fragmented message was finished.</source>
        <translation>分片消息尚未结束时，又收到了新的文本帧或二进制帧。</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>A message was larger than the configured size limit.</source>
        <translation>消息的大小超过了设置的上限。</translation>
    </message>
    <message>
        <source>Invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>A text message was not valid UTF-8.</source>
        <translation>文本消息不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>Close payload too short</source>
        <translation>Close 负载过短</translation>
    </message>
    <message>
        <source>A Close frame had a 1-byte payload, too short to hold a code.</source>
        <translation>Close 帧的负载只有 1 个字节，不足以容纳关闭码。</translation>
    </message>
    <message>
        <source>Invalid close code</source>
        <translation>无效的关闭码</translation>
    </message>
    <message>
        <source>A Close frame carried a code that must not be sent on the wire.</source>
        <translation>Close 帧携带了不允许在线路上发送的关闭码。</translation>
    </message>
    <message>
        <source>Invalid close reason</source>
        <translation>无效的关闭原因</translation>
    </message>
    <message>
        <source>A Close frame&apos;s reason was not valid UTF-8.</source>
        <translation>Close 帧的原因不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>Compressed control frame</source>
        <translation>控制帧被压缩</translation>
    </message>
    <message>
        <source>A control frame had RSV1 set; control frames are never compressed.</source>
        <translation>控制帧设置了 RSV1；控制帧永远不会被压缩。</translation>
    </message>
    <message>
        <source>RSV1 on a continuation frame</source>
        <translation>延续帧设置了 RSV1</translation>
    </message>
    <message>
        <source>A continuation frame had RSV1 set; only a message&apos;s first frame may.</source>
        <translation>延续帧设置了 RSV1；只有消息的第一帧可以设置它。</translation>
    </message>
    <message>
        <source>Decompression failed</source>
        <translation>解压失败</translation>
    </message>
    <message>
        <source>A compressed message could not be decompressed.</source>
        <translation>压缩的消息无法解压。</translation>
    </message>
    <message>
        <source>Decompressed message too big</source>
        <translation>解压后的消息过大</translation>
    </message>
    <message>
        <source>A message grew past the size limit when it was decompressed.</source>
        <translation>消息在解压后超过了大小上限。</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>the connection is not open yet</source>
        <translation>连接尚未打开</translation>
    </message>
    <message>
        <source>the connection is closing or closed</source>
        <translation>连接正在关闭或已经关闭</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the payload or the number of fragments is not valid</source>
        <translation>负载或分片数量无效</translation>
    </message>
    <message>
        <source>this close code cannot be sent</source>
        <translation>不能发送这个关闭码</translation>
    </message>
    <message>
        <source>the reason is longer than 123 bytes</source>
        <translation>原因超过了 123 个字节</translation>
    </message>
    <message>
        <source>a Close frame was already sent</source>
        <translation>已经发送过 Close 帧</translation>
    </message>
    <message>
        <source>Cannot accept connections</source>
        <translation>无法接受连接</translation>
    </message>
    <message>
        <source>WsBench has as many files open as the system allows (ulimit -n), so new connections are answered 503 and closed until others end. Raise the limit to hold more connections.</source>
        <translation>WsBench 打开的文件数已达到系统允许的上限（ulimit -n），因此在其他连接结束之前，新连接会收到 503 应答并被关闭。提高该上限即可容纳更多连接。</translation>
    </message>
    <message>
        <source>Memory budget for unsent data used up</source>
        <translation>未发送数据的内存预算已用尽</translation>
    </message>
    <message>
        <source>All connections together had more unsent data queued than the budget in Preferences allows. The connection holding the most, whose peer was not reading, was dropped so that the others keep working.</source>
        <translation>所有连接排队待发送的数据总量超出了首选项中设定的预算。占用最多、且对端不读取数据的那个连接已被断开，其余连接得以继续工作。</translation>
    </message>
    <message>
        <source>Forbidden byte in a header</source>
        <translation>首部中有禁用字节</translation>
    </message>
    <message>
        <source>A header value holds a NUL, CR or LF byte, which RFC 9110 §5.5 forbids, so the handshake was refused.</source>
        <translation>某个首部的值含有 NUL、CR 或 LF 字节，RFC 9110 §5.5 禁止这样做，因此握手被拒绝。</translation>
    </message>
    <message>
        <source>Header values</source>
        <translation>首部值</translation>
    </message>
    <message>
        <source>No header value may hold NUL, CR or LF (RFC 9110 §5.5): they could split or smuggle headers.</source>
        <translation>首部值中不得含有 NUL、CR 或 LF（RFC 9110 §5.5）：它们可能被用来拆分或夹带首部。</translation>
    </message>
    <message>
        <source>A header value holds a NUL, CR or LF byte.</source>
        <translation>某个首部的值含有 NUL、CR 或 LF 字节。</translation>
    </message>
    <message>
        <source>The server answered %1 instead of 101 Switching Protocols</source>
        <translation>服务器应答的是 %1，而不是 101 Switching Protocols（切换协议）</translation>
    </message>
    <message>
        <source>The first bit of every frame. 1 means this frame ends its message; 0 means continuation frames follow. A message sent in one frame has FIN set.</source>
        <translation>每个帧的第一位。1 表示本帧是消息的最后一帧；0 表示后面还有延续帧。只用一个帧发送的消息会设置 FIN。</translation>
    </message>
    <message>
        <source>Three bits, RSV1 to RSV3, that must be 0 unless an extension negotiated in the handshake gives them a meaning. A receiver that sees a bit no extension defines fails the connection with 1002.</source>
        <translation>RSV1 至 RSV3 三位，除非握手中协商的扩展赋予其含义，否则必须为 0。接收方若看到没有任何扩展定义的位被置位，会以 1002 使连接失败。</translation>
    </message>
    <message>
        <source>With permessage-deflate negotiated, RSV1 on the first frame of a message says that the message is compressed. It is never set on control frames or continuation frames; without the extension it must be 0.</source>
        <translation>协商了 permessage-deflate 后，消息第一帧上的 RSV1 表示该消息经过压缩。控制帧和延续帧从不设置它；未协商该扩展时它必须为 0。</translation>
    </message>
    <message>
        <source>No extension in common use defines RSV2, so it must be 0. A frame with it set fails the connection with 1002.</source>
        <translation>常用扩展都没有定义 RSV2，所以它必须为 0。设置了它的帧会以 1002 使连接失败。</translation>
    </message>
    <message>
        <source>No extension in common use defines RSV3, so it must be 0. A frame with it set fails the connection with 1002.</source>
        <translation>常用扩展都没有定义 RSV3，所以它必须为 0。设置了它的帧会以 1002 使连接失败。</translation>
    </message>
    <message>
        <source>Four bits that say what the frame carries: 0x0 continuation, 0x1 text, 0x2 binary, 0x8 Close, 0x9 Ping, 0xA Pong. Opcodes from 0x8 up are control frames. The other values are reserved, and receiving one fails the connection.</source>
        <translation>四位，表示帧承载的内容：0x0 延续、0x1 文本、0x2 二进制、0x8 关闭（Close）、0x9 Ping、0xA Pong。0x8 及以上的操作码是控制帧。其余值为保留值，收到它们会使连接失败。</translation>
    </message>
    <message>
        <source>1 when the payload is masked with a 4-byte masking key. Every frame a client sends must be masked, and no frame a server sends may be; the receiver fails the connection otherwise.</source>
        <translation>为 1 时表示负载用 4 字节掩码密钥做了掩码。客户端发送的每个帧都必须掩码，服务端发送的帧都不得掩码；否则接收方会使连接失败。</translation>
    </message>
    <message>
        <source>Seven bits give the payload length. 0 to 125 is the length itself; 126 means the length follows in the next 16 bits; 127 means it follows in the next 64 bits. The shortest form must be used, so a 100-byte payload never uses 126.</source>
        <translation>七位给出负载长度。0 到 125 就是长度本身；126 表示长度在随后的 16 位中；127 表示长度在随后的 64 位中。必须使用最短的形式，所以 100 字节的负载绝不会使用 126。</translation>
    </message>
    <message>
        <source>Present when the 7-bit length is 126: the payload length as an unsigned 16-bit number in network byte order, for payloads of 126 to 65,535 bytes.</source>
        <translation>当 7 位长度为 126 时出现：以网络字节序表示的 16 位无符号负载长度，用于 126 到 65,535 字节的负载。</translation>
    </message>
    <message>
        <source>Present when the 7-bit length is 127: the payload length as an unsigned 64-bit number in network byte order, for payloads of 65,536 bytes or more. Its most significant bit must be 0.</source>
        <translation>当 7 位长度为 127 时出现：以网络字节序表示的 64 位无符号负载长度，用于 65,536 字节及以上的负载。其最高位必须为 0。</translation>
    </message>
    <message>
        <source>Four random bytes, new for every frame a client sends; payload byte i is XORed with key byte i mod 4. The key travels in clear, so masking hides nothing from an eavesdropper. It keeps a script from choosing the bytes on the wire, which could otherwise fool a proxy that reads them as HTTP into caching a forged response (cache poisoning).</source>
        <translation>四个随机字节，客户端每发送一帧都重新生成；负载第 i 个字节与密钥第 i mod 4 个字节做异或。密钥以明文传输，所以掩码对窃听者毫无隐藏作用。它的作用是让脚本无法决定线路上的字节，否则脚本可能骗过把这些字节当作 HTTP 解读的代理，使其缓存伪造的响应（缓存投毒）。</translation>
    </message>
    <message>
        <source>The payload as it crossed the wire, XORed with the masking key. XORing it again with the same key gives back the data.</source>
        <translation>线路上传输的负载，即与掩码密钥异或后的数据。用同一密钥再异或一次即可还原数据。</translation>
    </message>
    <message>
        <source>The application data: a message&apos;s text or bytes, or a control frame&apos;s body. For a compressed message it is deflate output. A control frame carries at most 125 bytes.</source>
        <translation>应用数据：消息的文本或字节，或控制帧的内容。对于压缩的消息，它是 deflate 的输出。控制帧最多携带 125 字节。</translation>
    </message>
    <message>
        <source>The first two bytes of a Close frame&apos;s payload: the close code, in network byte order. A Close frame may have no payload at all; the receiver then reports 1005.</source>
        <translation>关闭帧负载的前两个字节：以网络字节序表示的关闭码。关闭帧也可以完全没有负载，此时接收方报告 1005。</translation>
    </message>
    <message>
        <source>After the code, an optional reason in UTF-8, meant for people rather than programs. Code and reason must fit in 125 bytes, so the reason is at most 123 bytes.</source>
        <translation>关闭码之后是可选的 UTF-8 原因文字，是给人看的，而不是给程序用的。关闭码和原因合计不得超过 125 字节，所以原因最多 123 字节。</translation>
    </message>
    <message>
        <source>The payload of a Text message, which must be valid UTF-8 once the whole message is assembled. A character may be split across frames. Invalid UTF-8 fails the connection with 1007.</source>
        <translation>文本消息的负载，整条消息拼合后必须是有效的 UTF-8。一个字符可以被拆分到多个帧中。无效的 UTF-8 会以 1007 使连接失败。</translation>
    </message>
    <message>
        <source>The recorded bytes end before the frame does: its header announces more than was captured.</source>
        <translation>记录的字节在帧结束之前就已截止：帧头声明的长度多于实际捕获的字节。</translation>
    </message>
    <message>
        <source>Bytes recorded after this frame&apos;s payload. They belong to the next frame.</source>
        <translation>记录在本帧负载之后的字节，它们属于下一帧。</translation>
    </message>
    <message>
        <source>The client&apos;s HTTP GET with Upgrade: websocket, Connection: Upgrade, a fresh Sec-WebSocket-Key and Sec-WebSocket-Version: 13. Until the server&apos;s answer, the connection speaks plain HTTP/1.1.</source>
        <translation>客户端发出的 HTTP GET 请求，带有 Upgrade: websocket、Connection: Upgrade、新生成的 Sec-WebSocket-Key 和 Sec-WebSocket-Version: 13。在服务端应答之前，连接上说的是普通的 HTTP/1.1。</translation>
    </message>
    <message>
        <source>The server&apos;s answer. 101 Switching Protocols with the right Sec-WebSocket-Accept opens the connection, and from the next byte on both ends speak frames. Any other answer fails it.</source>
        <translation>服务端的应答。带有正确 Sec-WebSocket-Accept 的 101 Switching Protocols 打开连接，从下一个字节起双方都以帧通信。任何其他应答都会使连接失败。</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>请求行</translation>
    </message>
    <message>
        <source>Method, path and version: GET, the path and query of the ws:// URL, and HTTP/1.1. The name HTTP is case-sensitive, so it must be written in capitals.</source>
        <translation>方法、路径和版本：GET、ws:// URL 的路径和查询部分，以及 HTTP/1.1。HTTP 这个名称区分大小写，必须大写。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>The opening handshake is always a GET request. Any other method is not a WebSocket handshake.</source>
        <translation>开始握手总是一个 GET 请求。任何其他方法都不是 WebSocket 握手。</translation>
    </message>
    <message>
        <source>Request target</source>
        <translation>请求目标</translation>
    </message>
    <message>
        <source>The path and query of the ws:// or wss:// URL. A WebSocket URL has no #fragment.</source>
        <translation>ws:// 或 wss:// URL 的路径和查询部分。WebSocket URL 没有 #片段。</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>HTTP 版本</translation>
    </message>
    <message>
        <source>HTTP/1.1 or later, for its Upgrade mechanism. The name HTTP is case-sensitive: &quot;http/1.1&quot; is not a valid version.</source>
        <translation>HTTP/1.1 或更高版本，因为需要它的 Upgrade 机制。HTTP 这个名称区分大小写：“http/1.1”不是有效的版本。</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>状态行</translation>
    </message>
    <message>
        <source>Version, status code and reason phrase. Only &quot;HTTP/1.1 101 Switching Protocols&quot; opens the connection; 200, 403 or a redirect fails it.</source>
        <translation>版本、状态码和原因短语。只有“HTTP/1.1 101 Switching Protocols”能打开连接；200、403 或重定向都会使其失败。</translation>
    </message>
    <message>
        <source>101 Switching Protocols: the server agrees to leave HTTP and speak WebSocket on this connection. Any other code means the handshake failed.</source>
        <translation>101 Switching Protocols：服务端同意在这个连接上离开 HTTP，改说 WebSocket。任何其他状态码都表示握手失败。</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Words for people after the status code, usually &quot;Switching Protocols&quot;. Clients must not depend on them.</source>
        <translation>状态码之后给人看的文字，通常是“Switching Protocols”。客户端不得依赖它。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host（主机）</translation>
    </message>
    <message>
        <source>The host and port the request is for, as in every HTTP/1.1 request. It lets one server answer for several names.</source>
        <translation>请求所针对的主机和端口，每个 HTTP/1.1 请求都有。它让一台服务器可以为多个名称提供服务。</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade（升级）</translation>
    </message>
    <message>
        <source>Upgrade: websocket asks the server to switch this connection from HTTP to WebSocket, and the server&apos;s 101 answers with the same header. The value is not case-sensitive.</source>
        <translation>Upgrade: websocket 请求服务端把这个连接从 HTTP 切换到 WebSocket，服务端的 101 应答带有同样的头。该值不区分大小写。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection（连接）</translation>
    </message>
    <message>
        <source>Must list the token Upgrade, so that proxies know the Upgrade header is meant for this hop and must not be passed on. It may list other tokens too, such as keep-alive.</source>
        <translation>必须列出 Upgrade 标记，让代理知道 Upgrade 头只针对这一跳，不得转发。它也可以列出其他标记，例如 keep-alive。</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Browsers send the origin of the page that opened the connection. A server can refuse origins it does not trust with 403, so that other sites&apos; scripts cannot connect with the user&apos;s cookies. Other clients can send any origin, so it is not authentication.</source>
        <translation>浏览器会发送打开连接的页面的源。服务端可以用 403 拒绝不信任的源，使其他网站的脚本无法带着用户的 Cookie 建立连接。其他客户端可以发送任意源，所以它不是身份认证。</translation>
    </message>
    <message>
        <source>16 random bytes in base64, new for each connection. It is not a secret: the server&apos;s Accept built from it proves that the server understood a WebSocket request, and that no cache replayed an old answer.</source>
        <translation>16 个随机字节的 base64 编码，每个连接都重新生成。它不是秘密：服务端据此算出的 Accept 证明服务端理解了 WebSocket 请求，并且没有缓存重放旧的应答。</translation>
    </message>
    <message>
        <source>base64(SHA-1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)). The client computes the same value from the key it sent and fails the connection when they differ.</source>
        <translation>base64(SHA-1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11))。客户端用自己发送的密钥算出同样的值，两者不同就使连接失败。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Version</source>
        <translation>Sec-WebSocket-Version</translation>
    </message>
    <message>
        <source>Always 13, the version of RFC 6455. A server that does not speak the client&apos;s version answers 426 and lists the versions it supports.</source>
        <translation>总是 13，即 RFC 6455 的版本。不支持客户端版本的服务端应答 426，并列出它支持的版本。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Protocol</source>
        <translation>Sec-WebSocket-Protocol</translation>
    </message>
    <message>
        <source>The client lists the application protocols it can speak on top of WebSocket (for example graphql-ws); the server picks at most one and names it in its answer. A choice the client did not offer fails the connection.</source>
        <translation>客户端列出它能在 WebSocket 之上使用的应用协议（例如 graphql-ws）；服务端最多选择一个并在应答中写明。选择客户端未提供的协议会使连接失败。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Extensions</source>
        <translation>Sec-WebSocket-Extensions</translation>
    </message>
    <message>
        <source>The client offers extensions with their parameters, most often permessage-deflate; the server accepts some of them in its answer. Only accepted extensions are used, and they change how frames are encoded (RSV1).</source>
        <translation>客户端提出扩展及其参数，最常见的是 permessage-deflate；服务端在应答中接受其中一部分。只有被接受的扩展才会使用，它们会改变帧的编码方式（RSV1）。</translation>
    </message>
    <message>
        <source>readyState</source>
        <translation>readyState</translation>
    </message>
    <message>
        <source>The state of a WebSocket as a browser reports it: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED. It only moves forward; a closed WebSocket never reopens.</source>
        <translation>浏览器报告的 WebSocket 状态：0 CONNECTING、1 OPEN、2 CLOSING、3 CLOSED。它只会向前推进；已关闭的 WebSocket 不会重新打开。</translation>
    </message>
    <message>
        <source>TCP is connecting, TLS is negotiating or the opening handshake is under way. A browser refuses send() in this state.</source>
        <translation>TCP 正在连接、TLS 正在协商或开始握手正在进行。浏览器在此状态下拒绝 send()。</translation>
    </message>
    <message>
        <source>The server answered 101 and the client accepted its answer. Both ends may now send messages, pings and a Close at any time.</source>
        <translation>服务端应答了 101，客户端接受了该应答。现在双方都可以随时发送消息、Ping 和关闭帧。</translation>
    </message>
    <message>
        <source>close() was called or a Close frame arrived; the closing handshake is under way. Messages sent now are discarded, though bufferedAmount still counts them.</source>
        <translation>已调用 close() 或收到了关闭帧；关闭握手正在进行。此时发送的消息会被丢弃，但 bufferedAmount 仍会计入它们。</translation>
    </message>
    <message>
        <source>The connection is over: both Close frames were exchanged and TCP closed, or it failed, or it never opened. The close event reports the code, the reason and wasClean.</source>
        <translation>连接已结束：双方交换了关闭帧且 TCP 已关闭，或连接失败，或从未打开。close 事件报告关闭码、原因和 wasClean。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open（打开）</translation>
    </message>
    <message>
        <source>Fires when readyState becomes 1 OPEN: the server accepted the handshake and the client checked its answer. The chosen subprotocol and extensions are known from then on.</source>
        <translation>当 readyState 变为 1 OPEN 时触发：服务端接受了握手，客户端检查了它的应答。从此时起，选定的子协议和扩展即已确定。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message（消息）</translation>
    </message>
    <message>
        <source>Fires once for each complete message, however many frames carried it: text as a string, binary as a Blob or ArrayBuffer. Control frames never cause a message event.</source>
        <translation>每条完整的消息触发一次，无论它由多少帧承载：文本为字符串，二进制为 Blob 或 ArrayBuffer。控制帧从不引发 message 事件。</translation>
    </message>
    <message>
        <source>A control frame (0x9) asking the peer to answer with a Pong that carries the same payload, at most 125 bytes. It may come between the fragments of a message. Browsers answer pings themselves and tell scripts nothing.</source>
        <translation>一种控制帧（0x9），请求对端用携带相同负载（最多 125 字节）的 Pong 应答。它可以出现在一条消息的分片之间。浏览器自行应答 Ping，不通知脚本。</translation>
    </message>
    <message>
        <source>The answer to a Ping (0xA), carrying the Ping&apos;s payload. A Pong may also be sent unasked, as a one-way heartbeat, and needs no answer.</source>
        <translation>对 Ping 的应答（0xA），携带 Ping 的负载。Pong 也可以主动发送，作为单向心跳，不需要应答。</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close（关闭）</translation>
    </message>
    <message>
        <source>A Close frame (0x8) starts the closing handshake: the other end answers with its own Close, then the server closes TCP. The close event reports the code, the reason and wasClean, which is true only when the closing handshake completed.</source>
        <translation>关闭帧（0x8）开始关闭握手：另一端以自己的关闭帧应答，然后由服务端关闭 TCP。close 事件报告关闭码、原因和 wasClean，只有关闭握手完成时 wasClean 才为 true。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error（错误）</translation>
    </message>
    <message>
        <source>Something failed: the handshake, the network or the protocol. A browser&apos;s error event carries no detail and is followed by close, often with 1006; WsBench says what failed.</source>
        <translation>有东西失败了：握手、网络或协议。浏览器的 error 事件不带任何细节，随后是 close 事件，关闭码常为 1006；WsBench 会说明是什么失败了。</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>A message may be split into frames: the first carries the text or binary opcode with FIN 0, continuation frames (0x0) follow, and the last has FIN 1. Control frames may come between fragments, another message may not.</source>
        <translation>一条消息可以拆分成多个帧：第一帧携带文本或二进制操作码且 FIN 为 0，随后是延续帧（0x0），最后一帧 FIN 为 1。控制帧可以出现在分片之间，另一条消息则不可以。</translation>
    </message>
    <message>
        <source>bufferedAmount</source>
        <translation>bufferedAmount</translation>
    </message>
    <message>
        <source>The bytes of message data that send() accepted and the network has not taken yet: the UTF-8 length of text, the length of binary data, no frame headers. It grows when an application sends faster than the link or the peer reads, and drains as the socket hands bytes to the operating system. It does not reset when the connection closes.</source>
        <translation>send() 已接受但网络尚未取走的消息数据字节数：文本按 UTF-8 长度计，二进制按数据长度计，不含帧头。当应用发送得比链路或对端读取更快时它会增长，随着套接字把字节交给操作系统而回落。连接关闭时它不会清零。</translation>
    </message>
    <message>
        <source>The normal end of a connection whose work is done. It is the code to use when nothing went wrong.</source>
        <translation>连接完成了工作后的正常结束。一切正常时就用这个码。</translation>
    </message>
    <message>
        <source>The endpoint is going away: a server shutting down, or a browser leaving the page. Browsers send it when a page is unloaded.</source>
        <translation>端点即将离开：服务器正在关闭，或浏览器正在离开页面。浏览器在页面卸载时发送它。</translation>
    </message>
    <message>
        <source>The endpoint closes because the peer broke the protocol: a reserved bit or opcode, an unmasked client frame, a fragmented control frame and the like.</source>
        <translation>端点因对端违反协议而关闭：保留位或保留操作码、未掩码的客户端帧、分片的控制帧等。</translation>
    </message>
    <message>
        <source>The endpoint received a type of data it cannot accept, for example binary data when it only understands text.</source>
        <translation>端点收到了它无法接受的数据类型，例如它只理解文本时收到了二进制数据。</translation>
    </message>
    <message>
        <source>Reserved: a meaning may be defined for it later. It must not be sent.</source>
        <translation>保留：将来可能为它定义含义。不得发送。</translation>
    </message>
    <message>
        <source>No code was present: the Close frame received had no payload. It is never sent in a Close frame, because it only exists to give the API a number for &quot;the peer gave no code&quot;.</source>
        <translation>没有关闭码：收到的关闭帧没有负载。它从不出现在关闭帧中，因为它只是为了让 API 有一个数字来表示“对端没有给出关闭码”。</translation>
    </message>
    <message>
        <source>The connection ended without a Close frame: TCP dropped, or the peer crashed. It is never sent, because an endpoint that can still send a Close frame has not closed abnormally; the API reports it.</source>
        <translation>连接在没有关闭帧的情况下结束：TCP 断开，或对端崩溃。它从不被发送，因为还能发送关闭帧的端点并没有异常关闭；由 API 报告它。</translation>
    </message>
    <message>
        <source>A message&apos;s data did not match its type, most often a Text message that is not valid UTF-8.</source>
        <translation>消息的数据与其类型不符，最常见的是文本消息不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>A message broke the endpoint&apos;s policy. It is the generic code when no more specific one, such as 1003 or 1009, fits.</source>
        <translation>消息违反了端点的策略。当没有更具体的码（如 1003 或 1009）适用时，就用这个通用码。</translation>
    </message>
    <message>
        <source>A message was too big for the endpoint to process. WsBench&apos;s server sends it when a frame or a message passes its size limit.</source>
        <translation>消息太大，端点无法处理。当帧或消息超过大小限制时，WsBench 的服务端会发送它。</translation>
    </message>
    <message>
        <source>Sent by a client when the server did not accept an extension the client needs; the reason names it. A server fails the handshake instead.</source>
        <translation>当服务端没有接受客户端需要的扩展时由客户端发送；原因中写明该扩展。服务端则改为让握手失败。</translation>
    </message>
    <message>
        <source>The server met an unexpected condition that kept it from fulfilling the request.</source>
        <translation>服务端遇到了意外情况，无法完成请求。</translation>
    </message>
    <message>
        <source>The service is restarting. A client may reconnect, best after a random delay of a few seconds.</source>
        <translation>服务正在重启。客户端可以重新连接，最好先随机等待几秒。</translation>
    </message>
    <message>
        <source>The service is overloaded. The client should try again later, or another server.</source>
        <translation>服务过载。客户端应稍后重试，或换一台服务器。</translation>
    </message>
    <message>
        <source>The server is a gateway or proxy and received an invalid response from the server behind it.</source>
        <translation>服务端是网关或代理，它从后面的服务器收到了无效的响应。</translation>
    </message>
    <message>
        <source>The TLS handshake failed, for example because the certificate could not be verified. Like 1005 and 1006 it is never sent in a Close frame; the API reports it.</source>
        <translation>TLS 握手失败，例如证书无法验证。与 1005 和 1006 一样，它从不出现在关闭帧中；由 API 报告它。</translation>
    </message>
    <message>
        <source>&quot;http&quot; is not &quot;HTTP&quot;</source>
        <translation>“http”不是“HTTP”</translation>
    </message>
    <message>
        <source>The start line writes the HTTP version in lower case, but the name HTTP is case-sensitive (RFC 9112 §2.3); browsers fail such a handshake too.</source>
        <translation>起始行把 HTTP 版本写成了小写，但名称 HTTP 区分大小写（RFC 9112 §2.3）；浏览器同样会让这样的握手失败。</translation>
    </message>
    <message>
        <source>Space after colons</source>
        <translation>冒号后的空格</translation>
    </message>
    <message>
        <source>Pre-RFC headers</source>
        <translation>RFC 之前的头部</translation>
    </message>
    <message>
        <source>The whitespace after a header&apos;s colon is optional (RFC 9112 §5.1): &quot;Upgrade:websocket&quot; is as valid as &quot;Upgrade: websocket&quot;.</source>
        <translation>头部冒号后的空白是可选的（RFC 9112 §5.1）：“Upgrade:websocket”与“Upgrade: websocket”同样有效。</translation>
    </message>
    <message>
        <source>WebSocket-Location, WebSocket-Origin and their kin belong to the pre-RFC hixie drafts (hixie-76 and before); RFC 6455 peers ignore them.</source>
        <translation>WebSocket-Location、WebSocket-Origin 及同类头部属于 RFC 之前的 hixie 草案（hixie-76 及更早）；遵循 RFC 6455 的对端会忽略它们。</translation>
    </message>
    <message>
        <source>&quot;http&quot; must be &quot;HTTP&quot;: the name is case-sensitive (RFC 9112 §2.3). Browsers fail this handshake too.</source>
        <translation>“http”必须写成“HTTP”：该名称区分大小写（RFC 9112 §2.3）。浏览器同样会让这次握手失败。</translation>
    </message>
    <message>
        <source>A header has no space after its colon. Allowed: the whitespace is optional (RFC 9112 §5.1).</source>
        <translation>有头部的冒号后没有空格。这是允许的：该空白可选（RFC 9112 §5.1）。</translation>
    </message>
    <message>
        <source>A header of the pre-RFC hixie-76 protocol (such as WebSocket-Location or WebSocket-Origin). It has no effect.</source>
        <translation>这是 RFC 之前 hixie-76 协议的头部（如 WebSocket-Location 或 WebSocket-Origin），不起任何作用。</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>Is the interface in English? Any other language: no</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>Misbehaving: wrong Sec-WebSocket-Accept</source>
        <translation>故意违规：错误的 Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>The server answers with a Sec-WebSocket-Accept computed from another key. A client must compare it with the value of its own key and fail the connection when they differ, before any frame: the handshake fails and the connection never opens.</source>
        <translation>服务器返回的 Sec-WebSocket-Accept 是用另一个密钥算出的。客户端必须把它与自己密钥对应的值比较，不一致时在任何帧之前使连接失败：握手失败，连接不会打开。</translation>
    </message>
    <message>
        <source>Misbehaving: a status other than 101</source>
        <translation>故意违规：状态码不是 101</translation>
    </message>
    <message>
        <source>The server answers the upgrade with another status (403 unless set), keeping the 101&apos;s headers. Only 101 Switching Protocols opens a WebSocket; for any other status the client fails the handshake and may follow HTTP rules (a redirect, authentication).</source>
        <translation>服务器用另一个状态码（未设置时为 403）回应升级请求，但保留 101 的头部。只有 101 Switching Protocols 才能打开 WebSocket；遇到其他状态码，客户端使握手失败，并可按 HTTP 规则处理（重定向、认证）。</translation>
    </message>
    <message>
        <source>Misbehaving: a subprotocol that was not offered</source>
        <translation>故意违规：未提供过的子协议</translation>
    </message>
    <message>
        <source>The 101 names a subprotocol (wsbench.unoffered) that the client did not list in Sec-WebSocket-Protocol. The client must fail the connection: a server may only pick one of the client&apos;s values, or none.</source>
        <translation>101 响应给出了客户端没有在 Sec-WebSocket-Protocol 中列出的子协议（wsbench.unoffered）。客户端必须使连接失败：服务器只能从客户端给出的值中选一个，或者不选。</translation>
    </message>
    <message>
        <source>Misbehaving: an extension that was not offered</source>
        <translation>故意违规：未提供过的扩展</translation>
    </message>
    <message>
        <source>The 101 names an extension the client did not ask for: permessage-deflate when the client did not offer it, otherwise the unknown x-wsbench-unoffered. The client must fail the connection: a server may only accept extensions the client offered.</source>
        <translation>101 响应给出了客户端没有请求的扩展：客户端未提供 permessage-deflate 时就是它，否则是未知的 x-wsbench-unoffered。客户端必须使连接失败：服务器只能接受客户端提供过的扩展。</translation>
    </message>
    <message>
        <source>Misbehaving: a late 101</source>
        <translation>故意违规：迟到的 101</translation>
    </message>
    <message>
        <source>The server holds its 101 for the given milliseconds. Meanwhile the client stays CONNECTING (readyState 0) and may not send; a client with a handshake timeout shorter than the delay gives up. The server&apos;s own handshake timeout still applies.</source>
        <translation>服务器把 101 响应扣留指定的毫秒数。在此期间客户端保持 CONNECTING（readyState 0），不能发送；握手超时短于该延迟的客户端会放弃。服务器自身的握手超时仍然有效。</translation>
    </message>
    <message>
        <source>Misbehaving: no Pong</source>
        <translation>故意违规：不回 Pong</translation>
    </message>
    <message>
        <source>The server never answers a Ping. A Pong must answer every Ping as soon as is practical, so a client that checks liveness with Pings sees its pong timeout pass and closes the connection.</source>
        <translation>服务器从不回应 Ping。每个 Ping 都必须尽快得到 Pong 回应，因此用 Ping 检测存活的客户端会等到 Pong 超时，然后关闭连接。</translation>
    </message>
    <message>
        <source>Misbehaving: no Close reply</source>
        <translation>故意违规：不回 Close</translation>
    </message>
    <message>
        <source>The server receives the client&apos;s Close, does not answer it and keeps TCP open. The client waits for the Close within its close timeout, then closes TCP itself: the close is not clean, and the code is 1006.</source>
        <translation>服务器收到客户端的 Close 后不回应，并保持 TCP 打开。客户端在关闭超时内等待 Close，之后自行关闭 TCP：关闭不干净，关闭码为 1006。</translation>
    </message>
    <message>
        <source>Misbehaving: TCP closed without a Close frame</source>
        <translation>故意违规：不发 Close 帧就关闭 TCP</translation>
    </message>
    <message>
        <source>The server closes TCP without a closing handshake: on the first message it receives (value 0) or the given milliseconds after the open. The client sees the connection end without a Close frame: code 1006, not clean.</source>
        <translation>服务器不经关闭握手就关闭 TCP：在收到第一条消息时（值为 0），或在连接打开后指定的毫秒数。客户端看到连接在没有 Close 帧的情况下结束：关闭码 1006，不干净。</translation>
    </message>
    <message>
        <source>Misbehaving: reset in the middle of a message</source>
        <translation>故意违规：在消息中途重置连接</translation>
    </message>
    <message>
        <source>The server sends the first half of the first message&apos;s frame, then resets TCP (an RST, not a FIN). The client never gets the rest of the frame; its connection ends with 1006 and the partial message is never delivered.</source>
        <translation>服务器发送第一条消息的帧的前一半，然后重置 TCP（发送 RST，而不是 FIN）。客户端永远收不到帧的剩余部分；连接以 1006 结束，这条不完整的消息不会被交付。</translation>
    </message>
    <message>
        <source>Misbehaving: masked server frames</source>
        <translation>故意违规：服务器帧带掩码</translation>
    </message>
    <message>
        <source>Every frame the server sends is masked. A server must not mask, and a client that receives a masked frame fails the connection with 1002.</source>
        <translation>服务器发送的每一帧都带掩码。服务器不得使用掩码，收到带掩码帧的客户端以 1002 使连接失败。</translation>
    </message>
    <message>
        <source>Misbehaving: a reserved opcode</source>
        <translation>故意违规：保留的操作码</translation>
    </message>
    <message>
        <source>Every message goes out with the opcode 0x3, which is reserved for future non-control frames. A client that receives it fails the connection with 1002.</source>
        <translation>每条消息都以操作码 0x3 发送，该操作码保留给将来的非控制帧。收到它的客户端以 1002 使连接失败。</translation>
    </message>
    <message>
        <source>Misbehaving: every message fragmented</source>
        <translation>故意违规：每条消息都分片</translation>
    </message>
    <message>
        <source>Every message the server sends is split into the given number of frames: the first with its opcode, the others continuation frames, the last with FIN. This is allowed; a correct client receives the whole message intact.</source>
        <translation>服务器发送的每条消息都被拆成指定数量的帧：第一帧带消息的操作码，其余为延续帧，最后一帧设置 FIN。这是允许的；正确的客户端会完整收到整条消息。</translation>
    </message>
    <message>
        <source>Misbehaving: Pings between fragments</source>
        <translation>故意违规：分片之间插入 Ping</translation>
    </message>
    <message>
        <source>A Ping goes between the fragments of every message. Control frames may come in the middle of a fragmented message, so a correct client answers the Ping and still receives the message intact.</source>
        <translation>每条消息的分片之间插入一个 Ping。控制帧可以出现在分片消息的中间，因此正确的客户端会回应 Ping，并仍然完整收到消息。</translation>
    </message>
    <message>
        <source>Misbehaving: invalid UTF-8</source>
        <translation>故意违规：无效的 UTF-8</translation>
    </message>
    <message>
        <source>Every text message ends with bytes that are not UTF-8. A client must fail the connection with 1007 when a text message is not valid UTF-8.</source>
        <translation>每条文本消息的末尾都是非 UTF-8 字节。文本消息不是有效的 UTF-8 时，客户端必须以 1007 使连接失败。</translation>
    </message>
    <message>
        <source>Misbehaving: a hand-written 101</source>
        <translation>故意违规：手写的 101</translation>
    </message>
    <message>
        <source>The 101 is written as a hand-written server often writes it: &quot;http/1.1 101 Switching Protocols&quot; in lower case, &quot;Upgrade:websocket&quot; without a space, and a WebSocket-Location header left over from the pre-RFC hixie-76 protocol. HTTP&apos;s name is case-sensitive, so a browser fails the connection; the missing space is allowed, and WebSocket-Location has no effect.</source>
        <translation>101 响应按手写服务器常见的写法给出：小写的“http/1.1 101 Switching Protocols”、没有空格的“Upgrade:websocket”，以及 RFC 之前的 hixie-76 协议遗留的 WebSocket-Location 头。HTTP 这个名字区分大小写，所以浏览器会让连接失败；缺少空格是允许的，WebSocket-Location 没有任何作用。</translation>
    </message>
</context>
<context>
    <name>FlowExport</name>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>还没有可导出的内容。</translation>
    </message>
    <message>
        <source>Choose a file name that ends in .svg or .png.</source>
        <translation>请选择以 .svg 或 .png 结尾的文件名。</translation>
    </message>
    <message>
        <source>The diagram is too tall for a PNG (%1 pixels). Select a shorter range (Shift+click), or export SVG.</source>
        <translation>图太高，无法保存为 PNG（%1 像素）。请选择较短的范围（Shift+单击），或导出为 SVG。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>WebSocket flow diagram</source>
        <translation>WebSocket 流程图</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation>无法写入 %1：无法开始生成 SVG。</translation>
    </message>
    <message>
        <source>Not enough memory for a PNG of %1 × %2 pixels.</source>
        <translation>内存不足，无法生成 %1 × %2 像素的 PNG。</translation>
    </message>
</context>
<context>
    <name>FlowPainter</name>
    <message>
        <source>TCP connect</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制帧</translation>
    </message>
    <message>
        <source>Control between fragments</source>
        <translation>分片之间的控制帧</translation>
    </message>
    <message>
        <source>readyState</source>
        <translation>readyState</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>无关闭码</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>FIN=0</source>
        <translation>FIN=0</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <source>RSV1 (compressed)</source>
        <translation>RSV1（已压缩）</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1消息</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>已压缩</translation>
    </message>
    <message>
        <source>readyState %1</source>
        <translation>readyState %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 s later</source>
        <translation>%1 秒之后</translation>
    </message>
    <message>
        <source>The closing handshake, as %1 saw it</source>
        <translation>%1 所见的关闭握手</translation>
    </message>
    <message>
        <source>with no code</source>
        <translation>未带关闭码</translation>
    </message>
    <message>
        <source>with code %1 and no reason</source>
        <translation>关闭码 %1，没有原因</translation>
    </message>
    <message>
        <source>with code %1 and reason &quot;%2&quot;</source>
        <translation>关闭码 %1，原因“%2”</translation>
    </message>
    <message>
        <source>%1 sent Close first, %2.</source>
        <translation>%1 先发送了 Close，%2。</translation>
    </message>
    <message>
        <source>%1 sent no Close in reply.</source>
        <translation>%1 没有回应 Close。</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 回应了 Close，%2。</translation>
    </message>
    <message>
        <source>The close code is %1.</source>
        <translation>连接的关闭码是 %1。</translation>
    </message>
    <message>
        <source>wasClean is true.</source>
        <translation>wasClean 为 true。</translation>
    </message>
    <message>
        <source>wasClean is false.</source>
        <translation>wasClean 为 false。</translation>
    </message>
    <message>
        <source>1005 means the Close frame received carried no code.</source>
        <translation>1005 表示收到的 Close 帧没有携带关闭码。</translation>
    </message>
    <message>
        <source>1006 means no Close frame was received: the connection just ended.</source>
        <translation>1006 表示没有收到 Close 帧：连接直接断开了。</translation>
    </message>
</context>
<context>
    <name>HandshakeText</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>a browser fails the connection here</source>
        <translation>浏览器会在此处让连接失败</translation>
    </message>
    <message>
        <source>this ended the connection</source>
        <translation>连接在此终止</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>en</source>
        <comment>The language lesson files are shown in: en or zh</comment>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>reading paused</source>
        <translation>已暂停读取</translation>
    </message>
    <message>
        <source>writing paused</source>
        <translation>已暂停写入</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>MisbehaviourText</name>
    <message>
        <source>wrong Accept</source>
        <translation>错误的 Accept</translation>
    </message>
    <message>
        <source>status %1 instead of 101</source>
        <translation>状态码 %1 而非 101</translation>
    </message>
    <message>
        <source>subprotocol not offered</source>
        <translation>未提供过的子协议</translation>
    </message>
    <message>
        <source>extension not offered</source>
        <translation>未提供过的扩展</translation>
    </message>
    <message>
        <source>101 delayed by %1 ms</source>
        <translation>101 延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>no Pong</source>
        <translation>不回 Pong</translation>
    </message>
    <message>
        <source>no Close reply</source>
        <translation>不回 Close</translation>
    </message>
    <message>
        <source>TCP dropped on the first message</source>
        <translation>收到第一条消息时断开 TCP</translation>
    </message>
    <message>
        <source>TCP dropped %1 ms after the open</source>
        <translation>打开后 %1 毫秒断开 TCP</translation>
    </message>
    <message>
        <source>reset mid-message</source>
        <translation>消息中途重置</translation>
    </message>
    <message>
        <source>masked frames</source>
        <translation>帧带掩码</translation>
    </message>
    <message>
        <source>reserved opcode 0x3</source>
        <translation>保留操作码 0x3</translation>
    </message>
    <message>
        <source>Pings between fragments</source>
        <translation>分片之间插入 Ping</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>Misbehaving: %1</source>
        <translation>故意违规：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Behaving again: no rule of RFC 6455 is broken on purpose</source>
        <translation>恢复正常：不再故意违反 RFC 6455 的任何规则</translation>
    </message>
    <message>
        <source>Misbehaving on purpose: %1 of the frame&apos;s %2 bytes sent, then TCP reset</source>
        <translation>故意违规：发送了帧的 %2 字节中的 %1 字节，然后重置 TCP</translation>
    </message>
    <message>
        <source>Misbehaving on purpose: %1</source>
        <translation>故意违规：%1</translation>
    </message>
    <message>
        <source>%1 fragments</source>
        <translation>%1 个分片</translation>
    </message>
    <message>
        <source>a hand-written 101</source>
        <translation>手写的 101</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Recover the last session?</source>
        <translation>恢复上次的会话？</translation>
    </message>
    <message>
        <source>WsBench did not close normally last time. Open the session as it was autosaved?</source>
        <translation>WsBench 上次没有正常关闭。要打开自动保存的会话吗？</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Connecting to %1 through %2</source>
        <translation>正在通过 %2 连接 %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>TLS certificate verification is OFF (insecure)</source>
        <translation>TLS 证书验证已关闭（不安全）</translation>
    </message>
    <message>
        <source>TCP connected to %1</source>
        <translation>TCP 已连接到 %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS 已建立：%1，%2</translation>
    </message>
    <message>
        <source>Peer certificate %1: %2 (issuer %3, expires %4)</source>
        <translation>对端证书 %1：%2（签发者 %3，到期时间 %4）</translation>
    </message>
    <message>
        <source>Certificate problem allowed by an exception: %1</source>
        <translation>证书问题已被例外允许：%1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2 of %3)</source>
        <translation>%1 毫秒后重新连接（第 %2 次，共 %3 次）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Open; subprotocol %1</source>
        <translation>已打开；子协议 %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Idle for %1 ms; closing with 1001</source>
        <translation>已空闲 %1 毫秒；以 1001 关闭</translation>
    </message>
    <message>
        <source>Raw frame sent on request (may violate RFC 6455)</source>
        <translation>已按要求发送原始帧（可能违反 RFC 6455）</translation>
    </message>
    <message>
        <source>Using a generated self-signed certificate: %1</source>
        <translation>正在使用生成的自签名证书：%1</translation>
    </message>
    <message>
        <source>Listening on %1, not only on loopback: other machines can connect</source>
        <translation>正在 %1 上监听，而不只是回环地址：其他机器也能连接</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Accepted %1 as peer %2</source>
        <translation>已接受 %1，作为对端 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>干净关闭</translation>
    </message>
    <message>
        <source>not clean</source>
        <translation>非干净关闭</translation>
    </message>
    <message>
        <source>Over %1 bytes wait for this peer to read them: stopped reading from it until they drain (TCP holds its sends back)</source>
        <translation>有超过 %1 字节正等待该对端读取：在这些数据发完之前暂停读取它的数据（由 TCP 抑制它的发送）</translation>
    </message>
    <message>
        <source>%1 still buffered, never sent</source>
        <translation>仍有 %1 在缓冲区中，从未发出</translation>
    </message>
    <message numerus="yes">
        <source>Failed handshake checks: %n. Continuing anyway, as the option asks; a browser fails here: %1</source>
        <translation>
            <numerusform>握手检查失败 %n 项。已按选项要求继续连接；浏览器会在此处失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Link conditions off: a plain link</source>
        <translation>链路条件已关闭：普通链路</translation>
    </message>
    <message>
        <source>Link conditions: %1</source>
        <translation>链路条件：%1</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>connect with &quot;%1&quot;</source>
        <translation>用“%1”连接</translation>
    </message>
    <message>
        <source>send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>expect the message %1</source>
        <translation>期望收到消息 %1</translation>
    </message>
    <message>
        <source>expect a message matching /%1/</source>
        <translation>期望收到匹配 /%1/ 的消息</translation>
    </message>
    <message>
        <source>expect a message with %1 = %2</source>
        <translation>期望收到 %1 = %2 的消息</translation>
    </message>
    <message>
        <source>expect a reply with the same %1 as the message sent</source>
        <translation>期望收到 %1 与所发消息相同的回复</translation>
    </message>
    <message>
        <source>expect no message for %1 ms</source>
        <translation>期望 %1 毫秒内没有消息</translation>
    </message>
    <message>
        <source>ping and expect a Pong within %1 ms</source>
        <translation>发送 Ping，并期望 %1 毫秒内收到 Pong</translation>
    </message>
    <message>
        <source>close with %1</source>
        <translation>以 %1 关闭</translation>
    </message>
    <message>
        <source>expect the connection to close with %1</source>
        <translation>期望连接以 %1 关闭</translation>
    </message>
    <message>
        <source>expect the connection to close</source>
        <translation>期望连接关闭</translation>
    </message>
    <message>
        <source>wait %1 ms</source>
        <translation>等待 %1 毫秒</translation>
    </message>
    <message>
        <source>repeat %1 times</source>
        <translation>重复 %1 次</translation>
    </message>
    <message>
        <source>unroll the repeats</source>
        <translation>展开重复步骤</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>at most %1 steps</source>
        <translation>最多 %1 步</translation>
    </message>
    <message>
        <source>the connection opens within %1 ms</source>
        <translation>连接在 %1 毫秒内打开</translation>
    </message>
    <message>
        <source>an open connection</source>
        <translation>一个已打开的连接</translation>
    </message>
    <message>
        <source>a Pong within %1 ms</source>
        <translation>%1 毫秒内收到 Pong</translation>
    </message>
    <message>
        <source>the connection closed with %1</source>
        <translation>连接已关闭，关闭码 %1</translation>
    </message>
    <message>
        <source>closed with %1</source>
        <translation>已关闭，关闭码 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>more</source>
        <translation>更多步骤</translation>
    </message>
    <message>
        <source>the connection could not start (see the log)</source>
        <translation>连接无法开始（原因见日志）</translation>
    </message>
    <message>
        <source>still not open</source>
        <translation>仍未打开</translation>
    </message>
    <message>
        <source>no connect step before it</source>
        <translation>它之前没有连接步骤</translation>
    </message>
    <message>
        <source>no message within %1 ms</source>
        <translation>%1 毫秒内没有消息</translation>
    </message>
    <message>
        <source>%1 (the last message, after %2 ms)</source>
        <translation>%1（%2 毫秒内的最后一条消息）</translation>
    </message>
    <message>
        <source>no Pong</source>
        <translation>没有收到 Pong</translation>
    </message>
    <message>
        <source>still open after %1 ms</source>
        <translation>%1 毫秒后仍未关闭</translation>
    </message>
    <message>
        <source>■ stopped</source>
        <translation>■ 已停止</translation>
    </message>
    <message>
        <source>stopped before the step finished</source>
        <translation>步骤完成前已停止</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1 (at character %2)</source>
        <translation>正则表达式无法编译：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>the JSON Pointer %1 does not start with /</source>
        <translation>JSON Pointer %1 不以 / 开头</translation>
    </message>
    <message>
        <source>the message sent before it is not a JSON object or array, so it has no %1</source>
        <translation>之前发送的消息不是 JSON 对象或数组，因此没有 %1</translation>
    </message>
    <message>
        <source>the message sent before it has no %1</source>
        <translation>之前发送的消息没有 %1</translation>
    </message>
    <message>
        <source>no message can match it</source>
        <translation>没有消息能与之匹配</translation>
    </message>
    <message>
        <source>the message goes out on an open connection</source>
        <translation>消息在已打开的连接上发出</translation>
    </message>
    <message>
        <source>the message %1 within %2 ms</source>
        <translation>%2 毫秒内收到消息 %1</translation>
    </message>
    <message>
        <source>a message matching /%1/ within %2 ms</source>
        <translation>%2 毫秒内收到匹配 /%1/ 的消息</translation>
    </message>
    <message>
        <source>a message with %1 = %2 within %3 ms</source>
        <translation>%3 毫秒内收到 %1 = %2 的消息</translation>
    </message>
    <message>
        <source>a reply with the same %1 as the message sent, within %2 ms</source>
        <translation>%2 毫秒内收到 %1 与所发消息相同的回复</translation>
    </message>
    <message>
        <source>no message for %1 ms</source>
        <translation>%1 毫秒内没有消息</translation>
    </message>
    <message>
        <source>a Close with %1 goes out</source>
        <translation>以 %1 发出 Close 帧</translation>
    </message>
    <message>
        <source>the connection closes with %1 within %2 ms</source>
        <translation>连接在 %2 毫秒内以 %1 关闭</translation>
    </message>
    <message>
        <source>the connection closes within %1 ms</source>
        <translation>连接在 %1 毫秒内关闭</translation>
    </message>
    <message>
        <source>the connection stays open for %1 ms</source>
        <translation>连接保持打开 %1 毫秒</translation>
    </message>
    <message>
        <source>a client profile that can connect</source>
        <translation>一个可以用来连接的客户端配置</translation>
    </message>
    <message>
        <source>an expectation that a message can meet</source>
        <translation>一个消息能够满足的期望</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>send binary %1</source>
        <translation>发送二进制 %1</translation>
    </message>
    <message>
        <source>expect the binary message %1</source>
        <translation>期待二进制消息 %1</translation>
    </message>
    <message>
        <source>a binary message of those %1 bytes within %2 ms</source>
        <translation>%2 毫秒内收到恰为这 %1 个字节的二进制消息</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>  Every check of the %1:</source>
        <translation>  %1的全部检查：</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
</context>
<context>
    <name>TransportText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Short polling</source>
        <translation>短轮询</translation>
    </message>
    <message>
        <source>Long polling</source>
        <translation>长轮询</translation>
    </message>
    <message>
        <source>Server-Sent Events</source>
        <translation>服务器发送事件（SSE）</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>The client asks GET /poll?after=SEQ every poll interval, and the server answers at once, often with nothing new.</source>
        <translation>客户端每隔一个轮询间隔请求一次 GET /poll?after=SEQ，服务器立即应答，往往没有新数据。</translation>
    </message>
    <message>
        <source>The client asks GET /long-poll?after=SEQ; the server holds the request until an update exists (or 25 s pass), and the client asks again at once.</source>
        <translation>客户端请求 GET /long-poll?after=SEQ；服务器挂起该请求，直到有新的更新（或超过 25 秒），客户端随即再次请求。</translation>
    </message>
    <message>
        <source>One GET /sse whose text/event-stream response never ends: the server writes an &quot;id:&quot; and &quot;data:&quot; event per update.</source>
        <translation>一个 GET /sse 请求，其 text/event-stream 响应永不结束：服务器为每个更新写一个带“id:”和“data:”的事件。</translation>
    </message>
    <message>
        <source>One handshake, then the server pushes each update as a text frame with a 2-byte header.</source>
        <translation>一次握手，之后服务器把每个更新作为带 2 字节帧头的文本帧推送。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Bytes/update</source>
        <translation>字节/更新</translation>
    </message>
    <message>
        <source>Delay p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Delay p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>HTTP requests the server received during the run. A WebSocket or an event stream needs one for the whole run; short polling needs one per interval, new data or not.</source>
        <translation>运行期间服务器收到的 HTTP 请求数。WebSocket 或事件流整个运行只需一个；短轮询每个间隔都要一个，无论有没有新数据。</translation>
    </message>
    <message>
        <source>Bytes on the wire in both directions, HTTP headers and WebSocket handshake and frame headers included, as the server counted them, divided by the updates delivered.</source>
        <translation>服务器统计的双向线路字节数（包括 HTTP 头、WebSocket 握手和帧头），除以送达的更新数。</translation>
    </message>
    <message>
        <source>Half of the updates arrived within this time of being created (client and server read the same clock).</source>
        <translation>一半的更新在创建后这段时间内到达（客户端和服务器读取同一个时钟）。</translation>
    </message>
    <message>
        <source>95% of the updates arrived within this time of being created. Polling waits for the next poll; pushing sends at once.</source>
        <translation>95% 的更新在创建后这段时间内到达。轮询要等下一次请求；推送则立即发送。</translation>
    </message>
    <message>
        <source>Distinct updates the client received.</source>
        <translation>客户端收到的不同更新的数量。</translation>
    </message>
    <message>
        <source>Updates made during the run that never reached the client.</source>
        <translation>运行期间产生但始终没有到达客户端的更新。</translation>
    </message>
    <message>
        <source>Updates the client received more than once (by sequence number).</source>
        <translation>客户端收到不止一次的更新（按序号判断）。</translation>
    </message>
    <message>
        <source>Did not connect within 5 seconds.</source>
        <translation>5 秒内未能连接。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器以 HTTP 状态码 %1 应答。</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
    <message>
        <source>The connection ended during the run: %1</source>
        <translation>连接在运行期间结束：%1</translation>
    </message>
    <message>
        <source>The server sent something that is not an update: %1</source>
        <translation>服务器发来的内容不是更新：%1</translation>
    </message>
    <message>
        <source>The rate must be from 1 to %1 updates a second.</source>
        <translation>速率必须在每秒 1 到 %1 个更新之间。</translation>
    </message>
    <message>
        <source>The duration must be from 1 to %1 seconds.</source>
        <translation>时长必须在 1 到 %1 秒之间。</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 ms.</source>
        <translation>轮询间隔必须在 %1 到 %2 毫秒之间。</translation>
    </message>
    <message>
        <source>The demo server could not listen on loopback: %1</source>
        <translation>演示服务器无法在回环地址上监听：%1</translation>
    </message>
    <message>
        <source>The run was stopped.</source>
        <translation>运行已停止。</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ClientPane</name>
    <message>
        <source>ws:// or wss:// URL (Enter connects)</source>
        <translation>ws:// 或 wss:// 地址（按回车连接）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>首部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>添加首部</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>chat, superchat</source>
        <translation>chat, superchat</translation>
    </message>
    <message>
        <source>Offer permessage-deflate</source>
        <translation>请求 permessage-deflate 压缩</translation>
    </message>
    <message>
        <source>Answer pings automatically</source>
        <translation>自动回复 Ping</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Not connected. Enter a URL and press Connect.</source>
        <translation>未连接。输入地址后点击“连接”。</translation>
    </message>
    <message>
        <source>System CAs</source>
        <translation>系统 CA</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>verification OFF</source>
        <translation>不验证证书</translation>
    </message>
    <message>
        <source>verification on</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>This value was not saved with the session. Enter it again; until then the header is not sent.</source>
        <translation>此值未随会话保存。请重新输入；在此之前不会发送该请求头。</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not understood; use http://host:port or socks5://host:port.</source>
        <translation>无法识别代理“%1”；请使用 http://主机:端口 或 socks5://主机:端口。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The Origin header to send. A browser always sends its page&apos;s origin; leave it empty to connect as a non-browser client does.</source>
        <translation>要发送的 Origin 头。浏览器总会发送其页面的源；留空则像非浏览器客户端那样连接。</translation>
    </message>
    <message>
        <source>bufferedAmount %1</source>
        <translation>bufferedAmount %1</translation>
    </message>
    <message>
        <source>open for %1 s · ↑ %2 (%3) · ↓ %4 (%5)</source>
        <translation>已打开 %1 秒 · ↑ %2（%3）· ↓ %4（%5）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>bufferedAmount now: %1.</source>
        <translation>当前 bufferedAmount：%1。</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <source>CONTINUES DESPITE HANDSHAKE ERRORS</source>
        <translation>握手出错仍继续</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::Composer</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>二进制（十六进制）</translation>
    </message>
    <message>
        <source>Binary (base64)</source>
        <translation>二进制（base64）</translation>
    </message>
    <message>
        <source>Binary (file)</source>
        <translation>二进制（文件）</translation>
    </message>
    <message>
        <source>How the editor&apos;s content becomes the message</source>
        <translation>编辑器内容如何变成消息</translation>
    </message>
    <message>
        <source>Message to send (Ctrl+Enter sends)</source>
        <translation>要发送的消息（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Fragments: </source>
        <translation>分片数：</translation>
    </message>
    <message>
        <source>Send the message as this many frames (RFC 6455 §5.4)</source>
        <translation>把消息拆成这么多个帧发送（RFC 6455 §5.4）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>发送消息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Send a Ping with the editor&apos;s text as its payload (at most 125 bytes)</source>
        <translation>发送 Ping，载荷为编辑器中的文本（最多 125 字节）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Recent messages (Ctrl+Up and Ctrl+Down in the editor)</source>
        <translation>最近的消息（在编辑器中按 Ctrl+↑ 和 Ctrl+↓）</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无关闭码）</translation>
    </message>
    <message>
        <source>Close code; type any number to send another one</source>
        <translation>关闭码；可输入任意数字发送其他关闭码</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Raw frame</source>
        <translation>原始帧</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <source>Shortest length</source>
        <translation>最短长度编码</translation>
    </message>
    <message>
        <source>7-bit length</source>
        <translation>7 位长度</translation>
    </message>
    <message>
        <source>16-bit length</source>
        <translation>16 位长度</translation>
    </message>
    <message>
        <source>64-bit length</source>
        <translation>64 位长度</translation>
    </message>
    <message>
        <source>A raw frame is sent exactly as set here, even when it breaks RFC 6455. The peer may close the connection.</source>
        <translation>原始帧完全按这里的设置发送，即使它违反 RFC 6455。对端可能因此关闭连接。</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <source>Not a hex digit at position %1: &quot;%2&quot;</source>
        <translation>第 %1 个位置不是十六进制数字：“%2”</translation>
    </message>
    <message>
        <source>Hex needs an even number of digits; there are %1.</source>
        <translation>十六进制需要偶数个数字；现在有 %1 个。</translation>
    </message>
    <message>
        <source>Not valid base64.</source>
        <translation>不是有效的 base64。</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>This frame is sent exactly as set, even if it breaks RFC 6455. Send again to send it anyway.</source>
        <translation>此帧将完全按设置发送，即使它违反 RFC 6455。再次点击“发送”即可照常发送。</translation>
    </message>
    <message>
        <source>A Ping carries at most 125 bytes (RFC 6455 §5.5); this one has %1.</source>
        <translation>Ping 最多携带 125 字节（RFC 6455 §5.5）；当前为 %1 字节。</translation>
    </message>
    <message>
        <source>A close code is a number from 0 to 65535.</source>
        <translation>关闭码是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>A close reason fits in 123 bytes of UTF-8; this one has %1.</source>
        <translation>关闭原因最多 123 字节 UTF-8；当前为 %1 字节。</translation>
    </message>
    <message>
        <source>A Close frame with no code; the peer reports 1005.</source>
        <translation>不带关闭码的 Close 帧；对端会报告 1005。</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>文件超过 64 MiB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Check the JSON and pretty-print it; keys, numbers and escapes stay as written</source>
        <translation>检查 JSON 并美化排版；键、数字和转义保持原样</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Check the JSON and remove the white space between its tokens</source>
        <translation>检查 JSON 并去掉词法单元之间的空白</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ConnectionSettingsDialog</name>
    <message>
        <source>Accept any certificate (insecure)</source>
        <translation>接受任何证书（不安全）</translation>
    </message>
    <message>
        <source>Certificate errors are recorded in the log but do not stop the connection</source>
        <translation>证书错误会记入日志，但不会中断连接</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>地址中的主机</translation>
    </message>
    <message>
        <source>TLS (wss://)</source>
        <translation>TLS（wss://）</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM 文件 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx)</source>
        <translation>证书 (*.pem *.crt *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key)</source>
        <translation>PEM 私钥 (*.pem *.key)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>私钥口令</translation>
    </message>
    <message>
        <source>Verify as host</source>
        <translation>按此主机名验证</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Continue despite handshake errors</source>
        <translation>握手出错仍继续</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <source>Open the connection even when the server&apos;s 101 response fails checks that a browser makes (a wrong Accept, a lower-case &quot;http&quot;, …), to see what the server does next. The log notes it every time. A status other than 101 still fails.</source>
        <translation>即使服务器的 101 响应未通过浏览器会做的检查（错误的 Accept、小写的“http”等），也打开连接，以便观察服务器接下来的行为。日志每次都会记下这一点。状态码不是 101 时仍会失败。</translation>
    </message>
    <message>
        <source>Opening handshake</source>
        <translation>打开握手</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::DetailView</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of binary data; see the Hex tab.</source>
        <translation>
            <numerusform>%n 字节二进制数据；请查看“十六进制”页。</numerusform>
        </translation>
    </message>
    <message>
        <source>As the engine reported it: %1</source>
        <translation>引擎报告的原文：%1</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ExplainPanel</name>
    <message>
        <source>Select a row of the log, a field of a frame or an arrow of the flow diagram to see what it means and where the protocol defines it.</source>
        <translation>选择日志中的一行、帧的一个字段或流程图中的一个箭头，查看它的含义以及协议在哪里定义了它。</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::FieldTreeModel</name>
    <message>
        <source>byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>第 %1–%2 字节</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::FlowCanvas</name>
    <message>
        <source>Nothing has happened on this connection yet</source>
        <translation>此连接上还没有发生任何事情</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::FlowView</name>
    <message>
        <source>Compressed time</source>
        <translation>压缩时间</translation>
    </message>
    <message>
        <source>Time to scale</source>
        <translation>按比例的时间</translation>
    </message>
    <message>
        <source>Compressed: one row per event, long pauses folded into a marked break. To scale: the distance between rows shows the time.</source>
        <translation>压缩：每个事件一行，较长的停顿折叠为带标记的间断。按比例：行与行之间的距离表示时间。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the diagram, or the selected range (Shift+click), as SVG or PNG</source>
        <translation>将整张图或所选范围（Shift+单击）保存为 SVG 或 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export flow diagram</source>
        <translation>导出流程图</translation>
    </message>
    <message>
        <source>Flow: loopback pair</source>
        <translation>流程图：本机回环对</translation>
    </message>
    <message>
        <source>Client (ours)</source>
        <translation>客户端（本机）</translation>
    </message>
    <message>
        <source>Server (ours)</source>
        <translation>服务器（本机）</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::FrameInspector</name>
    <message>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>Select a frame or a message in the log to see its fields.</source>
        <translation>在日志中选择一个帧或消息以查看其字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) on the wire</source>
        <translation>
            <numerusform>线路上共 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>the payload is compressed (permessage-deflate); the message inflates to: %1</source>
        <translation>载荷已压缩（permessage-deflate）；解压后的消息：%1</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::HandshakeInspector</name>
    <message>
        <source>Header</source>
        <translation>首部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求首部</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应首部</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept, step by step</source>
        <translation>Sec-WebSocket-Accept 逐步计算</translation>
    </message>
    <message>
        <source>1. Key sent by the client</source>
        <translation>1. 客户端发送的密钥</translation>
    </message>
    <message>
        <source>2. Key + GUID</source>
        <translation>2. 密钥 + GUID</translation>
    </message>
    <message>
        <source>3. SHA-1 (hex)</source>
        <translation>3. SHA-1（十六进制）</translation>
    </message>
    <message>
        <source>4. Base64 = expected Accept</source>
        <translation>4. Base64 = 期望的 Accept</translation>
    </message>
    <message>
        <source>5. Accept sent by the server</source>
        <translation>5. 服务器发送的 Accept</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>协商结果</translation>
    </message>
    <message>
        <source>(no request recorded yet)</source>
        <translation>（尚未记录请求）</translation>
    </message>
    <message>
        <source>(no response yet)</source>
        <translation>（尚无响应）</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚未记录任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>all %n pass</source>
        <translation>
            <numerusform>全部 %n 项通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for both sides of the handshake.</source>
        <translation>等待握手的双方。</translation>
    </message>
    <message>
        <source>✓ The server&apos;s Accept matches: it read this client&apos;s key.</source>
        <translation>✓ 服务器的 Accept 匹配：它确实读取了本客户端的密钥。</translation>
    </message>
    <message>
        <source>✗ The server&apos;s Accept does not match the expected value; a browser fails this connection.</source>
        <translation>✗ 服务器的 Accept 与期望值不符；浏览器会让此连接失败。</translation>
    </message>
    <message>
        <source>no subprotocol</source>
        <translation>无子协议</translation>
    </message>
    <message>
        <source>subprotocol &quot;%1&quot;</source>
        <translation>子协议“%1”</translation>
    </message>
    <message>
        <source>permessage-deflate (client window %1 bits%2, server window %3 bits%4)</source>
        <translation>permessage-deflate（客户端窗口 %1 位%2，服务器窗口 %3 位%4）</translation>
    </message>
    <message>
        <source>, no context takeover</source>
        <translation>，不保留上下文</translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation>无扩展</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n noted</source>
        <translation>
            <numerusform>%n 项提示</numerusform>
        </translation>
    </message>
    <message>
        <source>! Opened only because &quot;Continue despite handshake errors&quot; is on. A browser fails here: %1</source>
        <translation>! 仅因开启了“握手出错仍继续”才打开连接。浏览器会在此处失败：%1</translation>
    </message>
    <message>
        <source>✗ The connection failed here: %1</source>
        <translation>✗ 连接在此失败：%1</translation>
    </message>
    <message>
        <source>✓ Every check passed.</source>
        <translation>✓ 全部检查通过。</translation>
    </message>
    <message>
        <source>Step 5 equals step 4, but the handshake failed on another check (%1).</source>
        <translation>第 5 步与第 4 步相同，但握手在另一项检查上失败（%1）。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Accept, step by step</source>
        <translation>Accept 逐步计算</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::InspectorPanel</name>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程图</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LessonPanel</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Each lesson opens the tabs it needs and walks through one concept on live traffic.</source>
        <translation>每节课会打开它需要的标签页，在真实流量上讲解一个概念。</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s tabs and begin at its first step (again).</source>
        <translation>打开本课的标签页，从第一步（重新）开始。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Add a lesson from a file (*.json).</source>
        <translation>从文件（*.json）添加一节课。</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>课程（*.json）</translation>
    </message>
    <message>
        <source>Do what this step describes, in the lesson&apos;s tabs. You may also do it yourself with the tabs&apos; own buttons.</source>
        <translation>在本课的标签页中完成这一步所描述的操作。你也可以用标签页自己的按钮亲手完成。</translation>
    </message>
    <message>
        <source>Go on once this step has happened.</source>
        <translation>这一步完成后继续。</translation>
    </message>
    <message>
        <source>Go back one step.</source>
        <translation>返回上一步。</translation>
    </message>
    <message>
        <source>The lesson could not start: %1</source>
        <translation>课程无法开始：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lesson: %2</source>
        <translation>“%1”不是课程文件：%2</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson and press &lt;b&gt;Start&lt;/b&gt;. Each lesson opens the tabs it needs, walks you through one concept on live traffic, and checks that each step really happened.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一节课并按 &lt;b&gt;开始&lt;/b&gt;。每节课会打开它需要的标签页，在真实流量上带你理解一个概念，并检查每一步是否真的发生了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>等待：%1</translation>
    </message>
    <message>
        <source>Press &quot;Do it&quot;.</source>
        <translation>请按“执行”。</translation>
    </message>
    <message>
        <source>Doing it… %1</source>
        <translation>正在执行… %1</translation>
    </message>
    <message>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>This was the last step of the lesson.</source>
        <translation>这是本课的最后一步。</translation>
    </message>
    <message>
        <source>✗ It has not happened: %1 Press &quot;Do it&quot; to try again.</source>
        <translation>✗ 尚未发生：%1 按“执行”再试一次。</translation>
    </message>
    <message>
        <source>✗ This could not be done: %1</source>
        <translation>✗ 无法完成：%1</translation>
    </message>
    <message>
        <source>The measurement was stopped.</source>
        <translation>测量已停止。</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LibraryPanel</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source> ms between</source>
        <translation> 毫秒间隔</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Send the selected messages this many times</source>
        <translation>把所选消息发送这么多遍</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the selected messages to the current tab (Ctrl+Shift+Enter, or a double-click)</source>
        <translation>把所选消息发送到当前标签页（Ctrl+Shift+Enter 或双击）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LinkControl</name>
    <message>
        <source>This connection runs over a simulated slow or stalled link. Change it with the Link button.</source>
        <translation>此连接运行在模拟的慢速或停滞链路上。用“链路”按钮更改。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Simulate a slow or stalled link: latency, a bandwidth cap, pause reading or writing. Changes apply at once, also while connected.</source>
        <translation>模拟慢速或停滞的链路：延迟、带宽上限、暂停读取或写入。更改立即生效，连接中也是如此。</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>链路：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LinkForm</name>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Added delay, each way: what we send reaches the network this much later, and what arrives reaches the connection this much later.</source>
        <translation>每个方向增加的延迟：我们发送的数据晚这么久到达网络，收到的数据晚这么久到达连接。</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不限速</translation>
    </message>
    <message>
        <source>A bandwidth cap, each way (a token bucket with a tenth of a second&apos;s burst). Bytes waiting for it are not sent yet, so they count in bufferedAmount.</source>
        <translation>每个方向的带宽上限（令牌桶，突发量为十分之一秒的流量）。等待它的字节尚未发送，因此计入 bufferedAmount。</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation>暂停读取</translation>
    </message>
    <message>
        <source>Stop reading the socket: the peer&apos;s sends back up in its bufferedAmount and the TCP window, as with a stalled reader.</source>
        <translation>停止读取套接字：对端发送的数据积压在它的 bufferedAmount 和 TCP 窗口中，就像遇到停滞的读取方。</translation>
    </message>
    <message>
        <source>Pause writing</source>
        <translation>暂停写入</translation>
    </message>
    <message>
        <source>Stop writing to the socket: what we send waits, and our bufferedAmount grows until writing resumes.</source>
        <translation>停止写入套接字：我们发送的数据等待，我们的 bufferedAmount 增长，直到恢复写入。</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LivePlot</name>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>messages in each second</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Since the connection opened</source>
        <translation>自连接打开以来</translation>
    </message>
    <message>
        <source>How much time the plot shows</source>
        <translation>图表显示的时间范围</translation>
    </message>
    <message>
        <source>Hold the plot still; samples are still taken</source>
        <translation>让图表保持不动；采样仍在继续</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>bufferedAmount (%1)</source>
        <translation>bufferedAmount（%1）</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LogModel</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>第 %1 个字符处正则表达式无效：%2</translation>
    </message>
    <message>
        <source>(no longer in memory)</source>
        <translation>（已不在内存中）</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无关闭码）</translation>
    </message>
    <message>
        <source>%1 µs after the first record</source>
        <translation>第一条记录之后 %1 微秒</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>Δ (ms)</source>
        <translation>Δ（毫秒）</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>[compressed] %1 → %2</source>
        <translation>[已压缩] %1 → %2</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LogView</name>
    <message>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>← Received</source>
        <translation>← 收到</translation>
    </message>
    <message>
        <source>→ Sent</source>
        <translation>→ 发出</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>Control frames</source>
        <translation>控制帧</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Show control frames, fragments, state changes, handshakes and errors as well as messages</source>
        <translation>除消息外，也显示控制帧、分片、状态变化、握手和错误</translation>
    </message>
    <message>
        <source>Filter: regular expression over the whole payload</source>
        <translation>过滤：对完整载荷使用正则表达式</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest record in view</source>
        <translation>始终显示最新记录</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Jump to the newest record (End)</source>
        <translation>跳到最新记录（End）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the log view (the recording is kept)</source>
        <translation>清空日志视图（记录仍保留）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected rows (Ctrl+C)</source>
        <translation>复制所选行（Ctrl+C）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>正在过滤…</translation>
    </message>
    <message numerus="yes">
        <source>%n older record(s) evicted from memory</source>
        <translation>
            <numerusform>%n 条较早的记录已移出内存</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>仅 %1 ✕</translation>
    </message>
    <message>
        <source>The log shows only %1; click to show every peer again</source>
        <translation>日志只显示 %1；点击重新显示所有对端</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n 条匹配，用时 %1 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::MainWindow</name>
    <message>
        <source>WsBench</source>
        <translation>WsBench</translation>
    </message>
    <message>
        <source>New &amp;client</source>
        <translation>新建客户端(&amp;C)</translation>
    </message>
    <message>
        <source>Open a WebSocket client (Ctrl+N)</source>
        <translation>打开一个 WebSocket 客户端（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;server</source>
        <translation>新建服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Open a WebSocket server (Ctrl+Shift+N)</source>
        <translation>打开一个 WebSocket 服务器（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Loopback pair</source>
        <translation>本机回环对(&amp;L)</translation>
    </message>
    <message>
        <source>Start an echo server on this machine and connect a client to it (Ctrl+L)</source>
        <translation>在本机启动回显服务器并连接一个客户端（Ctrl+L）</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About WsBench</source>
        <translation>关于 WsBench(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n record(s)</source>
        <translation>
            <numerusform>已记录：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest evicted (memory cap)</source>
        <translation>
            <numerusform>已移出最早的 %n 条（内存上限）</numerusform>
        </translation>
    </message>
    <message>
        <source>About WsBench</source>
        <translation>关于 WsBench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WsBench %1&lt;/h3&gt;&lt;p&gt;A workbench for WebSocket: client, server, handshake and frame inspectors.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WsBench %1&lt;/h3&gt;&lt;p&gt;WebSocket 工作台：客户端、服务器、握手与帧检查器。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export HAR…</source>
        <translation>导出 HAR(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the current tab&apos;s connections as a HAR file, as Chrome DevTools writes it</source>
        <translation>把当前标签页的连接保存为 HAR 文件，格式与 Chrome 开发者工具相同</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>导入 HAR(&amp;I)…</translation>
    </message>
    <message>
        <source>Replay a HAR file&apos;s WebSocket messages as a client, or answer like its server</source>
        <translation>以客户端重放 HAR 文件中的 WebSocket 消息，或像原服务器一样应答</translation>
    </message>
    <message>
        <source>Open a client or a server tab first.</source>
        <translation>请先打开一个客户端或服务器标签页。</translation>
    </message>
    <message>
        <source>This tab has no WebSocket connection to export yet.</source>
        <translation>此标签页还没有可导出的 WebSocket 连接。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a HAR file WsBench can read: %2</source>
        <translation>%1 不是 WsBench 能读取的 HAR 文件：%2</translation>
    </message>
    <message>
        <source>%1 has no WebSocket connection.</source>
        <translation>%1 中没有 WebSocket 连接。</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>导出 HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR 文件 (*.har)</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>导入 HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json)</source>
        <translation>HAR 文件 (*.har *.json)</translation>
    </message>
    <message>
        <source>What should WsBench do with the recorded connection?</source>
        <translation>要如何使用这个录制的连接？</translation>
    </message>
    <message>
        <source>Replay it as a client</source>
        <translation>作为客户端重放</translation>
    </message>
    <message>
        <source>Answer like its server</source>
        <translation>像原服务器一样应答</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>WsBench — %1</source>
        <translation>WsBench — %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>WsBench sessions (*.wsbench)</source>
        <translation>WsBench 会话 (*.wsbench)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Record as &amp;scenario</source>
        <translation>录制为场景(&amp;S)</translation>
    </message>
    <message>
        <source>Turn what the current client tab did into a scenario</source>
        <translation>把当前客户端标签页的操作变成一个场景</translation>
    </message>
    <message>
        <source>Record as scenario</source>
        <translation>录制为场景</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Connect a client tab and exchange a few messages first.</source>
        <translation>请先连接一个客户端标签页并收发几条消息。</translation>
    </message>
    <message>
        <source>Recorded from %1</source>
        <translation>录制自 %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>消息库</translation>
    </message>
    <message>
        <source>&amp;Add message to library</source>
        <translation>添加消息到消息库(&amp;A)</translation>
    </message>
    <message>
        <source>Save the current tab&apos;s composer text in the library</source>
        <translation>把当前标签页编写区的文本存入消息库</translation>
    </message>
    <message>
        <source>Write a message in the composer first.</source>
        <translation>请先在编写区写一条消息。</translation>
    </message>
    <message>
        <source>Save session with &amp;traffic</source>
        <translation>保存会话及流量(&amp;T)</translation>
    </message>
    <message>
        <source>Also keep the recorded traffic beside the session, in FILE.traffic.jsonl (the session file itself never holds it)</source>
        <translation>同时把录制的流量保存在会话旁的 FILE.traffic.jsonl 中（会话文件本身从不包含流量）</translation>
    </message>
    <message>
        <source>Export HAR of the &amp;selected connection…</source>
        <translation>导出所选连接的 HAR(&amp;S)…</translation>
    </message>
    <message>
        <source>The environment whose variables fill {{name}} in URLs, headers and messages</source>
        <translation>用哪个环境的变量填充地址、首部和消息中的 {{name}}</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>无环境</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message>
        <source>The session file does not hold these secrets. Enter them again before you connect; until then they are not sent:</source>
        <translation>会话文件中没有保存以下机密信息。请在连接前重新输入；在此之前不会发送它们：</translation>
    </message>
    <message>
        <source>Secrets to enter again</source>
        <translation>需要重新输入的机密信息</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be kept in the system keychain (%1) and are not in the file: enter them again after opening it.</source>
        <translation>
            <numerusform>%n 项机密信息无法保存到系统钥匙串（%1），也未写入文件：打开会话后请重新输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>The client tab has not sent or received a message yet.</source>
        <translation>客户端标签页尚未发送或收到任何消息。</translation>
    </message>
    <message>
        <source>%1 was opened to %2.</source>
        <translation>%1 记录的是到 %2 的连接。</translation>
    </message>
    <message numerus="yes">
        <source>The client sent %n message(s)</source>
        <translation>
            <numerusform>客户端发送了 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and received %n.</source>
        <translation>
            <numerusform>并收到 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n WebSocket connections; the first one is used.</source>
        <translation>
            <numerusform>文件包含 %n 个 WebSocket 连接；将使用第一个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect to %1 and send the %n recorded message(s) with their timing</source>
        <translation>
            <numerusform>连接到 %1，并按原有时间间隔发送录制的 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listen with the recorded handshake and answer as the server did (%n recorded message(s))</source>
        <translation>
            <numerusform>按录制的握手监听，并像原服务器那样应答（录制的 %n 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>The mock server could not start; its tab says why.</source>
        <translation>模拟服务器无法启动；原因见其标签页。</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>内存中 %1</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <source>&amp;What is this?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Explain the selected log row, frame field or flow arrow, with its RFC section (F1)</source>
        <translation>解释选中的日志行、帧字段或流程箭头，并给出其 RFC 章节（F1）</translation>
    </message>
    <message>
        <source>WebSocket in &amp;five minutes</source>
        <translation>五分钟了解 WebSocket(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Polling vs WebSocket, measured…</source>
        <translation>实测轮询与 WebSocket(&amp;P)…</translation>
    </message>
    <message>
        <source>Serve one stream of updates by short polling, long polling, Server-Sent Events and WebSocket at once, and compare requests, bytes and delay</source>
        <translation>同时用短轮询、长轮询、服务器发送事件和 WebSocket 提供同一个更新流，并比较请求数、字节数和延迟</translation>
    </message>
    <message>
        <source>Guided lessons on live traffic: the handshake, readyState, bufferedAmount, masking, heartbeats, closing, broadcast, a sloppy server, and polling against WebSocket (Ctrl+Shift+L)</source>
        <translation>在真实流量上的引导课程：握手、readyState、bufferedAmount、掩码、心跳、关闭、广播、马虎的服务器，以及轮询与 WebSocket 的对比（Ctrl+Shift+L）</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::MisbehaveButton</name>
    <message>
        <source>Wrong Sec-WebSocket-Accept</source>
        <translation>错误的 Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>Status instead of 101</source>
        <translation>用其他状态码代替 101</translation>
    </message>
    <message>
        <source>Subprotocol not offered</source>
        <translation>未提供过的子协议</translation>
    </message>
    <message>
        <source>Extension not offered</source>
        <translation>未提供过的扩展</translation>
    </message>
    <message>
        <source>Delay the 101</source>
        <translation>延迟 101</translation>
    </message>
    <message>
        <source>Never answer a Ping</source>
        <translation>从不回应 Ping</translation>
    </message>
    <message>
        <source>Never answer a Close</source>
        <translation>从不回应 Close</translation>
    </message>
    <message>
        <source>Close TCP without a Close frame</source>
        <translation>不发 Close 帧就关闭 TCP</translation>
    </message>
    <message>
        <source>Reset TCP in the middle of a message</source>
        <translation>在消息中途重置 TCP</translation>
    </message>
    <message>
        <source>Mask every frame</source>
        <translation>每一帧都加掩码</translation>
    </message>
    <message>
        <source>Reserved opcode 0x3</source>
        <translation>保留操作码 0x3</translation>
    </message>
    <message>
        <source>Split every message into</source>
        <translation>每条消息拆成</translation>
    </message>
    <message>
        <source>Ping between fragments</source>
        <translation>分片之间插入 Ping</translation>
    </message>
    <message>
        <source>Invalid UTF-8 in text messages</source>
        <translation>文本消息中含无效 UTF-8</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> ms after the open</source>
        <translation> 毫秒（打开后）</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <source>Misbehave</source>
        <translation>故意违规</translation>
    </message>
    <message>
        <source>Break a rule of RFC 6455 on purpose, to see what a client does about it. Changes apply at once: the handshake kinds from the next connection, the others also to open connections.</source>
        <translation>故意违反 RFC 6455 的某条规则，看看客户端如何应对。更改立即生效：握手类从下一个连接起生效，其余的也作用于已打开的连接。</translation>
    </message>
    <message>
        <source>Break on purpose (hover for what a client should do):</source>
        <translation>故意违反（悬停查看客户端应如何处理）：</translation>
    </message>
    <message>
        <source>on the first message</source>
        <translation>收到第一条消息时</translation>
    </message>
    <message>
        <source>A hand-written 101 (&quot;http/1.1&quot;)</source>
        <translation>手写的 101（“http/1.1”）</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::PeerModel</name>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>readyState</source>
        <translation>readyState</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <source>%1
Link: %2</source>
        <translation>%1
链路：%2</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time WsBench starts.</source>
        <translation>语言将在下次启动 WsBench 时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The most data that all connections together may have queued for sending and not yet handed to the network (the sum of their bufferedAmounts). Past it, the connection holding the most, whose peer is not reading, is dropped so the others keep working.</source>
        <translation>所有连接合计可以排队等待发送、尚未交给网络的最大数据量（即各连接 bufferedAmount 之和）。超出后，占用最多、且对端不读取数据的连接会被断开，其余连接继续工作。</translation>
    </message>
    <message>
        <source>In use now: %1 MiB; the most at once: %2 MiB</source>
        <translation>当前占用：%1 MiB；峰值：%2 MiB</translation>
    </message>
    <message>
        <source>Memory for unsent data</source>
        <translation>未发送数据的内存上限</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::PrimerDialog</name>
    <message>
        <source>WebSocket in five minutes</source>
        <translation>五分钟了解 WebSocket</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ReadyStateBadge</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No connection yet.</source>
        <translation>尚无连接。</translation>
    </message>
    <message>
        <source>%1 (checks failed)</source>
        <translation>%1（检查未通过）</translation>
    </message>
    <message>
        <source>This connection opened despite failed handshake checks.</source>
        <translation>此连接在握手检查未通过的情况下仍然打开了。</translation>
    </message>
    <message>
        <source>&quot;Continue despite handshake errors&quot; is on, so it was not failed where a browser fails it. The checks that failed:</source>
        <translation>“握手出错仍继续”已开启，所以在浏览器会让连接失败的地方，它没有失败。未通过的检查：</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ScenarioPanel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The selected scenario&apos;s steps, as JSON</source>
        <translation>所选场景的步骤（JSON）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Check the edited steps and keep them</source>
        <translation>检查编辑后的步骤并保存</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>there is no client named &quot;%1&quot; (a tab&apos;s name)</source>
        <translation>没有名为“%1”的客户端（即标签页名称）</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>✓ %1 passed in %2 ms</source>
        <translation>✓ %1 通过，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>✗ %1 failed</source>
        <translation>✗ %1 失败</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Log of the run</source>
        <translation>本次运行的日志</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the run: the remaining steps are skipped and its connection closes</source>
        <translation>停止运行：跳过其余步骤，并关闭其连接</translation>
    </message>
    <message>
        <source>■ %1 stopped after %2 ms</source>
        <translation>■ %1 在 %2 毫秒后停止</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ServerPane</name>
    <message>
        <source>127.0.0.1 (this machine only)</source>
        <translation>127.0.0.1（仅本机）</translation>
    </message>
    <message>
        <source>::1 (this machine only, IPv6)</source>
        <translation>::1（仅本机，IPv6）</translation>
    </message>
    <message>
        <source>0.0.0.0 (every network: other machines can connect)</source>
        <translation>0.0.0.0（所有网络：其他机器也能连接）</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>TLS (wss://)</source>
        <translation>TLS（wss://）</translation>
    </message>
    <message>
        <source>certificate (PEM); empty: generate a self-signed one</source>
        <translation>证书（PEM）；留空则生成自签名证书</translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation>私钥（PEM）</translation>
    </message>
    <message>
        <source>any origin</source>
        <translation>任意 Origin</translation>
    </message>
    <message>
        <source>none, in order of preference</source>
        <translation>无；按优先顺序填写</translation>
    </message>
    <message>
        <source>Accept permessage-deflate</source>
        <translation>接受 permessage-deflate</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation>未监听。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>允许的 Origin</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>最大消息</translation>
    </message>
    <message>
        <source>Most connections</source>
        <translation>最大连接数</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>空闲超时</translation>
    </message>
    <message>
        <source>Echo every message back</source>
        <translation>回显每条消息</translation>
    </message>
    <message>
        <source>Relay every message to the other peers</source>
        <translation>把每条消息转发给其他对端</translation>
    </message>
    <message>
        <source>When a message matches</source>
        <translation>当消息匹配</translation>
    </message>
    <message>
        <source>Reply with</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Push to every peer every</source>
        <translation>定时推送给所有对端，间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Reply rules</source>
        <translation>回复规则</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Echo, rules and pushes change at once, also while listening</source>
        <translation>回显、规则和推送立即生效，监听时也可更改</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>踢出</translation>
    </message>
    <message>
        <source>Send to the selected peer</source>
        <translation>发送给所选对端</translation>
    </message>
    <message>
        <source>Broadcast to every peer</source>
        <translation>广播给所有对端</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>A certificate needs its private key.</source>
        <translation>证书需要对应的私钥。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Select a peer in the Peers tab, or choose Broadcast.</source>
        <translation>请在“对端”页选择一个对端，或选择广播。</translation>
    </message>
    <message>
        <source>Closed: %1, %2</source>
        <translation>已关闭：%1，%2</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>干净关闭</translation>
    </message>
    <message>
        <source>not clean</source>
        <translation>非干净关闭</translation>
    </message>
    <message>
        <source>The host must be an IP address, not &quot;%1&quot;.</source>
        <translation>主机必须是 IP 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>A private key needs its certificate.</source>
        <translation>私钥需要配套的证书。</translation>
    </message>
    <message>
        <source>A regular expression, and a reply template: {{message}} (the message answered), {{counter}}, {{timestamp}} (ms), {{isoTime}}, {{uuid}}, {{random}} (0 to 2147483647)</source>
        <translation>正则表达式和回复模板：{{message}}（所回复的消息）、{{counter}}、{{timestamp}}（毫秒）、{{isoTime}}、{{uuid}}、{{random}}（0 到 2147483647）</translation>
    </message>
    <message>
        <source>Broadcast: every open peer gets the message, the Ping (each answers with its Pong), the raw frame or the Close; the server keeps listening</source>
        <translation>广播：每个已打开的对端都会收到这条消息、Ping（各自回应 Pong）、原始帧或 Close；服务器继续监听</translation>
    </message>
    <message>
        <source>The server is not running: start it, then send.</source>
        <translation>服务器没有运行：请先启动，再发送。</translation>
    </message>
    <message>
        <source>The server stopped; nothing was sent.</source>
        <translation>服务器已停止；没有发送任何内容。</translation>
    </message>
    <message>
        <source>Peer %1 has gone; nothing was sent.</source>
        <translation>对端 %1 已离开；没有发送任何内容。</translation>
    </message>
    <message>
        <source>Peer %1 had not finished its opening handshake, so it was disconnected without a Close frame.</source>
        <translation>对端 %1 还没有完成建立连接的握手，因此已直接断开，没有发送 Close 帧。</translation>
    </message>
    <message>
        <source>Peer %1 has not finished its opening handshake; nothing was sent.</source>
        <translation>对端 %1 还没有完成建立连接的握手；没有发送任何内容。</translation>
    </message>
    <message>
        <source>Peer %1 is closing; nothing more can be sent to it.</source>
        <translation>对端 %1 正在关闭；不能再向它发送任何内容。</translation>
    </message>
    <message>
        <source>Not sent: the text is not valid UTF-8.</source>
        <translation>未发送：文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>Not sent: a Ping carries at most 125 bytes (RFC 6455 §5.5).</source>
        <translation>未发送：Ping 最多携带 125 字节（RFC 6455 §5.5）。</translation>
    </message>
    <message>
        <source>Not sent: a Close with a reason needs a close code (RFC 6455 §5.5.1).</source>
        <translation>未发送：带原因的 Close 必须带有关闭码（RFC 6455 §5.5.1）。</translation>
    </message>
    <message>
        <source>Not sent: a message goes in one fragment or more.</source>
        <translation>未发送：一条消息至少要有一个分片。</translation>
    </message>
    <message>
        <source>Not sent: a server may not send this close code (RFC 6455 §7.4); a raw frame can.</source>
        <translation>未发送：服务器不能发送这个关闭码（RFC 6455 §7.4）；原始帧可以。</translation>
    </message>
    <message>
        <source>Not sent: a close reason fits in 123 bytes of UTF-8.</source>
        <translation>未发送：关闭原因最多为 123 字节的 UTF-8。</translation>
    </message>
    <message>
        <source>Peer %1 is already closing.</source>
        <translation>对端 %1 已经在关闭。</translation>
    </message>
    <message>
        <source>No peer is connected; nothing was sent.</source>
        <translation>没有已连接的对端；没有发送任何内容。</translation>
    </message>
    <message>
        <source>No peer is open (%1 still connecting or already closing); nothing was sent.</source>
        <translation>没有已打开的对端（%1 个仍在连接或已在关闭）；没有发送任何内容。</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Cannot listen on %1, port %2.</source>
        <translation>无法在 %1 的端口 %2 上监听。</translation>
    </message>
    <message>
        <source>The close code the peer gets; type any number from 1000 to 4999 that a server may send</source>
        <translation>对端收到的关闭码；可输入服务器允许发送的 1000 到 4999 之间的任意数字</translation>
    </message>
    <message>
        <source>Reason (optional, up to 123 bytes)</source>
        <translation>原因（可选，最多 123 字节）</translation>
    </message>
    <message>
        <source>Close the selected peer with this code and reason</source>
        <translation>以此关闭码和原因关闭所选对端</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>对端 %1</translation>
    </message>
    <message>
        <source>the message comes back to its sender (echo)</source>
        <translation>消息回送给发送者（回显）</translation>
    </message>
    <message>
        <source>the other peers get it (relay)</source>
        <translation>其他对端收到该消息（转发）</translation>
    </message>
    <message numerus="yes">
        <source>the sender gets the reply of each of the %n rule(s) that match, from the top down</source>
        <translation>
            <numerusform>发送者依次（自上而下）收到 %n 条匹配规则各自的回复</numerusform>
        </translation>
    </message>
    <message>
        <source>A message from a peer gets no automatic answer.</source>
        <translation>对端发来的消息不会得到自动应答。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>When a peer sends a message, in this order:</source>
        <translation>对端发来消息时，按以下顺序处理：</translation>
    </message>
    <message>
        <source>Select the peer to kick.</source>
        <translation>请选择要踢出的对端。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a close code a server may send: use 1000 to 4999, except 1004, 1005, 1006, 1015 and other reserved codes (RFC 6455 §7.4).</source>
        <translation>“%1”不是服务器可以发送的关闭码：请使用 1000 到 4999，但 1004、1005、1006、1015 及其他保留码除外（RFC 6455 §7.4）。</translation>
    </message>
    <message>
        <source>The reason is %1 bytes of UTF-8; a close reason fits in 123 (RFC 6455 §5.5).</source>
        <translation>原因的 UTF-8 编码为 %1 字节；关闭原因最多 123 字节（RFC 6455 §5.5）。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n open peer(s);</source>
        <translation>
            <numerusform>已发送给 %n 个已打开的对端；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still connecting or already closing did not get it.</source>
        <translation>
            <numerusform>%n 个仍在连接或正在关闭的对端没有收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer %1</source>
        <translation>对端 %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 (on purpose; handshake kinds from the next connection)</source>
        <translation>%1（故意为之；握手类从下一个连接起生效）</translation>
    </message>
    <message>
        <source>Simulate a slow or stalled link to every peer: latency, a bandwidth cap, pause reading or writing. Changes apply at once to the connected peers too. For one peer: right-click it in the Peers tab.</source>
        <translation>为每个对端模拟慢速或停滞的链路：延迟、带宽上限、暂停读取或写入。更改也立即作用于已连接的对端。只针对一个对端：在“对端”标签页中右键点击它。</translation>
    </message>
    <message>
        <source>Link conditions for peer %1…</source>
        <translation>对端 %1 的链路条件…</translation>
    </message>
    <message>
        <source>Link conditions for peer %1</source>
        <translation>对端 %1 的链路条件</translation>
    </message>
    <message>
        <source>For this peer only, until it disconnects or the server&apos;s own link conditions change.</source>
        <translation>仅针对此对端，直到它断开连接或服务器自身的链路条件改变。</translation>
    </message>
    <message>
        <source>Peer %1 is gone: its link conditions were not changed.</source>
        <translation>对端 %1 已断开：其链路条件未更改。</translation>
    </message>
    <message>
        <source>peer %1: %2</source>
        <translation>对端 %1：%2</translation>
    </message>
    <message>
        <source>plain link</source>
        <translation>普通链路</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::TransportChart</name>
    <message>
        <source>Bytes/update</source>
        <translation>字节/更新</translation>
    </message>
    <message>
        <source>Delay p95 (ms)</source>
        <translation>延迟 p95（毫秒）</translation>
    </message>
    <message>
        <source>Bytes on the wire per update</source>
        <translation>每个更新的线路字节数</translation>
    </message>
    <message>
        <source>Delay p95, ms (creation to arrival)</source>
        <translation>延迟 p95，毫秒（从创建到到达）</translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::TransportComparisonDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Polling vs WebSocket, measured</source>
        <translation>实测轮询与 WebSocket</translation>
    </message>
    <message>
        <source>A demo server on loopback makes one stream of price updates and serves it four ways at once. Each client counts what arrives; the server counts the bytes. Point at a column heading for what it means.</source>
        <translation>回环地址上的演示服务器产生一个价格更新流，并同时以四种方式提供。每个客户端统计收到的内容，服务器统计字节数。把鼠标指向列标题可查看其含义。</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> 个/秒</translation>
    </message>
    <message>
        <source>How many updates the server makes each second</source>
        <translation>服务器每秒产生多少个更新</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the server makes updates</source>
        <translation>服务器产生更新的时长</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How often the short-polling client asks for news (1000 ms: the usual &quot;poll every second&quot;)</source>
        <translation>短轮询客户端多久请求一次新数据（1000 毫秒：常见的“每秒轮询一次”）</translation>
    </message>
    <message>
        <source>Start the server and the four clients, and measure</source>
        <translation>启动服务器和四个客户端，并进行测量</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) made; every transport ran at the same time on the same stream.</source>
        <translation>
            <numerusform>共产生 %n 个更新；所有传输方式在同一个更新流上同时运行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::WindowStage</name>
    <message>
        <source>The lesson has no server named &quot;%1&quot;.</source>
        <translation>本课没有名为“%1”的服务器。</translation>
    </message>
    <message>
        <source>This window cannot compare transports.</source>
        <translation>此窗口无法对比传输方式。</translation>
    </message>
    <message>
        <source>The lesson has no tab named &quot;%1&quot;.</source>
        <translation>本课没有名为“%1”的标签页。</translation>
    </message>
    <message>
        <source>Only a client connects: &quot;%1&quot; is a server.</source>
        <translation>只有客户端才能连接：“%1”是服务器。</translation>
    </message>
    <message>
        <source>A lesson cannot do this step.</source>
        <translation>课程无法执行这个步骤。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not connected.</source>
        <translation>“%1”未连接。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not listening.</source>
        <translation>“%1”未在监听。</translation>
    </message>
    <message>
        <source>The client&apos;s tab was closed.</source>
        <translation>客户端的标签页已关闭。</translation>
    </message>
</context>
</TS>
