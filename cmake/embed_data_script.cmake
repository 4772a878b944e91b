# Run by eventwire_embed_data (cmake/EmbedData.cmake) at build time: writes OUT,
# a C++ file in namespace NAMESPACE holding data files as raw string literals.
#   FILES: "symbol=path|symbol=path": std::string_view symbol() for each file.
#   LIST_SYMBOL, LIST_DIR, LIST_GLOB: std::vector<std::pair<const char*,
#     std::string_view>> LIST_SYMBOL(), every LIST_DIR/LIST_GLOB file in name
#     order as (file name, contents).
# Raw strings compile several times faster than byte arrays; a file holding a
# carriage return (changed by the compiler) or the delimiter is refused.

# The contents of `path` as a std::string_view expression, in `out_var`.
function(embed_text path out_var)
  file(READ ${path} text)
  string(FIND "${text}" ")EWDATA\"" bad)
  string(FIND "${text}" "\r" cr)
  if(NOT bad EQUAL -1 OR NOT cr EQUAL -1)
    message(FATAL_ERROR "${path} holds a carriage return or the delimiter )EWDATA\"")
  endif()
  string(LENGTH "${text}" size)
  set(code "std::string_view(\n")
  if(size EQUAL 0)
    string(APPEND code "\"\"")
  endif()
  set(pos 0)
  while(pos LESS size)
    # Pieces of about 16 KB (some compilers limit a literal), cut after a newline
    # so never inside a UTF-8 sequence.
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
    string(APPEND code "R\"EWDATA(${piece})EWDATA\"\n")
    math(EXPR pos "${pos} + ${len}")
  endwhile()
  string(APPEND code ", ${size})")
  set(${out_var} "${code}" PARENT_SCOPE)
endfunction()

string(CONCAT body "// Generated at build time by cmake/embed_data_script.cmake. Do not edit.\n"
  "#include <string_view>\n#include <utility>\n#include <vector>\n\n"
  "namespace ${NAMESPACE} {\n")
if(FILES)
  string(REPLACE "|" ";" entries "${FILES}")
  foreach(entry IN LISTS entries)
    string(FIND "${entry}" "=" eq)
    string(SUBSTRING "${entry}" 0 ${eq} symbol)
    math(EXPR from "${eq} + 1")
    string(SUBSTRING "${entry}" ${from} -1 path)
    embed_text(${path} text)
    string(APPEND body "\nstd::string_view ${symbol}() {\n  return ${text};\n}\n")
  endforeach()
endif()
if(LIST_SYMBOL)
  file(GLOB list_files ${LIST_DIR}/${LIST_GLOB})
  list(SORT list_files)
  string(APPEND body "\nstd::vector<std::pair<const char*, std::string_view>> ${LIST_SYMBOL}() {\n"
    "  return {\n")
  foreach(path IN LISTS list_files)
    get_filename_component(name ${path} NAME)
    embed_text(${path} text)
    string(APPEND body "      {\"${name}\", ${text}},\n")
  endforeach()
  string(APPEND body "  };\n}\n")
endif()
string(APPEND body "\n}  // namespace ${NAMESPACE}\n")
file(WRITE ${OUT} "${body}")
