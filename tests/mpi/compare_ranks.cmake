# A command run with --mpi on 2 ranks (one thread each) and on 3 ranks (two threads each)
# prints exactly what one process prints, and writes exactly the same file when it writes
# one; a bad run fails on every rank with the option named. Run by CTest with
# -DSPACEDC=<tool> -DMPIEXEC=<mpiexec> -DARGS=<command and options> [-DOUT=<file ARGS
# write>] -DBAD_ARGS=<a run that must fail> -DBAD_MATCH=<what its stderr names>.
set(mpirun ${MPIEXEC} --allow-run-as-root --oversubscribe)
execute_process(COMMAND ${SPACEDC} ${ARGS} RESULT_VARIABLE status OUTPUT_VARIABLE one
                ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "single process failed (${status}): ${err}")
endif()
if(OUT)
  file(READ ${OUT} one_file)
endif()
foreach(layout "2;1" "3;2")
  list(GET layout 0 ranks)
  list(GET layout 1 threads)
  if(OUT)
    file(REMOVE ${OUT})
  endif()
  execute_process(
    COMMAND ${mpirun} -n ${ranks} ${SPACEDC} ${ARGS} --mpi --threads ${threads}
    RESULT_VARIABLE status OUTPUT_VARIABLE many ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${ranks} ranks failed (${status}): ${err}")
  endif()
  if(NOT many STREQUAL one)
    message(FATAL_ERROR "${ranks} ranks x ${threads} threads differ from one process:\n${many}\n---\n${one}")
  endif()
  if(OUT)
    file(READ ${OUT} many_file)
    if(NOT many_file STREQUAL one_file)
      message(FATAL_ERROR "${ranks} ranks x ${threads} threads wrote another ${OUT}")
    endif()
  endif()
endforeach()
execute_process(COMMAND ${mpirun} -n 2 ${SPACEDC} ${BAD_ARGS} --mpi
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0 OR NOT err MATCHES "${BAD_MATCH}")
  message(FATAL_ERROR "a bad run on 2 ranks: exit ${status}, stderr: ${err}")
endif()
