<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>kontor::chatwoot::ChatwootSignIn</name>
        <message numerus="yes">
            <source>Connected as %1 to %2, with %n inbox(es).</source>
            <translation>
                <numerusform>Connected as %1 to %2, with %n inbox.</numerusform>
                <numerusform>Connected as %1 to %2, with %n inboxes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kontor::ui::WorkspaceStatusBar</name>
        <message numerus="yes">
            <source>%n action(s) waiting to send</source>
            <translation>
                <numerusform>%n action waiting to send</numerusform>
                <numerusform>%n actions waiting to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
    </context>
</TS>
