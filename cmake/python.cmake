# The Python bindings' toolchain: an interpreter that imports numpy and pybind11
# (Debian's python3-numpy and python3-pybind11) and pybind11's CMake package.
# Python_EXECUTABLE, when given, is used as is; otherwise the first such interpreter of
# `python3` on the PATH and the system's /usr/bin/python3 (a PATH may put a Python of
# its own, without Debian's packages, first). Sets spacedc_python_found.
set(spacedc_python_found OFF)
if(NOT Python_EXECUTABLE)
  find_program(spacedc_path_python python3 NO_CACHE)
  foreach(candidate IN ITEMS ${spacedc_path_python} /usr/bin/python3)
    execute_process(COMMAND ${candidate} -c "import numpy, pybind11"
      RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(status EQUAL 0)
      set(Python_EXECUTABLE ${candidate} CACHE FILEPATH "Python interpreter of the bindings")
      break()
    endif()
  endforeach()
endif()
if(Python_EXECUTABLE)
  execute_process(COMMAND ${Python_EXECUTABLE} -c "import pybind11; print(pybind11.get_cmake_dir())"
    OUTPUT_VARIABLE spacedc_pybind11_dir OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE status ERROR_QUIET)
  if(status EQUAL 0)
    set(PYBIND11_FINDPYTHON ON)
    find_package(pybind11 CONFIG QUIET HINTS ${spacedc_pybind11_dir})
    set(spacedc_python_found ${pybind11_FOUND})
  endif()
endif()
