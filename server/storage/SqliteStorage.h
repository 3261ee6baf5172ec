// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Storage.h"

#include <memory>

namespace Switchboard::Hub {

//! The embedded backend: one SQLite file in WAL mode, schema versioned by PRAGMA user_version.
//! The write-ahead log is copied back into the file by a thread of its own (WalCheckpointer).
class WalCheckpointer;

class SqliteStorage final : public Storage
{
public:
    //! The writing connection's page cache unless told otherwise ([database] cache_mebibytes).
    static constexpr int DefaultCacheMebibytes = 64;

    //! path is the database file; it is created with its folder if missing. The connection that
    //! writes keeps up to cacheMebibytes of the database's pages in memory.
    explicit SqliteStorage(const QString &path, int cacheMebibytes = DefaultCacheMebibytes);
    ~SqliteStorage() override;

    bool open(QString *error) override;
    QString backendName() const override { return QStringLiteral("sqlite"); }
    int schemaVersion() override;

    //! The newest schema version this build knows.
    static int latestSchemaVersion();
    //! Opens db as a read-only connection to the database file at path, which the hub's writer
    //! has already opened and migrated: WAL lets threads read through their own connections
    //! while the one writer writes.
    static bool openReader(Database &db, const QString &path, QString *error);

private:
    void migrate();

    QString m_path;
    int m_cacheMebibytes;
    //! Checkpoints the write-ahead log off the writer's thread; stops before the writer closes.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace Switchboard::Hub
