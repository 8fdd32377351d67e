#include "render/HtmlSanitizer.h"

#include "render/HtmlElementPolicy.h"
#include "render/HtmlInput.h"
#include "render/InlineStyle.h"
#include "render/TextBreaks.h"
#include "render/UrlPolicy.h"

#include <gumbo.h>

#include <QSet>
#include <memory>
#include <vector>

namespace kontor::render {

namespace {

using namespace html;

QString oneOf(QStringView value, std::initializer_list<QStringView> allowed)
{
    const QString lowered = value.trimmed().toString().toLower();
    for (QStringView candidate : allowed) {
        if (lowered == candidate)
            return lowered;
    }
    return {};
}

// A colour as a name or #hex, nothing that could be read as anything else.
QString colourValue(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 32)
        return {};
    for (const QChar c : trimmed) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'#')
            return {};
    }
    return trimmed.toString();
}

QString fontFaceValue(QStringView value)
{
    if (value.size() > 64)
        return {};
    for (const QChar c : value) {
        if (!c.isLetterOrNumber() && c != u' ' && c != u',' && c != u'-' && c != u'_')
            return {};
    }
    return value.trimmed().toString();
}

QString fontSizeValue(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    bool ok = false;
    const int size = trimmed.toInt(&ok);
    if (!ok || size < -6 || size > 7)
        return {};
    return trimmed.toString();
}

struct Frame
{
    GumboNode *node = nullptr;
    unsigned int next = 0;  // the next child to visit
    QString closing;        // the end tag to write when leaving, empty when the element was not written
    bool listKept = false;  // the closest list around is written (so its items may be)
    bool tableKept = false; // the closest table around is written (so its rows and cells may be)
    int cells = 0;          // cells written in this row
    int listDepth = 0;      // written lists around
    int tableDepth = 0;     // written tables around
    int depth = 0;          // written elements around
};

class Writer
{
public:
    Writer(const SanitizeOptions &options, const QList<QStringView> &payloads, SanitizedHtml &result)
        : options_(options)
        , payloads_(payloads)
        , result_(result)
    {}

    void writeChildrenOf(GumboNode *body);

private:
    bool overBudget() const
    {
        return text_ >= options_.maxTextChars || lines_ >= options_.maxLines ||
               elements_ >= options_.maxElements || tableCellWeight_ >= options_.maxTableCellWeight;
    }
    void writeText(const GumboText &text, bool preformatted);
    // Writes the start tag of an element when it is kept and returns its frame; a frame with no node when the
    // element and its content are left out.
    Frame enter(GumboNode *node, const Frame &parent);
    QString attributesOf(const GumboElement &element);
    QString imageSource(QStringView src);

    const SanitizeOptions &options_;
    const QList<QStringView> &payloads_; // data: URIs set aside before parsing
    SanitizedHtml &result_;
    QSet<QUrl> remoteSeen_;
    qsizetype text_ = 0;
    qsizetype lines_ = 0;
    qsizetype elements_ = 0;
    qsizetype tableCellWeight_ = 0;
    int preformatted_ = 0;
};

QString Writer::imageSource(QStringView src)
{
    QString trimmed = trimmedUrl(src);
    auto refused = [](QStringView reason) {
        return kRefusedImageScheme.toString() + u':' + reason.toString();
    };
    if (urlScheme(trimmed) == kPayloadScheme) {
        bool ok = false;
        const qsizetype index = QStringView(trimmed).sliced(kPayloadScheme.size() + 1).toLongLong(&ok);
        if (!ok || index < 0 || index >= payloads_.size())
            return refused(kRefusedSource);
        trimmed = trimmedUrl(payloads_[index]);
    }
    // What this sanitizer wrote before stays as it is (sanitizing is idempotent).
    if (urlScheme(trimmed) == kRefusedImageScheme) {
        const QStringView reason = QStringView(trimmed).sliced(kRefusedImageScheme.size() + 1);
        if (reason == kRefusedRemote || reason == kRefusedTooLarge || reason == kRefusedSource)
            return trimmed;
        return refused(kRefusedSource);
    }
    switch (imageSourceKind(trimmed)) {
    case ImageSourceKind::Embedded:
        // Base64 makes four characters of three bytes.
        if (trimmed.size() > limits::kMaxImageBytes / 3 * 4 + 256)
            return refused(kRefusedTooLarge);
        return trimmed;
    case ImageSourceKind::Attachment:
        return trimmed.size() <= limits::kMaxAttributeChars ? trimmed : refused(kRefusedSource);
    case ImageSourceKind::Remote: {
        if (trimmed.size() > limits::kMaxAttributeChars)
            return refused(kRefusedSource);
        const QUrl url(trimmed);
        if (!remoteSeen_.contains(url)) {
            remoteSeen_.insert(url);
            result_.remoteImages.append(url);
        }
        return options_.allowRemoteImages ? trimmed : refused(kRefusedRemote);
    }
    case ImageSourceKind::Refused:
        break;
    }
    return refused(kRefusedSource);
}

QString Writer::attributesOf(const GumboElement &element)
{
    QString out;
    auto add = [&out](QStringView name, const QString &value) {
        if (value.isEmpty())
            return;
        out += u' ' + name.toString() + u"=\"" + value.toHtmlEscaped() + u'"';
    };
    const GumboTag tag = element.tag;
    for (unsigned int i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attribute->name).toLower();
        const QString value = QString::fromUtf8(attribute->value);
        if (tag == GUMBO_TAG_IMG && name == u"src") {
            add(name, imageSource(value));
            continue;
        }
        if (value.size() > limits::kMaxAttributeChars)
            continue;
        if (name == u"style")
            add(name, filteredInlineStyle(value));
        else if (name == u"align")
            add(name, oneOf(value, {u"left", u"right", u"center", u"justify"}));
        else if (name == u"valign")
            add(name, oneOf(value, {u"top", u"middle", u"bottom", u"baseline"}));
        else if (name == u"dir")
            add(name, oneOf(value, {u"ltr", u"rtl"}));
        else if (name == u"bgcolor" || (name == u"color" && tag == GUMBO_TAG_FONT))
            add(name, colourValue(value));
        else if (tag == GUMBO_TAG_A && name == u"href")
            add(name, isAllowedLinkUrl(value) ? trimmedUrl(value) : QString());
        else if (tag == GUMBO_TAG_A && name == u"name")
            add(name, value.left(128));
        else if (tag == GUMBO_TAG_IMG && (name == u"alt" || name == u"title"))
            add(name, value.left(256));
        else if (name == u"width" || name == u"height")
            add(name, boundedLength(value, 1600));
        else if ((tag == GUMBO_TAG_TABLE) &&
                 (name == u"border" || name == u"cellpadding" || name == u"cellspacing"))
            add(name, boundedLength(value, 40));
        else if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && (name == u"colspan" || name == u"rowspan"))
            add(name, boundedLength(value, limits::kMaxTableSpan));
        else if (tag == GUMBO_TAG_FONT && name == u"size")
            add(name, fontSizeValue(value));
        else if (tag == GUMBO_TAG_FONT && name == u"face")
            add(name, fontFaceValue(value));
        else if (tag == GUMBO_TAG_OL && name == u"type")
            add(name, oneOf(value, {u"1", u"a", u"i"}).isEmpty() ? QString() : value.trimmed().left(1));
        else if (tag == GUMBO_TAG_UL && name == u"type")
            add(name, oneOf(value, {u"disc", u"circle", u"square"}));
        else if ((tag == GUMBO_TAG_OL && name == u"start") || (tag == GUMBO_TAG_LI && name == u"value"))
            add(name, boundedLength(value, 100000));
        // Every other attribute — event handlers first of all — is left out.
    }
    return out;
}

Frame Writer::enter(GumboNode *node, const Frame &parent)
{
    Frame frame;
    frame.listKept = parent.listKept;
    frame.tableKept = parent.tableKept;
    frame.listDepth = parent.listDepth;
    frame.tableDepth = parent.tableDepth;
    frame.depth = parent.depth;
    const GumboElement &element = node->v.element;
    Treatment treatment =
        element.tag_namespace == GUMBO_NAMESPACE_HTML ? treatmentOf(element.tag) : Treatment::Drop;
    if (treatment == Treatment::Drop)
        return frame; // no node: skipped with its content
    frame.node = node;
    const Role role = roleOf(element.tag);
    if (role == Role::Cell && parent.tableKept && parent.cells >= limits::kMaxCellsPerRow) {
        frame.node = nullptr; // a row wider than any screen: its extra cells are left out
        return frame;
    }
    // Nesting past the bounds keeps the text and loses the markup; table and list parts follow their table or
    // list, so that no row is written outside a table.
    switch (role) {
    case Role::List:
        frame.listKept = frame.listDepth < limits::kMaxListDepth && frame.depth < limits::kMaxElementDepth;
        if (!frame.listKept)
            treatment = Treatment::Unwrap;
        break;
    case Role::ListItem:
        if (!parent.listKept)
            treatment = Treatment::Unwrap;
        break;
    case Role::Table:
        frame.tableKept = frame.tableDepth < limits::kMaxTableDepth && frame.depth < limits::kMaxElementDepth;
        if (!frame.tableKept)
            treatment = Treatment::Unwrap;
        break;
    case Role::TablePart:
    case Role::Row:
    case Role::Cell:
        if (!parent.tableKept)
            treatment = Treatment::Unwrap;
        break;
    case Role::Plain:
        if (frame.depth >= limits::kMaxElementDepth && !isVoid(element.tag))
            treatment = Treatment::Unwrap;
        break;
    }
    if (treatment == Treatment::Unwrap)
        return frame;

    const QString name = QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    result_.html += u'<' + name + attributesOf(element) + u'>';
    ++elements_;
    if (startsLine(element.tag))
        ++lines_;
    if (!isVoid(element.tag)) {
        frame.closing = u"</" + name + u'>';
        ++frame.depth;
    }
    if (role == Role::Cell)
        tableCellWeight_ += qsizetype(1) << qMax(0, frame.tableDepth - 1);
    if (role == Role::List)
        ++frame.listDepth;
    if (role == Role::Table)
        ++frame.tableDepth;
    if (element.tag == GUMBO_TAG_PRE)
        ++preformatted_;
    return frame;
}

void Writer::writeText(const GumboText &text, bool preformatted)
{
    QString content = QString::fromUtf8(text.text);
    if (text_ + content.size() > options_.maxTextChars) {
        content.truncate(options_.maxTextChars - text_);
        result_.truncated = true;
    }
    if (preformatted) {
        // Lines of preformatted text count one by one.
        qsizetype cut = -1;
        for (qsizetype i = 0; i < content.size(); ++i) {
            if (content[i] == u'\n' && ++lines_ >= options_.maxLines) {
                cut = i;
                break;
            }
        }
        if (cut >= 0) {
            content.truncate(cut);
            result_.truncated = true;
        }
    }
    text_ += content.size();
    result_.html += withBreakOpportunities(content).toHtmlEscaped();
}

void Writer::writeChildrenOf(GumboNode *body)
{
    std::vector<Frame> stack;
    Frame root;
    root.node = body;
    stack.push_back(root);
    while (!stack.empty()) {
        if (overBudget()) {
            result_.truncated = true;
            break;
        }
        Frame &top = stack.back();
        const GumboVector &children = top.node->v.element.children;
        if (top.next >= children.length) {
            result_.html += top.closing;
            if (!top.closing.isEmpty() && top.node->v.element.tag == GUMBO_TAG_PRE)
                --preformatted_;
            stack.pop_back();
            continue;
        }
        auto *child = static_cast<GumboNode *>(children.data[top.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            writeText(child->v.text, preformatted_ > 0);
            break;
        case GUMBO_NODE_ELEMENT: {
            if (roleOf(child->v.element.tag) == Role::Cell)
                ++top.cells;
            Frame frame = enter(child, top);
            if (frame.node && !isVoid(child->v.element.tag))
                stack.push_back(std::move(frame));
            break;
        }
        default:
            // Comments, CDATA (foreign content only) and templates show nothing.
            break;
        }
    }
    // Whatever was cut off, every element written is closed.
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        result_.html += it->closing;
}

GumboNode *bodyOf(GumboOutput *output)
{
    if (!output || !output->root || output->root->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = output->root->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        auto *child = static_cast<GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            return child;
    }
    return nullptr;
}

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

SanitizeOptions expandedSanitizeOptions(bool allowRemoteImages)
{
    SanitizeOptions options;
    options.allowRemoteImages = allowRemoteImages;
    options.maxTextChars = limits::kExpandedChars;
    options.maxLines = limits::kExpandedLines;
    options.maxElements = limits::kExpandedElements;
    options.maxTableCellWeight = limits::kExpandedTableCellWeight;
    options.maxTags = limits::kExpandedTags;
    return options;
}

SanitizedHtml sanitizeHtmlDocument(QStringView html, const SanitizeOptions &options)
{
    SanitizedHtml result;
    const BoundedHtmlInput input = boundHtmlInput(html, options.maxTextChars, options.maxTags);
    const QByteArray utf8 = input.html.toUtf8();
    GumboOptions parserOptions = kGumboDefaultOptions;
    parserOptions.max_errors = 0; // a broken page would otherwise keep one record per error
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&parserOptions, utf8.constData(), size_t(utf8.size())));
    if (GumboNode *body = bodyOf(output.get())) {
        Writer writer(options, input.payloads, result);
        writer.writeChildrenOf(body);
    }
    result.truncated = result.truncated || input.cut;
    return result;
}

QString sanitizeHtml(QStringView html, const SanitizeOptions &options)
{
    return sanitizeHtmlDocument(html, options).html;
}

} // namespace kontor::render
