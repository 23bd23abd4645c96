-- Forward fixes to the deployed schema: agent_qc gets a primary key (rows can be addressed, edited in Studio)
-- and its foreign key an index; facts gets the project-first index its RLS policy filters by (recommendation 4).
-- The report's other recommendation, an index WHERE created_at > NOW() - INTERVAL '30 days', cannot be built:
-- an index predicate must be immutable and now() is not.
ALTER TABLE "agent_qc" ADD COLUMN "id" bigserial;--> statement-breakpoint
ALTER TABLE "agent_qc" ADD PRIMARY KEY ("id");--> statement-breakpoint
CREATE INDEX "agent_qc_run_id_idx" ON "agent_qc" ("run_id");--> statement-breakpoint
CREATE INDEX "facts_project_topic_created_idx" ON "facts" ("project","topic","created_at" DESC);--> statement-breakpoint
REVOKE ALL ON SEQUENCE agent_qc_id_seq FROM anon, authenticated;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE agent_qc_id_seq TO qa_team, annotator;
