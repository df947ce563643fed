# `spacedc sweep --mpi` on 2 ranks (one thread each) and on 3 ranks (two threads each)
# prints exactly what one process prints and writes exactly the same CSV. Run by CTest
# with -DSPACEDC=<tool> -DMPIEXEC=<mpiexec> -DSPEC=<spec> -DOUT=<scratch csv>.
set(args sweep ${SPEC} --json --out ${OUT} --force)
execute_process(COMMAND ${SPACEDC} ${args} RESULT_VARIABLE status OUTPUT_VARIABLE one
                ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "single process failed (${status}): ${err}")
endif()
file(READ ${OUT} one_csv)
foreach(layout "2;1" "3;2")
  list(GET layout 0 ranks)
  list(GET layout 1 threads)
  file(REMOVE ${OUT})
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
  file(READ ${OUT} many_csv)
  if(NOT many_csv STREQUAL one_csv)
    message(FATAL_ERROR "${ranks} ranks x ${threads} threads wrote another CSV")
  endif()
endforeach()
# An existing file without --force is refused on every rank, with the option named.
execute_process(
  COMMAND ${MPIEXEC} --allow-run-as-root --oversubscribe -n 2
          ${SPACEDC} sweep ${SPEC} --out ${OUT} --mpi
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0 OR NOT err MATCHES "--out")
  message(FATAL_ERROR "an existing --out on 2 ranks: exit ${status}, stderr: ${err}")
endif()
