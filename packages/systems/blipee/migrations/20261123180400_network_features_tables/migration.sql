CREATE TABLE "network_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"benchmark_type" text NOT NULL,
	"industry" text,
	"metric_name" text NOT NULL,
	"period" text NOT NULL,
	"participant_count" integer NOT NULL,
	"statistics" jsonb NOT NULL,
	"confidence_level" numeric(3,2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "network_benchmarks_benchmark_type_industry_metric_name_peri_key" UNIQUE("benchmark_type","industry","metric_name","period")
);
--> statement-breakpoint
CREATE TABLE "network_consortium_members" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"consortium_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"member_role" text NOT NULL,
	"voting_power" integer DEFAULT 1,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_consortium_members_consortium_id_organization_id_key" UNIQUE("consortium_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "network_consortiums" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"consortium_name" text NOT NULL,
	"industry" text NOT NULL,
	"charter" jsonb NOT NULL,
	"governance" jsonb NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_data_exchanges" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"listing_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"transaction_type" text NOT NULL,
	"credits_exchanged" integer,
	"access_granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"access_expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "network_data_marketplace" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"provider_org_id" uuid NOT NULL,
	"dataset_name" text NOT NULL,
	"dataset_type" text NOT NULL,
	"description" text,
	"data_period" text NOT NULL,
	"quality_score" numeric(3,2),
	"price_credits" integer,
	"access_type" text NOT NULL,
	"metadata" jsonb DEFAULT '{}',
	"listed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	CONSTRAINT "network_data_marketplace_access_type_check" CHECK ("access_type" in ('one_time', 'subscription', 'exchange'))
);
--> statement-breakpoint
CREATE TABLE "network_edges" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"source_node_id" uuid NOT NULL,
	"target_node_id" uuid NOT NULL,
	"edge_type" text NOT NULL,
	"relationship_strength" numeric(3,2),
	"volume_info" jsonb,
	"sustainability_score" numeric(3,2),
	"risk_score" numeric(3,2),
	"metadata" jsonb DEFAULT '{}',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_edges_source_node_id_target_node_id_edge_type_key" UNIQUE("source_node_id","target_node_id","edge_type"),
	CONSTRAINT "network_edges_edge_type_check" CHECK ("edge_type" in ('supplies_to', 'buys_from', 'partners_with', 'subsidiary_of'))
);
--> statement-breakpoint
CREATE TABLE "network_nodes" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid,
	"external_id" text,
	"node_type" text NOT NULL,
	"node_name" text NOT NULL,
	"industry" text,
	"location" jsonb,
	"certifications" text[],
	"esg_score" numeric(3,2),
	"data_sharing_level" text DEFAULT 'none' NOT NULL,
	"metadata" jsonb DEFAULT '{}',
	"joined_network_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_nodes_node_type_check" CHECK ("node_type" in ('organization', 'supplier', 'customer', 'partner')),
	CONSTRAINT "network_nodes_data_sharing_level_check" CHECK ("data_sharing_level" in ('full', 'anonymous', 'aggregated', 'none'))
);
--> statement-breakpoint
CREATE TABLE "network_peer_group_members" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"peer_group_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"similarity_score" numeric(3,2),
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_peer_group_members_peer_group_id_organization_id_key" UNIQUE("peer_group_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "network_peer_groups" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"group_name" text NOT NULL,
	"industry" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_privacy_settings" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"data_category" text NOT NULL,
	"sharing_level" text NOT NULL,
	"anonymization_method" text,
	"consent_given" boolean DEFAULT false NOT NULL,
	"consent_date" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_privacy_settings_organization_id_data_category_key" UNIQUE("organization_id","data_category"),
	CONSTRAINT "network_privacy_settings_sharing_level_check" CHECK ("sharing_level" in ('public', 'network', 'partners', 'private'))
);
--> statement-breakpoint
CREATE TABLE "network_supplier_assessments" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"requester_org_id" uuid NOT NULL,
	"supplier_node_id" uuid NOT NULL,
	"assessment_type" text NOT NULL,
	"scores" jsonb NOT NULL,
	"risks" jsonb,
	"recommendations" jsonb,
	"assessment_date" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_consortium_members" ADD CONSTRAINT "network_consortium_members_consortium_id_fkey" FOREIGN KEY ("consortium_id") REFERENCES "network_consortiums"("id");--> statement-breakpoint
ALTER TABLE "network_consortium_members" ADD CONSTRAINT "network_consortium_members_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_data_exchanges" ADD CONSTRAINT "network_data_exchanges_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "network_data_marketplace"("id");--> statement-breakpoint
ALTER TABLE "network_data_exchanges" ADD CONSTRAINT "network_data_exchanges_buyer_org_id_fkey" FOREIGN KEY ("buyer_org_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_data_marketplace" ADD CONSTRAINT "network_data_marketplace_provider_org_id_fkey" FOREIGN KEY ("provider_org_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_edges" ADD CONSTRAINT "network_edges_source_node_id_fkey" FOREIGN KEY ("source_node_id") REFERENCES "network_nodes"("id");--> statement-breakpoint
ALTER TABLE "network_edges" ADD CONSTRAINT "network_edges_target_node_id_fkey" FOREIGN KEY ("target_node_id") REFERENCES "network_nodes"("id");--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_peer_group_members" ADD CONSTRAINT "network_peer_group_members_peer_group_id_fkey" FOREIGN KEY ("peer_group_id") REFERENCES "network_peer_groups"("id");--> statement-breakpoint
ALTER TABLE "network_peer_group_members" ADD CONSTRAINT "network_peer_group_members_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_privacy_settings" ADD CONSTRAINT "network_privacy_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "network_supplier_assessments" ADD CONSTRAINT "network_supplier_assessments_requester_org_id_fkey" FOREIGN KEY ("requester_org_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_supplier_assessments" ADD CONSTRAINT "network_supplier_assessments_supplier_node_id_fkey" FOREIGN KEY ("supplier_node_id") REFERENCES "network_nodes"("id");