// Every dictionary file in ../shared/data/events loads, with its counts.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "eventwire/dict.h"

namespace eventwire::dict {
namespace {

const std::string kEvents = std::string(EVENTWIRE_SHARED_DIR) + "/data/events/";

bool have_shared() {
  return std::filesystem::exists(kEvents + "petrarch2/dictionaries/CAMEO.2.0.txt");
}

#define REQUIRE_SHARED() \
  if (!have_shared()) GTEST_SKIP() << "no shared data at " << kEvents

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

void report(const std::string& file, const std::string& counts, size_t warnings, double ms) {
  std::cout << "[dict] " << file << ": " << counts << ", " << warnings << " warnings, " << ms
            << " ms\n";
}

TEST(SharedDictionaries, Petrarch2VerbDictionary) {
  REQUIRE_SHARED();
  auto start = std::chrono::steady_clock::now();
  Result<VerbDictionary> dict = load_verbs(kEvents + "petrarch2/dictionaries/CAMEO.2.0.txt");
  double ms = ms_since(start);
  ASSERT_TRUE(dict.is_ok()) << dict.status().to_string();
  report("CAMEO.2.0.txt",
         std::to_string(dict->synsets.size()) + " synsets, " + std::to_string(dict->blocks.size()) +
             " blocks, " + std::to_string(dict->verb_count()) + " verbs, " +
             std::to_string(dict->pattern_count()) + " patterns, " +
             std::to_string(dict->transformations.size()) + " transformations",
         dict->warnings.size(), ms);
  EXPECT_EQ(dict->dialect, VerbDialect::kPetrarch2);
  EXPECT_GE(dict->synsets.size(), 40u);
  EXPECT_GT(dict->blocks.size(), 350u);
  EXPECT_GT(dict->pattern_count(), 4000u);
  EXPECT_EQ(dict->transformations.size(), 8u);
  EXPECT_LT(dict->warnings.size(), 20u);
  for (size_t i = 0; i < dict->warnings.size() && i < 10; ++i)
    std::cout << "  " << dict->warnings[i].to_string() << "\n";

  // "ASK" block: "+ASK_FOR {…} [020]" is ASK with particle FOR.
  std::vector<VerbRef> refs = dict->find_lemma("ask");
  ASSERT_FALSE(refs.empty());
  bool found_ask_for = false;
  for (VerbRef r : refs) {
    const Verb& v = dict->blocks[r.block].verbs[r.verb];
    if (v.post_words == std::vector<std::string>{"FOR"} && v.line == 913) {
      found_ask_for = true;
      EXPECT_EQ(v.code.active, "020");
    }
  }
  EXPECT_TRUE(found_ask_for);
  const Synset* currency = dict->find_synset("CURRENCY");
  ASSERT_NE(currency, nullptr);
  EXPECT_GT(currency->phrases.size(), 50u);
}

TEST(SharedDictionaries, AllVerbFiles) {
  REQUIRE_SHARED();
  for (const char* file : {"petrarch2/dictionaries/CAMEO.2.0_unsorted.txt",
                           "petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt",
                           "petrarch2/dictionaries/PETR.Validate.verbs.txt",
                           "phoenix-dictionaries/CAMEO.verbpatterns.txt",
                           "tabari/TABARI.Demo.verbs", "tabari/CAMEO.091003.master.verbs"}) {
    auto start = std::chrono::steady_clock::now();
    Result<VerbDictionary> dict = load_verbs(kEvents + file);
    double ms = ms_since(start);
    ASSERT_TRUE(dict.is_ok()) << dict.status().to_string();
    report(file,
           std::string(dialect_name(dict->dialect)) + ", " + std::to_string(dict->synsets.size()) +
               " synsets, " + std::to_string(dict->blocks.size()) + " blocks, " +
               std::to_string(dict->verb_count()) + " verbs, " +
               std::to_string(dict->pattern_count()) + " patterns",
           dict->warnings.size(), ms);
    for (size_t i = 0; i < dict->warnings.size() && i < 5; ++i)
      std::cout << "  " << dict->warnings[i].to_string() << "\n";
    EXPECT_GT(dict->verb_count(), 10u) << file;
    EXPECT_GT(dict->pattern_count(), 50u) << file;
  }
}

TEST(SharedDictionaries, ActorFiles) {
  REQUIRE_SHARED();
  for (const char* file :
       {"petrarch2/dictionaries/Phoenix.Countries.actors.txt",
        "petrarch2/dictionaries/Phoenix.International.actors.txt",
        "petrarch2/dictionaries/Phoenix.MilNonState.actors.txt",
        "petrarch2/dictionaries/PETR.Validate.actors.txt",
        "phoenix-dictionaries/Phoenix.Countries.actors.txt",
        "phoenix-dictionaries/Phoenix.International.actors.txt",
        "phoenix-dictionaries/Phoenix.MilNonState.actors.txt",
        "phoenix-dictionaries/CAMEO.EthnicGroups.actors.txt",
        "phoenix-dictionaries/CAMEO.ReligiousGroups.actors.txt", "tabari/TABARI.Demo.actors"}) {
    auto start = std::chrono::steady_clock::now();
    Result<ActorDictionary> dict = load_actors(kEvents + file);
    double ms = ms_since(start);
    ASSERT_TRUE(dict.is_ok()) << dict.status().to_string();
    size_t codes = 0;
    for (const ActorEntry& e : dict->entries) codes += e.codes.size();
    report(file,
           std::to_string(dict->entries.size()) + " actors, " + std::to_string(dict->name_count()) +
               " names, " + std::to_string(codes) + " codes",
           dict->warnings.size(), ms);
    for (size_t i = 0; i < dict->warnings.size() && i < 5; ++i)
      std::cout << "  " << dict->warnings[i].to_string() << "\n";
    EXPECT_GT(dict->entries.size(), 40u) << file;
  }
}

TEST(SharedDictionaries, CountryActorsWithDates) {
  REQUIRE_SHARED();
  Result<ActorDictionary> dict =
      load_actors(kEvents + "petrarch2/dictionaries/Phoenix.Countries.actors.txt");
  ASSERT_TRUE(dict.is_ok());
  std::vector<const ActorEntry*> afg = dict->find("AFGHANISTAN");
  ASSERT_EQ(afg.size(), 1u);
  EXPECT_EQ(afg[0]->code_on(20170101), "AFG");
  EXPECT_EQ(dict->find("kabul").size(), 1u);
  std::vector<const ActorEntry*> shah = dict->find("MOHAMMAD ZAHIR SHAH");
  ASSERT_FALSE(shah.empty());
  EXPECT_EQ(shah[0]->code_on(19500101), "AFGGOV");
  EXPECT_EQ(shah[0]->code_on(19800101), "AFGELI");
}

TEST(SharedDictionaries, AgentsDiscardsIssues) {
  REQUIRE_SHARED();
  for (const char* file : {"petrarch2/dictionaries/Phoenix.agents.txt",
                           "petrarch2/dictionaries/PETR.Validate.agents.txt",
                           "phoenix-dictionaries/Phoenix.agents.txt"}) {
    auto start = std::chrono::steady_clock::now();
    Result<AgentDictionary> dict = load_agents(kEvents + file);
    double ms = ms_since(start);
    ASSERT_TRUE(dict.is_ok());
    report(file, std::to_string(dict->entries.size()) + " agents", dict->warnings.size(), ms);
    for (size_t i = 0; i < dict->warnings.size() && i < 5; ++i)
      std::cout << "  " << dict->warnings[i].to_string() << "\n";
    EXPECT_GT(dict->entries.size(), 40u);
  }
  Result<AgentDictionary> agents =
      load_agents(kEvents + "petrarch2/dictionaries/Phoenix.agents.txt");
  ASSERT_FALSE(agents->find("CATTLEMEN").empty());  // CATTLE!PERSON!
  EXPECT_EQ(agents->find("FOREIGN MINISTER").front()->combine("IRN").substr(0, 6), "IRNGOV");

  for (const char* file : {"petrarch2/dictionaries/Phoenix.discards.txt",
                           "petrarch2/dictionaries/PETR.Validate.discards.txt",
                           "phoenix-dictionaries/Phoenix.discards.txt"}) {
    Result<DiscardList> list = load_discards(kEvents + file);
    ASSERT_TRUE(list.is_ok());
    size_t story = 0;
    for (const DiscardEntry& e : list->entries) story += e.story_level;
    report(file,
           std::to_string(list->entries.size()) + " discards (" + std::to_string(story) +
               " story-level)",
           list->warnings.size(), 0);
    EXPECT_GT(list->entries.size(), 5u);
  }
  for (const char* file : {"petrarch2/dictionaries/Phoenix.IssueCoding.txt",
                           "phoenix-dictionaries/Phoenix.IssueCoding.txt"}) {
    auto start = std::chrono::steady_clock::now();
    Result<IssueList> list = load_issues(kEvents + file);
    double ms = ms_since(start);
    ASSERT_TRUE(list.is_ok());
    size_t variants = 0;
    for (const IssueEntry& e : list->entries) variants += e.variants.size();
    report(file,
           std::to_string(list->entries.size()) + " issue phrases, " + std::to_string(variants) +
               " variants",
           list->warnings.size(), ms);
    for (size_t i = 0; i < list->warnings.size() && i < 5; ++i)
      std::cout << "  " << list->warnings[i].to_string() << "\n";
    EXPECT_GT(list->entries.size(), 1000u);
  }
}

TEST(SharedDictionaries, EveryFileLoadsUnderCheck) {
  REQUIRE_SHARED();
  size_t files = 0;
  for (const char* dir : {"petrarch2/dictionaries", "phoenix-dictionaries", "tabari"}) {
    for (const auto& item : std::filesystem::directory_iterator(kEvents + dir)) {
      std::string name = item.path().filename().string();
      if (name == "LICENSE" || name.find(".tex") != std::string::npos ||
          name.find(".options") != std::string::npos ||
          name.find(".project") != std::string::npos || name.find(".text") != std::string::npos) {
        continue;
      }
      Result<CheckReport> report = check_dictionary_file(item.path().string(), DictType::kAuto);
      ASSERT_TRUE(report.is_ok()) << name << ": " << report.status().to_string();
      EXPECT_NE(report->type, DictType::kAuto) << name;
      EXPECT_GT(report->entries, 0u) << name;
      std::cout << "[check] " << name << ": " << dict_type_name(report->type) << ", "
                << report->entries << " entries, " << report->findings.size() << " findings\n";
      ++files;
    }
  }
  EXPECT_GE(files, 20u);
}

}  // namespace
}  // namespace eventwire::dict
