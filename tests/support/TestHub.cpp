// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHub.h"

#include "service/PeopleService.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <stdexcept>

namespace Switchboard::Test {

using namespace Domain;

TestHub::TestHub()
    : TestHub(Options())
{
}

TestHub::TestHub(const Options &options)
    : m_options(options)
{
    if (m_options.dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = m_options.dataDir;
    }
    start();
    if (m_options.users && !m_hub->storage().users().byUsername(QStringLiteral("agent1"))) {
        const QList<std::pair<QString, Role>> users{{QStringLiteral("admin"), Role::Admin},
            {QStringLiteral("supervisor"), Role::Supervisor},
            {QStringLiteral("agent1"), Role::Agent}, {QStringLiteral("agent2"), Role::Agent}};
        for (const auto &[name, role] : users) {
            Hub::NewUser u;
            u.username = name;
            u.password = password();
            u.profile.name = name.at(0).toUpper() + name.mid(1);
            u.profile.role = role;
            u.profile.languages = {QStringLiteral("en")};
            if (!m_hub->people().createUser(u).ok())
                throw std::runtime_error("cannot create test user");
        }
    }
}

TestHub::~TestHub() = default;

void TestHub::start()
{
    Hub::HubConfig config;
    config.dataDir = m_dataDir;
    config.port = m_options.port;
    config.demo = m_options.demo;
    config.demoTrafficMilliseconds = m_options.demoTrafficMilliseconds;
    config.policy = m_options.policy;
    config.maxBodyBytes = m_options.maxBodyBytes;
    config.heartbeatSeconds = m_options.heartbeatSeconds;
    config.httpThreads = m_options.httpThreads;
    config.meta = m_options.meta;
    config.email = m_options.email;
    config.x = m_options.x;
    config.twilio = m_options.twilio;
    if (m_options.configure)
        m_options.configure(config);
    m_hub = std::make_unique<Hub::Hub>(config);
    QString error;
    if (!m_hub->start(&error))
        throw std::runtime_error(error.toStdString());
    m_options.port = m_hub->url().port();
}

void TestHub::restart()
{
    m_hub.reset();
    start();
}

User TestHub::user(const QString &username)
{
    const auto u = m_hub->storage().users().byUsername(username);
    if (!u)
        throw std::runtime_error("no such test user");
    return *u;
}

} // namespace Switchboard::Test
