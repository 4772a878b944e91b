#include "events/register.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "events/actor_sectors.h"
#include "events/frame_words.h"  // in_class
#include "events/sentence_coder.h"
#include "eventwire/dict/cameo.h"

namespace eventwire::events {
namespace {

// Force verbs that news also uses of words: "slammed the plan", "hit back
// at critics", "fought the bill".
constexpr std::array<std::string_view, 25> kVerbalForce = {
    "attack", "target", "hit",    "slam",    "blast",  "bash",     "hammer", "assail", "lambaste",
    "pummel", "savage", "strike", "fight",   "battle", "confront", "clash",  "ambush", "assault",
    "skewer", "rip",    "trash",  "torpedo", "swipe",  "jab",      "punch"};
// Force verbs that, between candidates and parties, say who won a contest.
constexpr std::array<std::string_view, 10> kContest = {"beat",   "defeat",  "crush",    "trounce",
                                                       "rout",   "destroy", "demolish", "clobber",
                                                       "thrash", "best"};
// Sectors of actors who take part in politics without arms.
constexpr std::array<std::string_view, 5> kPolitical = {"ELI", "PTY", "LEG", "MED", "OPP"};
constexpr std::array<std::string_view, 9> kArmed = {"MIL", "COP", "REB", "INS", "SPY",
                                                    "UAF", "SEP", "CRM", "IMG"};

bool armed(const std::string& code) {
  const std::vector<std::string_view> found = actor_sectors(code);
  return std::any_of(found.begin(), found.end(),
                     [](std::string_view s) { return in_class(s, kArmed); });
}

bool all_in(const std::string& code, std::initializer_list<std::string_view> allowed) {
  return all_sectors(code, [&](std::string_view s) {
    return in_class(s, kPolitical) || std::find(allowed.begin(), allowed.end(), s) != allowed.end();
  });
}

// Is force between these two sides a war of words? A politician, party,
// legislator or newspaper against anyone unarmed but a state ("fired
// batteries at Russia" stays force); a government against a politician,
// party, legislator, newspaper or government of its own country.
bool verbal_sides(const std::string& source, const std::string& target) {
  if (!target.empty() && (armed(target) || target.size() == 3)) return false;
  if (political_actor(source)) return true;
  if (!all_in(source, {"GOV"}) || target.size() < 6) return false;
  return same_known_country(source, target) && all_in(target, {"GOV"});
}

bool has_xcomp(const Tree& tree, int predicate) {
  for (int child : tree.children(predicate))
    if (Tree::base(tree.token(child).deprel) == "xcomp") return true;
  return false;
}

// The words of the source: its mention, or the whole subject phrase holding
// it ("voters" in "41 percent of voters said").
std::string subject_phrase(const Tree& tree, int predicate, const Actor& source) {
  for (int child : tree.children(predicate)) {
    if (Tree::base(tree.token(child).deprel) != "nsubj") continue;
    auto [first, last] = tree.phrase(child);
    const Token& a = tree.token(first);
    const Token& b = tree.token(last);
    if (source.mention.start < a.start || source.mention.end > b.end) continue;
    std::string text;
    for (int i = first; i <= last; ++i) text += (i > first ? " " : "") + tree.token(i).text;
    return text;
  }
  return source.mention.text;
}

// The last word of a newspaper's, an agency's or a broadcaster's name: a
// masthead the actor dictionaries may code only by its city ("The New York
// Post" as the country).
constexpr std::array<std::string_view, 20> kMastheads = {
    "post",     "times",     "journal",  "news",      "herald",    "tribune",  "gazette",
    "courier",  "telegraph", "guardian", "globe",     "chronicle", "examiner", "inquirer",
    "observer", "reuters",   "press",    "bloomberg", "politico",  "magazine"};

}  // namespace

bool press_source(const Actor& source) {
  const std::vector<std::string_view> found = actor_sectors(source.code);
  if (std::find(found.begin(), found.end(), "MED") != found.end()) return true;
  std::string_view name = source.mention.text;  // "the Post," as "the Post"
  while (!name.empty() && !std::isalnum(static_cast<unsigned char>(name.back())))
    name.remove_suffix(1);
  return in_class(std::string_view(last_word(name)), kMastheads);
}

bool political_actor(const std::string& actor_code) {
  return actor_code.size() >= 6 && all_in(actor_code, {});
}

bool survey_phrase(const std::string& text) {
  const std::string t = lower_ascii(text);
  auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  if (has("percent") || has("per cent") || has("%") || has("respondents") || has("those polled") ||
      has("those surveyed") || has("people polled") || has("voters polled") ||
      has("voters surveyed"))
    return true;
  // "a majority of voters", "two-thirds of likely voters", "eight out of 10"
  bool share = has("majority of") || has("plurality of") || has("thirds of") || has("half of") ||
               has(" out of ") || has("in 10 ") || has("in ten ");
  bool public_ = has("voter") || has("american") || has("adult") || has("people") ||
                 has("resident") || has("citizen") || has("republican") || has("democrat") ||
                 has("independent") || has("supporter");
  return share && public_;
}

bool register_allows(const Tree& tree, int predicate, const Actor& source, const Actor& target,
                     std::string* code, std::vector<std::string>* trace) {
  auto note = [&](const std::string& what) {
    if (trace) trace->push_back("  register: " + what);
  };
  const std::string& lemma = tree.lemma(predicate);
  std::string root = dict::cameo_root(*code);
  if ((root == "18" || root == "19" || root == "20") && verbal_sides(source.code, target.code)) {
    if (in_class(lemma, kContest)) {
      note("no event: " + lemma + " between " + source.code + " and " + target.code +
           " is an electoral contest");
      return false;
    }
    if (in_class(lemma, kVerbalForce)) {
      note(*code + " by " + source.code + " on " + (target.code.empty() ? "-" : target.code) +
           " is a verbal attack: 111");
      *code = "111";
      return true;
    }
  }
  if (root != "18" && root != "19" && root != "20" && root != "14" &&
      survey_phrase(subject_phrase(tree, predicate, source))) {
    note("no event: the source (" + source.mention.text + ") is a poll's respondents");
    return false;
  }
  if (root == "01" && lemma == "report" && press_source(source)) {
    note("no event: " + source.mention.text + " reporting is the article's sourcing");
    return false;
  }
  if ((lemma == "seem" || lemma == "appear") && has_xcomp(tree, predicate)) {
    note("no event: " + lemma + " with a complement is an impression");
    return false;
  }
  return true;
}

}  // namespace eventwire::events
