// Document → one line of JSON (docs/schema.md), written straight into a byte
// buffer: no JSON tree is built. The bytes are those nlohmann::json's
// dump(-1, ' ', false, replace) gives for the same object (key order,
// escapes, numbers); a string that is not valid UTF-8 is handed to nlohmann
// itself so that even its replacement characters match.
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <string_view>

#include "eventwire/io.h"

namespace eventwire {
namespace {

// Bytes a JSON string cannot copy as they are: controls, '"', '\\', non-ASCII.
constexpr bool needs_care(unsigned char c) {
  return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

// Length of the well-formed UTF-8 sequence at `i` (no overlongs, surrogates or
// code points past U+10FFFF: what nlohmann's decoder accepts), or 0.
size_t utf8_length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  uint32_t cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < n; ++k) {
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Appends JSON values with the separators of a compact dump. Not thread-safe;
// one per output buffer.
class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out) {}

  void key(std::string_view k) {
    before_value();
    string_body(k);
    out_ += ':';
    after_key_ = true;
  }
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void value(std::string_view s) {
    before_value();
    string_body(s);
  }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
  }
  void value(double d) {
    before_value();
    if (!std::isfinite(d)) {
      out_ += "null";
      return;
    }
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, d);
    out_.append(buffer, end);
  }
  template <typename Int>
  requires std::is_integral_v<Int>
  void value(Int i) {
    before_value();
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, i);
    out_.append(buffer, end);
  }
  void null() {
    before_value();
    out_ += "null";
  }
  // A value already written as compact JSON.
  void raw(std::string_view json) {
    before_value();
    out_ += json;
  }
  // Shorthands for "key": value.
  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }
  void null_field(std::string_view k) {
    key(k);
    null();
  }
  // "key": value, or null when the string is empty.
  void string_or_null(std::string_view k, const std::string& v) {
    key(k);
    if (v.empty())
      null();
    else
      value(v);
  }
  void strings(std::string_view k, const std::vector<std::string>& values) {
    key(k);
    begin_array();
    for (const std::string& v : values) value(v);
    end_array();
  }

 private:
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) out_ += ',';
    first_ = false;
  }
  void open(char c) {
    before_value();
    out_ += c;
    first_ = true;
  }
  void close(char c) {
    out_ += c;
    first_ = false;
  }

  void string_body(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && !needs_care(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) {  // the common case: nothing to escape
      out_ += '"';
      out_ += s;
      out_ += '"';
      return;
    }
    for (size_t j = i; j < s.size();) {  // invalid UTF-8 anywhere: nlohmann's own bytes
      unsigned char c = static_cast<unsigned char>(s[j]);
      if (c < 0x80) {
        ++j;
        continue;
      }
      size_t n = utf8_length(s, j);
      if (n == 0) {
        out_ += nlohmann::json(std::string(s))
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      j += n;
    }
    out_ += '"';
    out_.append(s.data(), i);
    static const char kHex[] = "0123456789abcdef";
    for (; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (!needs_care(c) || c >= 0x80) {
        out_ += static_cast<char>(c);
        continue;
      }
      out_ += '\\';
      switch (c) {
        case '"':
          out_ += '"';
          break;
        case '\\':
          out_ += '\\';
          break;
        case '\b':
          out_ += 'b';
          break;
        case '\t':
          out_ += 't';
          break;
        case '\n':
          out_ += 'n';
          break;
        case '\f':
          out_ += 'f';
          break;
        case '\r':
          out_ += 'r';
          break;
        default:
          out_ += "u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
      }
    }
    out_ += '"';
  }

  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

void mention_fields(JsonOut& j, const Mention& m) {
  j.field("start", m.start);
  j.field("end", m.end);
  j.field("text", m.text);
  j.field("sentence", m.sentence);
}

void write_argument(JsonOut& j, std::string_view key, const std::optional<EventArgument>& a) {
  j.key(key);
  if (!a) {
    j.null();
    return;
  }
  j.begin_object();
  mention_fields(j, a->mention);
  j.field("actor_code", a->actor_code);
  j.string_or_null("entity", a->entity);
  j.end_object();
}

// An object from (key, value) pairs as a JSON object assigned key by key
// builds it: a repeated key keeps its first place and takes its last value.
template <typename Pair, typename WriteValue>
void keyed_object(JsonOut& j, const std::vector<Pair>& pairs, const WriteValue& write_value) {
  j.begin_object();
  for (size_t i = 0; i < pairs.size(); ++i) {
    bool seen = false;
    for (size_t k = 0; k < i && !seen; ++k) seen = pairs[k].first == pairs[i].first;
    if (seen) continue;
    size_t last = i;
    for (size_t k = i + 1; k < pairs.size(); ++k)
      if (pairs[k].first == pairs[i].first) last = k;
    j.key(pairs[i].first);
    write_value(pairs[last].second);
  }
  j.end_object();
}

void quote_fields(JsonOut& j, const Quote& q) {
  auto party = [&](std::string_view key, const std::optional<Mention>& m,
                   const std::string& entity) {
    j.key(key);
    if (!m) {
      j.null();
      return;
    }
    j.begin_object();
    mention_fields(j, *m);
    j.string_or_null("entity", entity);
    j.end_object();
  };
  j.field("id", q.id);
  j.field("kind", q.kind);
  j.key("content");
  j.begin_object();
  mention_fields(j, q.content);
  j.end_object();
  j.key("cue");
  j.begin_object();
  mention_fields(j, q.cue);
  j.end_object();
  party("speaker", q.speaker, q.speaker_entity);
  party("addressee", q.addressee, q.addressee_entity);
  j.strings("reported_by", q.reported_by);
  j.field("medium", q.medium);
  j.field("date", q.date);
  j.field("date_source", q.date_source);
  j.strings("events", q.events);
}

void write_event(JsonOut& j, const Event& e) {
  j.begin_object();
  j.field("id", e.id);
  j.field("sentence", e.sentence);
  j.field("start", e.start);
  j.field("end", e.end);
  write_argument(j, "source", e.source);
  write_argument(j, "target", e.target);
  j.field("code", e.code);
  j.field("root_code", e.root_code);
  j.field("quad_class", e.quad_class);
  j.field("goldstein", e.goldstein);
  j.field("plover", e.plover);
  j.field("date", e.date);
  j.field("date_source", e.date_source);
  j.string_or_null("location", e.location);
  j.strings("reported_by", e.reported_by);
  j.field("negated", e.negated);
  j.field("modality", e.modality);
  j.field("confidence", e.confidence);
  j.key("evidence");
  j.begin_object();
  j.field("verb", e.evidence_verb);
  j.field("pattern", e.evidence_pattern);
  j.field("dictionary", e.evidence_dictionary);
  j.end_object();
  j.key("issues");
  keyed_object(j, e.issues, [&](int count) { j.value(count); });
  j.end_object();
}

void analysis_fields(JsonOut& j, const Document& doc) {
  j.key("entities");
  j.begin_array();
  for (const Entity& e : doc.entities) {
    j.begin_object();
    j.field("id", e.id);
    j.field("type", e.type);
    j.field("name", e.name);
    j.field("actor_code", e.actor_code);
    j.field("resolved_by", e.resolved_by);
    j.key("mentions");
    j.begin_array();
    for (const Mention& m : e.mentions) {
      j.begin_object();
      mention_fields(j, m);
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key("events");
  j.begin_array();
  for (const Event& e : doc.events) write_event(j, e);
  j.end_array();
  j.key("quotes");
  j.begin_array();
  for (const Quote& q : doc.quotes) {
    j.begin_object();
    quote_fields(j, q);
    j.end_object();
  }
  j.end_array();
  j.key("times");
  j.begin_array();
  for (const TimeExpression& t : doc.times) {
    j.begin_object();
    j.field("id", t.id);
    j.field("start", t.start);
    j.field("end", t.end);
    j.field("text", t.text);
    j.field("type", t.type);
    j.field("value", t.value);
    j.field("sentence", t.sentence);
    j.end_object();
  }
  j.end_array();
  j.key("places");
  j.begin_array();
  for (const Place& p : doc.places) {
    j.begin_object();
    j.field("id", p.id);
    j.field("start", p.start);
    j.field("end", p.end);
    j.field("text", p.text);
    j.field("name", p.name);
    j.field("geonames_id", p.geonames_id);
    j.field("country", p.country);
    j.field("admin1", p.admin1);
    j.field("lat", p.lat);
    j.field("lon", p.lon);
    j.field("sentence", p.sentence);
    j.end_object();
  }
  j.end_array();
}

void write_versions(JsonOut& j, const std::vector<ComponentVersion>& versions) {
  // Several files of one kind (the actor knowledge base is five) are keyed
  // "<name>:<file>" so none hides another.
  std::vector<std::pair<std::string, const ComponentVersion*>> keyed;
  keyed.reserve(versions.size());
  for (const ComponentVersion& v : versions) {
    size_t same = 0;
    for (const ComponentVersion& w : versions) same += w.name == v.name ? 1 : 0;
    std::string key = v.name;
    if (same > 1) {
      key += ':';
      key += v.version.substr(v.version.rfind('/') + 1);
    }
    keyed.emplace_back(std::move(key), &v);
  }
  keyed_object(j, keyed, [&](const ComponentVersion* v) {
    j.begin_object();
    j.field("version", v->version);
    j.field("fingerprint", v->fingerprint);
    j.end_object();
  });
}

void write_sentence(JsonOut& j, const Sentence& s, std::string_view text,
                    const JsonOptions& options) {
  j.begin_object();
  j.field("id", s.id);
  j.field("start", s.start);
  j.field("end", s.end);
  j.field("paragraph", s.paragraph);
  j.field("text", text.substr(s.byte_start, s.byte_end - s.byte_start));
  if (options.tokens) {
    j.key("tokens");
    j.begin_array();
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      j.begin_object();
      j.field("id", i + 1);
      j.field("text", t.text);
      j.field("start", t.start);
      j.field("end", t.end);
      if (options.syntax && t.head >= 0) {
        j.field("upos", t.upos);
        j.field("xpos", t.xpos);
        j.field("feats", t.feats);
        j.field("lemma", t.lemma);
        j.field("head", t.head);
        j.field("deprel", t.deprel);
      }
      j.end_object();
    }
    j.end_array();
    if (!s.multiword_tokens.empty()) {
      j.key("multiword_tokens");
      j.begin_array();
      for (const MultiwordToken& m : s.multiword_tokens) {
        j.begin_object();
        j.field("first", m.first + 1);
        j.field("last", m.last + 1);
        j.field("text", m.text);
        j.field("start", m.start);
        j.field("end", m.end);
        j.end_object();
      }
      j.end_array();
    }
  }
  j.end_object();
}

}  // namespace

void append_document_json(std::string& out, const Document& doc, const JsonOptions& options) {
  const Article& a = doc.article;
  JsonOut j(out);
  j.begin_object();
  j.field("id", a.id);
  j.field("date", a.date);
  j.field("title", a.title);
  j.field("source", a.source);
  j.field("url", a.url);
  j.field("text", a.text);
  j.key("meta");
  j.begin_object();
  j.field("schema_version", 1);
  j.field("eventwire_version", EVENTWIRE_VERSION);
  j.key("origin");
  j.begin_object();
  j.field("file", a.origin_file);
  j.field("record", a.origin_record);
  j.field("line", a.origin_line);
  j.end_object();
  j.key("models");
  write_versions(j, doc.models);
  j.key("dictionaries");
  write_versions(j, doc.dictionaries);
  j.strings("warnings", doc.warnings);
  j.end_object();
  if (!a.extra.empty()) {
    j.key("extra");
    keyed_object(j, a.extra, [&](const std::string& value) {
      j.raw(nlohmann::ordered_json::parse(value, nullptr, false)
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    });
  }
  j.key("title_span");
  j.begin_object();
  j.field("start", a.title_span.start);
  j.field("end", a.title_span.end);
  j.end_object();
  j.key("paragraphs");
  j.begin_array();
  for (const Span& p : a.paragraphs) {
    j.begin_object();
    j.field("start", p.start);
    j.field("end", p.end);
    j.end_object();
  }
  j.end_array();
  j.key("sentences");
  j.begin_array();
  std::string_view text(a.text);
  for (const Sentence& s : doc.sentences) write_sentence(j, s, text, options);
  j.end_array();
  if (options.analysis) analysis_fields(j, doc);
  j.end_object();
}

std::string document_to_json(const Document& doc, const JsonOptions& options) {
  std::string out;
  append_document_json(out, doc, options);
  return out;
}

void append_quote_json(std::string& out, const Document& doc, const Quote& quote) {
  JsonOut j(out);
  j.begin_object();
  j.field("article", doc.article.id);
  quote_fields(j, quote);
  j.end_object();
}

std::string quote_to_json(const Document& doc, const Quote& quote) {
  std::string out;
  append_quote_json(out, doc, quote);
  return out;
}

}  // namespace eventwire
