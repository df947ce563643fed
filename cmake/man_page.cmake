# cmake -DTOOL=... -DHELP2MAN=... -DOUT=spacedc.1 -P man_page.cmake
# The man page of the spacedc tool, from its own help: help2man reads `spacedc --help`
# and `--version`, and a SUBCOMMANDS section holds each subcommand's `--help`.
execute_process(COMMAND ${TOOL} --help OUTPUT_VARIABLE top RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "man page: ${TOOL} --help failed")
endif()
string(REGEX MATCH "Subcommands:\n.*" listed "${top}")
string(REGEX MATCHALL "\n  ([a-z-]+) " names "${listed}")
set(include "[SUBCOMMANDS]\n")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  execute_process(COMMAND ${TOOL} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "man page: ${TOOL} ${name} --help failed")
  endif()
  # roff: backslashes as \e, and no line may start with a control character.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND include ".SS ${name}\n.nf\n${help}.fi\n")
endforeach()
string(APPEND include "[SEE ALSO]\nThe README, docs/cli.md (every option, key and default with its source) and\ndocs/python.md, installed under share/spacedc/docs.\n")
get_filename_component(dir ${OUT} DIRECTORY)
file(WRITE ${dir}/subcommands.h2m "${include}")
execute_process(
  COMMAND ${HELP2MAN} --no-info --section 1
    --name "size a satellite compute node for an orbital data center"
    --include ${dir}/subcommands.h2m --output ${OUT} ${TOOL}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "man page: help2man failed")
endif()
