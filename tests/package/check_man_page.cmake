# cmake -DPAGE=spacedc.1 -P check_man_page.cmake: the man page names the tool and holds
# each subcommand's help with its options.
file(READ ${PAGE} page)
foreach(expected ".TH SPACEDC \"1\"" ".SH NAME" ".SS size" ".SS report" ".SS radiator" ".SS completion"
        "--set" "--heat" "SEE ALSO")
  string(FIND "${page}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "man page ${PAGE}: no '${expected}'")
  endif()
endforeach()
message(STATUS "man page: ${PAGE} holds every subcommand")
