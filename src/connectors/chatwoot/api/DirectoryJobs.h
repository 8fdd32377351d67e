#pragma once

#include "connectors/chatwoot/api/JsonJob.h"

namespace kontor::chatwoot {

// The account's directory: each a GET of one list.

// GET /inboxes: {payload:[inbox]}.
class InboxesJob : public JsonJob
{
    Q_OBJECT
public:
    explicit InboxesJob(const Endpoint &endpoint);
};

// GET /agents: a bare array.
class AgentsJob : public JsonJob
{
    Q_OBJECT
public:
    explicit AgentsJob(const Endpoint &endpoint);
};

// GET /teams: a bare array.
class TeamsJob : public JsonJob
{
    Q_OBJECT
public:
    explicit TeamsJob(const Endpoint &endpoint);
};

// GET /teams/{id}/team_members: a bare array of agents.
class TeamMembersJob : public JsonJob
{
    Q_OBJECT
public:
    TeamMembersJob(const Endpoint &endpoint, const QString &teamId);
    const QString &teamId() const { return teamId_; }

private:
    QString teamId_;
};

// GET /labels: {payload:[{id, title, …}]}. Not in the OpenAPI spec.
class LabelsJob : public JsonJob
{
    Q_OBJECT
public:
    explicit LabelsJob(const Endpoint &endpoint);
    QStringList titles() const;
};

// GET /canned_responses: a bare array.
class CannedResponsesJob : public JsonJob
{
    Q_OBJECT
public:
    explicit CannedResponsesJob(const Endpoint &endpoint);
};

// GET /sla_policies: {payload:[{id, name, first_response_time_threshold, next_response_time_threshold,
// resolution_time_threshold, only_during_business_hours}]}. Enterprise only (elsewhere 404 or 403); not in
// the OpenAPI spec.
class SlaPoliciesJob : public JsonJob
{
    Q_OBJECT
public:
    explicit SlaPoliciesJob(const Endpoint &endpoint);
};

// GET /custom_attribute_definitions?attribute_model=1: the contact attributes' definitions, a bare array.
class ContactAttributeDefinitionsJob : public JsonJob
{
    Q_OBJECT
public:
    explicit ContactAttributeDefinitionsJob(const Endpoint &endpoint);
};

// Chatwoot's cache-busting keys for labels, inboxes and teams: when one changes, that list changed.
struct CacheKeys
{
    QString label;
    QString inbox;
    QString team;
    friend bool operator==(const CacheKeys &, const CacheKeys &) = default;
};

CacheKeys readCacheKeys(const QJsonObject &object);

// GET /cache_keys: {cache_keys:{label, inbox, team}}.
class CacheKeysJob : public ChatwootJob
{
    Q_OBJECT
public:
    explicit CacheKeysJob(const Endpoint &endpoint);
    const CacheKeys &keys() const { return keys_; }

protected:
    QString read(const QJsonDocument &document, int httpStatus) override;

private:
    CacheKeys keys_;
};

} // namespace kontor::chatwoot
