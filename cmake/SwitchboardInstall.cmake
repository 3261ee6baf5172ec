# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Install layout, settled before any folder declares what it installs: the install(...) rules in
# app/ and server/ read these variables when they run, so they must exist before add_subdirectory.
include(GNUInstallDirs)

# A rule that names no component belongs to the desktop package; the hub's rules say COMPONENT hub.
set(CMAKE_INSTALL_DEFAULT_COMPONENT_NAME desktop)

if(APPLE)
    # The desktop is an app bundle (packaging/CMakeLists.txt sets MACOSX_BUNDLE). Its install rule
    # in app/ installs to CMAKE_INSTALL_BINDIR, and a bundle must land at the top of the DMG.
    set(CMAKE_INSTALL_BINDIR .)
endif()
