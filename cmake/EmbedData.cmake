# The one way data files (data/) are compiled into a stage, so that a build works
# from any folder without installing data. The C++ file is generated at build
# time in the build tree (never in src/) by cmake/embed_data_script.cmake.
#
#   eventwire_embed_data(<target> NAMESPACE <ns>
#       [FILES <symbol> <path> ...]              std::string_view <symbol>()
#       [LIST <symbol> <dir> <glob>])            vector of (file name, contents)
#
# Declare the functions in a header of the stage (e.g. src/dict/embedded.h).
function(eventwire_embed_data target)
  cmake_parse_arguments(EMBED "" "NAMESPACE" "FILES;LIST" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded_data.cc)
  set(files_arg "")
  set(depends ${EVENTWIRE_EMBED_SCRIPT})
  list(LENGTH EMBED_FILES n)
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE 0 ${last} 2)
      math(EXPR j "${i} + 1")
      list(GET EMBED_FILES ${i} symbol)
      list(GET EMBED_FILES ${j} path)
      if(files_arg)
        string(APPEND files_arg "|")
      endif()
      string(APPEND files_arg "${symbol}=${path}")
      list(APPEND depends ${path})
    endforeach()
  endif()
  set(list_args "")
  if(EMBED_LIST)
    list(GET EMBED_LIST 0 list_symbol)
    list(GET EMBED_LIST 1 list_dir)
    list(GET EMBED_LIST 2 list_glob)
    file(GLOB list_files CONFIGURE_DEPENDS ${list_dir}/${list_glob})
    list(APPEND depends ${list_files})
    set(list_args -DLIST_SYMBOL=${list_symbol} -DLIST_DIR=${list_dir} -DLIST_GLOB=${list_glob})
  endif()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${EMBED_NAMESPACE} "-DFILES=${files_arg}"
            ${list_args} -P ${EVENTWIRE_EMBED_SCRIPT}
    DEPENDS ${depends}
    COMMENT "Embedding data files in ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
set(EVENTWIRE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_data_script.cmake)
