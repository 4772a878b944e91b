# Writes OUT: a C++ file holding the text of every *.kb file of DIR (data/actors),
# in name order, as raw string literals cut into pieces of about
# 16 KB (concatenated by the compiler). Run at build time by CMakeLists.txt, so
# no generated copy of the knowledge base lives in src/.
file(GLOB kb_files ${DIR}/*.kb)
list(SORT kb_files)
set(body "// Generated at build time by src/entities/embed_actor_kb.cmake from data/actors/*.kb.\n")
string(APPEND body "#include <string_view>\n#include <utility>\n#include <vector>\n\n"
  "namespace eventwire::actors_internal {\n\n"
  "std::vector<std::pair<const char*, std::string_view>> embedded_kb_files() {\n"
  "  return {\n")
foreach(path IN LISTS kb_files)
  get_filename_component(name ${path} NAME)
  file(READ ${path} text)
  string(FIND "${text}" ")EWKB\"" bad)
  if(NOT bad EQUAL -1)
    message(FATAL_ERROR "${path} contains the raw-string delimiter )EWKB\"")
  endif()
  string(LENGTH "${text}" size)
  string(APPEND body "      {\"${name}\", std::string_view(\n")
  set(pos 0)
  if(size EQUAL 0)
    string(APPEND body "\"\"")
  endif()
  while(pos LESS size)
    # Cut after a newline, never inside a UTF-8 sequence.
    string(SUBSTRING "${text}" ${pos} 16000 piece)
    string(LENGTH "${piece}" len)
    math(EXPR end "${pos} + ${len}")
    if(end LESS size)
      string(FIND "${piece}" "\n" nl REVERSE)
      if(nl GREATER -1)
        math(EXPR len "${nl} + 1")
        string(SUBSTRING "${piece}" 0 ${len} piece)
      endif()
    endif()
    string(APPEND body "R\"EWKB(${piece})EWKB\"\n")
    math(EXPR pos "${pos} + ${len}")
  endwhile()
  string(APPEND body ", ${size})},\n")
endforeach()
string(APPEND body "  };\n}\n\n}  // namespace eventwire::actors_internal\n")
file(WRITE ${OUT} "${body}")
