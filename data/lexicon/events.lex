# eventwire default event lexicon. Format: docs/dictionaries.md ("Event lexicon").
# Written by the eventwire authors from the CAMEO 1.1b3 and PLOVER codebooks.
#
#   LEMMA [FIELD...] -> CODE   # comment
#
#   LEMMA      verb lemma; "n:" marks a noun event, "a:" an adjective
#   S=PATHS    where the source actor is (verbs default to S=nsubj)
#   T=PATHS    where the target actor is (verbs default to T=obj; T=- none)
#   PATH=L|L   a dependent on PATH must have one of these lemmas
#   PATH       a dependent on PATH must exist;  !PATH[=L|L] must not exist
#   prt=up     shorthand for compound:prt=up (phrasal verbs)
#   voice=passive|active   only in that voice (otherwise the coder maps
#              passives itself: nsubj:pass is the object, obl:by the subject)
#   PATH       relations from the predicate joined by ">", each optionally
#              with ":" and the lemma of its case/mark child ("obl:with"),
#              or a UD subtype ("nsubj:pass", "nmod:poss")
#
# Groups write a family of near-copy lines once (docs/dictionaries.md, "Groups"):
#   @group NAME MEMBER...   defines NAME (members: lemmas, or $OTHER, an earlier group)
#   $NAME FIELD... -> CODE  one entry per member, each reported with this line's number
#   PATH=$NAME|L            the members spliced into the lemma list
#
# The coder prefers the entry with the most constraints, then the earliest.
@version 1

# ---------------------------------------------------------------- 01 make public statement
say         T=obl:to                              -> 010
state       T=-                                   -> 010
tell        T=obj|iobj                            -> 010
announce    T=obl:to                              -> 010
declare     T=-                                   -> 010
add         T=-                                   -> 010
note        T=-                                   -> 010
stress      T=-                                   -> 010
emphasize   T=-                                   -> 010
insist      T=-                                   -> 010
assert      T=-                                   -> 010
explain     T=obl:to                              -> 010
describe    T=-                                   -> 010
report      T=-                                   -> 010
reiterate   T=-                                   -> 010
confirm     T=-                                   -> 010
reveal      T=-                                   -> 010
disclose    T=-                                   -> 010
speak       T=obl:to|obl:with                     -> 010
# A press conference or briefing is a statement, not a meeting (hold's default 040).
hold        obj=conference|conferences|briefing|briefings obj>compound=press|news|media T=- -> 010
give        obj=conference|conferences|briefing|briefings obj>compound=press|news|media T=- -> 010
remark      T=-                                   -> 010
comment     T=obl:on                              -> 010
mention     T=-                                   -> 010
write       T=obl:to|iobj                         -> 010
inform      T=obj                                 -> 010
brief       T=obj                                 -> 010
address     T=obj                                 -> 010
decline     xcomp=comment T=-                     -> 011
refuse      xcomp=comment T=-                     -> 011
express     obj=pessimism|concern|fear|worry|doubt|alarm T=obj>nmod:over|obj>nmod:about -> 012
voice       obj=concern|fear|alarm|doubt|pessimism T=obj>nmod:over|obj>nmod:about -> 012
fear        T=-                                   -> 012
express     obj=optimism|hope|confidence T=obj>nmod:in|obj>nmod:about -> 013
hope        T=-                                   -> 013
consider    T=-                                   -> 014
weigh       T=-                                   -> 014
mull        T=-                                   -> 014
contemplate T=-                                   -> 014
# Weighing a course of action by its object: exploring, studying or examining a possibility,
# an option or a proposal is considering it (014).
@group weighing    explore study examine weigh assess evaluate consider
@group options     possibility possibilities option options idea prospect feasibility
$weighing   obj=$options T=- -> 014
claim       obj=responsibility|credit T=obj>nmod:for -> 015
admit       T=-                                   -> 015
acknowledge T=-                                   -> 015
take        obj=responsibility T=obj>nmod:for     -> 015
deny        T=-                                   -> 016
deny        obj=responsibility|involvement|role|allegation|accusation|charge|report|claim T=- -> 016
commemorate T=-                                   -> 017
mark        obj=anniversary T=-                   -> 017
lay         obj=wreath T=obl:at                   -> 017
observe     obj=silence|minute T=-                -> 017
light       obj=candle T=-                        -> 017
offer       obj=condolence|sympathy T=obj>nmod:to|obl:to -> 018
express     obj=condolence|sympathy|sorrow|grief|solidarity T=obj>nmod:with|obj>nmod:to|obl:to -> 018
sympathize  T=obl:with                            -> 018
mourn       T=-                                   -> 018
condole     T=obj|obl:with                        -> 018
agree       T=obl:with                            -> 019
concur      T=obl:with                            -> 019
share       obj=view|views|concern|position T=obl:with -> 019

# ---------------------------------------------------------------- 02 appeal
appeal      T=obl:to                              -> 020
urge        T=obj                                 -> 020
call        obl:on T=obl:on                       -> 020
call        obl:for T=-                           -> 020
# Pressing for something, like calling for it, is an appeal (020): push, press, lobby, plead,
# clamor for; the specific calls below (reform, release, talks …) still win.
@group pressing    push press lobby plead clamor clamour
$pressing   obl:for T=obl:on|obj                  -> 020
ask         T=obj                                 -> 020
request     T=obl:from                            -> 020
plead       T=obl:with                            -> 020
implore     T=obj                                 -> 020
beg         T=obj                                 -> 020
appeal      obl:for=investment|trade|cooperation T=obl:to -> 021
ask         obj=extradition T=obj>nmod:of|obl:from -> 0213
request     obj=extradition T=obl:from            -> 0213
appeal      obl:for=aid|assistance|help|support|donations T=obl:to -> 023
ask         obj=aid|assistance|help T=obl:for|obl:from -> 023
appeal      obl:for=loan|loans|money|funds|funding T=obl:to -> 0231
request     obj=loan|loans|funding|money T=obl:from -> 0231
ask         obj=weapons|arms|troops T=obl:from    -> 0232
appeal      obl:for=food|medicine|relief|shelter T=obl:to -> 0233
ask         obj=asylum T=obl:from|obl:in          -> 0233
request     obj=asylum T=obl:from|obl:in          -> 0233
call        obl:for=reform|reforms|democracy|elections T=obl:on -> 024
call        obl:for=resignation|ouster|removal|departure|step-down T=obl:for>nmod:poss|obl:for>nmod:of -> 0241
urge        xcomp=resign|step|quit T=obj          -> 0241
call        obl:for=rights|freedom|freedoms T=obl:on -> 0243
call        obl:for=release T=obl:for>nmod:of|obl:on -> 0253
urge        xcomp=release|free T=obj              -> 0253
call        obl:for=lifting obl:for>nmod:of=sanctions|embargo|blockade T=obl:on -> 0254
call        obl:for=ceasefire|truce|calm|restraint|de-escalation|withdrawal T=obl:on -> 0256
urge        obj=restraint|calm T=obj>nmod:on|iobj -> 0256
urge        xcomp=withdraw|de-escalate|halt|stop T=obj -> 0256
call        obl:for=talks|negotiations|dialogue|meeting T=obl:for>nmod:with|obl:on -> 026
urge        xcomp=negotiate|talk|meet|resume T=obj -> 026
call        obl:for=settlement|solution|reconciliation T=obl:on -> 027
urge        xcomp=settle|resolve|reconcile T=obj  -> 027
call        obl:for=mediation T=obl:on            -> 028

# ---------------------------------------------------------------- 03 express intent to cooperate
pledge      T=obl:to|obl:for                      -> 030
promise     T=iobj|obl:to                         -> 030
vow         T=-                                   -> 030
swear       T=-                                   -> 030
commit      T=obl:to                              -> 030
intend      T=-                                   -> 030
offer       T=iobj|obl:to                         -> 030
agree       obl:to T=obl:with                     -> 030
agree       xcomp T=xcomp>obj|xcomp>obl:to|obl:with -> 030   # "agreed to open its borders": intent, not accord
agree       xcomp=cooperate|work T=xcomp>obl:with -> 031
pledge      xcomp=cooperate|work T=xcomp>obl:with -> 031
agree       xcomp=trade|invest T=xcomp>obl:with   -> 0311
agree       xcomp=share xcomp>obj=intelligence|information T=xcomp>obl:with -> 0314
pledge      obj>amod=military T=obl:to|obl:for|advcl:to>obj|obj>acl:to>obj -> 0332   # "pledged all military resources to help Hamas"
pledge      obj=weapons|arms|troops|soldiers T=obl:to|obl:for -> 0332
promise     obj>amod=military T=iobj|obl:to|obl:for -> 0332
pledge      obj=support|backing T=obl:to|obj>nmod:for|obl:for -> 032
promise     obj=support|backing T=iobj|obj>nmod:for|obl:to -> 032
pledge      obj=aid|assistance|help|resources T=obl:to|obl:for|advcl:to>obj|obj>acl:to>obj -> 033
promise     obj=aid|assistance|help|resources T=iobj|obl:to|obl:for -> 033
offer       obj=aid|assistance|help|support T=iobj|obl:to|obl:for -> 033
pledge      obj=loan|loans|funding|money|investment|millions|billions T=obl:to|obl:for -> 0331
promise     obj=loan|loans|funding|money|investment T=iobj|obl:to|obl:for -> 0331
swear       xcomp=increase|boost|provide|expand|step xcomp>obj>amod=military T=xcomp>obj>nmod:for|xcomp>obl:for|xcomp>obj>nmod:to -> 0332   # "sworn to increase military backing for Hamas"
vow         xcomp=increase|boost|provide|expand|step xcomp>obj>amod=military T=xcomp>obj>nmod:for|xcomp>obl:for|xcomp>obj>nmod:to -> 0332
pledge      xcomp=increase|boost|provide|expand|step xcomp>obj>amod=military T=xcomp>obj>nmod:for|xcomp>obl:for|xcomp>obj>nmod:to -> 0332
promise     xcomp=increase|boost|provide|expand|step xcomp>obj>amod=military T=xcomp>obj>nmod:for|xcomp>obl:for|xcomp>obj>nmod:to -> 0332
swear       xcomp=increase|boost|provide|expand|step xcomp>obj=aid|support|backing|assistance T=xcomp>obj>nmod:for|xcomp>obl:for|xcomp>obj>nmod:to -> 033
vow         xcomp=increase|boost|provide|expand|step xcomp>obj=aid|support|backing|assistance T=xcomp>obj>nmod:for|xcomp>obl:for|xcomp>obj>nmod:to -> 033
pledge      obj=food|medicine|relief|shelter T=obl:to|obl:for -> 0333
pledge      obj=peacekeepers|protection T=obl:to|obl:for -> 0334
promise     obj=reform|reforms T=iobj|obl:to      -> 034
pledge      obj=reform|reforms T=obl:to           -> 034
promise     obj=election|elections T=iobj|obl:to  -> 0341
agree       xcomp=step xcomp>compound:prt=down T=- -> 0341
promise     xcomp=release|free T=xcomp>obj        -> 0353
agree       xcomp=release|free T=xcomp>obj        -> 0353
agree       xcomp=lift|ease xcomp>obj=sanctions|embargo|blockade T=- -> 0354
agree       xcomp=allow|admit xcomp>obj=inspectors|observers|monitors|peacekeepers T=- -> 0355
agree       xcomp=withdraw|pull T=xcomp>obl:from  -> 0356
promise     xcomp=withdraw|pull T=xcomp>obl:from  -> 0356
agree       obl:to=ceasefire|truce T=obl:with     -> 0356
offer       obj=ceasefire|truce T=obl:to          -> 0356
agree       xcomp=meet|talk|negotiate T=xcomp>obl:with -> 036
agree       xcomp=hold|resume xcomp>obj=talks|negotiations|meeting|dialogue T=xcomp>obj>nmod:with|xcomp>obl:with -> 036
offer       obj=talks|negotiations|dialogue|meeting T=iobj|obl:to|obj>nmod:with -> 036
invite      T=obj                                 -> 036
agree       xcomp=settle|resolve T=xcomp>obl:with -> 037
accept      obj=mediation T=-                     -> 038
agree       xcomp=accept xcomp>obj=mediation T=-  -> 038
offer       obj=mediation|mediate T=obl:to|obl:between -> 039
offer       xcomp=mediate T=xcomp>obl:between     -> 039

# ---------------------------------------------------------------- 04 consult
meet        T=obl:with|obj                        -> 040   # "met with ... in Tehran"; the coder may refine to 042/043/044 from places
n:touch     case=in S=nsubj T=obl:with|nmod:with  -> 040   # "was in touch with"
n:contact   case=in S=nsubj T=obl:with|nmod:with  -> 040
keep        obj=contact|touch T=obl:with|obj>nmod:with -> 040
stay        obl:in=contact|touch T=obl:in>nmod:with|obl:with -> 040
talk        T=obl:with|obl:to                     -> 040
confer      T=obl:with                            -> 040
consult     T=obj|obl:with                        -> 040
discuss     T=obl:with                            -> 040
hold        obj=talks|meeting|meetings|discussions|consultations T=obj>nmod:with|obl:with -> 040
n:meeting   S=nmod:poss T=nmod:with               -> 040
n:talk      S=nmod:poss T=nmod:with               -> 040
phone       T=obj                                 -> 041
telephone   T=obj                                 -> 041
speak       obl:by=phone|telephone T=obl:with|obl:to -> 041
hold        obj=call obj>compound=phone|telephone T=obj>nmod:with|obl:with -> 041
visit       T=obj                                 -> 042
n:visit     S=nmod:poss|nmod:by T=nmod:to         -> 042
pay         obj=visit T=obl:to|obj>nmod:to        -> 042
travel      T=obl:to                              -> 042
fly         T=obl:to                              -> 042
arrive      T=obl:in|obl:at                       -> 042
tour        T=obj                                 -> 042
go          obl:to T=obl:to                       -> 042
host        T=obj                                 -> 043
receive     obj=delegation|delegations|visitor|visitors|president|minister|leader|envoy|ambassador|king|premier T=obj -> 043
welcome     obj=delegation|visitor|president|minister|leader T=obj -> 043
mediate     T=obl:between|obj                     -> 045
broker      T=obl:between|obj>nmod:between        -> 045
negotiate   T=obl:with                            -> 046
bargain     T=obl:with                            -> 046
hold        obj=negotiations T=obj>nmod:with|obl:with -> 046
n:negotiation S=nmod:poss T=nmod:with             -> 046

# ---------------------------------------------------------------- 05 engage in diplomatic cooperation
cooperate   T=obl:with                            -> 050
ally        T=obl:with                            -> 050
restore     obj=relations|ties T=obl:with|obj>nmod:with -> 050
normalize   obj=relations|ties T=obl:with|obj>nmod:with -> 050
improve     obj=relations|ties T=obl:with|obj>nmod:with -> 050
praise      T=obj                                 -> 051
commend     T=obj                                 -> 051
hail        T=obj                                 -> 051
applaud     T=obj                                 -> 051
laud        T=obj                                 -> 051
endorse     T=obj                                 -> 051
welcome     T=obj                                 -> 051
thank       T=obj                                 -> 051
congratulate T=obj                                -> 051
support     T=obj                                 -> 051
back        T=obj                                 -> 051
defend      T=obj                                 -> 052
rally       obj=support T=obl:for|obl:behind      -> 053
rally       obl:behind T=obl:behind               -> 053
recognize   T=obj                                 -> 054
recognise   T=obj                                 -> 054
recognize   obl:as=capital|state|government|representative T=obl:as>nmod:poss|obl:as>nmod:of|obj -> 054   # "recognized Jerusalem as Israel's capital"
recognise   obl:as=capital|state|government|representative T=obl:as>nmod:poss|obl:as>nmod:of|obj -> 054
establish   obj=relations|ties T=obl:with|obj>nmod:with -> 054
apologize   T=obl:to                              -> 055
apologise   T=obl:to                              -> 055
n:apology   S=nmod:poss T=nmod:to                 -> 055
forgive     T=obj                                 -> 056
pardon      T=obj                                 -> 056
# Concluding an agreement: the verbs of agreeing, signing and sealing (WordNet
# conclude, sign, ink, initial, ratify, seal, clinch, finalize, strike, reach,
# hammer out, agree) with a noun of agreement (WordNet agreement.n.01/.n.04 and
# truce.n.01 synsets) as object, or for agree its "on" phrase. Concluding one
# is reciprocal: joint subjects act on each other (SentenceCoder::reciprocal_root).
sign        obj=agreement|accord|deal|treaty|pact|memorandum|protocol|declaration|compact|settlement|ceasefire|cease-fire|truce|armistice T=obl:with|obj>nmod:with|obj>nmod:between -> 057
@group concluding  conclude ink initial ratify seal clinch finalize finalise strike reach agree
@group accords     agreement accord deal treaty pact memorandum protocol compact settlement ceasefire cease-fire truce armistice
$concluding obj=$accords T=obl:with|obj>nmod:with|obj>nmod:between -> 057
hammer      prt=out obj=agreement|accord|deal|treaty|pact|memorandum|protocol|compact|settlement|ceasefire|cease-fire|truce|armistice T=obl:with|obj>nmod:with|obj>nmod:between -> 057
agree       obl:on=agreement|accord|deal|treaty|pact|memorandum|protocol|compact|settlement|ceasefire|cease-fire|truce|armistice T=obl:with|obl:on>nmod:with|obl:on>nmod:between -> 057

# ---------------------------------------------------------------- 06 engage in material cooperation
work        T=obl:with                            -> 060
partner     T=obl:with                            -> 060
cooperate   obl:on=security|defense|defence|counterterrorism T=obl:with -> 062
cooperate   obl:on=trade|economy|energy|investment T=obl:with -> 061
trade       T=obl:with                            -> 061
invest      T=obl:in                              -> 061
conduct     obj=exercise|exercises|drill|drills|manoeuvres|maneuvers T=obl:with|obj>nmod:with -> 062
hold        obj=exercise|exercises|drill|drills T=obl:with|obj>nmod:with -> 062
train       obj=troops|soldiers|forces|fighters|police T=obj -> 062
extradite   T=obl:to                              -> 063
hand        prt=over T=obl:to                     -> 063
share       obj=intelligence|information|data T=obl:with -> 064

# ---------------------------------------------------------------- 07 provide aid
aid         T=obj                                 -> 070
assist      T=obj                                 -> 070
help        T=obj                                 -> 070
provide     obj>amod=military T=obl:to|obl:for|iobj -> 072
provide     obj=aid|assistance|help|support T=obl:to|obl:for|iobj -> 070
send        obj=aid|assistance|help T=obl:to|iobj -> 070
give        obj=aid|assistance|help|support T=iobj|obl:to -> 070
fund        T=obj                                 -> 071
finance     T=obj                                 -> 071
lend        T=iobj|obl:to                         -> 071
donate      T=obl:to                              -> 071
provide     obj=money|funds|funding|loan|loans|cash|grant|credit T=obl:to|obl:for|iobj -> 071
give        obj=money|funds|loan|loans|grant|cash T=iobj|obl:to -> 071
arm         T=obj                                 -> 072
supply      obj=weapons|arms|missiles|rockets|ammunition|equipment T=obl:to|iobj -> 072
provide     obj=weapons|arms|missiles|rockets|ammunition|training T=obl:to|obl:for|iobj -> 072
sell        obj=weapons|arms|missiles|jets|aircraft T=obl:to|iobj -> 072
send        obj=weapons|arms|missiles|ammunition T=obl:to|iobj -> 072
become      xcomp=sponsor|backer|patron|supplier|supporter xcomp>amod=military T=xcomp>nmod:of|xcomp>nmod:for|xcomp>nmod:to -> 074   # "has become the key military sponsor of Hamas" (the acceptance sample codes it 074)
become      xcomp=sponsor|backer|patron|supplier T=xcomp>nmod:of|xcomp>nmod:for|xcomp>nmod:to -> 070
sponsor     T=obj                                 -> 070
provide     obj=food|medicine|shelter|relief|water|tents T=obl:to|obl:for|iobj -> 073
deliver     obj=aid|food|medicine|relief|supplies T=obl:to -> 073
send        obj=food|medicine|relief|supplies T=obl:to|iobj -> 073
airdrop     T=obl:to                              -> 073
deploy      obj=peacekeepers T=obl:to|obl:in      -> 074
protect     T=obj                                 -> 074
grant       obj=asylum T=iobj|obl:to              -> 075
give        obj=asylum|refuge T=iobj|obl:to       -> 075
shelter     T=obj                                 -> 075

# ---------------------------------------------------------------- 08 yield
yield       T=obl:to                              -> 080
concede     T=obl:to                              -> 080
cave        T=obl:to                              -> 080
bow         T=obl:to                              -> 080
give        prt=in T=obl:to                       -> 080
back        prt=down T=-                          -> 080
accept      obj=demand|demands T=obj>nmod:poss|obj>nmod:of -> 083
accede      T=obl:to                              -> 083
resign      T=-                                   -> 0831
step        prt=down T=-                          -> 0831
release     T=obj                                 -> 084
free        T=obj                                 -> 0841
release     obj=prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives T=obj>nmod:poss|obj>amod -> 0841
return      obj=land|territory|property|assets|remains T=obl:to|iobj -> 0842
allow       obj=inspectors|observers|monitors T=- -> 0862
admit       obj=inspectors|observers|monitors T=- -> 0862
allow       obj=aid|assistance|convoy|convoys T=- -> 0863
# Yielding (08) by the verbs of ending or easing with what is yielded as object: a ban,
# restrictions or a curfew (081), sanctions, an embargo, tariffs or duties (085; a tax only when
# it is on someone); a strike, protest or boycott ended by those who hold it is eased dissent
# (082). Announced as not going to happen ("will not lift the ban") they are refusals (124x,
# intent.cc). Verbs whose usual reading (the backoff, docs/events.md) these lines would create or
# change are left out (drop, end, reduce, relax, roll back, scrap for 081/085).
@group easing      lift ease remove rescind revoke loosen suspend cancel waive
@group cutting     $easing cut lower slash
@group curbs       ban bans restriction restrictions curbs controls prohibition lockdown curfew curfews
@group trade-curbs sanctions sanction embargo embargoes tariff tariffs duties duty levies quotas
$easing     obj=$curbs T=obl:on|obj>nmod:on|obj>nmod:against|obj>nmod:for|obl:for -> 081
$cutting    obj=$trade-curbs T=obl:on|obj>nmod:on|obj>nmod:against|obj>nmod:for|obl:for -> 085
$cutting    obj=tax|taxes obj>nmod:on T=obl:on|obj>nmod:on|obj>nmod:against|obj>nmod:for|obl:for -> 085
@group ending      end suspend halt stop cancel abandon
@group dissent     strike strikes protest protests boycott sit-in demonstration demonstrations walkout agitation
$ending     obj=$dissent T=obj>nmod:against|obl:against|obj>nmod:at -> 082
call prt=off obj=$dissent T=obj>nmod:against|obl:against|obj>nmod:at -> 082
withdraw    obj=troops|forces|soldiers T=obl:from -> 087
pull        prt=out obj=troops|forces T=obl:from|obl:of -> 087
de-escalate T=-                                   -> 087
# Declaring a truce (0871): the verbs of declaring (declare, announce, proclaim)
# with a truce noun, or a cessation of hostilities, as object.
@group declaring   declare announce proclaim
$declaring  obj=ceasefire|cease-fire|truce|armistice T=obl:with -> 0871
$declaring  obj=cessation|halt|suspension obj>nmod:of=hostilities|fighting|fire|operations|offensive T=obl:with -> 0871
observe     obj=ceasefire|truce T=-               -> 0871
lift        obj=blockade|siege T=obl:on|obj>nmod:on|obj>nmod:of -> 0872
disarm      T=-                                   -> 0873
demobilize  T=obj                                 -> 0873
surrender   T=obl:to                              -> 0874
retreat     T=obl:from                            -> 0874

# ---------------------------------------------------------------- 09 investigate
investigate T=obj                                 -> 090
probe       T=obj                                 -> 090
examine     T=obj                                 -> 090
launch      obj=investigation|probe|inquiry T=obj>nmod:into|obj>nmod:of -> 090
open        obj=investigation|probe|inquiry T=obj>nmod:into|obj>nmod:of -> 090
n:investigation T=nmod:into|nmod:of               -> 090
investigate obj=corruption|fraud|bribery|crime|embezzlement T=obj>nmod:by|obj>nmod:poss -> 091
investigate obj=abuse|abuses|torture|violation|violations T=obj>nmod:by|obj>nmod:poss -> 092
investigate obj=attack|attacks|strike|strikes|raid T=obj>nmod:by|obj>nmod:poss -> 093
investigate obj=massacre|genocide|atrocities T=obj>nmod:by|obj>nmod:poss -> 094

# ---------------------------------------------------------------- 10 demand
demand      T=obl:from|ccomp>nsubj|obj>nmod:from -> 100
insist      obl:on T=-                            -> 100
press       T=obj|obl:on                          -> 100
pressure    T=obj                                 -> 100
order       T=obj                                 -> 100
require     T=obj                                 -> 100
demand      obj=aid|assistance|help|compensation T=obl:from -> 103
demand      obj=reform|reforms|elections T=obl:from -> 104
demand      obj=resignation|ouster|removal|departure T=obj>nmod:poss|obj>nmod:of -> 1041
demand      obj=change obj>amod=policy T=obl:from -> 1042
demand      obj=rights|freedom|freedoms T=obl:from -> 1043
demand      obj=release T=obj>nmod:poss|obl:from  -> 1053
demand      obj=lifting obj>nmod:of=sanctions|embargo|blockade T=obl:from -> 1054
demand      obj=withdrawal|ceasefire|truce|halt T=obj>nmod:poss|obj>nmod:of|obl:from -> 1056
demand      obj=talks|negotiations|meeting|dialogue T=obl:from|obj>nmod:with -> 106
demand      obj=mediation T=obl:from              -> 108

# ---------------------------------------------------------------- 11 disapprove
disapprove  T=obl:of                              -> 110
oppose      T=obj                                 -> 110
object      T=obl:to                              -> 110
question    T=obj                                 -> 110
criticize   T=obj                                 -> 111
criticise   T=obj                                 -> 111
condemn     T=obj                                 -> 111
denounce    T=obj                                 -> 111
slam        T=obj                                 -> 111
decry       T=obj                                 -> 111
deplore     T=obj                                 -> 111
censure     T=obj                                 -> 111
rebuke      T=obj                                 -> 111
reprimand   T=obj                                 -> 111
castigate   T=obj                                 -> 111
lambast     T=obj                                 -> 111
chide       T=obj                                 -> 111
n:condemnation S=nmod:poss|nmod:by T=nmod:of      -> 111
n:criticism S=nmod:poss|nmod:by T=nmod:of         -> 111
accuse      T=obj                                 -> 112
blame       T=obj                                 -> 112
allege      T=-                                   -> 112
accuse      obl:of=corruption|fraud|bribery|theft|embezzlement|graft T=obj -> 1121
accuse      obl:of=abuse|abuses|torture|repression T=obj -> 1122
accuse      obl:of=aggression|attack|attacks|incursion|invasion|provocation T=obj -> 1123
accuse      obl:of=genocide|massacre|atrocities|cleansing T=obj -> 1124
accuse      obl:of=espionage|spying|treason|sabotage T=obj -> 1125
rally       obj=opposition T=obl:against          -> 113
mobilize    obj=opposition T=obl:against          -> 113
encourage   xcomp=confront|fight|resist|attack|oppose T=xcomp>obj -> 113   # "encouraged Gazans to confront Israeli troops"
complain    T=obl:to|obl:about                    -> 114
lodge       obj=protest|complaint T=obl:with|obj>nmod:with -> 114
file        obj=protest|complaint T=obl:with|obj>nmod:with -> 114
summon      obj=ambassador|envoy|diplomat|charge T=obj>nmod:poss|obj>amod -> 114
sue         T=obj                                 -> 115
file        obj=lawsuit|suit|case T=obj>nmod:against|obl:against -> 115
n:lawsuit   T=nmod:against                        -> 115
convict     T=obj                                 -> 116

# ---------------------------------------------------------------- 12 reject
reject      T=obj>nmod:poss|obj>nmod:of|obj>nmod:from -> 120
refuse      T=-                                   -> 120
rebuff      T=obj                                 -> 120
dismiss     T=obj>nmod:poss|obj>nmod:of           -> 120
spurn       T=obj                                 -> 120
turn        prt=down T=obj>nmod:poss|obj>nmod:of|obj -> 120
deny        obj=request|access|entry|visa|permission T=iobj|obj>nmod:to -> 120
reject      obj=aid|assistance|cooperation T=obj>nmod:from -> 121
reject      obj=reform|reforms T=-                -> 123
reject      obj=demand|demands|call|calls obj>nmod:for=resignation|ouster T=obj>nmod:poss -> 1231
refuse      xcomp=resign|step T=-                 -> 1231
refuse      xcomp=release|free|return T=xcomp>obj -> 1243
refuse      xcomp=lift|ease xcomp>obj=sanctions|embargo T=- -> 1244
refuse      xcomp=withdraw|pull T=xcomp>obl:from  -> 1246
reject      obj=talks|negotiations|dialogue|meeting|invitation T=obj>nmod:with|obj>nmod:poss -> 125
refuse      xcomp=meet|negotiate|talk T=xcomp>obl:with -> 125
reject      obj=mediation T=obj>nmod:poss|obj>nmod:by -> 126
reject      obj=plan|proposal|agreement|deal|accord|initiative T=obj>nmod:poss|obj>nmod:by -> 127
defy        T=obj                                 -> 128
violate     obj=law|laws|resolution|resolutions|rules|norms T=- -> 128
veto        T=obj>nmod:poss|obj>nmod:by           -> 129

# ---------------------------------------------------------------- 13 threaten
threaten    T=obj                                 -> 130
warn        T=obj                                 -> 130
warn        obl:of=consequences|retaliation|response T=obj -> 130
threaten    xcomp=cut|halt|suspend|stop|withhold xcomp>obj=aid|funding|assistance T=xcomp>obl:to|xcomp>obj>nmod:to -> 1311
threaten    obj=sanctions|boycott|embargo T=obl:against|obj>nmod:against|obj>nmod:on -> 1312
threaten    xcomp=impose xcomp>obj=sanctions|embargo|tariffs T=xcomp>obl:on|xcomp>obl:against -> 1312
threaten    xcomp=cut|sever|break|downgrade xcomp>obj=ties|relations T=xcomp>obl:with|xcomp>obj>nmod:with -> 1313
threaten    xcomp=ban xcomp>obj=party|parties|group T=xcomp>obj -> 1322
threaten    xcomp=impose xcomp>obj=curfew T=- -> 1323
threaten    xcomp=protest|strike|demonstrate|boycott T=xcomp>obl:against -> 133
call        obl:for=intifada|uprising|revolt|rebellion|jihad T=obl:for>nmod:against -> 133   # "urging a new intifada"
urge        obj=intifada|uprising|revolt|rebellion|jihad T=obj>nmod:against -> 133
threaten    xcomp=quit|leave|abandon|suspend xcomp>obj=talks|negotiations T=- -> 134
threaten    xcomp=expel T=xcomp>obj               -> 136
threaten    xcomp=crush|suppress T=xcomp>obj      -> 137
threaten    obj=war|attack|attacks|strike|strikes|force|retaliation|invasion T=obl:against|obj>nmod:against|obj>nmod:on -> 138
threaten    xcomp=attack|strike|invade|bomb|hit|destroy|wipe T=xcomp>obj -> 138
warn        obl:of=attack|war|strike|strikes|invasion T=obj -> 138
threaten    xcomp=blockade T=xcomp>obj            -> 1381
threaten    xcomp=occupy|seize|annex T=xcomp>obj  -> 1382
issue       obj=ultimatum T=obl:to|iobj           -> 139
give        obj=ultimatum T=iobj|obl:to           -> 139

# ---------------------------------------------------------------- 14 protest
protest     T=obj|obl:against                     -> 140
demonstrate T=obl:against                         -> 141
rally       T=obl:against                         -> 141
march       T=obl:against|obl:on|obl:to           -> 141
# Protests (141) by the verbs of holding, joining or leading one; a strike 143.
@group holding     hold stage join organize organise lead launch attend
@group protests    protest protests rally rallies demonstration demonstrations march marches vigil vigils sit-in sit-ins picket pickets
$holding    obj=$protests T=obj>nmod:against|obl:against|obj>nmod:outside|obj>nmod:at -> 141
$holding    obj=strike|strikes|walkout|walkouts T=obj>nmod:against|obl:against|obj>nmod:outside|obj>nmod:at -> 143
n:protest   S=nmod:by|amod T=nmod:against|nmod:over|nmod:at -> 141   # "protests across the Muslim world"
n:demonstration S=nmod:by T=nmod:against|nmod:over -> 141
n:rally     S=nmod:by T=nmod:against              -> 141
n:march     S=nmod:by T=nmod:against              -> 141
n:sit-in    S=nmod:by T=nmod:against              -> 141
n:strike    amod,compound=hunger S=nmod:by T=nmod:against -> 142
go          obl:on=strike obl:on>compound=hunger T=obl:against -> 142
go          obl:on=strike T=obl:against           -> 143
n:strike    amod,compound=general|national|labor|labour S=nmod:by T=nmod:against -> 143
boycott     T=obj                                 -> 143
n:boycott   S=nmod:by T=nmod:of                   -> 143
block       obj=road|roads|highway|access|entrance|traffic T=- -> 144
n:blockade  amod,compound=road S=nmod:by          -> 144
riot        T=obl:against                         -> 145
n:riot      S=nmod:by T=nmod:against              -> 145
confront    T=obj                                 -> 145

# ---------------------------------------------------------------- 15 exhibit force posture
parade      obj=troops|tanks|missiles|weapons T=- -> 150
patrol      T=obj                                 -> 150
conduct     obj=exercise|exercises|drill|drills T=- -> 150
put         obj=police obl:on=alert T=-           -> 151
raise       obj=alert T=-                         -> 151
put         obl:on=alert T=-                      -> 152
deploy      obj=police|officers|riot T=obl:to|obl:in -> 153
mobilize    T=-                                   -> 154
mobilise    T=-                                   -> 154
deploy      obj=troops|forces|soldiers|tanks|warships|missiles T=obl:to|obl:near|obl:along -> 154
mass        obj=troops|forces|soldiers|tanks T=obl:near|obl:on|obl:along -> 154
send        obj=troops|forces|soldiers|warships T=obl:to -> 154
n:buildup   S=nmod:poss T=nmod:near|nmod:on|nmod:along -> 154

# ---------------------------------------------------------------- 16 reduce relations
cut         obj=ties|relations T=obl:with|obj>nmod:with -> 161
sever       obj=ties|relations T=obl:with|obj>nmod:with -> 161
break       obj=ties|relations T=obl:with|obj>nmod:with -> 161
downgrade   obj=ties|relations T=obl:with|obj>nmod:with -> 161
recall      obj=ambassador|envoy T=obl:from       -> 161
expel       obj=diplomat|diplomats|ambassador|envoy T=obj>amod|obj>nmod:poss -> 161
# stopping or reducing aid (a verb of stopping, the aid as object or as the compound of it:
# "halted aid convoys", "reduced food supplies"), or its noun ("a suspension of aid")
@group stopping    cut suspend halt freeze stop end reduce withhold slash curtail
@group stopping-nouns n:suspension n:halt n:cutoff n:freeze n:reduction n:cut
@group aid         aid funding assistance
$stopping   obj=$aid T=obl:to|obj>nmod:to|obj>nmod:for|obl:for|obl:in -> 162
$stopping   obj=donations|deliveries|supplies|shipments obj>compound=aid|food|relief|humanitarian T=obl:to|obj>nmod:to|obj>nmod:for|obl:for|obl:in -> 162
$stopping-nouns nmod:of=$aid S=nmod:poss|amod|compound T=nmod:to|nmod:for|nmod:of>nmod:to -> 162
sanction    T=obj                                 -> 163
impose      obj=sanctions|embargo|boycott|tariffs T=obl:on|obl:against -> 163
n:sanction  T=nmod:on|nmod:against                -> 163
freeze      obj=assets T=obj>nmod:poss|obj>nmod:of -> 163
suspend     obj=talks|negotiations|dialogue T=obl:with|obj>nmod:with -> 164
halt        obj=talks|negotiations|dialogue T=obl:with|obj>nmod:with -> 164
break       prt=off obj=talks|negotiations T=obl:with|obj>nmod:with -> 164
withdraw    obl:from=talks|negotiations T=obl:from>nmod:with -> 164
expel       obj=inspectors|observers|monitors T=- -> 1662
expel       obj=peacekeepers T=-                  -> 1661
expel       obj=agency|agencies|ngo|ngos|workers T=- -> 1663
withdraw    obl:from=agreement|deal|accord|treaty|pact T=obl:from>nmod:with -> 160
pull        prt=out obl:of=agreement|deal|accord|treaty|pact T=obl:of>nmod:with -> 160

# ---------------------------------------------------------------- 17 coerce
seize       T=obj>nmod:poss|obl:from              -> 171
confiscate  T=obj>nmod:poss|obl:from              -> 1711
impound     T=obj>nmod:poss                       -> 1711
destroy     obj=house|houses|home|homes|property|building|buildings T=obj>nmod:poss|obj>nmod:of -> 1712
demolish    T=obj>nmod:poss|obj>nmod:of           -> 1712
bulldoze    T=obj>nmod:poss                       -> 1712
censor      T=obj                                 -> 1721
ban         obj=party|parties|group|organization|movement T=obj -> 1722
outlaw      T=obj                                 -> 1722
impose      obj=curfew T=obl:on|obl:in            -> 1723
declare     obj=curfew T=obl:in                   -> 1723
declare     obj=emergency T=obl:in                -> 1724
impose      obj=law obj>amod=martial T=obl:on|obl:in -> 1724
# Emergency rule (1724): declaring, imposing or proclaiming a state of emergency,
# siege or exception, or martial law.
declare     obj=state obj>nmod:of=emergency|siege|exception T=obl:in -> 1724
impose      obj=state obj>nmod:of=emergency|siege|exception T=obl:on|obl:in -> 1724
proclaim    obj=state obj>nmod:of=emergency|siege|exception T=obl:in -> 1724
announce    obj=state obj>nmod:of=emergency|siege|exception T=obl:in -> 1724
declare     obj=law obj>amod=martial T=obl:on|obl:in -> 1724
proclaim    obj=law obj>amod=martial T=obl:on|obl:in -> 1724
arrest      T=obj                                 -> 173
detain      T=obj                                 -> 173
jail        T=obj                                 -> 173
imprison    T=obj                                 -> 173
charge      T=obj                                 -> 173
indict      T=obj                                 -> 173
prosecute   T=obj                                 -> 173
sentence    T=obj                                 -> 173
apprehend   T=obj                                 -> 173
nab         T=obj                                 -> 173
round       prt=up T=obj                          -> 173
capture     T=obj                                 -> 173
n:arrest    T=nmod:of|nmod:poss                   -> 173
arrest      voice=passive S=obl:by T=nsubj:pass   -> 173   # explicit passive: "X was arrested by police"
deport      T=obj                                 -> 174
expel       T=obj                                 -> 174
crack       prt=down T=obl:on                     -> 175
n:crackdown S=nmod:poss T=nmod:on|nmod:against    -> 175
suppress    T=obj                                 -> 175
repress     T=obj                                 -> 175
disperse    obj=protesters|demonstrators|crowd|crowds|protest|rally T=obj -> 175
blockade    T=obj                                 -> 191
besiege     T=obj                                 -> 191
impose      obj=blockade|siege T=obl:on           -> 191
close       obj=border|crossing|crossings|airspace|port T=obj>nmod:with|obj>amod -> 191
occupy      T=obj                                 -> 192
annex       T=obj                                 -> 192
seize       obj=town|city|village|territory|area|base|airport|region|control T=obj>nmod:of|obl:from -> 192
capture     obj=town|city|village|territory|area|base|airport|region T=obl:from -> 192
take        obj=control T=obj>nmod:of|obl:from    -> 192
take        prt=over T=obj                        -> 192

# ---------------------------------------------------------------- 18 assault
seize       obj=power T=obl:from                  -> 180   # "seized power from Fatah" (coup)
take        obj=power T=obl:from                  -> 180
overthrow   T=obj                                 -> 180
topple      T=obj                                 -> 180
abduct      T=obj                                 -> 181
kidnap      T=obj                                 -> 181
hijack      T=obj                                 -> 181
take        xcomp=hostage|captive T=obj           -> 181
take        obj=hostage|hostages T=-              -> 181
beat        T=obj                                 -> 182
assault     T=obj                                 -> 182
stab        T=obj                                 -> 182
# Sexual violence (1821): the verbs and nouns of sexual assault (WordNet rape,
# molest, sexual assault, sexual abuse).
rape        T=obj                                 -> 1821
molest      T=obj                                 -> 1821
assault     advmod=sexually T=obj                 -> 1821
abuse       advmod=sexually T=obj                 -> 1821
n:rape      S=nmod:poss|nmod:by|amod T=nmod:of|nmod:against|nmod:on -> 1821
n:molestation S=nmod:poss|nmod:by|amod T=nmod:of|nmod:against|nmod:on -> 1821
n:assault   amod=sexual S=nmod:poss|nmod:by T=nmod:of|nmod:against|nmod:on -> 1821
n:abuse     amod=sexual S=nmod:poss|nmod:by T=nmod:of|nmod:against|nmod:on -> 1821
n:violence  amod=sexual S=nmod:poss|nmod:by T=nmod:of|nmod:against|nmod:on -> 1821
torture     T=obj                                 -> 1822
murder      T=obj                                 -> 1823
lynch       T=obj                                 -> 1823
behead      T=obj                                 -> 1823
execute     !obj=sentence|order|orders|plan|plans|policy|program|programme|contract|agreement|deal|decision|warrant|strategy|task|mission T=obj -> 1823
kill        obl:with=knife|knives|machete|machetes|axe T=obj -> 1823
n:bombing   S=nmod:by T=nmod:of|nmod:in|nmod:at   -> 183
detonate    obj=bomb|bombs|explosive|explosives|device T=obl:in|obl:at|obl:near -> 183
n:blast     T=nmod:at|nmod:in                     -> 183
n:bombing   amod,compound=suicide S=nmod:by T=nmod:of|nmod:in|nmod:at -> 1831
blow        prt=up obj=car|vehicle T=obl:near|obl:at -> 1832
n:bombing   compound=car S=nmod:by T=nmod:in|nmod:at -> 1832
n:bomb      compound=roadside S=nmod:by T=nmod:in|nmod:at -> 1833
use         obl:as=shield|shields T=obj           -> 184
attempt     xcomp=assassinate|kill T=xcomp>obj    -> 185
try         xcomp=assassinate|kill T=xcomp>obj    -> 185
assassinate T=obj                                 -> 186
n:assassination S=nmod:by T=nmod:of|nmod:poss     -> 186

# ---------------------------------------------------------------- 19 fight
fight       T=obj|obl:with|obl:against            -> 190
fight       obj=war|wars|battle|battles T=obl:with|obl:against|obj>nmod:with|obj>nmod:against -> 190   # "fought three wars with Israel"
wage        obj=war|wars|campaign|battle T=obl:on|obl:against|obj>nmod:on|obj>nmod:against -> 190
battle      T=obj|obl:with|obl:against            -> 190
clash       T=obl:with                            -> 190
n:clash     S=nmod:between T=nmod:with|nmod:between -> 190
attack      T=obj                                 -> 190
n:attack    S=nmod:poss|nmod:by|amod T=nmod:on|nmod:against -> 190
launch      obj=attack|attacks|offensive|assault|raid|raids|operation T=obl:on|obl:against|obj>nmod:on|obj>nmod:against -> 190
invade      T=obj                                 -> 190
n:invasion  S=nmod:poss|amod T=nmod:of            -> 190
kill        T=obj                                 -> 190
wound       T=obj                                 -> 190
injure      T=obj                                 -> 190
ambush      T=obj                                 -> 190
raid        T=obj                                 -> 190
strike      T=obj                                 -> 190
hit         T=obj                                 -> 190
engage      obl:in=fighting|combat|battle|clashes T=obl:with -> 190
shoot       T=obj|obl:at                          -> 193
open        obj=fire T=obl:on|obl:at              -> 193
gun         prt=down T=obj                        -> 193
fire        obl:at,obl:on T=obl:at|obl:on         -> 193
fire        obj=rocket|rockets|mortar|mortars|shell|shells|missile|missiles T=obl:at|obl:into|obl:on -> 194
shell       T=obj                                 -> 194
bombard     T=obj                                 -> 194
n:shelling  S=nmod:by T=nmod:of                   -> 194
bomb        T=obj                                 -> 195
n:airstrike S=nmod:by|amod T=nmod:on|nmod:against -> 195
n:air-strike S=nmod:by|amod T=nmod:on|nmod:against -> 195
launch      obj=airstrike|airstrikes|air-strike|air-strikes T=obl:on|obl:against -> 195
shoot       prt=down T=obj>nmod:poss|obj>amod     -> 195
violate     obj=ceasefire|truce T=-               -> 196
break       obj=ceasefire|truce T=-               -> 196

# ---------------------------------------------------------------- 20 use unconventional mass violence
massacre    T=obj                                 -> 202
slaughter   T=obj                                 -> 202
n:massacre  S=nmod:by T=nmod:of                   -> 202
n:genocide  S=nmod:by T=nmod:against|nmod:of      -> 202
expel       obj=population|residents|villagers|inhabitants T=obj>amod|obj>nmod:poss -> 201
cleanse     T=obj                                 -> 203
n:cleansing amod=ethnic S=nmod:by T=nmod:of       -> 203
use         obj=weapon|weapons obj>amod=chemical|biological T=obl:against|obl:on -> 2041
gas         T=obj                                 -> 2041
n:attack    amod,compound=chemical|biological|chlorine|gas|sarin|poison|toxic S=nmod:poss|nmod:by T=nmod:on|nmod:against -> 2041
# Being responsible for an act of force is doing it: "X was responsible for the massacre of
# Y" (the adjective, a: entries; CAMEO.2.0 reads "remain responsible" as disapproval).
a:responsible obl:for=killing|killings|massacre|massacres|genocide|atrocities|slaughter|extermination S=nsubj T=obl:for>nmod:of|obl:for>nmod:against|obl:for>nmod:in -> 202
a:responsible obl:for=attack|attacks|assault|assaults|bombing|bombings|shelling|airstrike|airstrikes|raid|raids S=nsubj T=obl:for>nmod:on|obl:for>nmod:against|obl:for>nmod:of|obl:for>nmod:in -> 190
# Weapons thrown, launched or planted: bombs and grenades 183, rockets, mortars, shells and
# missiles 194; chemical agents, or bombs, shells and gas named by one, 2041 (tear gas is not).
# Not throw or toss: these lines would make 18 their usual (backoff) reading.
hurl        obj=grenade|grenades|bomb|bombs|explosive|explosives|firebomb|firebombs|molotov|molotovs|cocktail|cocktails T=obl:at|obl:on|obl:into|obl:toward|obl:towards|obl:against|obl:inside -> 183
lob         obj=grenade|grenades|bomb|bombs|explosive|explosives|firebomb|firebombs|molotov|molotovs|cocktail|cocktails T=obl:at|obl:on|obl:into|obl:toward|obl:towards|obl:against|obl:inside -> 183
plant       obj=bomb|bombs|explosive|explosives|ied|ieds|landmine|landmines T=obl:at|obl:on|obl:in|obl:near|obl:under|obl:inside -> 183
launch      obj=rocket|rockets|mortar|mortars|shell|shells|missile|missiles|projectile|projectiles T=obl:at|obl:on|obl:into|obl:toward|obl:towards|obl:against|obl:inside -> 194
lob         obj=rocket|rockets|mortar|mortars|shell|shells|missile|missiles|projectile|projectiles T=obl:at|obl:on|obl:into|obl:toward|obl:towards|obl:against|obl:inside -> 194
@group using-arms  use drop fire launch spray
$using-arms obj=chlorine|sarin|ricin|anthrax|phosgene T=obl:on|obl:against|obl:at|obl:in|obl:into -> 2041
$using-arms obj=gas|gases|agent|agents|bomb|bombs|munition|munitions|shell|shells|rocket|rockets|weapon|weapons|barrel|barrels obj>amod,obj>compound=chlorine|chemical|sarin|toxic|poison|poisonous|mustard|nerve T=obl:on|obl:against|obl:at|obl:in|obl:into -> 2041
detonate    obj=bomb|weapon|device obj>amod=nuclear T=- -> 2042
use         obj=weapon|weapons obj>amod=nuclear T=obl:against|obl:on -> 2042
