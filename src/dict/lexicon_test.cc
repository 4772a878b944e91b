#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "eventwire/dict/cameo.h"
#include "eventwire/dict/check.h"
#include "eventwire/dict/lexicon.h"

namespace eventwire::dict {
namespace {

TEST(Lexicon, DefaultLexiconLoadsCleanAndCoversEveryRoot) {
  const Lexicon& lex = default_lexicon();
  for (const Diagnostic& d : lex.warnings) ADD_FAILURE() << d.to_string();
  EXPECT_EQ(lex.version, "1");
  EXPECT_GT(lex.entries.size(), 400u);
  std::set<std::string> roots;
  for (const LexiconEntry& e : lex.entries) roots.insert(cameo_root(e.code));
  EXPECT_EQ(roots.size(), 20u);
  std::vector<Diagnostic> lint;
  lint_lexicon(lex, &lint);
  for (const Diagnostic& d : lint) ADD_FAILURE() << d.to_string();
}

TEST(Lexicon, AcceptanceSampleFramesArePresent) {
  const Lexicon& lex = default_lexicon();
  auto code_with = [&](const std::string& lemma, const std::string& path,
                       const std::string& lemma_value) {
    for (const LexiconEntry* e : lex.find(lemma)) {
      for (const LexiconConstraint& c : e->constraints) {
        for (const DepPath& p : c.paths) {
          if (dep_path_to_string(p) != path) continue;
          for (const std::string& l : c.lemmas) {
            if (l == lemma_value) return e->code;
          }
        }
      }
    }
    return std::string();
  };
  EXPECT_EQ(code_with("pledge", "obj>amod", "military"), "0332");
  EXPECT_EQ(code_with("swear", "xcomp>obj>amod", "military"), "0332");
  EXPECT_EQ(code_with("touch", "case", "in"), "040");
  EXPECT_EQ(code_with("recognize", "obl:as", "capital"), "054");
  EXPECT_EQ(code_with("fight", "obj", "war"), "190");
  EXPECT_EQ(code_with("seize", "obj", "power"), "180");
  EXPECT_EQ(code_with("become", "xcomp>amod", "military"), "074");
  EXPECT_EQ(code_with("encourage", "xcomp", "confront"), "113");
  // The hand-written entries (the derived ones add more specific frames).
  auto hand = [&](const std::string& lemma) {
    std::vector<const LexiconEntry*> out;
    for (const LexiconEntry* e : lex.find(lemma))
      if (e->file == "events.lex") out.push_back(e);
    return out;
  };
  EXPECT_EQ(hand("visit").front()->code, "042");
  EXPECT_EQ(hand("meet").front()->code, "040");
  EXPECT_EQ(hand("protest").size(), 2u);  // the verb and the noun
  // Most specific first.
  std::vector<const LexiconEntry*> pledge = lex.find("pledge");
  ASSERT_GT(pledge.size(), 2u);
  for (size_t i = 1; i < pledge.size(); ++i)
    EXPECT_GE(pledge[i - 1]->specificity(), pledge[i]->specificity());
  EXPECT_EQ(hand("pledge").back()->code, "030");
  // Verb defaults: S=nsubj, T=obj.
  const LexiconEntry* condemn = hand("condemn").front();
  ASSERT_EQ(condemn->source.size(), 1u);
  EXPECT_EQ(dep_path_to_string(condemn->source[0]), "nsubj");
  EXPECT_EQ(dep_path_to_string(condemn->target[0]), "obj");
}

TEST(Lexicon, DefaultLexiconMergesTheDerivedOne) {
  const Lexicon& lex = default_lexicon();
  EXPECT_EQ(lex.name, "events.lex+cameo2-derived.lex+evaluative.lex");
  size_t hand = 0, derived = 0, evaluative = 0;
  for (const LexiconEntry& e : lex.entries) {
    if (e.file == "events.lex") {
      ++hand;
      EXPECT_EQ(derived + evaluative, 0u) << "hand-written entries come first";
    } else if (e.file == "cameo2-derived.lex") {
      ++derived;
      EXPECT_EQ(evaluative, 0u) << "the evaluative frames come last";
    } else {
      EXPECT_EQ(e.file, "evaluative.lex");
      ++evaluative;
    }
  }
  EXPECT_GT(hand, 400u);
  EXPECT_GT(derived, 3000u);
  EXPECT_GE(evaluative, 18u);  // nine naming verbs, two polarities
  // Frames the hand-written lexicon lacks, from CAMEO.2.0: "have shared
  // evidence with", "called off", and noun events.
  auto derived_code = [&](const std::string& lemma, const std::string& path,
                          const std::string& value, LexiconEntry::Pos pos) {
    for (const LexiconEntry* e : lex.find(lemma)) {
      if (e->file != "cameo2-derived.lex" || e->pos != pos) continue;
      if (path.empty() && e->constraints.empty()) return e->code;
      if (e->constraints.size() != 1) continue;
      for (const LexiconConstraint& c : e->constraints)
        for (const DepPath& p : c.paths)
          if (dep_path_to_string(p) == path &&
              std::find(c.lemmas.begin(), c.lemmas.end(), value) != c.lemmas.end())
            return e->code;
    }
    return std::string();
  };
  EXPECT_EQ(derived_code("share", "obj", "evidence", LexiconEntry::Pos::kVerb), "064");
  EXPECT_EQ(derived_code("call", "compound:prt", "off", LexiconEntry::Pos::kVerb), "160");
  EXPECT_EQ(derived_code("abduction", "", "", LexiconEntry::Pos::kNoun), "181");
}

TEST(Lexicon, MergeKeepsTheFirstLexiconsFrames) {
  Lexicon base = load_lexicon_from_string(
      "@version 1\n"
      "meet T=obl:with -> 040\n"
      "visit obj=country -> 042\n",
      "hand.lex");
  Lexicon more = load_lexicon_from_string(
      "@version 1\n"
      "meet T=obj -> 036\n"              // same frame (no constraints): dropped
      "visit obj=country -> 043\n"       // same frame: dropped
      "visit obj=capital|city -> 043\n"  // new frame: kept
      "n:talks S=nmod:poss T=nmod:with -> 040\n"
      "bogus -> 999\n",  // warned
      "more.lex");
  size_t dropped = merge_lexicon(&base, more);
  EXPECT_EQ(dropped, 2u);
  EXPECT_EQ(base.name, "hand.lex+more.lex");
  EXPECT_EQ(base.version, "1");
  ASSERT_EQ(base.entries.size(), 4u);
  EXPECT_EQ(base.entries[2].file, "more.lex");
  EXPECT_EQ(base.entries[2].line, 4u);
  EXPECT_EQ(base.find("meet").size(), 1u);
  EXPECT_EQ(base.find("meet").front()->code, "040");
  std::vector<const LexiconEntry*> visit = base.find("visit");
  ASSERT_EQ(visit.size(), 2u);
  EXPECT_EQ(visit[0]->code, "042");  // equally specific: the first lexicon's first
  EXPECT_EQ(base.find("talks").front()->pos, LexiconEntry::Pos::kNoun);
  ASSERT_EQ(base.warnings.size(), 1u);
  EXPECT_EQ(base.warnings[0].file, "more.lex");
  EXPECT_EQ(lexicon_frame_key(base.entries[0]), lexicon_frame_key(more.entries[0]));
  EXPECT_NE(lexicon_frame_key(base.entries[1]), lexicon_frame_key(more.entries[2]));
}

TEST(Lexicon, BackoffReadsAVerbByItsUsualRoot) {
  Lexicon lex = load_lexicon_from_string(
      "@version 1\n"
      "hand   obj=aid T=obl:to -> 070\n"
      "hand   obj=money T=obl:to -> 071\n"
      "hand   obj=weapons T=obl:to -> 072\n"
      "hand   obj=ultimatum T=obl:to -> 139\n"
      "press  obj=claim -> 100\n"
      "press  obj=charges -> 115\n"
      "press  obj=case -> 100\n"
      "press  T=obj -> 100\n",
      "test.lex");
  EXPECT_EQ(add_backoff_entries(&lex), 1u);  // "press" has a bare entry of its own
  ASSERT_TRUE(lex.backoff.count("hand"));
  const LexiconEntry& hand = lex.backoff.at("hand");
  EXPECT_EQ(hand.code, "070");
  EXPECT_EQ(hand.file, "backoff");
  EXPECT_EQ(hand.specificity(), 0);
}

TEST(Lexicon, MalformedLinesWarn) {
  const char* text =
      "@version 2\n"
      "meet T=obl:with -> 042\n"             // 2 ok
      "meet T=obl:with -> 042\n"             // 3 duplicate (lint)
      "meet T=obl:with -> 043\n"             // 4 conflict (lint)
      "visit -> 999\n"                       // 5 unknown code
      "Visit -> 042\n"                       // 6 bad lemma
      "visit T=obl:>x -> 042\n"              // 7 bad path
      "visit\n"                              // 8 no arrow
      "visit voice=middle -> 042\n"          // 9 bad voice
      "visit -> 042 043\n"                   // 10 two codes
      "n:protest S=nmod:by !obj=x -> 141\n"  // 11 ok
      "@bogus\n";                            // 12
  Lexicon lex = load_lexicon_from_string(text, "test.lex");
  EXPECT_EQ(lex.version, "2");
  EXPECT_EQ(lex.entries.size(), 4u);
  std::set<uint32_t> lines;
  for (const Diagnostic& d : lex.warnings) lines.insert(d.line);
  EXPECT_EQ(lines, (std::set<uint32_t>{5, 6, 7, 8, 9, 10, 12}));
  const LexiconEntry& noun = lex.entries.back();
  EXPECT_EQ(noun.pos, LexiconEntry::Pos::kNoun);
  EXPECT_TRUE(noun.target.empty());
  ASSERT_EQ(noun.constraints.size(), 1u);
  EXPECT_TRUE(noun.constraints[0].negated);
  std::vector<Diagnostic> lint;
  lint_lexicon(lex, &lint);
  ASSERT_EQ(lint.size(), 2u);
  EXPECT_EQ(lint[0].line, 3u);
  EXPECT_EQ(lint[1].line, 4u);
}

TEST(Lexicon, DepPaths) {
  DepPath p;
  ASSERT_TRUE(parse_dep_path("xcomp>nmod:of", &p));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[1].deprel, "nmod");
  EXPECT_EQ(p[1].sub, "of");
  EXPECT_EQ(dep_path_to_string(p), "xcomp>nmod:of");
  EXPECT_FALSE(parse_dep_path("", &p));
  EXPECT_FALSE(parse_dep_path("obj>", &p));
  EXPECT_FALSE(parse_dep_path("obl:", &p));
}

// Entries spelling the same path list share one copy; appending to a shared
// list copies it first.
TEST(Lexicon, PathListsAreShared) {
  Lexicon lex = load_lexicon_from_string(
      "hail T=obl:to|iobj -> 051\nlaud T=obl:to|iobj -> 051\npraise obj=work -> 051\n", "t.lex");
  ASSERT_EQ(lex.entries.size(), 3u);
  const LexiconEntry &a = lex.entries[0], &b = lex.entries[1];
  ASSERT_EQ(a.target.size(), 2u);
  EXPECT_EQ(&a.target.get(), &b.target.get());
  EXPECT_EQ(&a.source.get(), &lex.entries[2].source.get());  // the implicit S=nsubj
  EXPECT_EQ(dep_path_to_string(a.target[1]), "iobj");
  PathList more = a.target;
  more.push_back({{"obl", "with"}});
  EXPECT_EQ(more.size(), 3u);
  EXPECT_EQ(a.target.size(), 2u);
  PathList none;
  EXPECT_TRUE(none.empty());
  for (const DepPath& path : none) ADD_FAILURE() << dep_path_to_string(path);
}

}  // namespace
}  // namespace eventwire::dict

namespace eventwire::dict {
namespace {

// A toy coder: `deps` maps a dependency path ("obj>amod") to the lemmas found
// there; the first entry of find() whose constraints hold wins.
std::string code_for(const std::string& lemma,
                     const std::map<std::string, std::set<std::string>>& deps) {
  for (const LexiconEntry* e : default_lexicon().find(lemma)) {
    bool ok = true;
    for (const LexiconConstraint& c : e->constraints) {
      bool found = false;
      for (const DepPath& p : c.paths) {
        auto it = deps.find(dep_path_to_string(p));
        if (it == deps.end()) continue;
        if (c.lemmas.empty()) found = true;
        for (const std::string& l : c.lemmas) found = found || it->second.count(l) > 0;
      }
      ok = ok && (found != c.negated);
    }
    if (ok) return e->code;
  }
  return "";
}

TEST(Lexicon, MostSpecificEntryWinsOnAcceptanceFrames) {
  EXPECT_EQ(code_for("pledge",
                     {{"obj", {"resource"}}, {"obj>amod", {"military"}}, {"advcl:to", {"help"}}}),
            "0332");
  EXPECT_EQ(code_for("pledge", {{"obj", {"support"}}, {"obj>amod", {"military"}}}), "0332");
  EXPECT_EQ(code_for("pledge", {{"obj", {"aid"}}}), "033");
  EXPECT_EQ(code_for("pledge", {{"obj", {"money"}}}), "0331");
  EXPECT_EQ(code_for("pledge", {}), "030");
  EXPECT_EQ(code_for("swear", {{"xcomp", {"increase"}},
                               {"xcomp>obj", {"backing"}},
                               {"xcomp>obj>amod", {"military"}}}),
            "0332");
  EXPECT_EQ(code_for("touch", {{"case", {"in"}}, {"cop", {"be"}}, {"nmod:with", {"branch"}}}),
            "040");
  EXPECT_EQ(code_for("recognize", {{"obj", {"jerusalem"}}, {"obl:as", {"capital"}}}), "054");
  EXPECT_EQ(code_for("fight", {{"obj", {"war"}}, {"obl:with", {"israel"}}}), "190");
  EXPECT_EQ(code_for("seize", {{"obj", {"power"}}, {"obl:from", {"fatah"}}}), "180");
  EXPECT_EQ(code_for("seize", {{"obj", {"ship"}}}), "171");
  EXPECT_EQ(code_for("urge", {{"obj", {"intifada"}}}), "133");
  EXPECT_EQ(code_for("encourage", {{"obj", {"gazan"}}, {"xcomp", {"confront"}}}), "113");
  EXPECT_EQ(code_for("become", {{"xcomp", {"sponsor"}}, {"xcomp>amod", {"military"}}}), "074");
  EXPECT_EQ(code_for("provide", {{"obj", {"aid"}}, {"obj>amod", {"military"}}}), "072");
  EXPECT_EQ(code_for("visit", {{"obj", {"iran"}}}), "042");
  EXPECT_EQ(code_for("protest", {}), "140");
}

// Entries as "line: text # comment", in load order.
std::vector<std::string> entry_lines(const Lexicon& lex) {
  std::vector<std::string> out;
  for (const LexiconEntry& e : lex.entries)
    out.push_back(std::to_string(e.line) + ": " + lexicon_entry_text(e) + " # " + e.comment);
  return out;
}

TEST(LexiconGroupSyntax, AGroupLemmaGivesOneEntryPerMemberOnItsLine) {
  Lexicon lex = load_lexicon_from_string(
      "@group soothing calm soothe n:lull\n"
      "@group grudges grudge|feud\n"  // 2: one member spelled with "|" is not a lemma
      "@group quarrels grudge feud\n"
      "$soothing obj=$quarrels|spat T=obj>nmod:with -> 081   # easing a quarrel\n"
      "calm -> 020\n",
      "test.lex");
  ASSERT_EQ(lex.warnings.size(), 1u);
  EXPECT_EQ(lex.warnings[0].line, 2u);
  EXPECT_EQ(entry_lines(lex),
            (std::vector<std::string>{
                "4: calm obj=grudge|feud|spat S=nsubj T=obj>nmod:with -> 081 # easing a quarrel",
                "4: soothe obj=grudge|feud|spat S=nsubj T=obj>nmod:with -> 081 # easing a quarrel",
                "4: n:lull obj=grudge|feud|spat S=- T=obj>nmod:with -> 081 # easing a quarrel",
                "5: calm S=nsubj T=obj -> 020 # "}));
}

TEST(LexiconGroupSyntax, ExpansionLoadsTheSameEntriesAsTheLinesWrittenOut) {
  const char* written_out =
      "mend obj=fence|fences T=obl:with -> 050\n"
      "mend obj=rift obj>amod=old T=obl:with -> 050\n"
      "patch obj=fence|fences T=obl:with -> 050\n"
      "patch obj=rift obj>amod=old T=obl:with -> 050\n"
      "patch prt=up -> 050\n";
  const char* grouped =
      "@group fences fence fences\n"
      "@group menders mend\n"
      "@group all-menders $menders patch\n"
      "$all-menders obj=$fences T=obl:with -> 050\n"
      "$all-menders obj=rift obj>amod=old T=obl:with -> 050\n"
      "patch prt=up -> 050\n";
  Lexicon a = load_lexicon_from_string(written_out, "a.lex");
  Lexicon b = load_lexicon_from_string(grouped, "b.lex");
  EXPECT_TRUE(b.warnings.empty());
  std::multiset<std::string> ta, tb;
  for (const LexiconEntry& e : a.entries) ta.insert(lexicon_entry_text(e));
  for (const LexiconEntry& e : b.entries) tb.insert(lexicon_entry_text(e));
  EXPECT_EQ(ta, tb);
  // What decides a match, each lemma's entries in preference order, is the same.
  for (const auto& [lemma, ids] : a.by_lemma) {
    ASSERT_EQ(b.by_lemma.count(lemma), 1u) << lemma;
    const std::vector<uint32_t>& other = b.by_lemma.at(lemma);
    ASSERT_EQ(ids.size(), other.size()) << lemma;
    for (size_t i = 0; i < ids.size(); ++i)
      EXPECT_EQ(lexicon_entry_text(a.entries[ids[i]]), lexicon_entry_text(b.entries[other[i]]));
  }
}

TEST(LexiconGroupSyntax, BadGroupsWarnWithFileAndLine) {
  const char* text =
      "@group quarrels grudge feud\n"         // 1 ok
      "$scolding T=obj -> 111\n"              // 2 unknown group (defined later)
      "@group scolding chide scold\n"         // 3 ok
      "@group empty\n"                        // 4 empty
      "$empty -> 111\n"                       // 5 so unknown
      "@group quarrels spat\n"                // 6 duplicate: the first stays
      "mend obj=$quarrels|$nothing -> 050\n"  // 7 unknown group in a value
      "@group Bad-Name x\n"                   // 8 bad name
      "@group\n"                              // 9 no name
      "@group odd $nothing x\n"               // 10 unknown group in a group
      "mend obj=$quarrels -> 050\n"           // 11 ok: grudge|feud
      "$ T=$quarrels -> 050\n"                // 12 no name
      "mend T=$quarrels -> 050\n"             // 13 S=/T= take paths, not groups
      "$scolding -> 111\n";                   // 14 ok: two entries
  Lexicon lex = load_lexicon_from_string(text, "test.lex");
  std::set<uint32_t> lines;
  for (const Diagnostic& d : lex.warnings) {
    EXPECT_EQ(d.file, "test.lex");
    lines.insert(d.line);
  }
  EXPECT_EQ(lines, (std::set<uint32_t>{2, 4, 5, 6, 7, 8, 9, 10, 12, 13}));
  auto message_on = [&](uint32_t line) {
    for (const Diagnostic& d : lex.warnings)
      if (d.line == line) return d.message;
    return std::string();
  };
  EXPECT_NE(message_on(2).find("unknown group \"$scolding\""), std::string::npos);
  EXPECT_NE(message_on(4).find("group $empty is empty"), std::string::npos);
  EXPECT_NE(message_on(6).find("already defined on line 1"), std::string::npos);
  EXPECT_EQ(entry_lines(lex), (std::vector<std::string>{
                                  "11: mend obj=grudge|feud S=nsubj T=obj -> 050 # ",
                                  "14: chide S=nsubj T=obj -> 111 # ",
                                  "14: scold S=nsubj T=obj -> 111 # ",
                              }));
}

TEST(LexiconGroupSyntax, EntryTextLoadsBackToTheSameEntry) {
  const Lexicon& lex = default_lexicon();
  std::string text;
  for (const LexiconEntry& e : lex.entries)
    if (e.file == "events.lex") text += lexicon_entry_text(e) + "\n";
  Lexicon again = load_lexicon_from_string(text, "again.lex");
  EXPECT_TRUE(again.warnings.empty());
  std::string twice;
  for (const LexiconEntry& e : again.entries) twice += lexicon_entry_text(e) + "\n";
  EXPECT_EQ(text, twice);
}

}  // namespace
}  // namespace eventwire::dict
