// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// ConlluReader streams sentences from a stream it does not own; it is not
// thread-safe, but separate readers may run in separate threads.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

// One syntactic word: the ten CoNLL-U columns as written ("_" kept as "_").
struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deps, misc, deprel;
  int head = -1;  // -1 when the column is "_"
};

// A multiword token line "3-4\tdon't\t_…": words [first, last], 1-based.
struct ConlluRange {
  int first = 0, last = 0;
  std::string form, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // raw lines without the leading "# "
  std::string sent_id, text;          // from "# sent_id =" and "# text ="
  std::string newdoc_id;              // set when the sentence opens a document
  bool newdoc = false, newpar = false;
  std::vector<ConlluWord> words;
  std::vector<ConlluRange> ranges;
  uint64_t line = 0;  // 1-based line of the sentence's first line

  // True unless "SpaceAfter=No" is in the MISC of word i (or of the range ending at i).
  bool space_after(size_t word_index) const;
  // The surface tokens in order: ranges as one token, other words as themselves.
  // Each entry is (form, first word index, last word index), 0-based.
  struct Surface {
    std::string form;
    int first = 0, last = 0;
  };
  std::vector<Surface> surface_tokens() const;
};

class ConlluReader {
 public:
  // `name` is used in error messages (a file path).
  ConlluReader(std::istream& in, std::string name);
  // Reads the next sentence; returns false at end of input. A malformed line
  // sets `status` to an error naming the file and line, and the sentence is skipped.
  bool next(ConlluSentence& sentence, Status& status);

 private:
  std::istream& in_;
  std::string name_;
  uint64_t line_number_ = 0;
};

// Reads a whole CoNLL-U file.
Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path);

// Writes a sentence of a Document in CoNLL-U, with "# sent_id" and "# text".
void write_conllu(std::ostream& out, const Document& doc, const Sentence& sentence);
// Writes a ConlluSentence back as read (round trip).
void write_conllu(std::ostream& out, const ConlluSentence& sentence);

}  // namespace eventwire
