// English irregular verb forms → lemma, for forms the treebank never showed
// the lemmatizer ("fought" must not become "fink" by analogy with
// "thought" → "think"). Written by the eventwire authors; ambiguous forms
// whose commoner reading is another verb ("lay", "ground", "wound") are left out.
#include "syntax/irregular_verbs.h"

#include <string>
#include <unordered_map>

namespace eventwire::syntax_internal {
namespace {

// base: past, past participle (and other irregular forms), space separated.
constexpr const char* kTable[] = {
    "arise arose arisen",
    "awake awoke awoken",
    "be was were been am is are",
    "bear bore borne born",
    "beat beaten",
    "become became",
    "begin began begun",
    "bend bent",
    "bet",
    "bid bade bidden",
    "bind bound",
    "bite bit bitten",
    "bleed bled",
    "blow blew blown",
    "break broke broken",
    "breed bred",
    "bring brought",
    "broadcast broadcasted",
    "build built",
    "burn burnt",
    "burst",
    "buy bought",
    "cast",
    "catch caught",
    "choose chose chosen",
    "cling clung",
    "come came",
    "cost",
    "creep crept",
    "cut",
    "deal dealt",
    "dig dug",
    "do did done does",
    "draw drew drawn",
    "dream dreamt",
    "drink drank drunk",
    "drive drove driven",
    "eat ate eaten",
    "fall fell fallen",
    "feed fed",
    "feel felt",
    "fight fought",
    "find found",
    "flee fled",
    "fling flung",
    "fly flew flown flies",
    "forbid forbade forbidden",
    "forecast",
    "foresee foresaw foreseen",
    "forget forgot forgotten",
    "forgive forgave forgiven",
    "freeze froze frozen",
    "get got gotten",
    "give gave given",
    "go went gone goes",
    "grow grew grown",
    "hang hung",
    "have had has",
    "hear heard",
    "hide hid hidden",
    "hit",
    "hold held",
    "hurt",
    "keep kept",
    "kneel knelt",
    "know knew known",
    "lead led",
    "lean leant",
    "leap leapt",
    "learn learnt",
    "leave left",
    "lend lent",
    "let",
    "light lit",
    "lose lost",
    "make made",
    "mean meant",
    "meet met",
    "mislead misled",
    "mistake mistook mistaken",
    "overcome overcame",
    "overtake overtook overtaken",
    "overthrow overthrew overthrown",
    "pay paid",
    "prove proven",
    "put",
    "quit",
    "read",
    "rebuild rebuilt",
    "rid",
    "ride rode ridden",
    "ring rang rung",
    "rise rose risen",
    "run ran",
    "say said says",
    "see saw seen",
    "seek sought",
    "sell sold",
    "send sent",
    "set",
    "shake shook shaken",
    "shed",
    "shine shone",
    "shoot shot",
    "show shown",
    "shrink shrank shrunk",
    "shut",
    "sing sang sung",
    "sink sank sunk",
    "sit sat",
    "sleep slept",
    "slide slid",
    "speak spoke spoken",
    "speed sped",
    "spend spent",
    "spill spilt",
    "spin spun",
    "split",
    "spread",
    "spring sprang sprung",
    "stand stood",
    "steal stole stolen",
    "stick stuck",
    "sting stung",
    "strike struck stricken",
    "strive strove striven",
    "swear swore sworn",
    "sweep swept",
    "swim swam swum",
    "swing swung",
    "take took taken",
    "teach taught",
    "tear tore torn",
    "tell told",
    "think thought",
    "throw threw thrown",
    "thrust",
    "undergo underwent undergone",
    "understand understood",
    "undertake undertook undertaken",
    "uphold upheld",
    "upset",
    "wake woke woken",
    "wear wore worn",
    "weep wept",
    "win won",
    "withdraw withdrew withdrawn",
    "withhold withheld",
    "withstand withstood",
    "write wrote written",
};

std::unordered_map<std::string, std::string> build() {
  std::unordered_map<std::string, std::string> out;
  for (const char* line : kTable) {
    std::string text(line);
    const size_t space = text.find(' ');
    const std::string base = text.substr(0, space);
    out.emplace(base, base);
    for (size_t at = space; at != std::string::npos;) {
      const size_t next = text.find(' ', at + 1);
      out.emplace(
          text.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1), base);
      at = next;
    }
  }
  return out;
}

}  // namespace

const std::string* irregular_verb_lemma(const std::string& lower_form) {
  static const std::unordered_map<std::string, std::string> table = build();
  auto it = table.find(lower_form);
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace eventwire::syntax_internal
