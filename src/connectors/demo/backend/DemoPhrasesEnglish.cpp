// English texts of the demo contact center.
#include "connectors/demo/backend/DemoContent.h"

namespace kontor {

namespace {

// Late delivery
constexpr const char *deliverySubjects[] = {
    "Where is my order {order}?",
    "Order {order} still not delivered",
};
constexpr const char *deliveryOpenings[] = {
    "Hi, I ordered the {product} on {date} (order {order}) and it still hasn't arrived. The tracking page "
    "has "
    "said \"in transit\" for {days} days now. Can you tell me what is going on?",
    "Hello, my order {order} was supposed to arrive by {date}, but nothing has turned up. Tracking number "
    "{tracking} with {carrier} shows no update since last week.\n\nI need it for a birthday present this "
    "weekend, so I'd really appreciate a quick answer.",
    "Order {order} - still waiting. Any news?",
};
constexpr const char *deliveryFollowUps[] = {
    "Thanks. I just checked again and {carrier} still shows the same status.",
    "Is there any way to send a replacement instead? I can't wait much longer.",
    "It's been another two days. Could you escalate this please?",
};
constexpr const char *deliveryReplies[] = {
    "Thanks for your patience. I've checked order {order}: the parcel left our warehouse on {date} and is "
    "with "
    "{carrier} under tracking number {tracking}. It looks stuck at their hub, so I've opened an "
    "investigation "
    "with them. I'll get back to you within 48 hours.",
    "Sorry for the delay. If the parcel hasn't moved by tomorrow, we'll send a replacement free of charge - "
    "no need to return anything.",
    "Good news: {carrier} found the parcel. It's out for delivery and should be with you tomorrow before 6 "
    "pm.",
};
constexpr const char *deliveryNotes[] = {
    "Carrier investigation opened with {carrier}, reference {tracking}. Follow up on Thursday if there is no "
    "new scan.",
    "Customer ordered it as a gift - prioritise a replacement if the parcel is lost. {colleague} can you "
    "approve the reshipment?",
};
constexpr const char *deliveryThanks[] = {
    "It just arrived. Thank you for your help!",
    "Great, thanks a lot.",
};

// Refund
constexpr const char *refundSubjects[] = {
    "Refund for order {order}",
    "Return received - where is my refund?",
};
constexpr const char *refundOpenings[] = {
    "Hi, I returned the {product} from order {order} two weeks ago. The parcel was delivered to your "
    "warehouse "
    "on {date}, but I haven't received the refund of {amount} yet.",
    ("Hello, I'd like to return the {product} (order {order}). It doesn't work with our setup. How do I get "
     "a "
     "refund?"),
    "When will I get my money back for order {order}? It's been {days} days.",
};
constexpr const char *refundFollowUps[] = {
    "I still don't see the {amount} on my card. Which account did you refund it to?",
    "Thanks. Do I need to print the return label, or can I show a QR code at the post office?",
    "The refund says {amount} but I paid shipping too. Is that refunded as well?",
};
constexpr const char *refundReplies[] = {
    "I can see your return for order {order} arrived on {date}. The refund of {amount} was issued today to "
    "the "
    "original payment method; depending on your bank it takes 3-5 working days to show up.",
    "You can return it within 30 days. I've sent a prepaid return label to your email - just stick it on the "
    "box "
    "and drop it at any {carrier} point.",
    ("The original shipping cost is refunded too when the whole order is returned. I've added it, so you'll "
     "see a second, smaller refund in a few days."),
};
constexpr const char *refundNotes[] = {
    "Refund of {amount} approved. Above the 100 EUR limit, so {colleague} please double-check before it goes "
    "out.",
    "Return scanned in the warehouse on {date}; item in resellable condition.",
};
constexpr const char *refundThanks[] = {
    "Refund received, thanks!",
    "Perfect, thank you for sorting that out.",
};

// Login trouble
constexpr const char *loginSubjects[] = {
    "Can't log in to my account",
    "Password reset email never arrives",
};
constexpr const char *loginOpenings[] = {
    "Hi, I can't log in to the Brightlane app since the last update. It keeps saying \"Invalid credentials\" "
    "even after I reset my password twice.",
    "Hello, I requested a password reset three times, but the email never arrives. I checked the spam folder "
    "too. My account email is {email}.",
    "The app shows this when I try to log in:\n\n{snippet}\n\nWhat does it mean?",
};
constexpr const char *loginFollowUps[] = {
    "I tried that, same error. Here is what the app log says:\n\n{snippet}",
    "Still nothing in my inbox. Could it be that my account is locked?",
    "It worked on my phone but not on the tablet.",
};
constexpr const char *loginReplies[] = {
    "Thanks for the details. Your account was locked after five failed attempts - I've unlocked it now. "
    "Please "
    "try the reset link again; it's valid for 30 minutes.",
    "The log shows the app is still using an expired session. Please sign out, clear the app cache "
    "(Settings > Storage > Clear cache) and sign in again.",
    "The tablet still runs app version 3.8.1, which uses the old sign-in. Updating to 4.2 from the app store "
    "fixes it.",
};
constexpr const char *loginNotes[] = {
    "Auth service logs show repeated 401s from an old app build (3.8.1). Asked the customer to update.",
    "Reset emails bounced: mailbox full on the customer's side. {colleague} can you double-check the bounce "
    "log?",
};
constexpr const char *loginThanks[] = {
    "That worked, I'm in again. Thanks!",
    "All good now, thank you.",
};

// Invoice
constexpr const char *invoiceSubjects[] = {
    "Invoice {invoice} - wrong company address",
    "Charged twice for order {order}",
};
constexpr const char *invoiceOpenings[] = {
    ("Hi, invoice {invoice} for order {order} shows our old company address. Our accounts department needs a "
     "corrected invoice with our VAT number GB 284 1190 37."),
    "Hello, could you send me a copy of invoice {invoice}? I can't find it in my account.",
    "I was charged twice for order {order} - {amount} appears twice on my statement.",
};
constexpr const char *invoiceFollowUps[] = {
    "Thanks, but the VAT number is still missing on the new invoice.",
    "Do you have it as a PDF as well? Our system doesn't accept the HTML version.",
};
constexpr const char *invoiceReplies[] = {
    "I've issued a corrected invoice {invoice} with your new address and VAT number. You'll find it attached "
    "and in your account under Orders > Invoices.",
    "You're right: the second charge of {amount} was a pre-authorisation that should have been released. "
    "I've "
    "cancelled it, and it will disappear from your statement within a few days.",
    "Here is invoice {invoice} as a PDF. The HTML version in the account is the same document.",
};
constexpr const char *invoiceNotes[] = {
    "Duplicate charge confirmed in the payment provider dashboard (2 x {amount}); second one voided.",
    "Corrected invoice needs a credit note for the original {invoice}. {colleague} can you issue it?",
};
constexpr const char *invoiceThanks[] = {
    "Got it, thank you!",
    "That's exactly what we needed, thanks.",
};

// Address change
constexpr const char *addressSubjects[] = {
    "Change delivery address for order {order}",
    "Wrong address on my order",
};
constexpr const char *addressOpenings[] = {
    "Hi, I just placed order {order} and noticed I used my old address. Can you change it to {street}, "
    "{city}?",
    "We're moving next week - please deliver order {order} to {street}, {city} instead.",
};
constexpr const char *addressFollowUps[] = {
    "Has the address been updated? The confirmation email still shows the old one.",
    "Sorry, one more thing: the flat number is 3B.",
};
constexpr const char *addressReplies[] = {
    "I've updated the delivery address for order {order} to {street}, {city}. The parcel hasn't been handed "
    "to "
    "{carrier} yet, so it will go to the new address.",
    "Unfortunately the parcel had already left our warehouse. I've asked {carrier} to redirect it to "
    "{street}, "
    "{city}; they will send you a text to confirm.",
};
constexpr const char *addressNotes[] = {
    "Address change requested after dispatch - redirect request sent to {carrier}.",
};
constexpr const char *addressThanks[] = {
    "Thanks, that's a relief!",
    "Perfect, thank you.",
};

// API errors
constexpr const char *apiSubjects[] = {
    "API returns {error} on {endpoint}",
    "Webhook deliveries failing since this morning",
};
constexpr const char *apiOpenings[] = {
    "Hi, since this morning our integration gets {error} when calling {endpoint}. Nothing changed on our "
    "side. "
    "Example request and response:\n\n{snippet}",
    "Hello, our webhook endpoint stopped receiving events around {time}. Our logs show:\n\n{snippet}\n\nCan "
    "you "
    "check whether deliveries are failing on your side?",
    "We get {error} on about 5% of calls to {endpoint} since the last deploy. Is there an incident?",
};
constexpr const char *apiFollowUps[] = {
    "We added the backoff, but now some calls return this:\n\n{snippet}",
    "It works again for most devices, but some requests still time out after 30 s.",
    "Is there a status page we can subscribe to?",
};
constexpr const char *apiReplies[] = {
    "Thanks for the detailed report. The {error} comes from the rate limiter: your key sent more than 600 "
    "requests per minute. Please back off when you see a `Retry-After` header, for example:\n\n{snippet}",
    "We had a partial outage of the device service between 09:12 and 09:47 UTC; webhook deliveries from that "
    "window are being replayed now. You can check the delivery status in the developer console under "
    "Webhooks > Deliveries.",
    "The 422 means the schedule start lacks a time zone. Send it as ISO 8601 with an offset, e.g. "
    "`2025-03-04T07:30:00+01:00`, and it will be accepted.",
};
constexpr const char *apiNotes[] = {
    "Customer's key hits the rate limit from a single IP - most likely a retry loop without backoff. "
    "{colleague} FYI.",
    "Linked to incident INC-2291 (device service). Replay started for all affected webhooks.",
};
constexpr const char *apiThanks[] = {
    "Confirmed, all green on our side now. Thanks for the quick help!",
    "Works. Thanks for the fast turnaround.",
};

// Damaged item
constexpr const char *damagedSubjects[] = {
    "{product} arrived damaged",
    "Broken item in order {order}",
};
constexpr const char *damagedOpenings[] = {
    "Hi, the {product} from order {order} arrived today with a cracked casing. I've attached a photo.",
    "The box was crushed and the {product} doesn't turn on. What now?",
};
constexpr const char *damagedFollowUps[] = {
    "Do I need to send the broken one back first?",
    "Here is another photo of the packaging.",
};
constexpr const char *damagedReplies[] = {
    "I'm sorry about that. I've sent a replacement {product} today - you'll get tracking from {carrier} "
    "shortly. No need to return the damaged one; please recycle it.",
    "Thanks for the photos. That's clearly transport damage, so I've registered a claim with {carrier} and "
    "a replacement is on its way.",
};
constexpr const char *damagedNotes[] = {
    "Second damaged delivery via {carrier} this week for this area - flagging to logistics.",
};
constexpr const char *damagedThanks[] = {
    "The replacement arrived in one piece. Thanks!",
    "Thank you, very kind.",
};

// Subscription
constexpr const char *subscriptionSubjects[] = {
    "Cancel my Brightlane {plan} subscription",
    "Upgrade to the {plan} plan",
};
constexpr const char *subscriptionOpenings[] = {
    "Hi, I'd like to cancel my Brightlane {plan} subscription at the end of the current period. Please "
    "confirm.",
    "Hello, how do I upgrade to {plan}, and is the price pro-rated?",
};
constexpr const char *subscriptionFollowUps[] = {
    "Will my camera recordings be deleted when the subscription ends?",
    "And can I switch back later without losing my automations?",
};
constexpr const char *subscriptionReplies[] = {
    "Your {plan} subscription is cancelled and stays active until {date}. You won't be charged again.",
    "You can upgrade any time in the app under Account > Plan. We credit the unused part of your current "
    "plan, "
    "so the difference this month is {amount}.",
    "Recordings stay available for 30 days after the subscription ends, so you have time to download them.",
};
constexpr const char *subscriptionNotes[] = {
    "Offered one month free to keep the customer; declined.",
};
constexpr const char *subscriptionThanks[] = {
    "Thanks for the quick confirmation.",
    "Great, thank you!",
};

constexpr const char *emailGreetings[] = {"Hi,", "Hello,", "Hi Brightlane team,", "Dear Sir or Madam,"};
constexpr const char *emailSignOffs[] = {"Best regards,", "Thanks,", "Kind regards,", "Cheers,"};
constexpr const char *mobileFooters[] = {"Sent from my iPhone", "Sent from Outlook for Android"};
constexpr const char *agentGreetings[] = {"Hi {first},", "Hello {first},", "Dear {name},"};
constexpr const char *agentSignOffs[] = {"Best regards,", "Kind regards,", "All the best,"};
constexpr const char *customerChat[] = {
    "ok", "one sec", "thanks", "hello?", "still there?", "👍", "sorry, had to take a call",
};
constexpr const char *agentChat[] = {
    "Let me check that for you.",
    "One moment please, I'm looking into it.",
    "Thanks for waiting!",
    "Is there anything else I can help you with?",
};
constexpr const char *channelSwitches[] = {
    "I already wrote to you by {previous} about this - order {order}.",
    "Following up on my {previous} message from earlier, as nobody has answered there yet.",
    "Hi again, same issue as in my {previous} message (order {order}). Easier for me here.",
};
constexpr const char *voicemails[] = {
    "Hi, this is {name} calling about order {order}. Please call me back on this number. Thanks.",
    "Hello, {name} here. I've been waiting for an answer about my order {order} - could someone call me back "
    "this afternoon?",
};
constexpr const char *callNotes[] = {
    ("Call ({duration}): customer asked about order {order}. Explained the next steps and promised an update "
     "by email."),
    "Call ({duration}): went through the issue step by step with the customer; resolved on the phone.",
    "Called back ({duration}), no answer. Left a voicemail.",
};
constexpr const char *csatGood[] = {
    "Quick and friendly help, thanks!",
    "Problem solved in minutes.",
    "Very helpful, thank you {agent}.",
};
constexpr const char *csatMixed[] = {
    "OK in the end, but it took a while.",
    "Solved, but I had to write twice.",
};
constexpr const char *csatBad[] = {
    "Had to explain everything twice.",
    "Still waiting for a real solution.",
};

} // namespace

const DemoPhrasebook &englishPhrasebook()
{
    static const DemoPhrasebook book{
        .topics =
            {
                {deliverySubjects, deliveryOpenings, deliveryFollowUps, deliveryReplies, deliveryNotes,
                 deliveryThanks},
                {refundSubjects, refundOpenings, refundFollowUps, refundReplies, refundNotes, refundThanks},
                {loginSubjects, loginOpenings, loginFollowUps, loginReplies, loginNotes, loginThanks},
                {invoiceSubjects, invoiceOpenings, invoiceFollowUps, invoiceReplies, invoiceNotes,
                 invoiceThanks},
                {addressSubjects, addressOpenings, addressFollowUps, addressReplies, addressNotes,
                 addressThanks},
                {apiSubjects, apiOpenings, apiFollowUps, apiReplies, apiNotes, apiThanks},
                {damagedSubjects, damagedOpenings, damagedFollowUps, damagedReplies, damagedNotes,
                 damagedThanks},
                {subscriptionSubjects, subscriptionOpenings, subscriptionFollowUps, subscriptionReplies,
                 subscriptionNotes, subscriptionThanks},
            },
        .emailGreetings = emailGreetings,
        .emailSignOffs = emailSignOffs,
        .mobileFooters = mobileFooters,
        .agentGreetings = agentGreetings,
        .agentSignOffs = agentSignOffs,
        .customerChat = customerChat,
        .agentChat = agentChat,
        .channelSwitches = channelSwitches,
        .voicemails = voicemails,
        .callNotes = callNotes,
        .csatGood = csatGood,
        .csatMixed = csatMixed,
        .csatBad = csatBad,
        .quoteHeader = "On {qdate}, {qfrom} wrote:",
        .quoteDate = "{wd}, {d} {mon} {y} at {hh}:{mm}",
        .dateFormat = "{d} {mon}",
        .months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"},
        .weekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
        .channelNames = {"email", "web chat", "text message", "WhatsApp", "Messenger", "Instagram",
                         "Telegram", "phone", "the contact form"},
        .durationFormat = "{m} min {s} s",
        .currencyFormat = "£{v}",
        .currencyPerMille = 860,
        .decimalSeparator = '.',
        .teamSignature = "Brightlane Customer Care",
    };
    return book;
}

} // namespace kontor
