# spacedc_enable_warnings(target): the project's warning set, as errors when
# SPACEDC_WARNINGS_AS_ERRORS is on. Private to the build: not exported.
function(spacedc_enable_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion)
  if(SPACEDC_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
