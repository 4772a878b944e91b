// The stable API of eventwire in one include: read articles, run the
// pipeline, write and store the results.
//
//   #include <eventwire/eventwire.h>
//   auto pipeline = eventwire::Pipeline::create(options);   // models loaded once
//   eventwire::Document doc = (*pipeline)->process(article);  // const, thread-safe
//
// Training, evaluation and stage internals have their own headers
// (eventwire/eval.h, eventwire/text_eval.h, eventwire/sentence_model.h,
// eventwire/dict/*.h) and are not part of this promise.
#pragma once

#include "eventwire/archive.h"        // ingest and recode: the pipeline over the archive
#include "eventwire/article.h"        // Article: one input record
#include "eventwire/document.h"       // Document: everything found in one article
#include "eventwire/event_formats.h"  // PETRARCH, GDELT, PLOVER and CSV event tables
#include "eventwire/io.h"             // ArticleStream, readers, document_to_json
#include "eventwire/pipeline.h"       // Pipeline, run_batch, link_events
#include "eventwire/status.h"         // Status, Result<T>
#include "eventwire/store.h"          // Store: the archive
