-- Forward migration: an index on every foreign key the documented DDL left without one (the organization, model,
-- node, listing and agent references), and the two the typed queries read (a model's latest performance per
-- metric; open marketplace listings by category).
CREATE INDEX "industry_models_gri_standard_idx" ON "industry_models" ("gri_standard");--> statement-breakpoint
CREATE INDEX "organization_industries_organization_id_idx" ON "organization_industries" ("organization_id");--> statement-breakpoint
CREATE INDEX "organization_industries_primary_industry_idx" ON "organization_industries" ("primary_industry");--> statement-breakpoint
CREATE INDEX "agent_ml_requests_agent_id_idx" ON "agent_ml_requests" ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_ml_requests_model_id_idx" ON "agent_ml_requests" ("model_id");--> statement-breakpoint
CREATE INDEX "agent_ml_requests_organization_id_idx" ON "agent_ml_requests" ("organization_id");--> statement-breakpoint
CREATE INDEX "network_intelligence_cache_organization_id_idx" ON "network_intelligence_cache" ("organization_id");--> statement-breakpoint
CREATE INDEX "regulatory_compliance_organization_id_idx" ON "regulatory_compliance" ("organization_id");--> statement-breakpoint
CREATE INDEX "ml_features_organization_id_idx" ON "ml_features" ("organization_id");--> statement-breakpoint
CREATE INDEX "ml_model_performance_organization_id_idx" ON "ml_model_performance" ("organization_id");--> statement-breakpoint
CREATE INDEX "ml_model_performance_model_metric_evaluated_idx" ON "ml_model_performance" ("model_id","metric_type","evaluated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ml_models_created_by_idx" ON "ml_models" ("created_by");--> statement-breakpoint
CREATE INDEX "ml_predictions_organization_id_idx" ON "ml_predictions" ("organization_id");--> statement-breakpoint
CREATE INDEX "ml_predictions_model_id_idx" ON "ml_predictions" ("model_id");--> statement-breakpoint
CREATE INDEX "ml_training_jobs_organization_id_idx" ON "ml_training_jobs" ("organization_id");--> statement-breakpoint
CREATE INDEX "network_consortium_members_organization_id_idx" ON "network_consortium_members" ("organization_id");--> statement-breakpoint
CREATE INDEX "network_data_exchanges_listing_id_idx" ON "network_data_exchanges" ("listing_id");--> statement-breakpoint
CREATE INDEX "network_data_exchanges_buyer_org_id_idx" ON "network_data_exchanges" ("buyer_org_id");--> statement-breakpoint
CREATE INDEX "network_data_marketplace_provider_org_id_idx" ON "network_data_marketplace" ("provider_org_id");--> statement-breakpoint
CREATE INDEX "network_data_marketplace_category_listed_idx" ON "network_data_marketplace" ("dataset_type","listed_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "network_edges_target_node_id_idx" ON "network_edges" ("target_node_id");--> statement-breakpoint
CREATE INDEX "network_nodes_organization_id_idx" ON "network_nodes" ("organization_id");--> statement-breakpoint
CREATE INDEX "network_peer_group_members_organization_id_idx" ON "network_peer_group_members" ("organization_id");--> statement-breakpoint
CREATE INDEX "network_supplier_assessments_requester_org_id_idx" ON "network_supplier_assessments" ("requester_org_id");--> statement-breakpoint
CREATE INDEX "network_supplier_assessments_supplier_node_id_idx" ON "network_supplier_assessments" ("supplier_node_id");