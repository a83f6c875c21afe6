"""Merge the definitions (instrument and column help, nb/en) into catalogue 2026.2.

The definitions are kept in their own file so the secretariat can review the wording
apart from the catalogue structure; this merges them into the catalogue file itself.
Usage: python3 scripts/merge-definitions.py
"""
import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent / "src/catalogue/data"
cat_path = root / "catalogue-2026.2.json"
cat = json.loads(cat_path.read_text())
defs = json.loads((root / "definitions-2026.2.json").read_text())
missing = []
for ins in cat["instruments"]:
    h = defs["instruments"].get(ins["id"])
    if h: ins["help"] = h
    else: missing.append(ins["id"])
cols = defs["columns"]
for t in cat["template"]["tables"]:
    for c in t["columns"]:
        if c["key"] in cols: c["help"] = cols[c["key"]]
fieldmap = {"personYears": "arsverk", "part": "innsats"}
for f in cat["template"]["cover"]["fields"]:
    if f["key"] in fieldmap: f["help"] = cols[fieldmap[f["key"]]]
cat_path.write_text(json.dumps(cat, ensure_ascii=False, indent=2) + "\n")
print("missing help:", missing)
