// The fake's HTTP routes: sign-in, profile, the account's lists, contacts, conversation lists, reports.
#include "FakeChatwoot.h"

#include <QDateTime>
#include <QJsonDocument>

namespace kontor::chatwoot::fake {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("Resource could not be found"));
}

QJsonArray page(const QJsonArray &all, int pageNumber, int size)
{
    QJsonArray result;
    const int start = (qMax(1, pageNumber) - 1) * size;
    for (int i = start; i < all.size() && i < start + size; ++i)
        result.append(all[i]);
    return result;
}

} // namespace

HttpResponse FakeChatwoot::signIn(const HttpRequest &request)
{
    const QJsonObject body = request.json();
    if (body.contains(QLatin1StringView("mfa_token"))) {
        const bool tokenOk = !pendingMfaToken_.isEmpty() &&
                             body.value(QLatin1StringView("mfa_token")).toString() == pendingMfaToken_;
        const bool codeOk = body.value(QLatin1StringView("otp_code")).toString() == oneTimeCode() ||
                            body.value(QLatin1StringView("backup_code")).toString() == backupCode();
        if (!tokenOk || !codeOk)
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid verification code")}}, 401);
        pendingMfaToken_.clear();
    } else {
        if (body.value(QLatin1StringView("email")).toString() != email() ||
            body.value(QLatin1StringView("password")).toString() != password())
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("success"), false},
                            {QStringLiteral("errors"),
                             QJsonArray{QStringLiteral("Invalid login credentials. Please try again.")}}},
                401);
        if (mfa_) {
            pendingMfaToken_ = QStringLiteral("mfa-%1").arg(now());
            return HttpResponse::json(QJsonObject{{QStringLiteral("mfa_required"), true},
                                                  {QStringLiteral("mfa_token"), pendingMfaToken_}},
                                      206);
        }
    }
    if (signInRestoresToken_)
        tokenValid_ = true;
    HttpResponse response = HttpResponse::json(QJsonObject{{QStringLiteral("data"), profileJson(true)}});
    response.headers.append(qMakePair(QByteArray("access-token"), QByteArray("devise-session-token")));
    response.headers.append(qMakePair(QByteArray("client"), QByteArray("devise-client")));
    response.headers.append(qMakePair(QByteArray("uid"), QByteArray(email().toUtf8())));
    return response;
}

HttpResponse FakeChatwoot::route(const HttpRequest &request)
{
    if (request.path == QLatin1StringView("/auth/sign_in") && request.method == "POST")
        return signIn(request);
    if (!tokenValid_ || request.header("api_access_token") != token().toUtf8())
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("error"),
                         QStringLiteral("You need to sign in or sign up before continuing.")}},
            401);
    if (request.path == QLatin1StringView("/api/v1/profile") && request.method == "GET")
        return HttpResponse::json(profileJson(true));
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    // api, v1|v2, accounts, <id>, ...
    if (parts.size() < 5 || parts[0] != QLatin1StringView("api") || parts[2] != QLatin1StringView("accounts"))
        return notFound();
    const qint64 account = parts[3].toLongLong();
    if (account != kAccountId)
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"),
                                               QStringLiteral("You are not authorized to do this action")}},
                                  401);
    if (parts[1] == QLatin1StringView("v2"))
        return routeReports(request, parts.mid(4));
    return routeAccount(request, parts.mid(4));
}

HttpResponse FakeChatwoot::routeReports(const HttpRequest &request, const QStringList &rest)
{
    if (!administrator_)
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"),
                                               QStringLiteral("You are not authorized to do this action")}},
                                  401);
    if (request.method != "GET" || rest.value(0) != QLatin1StringView("live_reports"))
        return notFound();
    int open = 0, unassigned = 0, pending = 0, unattended = 0;
    QMap<qint64, QList<int>> byAgent, byTeam;
    for (const Conversation &c : std::as_const(conversations_)) {
        const bool isOpen = c.status == QLatin1StringView("open");
        open += isOpen;
        pending += c.status == QLatin1StringView("pending");
        unassigned += isOpen && c.assigneeId == 0;
        unattended += isOpen && c.firstReplyAt == 0;
        for (auto *groups : {&byAgent, &byTeam}) {
            const qint64 key = groups == &byAgent ? c.assigneeId : c.teamId;
            QList<int> &counts = (*groups)[key];
            counts.resize(3);
            counts[0] += isOpen;
            counts[1] += isOpen && c.firstReplyAt == 0;
            counts[2] += isOpen && c.assigneeId == 0;
        }
    }
    if (rest.value(1) == QLatin1StringView("conversation_metrics"))
        return HttpResponse::json(QJsonObject{{QStringLiteral("open"), open},
                                              {QStringLiteral("unattended"), unattended},
                                              {QStringLiteral("unassigned"), unassigned},
                                              {QStringLiteral("pending"), pending}});
    if (rest.value(1) == QLatin1StringView("grouped_conversation_metrics")) {
        const bool agents =
            request.query.queryItemValue(QStringLiteral("group_by")) == QLatin1StringView("assignee_id");
        QJsonArray result;
        const auto &groups = agents ? byAgent : byTeam;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (it.key() == 0)
                continue;
            result.append(
                QJsonObject{{agents ? QStringLiteral("assignee_id") : QStringLiteral("team_id"), it.key()},
                            {QStringLiteral("open"), it.value()[0]},
                            {QStringLiteral("unattended"), it.value()[1]},
                            {QStringLiteral("unassigned"), it.value()[2]}});
        }
        return HttpResponse::json(QJsonDocument(result));
    }
    return notFound();
}

HttpResponse FakeChatwoot::routeAccount(const HttpRequest &request, const QStringList &rest)
{
    const QString what = rest.value(0);
    const bool get = request.method == "GET";
    if (what == QLatin1StringView("inboxes") && get && rest.size() == 1) {
        QJsonArray payload;
        for (const Inbox &inbox : std::as_const(inboxes_))
            payload.append(inboxJson(inbox));
        return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), payload}});
    }
    if (what == QLatin1StringView("agents") && get) {
        QJsonArray agents;
        for (auto it = agents_.cbegin(); it != agents_.cend(); ++it)
            agents.append(agentJson(it.key()));
        return HttpResponse::json(QJsonDocument(agents));
    }
    if (what == QLatin1StringView("teams") && get) {
        if (rest.size() == 1) {
            QJsonArray teams;
            for (auto it = teams_.cbegin(); it != teams_.cend(); ++it)
                teams.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                         {QStringLiteral("name"), it->first},
                                         {QStringLiteral("description"), QString()},
                                         {QStringLiteral("allow_auto_assign"), true},
                                         {QStringLiteral("account_id"), kAccountId},
                                         {QStringLiteral("is_member"), it->second.contains(kUserId)}});
            return HttpResponse::json(QJsonDocument(teams));
        }
        if (rest.size() == 3 && rest[2] == QLatin1StringView("team_members")) {
            QJsonArray members;
            for (qint64 id : teams_.value(rest[1].toLongLong()).second)
                members.append(agentJson(id));
            return HttpResponse::json(QJsonDocument(members));
        }
    }
    if (what == QLatin1StringView("labels") && get) {
        QJsonArray labels;
        for (qsizetype i = 0; i < accountLabels_.size(); ++i)
            labels.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                      {QStringLiteral("title"), accountLabels_[i]},
                                      {QStringLiteral("color"), QStringLiteral("#1f93ff")},
                                      {QStringLiteral("show_on_sidebar"), true}});
        return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), labels}});
    }
    if (what == QLatin1StringView("canned_responses") && get) {
        // The model as JSON (render json: @canned_responses): Rails writes its times as ISO-8601 text.
        const auto canned = [](int id, const QString &code, const QString &content) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("account_id"), kAccountId},
                               {QStringLiteral("short_code"), code},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("created_at"), QStringLiteral("2023-11-14T22:13:20.000Z")},
                               {QStringLiteral("updated_at"), QStringLiteral("2023-11-14T22:13:20.500Z")}};
        };
        return HttpResponse::json(QJsonDocument(
            QJsonArray{canned(1, QStringLiteral("hello"), QStringLiteral("Hello! How can I help?")),
                       canned(2, QStringLiteral("bye"), QStringLiteral("Thanks for reaching out."))}));
    }
    if (what == QLatin1StringView("custom_attribute_definitions") && get && rest.size() == 1)
        return attributeDefinitions(request);
    if (what == QLatin1StringView("sla_policies") && get && rest.size() == 1)
        return slaPolicies();
    if (what == QLatin1StringView("cache_keys") && get) {
        QJsonObject keys;
        for (auto it = cacheKeys_.cbegin(); it != cacheKeys_.cend(); ++it)
            keys.insert(it.key(), it.value());
        return HttpResponse::json(QJsonObject{{QStringLiteral("cache_keys"), keys}});
    }
    if (what == QLatin1StringView("contacts")) {
        if (rest.size() == 1 && get) {
            QJsonArray all;
            for (auto it = contacts_.cbegin(); it != contacts_.cend(); ++it)
                all.append(contactJson(
                    it.key(), request.query.queryItemValue(QStringLiteral("include_contact_inboxes")) ==
                                  QLatin1StringView("true")));
            const int number = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
            // current_page is params[:page] || 1: the text the client sent, or the number 1.
            const QJsonValue currentPage =
                request.query.hasQueryItem(QStringLiteral("page"))
                    ? QJsonValue(request.query.queryItemValue(QStringLiteral("page")))
                    : QJsonValue(1);
            return HttpResponse::json(QJsonObject{
                {QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), all.size()},
                                                     {QStringLiteral("current_page"), currentPage}}},
                {QStringLiteral("payload"), page(all, number, 15)}});
        }
        const qint64 id = rest.value(1).toLongLong();
        if (!contacts_.contains(id))
            return notFound();
        if (rest.size() == 2 && get)
            return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), contactJson(id)}});
        if (rest.size() == 2 && (request.method == "PUT" || request.method == "PATCH")) {
            // Chatwoot keeps an email address and a phone number unique among an account's contacts.
            const QJsonObject body = request.json();
            const QString email = body.value(QLatin1StringView("email")).toString();
            const QString phone = body.value(QLatin1StringView("phone_number")).toString();
            for (auto it = contacts_.cbegin(); it != contacts_.cend(); ++it) {
                if (it.key() == id)
                    continue;
                if (!email.isEmpty() && it->email.compare(email, Qt::CaseInsensitive) == 0)
                    return HttpResponse::error(422, QStringLiteral("Email has already been taken"));
                if (!phone.isEmpty() && it->phone == phone)
                    return HttpResponse::error(422, QStringLiteral("Phone number has already been taken"));
            }
            Contact &contact = contacts_[id];
            if (body.contains(QLatin1StringView("name")))
                contact.name = body.value(QLatin1StringView("name")).toString();
            if (body.contains(QLatin1StringView("email")))
                contact.email = email;
            if (body.contains(QLatin1StringView("phone_number")))
                contact.phone = phone;
            return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), contactJson(id)}});
        }
        if (rest.size() == 2 && request.method == "DELETE") {
            deleteContact(id);
            return HttpResponse::json(QJsonObject{});
        }
        if (rest.size() == 3 && rest[2] == QLatin1StringView("conversations") && get) {
            // Chatwoot's hard limit: the 20 most recently active, no paging.
            QList<const Conversation *> own;
            for (const Conversation &c : std::as_const(conversations_)) {
                if (c.contactId == id)
                    own.append(&c);
            }
            std::sort(own.begin(), own.end(), [](const Conversation *a, const Conversation *b) {
                return a->lastActivityAt > b->lastActivityAt;
            });
            QJsonArray result;
            for (const Conversation *c : own.mid(0, 20))
                result.append(conversationJson(c->id));
            return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), result}});
        }
        if (rest.size() == 3 && rest[2] == QLatin1StringView("contactable_inboxes") && get) {
            QJsonArray result;
            for (const auto &[inboxId, sourceId] : contacts_[id].inboxes)
                result.append(QJsonObject{{QStringLiteral("source_id"), sourceId},
                                          {QStringLiteral("inbox"), inboxJson(inboxes_[inboxId])}});
            return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), result}});
        }
        if (rest.size() == 3 && rest[2] == QLatin1StringView("contact_inboxes") && request.method == "POST") {
            const qint64 inboxId = request.json().value(QLatin1StringView("inbox_id")).toInteger();
            if (!inboxes_.contains(inboxId))
                return HttpResponse::error(422, QStringLiteral("Inbox is invalid"));
            const QString sourceId = sourceIdFor(contacts_[id], inboxes_[inboxId]);
            contacts_[id].inboxes.append({inboxId, sourceId});
            return HttpResponse::json(QJsonObject{{QStringLiteral("source_id"), sourceId},
                                                  {QStringLiteral("inbox"), inboxJson(inboxes_[inboxId])}});
        }
        return notFound();
    }
    if (what == QLatin1StringView("actions") && rest.value(1) == QLatin1StringView("contact_merge") &&
        request.method == "POST") {
        const qint64 base = request.json().value(QLatin1StringView("base_contact_id")).toInteger();
        const qint64 mergee = request.json().value(QLatin1StringView("mergee_contact_id")).toInteger();
        if (!contacts_.contains(base) || !contacts_.contains(mergee) || base == mergee)
            return HttpResponse::error(422, QStringLiteral("contact does not belong to the account"));
        Contact &target = contacts_[base];
        const Contact gone = contacts_.take(mergee);
        if (target.email.isEmpty())
            target.email = gone.email;
        if (target.phone.isEmpty())
            target.phone = gone.phone;
        target.inboxes.append(gone.inboxes);
        for (Conversation &c : conversations_) {
            if (c.contactId == mergee)
                c.contactId = base;
        }
        return HttpResponse::json(contactJson(base));
    }
    if (what == QLatin1StringView("conversations")) {
        if (rest.size() == 1 && get) {
            const QString status = request.query.queryItemValue(QStringLiteral("status"));
            const QString within = request.query.queryItemValue(QStringLiteral("updated_within"));
            QList<const Conversation *> matching;
            for (const Conversation &c : std::as_const(conversations_)) {
                if (!status.isEmpty() && status != QLatin1StringView("all") && c.status != status)
                    continue;
                if (status.isEmpty() && c.status != QLatin1StringView("open"))
                    continue; // Chatwoot's default is status=open
                if (!within.isEmpty() && c.updatedAt <= double(now() - within.toLongLong()))
                    continue;
                matching.append(&c);
            }
            std::sort(matching.begin(), matching.end(), [](const Conversation *a, const Conversation *b) {
                return a->lastActivityAt != b->lastActivityAt ? a->lastActivityAt > b->lastActivityAt
                                                              : a->id > b->id;
            });
            QJsonArray all;
            int unassigned = 0;
            for (const Conversation *c : std::as_const(matching)) {
                all.append(conversationJson(c->id));
                unassigned += c->assigneeId == 0;
            }
            const QJsonArray payload =
                within.isEmpty() ? page(all, request.query.queryItemValue(QStringLiteral("page")).toInt(),
                                        conversationPageSize_)
                                 : all;
            const QJsonObject meta{{QStringLiteral("mine_count"), 0},
                                   {QStringLiteral("assigned_count"), all.size() - unassigned},
                                   {QStringLiteral("unassigned_count"), unassigned},
                                   {QStringLiteral("all_count"), all.size()}};
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("meta"), meta},
                                                                 {QStringLiteral("payload"), payload}}}});
        }
        if (rest.size() == 1 && request.method == "POST") {
            const QJsonObject body = request.json();
            const qint64 contactId = body.value(QLatin1StringView("contact_id")).toInteger();
            const qint64 inboxId = body.value(QLatin1StringView("inbox_id")).toInteger();
            if (!contacts_.contains(contactId) || !inboxes_.contains(inboxId))
                return HttpResponse::error(422, QStringLiteral("Contact or inbox is invalid"));
            Conversation c;
            c.id = nextConversationId_++;
            c.inboxId = inboxId;
            c.contactId = contactId;
            c.createdAt = now();
            c.lastActivityAt = c.createdAt;
            c.additionalAttributes = body.value(QLatin1StringView("additional_attributes")).toObject();
            const QString content = body.value(QLatin1StringView("message"))
                                        .toObject()
                                        .value(QLatin1StringView("content"))
                                        .toString();
            if (!content.isEmpty())
                addMessage(c, 1, false, content, QStringLiteral("user"), kUserId);
            touch(c);
            conversations_.insert(c.id, c);
            broadcastConversation(QStringLiteral("conversation.created"), c);
            // create.json.jbuilder renders the conversation partial: the whole conversation.
            return HttpResponse::json(conversationJson(c.id));
        }
        const qint64 id = rest.value(1).toLongLong();
        if (!conversations_.contains(id))
            return notFound();
        return routeConversation(request, conversations_[id], rest.mid(2));
    }
    return notFound();
}

} // namespace kontor::chatwoot::fake
