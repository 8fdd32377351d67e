// Technical-support snippets: what customers paste (logs, requests, responses) and what agents send back
// (code). They are the same in every language, as logs and code are.
#include "connectors/demo/backend/DemoContent.h"

namespace kontor {

namespace {

constexpr DemoSnippet loginLogs[] = {
    {"text", "2025-03-04 09:14:07.312 E/AuthRepository: POST /v2/auth/token failed\n"
             "    status=401 code=invalid_grant\n"
             "    message=\"refresh token expired\"\n"
             "2025-03-04 09:14:07.318 W/SessionStore: clearing cached session for device 7F3A-22C1"},
    {"text", "[AuthService] 2025-03-04T09:14:07Z ERROR login failed: account_locked "
             "(attempts=5, until=2025-03-04T09:44:07Z)"},
    {"json", "{\n"
             "  \"error\": \"invalid_client\",\n"
             "  \"error_description\": \"The app version 3.8.1 is no longer supported\",\n"
             "  \"min_version\": \"4.0.0\"\n"
             "}"},
};

constexpr DemoSnippet apiResponses[] = {
    {"bash",
     "$ curl -i https://api.brightlane.example/v2/devices/8842/state \\\n"
     "    -H \"Authorization: Bearer $BRIGHTLANE_KEY\"\n"
     "HTTP/2 429\n"
     "retry-after: 30\n"
     "content-type: application/json\n"
     "\n"
     "{\"error\":\"rate_limited\",\"message\":\"Too many requests\",\"limit\":600,\"window\":\"60s\"}"},
    {"json", "{\n"
             "  \"error\": \"bad_gateway\",\n"
             "  \"status\": 502,\n"
             "  \"request_id\": \"req_7c1e9a04b2\",\n"
             "  \"message\": \"Upstream device service did not respond\"\n"
             "}"},
    {"json",
     "{\n"
     "  \"error\": \"validation_failed\",\n"
     "  \"status\": 422,\n"
     "  \"details\": [\n"
     "    { \"field\": \"schedule.start\", \"issue\": \"must be ISO 8601 with a time-zone offset\" }\n"
     "  ]\n"
     "}"},
};

constexpr DemoSnippet webhookLogs[] = {
    {"text", "2025-03-04T08:59:58Z INFO  webhook received event=device.state_changed id=evt_91f2\n"
             "2025-03-04T09:12:03Z WARN  no events for 600 s, last delivery id=evt_91f2\n"
             "2025-03-04T09:30:00Z ERROR health check: 0 events in the last 30 min"},
    {"text", "Mar 04 09:12:41 hooks-1 nginx[812]: 52.18.7.201 - - \"POST /brightlane HTTP/1.1\" 502 157\n"
             "Mar 04 09:12:41 hooks-1 app[1440]: upstream timed out (110: Connection timed out)"},
};

constexpr DemoSnippet agentCode[] = {
    {"python", "import time\n"
               "import requests\n"
               "\n"
               "def get_with_retry(url, headers, attempts=5):\n"
               "    for attempt in range(attempts):\n"
               "        r = requests.get(url, headers=headers, timeout=10)\n"
               "        if r.status_code != 429:\n"
               "            return r\n"
               "        time.sleep(int(r.headers.get(\"Retry-After\", 2 ** attempt)))\n"
               "    r.raise_for_status()"},
    {"javascript", "async function fetchWithRetry(url, init, attempts = 5) {\n"
                   "  for (let i = 0; i < attempts; i++) {\n"
                   "    const res = await fetch(url, init);\n"
                   "    if (res.status !== 429) return res;\n"
                   "    const wait = Number(res.headers.get('Retry-After') || 2 ** i);\n"
                   "    await new Promise((resolve) => setTimeout(resolve, wait * 1000));\n"
                   "  }\n"
                   "  throw new Error('still rate limited');\n"
                   "}"},
    {"json", "{\n"
             "  \"url\": \"https://hooks.example.com/brightlane\",\n"
             "  \"events\": [\"device.state_changed\", \"device.offline\"],\n"
             "  \"secret\": \"whsec_…\",\n"
             "  \"active\": true\n"
             "}"},
};

} // namespace

std::span<const DemoSnippet> demoSnippets(DemoSnippetUse use)
{
    switch (use) {
    case DemoSnippetUse::LoginLog:
        return loginLogs;
    case DemoSnippetUse::ApiResponse:
        return apiResponses;
    case DemoSnippetUse::WebhookLog:
        return webhookLogs;
    case DemoSnippetUse::AgentCode:
        return agentCode;
    }
    return loginLogs;
}

} // namespace kontor
