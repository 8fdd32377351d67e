<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibleText</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform><numerusform>%n attachments</numerusform></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n unsent action(s) were saved from it and will be sent.</source>
        <translation>
            <numerusform>%n unsent action was saved from it and will be sent.</numerusform>
            <numerusform>%n unsent actions were saved from it and will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent action(s) could not be read and are lost.</source>
        <translation>
            <numerusform>%n unsent action could not be read and is lost.</numerusform>
            <numerusform>%n unsent actions could not be read and are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) of those actions are missing.</source>
        <translation>
            <numerusform>%n attached file of those actions is missing.</numerusform>
            <numerusform>%n attached files of those actions are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours ago, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days, abbreviated</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
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
    <name>kontor::models::NavigationModel</name>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::models::OutboxModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::BulkActionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationCommands</name>
    <message numerus="yes">
        <source>%n action(s) could not be saved.</source>
        <translation>
            <numerusform>%n action could not be saved.</numerusform>
            <numerusform>%n actions could not be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to you.</source>
        <translation>
            <numerusform>Assigned %n conversation to you.</numerusform>
            <numerusform>Assigned %n conversations to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Assigned %n conversation to %1.</numerusform>
            <numerusform>Assigned %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %n conversation(s).</source>
        <translation>
            <numerusform>Unassigned %n conversation.</numerusform>
            <numerusform>Unassigned %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) belong to another account and were left as they were.</source>
        <translation>
            <numerusform>%n conversation belong to another account and were left as they were.</numerusform>
            <numerusform>%n conversations belong to another account and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conversation(s).</source>
        <translation>
            <numerusform>Resolved %n conversation.</numerusform>
            <numerusform>Resolved %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n conversation(s).</source>
        <translation>
            <numerusform>Snoozed %n conversation.</numerusform>
            <numerusform>Snoozed %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>Reopened %n conversation.</numerusform>
            <numerusform>Reopened %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) as pending.</source>
        <translation>
            <numerusform>Marked %n conversation as pending.</numerusform>
            <numerusform>Marked %n conversations as pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n conversation(s) “%1”.</source>
        <translation>
            <numerusform>Labelled %n conversation “%1”.</numerusform>
            <numerusform>Labelled %n conversations “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the team %1.</source>
        <translation>
            <numerusform>Moved %n conversation to the team %1.</numerusform><numerusform>Moved %n conversations to the team %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %n conversation(s) out of their team.</source>
        <translation>
            <numerusform>Took %n conversation out of its team.</numerusform><numerusform>Took %n conversations out of their team.</numerusform></translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomerPanel</name>
    <message numerus="yes">
        <source>Customer since %1 · %n conversation(s)</source>
        <translation>
            <numerusform>Customer since %1 · %n conversation</numerusform>
            <numerusform>Customer since %1 · %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 % satisfied (%n answer)</numerusform>
            <numerusform>%1 % satisfied (%n answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::EraseCustomerDialog</name>
    <message numerus="yes">
        <source>%n action(s) for them not sent yet will be discarded first:</source>
        <translation>
            <numerusform>%n action for them not sent yet will be discarded first:</numerusform>
            <numerusform>%n actions for them not sent yet will be discarded first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(ies) of the store set aside earlier hold(s) them too and will be deleted.</source>
        <translation>
            <numerusform>%n damaged copy of the store set aside earlier holds them too and will be deleted.</numerusform>
            <numerusform>%n damaged copies of the store set aside earlier hold them too and will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::InboxPane</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::MergeCustomerDialog</name>
    <message numerus="yes">
        <source>Moves %n conversation(s)</source>
        <translation>
            <numerusform>Moves %n conversation</numerusform>
            <numerusform>Moves %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(s)</source>
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::OutboxDialog</name>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n action waiting to be sent.</numerusform>
            <numerusform>%n actions waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) need you: the backend refused them, or nobody could find out whether they arrived. Decide for each.</source>
        <translation>
            <numerusform>%n action needs you: the backend refused it, or nobody could find out whether it arrived. Decide what to do with it.</numerusform>
            <numerusform>%n actions need you: the backend refused them, or nobody could find out whether they arrived. Decide for each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>%n conversation(s) with unread messages</source>
        <translation>
            <numerusform>%n conversation with unread messages</numerusform>
            <numerusform>%n conversations with unread messages</numerusform>
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
