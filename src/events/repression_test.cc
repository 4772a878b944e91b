// Repression done with the force named (step 62), on hand-built parses of our
// own sentences.
#include <gtest/gtest.h>

#include <string>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;

// "Gondor guards lobbed stun grenades to disperse the crowd" (the crowd coded
// as an opposition), with `object` instead of "grenades"; the to-clause hangs
// on `clause_head` (3: the verb, advcl; 5: its object, acl).
const Event* dispersal(Document& doc, const char* object, const char* lemma, int clause_head = 3) {
  doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                  {"guards", "guard", "NOUN", 3, "nsubj"},
                  {"lobbed", "lob", "VERB", 0, "root"},
                  {"stun", "stun", "NOUN", 5, "compound"},
                  {object, lemma, "NOUN", 3, "obj"},
                  {"to", "to", "PART", 7, "mark"},
                  {"disperse", "disperse", "VERB", clause_head, clause_head == 3 ? "advcl" : "acl"},
                  {"the", "the", "DET", 9, "det"},
                  {"crowd", "crowd", "NOUN", 7, "obj"}});
  add_entity(doc, 0, 2, "GONCOP");
  add_entity(doc, 8, 9, "GONOPP");
  events_test::code_builtin(doc);
  for (const Event& e : doc.events)
    if (e.code == "175") return &e;
  return nullptr;
}

TEST(Repression, ADispersalDoneWithAWeaponIsAsserted) {
  Document doc;
  const Event* e = dispersal(doc, "grenades", "grenade");
  ASSERT_NE(e, nullptr) << events_test::summary(doc);
  EXPECT_EQ(e->modality, "asserted");
}

TEST(Repression, AToClauseOnTheWeaponCountsToo) {
  Document doc;
  const Event* e = dispersal(doc, "grenades", "grenade", 5);
  ASSERT_NE(e, nullptr) << events_test::summary(doc);
  EXPECT_EQ(e->modality, "asserted");
}

TEST(Repression, ADispersalWithNoWeaponNamedStaysAnAim) {
  // "lobbed stun leaflets to disperse the crowd": no weapon, an aim as before.
  Document doc;
  const Event* e = dispersal(doc, "leaflets", "leaflet");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "intended");
}

}  // namespace
}  // namespace eventwire
