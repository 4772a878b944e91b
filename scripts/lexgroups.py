"""Reads an event lexicon (.lex) with its groups expanded, as the C++ loader does.

"@group NAME MEMBER..." defines a group (a "$OTHER" member splices in an earlier
group); "$NAME" as the lemma gives one line per member, and "$NAME" in a
constraint value ("obj=$curbs|curfew") is replaced by the members joined by "|".
docs/dictionaries.md, "Groups". The scripts that read events.lex use lines():
every other line comes back unchanged, "@group" lines not at all.
"""


def _splice(field, groups):
    key, eq, value = field.partition("=")
    if not eq or key in ("S", "T") or "$" not in value:
        return field
    pieces = []
    for piece in value.split("|"):
        pieces.extend(groups[piece[1:]] if piece.startswith("$") else [piece])
    return key + "=" + "|".join(pieces)


def _define(parts, groups):
    if len(parts) < 2 or parts[1] in groups:
        return  # the C++ loader warns; the first definition stays
    members = []
    for m in parts[2:]:
        if m.startswith("$"):
            if m[1:] not in groups:
                return
            members.extend(groups[m[1:]])
        else:
            members.append(m)
    if members:
        groups[parts[1]] = members


def lines(path):
    """(line number, text) of each line of `path`, groups expanded: a "$NAME" lemma
    line comes back once per member, all with its number and its comment. Lines
    with an unknown group are dropped (the C++ loader skips them with a warning)."""
    groups = {}
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            body, hash_, comment = raw.rstrip("\n").partition("#")
            parts = body.split()
            if parts and parts[0] == "@group":
                _define(parts, groups)
                continue
            if "$" not in body or "->" not in body:
                yield number, raw
                continue
            lhs, rest = body.split("->", 1)
            fields = lhs.split()
            try:
                spliced = [_splice(fld, groups) for fld in fields[1:]]
                lemmas = groups[fields[0][1:]] if fields[0].startswith("$") else [fields[0]]
            except (KeyError, IndexError):
                continue
            tail = " -> " + rest.strip() + ("   " + hash_ + comment if hash_ else "") + "\n"
            for lemma in lemmas:
                yield number, " ".join([lemma] + spliced) + tail
