# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# macOS (not built in CI; see README.md "Packages"): Switchboard.app with its Info.plist and icon,
# made self-contained by macdeployqt at install time; CPack's DragNDrop turns it into the DMG.
# cmake/SwitchboardInstall.cmake puts the bundle at the top of the install tree.
set(_icns ${CMAKE_CURRENT_SOURCE_DIR}/macos/switchboard.icns)
set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(switchboard PRIVATE ${_icns})
set_target_properties(switchboard PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Switchboard
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME Switchboard
    MACOSX_BUNDLE_EXECUTABLE_NAME Switchboard
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SWITCHBOARD_APP_ID}
    MACOSX_BUNDLE_ICON_FILE switchboard.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Switchboard contributors, GPL-3.0-or-later")

# Qt's frameworks and plugins, and every other library the program links (QtKeychain, …), copied
# into the bundle and relinked: macdeployqt, run by Qt's generated script at install time.
qt_generate_deploy_app_script(TARGET switchboard FILENAME_VARIABLE _deploy_script)
install(SCRIPT ${_deploy_script} COMPONENT desktop)
