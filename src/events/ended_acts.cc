// Acts ended or eased: a verb of ending or easing whose object is a noun
// event of protest, sanction, restriction or force is a concession (08x)
// by the verb's subject, coded by what was ended ("ended the curfew in
// Bree" 0813, "rolled back its tariffs on Rohan" 085, "halted its strikes
// on the town" 087): docs/events.md, step 54.

#include <algorithm>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// Which acts a verb can end: an act one imposes on others (sanctions,
// restrictions), or also one's own act (protests, force). "Police stopped
// the march" ends someone else's protest by force: no concession.
enum class Ends { kImposed, kOwnToo };

// The hand-written lexicon, whose frames of "lift" and "halt" say what
// yielding each curb or protest is.
constexpr std::string_view kYieldFramesFile = "events.lex";

struct EndingVerb {
  const char* lemma;
  const char* particle;  // compound:prt; empty when none
  Ends ends;
};

// WordNet 3.0's end.v.02, stop.v.02, halt.v.01, suspend.v.04-05 (as in
// aspect_of), the hand-written lexicon's easing group (lift, ease, remove,
// rescind, revoke, loosen, suspend, cancel, waive) and the phrasal verbs of
// winding an act down.
constexpr EndingVerb kEndingVerbs[] = {
    {"end", "", Ends::kOwnToo},          {"terminate", "", Ends::kOwnToo},
    {"cease", "", Ends::kOwnToo},        {"halt", "", Ends::kOwnToo},
    {"suspend", "", Ends::kOwnToo},      {"call", "off", Ends::kOwnToo},
    {"abandon", "", Ends::kOwnToo},      {"cancel", "", Ends::kOwnToo},
    {"wind", "down", Ends::kOwnToo},     {"scale", "back", Ends::kOwnToo},
    {"discontinue", "", Ends::kImposed}, {"stop", "", Ends::kImposed},
    {"lift", "", Ends::kImposed},        {"ease", "", Ends::kImposed},
    {"remove", "", Ends::kImposed},      {"rescind", "", Ends::kImposed},
    {"revoke", "", Ends::kImposed},      {"loosen", "", Ends::kImposed},
    {"relax", "", Ends::kImposed},       {"waive", "", Ends::kImposed},
    {"scrap", "", Ends::kImposed},       {"roll", "back", Ends::kImposed},
    {"phase", "out", Ends::kImposed}};

bool has_particle(const Tree& tree, int verb, std::string_view particle) {
  if (particle.empty()) return true;
  // The parser makes "back" in "rolled back" an adverb as often as a particle.
  for (int c : tree.children(verb))
    if ((tree.token(c).deprel == "compound:prt" || tree.token(c).deprel == "advmod") &&
        tree.lemma(c) == particle)
      return true;
  return false;
}

// The concession that ends an act of this code; empty when ending it is no
// concession (arrests, expulsions, halted talks) or needs its own doer.
std::string yield_code(const std::string& code, Ends ends) {
  std::string root = dict::cameo_root(code);
  if (code.rfind("163", 0) == 0) return "085";   // sanctions, embargoes, boycotts
  if (code == "1721") return "0811";             // restrictions on freedoms
  if (code == "1722") return "0812";             // bans on parties
  if (code == "1723") return "0813";             // curfews
  if (code == "1724") return "0814";             // emergency rule
  if (code.rfind("172", 0) == 0) return "081";   // other administrative sanctions
  if (code.rfind("191", 0) == 0) return "0872";  // blockades
  if (ends != Ends::kOwnToo) return "";
  if (root == "14") return "082";                // protests and strikes called off
  if (code.rfind("192", 0) == 0) return "0874";  // an occupation ended
  if (root == "18" || root == "19" || root == "20") return "087";
  return "";
}

dict::DepPath path_of(std::string_view text) {
  dict::DepPath p;
  dict::parse_dep_path(text, &p);
  return p;
}

}  // namespace

const dict::LexiconEntry* SentenceCoder::ended_act_entry(int predicate) const {
  if (ended_acts_.empty()) ended_acts_.resize(tree_.size());
  auto& known = ended_acts_[static_cast<size_t>(predicate)];
  if (!known) known = make_ended_act_entry(predicate);
  return known->get();
}

std::shared_ptr<const dict::LexiconEntry> SentenceCoder::make_ended_act_entry(int predicate) const {
  if (tree_.token(predicate).upos != "VERB") return nullptr;
  const std::string& lemma = tree_.lemma(predicate);
  const EndingVerb* verb = nullptr;
  for (const EndingVerb& v : kEndingVerbs)
    if (lemma == v.lemma && has_particle(tree_, predicate, v.particle)) verb = &v;
  if (!verb) return nullptr;
  bool passive = passive_clause(predicate);
  std::vector<int> objects = follow_any(predicate, {path_of("obj")}, passive);
  if (objects.empty() || tree_.token(objects.front()).upos != "NOUN") return nullptr;
  int noun = objects.front();
  auto entry = std::make_shared<dict::LexiconEntry>();
  entry->lemma = lemma;
  entry->source = {path_of("nsubj")};
  // What "lift" and "halt" yield with this object in the hand-written
  // lexicon (curfews, tariffs, strikes), the same for every verb of easing
  // or ending; else the concession that ends the object's own noun event.
  if (const dict::LexiconEntry* like =
          canonical_yield(predicate, passive, verb->ends == Ends::kOwnToo)) {
    entry->code = like->code;
    entry->target = like->target;
    entry->file = "ended_acts.cc (as \"" + like->lemma + "\")";
  } else {
    const dict::LexiconEntry* act = choose_entry(noun, false);
    if (!act || act->pos != dict::LexiconEntry::Pos::kNoun) return nullptr;
    entry->code = yield_code(act->code, verb->ends);
    if (entry->code.empty()) return nullptr;
    // Whom the ended act was done to ("its strikes on Rohan"), else the
    // verb's own phrase.
    std::vector<dict::DepPath> targets;
    for (const dict::DepPath& p : act->target) {
      dict::DepPath through{{"obj", ""}};
      through.insert(through.end(), p.begin(), p.end());
      targets.push_back(std::move(through));
    }
    for (const char* p : {"obl:on", "obl:against", "obl:for"}) targets.push_back(path_of(p));
    entry->target = std::move(targets);
    entry->file = "ended_acts.cc (" + act->code + " ended)";
  }
  // Naming the object makes it a frame, not a bare default.
  entry->constraints.push_back({dict::PathList{path_of("obj")}, {tree_.lemma(noun)}, false});
  return entry;
}

// The hand-written frame of "lift" (and of "halt", for one's own act) whose
// constraints hold on this verb's object, if any yields (08).
const dict::LexiconEntry* SentenceCoder::canonical_yield(int predicate, bool passive,
                                                         bool own_act) const {
  for (const char* lemma : {"lift", "halt"}) {
    if (!own_act && std::string_view(lemma) == "halt") break;
    for (const dict::LexiconEntry* e : impl_.lexicon->find(lemma))
      if (e->pos == dict::LexiconEntry::Pos::kVerb && e->file == kYieldFramesFile &&
          e->specificity() > 0 && dict::cameo_root(e->code) == "08" &&
          constraints_hold(predicate, *e, passive, nullptr))
        return e;
  }
  return nullptr;
}

}  // namespace eventwire::events
