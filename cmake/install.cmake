# Installs headers, the library, the tool and a CMake package exporting
# spacedc::spacedc, so downstream projects can find_package(spacedc CONFIG REQUIRED).
include(CMakePackageConfigHelpers)

set(SPACEDC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/spacedc)

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
  INSTALL_DESTINATION ${SPACEDC_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/spacedcConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/spacedcConfig.cmake
  ${PROJECT_BINARY_DIR}/spacedcConfigVersion.cmake
  DESTINATION ${SPACEDC_CMAKE_DIR})
