// The tables follow the CAMEO 1.1b3 codebook: 03 "express intent to
// cooperate" mirrors 04–08, 13 "threaten" mirrors 14–20, 12 "reject" mirrors
// 04, 06–08.
#include "events/intent.h"

#include <algorithm>
#include <utility>

#include "eventwire/dict/cameo.h"

namespace eventwire::events {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

// Longest prefix of `code` found in `table` (entries are code prefixes).
std::string lookup(const Pair* begin, const Pair* end, const std::string& code) {
  std::string_view best, value;
  for (const Pair* p = begin; p != end; ++p)
    if (code.compare(0, p->first.size(), p->first) == 0 && p->first.size() > best.size())
      best = p->first, value = p->second;
  return std::string(value);
}

constexpr Pair kIntent[] = {
    {"03", ""},  // kept as it is (see governed_code)
    {"04", "036"},    {"045", "039"},  {"05", "032"},    {"06", "031"},    {"061", "0311"},
    {"062", "0312"},  {"063", "0313"}, {"064", "0314"},  {"07", "033"},    {"071", "0331"},
    {"072", "0332"},  {"073", "0333"}, {"074", "0334"},  {"08", "035"},    {"081", "0351"},
    {"082", "0352"},  {"083", "034"},  {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
    {"0834", "0344"}, {"084", "0353"}, {"085", "0354"},  {"086", "0355"},  {"087", "0356"},
};

constexpr Pair kThreat[] = {
    {"13", ""},  // kept as it is
    {"14", "133"},    {"15", "130"},   {"154", "138"},   {"16", "131"},    {"161", "1313"},
    {"162", "1311"},  {"163", "1312"}, {"164", "134"},   {"165", "135"},   {"166", "136"},
    {"17", "137"},    {"172", "132"},  {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"},
    {"1724", "1324"}, {"18", "138"},   {"19", "138"},    {"191", "1381"},  {"192", "1382"},
    {"20", "1383"},   {"204", "1385"},
};

constexpr Pair kRefusal[] = {
    {"03", "120"},  // "will not accept", "refused to agree": a rejection
    {"04", "125"},    {"05", "120"},    {"06", "121"},    {"061", "1211"}, {"062", "1212"},
    {"07", "122"},    {"071", "1221"},  {"072", "1222"},  {"073", "1223"}, {"074", "1224"},
    {"08", "124"},    {"081", "1241"},  {"082", "1242"},  {"083", "123"},  {"0831", "1231"},
    {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"}, {"084", "1243"}, {"085", "1244"},
    {"086", "1245"},  {"087", "1246"},
};

// A mapped code the codebook lacks falls back to its three-digit parent.
std::string known(std::string code) {
  const dict::CameoCodebook& book = dict::CameoCodebook::get();
  while (code.size() > 3 && !book.find(code)) code.pop_back();
  return code.size() >= 3 && book.find(code) ? code : std::string();
}

bool in(std::string_view lemma, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), lemma) != words.end();
}

}  // namespace

Governor governor_kind(std::string_view lemma) {
  if (in(lemma,
         {"pledge", "promise", "vow", "swear", "offer", "agree", "undertake", "plan", "intend",
          "decide", "resolve", "volunteer", "commit", "ready", "willing", "prepared"}))
    return Governor::kIntent;
  if (in(lemma, {"threaten"})) return Governor::kThreaten;
  if (in(lemma, {"refuse", "decline"})) return Governor::kRefuse;
  return Governor::kNone;
}

std::string governed_code(Governor kind, const std::string& code, bool* negated) {
  *negated = false;
  if (code.size() < 3) return "";
  std::string root = code.substr(0, 2);
  bool conflict = root >= "13";
  switch (kind) {
    case Governor::kNone:
      return code;
    case Governor::kIntent:
      if (root == "03" || root == "13") return code;
      if (conflict)
        return known(lookup(std::begin(kThreat), std::end(kThreat), code));  // "vowed to attack"
      return known(lookup(std::begin(kIntent), std::end(kIntent), code));
    case Governor::kThreaten:
      if (root == "13") return code;
      return conflict ? known(lookup(std::begin(kThreat), std::end(kThreat), code)) : "";
    case Governor::kRefuse:
      if (conflict) {
        *negated = true;  // "refused to attack": the attack did not happen
        return code;
      }
      return known(lookup(std::begin(kRefusal), std::end(kRefusal), code));
  }
  return "";
}

bool is_speech_verb(std::string_view lemma) {
  return in(lemma, {"say",         "state",   "announce", "declare",  "tell",      "add",
                    "note",        "stress",  "claim",    "report",   "confirm",   "insist",
                    "assert",      "explain", "reveal",   "write",    "reiterate", "emphasize",
                    "acknowledge", "admit",   "mention",  "indicate", "argue",     "allege"});
}

}  // namespace eventwire::events
