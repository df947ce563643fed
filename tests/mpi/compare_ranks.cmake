# `spacedc montecarlo --mpi` on 2 ranks (one thread each) and on 3 ranks (two threads
# each) prints exactly what one process prints. Run by CTest with -DSPACEDC=<tool>
# -DMPIEXEC=<mpiexec> -DSPEC=<spec>.
set(args montecarlo ${SPEC} --samples 3001 --seed 11 --json)
execute_process(COMMAND ${SPACEDC} ${args} RESULT_VARIABLE status OUTPUT_VARIABLE one
                ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "single process failed (${status}): ${err}")
endif()
foreach(layout "2;1" "3;2")
  list(GET layout 0 ranks)
  list(GET layout 1 threads)
  execute_process(
    COMMAND ${MPIEXEC} --allow-run-as-root --oversubscribe -n ${ranks}
            ${SPACEDC} ${args} --mpi --threads ${threads}
    RESULT_VARIABLE status OUTPUT_VARIABLE many ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${ranks} ranks failed (${status}): ${err}")
  endif()
  if(NOT many STREQUAL one)
    message(FATAL_ERROR "${ranks} ranks x ${threads} threads differ from one process:\n${many}\n---\n${one}")
  endif()
endforeach()
# A bad study fails on every rank with the key named and a non-zero exit.
execute_process(
  COMMAND ${MPIEXEC} --allow-run-as-root --oversubscribe -n 2
          ${SPACEDC} montecarlo ${SPEC} --samples 0 --mpi
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0 OR NOT err MATCHES "--samples")
  message(FATAL_ERROR "a bad sample count on 2 ranks: exit ${status}, stderr: ${err}")
endif()
