# cmake -DPROGRAM=... -DSCRATCH=dir -P check_help.cmake: the example answers --help with
# its usage and writes nothing (it once wrote into a folder named "--help").
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH})
execute_process(COMMAND ${PROGRAM} --help WORKING_DIRECTORY ${SCRATCH}
  OUTPUT_VARIABLE out RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT out MATCHES "^usage: ")
  message(FATAL_ERROR "${PROGRAM} --help: status ${status}, printed:\n${out}")
endif()
file(GLOB written ${SCRATCH}/*)
if(written)
  message(FATAL_ERROR "${PROGRAM} --help wrote ${written}")
endif()
execute_process(COMMAND ${PROGRAM} --no-such-option WORKING_DIRECTORY ${SCRATCH}
  RESULT_VARIABLE status ERROR_VARIABLE err OUTPUT_QUIET)
if(status EQUAL 0 OR NOT err MATCHES "unknown option")
  message(FATAL_ERROR "${PROGRAM} --no-such-option: status ${status}: ${err}")
endif()
