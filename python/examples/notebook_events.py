# %% [markdown]
# # Monthly material conflict by dyad
#
# A notebook-style script (open it in Jupyter, VS Code or Spyder, which run
# `# %%` cells one by one, or run it whole with `python3`): code a folder of
# articles with eventwire in-process, count material-conflict events per
# month for each source→target dyad, and plot the busiest dyads.
#
#     python3 python/examples/notebook_events.py [FOLDER] [OUT.png]
#
# FOLDER defaults to the bundled examples/ (four articles: a smoke test, not
# a study); OUT.png to material_conflict.png in the current folder. Needs the
# eventwire package (docs/python.md), pandas and matplotlib (Debian
# python3-pandas, python3-matplotlib).

# %%
import os
import sys

import matplotlib

matplotlib.use("Agg")  # files only: works without a display
import matplotlib.pyplot as plt
import pandas as pd

import eventwire

here = (os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")
        if "__file__" in globals() else "examples")
args = [a for a in sys.argv[1:] if not a.startswith("-")] if "ipykernel" not in sys.modules else []
folder = args[0] if args else here
out_png = args[1] if len(args) > 1 else "material_conflict.png"

# %% [markdown]
# ## Code the articles
# `read_articles` reads a folder as the CLI does (native text, JSON Lines,
# PETRARCH XML, CoNLL-U, .gz/.zst); `code_many` runs the C++ pipeline on two
# worker threads and yields one dict per article (the CLI's JSON).

# %%
pipeline = eventwire.Pipeline()
documents = list(pipeline.code_many(eventwire.read_articles(folder), threads=2))
events = eventwire.events_frame(documents)
print(f"{len(documents)} articles, {len(events)} events")
events[["article", "date", "code", "source_actor", "target_actor", "verb"]].head(10)

# %% [markdown]
# ## Material conflict per month and dyad
# CAMEO's quad class 4 is material conflict (codes 14–20: protests, coercion,
# assault, fighting, mass violence). A dyad is the pair of actor codes cut to
# their first three letters (the country or international actor), so
# "RUSMIL" → "UKRMIL" and "RUSGOV" → "UKR" count together as RUS→UKR.
# Events whose source or target has no actor code are left out.

# %%
conflict = events[(events["quad_class"] == 4) & events["source_actor"].notna()
                  & events["target_actor"].notna() & events["date"].notna()].copy()
conflict["dyad"] = conflict["source_actor"].str[:3] + "→" + conflict["target_actor"].str[:3]
conflict["month"] = conflict["date"].dt.to_period("M")
monthly = (conflict.groupby(["month", "dyad"]).size().unstack("dyad", fill_value=0)
           .sort_index())
if not monthly.empty:  # every month in the range, the quiet ones included
    monthly = monthly.reindex(pd.period_range(monthly.index.min(), monthly.index.max(), freq="M"),
                              fill_value=0)
top = monthly.sum().sort_values(ascending=False).head(8).index
monthly = monthly[top]
print(monthly.tail(12))

# %% [markdown]
# ## Plot

# %%
fig, ax = plt.subplots(figsize=(9, 4.5))
if monthly.empty:
    ax.text(0.5, 0.5, "no material-conflict events with both actors coded",
            ha="center", va="center", transform=ax.transAxes)
else:
    monthly.index = monthly.index.to_timestamp()
    monthly.plot(ax=ax, marker="o", linewidth=1.5)
    ax.set_ylabel("events per month")
    ax.legend(title="dyad (source→target)", fontsize="small")
ax.set_title("Material-conflict events (CAMEO quad class 4) by dyad")
ax.set_xlabel("")
fig.tight_layout()
fig.savefig(out_png, dpi=120)
print(f"wrote {out_png}")
