#include "events/expert_source.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "events/actor_sectors.h"
#include "events/mentions.h"        // entity_by_id, mention_head
#include "events/sentence_coder.h"  // lower_ascii

namespace eventwire::events {
namespace {

// People who comment on politics by trade. Lawyers, advisers and aides are
// not here: they act for their clients and principals.
constexpr std::array<std::string_view, 18> kExpertNouns = {
    "expert",     "analyst",    "professor",   "economist", "scholar",   "researcher",
    "academic",   "consultant", "author",      "historian", "scientist", "sociologist",
    "strategist", "pollster",   "commentator", "columnist", "pundit",    "demographer"};
// Roles of those whose acts are political whatever they are described as.
// (ELI: "elites" includes candidates, whose descriptions are never an expert's.)
constexpr std::array<std::string_view, 6> kPrivateSectors = {"CVL", "EDU", "NGO",
                                                             "BUS", "ELI", "MED"};
// Words after which a description's head has been read ("an analyst at …").
constexpr std::array<std::string_view, 12> kTailWords = {
    "at", "of", "for", "with", "from", "in", "to", "on", "who", "that", "and", "whose"};

bool expert_word(std::string_view text) {
  std::string word = lower_ascii(text);
  if (word.size() > 3 && word.back() == 's') word.pop_back();  // "experts"
  return std::find(kExpertNouns.begin(), kExpertNouns.end(), word) != kExpertNouns.end();
}

// The head of a description written out ("a labor-policy expert at the Lakeview
// Institute" → "expert", "Professor Ada Lin" → "Professor"): its first word,
// or its last word before a tail.
bool expert_text(const std::string& text) {
  std::vector<std::string> words = words_of(text);
  if (words.empty()) return false;
  if (expert_word(words.front())) return true;
  std::string head;
  for (const std::string& w : words) {
    if (std::find(kTailWords.begin(), kTailWords.end(), lower_ascii(w)) != kTailWords.end()) break;
    head = w;
  }
  // A hyphenated head ("policy-expert") counts by its last part.
  if (size_t dash = head.rfind('-'); dash != std::string::npos) head = head.substr(dash + 1);
  return expert_word(head);
}

bool expert_in_parse(const Sentence& sentence, const Mention& mention) {
  return described_in_parse(sentence, mention, expert_word);
}

const Sentence* sentence_of(const Document& doc, const Mention& mention) {
  if (mention.sentence < 0 || static_cast<size_t>(mention.sentence) >= doc.sentences.size())
    return nullptr;
  return &doc.sentences[static_cast<size_t>(mention.sentence)];
}

}  // namespace

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    bool inside = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    if (inside) word += c;
    if (!inside && !word.empty()) words.push_back(std::move(word)), word.clear();
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

bool described_in_parse(const Sentence& sentence, const Mention& mention,
                        bool (*described)(std::string_view word)) {
  const int head = mention_head(sentence, mention);
  if (head < 0) return false;
  const auto& tokens = sentence.tokens;
  if (described(tokens[static_cast<size_t>(head)].text)) return true;
  for (const Token& t : tokens) {
    if (t.head - 1 != head) continue;
    std::string_view rel = Tree::base(t.deprel);
    if ((rel == "appos" || rel == "compound") && described(t.text)) return true;
  }
  return false;
}

bool private_actor_code(const std::string& actor_code) {
  if (actor_code.size() <= 3) return true;  // nothing, or a country alone
  return all_sectors(actor_code, [](std::string_view s) {
    return std::find(kPrivateSectors.begin(), kPrivateSectors.end(), s) != kPrivateSectors.end();
  });
}

bool expert_description(const Tree& tree, const Document& doc, const Mention& mention,
                        const std::string& entity) {
  const Entity* found = entity_by_id(doc, entity);
  // Only a person the article names: "the Assembly of Experts" is a body of
  // the state, "a panel of experts" may be one.
  if (!found || found->type != "PER") return false;
  if (expert_in_parse(tree.sentence(), mention)) return true;
  return std::any_of(found->mentions.begin(), found->mentions.end(), [&](const Mention& m) {
    const Sentence* sentence = sentence_of(doc, m);
    return expert_text(m.text) || (sentence && expert_in_parse(*sentence, m));
  });
}

bool expert_source(const Tree& tree, const Document& doc, const Mention& mention,
                   const std::string& entity, const std::string& actor_code,
                   const std::string& code) {
  // Their statements are commentary; their other acts (a criticism, a
  // protest, a meeting) still take part in politics.
  // (Former officials known only by a past office stay: on held-out news
  // most were a campaign's surrogates, political actors; docs/events.md.)
  if (code.rfind("01", 0) != 0 || !private_actor_code(actor_code)) return false;
  return expert_description(tree, doc, mention, entity);
}

}  // namespace eventwire::events
