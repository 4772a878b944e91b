// Annotation blob encoding: a flat byte stream of LEB128 varints, zigzag for
// signed values, length-prefixed strings and raw little-endian doubles.
// Token offsets are deltas from the previous token, and token texts are not
// stored when they equal the article text at their offsets (always, for
// documents from the pipeline), so a parse costs a few bytes per token
// before compression.
#include "store/codec.h"

#include "eventwire/text.h"

#include <zstd.h>

#include <cstring>

namespace eventwire::store {
namespace {

class Writer {
 public:
  void u(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void i(int64_t v) { u((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void s(std::string_view v) {
    u(v.size());
    out_.append(v);
  }
  void d(double v) {
    char bytes[8];
    std::memcpy(bytes, &v, 8);
    out_.append(bytes, 8);
  }
  void mention(const Mention& m) {
    u(m.start);
    u(m.end - m.start);
    s(m.text);
    i(m.sentence);
    i(m.first_token);
    i(m.last_token);
  }
  void opt_mention(const std::optional<Mention>& m) {
    u(m ? 1 : 0);
    if (m) mention(*m);
  }
  void strings(const std::vector<std::string>& v) {
    u(v.size());
    for (const auto& x : v) s(x);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  void invalidate() { fail(); }
  uint64_t u() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return fail();
      auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    return fail();
  }
  uint32_t u32() { return static_cast<uint32_t>(u()); }
  int64_t i() {
    uint64_t v = u();
    return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  int i32() { return static_cast<int>(i()); }
  std::string s() {
    uint64_t n = u();
    if (n > in_.size() - pos_) return fail(), std::string();
    std::string v(in_.substr(pos_, n));
    pos_ += n;
    return v;
  }
  double d() {
    if (in_.size() - pos_ < 8) return fail(), 0.0;
    double v;
    std::memcpy(&v, in_.data() + pos_, 8);
    pos_ += 8;
    return v;
  }
  // A count of items each at least one byte long: bounded by what is left.
  size_t count() {
    uint64_t n = u();
    if (n > in_.size() - pos_) return fail(), 0;
    return n;
  }
  Mention mention() {
    Mention m;
    m.start = u32();
    m.end = m.start + u32();
    m.text = s();
    m.sentence = i32();
    m.first_token = i32();
    m.last_token = i32();
    return m;
  }
  std::optional<Mention> opt_mention() {
    if (u() == 0) return std::nullopt;
    return mention();
  }
  std::vector<std::string> strings() {
    std::vector<std::string> v(count());
    for (auto& x : v) x = s();
    return v;
  }

 private:
  uint64_t fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void write_argument(Writer& w, const std::optional<EventArgument>& a) {
  w.u(a ? 1 : 0);
  if (!a) return;
  w.mention(a->mention);
  w.s(a->actor_code);
  w.s(a->entity);
}

std::optional<EventArgument> read_argument(Reader& r) {
  if (r.u() == 0) return std::nullopt;
  EventArgument a;
  a.mention = r.mention();
  a.actor_code = r.s();
  a.entity = r.s();
  return a;
}

void write_versions(Writer& w, const std::vector<ComponentVersion>& versions) {
  w.u(versions.size());
  for (const auto& v : versions) w.s(v.name), w.s(v.version), w.s(v.fingerprint);
}

std::vector<ComponentVersion> read_versions(Reader& r) {
  std::vector<ComponentVersion> versions(r.count());
  for (auto& v : versions) v.name = r.s(), v.version = r.s(), v.fingerprint = r.s();
  return versions;
}

void write_sentences(Writer& w, const Document& doc) {
  const std::string& text = doc.article.text;
  CodePointIndex index(text);
  w.u(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    w.i(s.id), w.u(s.start), w.u(s.end - s.start), w.u(s.byte_start),
        w.u(s.byte_end - s.byte_start);
    w.i(s.paragraph);
    w.u(s.tokens.size());
    uint32_t cp = s.start, byte = s.byte_start;
    for (const Token& t : s.tokens) {
      bool sliced =
          t.byte_end <= text.size() && t.byte_start <= t.byte_end &&
          std::string_view(text).substr(t.byte_start, t.byte_end - t.byte_start) == t.text;
      bool derived = t.end <= index.size() && t.start <= t.end &&
                     index.to_byte(t.start) == t.byte_start && index.to_byte(t.end) == t.byte_end;
      // Flags: bit 0 space_after, bit 1 text stored, bit 2 parsed, bit 3 byte offsets stored.
      w.u((t.space_after ? 1u : 0u) | (sliced ? 0u : 2u) | (t.head >= 0 ? 4u : 0u) |
          (derived ? 0u : 8u));
      w.i(static_cast<int64_t>(t.start) - cp), w.u(t.end - t.start);
      if (!derived) w.i(static_cast<int64_t>(t.byte_start) - byte), w.u(t.byte_end - t.byte_start);
      cp = t.end, byte = t.byte_end;
      if (!sliced) w.s(t.text);
      if (t.head >= 0)
        w.s(t.upos), w.s(t.xpos), w.s(t.feats), w.s(t.lemma), w.s(t.deprel), w.i(t.head);
    }
    w.u(s.multiword_tokens.size());
    for (const MultiwordToken& m : s.multiword_tokens)
      w.i(m.first), w.i(m.last), w.s(m.text), w.u(m.start), w.u(m.end);
  }
}

void read_sentences(Reader& r, Document& doc) {
  const std::string& text = doc.article.text;
  CodePointIndex index(text);
  doc.sentences.resize(r.count());
  for (Sentence& s : doc.sentences) {
    s.id = r.i32(), s.start = r.u32(), s.end = s.start + r.u32(), s.byte_start = r.u32(),
    s.byte_end = s.byte_start + r.u32();
    s.paragraph = r.i32();
    s.tokens.resize(r.count());
    uint32_t cp = s.start, byte = s.byte_start;
    for (Token& t : s.tokens) {
      uint64_t flags = r.u();
      t.space_after = flags & 1;
      t.start = static_cast<uint32_t>(cp + r.i()), t.end = t.start + r.u32();
      if (flags & 8) {
        t.byte_start = static_cast<uint32_t>(byte + r.i()), t.byte_end = t.byte_start + r.u32();
      } else if (t.start <= t.end && t.end <= index.size()) {
        t.byte_start = index.to_byte(t.start), t.byte_end = index.to_byte(t.end);
      } else {
        return r.invalidate();
      }
      cp = t.end, byte = t.byte_end;
      if (flags & 2) {
        t.text = r.s();
      } else if (t.byte_end <= text.size() && t.byte_start <= t.byte_end) {
        t.text = text.substr(t.byte_start, t.byte_end - t.byte_start);
      }
      if (flags & 4)
        t.upos = r.s(), t.xpos = r.s(), t.feats = r.s(), t.lemma = r.s(), t.deprel = r.s(),
        t.head = r.i32();
      if (!r.ok()) return;
    }
    s.multiword_tokens.resize(r.count());
    for (MultiwordToken& m : s.multiword_tokens)
      m.first = r.i32(), m.last = r.i32(), m.text = r.s(), m.start = r.u32(), m.end = r.u32();
  }
}

}  // namespace

std::string encode_annotations(const Document& doc) {
  Writer w;
  const Article& a = doc.article;
  w.u(a.title_span.start), w.u(a.title_span.end);
  w.u(a.paragraphs.size());
  for (const Span& p : a.paragraphs) w.u(p.start), w.u(p.end);
  w.u(a.extra.size());
  for (const auto& [key, value] : a.extra) w.s(key), w.s(value);
  w.u(a.origin_line);
  write_sentences(w, doc);
  w.u(doc.entities.size());
  for (const Entity& e : doc.entities) {
    w.s(e.id), w.s(e.type), w.s(e.name), w.s(e.actor_code), w.s(e.resolved_by);
    w.u(e.mentions.size());
    for (const Mention& m : e.mentions) w.mention(m);
  }
  w.u(doc.events.size());
  for (const Event& e : doc.events) {
    w.s(e.id), w.i(e.sentence), w.u(e.start), w.u(e.end);
    write_argument(w, e.source), write_argument(w, e.target);
    w.s(e.code), w.s(e.root_code), w.s(e.plover), w.i(e.quad_class), w.d(e.goldstein);
    w.s(e.date), w.s(e.date_source), w.s(e.location), w.strings(e.reported_by);
    w.u(e.negated ? 1 : 0), w.d(e.confidence);
    w.s(e.evidence_verb), w.s(e.evidence_pattern), w.s(e.evidence_dictionary);
  }
  w.u(doc.quotes.size());
  for (const Quote& q : doc.quotes) {
    w.s(q.id), w.s(q.kind), w.mention(q.content), w.mention(q.cue);
    w.opt_mention(q.speaker), w.opt_mention(q.addressee);
    w.s(q.speaker_entity), w.s(q.addressee_entity), w.strings(q.reported_by);
    w.s(q.medium), w.s(q.date), w.strings(q.events);
    w.s(q.date_source);  // format 2
  }
  w.u(doc.times.size());
  for (const TimeExpression& t : doc.times)
    w.s(t.id), w.u(t.start), w.u(t.end), w.s(t.text), w.s(t.type), w.s(t.value), w.i(t.sentence),
        w.i(t.first_token), w.i(t.last_token);
  w.u(doc.places.size());
  for (const Place& p : doc.places)
    w.s(p.id), w.u(p.start), w.u(p.end), w.s(p.text), w.s(p.name), w.i(p.geonames_id),
        w.s(p.country), w.s(p.admin1), w.s(p.feature), w.d(p.lat), w.d(p.lon), w.i(p.sentence),
        w.i(p.first_token), w.i(p.last_token);
  write_versions(w, doc.models);
  write_versions(w, doc.dictionaries);
  w.strings(doc.warnings);
  for (const Event& e : doc.events) {  // format 3: issue codes per event
    w.u(e.issues.size());
    for (const auto& [code, count] : e.issues) w.s(code), w.u(static_cast<uint64_t>(count));
  }
  for (const Event& e : doc.events) w.s(e.modality);  // format 4

  const std::string& raw = w.bytes();
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), 3);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

Status decode_annotations(std::string_view blob, int format, Document& doc) {
  // Format 1 lacks quote date sources; it is read as it is.
  if (format < 1 || format > kBlobFormat)
    return Status::unsupported("annotation blob format " + std::to_string(format) +
                               " (this build reads 1–" + std::to_string(kBlobFormat) + ")");
  unsigned long long size = ZSTD_getFrameContentSize(blob.data(), blob.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
      size > (uint64_t{1} << 31))
    return Status::corrupt("annotation blob of article \"" + doc.article.id +
                           "\" is not a zstd frame");
  std::string raw(size, '\0');
  size_t n = ZSTD_decompress(raw.data(), raw.size(), blob.data(), blob.size());
  if (ZSTD_isError(n) || n != size)
    return Status::corrupt("annotation blob of article \"" + doc.article.id +
                           "\" does not decompress");
  Reader r(raw);
  Article& a = doc.article;
  a.title_span.start = r.u32(), a.title_span.end = r.u32();
  a.paragraphs.resize(r.count());
  for (Span& p : a.paragraphs) p.start = r.u32(), p.end = r.u32();
  a.extra.resize(r.count());
  for (auto& [key, value] : a.extra) key = r.s(), value = r.s();
  a.origin_line = r.u();
  read_sentences(r, doc);
  doc.entities.resize(r.count());
  for (Entity& e : doc.entities) {
    e.id = r.s(), e.type = r.s(), e.name = r.s(), e.actor_code = r.s(), e.resolved_by = r.s();
    e.mentions.resize(r.count());
    for (Mention& m : e.mentions) m = r.mention();
  }
  doc.events.resize(r.count());
  for (Event& e : doc.events) {
    e.id = r.s(), e.sentence = r.i32(), e.start = r.u32(), e.end = r.u32();
    e.source = read_argument(r), e.target = read_argument(r);
    e.code = r.s(), e.root_code = r.s(), e.plover = r.s(), e.quad_class = r.i32(),
    e.goldstein = r.d();
    e.date = r.s(), e.date_source = r.s(), e.location = r.s(), e.reported_by = r.strings();
    e.negated = r.u() != 0, e.confidence = r.d();
    e.evidence_verb = r.s(), e.evidence_pattern = r.s(), e.evidence_dictionary = r.s();
  }
  doc.quotes.resize(r.count());
  for (Quote& q : doc.quotes) {
    q.id = r.s(), q.kind = r.s(), q.content = r.mention(), q.cue = r.mention();
    q.speaker = r.opt_mention(), q.addressee = r.opt_mention();
    q.speaker_entity = r.s(), q.addressee_entity = r.s(), q.reported_by = r.strings();
    q.medium = r.s(), q.date = r.s(), q.events = r.strings();
    if (format >= 2) q.date_source = r.s();
  }
  doc.times.resize(r.count());
  for (TimeExpression& t : doc.times)
    t.id = r.s(), t.start = r.u32(), t.end = r.u32(), t.text = r.s(), t.type = r.s(),
    t.value = r.s(), t.sentence = r.i32(), t.first_token = r.i32(), t.last_token = r.i32();
  doc.places.resize(r.count());
  for (Place& p : doc.places)
    p.id = r.s(), p.start = r.u32(), p.end = r.u32(), p.text = r.s(), p.name = r.s(),
    p.geonames_id = r.i(), p.country = r.s(), p.admin1 = r.s(), p.feature = r.s(), p.lat = r.d(),
    p.lon = r.d(), p.sentence = r.i32(), p.first_token = r.i32(), p.last_token = r.i32();
  doc.models = read_versions(r);
  doc.dictionaries = read_versions(r);
  doc.warnings = r.strings();
  if (format >= 3)
    for (Event& e : doc.events) {
      e.issues.resize(r.count());
      for (auto& [code, count] : e.issues) code = r.s(), count = static_cast<int>(r.u());
    }
  if (format >= 4)
    for (Event& e : doc.events) e.modality = r.s();
  if (!r.ok())
    return Status::corrupt("annotation blob of article \"" + doc.article.id + "\" is truncated");
  return Status::ok();
}

}  // namespace eventwire::store
