# Installs headers, the library, the tool and a CMake package exporting
# spacedc::spacedc, so downstream projects can find_package(spacedc CONFIG REQUIRED).
include(CMakePackageConfigHelpers)

set(SPACEDC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/spacedc)
set(SPACEDC_DATA_DIR ${CMAKE_INSTALL_DATADIR}/spacedc) # example specs, template, docs

install(DIRECTORY include/spacedc TYPE INCLUDE)
install(FILES ${PROJECT_BINARY_DIR}/include/spacedc/version.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/spacedc)
install(TARGETS spacedc EXPORT spacedc_targets)
install(TARGETS spacedc_tool)
install(EXPORT spacedc_targets
  NAMESPACE spacedc::
  FILE spacedcTargets.cmake
  DESTINATION ${SPACEDC_CMAKE_DIR})

configure_package_config_file(cmake/spacedcConfig.cmake.in
  ${PROJECT_BINARY_DIR}/spacedcConfig.cmake
  INSTALL_DESTINATION ${SPACEDC_CMAKE_DIR}
  PATH_VARS SPACEDC_DATA_DIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/spacedcConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/spacedcConfig.cmake
  ${PROJECT_BINARY_DIR}/spacedcConfigVersion.cmake
  DESTINATION ${SPACEDC_CMAKE_DIR})

# For users of the installed tool: the example specs, the design-check template, the docs.
install(DIRECTORY examples/configs/ DESTINATION ${SPACEDC_DATA_DIR}/configs
  FILES_MATCHING PATTERN "*.toml")
install(DIRECTORY examples/design_checks/ DESTINATION ${SPACEDC_DATA_DIR}/design_checks)
install(DIRECTORY docs/ DESTINATION ${SPACEDC_DATA_DIR}/docs)

# pkg-config, for builds without CMake (Boost's headers come from the system).
# The prefix found from the .pc file's own place, so an install anywhere is relocatable.
file(RELATIVE_PATH spacedc_pc_to_prefix /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(cmake/spacedc.pc.in ${PROJECT_BINARY_DIR}/spacedc.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/spacedc.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# Shell completion and the man page, made by the built tool from its own options.
set(spacedc_generated ${PROJECT_BINARY_DIR}/share)
add_custom_command(
  OUTPUT ${spacedc_generated}/bash/spacedc ${spacedc_generated}/zsh/_spacedc
  COMMAND ${CMAKE_COMMAND} -E make_directory ${spacedc_generated}/bash ${spacedc_generated}/zsh
  COMMAND spacedc_tool completion bash > ${spacedc_generated}/bash/spacedc
  COMMAND spacedc_tool completion zsh > ${spacedc_generated}/zsh/_spacedc
  DEPENDS spacedc_tool
  COMMENT "Shell completion from spacedc's options")
add_custom_target(spacedc_completion ALL
  DEPENDS ${spacedc_generated}/bash/spacedc ${spacedc_generated}/zsh/_spacedc)
install(FILES ${spacedc_generated}/bash/spacedc
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${spacedc_generated}/zsh/_spacedc DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)

find_program(SPACEDC_HELP2MAN help2man)
if(SPACEDC_HELP2MAN)
  add_custom_command(
    OUTPUT ${spacedc_generated}/man/spacedc.1
    COMMAND ${CMAKE_COMMAND} -E make_directory ${spacedc_generated}/man
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:spacedc_tool> -DHELP2MAN=${SPACEDC_HELP2MAN}
      -DOUT=${spacedc_generated}/man/spacedc.1 -P ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    DEPENDS spacedc_tool ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    COMMENT "Man page from spacedc --help")
  add_custom_target(spacedc_man ALL DEPENDS ${spacedc_generated}/man/spacedc.1)
  install(FILES ${spacedc_generated}/man/spacedc.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "spacedc: help2man not found, no man page")
endif()
