<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ByteSize</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message numerus="yes">
        <source>Failed handshake checks: %n. Continuing anyway, as the option asks; a browser fails here: %1</source>
        <translation>
            <numerusform>Failed handshake check: %n. Continuing anyway, as the option asks; a browser fails here: %1</numerusform>
            <numerusform>Failed handshake checks: %n. Continuing anyway, as the option asks; a browser fails here: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ClientPane</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::DetailView</name>
    <message numerus="yes">
        <source>%n byte(s) of binary data; see the Hex tab.</source>
        <translation>
            <numerusform>%n byte of binary data; see the Hex tab.</numerusform>
            <numerusform>%n bytes of binary data; see the Hex tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::FrameInspector</name>
    <message numerus="yes">
        <source>%n byte(s) on the wire</source>
        <translation>
            <numerusform>%n byte on the wire</numerusform>
            <numerusform>%n bytes on the wire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::HandshakeInspector</name>
    <message numerus="yes">
        <source>all %n pass</source>
        <translation>
            <numerusform>%n passes</numerusform>
            <numerusform>all %n pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noted</source>
        <translation>
            <numerusform>%n noted</numerusform>
            <numerusform>%n noted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::LogView</name>
    <message numerus="yes">
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n match in %1 ms</numerusform>
            <numerusform>%n matches in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older record(s) evicted from memory</source>
        <translation>
            <numerusform>%n older record evicted from memory</numerusform>
            <numerusform>%n older records evicted from memory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n secret(s) could not be kept in the system keychain (%1) and are not in the file: enter them again after opening it.</source>
        <translation>
            <numerusform>%n secret could not be kept in the system keychain (%1) and is not in the file: enter it again after opening it.</numerusform>
            <numerusform>%n secrets could not be kept in the system keychain (%1) and are not in the file: enter them again after opening it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n record(s)</source>
        <translation>
            <numerusform>Recorded: %n record</numerusform>
            <numerusform>Recorded: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest evicted (memory cap)</source>
        <translation>
            <numerusform>%n oldest evicted (memory cap)</numerusform>
            <numerusform>%n oldest evicted (memory cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client sent %n message(s)</source>
        <translation>
            <numerusform>The client sent %n message</numerusform>
            <numerusform>The client sent %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and received %n.</source>
        <translation>
            <numerusform>and received %n.</numerusform>
            <numerusform>and received %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n WebSocket connections; the first one is used.</source>
        <translation>
            <numerusform>The file holds %n WebSocket connection; the first one is used.</numerusform>
            <numerusform>The file holds %n WebSocket connections; the first one is used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect to %1 and send the %n recorded message(s) with their timing</source>
        <translation>
            <numerusform>Connect to %1 and send the %n recorded message with its timing</numerusform>
            <numerusform>Connect to %1 and send the %n recorded messages with their timing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listen with the recorded handshake and answer as the server did (%n recorded message(s))</source>
        <translation>
            <numerusform>Listen with the recorded handshake and answer as the server did (%n recorded message)</numerusform>
            <numerusform>Listen with the recorded handshake and answer as the server did (%n recorded messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::ServerPane</name>
    <message numerus="yes">
        <source>Sent to %n open peer(s);</source>
        <translation>
            <numerusform>Sent to %n open peer;</numerusform>
            <numerusform>Sent to %n open peers;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still connecting or already closing did not get it.</source>
        <translation>
            <numerusform>%n still connecting or already closing did not get it.</numerusform>
            <numerusform>%n still connecting or already closing did not get it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sender gets the reply of each of the %n rule(s) that match, from the top down</source>
        <translation>
            <numerusform>the sender gets the reply of the %n rule that matches</numerusform>
            <numerusform>the sender gets the reply of each of the %n rules that match, from the top down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WsBench::Gui::TransportComparisonDialog</name>
    <message numerus="yes">
        <source>%n update(s) made; every transport ran at the same time on the same stream.</source>
        <translation>
            <numerusform>%n update made; every transport ran at the same time on the same stream.</numerusform>
            <numerusform>%n updates made; every transport ran at the same time on the same stream.</numerusform>
        </translation>
    </message>
</context>
</TS>
