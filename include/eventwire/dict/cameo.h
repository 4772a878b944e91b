// The CAMEO event codebook, compiled into the library from
// data/cameo/cameo-codebook.tsv (see docs/dictionaries.md): every CAMEO 1.1b3
// code with its name, Goldstein value, GDELT QuadClass and PLOVER mapping.
//
// Codes are strings: leading zeros matter ("0332", not 332). The codebook is
// built once on first use (thread-safe) and is read-only afterwards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eventwire::dict {

struct CameoCode {
  std::string code;      // "0332"
  std::string name;      // "Express intent to provide military aid"
  double goldstein = 0;  // -10 … +10
  int quad_class = 0;    // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string root;      // two-digit cue category: "03"
  std::string plover_type, plover_mode, plover_context;  // "AGREE", "", "military"; empty: none
};

class CameoCodebook {
 public:
  // The embedded codebook.
  static const CameoCodebook& get();

  // nullptr when `code` is not a CAMEO code.
  const CameoCode* find(std::string_view code) const;
  bool is_valid(std::string_view code) const { return find(code) != nullptr; }
  const std::vector<CameoCode>& codes() const { return codes_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Parses the codebook format; public so tests can feed broken text.
  static CameoCodebook parse(std::string_view text);

 private:
  std::vector<CameoCode> codes_;  // sorted by code
  std::vector<std::string> warnings_;
};

// A code is well-formed when it is 2-4 digits, starting with a valid root
// "01".."20". (Says nothing about whether the code exists.)
bool is_well_formed_cameo(std::string_view code);
// "0332" → "03"; "" when malformed.
std::string cameo_root(std::string_view code);
// True for dictionary codes that mean "no event" rather than a CAMEO code:
// "---", "###" (discard), "+++" and empty.
bool is_null_code(std::string_view code);

}  // namespace eventwire::dict
