// Reporting frames from a UD parse: cue verb, its subject (speaker), its
// object (addressee of "tell"), and its clausal complement (content), plus
// parenthetical "…, X said". Also the frame helpers shared with surface.cc.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unordered_set>

#include "quotes/cue_model.h"
#include "quotes/internal.h"

namespace eventwire::quotes_internal {

bool is_pronoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kPronouns = {
      "i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them", "it", "who", "one"};
  return kPronouns.count(w) > 0;
}

namespace {

// "who", "which", "that": the subject of a relative clause, which stands for
// the noun the clause hangs on.
bool relative_pronoun(std::string_view w) {
  return w == "who" || w == "which" || w == "that";
}

bool is_day(const std::string& w) {
  static const std::unordered_set<std::string> kDays = {
      "monday",   "tuesday", "wednesday", "thursday",  "friday",
      "saturday", "sunday",  "today",     "yesterday", "tonight"};
  return kDays.count(lower(w)) > 0;
}

bool addressee_verb(const std::string& lemma) {
  static const std::unordered_set<std::string> kVerbs = {
      "tell", "inform", "assure",   "remind",  "warn",  "notify", "advise",
      "ask",  "urge",   "reassure", "promise", "brief", "write",  "email"};
  return kVerbs.count(lemma) > 0;
}

}  // namespace

bool is_punct(const Token& t) {
  if (is_quote_mark(t.text)) return false;
  if (std::string_view(t.upos) == "PUNCT") return true;  // (a view: no strlen per token)
  return t.text.size() <= 3 && !t.text.empty() &&
         !std::isalnum(static_cast<unsigned char>(t.text[0])) && !is_quote_mark(t.text) &&
         (t.text == "," || t.text == "." || t.text == ";" || t.text == ":" || t.text == "-" ||
          t.text == "\u2014" || t.text == "\u2013" || t.text == "?" || t.text == "!");
}

bool infinitive_content(const Sentence& s, const Frame& f) {
  return f.object && !f.content.empty() && lower_is(s.tokens[f.content.first].text, "to");
}

namespace {

class Tree {
 public:
  explicit Tree(const Sentence& s) : s_(s), children_(s.tokens.size()) {
    for (int i = 0; i < n(); ++i) {
      int h = s.tokens[i].head - 1;
      if (h >= 0 && h < n()) children_[h].push_back(i);
    }
  }
  int n() const { return static_cast<int>(s_.tokens.size()); }
  int head(int i) const { return s_.tokens[i].head - 1; }
  const std::string& rel(int i) const { return s_.tokens[i].deprel; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  int child(int i, std::initializer_list<const char*> rels) const {
    for (int c : children_[i]) {
      for (const char* r : rels) {
        if (rel(c) == r) return c;
      }
    }
    return -1;
  }
  // Range [min, max+1) of the subtree of i, optionally leaving out one child subtree.
  // Whole subtrees are asked for again and again per frame: computed once each.
  TokRange span(int i, int skip = -1) const {
    if (skip < 0) {
      if (spans_.empty()) spans_.assign(children_.size(), TokRange{-2, -2});
      TokRange& memo = spans_[i];
      if (memo.first == -2) memo = walk(i, -1);
      return memo;
    }
    return walk(i, skip);
  }

 private:
  TokRange walk(int i, int skip) const {
    TokRange r{i, i + 1};
    std::vector<int> stack{i};
    int guard = 0;
    while (!stack.empty() && ++guard < 4 * n() + 8) {
      int x = stack.back();
      stack.pop_back();
      r.first = std::min(r.first, x);
      r.last = std::max(r.last, x + 1);
      for (int c : children_[x]) {
        if (c != skip) stack.push_back(c);
      }
    }
    return r;
  }

  const Sentence& s_;
  std::vector<std::vector<int>> children_;
  mutable std::vector<TokRange> spans_;  // span(i) once computed; first -2 until then
};

// Whether the direct object of an addressee verb ("told", "urged", "asked",
// "promised") can be the one addressed: a personal pronoun, a name, or a noun
// whose first WordNet sense is a person or group ("urged residents to …",
// "told the board"). Anything else is what was said: "urged retaliation",
// "promised a veto", "asked the question". (Nouns WordNet lacks stay hearers.)
bool hearer_object(const Sentence& s, const Tree& tree, int i) {
  int obj = tree.child(i, {"iobj"});
  if (obj >= 0) return true;
  obj = tree.child(i, {"obj"});
  if (obj < 0) return true;
  const Token& t = s.tokens[obj];
  const std::string_view upos = t.upos;
  if (upos == "PRON") return is_pronoun(lower(t.text)) && lower(t.text) != "it";
  if (upos != "NOUN") return true;
  const std::string_view classes = noun_classes(lower(t.lemma));
  return classes.empty() || classes[0] == 'P' || classes[0] == 'U';
}

// Whether a direct object that nothing completes can be words said: a
// quotation, or a noun whose first senses name communication, cognition or
// feeling ("denied the charges", "criticized the plan", "voiced dismay").
// A person, group, place, act or thing is whom or what the verb is about
// ("greeted the mayor", "called a board meeting", "revised the budget").
bool said_object(const Sentence& s, int head, TokRange r) {
  for (int k = r.first; k < r.last; ++k) {
    if (is_quote_mark(s.tokens[k].text)) return true;
  }
  const std::string_view upos = s.tokens[head].upos;
  if (upos == "PROPN" || upos == "PRON") return false;
  if (upos != "NOUN") return true;
  const std::string_view classes = noun_classes(lower(s.tokens[head].lemma));
  return classes.empty() || classes.find_first_of("CGF") != std::string_view::npos;
}

// A learned cue's object content r without a tail a comma sets off at its
// end: a relative clause, participle, appositive or adverbial clause of any
// of its words ("likened the plan to a tax, which …"). Commas inside stay
// ("urged buyers, like utilities, to pay").
TokRange without_tail(const Sentence& s, const Tree& tree, TokRange r) {
  static const std::unordered_set<std::string> kTail = {"acl:relcl", "acl", "appos", "advcl",
                                                        "parataxis"};
  // ("… a liar during the debate": a phrase of time at the end is when, not what.)
  static const std::unordered_set<std::string> kWhen = {"during", "since", "after",
                                                        "before", "until", "throughout"};
  for (int c = r.first; c < r.last; ++c) {
    const TokRange cs = tree.span(c);
    if (cs.first <= r.first || cs.last < r.last) continue;
    if (kTail.count(tree.rel(c)) && s.tokens[cs.first - 1].text == ",")
      return trim(s, {r.first, cs.first - 1});
    const int cm = tree.child(c, {"case", "mark"});
    if (cm == cs.first && kWhen.count(lower(s.tokens[cm].text))) return trim(s, {r.first, cm});
  }
  return r;
}

// Content that is not a clause: a to-infinitive ("vowed to fight"), a
// prepositional object ("called for a repeal", "spoke about her faith") or,
// except where the object is the addressee, the direct object ("denied the
// charges"), with what completes it ("called on Trump to apologize", "called
// the plan a disgrace", "criticized the law as a crazy system"). PolNeAR-style
// attribution counts these as what was said. `infinitive_only`: intentions
// ("plans to run") report only their infinitive.
TokRange object_content(const Sentence& s, const Tree& tree, int i, bool object_is_addressee,
                        bool infinitive_only, bool to_object, bool learned, bool& thing) {
  static const std::unordered_set<std::string> kPreps = {"about", "for", "of", "on", "against"};
  int xcomp = -1, obj = -1, obl = -1, as = -1;
  for (int c : tree.children(i)) {
    if (c < i) continue;
    const std::string& r = tree.rel(c);
    if (r == "xcomp" && xcomp < 0) xcomp = c;
    if (r == "obj" && obj < 0) obj = c;
    // "called for reducing …": a gerund clause behind a preposition, parsed as
    // an adverbial clause marked by it, is a prepositional object too.
    bool marked_gerund = r == "advcl" && tree.child(c, {"mark"}) >= 0 &&
                         tree.child(c, {"mark"}) < c &&
                         kPreps.count(lower(s.tokens[tree.child(c, {"mark"})].text));
    if (r == "obl" || marked_gerund) {
      int cs = tree.child(c, {marked_gerund ? "mark" : "case"});
      std::string prep = cs >= 0 && cs < c ? lower(s.tokens[cs].text) : "";
      if (obl < 0 && (kPreps.count(prep) || (to_object && prep == "to"))) obl = c;
      if (as < 0 && prep == "as") as = c;
    }
  }
  // "told Thursday", "called Wednesday": a day named after the verb is when, not what.
  static const std::unordered_set<std::string> kWhen = {
      "monday",   "tuesday", "wednesday", "thursday",  "friday",
      "saturday", "sunday",  "today",     "yesterday", "tonight"};
  if (obj >= 0 && kWhen.count(lower(s.tokens[obj].text))) obj = -1;
  // "spoke for about 15 minutes", "talked for hours", "said this week": a span
  // of time or a bare number is how long or when, not what was said.
  static const std::unordered_set<std::string> kTimeUnits = {
      "second", "minute", "hour", "day",   "night",  "week",    "weekend", "month",
      "year",   "decade", "time", "while", "moment", "morning", "evening", "afternoon"};
  auto is_time = [&](int t) {
    return t >= 0 && (kTimeUnits.count(lower(s.tokens[t].lemma)) || s.tokens[t].upos == "NUM" ||
                      kWhen.count(lower(s.tokens[t].text)));
  };
  if (is_time(obj)) obj = -1;
  if (is_time(obl)) obl = -1;
  auto one_pronoun = [&](TokRange r) {
    return r.last - r.first == 1 && is_pronoun(lower(s.tokens[r.first].text));
  };
  bool verbal = xcomp >= 0 && s.tokens[xcomp].upos == "VERB";
  if (infinitive_only) return verbal ? trim(s, tree.span(xcomp)) : TokRange{};
  // "called the treaty a fraud" parsed with the object as a nominal xcomp
  // (and the predicate under it): the xcomp is the object ("a mine called
  // Miracle Run", with no subject, is a name).
  if (obj < 0 && xcomp >= 0 && !object_is_addressee && tree.child(i, {"nsubj"}) >= 0 &&
      (s.tokens[xcomp].upos == "NOUN" || s.tokens[xcomp].upos == "PROPN"))
    obj = xcomp;
  int head = obl >= 0 && (obj < 0 || object_is_addressee) ? obl : obj;
  if (head < 0 || (head == obj && object_is_addressee))
    return verbal ? trim(s, tree.span(xcomp)) : TokRange{};
  TokRange r = tree.span(head);
  if (head == obl) {
    int cs = tree.child(obl, {"case", "mark"});
    if (cs == r.first) ++r.first;
  }
  // A learned cue's completion must follow what it completes (a comma between
  // only before a clause: "urged buyers, like mills, to pay"): "attacked X as
  // Y, with jabs …" ends at Y.
  auto extend = [&](int c, bool clause) {
    const TokRange cs = tree.span(c);  // (its span may open with its comma)
    int k = r.last;
    const bool comma = k < tree.n() && s.tokens[k].text == ",";
    if (comma) ++k;
    const bool next = cs.first < r.last || (k >= cs.first && k < cs.last && (!comma || clause));
    if (!learned || next) r.last = std::max(r.last, cs.last);
  };
  for (int c : tree.children(i)) {  // "… on Trump to apologize", "… the law as a crazy system"
    bool to_clause = tree.rel(c) == "advcl" && tree.child(c, {"mark"}) >= 0 &&
                     lower(s.tokens[tree.child(c, {"mark"})].text) == "to";
    if (c > head && (c == xcomp || c == as || to_clause)) extend(c, c != as);
    // "accused the party of fueling …", "blamed workers for this behavior",
    // "urged sanctions on Mordor": a complement after the object completes it.
    static const std::unordered_set<std::string> kComplement = {"of",      "for",  "about", "on",
                                                                "against", "with", "to"};
    // ("mocked Marsh for not showing …", "praised the protests for being
    // peaceful": a clause marked by the preposition, verbal or copular.)
    bool gerund = tree.rel(c) == "advcl";
    if (c > head && head == obj && (tree.rel(c) == "obl" || gerund) && !is_time(c)) {
      int cs = tree.child(c, {gerund ? "mark" : "case"});
      if (cs >= 0 && cs < c && kComplement.count(lower(s.tokens[cs].text))) extend(c, false);
    }
  }
  const bool bare_object = head == obj && tree.rel(obj) == "obj" && r.last == tree.span(obj).last;
  r = trim(s, r);
  if (learned && !r.empty()) r = without_tail(s, tree, r);
  if (r.empty() || one_pronoun(r)) return verbal ? trim(s, tree.span(xcomp)) : TokRange{};
  thing = bare_object && !said_object(s, obj, r);
  return r;
}

// A second report by the same speaker inside a content is not nested in it:
// "said A, arguing that B", "said A and warned of B", "said A; B puts it at C".
// The first content ends where the second cue's clause begins. A cue counts as
// such a sibling when it is conjoined, a participle or a parataxis: its
// subject is borrowed (or absent), or it is a conjunct with a subject of its
// own; an adverbial clause with its own subject ("… if Trump says no") stays
// inside.
void cut_at_second_cues(const Sentence& s, const Tree& tree, std::vector<Frame>& frames) {
  for (Frame& f : frames) {
    if (f.content.empty() || f.parenthetical) continue;
    for (const Frame& g : frames) {
      if (&g == &f || g.head < 0 || g.cls != "speech" || g.content.empty() ||
          !f.content.contains(g.cue.first))
        continue;
      const std::string& r = tree.rel(g.head);
      bool own_subject = !g.speaker.empty() && !g.inherited_speaker;
      if (g.learned && !own_subject) continue;  // part of f's report (mark_nested)
      const Token& v = s.tokens[g.head];
      bool participle = v.xpos == "VBG" || (v.text.size() > 4 && v.text.ends_with("ing"));
      bool sibling =
          (r == "advcl" && participle && !own_subject && tree.child(g.head, {"mark"}) < 0) ||
          r == "conj" || r == "parataxis";
      if (!sibling) continue;
      int cut = tree.span(g.head).first;
      if (cut <= f.content.first) continue;
      f.content = trim(s, {f.content.first, std::min(f.content.last, cut)});
    }
  }
}

// A content never holds its own cue or speaker. When a misparse puts them
// inside ("…disposal,' Gaza leader Sinwar says General Qassem Soleimani told
// him" with "told" as the root), the content is the side of the cue away from
// the speaker.
void keep_cue_and_speaker_out(const Sentence& s, std::vector<Frame>& frames) {
  for (Frame& f : frames) {
    if (f.content.empty() || f.cue.empty() || !f.content.contains(f.cue.first)) continue;
    const bool speaker_before = !f.speaker.empty() && f.speaker.first < f.cue.first;
    const TokRange after{f.cue.last, f.content.last}, before{f.content.first, f.cue.first};
    f.content = trim(s, speaker_before || before.empty() ? after : before);
  }
}

// A frame around the statement noun at token i, if it reports.
void noun_frame(const Sentence& s, const Tree& tree, int i, std::vector<Frame>& frames) {
  const Token& tok = s.tokens[i];
  // "Trump's claim that …", "made the claim that …": a statement noun with
  // its clause; "his promise to …", "their concerns about …" when the
  // holder is named (possessor, "by"/"from" X, or the subject of the verb
  // governing the noun: "expressed doubts about …").
  static const std::unordered_set<std::string> kTopic = {"about", "over", "on", "against",
                                                         "regarding"};
  int clause = -1, topic = -1;
  for (int c : tree.children(i)) {
    if (c < i) continue;
    const std::string& r = tree.rel(c);
    int mark = r == "acl" || r == "ccomp" ? tree.child(c, {"mark"}) : -1;
    std::string m = mark >= 0 ? lower(s.tokens[mark].text) : "";
    if (m == "that") clause = c;
    if (m == "to" && topic < 0) topic = c;
    int cs = r == "nmod" ? tree.child(c, {"case"}) : -1;
    if (cs >= 0 && cs < c && topic < 0 && kTopic.count(lower(s.tokens[cs].text))) topic = c;
  }
  if (clause < 0 && topic < 0) return;
  Frame f;
  f.cue = {i, i + 1};
  f.head = i;
  f.lemma = lower(tok.lemma);
  f.cls = "speech";
  if (clause >= 0) {
    f.content = trim(s, tree.span(clause));
  } else {
    TokRange r = tree.span(topic);
    int cs = tree.child(topic, {"case", "mark"});
    if (cs == r.first) ++r.first;
    f.content = trim(s, r);
    f.object = true;
  }
  int who = tree.child(i, {"nmod:poss"});
  for (int c : tree.children(i)) {
    int cs = who < 0 && tree.rel(c) == "nmod" ? tree.child(c, {"case"}) : -1;
    if (cs >= 0 && cs < c &&
        (lower(s.tokens[cs].text) == "by" || lower(s.tokens[cs].text) == "from")) {
      who = c;
    }
  }
  if (who < 0 && tree.rel(i) == "obj" && tree.head(i) >= 0)
    who = tree.child(tree.head(i), {"nsubj"});
  if (who >= 0) {
    f.speaker = trim(s, tree.span(who));
    if (!f.speaker.empty() && (lower(s.tokens[f.speaker.first].text) == "by" ||
                               lower(s.tokens[f.speaker.first].text) == "from")) {
      ++f.speaker.first;
    }
    f.speaker_head = who;
  }
  if (f.object && f.speaker.empty()) return;
  if (!f.content.empty()) frames.push_back(f);
}

// A frame around the attitude adjective at token i, if it reports.
void adjective_frame(const Sentence& s, const Tree& tree, int i, std::vector<Frame>& frames) {
  const Token& tok = s.tokens[i];
  // "X is sure that …", "were critical of …": an attitude adjective with
  // a copula, its subject the holder, its clause or about/of/over phrase the content.
  static const std::unordered_set<std::string> kAbout = {"about", "of", "over"};
  int cop = tree.child(i, {"cop"}), subj = tree.child(i, {"nsubj"});
  if (cop < 0 || subj < 0 || subj > i) return;
  std::string sw = lower(s.tokens[subj].text);
  if (sw == "it" || sw == "there" || sw == "this" || sw == "that") return;
  int comp = -1;
  for (int c : tree.children(i)) {
    if (c < i || comp >= 0) continue;
    int cs = tree.rel(c) == "obl" ? tree.child(c, {"case"}) : -1;
    if (tree.rel(c) == "ccomp" || (cs >= 0 && cs < c && kAbout.count(lower(s.tokens[cs].text))))
      comp = c;
  }
  if (comp < 0) return;
  Frame f;
  f.cue = {std::min(cop, i), i + 1};
  f.head = i;
  f.lemma = lower(tok.lemma);
  f.cls = "cognition";
  TokRange r = tree.span(comp);
  int cs = tree.child(comp, {"case"});
  if (tree.rel(comp) == "obl" && cs == r.first) ++r.first;
  f.content = trim(s, r);
  f.object = tree.rel(comp) == "obl";
  f.speaker = trim(s, tree.span(subj));
  f.speaker_head = subj;
  if (!f.content.empty() && !f.speaker.empty()) frames.push_back(f);
}

// "The new launch, Gondor said, was its longest yet": a report set off by
// commas inside the clause it reports. The clause after it has no subject of its
// own; the noun phrase before the first comma is that subject, a second
// fragment of the content.
TokRange parenthetical_lead(const Sentence& s, const Tree& tree, int comp, const Frame& f) {
  if (f.content.empty() || f.content.first < f.cue.last || f.content.first < 1 ||
      s.tokens[f.content.first - 1].text != "," ||
      tree.child(comp, {"nsubj", "nsubj:pass", "expl", "csubj"}) >= 0)
    return {};
  // The comma opening the parenthetical: before the speaker ("A, X said, B") or
  // before the cue ("A, said X, B").
  int open = -1;
  if (!f.speaker.empty() && f.speaker.last <= f.cue.first) open = f.speaker.first - 1;
  if (!f.speaker.empty() && f.speaker.first >= f.cue.last) open = f.cue.first - 1;
  if (open < 1 || s.tokens[open].text != ",") return {};
  for (int k = 0; k < open; ++k) {
    const std::string& u = s.tokens[k].upos;
    if (u == "VERB" || u == "AUX" || is_quote_mark(s.tokens[k].text) || s.tokens[k].text == ",")
      return {};
  }
  return trim(s, {0, open});
}

// Whether verb v is finite: itself or an auxiliary or copula of it.
bool finite_verb(const Sentence& s, const Tree& tree, int v) {
  static const std::unordered_set<std::string> kFinite = {"VBD", "VBZ", "VBP", "MD"};
  bool finite = kFinite.count(s.tokens[v].xpos) > 0;
  for (int c : tree.children(v)) {
    const std::string& r = tree.rel(c);
    if (r == "aux" || r == "aux:pass" || r == "cop") finite |= kFinite.count(s.tokens[c].xpos) > 0;
  }
  return finite;
}

bool has_subject(const Tree& tree, int v) {
  for (int c : tree.children(v)) {
    const std::string& r = tree.rel(c);
    if (r.starts_with("nsubj") || r == "expl" || r.starts_with("csubj")) return true;
  }
  return false;
}

// The reported clause of verb i when the parse took the clause's subject for
// i's object and the rest for the object's relative clause ("felt the agency
// was slow"): a finite relative clause with no subject and no relative word
// cannot be one (English needs "who"/"that" for a subject gap). Empty when
// there is none.
TokRange subject_as_object(const Sentence& s, const Tree& tree, int i) {
  static const std::unordered_set<std::string> kRelative = {"who",  "whom",  "whose", "which",
                                                            "that", "where", "when"};
  int obj = tree.child(i, {"obj"});
  if (obj <= i || addressee_verb(lower(s.tokens[i].lemma))) return {};
  for (int r : tree.children(obj)) {
    if (tree.rel(r) != "acl:relcl" || r < obj) continue;
    bool relative = false;
    for (int k = obj + 1; k < tree.span(r).first + 1 && k < tree.n(); ++k)
      relative |= kRelative.count(lower(s.tokens[k].text)) > 0;
    if (finite_verb(s, tree, r) && !has_subject(tree, r) && !relative)
      return trim(s, tree.span(obj));
  }
  return {};
}

// The content of a verb frame: its clause, the host of a parenthetical, a
// passive subject or an object. False when the verb needs a clause and has none.
bool verb_content(const Sentence& s, const CueLexicon& lex, const Tree& tree, int i,
                  const CueEntry* e, int subj, bool passive, int pass_subj, Frame& f) {
  // "The poll shows Clinton ahead", "the study found 31 cases": a clause verb
  // whose subject is a thing, not a person, reports what it shows as its object.
  bool evidence = !e->object && e->cls == "speech" && subj >= 0 && !f.inherited_speaker &&
                  s.tokens[subj].upos == "NOUN";
  int comp = tree.child(i, {"ccomp"});
  for (int c : tree.children(i)) {
    // "said Thursday that …" parsed with the clause under "Thursday".
    // Only through a noun or adverb: a clause of its own ("mocked Romney, claiming
    // that …") keeps its complement.
    if (comp < 0 && c > i && tree.rel(c) != "conj" && tree.rel(c) != "parataxis" &&
        s.tokens[c].upos != "VERB" && s.tokens[c].upos != "AUX")
      comp = tree.child(c, {"ccomp"});
  }
  // "felt the agency was slow" parsed as the object "the agency" with "was slow"
  // as its relative clause: the clause is the content.
  TokRange clause_obj = comp < 0 ? subject_as_object(s, tree, i) : TokRange{};
  if (comp < 0 && clause_obj.empty() && f.lemma != "ask") {
    // "“…,” he said": the quote is parataxis of the verb, or the verb of the quote.
    int para = tree.child(i, {"parataxis"});
    if (para >= 0 && para < i) comp = para;
  }
  // "…, sources said." at the end of a sentence: the host clause is the content.
  bool at_end = true;
  for (int k = i + 1; k < tree.n(); ++k)
    at_end &= is_punct(s.tokens[k]) || is_quote_mark(s.tokens[k].text);
  // "A, said Mr. Dorran, the lawyer for …" (the cue after a comma, its subject
  // after it to the end of the sentence): the host clause before the comma is the
  // content, whatever the parse hung the cue on.
  // ("“…,” reported Reuters" with the name parsed as an object: past the mark.)
  int before_cue = f.cue.first - 1;
  if (before_cue > 0 && is_quote_mark(s.tokens[before_cue].text) && subj > i &&
      tree.rel(subj) != "nsubj")
    --before_cue;
  bool inverted_tail = !at_end && subj > i && before_cue >= 1 && s.tokens[before_cue].text == "," &&
                       !f.speaker.empty();
  for (int k = f.speaker.last; inverted_tail && k < tree.n(); ++k)
    inverted_tail = is_punct(s.tokens[k]) || is_quote_mark(s.tokens[k].text);
  if (inverted_tail) {
    f.content = trim(s, {0, before_cue < f.cue.first - 1 ? f.cue.first : f.cue.first - 1});
    f.parenthetical = true;
  } else if (at_end && !f.speaker.empty() && f.speaker.first >= 2 &&
             s.tokens[f.speaker.first - 1].text == ",") {
    f.content = trim(s, {0, f.speaker.first - 1});
    f.parenthetical = true;
  } else if (comp >= 0) {
    f.content = trim(s, tree.span(comp));
    for (int c : tree.children(i)) {  // a slip can split the clause into two ccomps
      if (c != comp && tree.rel(c) == "ccomp") {
        TokRange more = tree.span(c);
        f.content.first = std::min(f.content.first, more.first);
        f.content.last = std::max(f.content.last, more.last);
      }
    }
    // "said the loopholes used by Marsh “do nothing …”" parsed with the clause's
    // subject as the cue's object: an object right before the clause is its subject.
    int obj = tree.child(i, {"obj"});
    if (obj > i && obj < comp && !addressee_verb(f.lemma) &&
        tree.span(obj).last == tree.span(comp).first &&
        tree.child(comp, {"nsubj", "nsubj:pass", "expl"}) < 0)
      f.content = trim(s, {tree.span(obj).first, f.content.last});
    f.lead = parenthetical_lead(s, tree, comp, f);
  } else if (!clause_obj.empty()) {
    f.content = clause_obj;
  } else if (tree.rel(i) == "parataxis" && tree.head(i) >= 0 && !lex.verb(s.tokens[tree.head(i)])) {
    // (A host that is itself a cue, "X said A; they learned B", is no parenthetical.)
    int h = tree.head(i);
    TokRange hs = tree.span(h, i);
    TokRange own = tree.span(i);
    f.content =
        own.first > hs.first ? trim(s, {hs.first, own.first}) : trim(s, {own.last, hs.last});
    f.parenthetical = true;
  } else if (passive && subj == -2 && e->object && pass_subj >= 0 && pass_subj < i &&
             !lex.nouns.count(lower(s.tokens[pass_subj].lemma)) &&
             !is_pronoun(lower(s.tokens[pass_subj].text))) {
    // ("It was mentioned by X": a lone pronoun is no content, as for objects.)
    // ("The statements by Sinwar were broadcast by X": X carried them, see find_media.)
    f.content = trim(s, tree.span(pass_subj));  // "The plan was criticized by …"
    f.object = true;
  } else if (TokRange obj =
                 e->object || e->infinitive || evidence
                     ? object_content(
                           s, tree, i, addressee_verb(f.lemma) && hearer_object(s, tree, i),
                           !e->object && !evidence, e->to_object, f.learned, f.thing_object)
                     : TokRange{};
             !obj.empty()) {
    f.content = obj;  // "vowed to fight", "called for a repeal", "denied the charges"
    f.object = true;
  } else if (e->cls == "cognition" || !e->hand) {
    return false;  // belief verbs and derived cues need a clause to count
  }
  return true;
}

// Whether verb frame f of token i reports someone's words. A passive with no
// agent that reports only an object or infinitive reports nobody's ("was told
// to leave", "is expected to rule"). A lexicon verb reporting only its object
// needs the learned model's assent at a low threshold: the model reads the
// frame (the senses' classes with the frame, the object's lemma, the
// subject's kind, the dependents), which tells "denied the charges" from
// "will moderate the debate".
bool reports_something(const Sentence& s, const CueLexicon& lex, int i, bool learned,
                       bool agentless_passive, const Frame& f) {
  if (!f.object) return true;
  if (agentless_passive && f.speaker.empty()) return false;
  if (infinitive_content(s, f) || !lex.model) return true;
  // (A thing as object needs the thing threshold even where objects need none.)
  const double thing_t = f.thing_object ? lex.thing_object_threshold : 0;
  const double need = std::max(thing_t, lex.object_threshold);
  if (need <= 0 || (learned && thing_t <= 0)) return true;
  return lex.model->score(s, i, lex) >= need;
}

// A verb the lexicon does not list is a cue when the learned model says so
// ("lambasted the budget"); it reports a clause or an object.
bool learned_cue(const Sentence& s, const CueLexicon& lex, int i, CueEntry& entry) {
  const Token& tok = s.tokens[i];
  if (!lex.model || std::string_view(tok.upos) != "VERB" || !lex.model->candidate(tok) ||
      lex.model->score(s, i, lex) < lex.model->threshold)
    return false;
  entry = {lower(tok.lemma), "speech", false, true, false, false};
  return true;
}

// A derived entry listed for its clause alone ("reckoned that …") used
// without one but with what an object report needs after it is left to the
// learned model, as if unlisted ("judged the plan a failure"); hand entries
// keep their own reading. (The check spares the model's cost elsewhere.)
bool clause_only_without_clause(const CueEntry& e, const Tree& tree, int i) {
  if (e.hand || e.object || e.infinitive || tree.child(i, {"ccomp"}) >= 0) return false;
  for (int c : tree.children(i)) {
    const std::string& r = tree.rel(c);
    if (c > i && (r == "obj" || r == "xcomp" || r == "obl" || r == "advcl")) return true;
  }
  return false;
}

// The noun phrase ending right before finite verb i when the parse gave i no
// subject and hung the phrase's noun on another word as an oblique or object:
// the noun with the nouns, adjectives, determiners and modifying participles
// right before it ("the retired shipping magnate"). Empty if none.
TokRange noun_before_finite_verb(const Sentence& s, const Tree& tree, int i) {
  static const std::unordered_set<std::string> kFinite = {"VBD", "VBZ", "VBP"};
  if (i < 1 || !kFinite.count(s.tokens[i].xpos) || tree.rel(i) == "conj" || has_subject(tree, i))
    return {};
  const int n = i - 1;
  const std::string& r = tree.rel(n);
  if ((s.tokens[n].upos != "NOUN" && s.tokens[n].upos != "PROPN") || tree.head(n) == i ||
      (r != "obl" && r != "obj" && r != "nmod"))
    return {};
  int first = n;
  while (first > 0) {
    const Token& t = s.tokens[first - 1];
    bool part = t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "ADJ" || t.upos == "DET" ||
                (t.upos == "VERB" && tree.rel(first - 1) == "amod");
    if (!part) break;
    --first;
  }
  return {first, i};
}

// "…, noted NBC's Dana Ruiz.", "“…,” reported Reuters.": a finite cue after
// a comma (or a comma and a closing mark) with no subject of its own, whose
// object runs to the sentence's end and holds a name, is an inverted speaker
// the parse took for an object. Returns that object's head, or -1.
int inverted_object_speaker(const Sentence& s, const Tree& tree, int i) {
  static const std::unordered_set<std::string> kFinite = {"VBD", "VBZ", "VBP"};
  if (i < 2 || !kFinite.count(s.tokens[i].xpos) || addressee_verb(lower(s.tokens[i].lemma)))
    return -1;
  int before = i - 1;
  if (is_quote_mark(s.tokens[before].text)) --before;
  if (before < 1 || s.tokens[before].text != ",") return -1;
  int obj = tree.child(i, {"obj", "iobj"});
  if (obj <= i) return -1;
  const TokRange r = tree.span(obj);
  if (r.first != i + 1) return -1;
  for (int k = r.last; k < tree.n(); ++k) {
    if (!is_punct(s.tokens[k]) && !is_quote_mark(s.tokens[k].text)) return -1;
  }
  // A name, not a clause about one ("cited comments Trump had made").
  bool name = false;
  for (int k = r.first; k < r.last; ++k) {
    const std::string_view u = s.tokens[k].upos;
    if (u == "VERB" || u == "AUX") return -1;
    name |= u == "PROPN";
  }
  return name ? obj : -1;
}

// The cue's subject once an inverted speaker parsed as its object is
// weighed: taken when the cue has no subject (nor a noun phrase right before
// it), and when its subject lies before the cue's own clause ("This is
// “…,” reported the Courier" parsed with "This" as the cue's subject: that
// subject is the clause's).
int subject_or_inverted(const Sentence& s, const Tree& tree, int i, int subj, bool noun_before) {
  const int clause = tree.child(i, {"ccomp"});
  const bool clause_subject = subj >= 0 && subj < clause && clause < i;
  if ((subj == -1 && !noun_before) || clause_subject) {
    const int inverted = inverted_object_speaker(s, tree, i);
    if (inverted >= 0 || !clause_subject) return inverted;
  }
  return subj;
}

// "the claims the company made", "his calls for calm": a cue form the tagger
// made a verb right after a determiner or possessive (adjectives between) is a
// noun, when WordNet knows it as one.
bool noun_after_determiner(const Sentence& s, int i) {
  int k = i - 1;
  while (k >= 0 && s.tokens[k].upos == "ADJ") --k;
  if (k < 0) return false;
  const Token& d = s.tokens[k];
  const bool determiner = (d.upos == "DET" && (lower_is(d.text, "the") || lower_is(d.text, "a") ||
                                               lower_is(d.text, "an"))) ||
                          d.xpos == "PRP$" || d.xpos == "POS";
  return determiner && !noun_classes(lower(s.tokens[i].lemma)).empty();
}

// A frame around the cue verb at token i: its cue, speaker, addressee and content.
void verb_frame(const Sentence& s, const CueLexicon& lex, const Tree& tree, int i, bool cognition,
                std::vector<Frame>& frames) {
  const Token& tok = s.tokens[i];
  const CueEntry* e = lex.verb(tok);
  CueEntry learned;
  const bool from_model =
      (!e || clause_only_without_clause(*e, tree, i)) && learned_cue(s, lex, i, learned);
  if (from_model) e = &learned;
  if (!e || (!cognition && e->cls == "cognition") || tok.upos != "VERB") return;
  if (noun_after_determiner(s, i)) {
    if (lex.nouns.count(lower(tok.lemma))) noun_frame(s, tree, i, frames);
    return;
  }
  // "so-called" is an adjective, not a report.
  if (i >= 2 && s.tokens[i - 1].text == "-" && lower(s.tokens[i - 2].text) == "so") return;
  // A capital inside a name ("the United States") is a tagger's slip, not a verb.
  if (i > 0 && std::isupper(static_cast<unsigned char>(tok.text[0])) &&
      std::isupper(static_cast<unsigned char>(s.tokens[i - 1].text[0]))) {
    return;
  }
  Frame f;
  f.cue = {i, i + 1};
  f.head = i;
  f.lemma = e->lemma;
  f.cls = e->cls;
  f.learned = from_model;
  // Auxiliaries belong to the cue ("has said", "would argue").
  for (int c : tree.children(i)) {
    if ((tree.rel(c) == "aux" || tree.rel(c) == "aux:pass") && c < i && c >= i - 3)
      f.cue.first = std::min(f.cue.first, c);
  }
  // The subject nearest the verb (a slip can give it two), never a day
  // ("Chief Jordan said Monday" parsed with "Monday" as a second subject).
  int subj = -1;
  for (int c : tree.children(i)) {
    if (tree.rel(c) == "nsubj" && !is_day(s.tokens[c].text) &&
        (subj < 0 || std::abs(c - i) < std::abs(subj - i)))
      subj = c;
  }
  // Passive "… was criticized by Democrats", "it was reported by X that …":
  // the agent is the speaker and, for verbs reporting an object, the
  // passive subject is what was said.
  int pass_subj = tree.child(i, {"nsubj:pass"}), agent = -1;
  for (int c : tree.children(i)) {
    int cs = tree.rel(c) == "obl:agent" || tree.rel(c) == "obl" ? tree.child(c, {"case"}) : -1;
    if (c > i && cs >= 0 && cs < c && lower(s.tokens[cs].text) == "by" && agent < 0) agent = c;
  }
  bool passive = pass_subj >= 0 || tree.child(i, {"aux:pass"}) >= 0;
  if (passive && subj < 0 && agent >= 0) {
    f.speaker = trim(s, tree.span(agent));
    if (!f.speaker.empty() && lower(s.tokens[f.speaker.first].text) == "by") ++f.speaker.first;
    f.speaker_head = agent;
    subj = -2;  // no borrowing
  }
  auto relative_word = [&](int t) {
    std::string x = lower(s.tokens[t].text);
    return x == "who" || x == "which" || x == "that";
  };
  // "… after the shipping magnate claimed that …" parsed with the magnate hung
  // on an earlier verb and "claimed" subjectless: a finite verb needs a
  // subject, and the noun phrase ending right before it is that subject.
  const TokRange noun_before = subj == -1 ? noun_before_finite_verb(s, tree, i) : TokRange{};
  subj = subject_or_inverted(s, tree, i, subj, !noun_before.empty());
  if (!noun_before.empty()) subj = noun_before.last - 1;
  // No subject of its own ("… and said"): borrow the governing verb's; past
  // a relative pronoun that is not this clause's own, keep climbing.
  for (int up = i, hops = 0;
       subj != -2 && (subj < 0 || (up != i && relative_word(subj))) && hops < 3; ++hops) {
    const std::string& r = tree.rel(up);
    if (r != "conj" && r != "advcl" && r != "xcomp" && !(r == "parataxis" && subj >= 0)) break;
    up = tree.head(up);
    if (up < 0) break;
    subj = tree.child(up, {"nsubj"});
    f.inherited_speaker = subj >= 0;
  }
  if (subj >= 0) {
    f.speaker = trim(s, tree.span(subj));
    f.speaker_head = subj;
    // "Kim Soo-jin said" parsed with two subjects, "Kim Soo -" and "jin":
    // a subject ending where this one begins, with no comma or quote mark
    // between, is the same name. So is an "object" before the verb that ends
    // where the subject begins ("Republican candidate Ana Ruiz said" parsed
    // with "candidate" as the object): a title before the name.
    for (int c : tree.children(i)) {
      const bool title = tree.rel(c) == "obj" && c < subj && s.tokens[c].upos == "NOUN";
      if (c == subj || (tree.rel(c) != "nsubj" && !title) || f.inherited_speaker) continue;
      const TokRange cs = tree.span(c);
      bool quoted_words = false;
      for (int k = cs.first; k < cs.last; ++k) quoted_words |= is_quote_mark(s.tokens[k].text);
      if (!quoted_words && cs.last == tree.span(subj).first &&
          (s.tokens[cs.last - 1].text == "-" || !is_punct(s.tokens[cs.last - 1]))) {
        f.speaker = trim(s, {cs.first, f.speaker.last});
        if (!title) f.speaker_head = c;
      }
    }
    if (!noun_before.empty() && subj == noun_before.last - 1) f.speaker = noun_before;
    std::string sw = lower(s.tokens[subj].text);
    int antecedent = tree.head(i);
    if (relative_pronoun(sw) && tree.rel(i) == "acl:relcl" && antecedent >= 0) {
      f.speaker = trim(s, tree.span(antecedent, i));  // "Sinwar, who said …"
      f.speaker_head = antecedent;
      f.relative = true;
      if (sw != "that") f.relative_word = subj;
    }
  }
  if (addressee_verb(f.lemma) && hearer_object(s, tree, i)) {
    int obj = tree.child(i, {"iobj", "obj"});
    if (obj >= 0 && obj > i) f.addressee = trim(s, tree.span(obj));
  }
  if (!verb_content(s, lex, tree, i, e, subj, passive, pass_subj, f)) return;
  if (!reports_something(s, lex, i, from_model, passive && agent < 0, f)) {
    // A thing's veto is kept, so that the surface patterns read no other
    // content for the cue ("called a board meeting. Later …").
    if (!f.thing_object) return;
    f.vetoed = true;
    f.content = {};
  }
  frames.push_back(f);
}

// Whether verb h heads a relative clause or a conjunct of one ("Ana Ruiz, who
// ran the agency and has backed Lee, said": the relative clause is the speaker's).
bool in_relative_clause(const Tree& tree, int h) {
  for (int hops = 0; h >= 0 && tree.rel(h) == "conj" && hops < 8; ++hops) h = tree.head(h);
  return h >= 0 && tree.rel(h) == "acl:relcl";
}

// "Jones asserts that his report …", "The council proposes building …": the
// tagger read a cue's -s form after a singular noun as a plural noun. It is the
// verb when a clause follows (a complementizer "that" before a subject, or a
// verb) and no determiner or possessive of its own comes right before it; the
// words before it down to the sentence's start are its subject.
bool misread_verb_frame(const Sentence& s, const CueLexicon& lex, const Tree& tree, int i,
                        bool cognition, std::vector<Frame>& frames) {
  const Token& tok = s.tokens[i];
  if (tok.xpos != "NNS" || i < 1 || i + 2 >= tree.n()) return false;
  auto it = lex.verb_forms.find(lower(tok.text));
  if (it == lex.verb_forms.end() || it->first == it->second.lemma || !it->first.ends_with("s") ||
      (!cognition && it->second.cls == "cognition"))
    return false;
  const Token& before = s.tokens[i - 1];
  if (before.xpos != "NN" && before.xpos != "NNP") return false;
  const Token &next = s.tokens[i + 1], &after = s.tokens[i + 2];
  bool clause = lower(next.text) == "that"
                    ? after.upos == "DET" || after.upos == "PRON" || after.upos == "PROPN" ||
                          after.upos == "NOUN" || after.upos == "ADJ" || after.upos == "NUM"
                    : next.upos == "VERB";
  if (!clause) return false;
  // The subject holds names and nouns only, from the sentence's start.
  for (int k = 0; k < i; ++k) {
    const std::string& u = s.tokens[k].upos;
    if (u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ" || u == "ADP" ||
        is_quote_mark(s.tokens[k].text))
      return false;
  }
  Frame f;
  f.cue = {i, i + 1};
  f.head = i;
  f.lemma = it->second.lemma;
  f.cls = it->second.cls;
  f.speaker = trim(s, {0, i});
  f.speaker_head = i - 1;
  f.content = trim(s, {i + 1, tree.n()});
  if (f.speaker.empty() || f.content.empty()) return false;
  frames.push_back(f);
  return true;
}

}  // namespace

// Drops leading and trailing punctuation; quote marks stay.
TokRange trim(const Sentence& s, TokRange r) {
  if (r.empty()) return r;
  while (r.first < r.last && is_punct(s.tokens[r.first])) ++r.first;
  while (r.last > r.first && is_punct(s.tokens[r.last - 1])) --r.last;
  return r.empty() ? TokRange{} : r;
}

std::vector<Frame> frames_from_parse(const Sentence& s, const CueLexicon& lex, bool cognition) {
  std::vector<Frame> frames;
  Tree tree(s);
  for (int i = 0; i < tree.n(); ++i) {
    const Token& tok = s.tokens[i];
    const std::string_view upos = tok.upos;  // (views: compared per token without strlen)
    // "according to X" is left to the surface patterns: parsers attach the
    // phrase to the nearest noun, while it scopes over the whole clause.
    if (lower_is(tok.text, "according")) continue;
    if (upos == "NOUN" && misread_verb_frame(s, lex, tree, i, cognition, frames)) continue;
    if (upos == "NOUN" && lex.nouns.count(lower(tok.lemma))) {
      noun_frame(s, tree, i, frames);
      continue;
    }
    if (upos == "ADJ" && cognition && lex.adjectives.count(lower(tok.lemma))) {
      adjective_frame(s, tree, i, frames);
      continue;
    }
    verb_frame(s, lex, tree, i, cognition, frames);
  }
  cut_at_second_cues(s, tree, frames);
  keep_cue_and_speaker_out(s, frames);
  // "Dorran, speaking of the senator's health, said": a speaker ends before a cue
  // inside it (that cue is a report of its own).
  for (Frame& f : frames) {
    for (const Frame& g : frames) {
      if (&g != &f && !g.relative && g.head >= 0 && !in_relative_clause(tree, g.head) &&
          f.speaker.contains(g.cue.first) && g.cue.first > f.speaker.first &&
          (f.speaker_head < 0 || g.cue.first > f.speaker_head))
        f.speaker = trim(s, {f.speaker.first, g.cue.first});
    }
  }
  return frames;
}

void link_parents(std::vector<Frame>& frames) {
  for (size_t i = 0; i < frames.size(); ++i) {
    int best = -1;
    for (size_t j = 0; j < frames.size(); ++j) {
      if (i == j || !frames[j].content.contains(frames[i].cue.first)) continue;
      // Frames that hold each other's cue (a parse loop) keep the wider as parent.
      if (frames[i].content.contains(frames[j].cue.first) &&
          frames[i].content.last - frames[i].content.first >=
              frames[j].content.last - frames[j].content.first) {
        continue;
      }
      if (best < 0 || frames[j].content.last - frames[j].content.first <
                          frames[best].content.last - frames[best].content.first) {
        best = static_cast<int>(j);
      }
    }
    frames[i].parent = best;
  }
}

namespace {

// "Ana Ruiz, the mayor's rival, called for a recount" with the cue parsed as a
// participle modifying the name: a past form right after the second comma of a
// name and its appositive, with no finite verb after a later comma, is the
// sentence's verb and the name with its appositive its subject. Returns the
// subject, or an empty range.
TokRange appositive_subject(const Sentence& s, const std::vector<bool>& quoted, const Frame& f) {
  static const std::unordered_set<std::string> kFinite = {"VBD", "VBZ", "VBP", "MD"};
  const int n = static_cast<int>(s.tokens.size()), c = f.cue.first;
  if (c < 4 || c > 40 || s.tokens[c - 1].text != "," || quoted[c]) return {};
  const Token& v = s.tokens[c];
  if (v.xpos != "VBD" && v.xpos != "VBN") return {};
  // ("Officials, asked about it, said …": the finite verb after the second
  // comma is the sentence's.)
  for (int k = f.cue.last; k < n; ++k) {
    if (!quoted[k] && kFinite.count(s.tokens[k].xpos) && s.tokens[k - 1].text == ",") return {};
  }
  int commas = 0, depth = 0;
  for (int k = 0; k < c - 1; ++k) {
    const Token& t = s.tokens[k];
    if (quoted[k] || is_quote_mark(t.text)) return {};
    depth += t.text == "(" ? 1 : t.text == ")" ? -1 : 0;
    if (depth > 0) continue;
    if (t.text == ",") ++commas;
    if (t.upos == "VERB" || t.upos == "AUX" || t.upos == "SCONJ" || t.text == ";" || t.text == ":")
      return {};
  }
  const std::string& first = s.tokens[0].upos;
  if (commas != 1 || (first != "PROPN" && first != "NOUN" && first != "DET")) return {};
  return trim(s, {0, c - 1});
}

// "The unions granted the firm a delay, saying …": a participle set off by a
// comma, with no subject and no earlier report to continue, is said by the
// subject of the nearest finite clause above it in the parse (the parse often
// hangs the participle on a noun of that clause). A relative clause's "who"
// or a thing pronoun ("it", "this") is no such subject. Returns the subject's
// head, or -1.
int governing_subject(const Sentence& s, const Tree& tree, int v) {
  if (v < 2 || s.tokens[v - 1].text != ",") return -1;
  for (int h = tree.head(v), guard = 0; h >= 0 && guard < 12; h = tree.head(h), ++guard) {
    if (s.tokens[h].upos != "VERB" && s.tokens[h].upos != "AUX") continue;
    int subj = tree.child(h, {"nsubj"});
    if (subj < 0) continue;
    const std::string w = lower(s.tokens[subj].text);
    if (relative_pronoun(w) || w == "it" || w == "this" || w == "there") return -1;
    return subj < v ? subj : -1;
  }
  return -1;
}

// The last word of the name before an appositive's comma (see appositive_subject).
int appositive_head(const Sentence& s, TokRange r) {
  for (int k = r.first; k < r.last; ++k) {
    if (s.tokens[k].text == ",") return std::max(r.first, k - 1);
  }
  return r.last - 1;
}

// "Farmers walking along the road chanted “…”" parsed with "chanted" as a
// participle modifying "road": a participle that modifies a noun is
// passive and takes no direct object, so one with an object after it is the
// sentence's past-tense verb, and its subject the noun phrase whose modifier
// chain holds it. Returns the subject's head (its span leaves out that
// modifier), or -1; `skip` gets the modifier's head.
int misread_participle_subject(const Sentence& s, const Tree& tree, int v, int& skip) {
  if (s.tokens[v].xpos != "VBN" || tree.rel(v) != "acl") return -1;
  bool object = false;
  for (int c : tree.children(v)) {
    const std::string& r = tree.rel(c);
    if (r == "aux" || r == "aux:pass" || r == "nsubj" || r == "nsubj:pass") return -1;
    object |= r == "obj" && c > v;
  }
  if (!object) return -1;
  static const std::unordered_set<std::string> kChain = {"acl", "obl", "nmod", "conj"};
  for (int x = v, guard = 0; tree.head(x) >= 0 && guard < 6; ++guard) {
    const int h = tree.head(x);
    if (h > v) return -1;
    const std::string_view u = s.tokens[h].upos;
    if ((tree.rel(h) == "nsubj" || tree.rel(h) == "nsubj:pass") &&
        (u == "NOUN" || u == "PROPN" || u == "PRON")) {
      skip = x;
      return h;
    }
    if (!kChain.count(tree.rel(h))) return -1;
    x = h;
  }
  return -1;
}

}  // namespace

void fill_missing_speakers(const Sentence& s, const std::vector<bool>& quoted,
                           std::vector<Frame>& frames) {
  const int n = static_cast<int>(s.tokens.size());
  const bool parsed = n > 0 && s.tokens[0].head >= 0;
  for (Frame& f : frames) {
    if (!f.speaker.empty() || f.cue.empty() || f.cls == "according") continue;
    const int v = f.head >= 0 ? f.head : f.cue.last - 1;
    const Token& tok = s.tokens[v];
    const bool passive = tok.feats.find("Voice=Pass") != std::string::npos;
    const bool nonfinite =
        tok.feats.find("VerbForm=Ger") != std::string::npos ||
        (tok.feats.find("VerbForm=Part") != std::string::npos && tok.xpos == "VBG");
    const std::string rel = parsed ? tok.deprel : "";
    if (parsed && f.head >= 0 && tok.xpos == "VBN" && rel == "acl") {
      Tree tree(s);
      int skip = -1;
      if (int subj = misread_participle_subject(s, tree, v, skip); subj >= 0) {
        f.speaker = trim(s, tree.span(subj, skip));
        f.speaker_head = subj;
        continue;
      }
    }
    if (!passive && (nonfinite || rel == "conj")) {
      // "said A, adding that B", "… and called it C": a report with no
      // subject of its own continues the nearest earlier speaker, preferring
      // one not reported by another ("X said he believes A, adding B" is X's).
      const Frame* prev = nullptr;
      for (int pass = 0; pass < 2 && !prev; ++pass) {
        for (const Frame& g : frames) {
          if (&g != &f && !g.speaker.empty() && g.cue.last <= f.cue.first &&
              (pass == 1 || g.parent < 0) && (!prev || g.cue.first > prev->cue.first))
            prev = &g;
        }
      }
      // (Never a speaker span that holds a cue or this content: a slip's.)
      auto holds = [&](TokRange r, TokRange x) {
        return !x.empty() && r.first < x.last && x.first < r.last;
      };
      if (prev && !holds(prev->speaker, prev->cue) && !holds(prev->speaker, f.cue) &&
          !holds(prev->speaker, f.content)) {
        f.speaker = prev->speaker;
        f.speaker_head = prev->speaker_head;
        f.inherited_speaker = true;
        continue;
      }
      if (nonfinite && parsed) {
        Tree tree(s);
        if (int subj = governing_subject(s, tree, v); subj >= 0) {
          f.speaker = trim(s, tree.span(subj));
          f.speaker_head = subj;
          f.inherited_speaker = true;
          continue;
        }
      }
    }
    if (!nonfinite) {
      if (TokRange r = appositive_subject(s, quoted, f); !r.empty()) {
        f.speaker = r;
        f.speaker_head = appositive_head(s, r);
        continue;
      }
    }
    if (!nonfinite && !passive) {
      // "“…,” Sen. Jane Dorsey (D-Vt.) said": the words right before a
      // finite cue, back to a quote mark or clause punctuation, are its
      // subject when they hold a noun and no verb.
      int k = f.cue.first - 1, depth = 0, nouns = 0;
      bool verb = false;
      while (k >= 0 && s.tokens[k].upos == "ADV" && k > f.cue.first - 3) --k;
      int last = k + 1;
      for (; k >= 0; --k) {
        const Token& t = s.tokens[k];
        if (quoted[k] || is_quote_mark(t.text)) break;
        if (t.text == ")") ++depth;
        if (t.text == "(") --depth;
        if (depth == 0 && (t.text == "," || t.text == ";" || t.text == ":" || t.text == "\u2014" ||
                           t.text == "--"))
          break;
        if (depth == 0 &&
            (t.upos == "VERB" || t.upos == "AUX" || t.upos == "SCONJ" || t.upos == "CCONJ"))
          verb = true;
        if (t.upos == "PROPN" || t.upos == "NOUN" || t.upos == "PRON") ++nouns;
      }
      TokRange r = trim(s, {k + 1, last});
      // A closing parenthesis that trim() dropped belongs to the name ("(WHO)").
      if (!r.empty()) {
        int open = 0;
        for (int t = r.first; t < r.last; ++t)
          open += s.tokens[t].text == "(" ? 1 : s.tokens[t].text == ")" ? -1 : 0;
        for (int t = r.last; open > 0 && t < f.cue.first; ++t) {
          if (s.tokens[t].text == ")") --open, r.last = t + 1;
        }
      }
      // A subject opens with a determiner, noun, name, pronoun, adjective or
      // number ("In 2015 the program said", "Soon after the government …" are
      // no subjects).
      static const std::unordered_set<std::string> kOpeners = {"DET",  "PROPN", "NOUN",
                                                               "PRON", "ADJ",   "NUM"};
      if (!verb && nouns > 0 && !r.empty() && r.last - r.first <= 12 &&
          kOpeners.count(s.tokens[r.first].upos)) {
        bool inside = f.content.contains(r.first) || f.content.contains(r.last - 1);
        // A clause before the cue that swallowed its subject ("“…,” Sen.
        // X said" with "Sen." hung on the quoted verb) ends where it begins.
        if (inside && f.content.first < r.first && f.content.last <= f.cue.first) {
          f.content = trim(s, {f.content.first, r.first});
          inside = f.content.empty();
        }
        if (!inside) {
          f.speaker = r;
          f.speaker_head = r.last - 1;
        }
      }
    }
  }
}

void find_media(const Sentence& s, const std::vector<std::string>& lowered, const CueLexicon& lex,
                std::vector<Frame>& frames) {
  if (frames.empty()) return;
  int n = static_cast<int>(s.tokens.size());
  // Where a phrase may start: at one of the few first words of the phrases.
  const auto& firsts = lex.medium_first_words;
  std::vector<int> starts;
  for (int i = 0; i < n; ++i) {
    if (std::find(firsts.begin(), firsts.end(), lowered[i]) != firsts.end()) starts.push_back(i);
  }
  for (size_t p : lex.medium_phrases) {
    const std::vector<std::string>& words = lex.phrases[p].first;
    int len = static_cast<int>(words.size());
    for (int i : starts) {
      if (i + len > n) break;
      bool match = true;
      for (int k = 0; k < len && match; ++k) match = lowered[i + k] == words[k];
      if (!match) continue;
      // The nearest frame whose content does not contain the phrase.
      int best = -1, dist = 1 << 20;
      for (size_t f = 0; f < frames.size(); ++f) {
        if (frames[f].content.contains(i)) continue;
        int d = std::abs(frames[f].cue.first - i);
        if (d < dist) dist = d, best = static_cast<int>(f);
      }
      if (best >= 0 && frames[best].medium.empty()) frames[best].medium = {i, i + len};
    }
  }
  // "said on Fox News", "told CNN": a proper name right after the cue.
  for (auto& f : frames) {
    if (!f.medium.empty() || f.cue.last >= n) continue;
    int i = f.cue.last;
    if (lower(s.tokens[i].text) == "on" && i + 1 < n && s.tokens[i + 1].upos == "PROPN") {
      int j = i + 1;
      while (j < n && s.tokens[j].upos == "PROPN") ++j;
      f.medium = {i, j};
    }
  }
}

}  // namespace eventwire::quotes_internal
