// Syntax-stage throughput and memory: annotates the gold-tokenized sentences
// of a CoNLL-U file with a syntax model and prints tokens per second (thread
// CPU time and wall time, one thread) and the peak resident memory.
//
//   syntax_bench [--model fast|accurate|PATH] [--repeat N] FILE.conllu
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

#include "eventwire/conllu.h"
#include "eventwire/syntax.h"

namespace {

double seconds(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

std::string status_line(const char* key) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(key, 0) == 0) return line;
  return std::string(key) + " unknown";
}

}  // namespace

int main(int argc, char** argv) {
  std::string model_name = "fast", file;
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--model") == 0 && i + 1 < argc)
      model_name = argv[++i];
    else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else
      file = argv[i];
  }
  if (file.empty()) {
    std::cerr << "usage: syntax_bench [--model fast|accurate|PATH] [--repeat N] FILE.conllu\n";
    return 2;
  }
  std::cout << "memory before load: " << status_line("VmRSS:") << "\n";
  auto path = eventwire::find_syntax_model(model_name);
  if (!path) {
    std::cerr << path.status().to_string() << "\n";
    return 1;
  }
  const double load_start = seconds(CLOCK_MONOTONIC);
  auto model = eventwire::SyntaxModel::load(*path);
  if (!model) {
    std::cerr << model.status().to_string() << "\n";
    return 1;
  }
  std::cout << "model " << *path << " loaded in " << (seconds(CLOCK_MONOTONIC) - load_start)
            << " s; " << status_line("VmRSS:") << "\n";
  auto gold = eventwire::read_conllu_file(file);
  if (!gold) {
    std::cerr << gold.status().to_string() << "\n";
    return 1;
  }
  std::vector<eventwire::Sentence> sentences;
  size_t words = 0;
  for (const auto& g : *gold) {
    eventwire::Sentence s;
    for (const auto& w : g.words) {
      eventwire::Token t;
      t.text = w.form;
      s.tokens.push_back(std::move(t));
    }
    words += s.tokens.size();
    sentences.push_back(std::move(s));
  }
  for (int r = 0; r < repeat; ++r) {
    const double cpu0 = seconds(CLOCK_THREAD_CPUTIME_ID), wall0 = seconds(CLOCK_MONOTONIC);
    for (auto& s : sentences) (void)(*model)->annotate(s);
    const double cpu = seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0,
                 wall = seconds(CLOCK_MONOTONIC) - wall0;
    std::printf("run %d: %zu tokens, %.0f tokens/s (CPU time), %.0f tokens/s (wall)\n", r + 1,
                words, words / cpu, words / wall);
  }
  std::cout << "peak memory: " << status_line("VmHWM:") << "\n";
  return 0;
}
