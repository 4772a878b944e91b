#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/mapped_model.h"
#include "dict/lexicon_block.h"
#include "eventwire/dict/lexicon.h"

namespace eventwire::dict {
namespace {

// Everything the coder reads of an entry, as one line.
std::string entry_line(const LexiconEntry& e) {
  return lexicon_entry_text(e) + " #" + e.comment + " @" + e.file + ":" + std::to_string(e.line);
}

void expect_same_lexicon(const Lexicon& a, const Lexicon& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.fingerprint, b.fingerprint);
  EXPECT_EQ(a.version, b.version);
  ASSERT_EQ(a.warnings.size(), b.warnings.size());
  for (size_t i = 0; i < a.warnings.size(); ++i)
    EXPECT_EQ(a.warnings[i].to_string(), b.warnings[i].to_string());
  ASSERT_EQ(a.entries.size(), b.entries.size());
  for (size_t i = 0; i < a.entries.size(); ++i)
    EXPECT_EQ(entry_line(a.entries[i]), entry_line(b.entries[i])) << i;
  EXPECT_EQ(a.by_lemma, b.by_lemma);  // same lemmas, same order of entries
  ASSERT_EQ(a.backoff.size(), b.backoff.size());
  for (const auto& [lemma, e] : a.backoff) {
    auto it = b.backoff.find(lemma);
    ASSERT_NE(it, b.backoff.end()) << lemma;
    EXPECT_EQ(entry_line(e), entry_line(it->second));
  }
}

TEST(CompiledLexicon, TheDefaultLexiconReadsBackEntryForEntry) {
  const Lexicon& text = default_lexicon();
  const std::string block = internal::compile_lexicon(text);
  Lexicon read;
  ASSERT_TRUE(internal::read_compiled_lexicon(block, &read));
  expect_same_lexicon(text, read);
  // The same block again: compiling is deterministic.
  EXPECT_TRUE(internal::compile_lexicon(read) == block);
}

TEST(CompiledLexicon, WarningsNegationAndEmptySlotsSurvive) {
  Lexicon lex = load_lexicon_from_string(
      "@version 7\n"
      "pledge !obl:to obj=help|aid T=obl:for -> 030\n"
      "n:walkout S=nmod:by T=- -> 143\n"
      "scold voice=passive -> 9999\n",
      "invented.lex");
  ASSERT_EQ(lex.warnings.size(), 1u);  // the unknown code
  add_backoff_entries(&lex, 1, 0.5);
  Lexicon read;
  ASSERT_TRUE(internal::read_compiled_lexicon(internal::compile_lexicon(lex), &read));
  expect_same_lexicon(lex, read);
  ASSERT_EQ(read.entries.size(), 2u);
  EXPECT_TRUE(read.entries[0].constraints[0].negated);
  EXPECT_TRUE(read.entries[1].target.empty());
}

TEST(CompiledLexicon, DamagedBlocksAreRefused) {
  const std::string block = internal::compile_lexicon(load_lexicon_from_string(
      "offer obj=talks T=obl:to -> 036\nthreaten obj=sanction T=obj -> 172\n", "invented.lex"));
  for (size_t cut : {size_t{0}, size_t{5}, block.size() / 2, block.size() - 1}) {
    Lexicon read;
    EXPECT_FALSE(internal::read_compiled_lexicon(std::string_view(block).substr(0, cut), &read))
        << cut;
  }
  Lexicon read;
  EXPECT_FALSE(internal::read_compiled_lexicon(block + "x", &read));  // trailing bytes
}

TEST(CompiledLexicon, TheCacheFileIsWrittenMappedAndRefusedWhenDamaged) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("ew-lexicon-cache-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  Lexicon none;
  base::set_mapped_cache_dir("");
  EXPECT_FALSE(internal::load_cached_default_lexicon(&none));  // no folder, no cache
  base::set_mapped_cache_dir(dir.string());
  EXPECT_FALSE(internal::load_cached_default_lexicon(&none));  // no file yet
  internal::save_cached_default_lexicon(default_lexicon());
  Lexicon cached;
  ASSERT_TRUE(internal::load_cached_default_lexicon(&cached));
  expect_same_lexicon(default_lexicon(), cached);
  for (const auto& file : std::filesystem::directory_iterator(dir)) {  // one byte changed
    std::fstream f(file.path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(file.file_size() - 3));
    f.put('\x7f');
  }
  Lexicon damaged;
  EXPECT_FALSE(internal::load_cached_default_lexicon(&damaged));
  base::set_mapped_cache_dir("");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace eventwire::dict
