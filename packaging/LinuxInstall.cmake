# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: the desktop's menu entry, AppStream metainfo and hicolor icons; the hub's systemd unit,
# service user, default configuration and administrator's guide.

# Icons: PNGs in the hicolor sizes rendered from the SVG at build time, and the SVG itself.
find_program(SWITCHBOARD_RSVG_CONVERT rsvg-convert REQUIRED)
set(SWITCHBOARD_HICOLOR_SIZES 16 22 24 32 48 64 128 256 512)
set(_svg ${PROJECT_SOURCE_DIR}/resources/icons/switchboard.svg)
set(_pngs)
foreach(_size IN LISTS SWITCHBOARD_HICOLOR_SIZES)
    set(_png ${CMAKE_CURRENT_BINARY_DIR}/hicolor/${_size}x${_size}/apps/switchboard.png)
    add_custom_command(OUTPUT ${_png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/hicolor/${_size}x${_size}/apps
        COMMAND ${SWITCHBOARD_RSVG_CONVERT} --width ${_size} --height ${_size} --output ${_png} ${_svg}
        DEPENDS ${_svg}
        COMMENT "Rendering the ${_size}x${_size} application icon"
        VERBATIM)
    list(APPEND _pngs ${_png})
endforeach()
add_custom_target(switchboard_hicolor_icons ALL DEPENDS ${_pngs})
install(DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
    COMPONENT desktop)
install(FILES ${_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    COMPONENT desktop)

# The desktop file keeps the name the program gives itself (QGuiApplication::setDesktopFileName),
# so Wayland compositors match its windows to the entry.
install(FILES linux/switchboard.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    COMPONENT desktop)
# The one release entry is this version; its date is when it was cut.
set(SWITCHBOARD_RELEASE_DATE 2026-11-24)
configure_file(linux/switchboard.metainfo.xml.in
    ${CMAKE_CURRENT_BINARY_DIR}/${SWITCHBOARD_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${SWITCHBOARD_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)

# The hub: unit and sysusers file under the prefix's lib/ (systemd reads /usr/lib and
# /usr/local/lib); the configuration where the unit's ExecStart looks, /etc/switchboard, whatever
# the prefix.
install(FILES linux/switchboard-hub.service DESTINATION lib/systemd/system COMPONENT hub)
install(FILES linux/switchboard-hub.sysusers DESTINATION lib/sysusers.d COMPONENT hub
    RENAME switchboard-hub.conf)
install(FILES linux/hub.conf DESTINATION /etc/switchboard COMPONENT hub)
install(FILES ${PROJECT_SOURCE_DIR}/docs/admin.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/switchboard-hub COMPONENT hub)
