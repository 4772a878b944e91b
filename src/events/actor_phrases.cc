// From an argument's noun phrase to its actors: where in the phrase the
// actor is (anchor), conjuncts, agents shared by conjoined places ("Lawmakers
// in Fornost and Gondor" → FORLEG, GONLEG), modifiers shared by conjoined
// nouns, subjects the parser split or broke out of a list, and joint subjects
// that act on each other ("Gondor and Osgiliath agree" → GON ↔ OSG), as
// PETRARCH-2 reads them.
#include "events/sentence_coder.h"

namespace eventwire::events {
namespace {

bool is_nominal(const Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN";
}

}  // namespace

// The word group of a nominal without its nmod/clauses: "the evil Gondor",
// "Israel's leadership", "Osgiliath soldiers".
std::pair<int, int> SentenceCoder::core(int head) const {
  int first = head, last = head;
  for (int child : tree_.children(head)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if (rel != "compound" && rel != "flat" && rel != "amod" && rel != "det" &&
        tree_.token(child).deprel != "nmod:poss")
      continue;
    auto [f, l] = tree_.phrase(child);
    first = std::min(first, f);
    last = std::max(last, l);
  }
  return {first, last};
}

// Where the actor of an argument is: the head itself when its own words name
// one, else the nearest nominal below it that does ("a resumption of ties
// with Mordor, Rohan …" → Mordor), so that conjuncts there are found.
int SentenceCoder::anchor(int head) const {
  std::vector<int> queue = {head};
  for (size_t k = 0; k < queue.size() && k < 12; ++k) {
    int node = queue[k];
    auto [first, last] = core(node);
    if (!resolve(node, first, last).code.empty()) return node;
    for (int child : tree_.children(node)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if (!possessors_name_actors_ && tree_.token(child).deprel == "nmod:poss") continue;
      // A title the parser took for an adjective ("said Representative Jane
      // Roe") hangs the name below it as an apposition.
      const bool title_as_modifier = tree_.token(node).upos == "ADJ" && rel == "appos";
      if (rel == "nmod" || rel == "obl" || title_as_modifier) queue.push_back(child);
    }
  }
  return head;
}

// Actors of one argument head: itself and its conjuncts ("Hamas and Islamic
// Jihad"); codes such as "FRO/BIL/SAM" stand for several actors.
std::vector<Actor> SentenceCoder::actors_of(int head) const {
  int given = head;
  head = anchor(head);
  if (std::vector<Actor> spread = distributed_agents(head); !spread.empty()) return spread;
  if (std::vector<Actor> spread = distributed_modifiers(head); !spread.empty()) return spread;
  std::vector<int> heads = {head};
  for (int child : tree_.children(head))
    if (Tree::base(tree_.token(child).deprel) == "conj" && tree_.token(child).upos != "VERB")
      heads.push_back(child);
  std::vector<Actor> out;
  for (int h : heads) {
    // Moved to a noun below the argument ("the population of Gondor of the
    // Prince …"): the words that named an actor there.
    Actor actor = h != head ? conjunct_actor(head, h) : resolve(h);
    if (h == head && head != given) {
      Actor named = resolve(h, core(h).first, core(h).second);
      if (!named.code.starts_with("---")) actor = named;
    }
    if (actor.code.empty()) continue;
    size_t slash;
    while ((slash = actor.code.find('/')) != std::string::npos) {
      Actor one = actor;
      one.code = actor.code.substr(0, slash);
      actor.code.erase(0, slash + 1);
      if (!one.code.empty()) out.push_back(std::move(one));
    }
    if (!actor.code.empty()) out.push_back(std::move(actor));
  }
  return out;
}

std::vector<Actor> SentenceCoder::distributed_agents(int head) const {
  if (!impl_.actors || impl_.actors->empty() || !is_nominal(tree_.token(head))) return {};
  const Sentence& sentence = tree_.sentence();
  // The agents: the head and its nominal conjuncts, each naming only a role.
  std::vector<int> agent_nodes = {head};
  for (int child : tree_.children(head))
    if (Tree::base(tree_.token(child).deprel) == "conj" && is_nominal(tree_.token(child)))
      agent_nodes.push_back(child);
  std::vector<std::string> roles;
  int place = -1;
  for (int a : agent_nodes) {
    auto [first, last] = core(a);
    std::string code =
        impl_.actors->match(ActorMatcher::phrase_words(sentence, first, last), date_).code;
    bool suffix = code.size() > 3 && code.compare(0, 3, "---") == 0;
    bool prefix = code.size() > 3 && code.compare(code.size() - 3, 3, "---") == 0;
    if (!suffix && !prefix) return {};
    roles.push_back(code);
    // The place they belong to: "in Fornost", "of Arnor", "from Gondor".
    for (int child : tree_.children(a)) {
      if (Tree::base(tree_.token(child).deprel) != "nmod" || !is_nominal(tree_.token(child)))
        continue;
      if (tree_.has_case(child, {"in", "of", "from"})) place = child;
    }
  }
  if (place < 0) return {};
  std::vector<int> place_nodes = {place};
  for (int child : tree_.children(place))
    if (Tree::base(tree_.token(child).deprel) == "conj" && is_nominal(tree_.token(child)))
      place_nodes.push_back(child);
  if (place_nodes.size() * roles.size() < 2) return {};
  std::vector<Actor> out;
  for (int p : place_nodes) {
    auto [first, last] = core(p);
    Actor where = resolve(p, first, last);
    if (where.code.empty() || where.code.compare(0, 3, "---") == 0) continue;
    for (size_t k = 0; k < roles.size(); ++k) {
      const std::string& role = roles[k];
      auto [af, al] = core(agent_nodes[k]);
      Actor one = resolve(agent_nodes[k], af, al);
      bool suffix = role.compare(0, 3, "---") == 0;
      std::string part = suffix ? role.substr(3) : role.substr(0, role.size() - 3);
      bool has_part = suffix ? where.code.ends_with(part) : where.code.starts_with(part);
      one.code = has_part ? where.code : suffix ? where.code + part : part + where.code;
      one.entity = where.entity;
      one.how = "agent " + role + " of " + where.mention.text;
      out.push_back(std::move(one));
    }
  }
  // Only a true spread: otherwise the ordinary reading stands.
  return out.size() >= 2 ? out : std::vector<Actor>{};
}

Actor SentenceCoder::conjunct_actor(int head, int conj) const {
  Actor actor = resolve(conj);
  if (!actor.code.starts_with("---") || !impl_.actors || impl_.actors->empty()) return actor;
  int first = core(head).first;
  if (first >= head || head > conj) return actor;
  std::vector<std::string> words = ActorMatcher::phrase_words(tree_.sentence(), first, head - 1);
  auto [cf, cl] = core(conj);
  for (std::string& w : ActorMatcher::phrase_words(tree_.sentence(), cf, cl))
    words.push_back(std::move(w));
  ActorMatch shared = impl_.actors->match(words, date_);
  if (shared.code.empty() || shared.code.starts_with("---")) return actor;
  actor.code = shared.code;
  actor.how = "dictionary: " + shared.matched + " (modifiers shared with \"" +
              tree_.token(head).text + "\")";
  return actor;
}

std::vector<int> SentenceCoder::list_members(const std::vector<int>& heads) const {
  if (heads.size() < 2) return heads;
  std::vector<int> out;
  for (int h : heads) {
    out.push_back(h);
    if (Tree::base(tree_.token(h).deprel) != "nsubj") continue;
    for (int child : tree_.children(h))
      if (tree_.token(child).deprel == "appos" && tree_.token(child).upos == "PROPN")
        out.push_back(child);
  }
  return out;
}

std::vector<int> SentenceCoder::split_subject(int verb) const {
  std::vector<int> pieces;
  for (int child : tree_.children(verb))
    if (tree_.token(child).deprel == "nsubj" && !is_temporal(child)) pieces.push_back(child);
  return pieces.size() >= 2 && !merged_subject(pieces).empty() ? pieces : std::vector<int>{};
}

std::vector<Actor> SentenceCoder::merged_subject(const std::vector<int>& heads) const {
  if (heads.size() < 2) return {};
  for (size_t k = 0; k < heads.size(); ++k) {
    if (Tree::base(tree_.token(heads[k]).deprel) != "nsubj") return {};
    if (k == 0) continue;
    if (tree_.head(heads[k]) != tree_.head(heads[0]) || heads[k] < heads[k - 1]) return {};
    // Only small words between the pieces ("Soldiers from Gondor").
    int gap_first = tree_.phrase(heads[k - 1]).second + 1, gap_last = tree_.phrase(heads[k]).first;
    if (gap_last - gap_first > 2) return {};
    for (int i = gap_first; i < gap_last; ++i) {
      const std::string& upos = tree_.token(i).upos;
      if (upos != "ADP" && upos != "PART" && upos != "SCONJ") return {};
    }
  }
  // One actor: the most specific of the pieces and the whole, the first on a
  // tie ("Ithilen's minister | Calimehtar" stays ITHGOV; "Soldiers from |
  // Gondor" becomes GONMIL).
  std::vector<Actor> candidates;
  for (int h : heads) candidates.push_back(resolve(h));
  candidates.push_back(
      resolve(heads.back(), tree_.phrase(heads.front()).first, tree_.phrase(heads.back()).second));
  candidates.back().how += " (split subject)";
  auto score = [](const Actor& a) {
    if (a.code.empty()) return size_t{0};
    return a.code.size() - (a.code.starts_with("---") ? 3 : 0) + 1;
  };
  const Actor* best = &candidates.front();
  for (const Actor& c : candidates)
    if (score(c) > score(*best)) best = &c;
  if (best->code.empty()) return {};
  return {*best};
}

std::vector<Actor> SentenceCoder::distributed_modifiers(int head) const {
  if (!is_nominal(tree_.token(head))) return {};
  bool dictionary = impl_.actors && !impl_.actors->empty();
  for (int mod : tree_.children(head)) {
    std::string_view rel = Tree::base(tree_.token(mod).deprel);
    if ((rel != "compound" && rel != "amod") || mod > head) continue;
    std::vector<int> members = {mod};
    for (int child : tree_.children(mod))
      if (Tree::base(tree_.token(child).deprel) == "conj" && child < head) members.push_back(child);
    if (members.size() < 2) continue;
    std::vector<Actor> out;
    if (!dictionary) {
      out = modifier_entities(head, members);
      if (out.size() >= 2) return out;
      continue;
    }
    for (int m : members) {
      // The member's own words, then the noun they all modify.
      std::vector<std::string> words = ActorMatcher::phrase_words(tree_.sentence(), m, m);
      for (std::string& w : ActorMatcher::phrase_words(tree_.sentence(), head, head))
        words.push_back(std::move(w));
      ActorMatch match = impl_.actors->match(words, date_);
      if (match.code.empty() || match.code.starts_with("---")) continue;
      Actor one = resolve(head, m, head);
      one.code = match.code;
      one.entity.clear();
      one.how = "dictionary: " + match.matched + " (modifiers shared)";
      out.push_back(std::move(one));
    }
    if (out.size() >= 2) return out;
  }
  return {};
}

// "Gondor and Rohan envoys" without actor dictionaries: each conjoined
// modifier that is a coded entity of its own (a mention within the modifier's
// words, not the whole phrase) is an actor; empty unless they are distinct.
std::vector<Actor> SentenceCoder::modifier_entities(int head,
                                                    const std::vector<int>& members) const {
  std::vector<Actor> out;
  for (int m : members) {
    auto [first, last] = tree_.phrase(m);
    if (m == members.front()) last = m;  // the first member's phrase holds the others
    const CodedMention* found = nullptr;
    for (const CodedMention& c : index_.coded)
      if (c.mention->sentence == s_ && first <= c.mention->first_token &&
          c.mention->last_token <= last + 1) {
        found = &c;
        break;
      }
    if (!found) return {};
    for (const Actor& a : out)
      if (a.entity == found->entity->id) return {};
    Actor one = resolve(head, m, head);
    one.code = found->entity->actor_code;
    one.entity = found->entity->id;
    one.how = "entity " + found->entity->id + " (modifiers shared)";
    out.push_back(std::move(one));
  }
  return out;
}

size_t SentenceCoder::emit_joint(int predicate, const std::string& code,
                                 const std::vector<int>& subject_heads,
                                 const EmitOptions& options) {
  // An inherited subject the parser cut in two is one party, not two acting
  // on each other (step 60; a verb's own such subject is read as before).
  if (options.inherited && !merged_subject(subject_heads).empty()) return 0;
  std::vector<Actor> members;
  for (int h : subject_heads)
    for (Actor& a : actors_of(h)) members.push_back(std::move(a));
  if (members.size() < 2) return 0;
  // "The UN, the AU, the EU, Ethiopia, … agreed": a long list is a
  // multilateral act, not every pair acting on every other.
  constexpr size_t kMaxJointMembers = 3;
  if (members.size() > kMaxJointMembers) {
    if (trace_)
      trace_->push_back("  joint subject of " + std::to_string(members.size()) +
                        " members: too many to pair");
    return 0;
  }
  if (trace_) trace_->push_back("  joint subject: its members act on each other");
  size_t added = 0;
  for (size_t i = 0; i < members.size(); ++i)
    for (size_t j = 0; j < members.size(); ++j)
      if (i != j && members[i].code != members[j].code)
        added += emit_actors(predicate, code, {members[i]}, {members[j]}, true, options);
  return added;
}

}  // namespace eventwire::events
