# docs/altitude_trade.md shows exactly the table examples/altitude_trade prints: runs the
# program (-DPROGRAM, writing into -DOUT) and compares its output, up to the "Wrote" line,
# with the first fenced block of -DDOC. To refresh the doc, paste the program's output.
execute_process(COMMAND ${PROGRAM} ${OUT} RESULT_VARIABLE status OUTPUT_VARIABLE printed
                ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "altitude_trade failed (${status}): ${err}")
endif()
string(FIND "${printed}" "Wrote " end)
string(SUBSTRING "${printed}" 0 ${end} table)
string(STRIP "${table}" table)
file(READ ${DOC} doc)
string(FIND "${doc}" "```\n" open)
math(EXPR start "${open} + 4")
string(SUBSTRING "${doc}" ${start} -1 rest)
string(FIND "${rest}" "\n```" close)
string(SUBSTRING "${rest}" 0 ${close} shown)
string(STRIP "${shown}" shown)
if(NOT shown STREQUAL table)
  message(FATAL_ERROR "docs/altitude_trade.md is not what altitude_trade prints now:\n${table}")
endif()
