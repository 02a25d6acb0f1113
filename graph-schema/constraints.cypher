// Constraints and indexes of the G60 graph. Applied at every server start by the migrate step; every statement
// must be idempotent (IF NOT EXISTS). Community edition supports uniqueness constraints only.

CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// API keys live apart from the facts: no relationship reaches them, no index of entities covers them.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;

// Whole-industry analysis results, stamped with the industry revision they were computed at (server/src/revisions/
// stored.ts). Apart from the facts like API keys: derived data, safe to delete at any time.
CREATE CONSTRAINT analysis_result_industry IF NOT EXISTS FOR (r:AnalysisResult) REQUIRE r.industryId IS UNIQUE;
// The revision token each write that touches an industry renews (server/src/revisions/revisions.ts).
CREATE CONSTRAINT industry_revision IF NOT EXISTS FOR (v:IndustryRevision) REQUIRE v.industryId IS UNIQUE;
// The corridor's one revision, moved by every write, and the whole-graph aggregates kept for it (modules/overview).
CREATE CONSTRAINT corridor_revision IF NOT EXISTS FOR (v:CorridorRevision) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT corridor_result IF NOT EXISTS FOR (r:CorridorResult) REQUIRE r.id IS UNIQUE;
// What planners save for themselves (server/src/modules/saved/): what-if scenarios and views of the explorer. Apart
// from the facts: no relationships, never counted or exported as data.
CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (d:Scenario) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (d:SavedView) REQUIRE d.id IS UNIQUE;

// What each write changed (server/src/revisions/changeSets.ts), recorded in the write's own transaction: change
// sets in the order they committed, their entities in pages. Apart from the facts: never counted or exported.
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_set_seq IF NOT EXISTS FOR (c:ChangeSet) ON (c.seq);
CREATE INDEX change_set_at IF NOT EXISTS FOR (c:ChangeSet) ON (c.at);
CREATE INDEX change_set_page IF NOT EXISTS FOR (p:ChangeSetPage) ON (p.changeSetId, p.page);
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;

// A unified social credit code identifies one legal entity in China.
CREATE CONSTRAINT company_uscc IF NOT EXISTS FOR (n:Company) REQUIRE n.uscc IS UNIQUE;

// Chinese-first search: the cjk analyzer indexes bigrams, so two-character fragments match. One-character
// queries fall back to the text indexes below with CONTAINS.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:City|Industry|Segment|Company|Park|Alliance|Project|Agreement)
ON EACH [n.nameZh, n.nameEn, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Names as people type them: short names, full pinyin, initials (server/src/text/searchKeys.ts), derived
// when a node is written. The standard analyzer keeps a pinyin key whole (matched as a prefix: hengdian*) and splits
// Chinese into single characters (a short name matched as a phrase).
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS
FOR (n:City|Industry|Segment|Company|Park|Alliance|Project|Agreement)
ON EACH [n.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};

CREATE TEXT INDEX company_name_zh IF NOT EXISTS FOR (n:Company) ON (n.nameZh);
CREATE INDEX company_synthetic IF NOT EXISTS FOR (n:Company) ON (n.synthetic);
