// A tiny hand-written CoNLL-U corpus for the syntax tests (our own sentences).
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace eventwire::syntax_test {

inline const char* kTinyCorpus =
    "# newdoc id = tiny_news_1\n"
    "# sent_id = t1\n"
    "# text = The army attacked the town.\n"
    "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
    "2\tarmy\tarmy\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm="
    "Fin\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t5\tdet\t_\t_\n"
    "5\ttown\ttown\tNOUN\tNN\tNumber=Sing\t3\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = t2\n"
    "# text = Leaders met in Geneva on Monday.\n"
    "1\tLeaders\tleader\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_"
    "\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tGeneva\tGeneva\tPROPN\tNNP\tNumber=Sing\t2\tobl\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMonday\tMonday\tPROPN\tNNP\tNumber=Sing\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = tiny_fiction_1\n"
    "# sent_id = t3\n"
    "# text = She was told that talks had failed.\n"
    "1\tShe\tshe\tPRON\tPRP\tCase=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs\t3\tnsubj:"
    "pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t3\taux:pass\t_\t_"
    "\n"
    "3\ttold\ttell\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "5\ttalks\ttalk\tNOUN\tNNS\tNumber=Plur\t7\tnsubj\t_\t_\n"
    "6\thad\thave\tAUX\tVBD\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin\t7\taux\t_\t_\n"
    "7\tfailed\tfail\tVERB\tVBN\tTense=Past|VerbForm=Part\t3\tccomp\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = t4\n"
    "# text = Police arrested two men.\n"
    "1\tPolice\tpolice\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n"
    "2\tarrested\tarrest\tVERB\tVBD\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm="
    "Fin\t0\troot\t_\t_\n"
    "3\ttwo\ttwo\tNUM\tCD\tNumForm=Word|NumType=Card\t4\tnummod\t_\t_\n"
    "4\tmen\tman\tNOUN\tNNS\tNumber=Plur\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

// Writes the corpus to a fresh file in the temp folder and returns its path.
inline std::string write_tiny_corpus(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("eventwire_syntax_" + std::to_string(getpid()) + "_" + name + ".conllu");
  std::ofstream(path) << kTinyCorpus;
  return path.string();
}

}  // namespace eventwire::syntax_test
