# Installation: the shared and static libraries, the public headers, the
# pkg-config file, the CMake package (facturx::facturx) and the documentation.
# Included by the root CMakeLists.txt (the facturx command installs itself there).
include(CMakePackageConfigHelpers)

set(FX_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/facturx CACHE STRING
    "Where the CMake package files are installed (relative to the prefix)")
mark_as_advanced(FX_CMAKE_DIR)

install(TARGETS facturx facturx_static EXPORT facturxTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/facturx.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/facturx DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")

# The pkg-config modules behind each PkgConfig::<PREFIX> target the library
# may link (pkg_check_modules(<PREFIX> ... IMPORTED_TARGET modules...)).
set(FX_PKG_MODULES_LIBXML2 libxml-2.0)
set(FX_PKG_MODULES_JANSSON jansson)
set(FX_PKG_MODULES_ICU icu-uc icu-i18n)
set(FX_PKG_MODULES_QPDF libqpdf)
set(FX_PKG_MODULES_CURL libcurl)
set(FX_PKG_MODULES_SQLITE3 sqlite3)
# Modules whose "pkg-config --static" flags need -dev packages Debian does not
# install with them (libcurl's: ldap, ssh2, rtmp, ...): facturx.pc names their
# (shared) library in Libs.private instead of requiring the module.
set(FX_PKG_LIBS_ONLY_CURL -lcurl)

# Sets var to the pkg-config modules of PkgConfig::<prefix>: from the table
# above, else from the arguments pkg_check_modules recorded in the cache.
function(fx_pkg_modules var prefix)
  set(mods ${FX_PKG_MODULES_${prefix}})
  if(NOT mods AND DEFINED CACHE{__pkg_config_arguments_${prefix}})
    set(mods $CACHE{__pkg_config_arguments_${prefix}})
    list(FILTER mods EXCLUDE REGEX
         "^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$")
  endif()
  if(NOT mods)
    message(FATAL_ERROR "cmake/install.cmake: which pkg-config module is PkgConfig::${prefix}? "
                        "Add set(FX_PKG_MODULES_${prefix} ...) there.")
  endif()
  set(${var} ${mods} PARENT_SCOPE)
endfunction()

# Writes facturx.pc and facturxConfig.cmake from the libraries' link
# interface, so that a dependency added to the library is never forgotten.
function(fx_install_write_packages)
  get_target_property(shared_deps facturx INTERFACE_LINK_LIBRARIES)
  get_target_property(static_deps facturx_static INTERFACE_LINK_LIBRARIES)
  set(deps "")
  foreach(dep IN LISTS shared_deps static_deps)
    if(dep MATCHES "-NOTFOUND$" OR dep STREQUAL "")
      continue()
    endif()
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
    list(APPEND deps "${dep}")
  endforeach()
  list(REMOVE_DUPLICATES deps)
  set(FX_PC_REQUIRES "")
  set(FX_PC_LIBS_PRIVATE "")
  set(FX_CONFIG_DEPS "")
  foreach(dep IN LISTS deps)
    if(dep MATCHES "^PkgConfig::(.+)$")
      set(prefix ${CMAKE_MATCH_1})
      fx_pkg_modules(mods ${prefix})
      if(DEFINED FX_PKG_LIBS_ONLY_${prefix})
        list(APPEND FX_PC_LIBS_PRIVATE ${FX_PKG_LIBS_ONLY_${prefix}})
      else()
        list(APPEND FX_PC_REQUIRES ${mods})
      endif()
      string(APPEND FX_CONFIG_DEPS " \"${prefix};${mods}\"")
    elseif(dep STREQUAL "Threads::Threads")
      list(APPEND FX_PC_LIBS_PRIVATE -pthread)
    elseif(TARGET ${dep})
      message(FATAL_ERROR "cmake/install.cmake: the library links ${dep}: teach "
                          "fx_install_write_packages() how to export it.")
    elseif(dep MATCHES "^-" OR IS_ABSOLUTE "${dep}")
      list(APPEND FX_PC_LIBS_PRIVATE "${dep}")
    else()
      list(APPEND FX_PC_LIBS_PRIVATE "-l${dep}")
    endif()
  endforeach()
  list(JOIN FX_PC_REQUIRES " " FX_PC_REQUIRES)
  list(JOIN FX_PC_LIBS_PRIVATE " " FX_PC_LIBS_PRIVATE)
  configure_file(${PROJECT_SOURCE_DIR}/facturx.pc.in ${PROJECT_BINARY_DIR}/facturx.pc @ONLY)
  configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/facturxConfig.cmake.in
    ${PROJECT_BINARY_DIR}/facturxConfig.cmake INSTALL_DESTINATION ${FX_CMAKE_DIR})
endfunction()

# CMake package: find_package(facturx) gives facturx::facturx (shared) and
# facturx::facturx_static.
install(EXPORT facturxTargets NAMESPACE facturx:: DESTINATION ${FX_CMAKE_DIR})
# 0.x versions: only the same MAJOR.MINOR is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/facturxConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/facturxConfig.cmake
  ${PROJECT_BINARY_DIR}/facturxConfigVersion.cmake DESTINATION ${FX_CMAKE_DIR})

# pkg-config: paths relative to the .pc file, so "cmake --install --prefix"
# to any place gives a working file.
function(fx_pc_path var dir)
  if(IS_ABSOLUTE "${dir}")
    set(${var} "${dir}" PARENT_SCOPE)
  else()
    set(${var} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(FX_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH FX_PC_UP "/fx/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/fx")
  string(REGEX REPLACE "/$" "" FX_PC_UP "${FX_PC_UP}")
  set(FX_PC_PREFIX "\${pcfiledir}/${FX_PC_UP}")
endif()
fx_pc_path(FX_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
fx_pc_path(FX_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES ${PROJECT_BINARY_DIR}/facturx.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# Both files are written once the whole top directory is read (link
# libraries added after this file was included count too).
if(CMAKE_VERSION VERSION_LESS 3.19)
  fx_install_write_packages()
else()
  cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL fx_install_write_packages)
endif()

# Documentation and examples.
file(GLOB FX_DOC_FILES ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${FX_DOC_FILES} DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples
  FILES_MATCHING PATTERN "*.json" PATTERN "*.c" PATTERN "CMakeLists.txt")
if(EXISTS ${PROJECT_SOURCE_DIR}/schemas)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/facturx/schemas)
endif()
