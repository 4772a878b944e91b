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

// "Gondor police used rubber bullets to disperse the protesters" (the
// protesters coded as an opposition), or with `object` instead of "bullets".
const Event* dispersal(Document& doc, const char* object, const char* lemma) {
  doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                  {"police", "police", "NOUN", 3, "nsubj"},
                  {"used", "use", "VERB", 0, "root"},
                  {"rubber", "rubber", "NOUN", 5, "compound"},
                  {object, lemma, "NOUN", 3, "obj"},
                  {"to", "to", "PART", 7, "mark"},
                  {"disperse", "disperse", "VERB", 3, "advcl"},
                  {"the", "the", "DET", 9, "det"},
                  {"protesters", "protester", "NOUN", 7, "obj"}});
  add_entity(doc, 0, 2, "GONCOP");
  add_entity(doc, 8, 9, "GONOPP");
  events_test::code_builtin(doc);
  for (const Event& e : doc.events)
    if (e.code == "175") return &e;
  return nullptr;
}

TEST(Repression, ADispersalDoneWithAWeaponIsAsserted) {
  Document doc;
  const Event* e = dispersal(doc, "bullets", "bullet");
  ASSERT_NE(e, nullptr) << events_test::summary(doc);
  EXPECT_EQ(e->modality, "asserted");
}

TEST(Repression, ADispersalWithNoWeaponNamedStaysAnAim) {
  // "used rubber boats to disperse the protesters": no weapon, an aim as before.
  Document doc;
  const Event* e = dispersal(doc, "boats", "boat");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "intended");
}

}  // namespace
}  // namespace eventwire
