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

// Roles of people and groups who take no part in politics by their role:
// civilians, business, schools, health; the press stands apart (kPress).
constexpr std::array<std::string_view, 4> kPrivateRoles = {"CVL", "BUS", "EDU", "HLH"};

bool in_list(std::string_view s, const auto& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

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

// A newspaper, broadcaster or journalist: MED and no role but private ones.
bool press_code(const std::string& code) {
  // A multinational company's code names its home country after MNC.
  if (code.rfind("MNC", 0) == 0) return press_code(code.substr(3));
  return in_list("MED", actor_sectors(code)) && private_actor_code(code);
}

// Civilians or a business: a multinational ("MNCUSA", its home country
// after MNC) is a business whatever sectors follow.
bool civilians_or_business(const std::string& code) {
  if (code.rfind("MNC", 0) == 0) return true;
  return all_sectors(code, [](std::string_view s) { return s == "CVL" || s == "BUS"; });
}

// Some mention of the entity is headed by a proper noun: the article names
// the person ("Ada Lin"), not only describes them ("the businessman", who may
// be a candidate the entities stage did not link).
bool named(const Document& doc, const Entity& entity) {
  return std::any_of(entity.mentions.begin(), entity.mentions.end(), [&](const Mention& m) {
    const Sentence* sentence = sentence_of(doc, m);
    const int head = sentence ? mention_head(*sentence, m) : -1;
    return head >= 0 && sentence->tokens[static_cast<size_t>(head)].upos == "PROPN";
  });
}

// A person the article names and the knowledge base does not know, coded by
// nationality alone, by nothing, or by a private role (a voter, a lawyer, a
// nurse, a business owner).
bool private_person(const Document& doc, const Entity& entity, const std::string& code) {
  if (entity.type != "PER" || entity.resolved_by.find("dictionary") != std::string::npos)
    return false;
  const bool private_role = code.size() <= 3 || all_sectors(code, [](std::string_view s) {
                              return in_list(s, kPrivateRoles);
                            });
  return private_role && named(doc, entity);
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

Standing source_standing(const Tree& tree, const Document& doc, const Mention& mention,
                         const std::string& entity, const std::string& actor_code) {
  // An international body's people speak for it, whatever its sector
  // ("IGOBUS": the IMF and its chief economist).
  if (actor_code.rfind("IGO", 0) == 0) return Standing::kPolitical;
  if (press_code(actor_code)) return Standing::kPress;
  const Entity* found = entity_by_id(doc, entity);
  if (found && private_person(doc, *found, actor_code)) return Standing::kPrivate;
  // Groups of civilians or businesses ("two shoppers", "the companies").
  if ((!found || found->type != "PER") && civilians_or_business(actor_code))
    return Standing::kPrivate;
  // (Former officials known only by a past office are no experts: on
  // held-out news most were a campaign's surrogates; docs/events.md.)
  if (private_actor_code(actor_code) && expert_description(tree, doc, mention, entity))
    return Standing::kExpert;
  return Standing::kPolitical;
}

bool standing_allows(Standing standing, const std::string& code) {
  // Appeals, intents, meetings and endorsements of such sources stay: on
  // the tune half a group's appeal or a business leaders' call is an event
  // (docs/events.md).
  if (standing == Standing::kPolitical) return true;
  return code.rfind("01", 0) != 0;
}

const char* standing_name(Standing standing) {
  switch (standing) {
    case Standing::kPolitical:
      return "political";
    case Standing::kPress:
      return "the press";
    case Standing::kExpert:
      return "an expert";
    case Standing::kPrivate:
      return "a private person or group";
  }
  return "political";
}

}  // namespace eventwire::events
