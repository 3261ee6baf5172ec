# SPDX-FileCopyrightText: Switchboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows (not built in CI; see README.md "Packages"): a GUI program with its icon and version
# resource, and an install that carries everything it loads, so the NSIS installer is complete.
set_target_properties(switchboard PROPERTIES WIN32_EXECUTABLE ON)
set(SWITCHBOARD_WINDOWS_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/switchboard.ico)
configure_file(windows/switchboard.rc.in ${CMAKE_CURRENT_BINARY_DIR}/switchboard.rc @ONLY)
target_sources(switchboard PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/switchboard.rc)

# Qt's libraries, plugins (platforms, sqldrivers, iconengines, imageformats, tls, styles) and
# translations, with a qt.conf: windeployqt, run by Qt's generated script at install time.
qt_generate_deploy_app_script(TARGET switchboard FILENAME_VARIABLE _deploy_script)
install(SCRIPT ${_deploy_script} COMPONENT desktop)

# windeployqt copies Qt only. QtKeychain, libcurl and what they link (OpenSSL, zlib …) are found
# next to those libraries or under CMAKE_PREFIX_PATH and copied beside the program.
set(_dll_dirs "$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>")
get_filename_component(_curl_prefix "${CURL_INCLUDE_DIRS}" DIRECTORY)
list(APPEND _dll_dirs "${_curl_prefix}/bin")
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _dll_dirs "${_prefix}/bin")
endforeach()
list(TRANSFORM _dll_dirs PREPEND "\"")
list(TRANSFORM _dll_dirs APPEND "\"")
list(JOIN _dll_dirs " " _dll_dirs)
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:switchboard>\"
        RESOLVED_DEPENDENCIES_VAR _deps
        UNRESOLVED_DEPENDENCIES_VAR _missing
        DIRECTORIES ${_dll_dirs}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
        POST_EXCLUDE_REGEXES \"[Ss]ystem32\")
    if(_missing)
        message(FATAL_ERROR \"switchboard.exe needs DLLs that were not found: \${_missing}\")
    endif()
    file(INSTALL \${_deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    " COMPONENT desktop)
