#include "ui/MainWindow.h"

#include "core/Version.h"
#include "ui/ConversationPane.h"
#include "ui/CustomerPanel.h"
#include "ui/InboxPane.h"
#include "ui/NavigationPane.h"
#include "ui/WorkspaceStatusBar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

namespace kontor::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new NavigationPane(this))
    , m_inbox(new InboxPane(this))
    , m_conversation(new ConversationPane(this))
    , m_customer(new CustomerPanel(this))
    , m_statusBar(new WorkspaceStatusBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kontor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));

    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_customer);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setStretchFactor(3, 0);
    m_splitter->setSizes({200, 380, 640, 300});
    setCentralWidget(m_splitter);
    setStatusBar(m_statusBar);

    m_inbox->setViewTitle(tr("Mine"));
    connect(m_navigation, &NavigationPane::viewActivated, this, [this](const QString &) {
        m_inbox->setViewTitle(m_navigation->view()->currentIndex().data().toString());
    });

    createMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *customerPanel = view->addAction(tr("&Customer panel"));
    customerPanel->setCheckable(true);
    customerPanel->setChecked(true);
    customerPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(customerPanel, &QAction::toggled, m_customer, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kontor"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kontor"),
        tr("<h3>Kontor %1</h3><p>One workspace for every customer conversation, on every channel, "
           "online or offline.</p>")
            .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1480, 900);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace kontor::ui
