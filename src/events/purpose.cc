// Forces sent to help: a show or move of force (15x: "sent troops",
// "deployed warships") whose purpose clause helps or protects a named
// party (a reading of 06-07 with a coded target) is military aid to
// that party (074): "Gondor sent troops to help the Rohan army"
// (docs/events.md, step 55).

#include <string>
#include <string_view>
#include <vector>

#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// Material cooperation and aid (06, 07); not 05, whose "defend" and
// "support" are words ("to defend their areas").
bool helps(const std::string& code) {
  std::string root = dict::cameo_root(code);
  return root == "06" || root == "07";
}

}  // namespace

// The purpose clause ("to help …") of the predicate, of its object ("troops
// to help …") or of a conjoined verb sharing its subject, which is where the
// parser hangs a purpose after a list ("sent troops to A and neighbouring
// states to help …"); -1 when none.
int SentenceCoder::purpose_clause(int predicate) const {
  std::vector<int> holders = {predicate};
  for (int child : tree_.children(predicate)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if (rel == "obj" || (rel == "conj" && tree_.token(child).upos == "VERB" &&
                         !tree_.has_dependent(child, {"nsubj"})))
      holders.push_back(child);
  }
  for (int holder : holders)
    for (int child : tree_.children(holder)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if (rel != "advcl" && rel != "acl" && rel != "xcomp") continue;
      if (tree_.token(child).upos != "VERB") continue;
      for (int c : tree_.children(child))
        if (tree_.token(c).deprel == "mark" && tree_.lemma(c) == "to") return child;
    }
  return -1;
}

void SentenceCoder::aid_by_purpose(int predicate, Reading& r) const {
  if (dict::cameo_root(r.code) != "15") return;
  int purpose = purpose_clause(predicate);
  if (purpose < 0) return;
  const dict::LexiconEntry* helping = choose_entry(purpose, false);
  if (!helping || !helps(helping->code)) return;
  // Helping a named party, not "to defend their areas".
  if (!has_actor(follow_any(purpose, helping->target, false))) return;
  r.code = "074";
  r.aid_purpose = purpose;
  r.pattern += " (military aid: \"" + tree_.token(purpose).text + "\" is its purpose)";
}

// The to-clauses ("to bring …") that say what the predicate is done for:
// adverbial on it or on its control complement ("refused to lift the
// embargo to bring …"), or on its object ("launched an effort to end …");
// only those without a subject of their own. Not the object's clause for a
// rejection or disapproval (11, 12): "rejected a request to publish the
// file on X" says what another's proposal asks, not what the source does.
std::vector<int> SentenceCoder::purpose_clauses(int predicate, const std::string& code) const {
  std::string root = dict::cameo_root(code);
  bool object_clause = root != "11" && root != "12";
  std::vector<int> holders = {predicate};
  for (int child : tree_.children(predicate)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if ((rel == "obj" && object_clause) || (rel == "xcomp" && tree_.token(child).upos == "VERB"))
      holders.push_back(child);
  }
  std::vector<int> clauses;
  for (int holder : holders)
    for (int clause : tree_.children(holder)) {
      std::string_view rel = Tree::base(tree_.token(clause).deprel);
      bool adverbial = rel == "advcl" || (rel == "acl" && holder != predicate);
      if (!adverbial || tree_.token(clause).upos != "VERB" ||
          tree_.has_dependent(clause, {"nsubj"}))
        continue;
      for (int c : tree_.children(clause))
        if (tree_.token(c).deprel == "mark" && tree_.lemma(c) == "to") clauses.push_back(clause);
    }
  return clauses;
}

// "Gondor lifted the embargo to bring Rohan to the talks": an act whose
// arguments name no coded party is aimed at the named party its purpose
// acts on. Only a party whose phrase holds a proper name, never the source.
void SentenceCoder::purpose_party_target(int predicate, Reading& r) const {
  if (has_actor(r.targets)) return;
  for (int clause : purpose_clauses(predicate, r.code)) {
    std::vector<int> found = coded_target_elsewhere(clause, passive_clause(clause), r.sources);
    if (found.empty() || !proper_name_under(found.front())) continue;
    take_target(std::move(found), r, "the party its purpose acts on");
    return;
  }
}

// Whom the force is sent to help is the target ("to help the Rohan army").
void SentenceCoder::purpose_target(Reading& r) const {
  if (r.aid_purpose < 0) return;
  const dict::LexiconEntry* helping = choose_entry(r.aid_purpose, false);
  if (helping) r.targets = follow_any(r.aid_purpose, helping->target, false);
}

}  // namespace eventwire::events
