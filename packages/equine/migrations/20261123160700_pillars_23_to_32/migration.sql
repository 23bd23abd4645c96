CREATE TABLE "access_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"request_id" text NOT NULL,
	"http_method" text,
	"host" text NOT NULL,
	"path" text NOT NULL,
	"route_template" text,
	"status_code" smallint NOT NULL,
	"latency_ms" integer NOT NULL,
	"request_bytes" bigint,
	"response_bytes" bigint,
	"client_ip" inet NOT NULL,
	"user_id" uuid,
	"auth_method" text,
	"user_agent" text,
	"tls_protocol" text,
	"waf_action" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_logs_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "access_logs_request_id_format_check" CHECK ("request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "access_logs_http_method_format_check" CHECK ("http_method" ~ '^[A-Z][A-Z_-]{0,31}$'),
	CONSTRAINT "access_logs_path_format_check" CHECK ("path" ~ '^\S+$'),
	CONSTRAINT "access_logs_route_template_format_check" CHECK ("route_template" ~ '^\S+$'),
	CONSTRAINT "access_logs_host_check" CHECK (char_length("host") between 1 and 255),
	CONSTRAINT "access_logs_status_code_check" CHECK ("status_code" between 100 and 599),
	CONSTRAINT "access_logs_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "access_logs_request_bytes_check" CHECK ("request_bytes" >= 0),
	CONSTRAINT "access_logs_response_bytes_check" CHECK ("response_bytes" >= 0),
	CONSTRAINT "access_logs_auth_method_user_check" CHECK ("user_id" is null or "auth_method" is not null),
	CONSTRAINT "access_logs_auth_method_check" CHECK ("auth_method" in ('password', 'magic_link', 'oauth', 'passkey', 'sso', 'api_token')),
	CONSTRAINT "access_logs_tls_protocol_check" CHECK ("tls_protocol" in ('ssl3', 'tls1_0', 'tls1_1', 'tls1_2', 'tls1_3')),
	CONSTRAINT "access_logs_waf_action_check" CHECK ("waf_action" in ('allow', 'block', 'challenge', 'count'))
);
--> statement-breakpoint
CREATE TABLE "compliance_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"engagement_reference" text NOT NULL,
	"framework" text NOT NULL,
	"framework_version" text NOT NULL,
	"engagement_type" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"auditor_firm" text NOT NULL,
	"lead_auditor" text,
	"scope" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"report_issued_on" date,
	"major_finding_count" integer DEFAULT 0 NOT NULL,
	"minor_finding_count" integer DEFAULT 0 NOT NULL,
	"observation_count" integer DEFAULT 0 NOT NULL,
	"result" text,
	"certificate_number" text,
	"certificate_valid_until" date,
	"report_url" text,
	"report_sha256" text,
	"security_audit_id" uuid,
	"audit_liaison_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_audits_engagement_reference_format_check" CHECK ("engagement_reference" ~ '^[A-Z0-9][A-Z0-9_-]{2,39}$'),
	CONSTRAINT "compliance_audits_framework_version_check" CHECK (char_length("framework_version") between 1 and 32),
	CONSTRAINT "compliance_audits_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "compliance_audits_report_issued_on_check" CHECK ("report_issued_on" >= "period_start"),
	CONSTRAINT "compliance_audits_completed_report_check" CHECK ("status" <> 'completed' or "report_issued_on" is not null),
	CONSTRAINT "compliance_audits_completed_result_check" CHECK ("status" <> 'completed' or "result" is not null),
	CONSTRAINT "compliance_audits_result_status_check" CHECK ("result" is null or "status" = 'completed'),
	CONSTRAINT "compliance_audits_major_finding_count_check" CHECK ("major_finding_count" >= 0),
	CONSTRAINT "compliance_audits_minor_finding_count_check" CHECK ("minor_finding_count" >= 0),
	CONSTRAINT "compliance_audits_observation_count_check" CHECK ("observation_count" >= 0),
	CONSTRAINT "compliance_audits_certificate_check" CHECK ("certificate_number" is null or "certificate_valid_until" is not null),
	CONSTRAINT "compliance_audits_certificate_valid_until_check" CHECK ("certificate_valid_until" >= "period_end"),
	CONSTRAINT "compliance_audits_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "compliance_audits_report_sha256_format_check" CHECK ("report_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "compliance_audits_report_checksum_check" CHECK ("report_url" is null or "report_sha256" is not null),
	CONSTRAINT "compliance_audits_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "compliance_audits_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "compliance_audits_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "compliance_audits_framework_check" CHECK ("framework" in ('gdpr', 'uk_gdpr', 'pci_dss', 'iso_27001', 'soc_2', 'cyber_essentials', 'nis2', 'internal')),
	CONSTRAINT "compliance_audits_engagement_type_check" CHECK ("engagement_type" in ('iso_stage_1', 'iso_stage_2', 'iso_surveillance', 'iso_recertification', 'soc2_type_1', 'soc2_type_2', 'pci_roc', 'pci_saq', 'gdpr_audit', 'readiness_assessment')),
	CONSTRAINT "compliance_audits_status_check" CHECK ("status" in ('planned', 'fieldwork', 'reporting', 'completed', 'cancelled')),
	CONSTRAINT "compliance_audits_result_check" CHECK ("result" in ('certified', 'conditionally_certified', 'not_certified', 'unqualified_opinion', 'qualified_opinion', 'adverse_opinion', 'compliant', 'non_compliant'))
);
--> statement-breakpoint
CREATE TABLE "data_access_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"actor_type" text NOT NULL,
	"actor_user_id" uuid,
	"actor_service_id" uuid,
	"subject_user_id" uuid NOT NULL,
	"access_type" text NOT NULL,
	"table_name" text NOT NULL,
	"row_id" uuid,
	"columns_read" text[] DEFAULT '{}'::text[] NOT NULL,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"row_count" integer DEFAULT 1 NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"data_privacy_request_id" uuid,
	"admin_action_id" uuid,
	"export_format" text,
	"request_id" text,
	"ip_address" inet,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_access_audit_actor_user_check" CHECK ("actor_type" <> 'user' or "actor_user_id" is not null),
	CONSTRAINT "data_access_audit_actor_user_type_check" CHECK ("actor_user_id" is null or "actor_type" = 'user'),
	CONSTRAINT "data_access_audit_actor_service_check" CHECK ("actor_type" <> 'service' or "actor_service_id" is not null),
	CONSTRAINT "data_access_audit_actor_service_type_check" CHECK ("actor_service_id" is null or "actor_type" = 'service'),
	CONSTRAINT "data_access_audit_table_name_format_check" CHECK ("table_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "data_access_audit_data_categories_check" CHECK ("data_categories" <@ array['identity', 'contact', 'location', 'financial', 'payment_card', 'authentication', 'communications', 'behavioural', 'identity_document']::text[]),
	CONSTRAINT "data_access_audit_row_count_check" CHECK ("row_count" >= 0),
	CONSTRAINT "data_access_audit_privacy_request_check" CHECK ("purpose" <> 'data_subject_request' or "data_privacy_request_id" is not null),
	CONSTRAINT "data_access_audit_export_format_required_check" CHECK ("access_type" <> 'export' or "export_format" is not null),
	CONSTRAINT "data_access_audit_request_id_format_check" CHECK ("request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "data_access_audit_actor_type_check" CHECK ("actor_type" in ('user', 'service')),
	CONSTRAINT "data_access_audit_access_type_check" CHECK ("access_type" in ('view', 'search', 'export', 'download', 'print', 'share', 'api_read')),
	CONSTRAINT "data_access_audit_purpose_check" CHECK ("purpose" in ('customer_support', 'data_subject_request', 'fraud_investigation', 'security_investigation', 'legal_claim', 'regulatory_request', 'billing', 'service_delivery', 'quality_assurance')),
	CONSTRAINT "data_access_audit_legal_basis_check" CHECK ("legal_basis" in ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
	CONSTRAINT "data_access_audit_export_format_check" CHECK ("export_format" in ('csv', 'json', 'pdf', 'xlsx', 'zip'))
);
--> statement-breakpoint
CREATE TABLE "encryption_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"encryption_key_id" uuid NOT NULL,
	"compliance_audit_id" uuid,
	"source" text NOT NULL,
	"external_id" text,
	"checked_at" timestamp with time zone NOT NULL,
	"algorithm" text NOT NULL,
	"key_length_bits" smallint NOT NULL,
	"key_version" integer,
	"hsm_backed" boolean NOT NULL,
	"auto_rotation_enabled" boolean NOT NULL,
	"last_rotated_at" timestamp with time zone,
	"rotation_due_at" timestamp with time zone,
	"result" text NOT NULL,
	"findings" text[] DEFAULT '{}'::text[] NOT NULL,
	"remediation_due_on" date,
	"checked_by_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encryption_audit_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "encryption_audit_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "encryption_audit_key_length_bits_check" CHECK ("key_length_bits" between 128 and 15360),
	CONSTRAINT "encryption_audit_key_version_check" CHECK ("key_version" > 0),
	CONSTRAINT "encryption_audit_last_rotated_at_check" CHECK ("checked_at" >= "last_rotated_at"),
	CONSTRAINT "encryption_audit_rotation_due_at_check" CHECK ("rotation_due_at" > "last_rotated_at"),
	CONSTRAINT "encryption_audit_findings_check" CHECK ("findings" <@ array['weak_algorithm', 'short_key', 'rotation_overdue', 'auto_rotation_disabled', 'not_hsm_backed', 'key_policy_too_broad', 'usage_logging_disabled', 'scheduled_for_deletion']::text[]),
	CONSTRAINT "encryption_audit_remediation_check" CHECK ("result" <> 'non_compliant' or "remediation_due_on" is not null),
	CONSTRAINT "encryption_audit_algorithm_check" CHECK ("algorithm" in ('aes_256_gcm', 'aes_128_gcm', 'chacha20_poly1305', 'rsa_2048', 'rsa_3072', 'rsa_4096', 'ecc_nist_p256', 'ecc_nist_p384', 'ed25519', 'hmac_sha256', 'hmac_sha512')),
	CONSTRAINT "encryption_audit_result_check" CHECK ("result" in ('compliant', 'non_compliant', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "password_policy_compliance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"security_policy_id" uuid NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"auth_method" text NOT NULL,
	"status" text NOT NULL,
	"meets_minimum_length" boolean,
	"passed_breach_check" boolean,
	"breach_checked_at" timestamp with time zone,
	"mfa_enrolled" boolean NOT NULL,
	"rotation_current" boolean,
	"password_last_changed_at" timestamp with time zone,
	"rotation_due_on" date,
	"grace_ends_on" date,
	"exemption_reason" text,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_policy_compliance_breach_check_check" CHECK (("passed_breach_check" is null) = ("breach_checked_at" is null)),
	CONSTRAINT "password_policy_compliance_breach_checked_before_check" CHECK ("evaluated_at" >= "breach_checked_at"),
	CONSTRAINT "password_policy_compliance_changed_before_check" CHECK ("evaluated_at" >= "password_last_changed_at"),
	CONSTRAINT "password_policy_compliance_grace_check" CHECK ("status" <> 'non_compliant' or "grace_ends_on" is not null),
	CONSTRAINT "password_policy_compliance_exemption_check" CHECK ("status" <> 'exempt' or "exemption_reason" is not null),
	CONSTRAINT "password_policy_compliance_exemption_status_check" CHECK ("exemption_reason" is null or "status" = 'exempt'),
	CONSTRAINT "password_policy_compliance_superseded_at_check" CHECK ("superseded_at" >= "evaluated_at"),
	CONSTRAINT "password_policy_compliance_auth_method_check" CHECK ("auth_method" in ('password', 'magic_link', 'oauth', 'passkey', 'sso', 'api_token')),
	CONSTRAINT "password_policy_compliance_status_check" CHECK ("status" in ('compliant', 'non_compliant', 'exempt', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "permission_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"change_type" text NOT NULL,
	"grant_kind" text NOT NULL,
	"grant_row_id" uuid,
	"privilege" text NOT NULL,
	"resource_type" text,
	"resource_id" uuid,
	"grantee_type" text NOT NULL,
	"grantee_user_id" uuid,
	"grantee_role" text,
	"grantee_practice_id" uuid,
	"state_before" jsonb DEFAULT '{}' NOT NULL,
	"state_after" jsonb DEFAULT '{}' NOT NULL,
	"changed_by_user_id" uuid,
	"approved_by_user_id" uuid,
	"admin_action_id" uuid,
	"channel" text NOT NULL,
	"reason" text,
	"source" text,
	"external_id" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "permission_changes_privilege_check" CHECK (char_length("privilege") between 1 and 200),
	CONSTRAINT "permission_changes_resource_type_format_check" CHECK ("resource_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "permission_changes_resource_check" CHECK ("resource_id" is null or "resource_type" is not null),
	CONSTRAINT "permission_changes_grantee_user_required_check" CHECK ("grantee_type" <> 'user' or "grantee_user_id" is not null),
	CONSTRAINT "permission_changes_grantee_user_type_check" CHECK ("grantee_user_id" is null or "grantee_type" = 'user'),
	CONSTRAINT "permission_changes_grantee_role_required_check" CHECK ("grantee_type" <> 'role' or "grantee_role" is not null),
	CONSTRAINT "permission_changes_grantee_role_type_check" CHECK ("grantee_role" is null or "grantee_type" = 'role'),
	CONSTRAINT "permission_changes_grantee_practice_required_check" CHECK ("grantee_type" <> 'practice' or "grantee_practice_id" is not null),
	CONSTRAINT "permission_changes_grantee_practice_type_check" CHECK ("grantee_practice_id" is null or "grantee_type" = 'practice'),
	CONSTRAINT "permission_changes_approver_check" CHECK ("approved_by_user_id" <> "changed_by_user_id"),
	CONSTRAINT "permission_changes_admin_action_check" CHECK ("channel" <> 'back_office' or "admin_action_id" is not null),
	CONSTRAINT "permission_changes_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "permission_changes_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "permission_changes_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "permission_changes_change_type_check" CHECK ("change_type" in ('granted', 'modified', 'revoked', 'expired', 'suspended', 'restored')),
	CONSTRAINT "permission_changes_grant_kind_check" CHECK ("grant_kind" in ('platform_role', 'permission', 'acl_entry', 'admin_role')),
	CONSTRAINT "permission_changes_grantee_type_check" CHECK ("grantee_type" in ('user', 'role', 'practice')),
	CONSTRAINT "permission_changes_grantee_role_check" CHECK ("grantee_role" in ('owner', 'rider', 'trainer', 'instructor', 'breeder', 'veterinarian', 'farrier', 'equine_dentist', 'physiotherapist', 'groom', 'barn_manager', 'provider_staff', 'support_agent', 'admin')),
	CONSTRAINT "permission_changes_channel_check" CHECK ("channel" in ('back_office', 'self_service', 'scim_sync', 'api', 'scheduled_job', 'import'))
);
--> statement-breakpoint
CREATE TABLE "security_event_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"external_event_id" text NOT NULL,
	"category" text NOT NULL,
	"action" text NOT NULL,
	"severity" text NOT NULL,
	"outcome" text DEFAULT 'unknown' NOT NULL,
	"actor_type" text NOT NULL,
	"actor_user_id" uuid,
	"actor_service_id" uuid,
	"source_ip" inet,
	"source_country_code" char(2),
	"user_agent" text,
	"correlation_id" text,
	"rule_name" text,
	"target_resource" text,
	"labels" jsonb DEFAULT '{}' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_event_logs_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "security_event_logs_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "security_event_logs_action_format_check" CHECK ("action" ~ '^\S{1,128}$'),
	CONSTRAINT "security_event_logs_source_country_code_format_check" CHECK ("source_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "security_event_logs_correlation_id_format_check" CHECK ("correlation_id" ~ '^\S{1,255}$'),
	CONSTRAINT "security_event_logs_rule_name_check" CHECK (char_length("rule_name") between 1 and 500),
	CONSTRAINT "security_event_logs_actor_user_check" CHECK ("actor_type" <> 'user' or "actor_user_id" is not null),
	CONSTRAINT "security_event_logs_actor_user_type_check" CHECK ("actor_user_id" is null or "actor_type" = 'user'),
	CONSTRAINT "security_event_logs_actor_service_check" CHECK ("actor_type" <> 'service' or "actor_service_id" is not null),
	CONSTRAINT "security_event_logs_actor_service_type_check" CHECK ("actor_service_id" is null or "actor_type" = 'service'),
	CONSTRAINT "security_event_logs_category_check" CHECK ("category" in ('authentication', 'iam', 'configuration', 'network', 'web', 'api', 'database', 'file', 'malware', 'intrusion_detection', 'threat', 'session', 'process', 'host')),
	CONSTRAINT "security_event_logs_severity_check" CHECK ("severity" in ('info', 'low', 'medium', 'high', 'critical')),
	CONSTRAINT "security_event_logs_outcome_check" CHECK ("outcome" in ('success', 'failure', 'unknown')),
	CONSTRAINT "security_event_logs_actor_type_check" CHECK ("actor_type" in ('user', 'service', 'anonymous'))
);
--> statement-breakpoint
CREATE TABLE "security_incident_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"incident_reference" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'investigating' NOT NULL,
	"started_at" timestamp with time zone,
	"detected_at" timestamp with time zone NOT NULL,
	"contained_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"reviewed_on" date,
	"personal_data_breach" text NOT NULL,
	"breach_aware_at" timestamp with time zone,
	"notification_deadline_at" timestamp with time zone,
	"supervisory_authority" text,
	"authority_notified_at" timestamp with time zone,
	"authority_reference" text,
	"notification_delay_reason" text,
	"data_subjects_notified_at" timestamp with time zone,
	"affected_data_subject_count" integer,
	"affected_record_count" bigint,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"root_cause" text,
	"estimated_cost_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"incident_lead_admin_user_id" uuid,
	"reported_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_incident_reports_incident_reference_format_check" CHECK ("incident_reference" ~ '^[A-Z0-9][A-Z0-9_-]{2,39}$'),
	CONSTRAINT "security_incident_reports_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "security_incident_reports_started_at_check" CHECK ("detected_at" >= "started_at"),
	CONSTRAINT "security_incident_reports_contained_at_check" CHECK ("contained_at" >= "detected_at"),
	CONSTRAINT "security_incident_reports_resolved_at_check" CHECK ("resolved_at" >= "contained_at"),
	CONSTRAINT "security_incident_reports_resolved_contained_check" CHECK ("resolved_at" is null or "contained_at" is not null),
	CONSTRAINT "security_incident_reports_contained_check" CHECK ("status" <> 'contained' or "contained_at" is not null),
	CONSTRAINT "security_incident_reports_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "security_incident_reports_closed_resolved_check" CHECK ("status" <> 'closed' or "resolved_at" is not null),
	CONSTRAINT "security_incident_reports_closed_review_check" CHECK ("status" <> 'closed' or "reviewed_on" is not null),
	CONSTRAINT "security_incident_reports_breach_aware_check" CHECK ("personal_data_breach" <> 'confirmed' or "breach_aware_at" is not null),
	CONSTRAINT "security_incident_reports_breach_aware_confirmed_check" CHECK ("breach_aware_at" is null or "personal_data_breach" = 'confirmed'),
	CONSTRAINT "security_incident_reports_breach_aware_at_check" CHECK ("breach_aware_at" >= "detected_at"),
	CONSTRAINT "security_incident_reports_deadline_check" CHECK (("breach_aware_at" is null) = ("notification_deadline_at" is null)),
	CONSTRAINT "security_incident_reports_deadline_hours_check" CHECK ("notification_deadline_at" = "breach_aware_at" + interval '72 hours'),
	CONSTRAINT "security_incident_reports_notified_aware_check" CHECK ("authority_notified_at" is null or "breach_aware_at" is not null),
	CONSTRAINT "security_incident_reports_authority_notified_at_check" CHECK ("authority_notified_at" >= "breach_aware_at"),
	CONSTRAINT "security_incident_reports_authority_check" CHECK ("authority_notified_at" is null or "supervisory_authority" is not null),
	CONSTRAINT "security_incident_reports_authority_reference_check" CHECK ("authority_reference" is null or "authority_notified_at" is not null),
	CONSTRAINT "security_incident_reports_late_notification_check" CHECK ("authority_notified_at" <= "notification_deadline_at" or "notification_delay_reason" is not null),
	CONSTRAINT "security_incident_reports_subjects_notified_at_check" CHECK ("data_subjects_notified_at" >= "breach_aware_at"),
	CONSTRAINT "security_incident_reports_affected_data_subject_count_check" CHECK ("affected_data_subject_count" >= 0),
	CONSTRAINT "security_incident_reports_affected_record_count_check" CHECK ("affected_record_count" >= 0),
	CONSTRAINT "security_incident_reports_estimated_cost_amount_check" CHECK ("estimated_cost_amount" >= 0),
	CONSTRAINT "security_incident_reports_data_categories_check" CHECK ("data_categories" <@ array['identity', 'contact', 'location', 'financial', 'payment_card', 'authentication', 'communications', 'behavioural', 'identity_document']::text[]),
	CONSTRAINT "security_incident_reports_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "security_incident_reports_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "security_incident_reports_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "security_incident_reports_category_check" CHECK ("category" in ('unauthorised_access', 'account_compromise', 'malware', 'ransomware', 'phishing', 'data_leak', 'lost_device', 'denial_of_service', 'misconfiguration', 'insider_misuse', 'third_party_breach', 'other')),
	CONSTRAINT "security_incident_reports_severity_check" CHECK ("severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "security_incident_reports_status_check" CHECK ("status" in ('investigating', 'contained', 'resolved', 'closed')),
	CONSTRAINT "security_incident_reports_personal_data_breach_check" CHECK ("personal_data_breach" in ('no', 'suspected', 'confirmed')),
	CONSTRAINT "security_incident_reports_supervisory_authority_check" CHECK ("supervisory_authority" in ('ie_dpc', 'uk_ico', 'other_eea')),
	CONSTRAINT "security_incident_reports_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "security_policy_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"security_policy_id" uuid NOT NULL,
	"rule_key" text NOT NULL,
	"title" text NOT NULL,
	"violator_type" text NOT NULL,
	"violator_user_id" uuid,
	"violator_service_id" uuid,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"detection_method" text NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"last_detected_at" timestamp with time zone,
	"occurrence_count" integer DEFAULT 1 NOT NULL,
	"remediation_due_on" date,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"resolved_by_admin_user_id" uuid,
	"resolution_notes" text,
	"security_event_log_id" uuid,
	"security_incident_report_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_policy_violations_rule_key_format_check" CHECK ("rule_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "security_policy_violations_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "security_policy_violations_violator_user_check" CHECK ("violator_type" <> 'user' or "violator_user_id" is not null),
	CONSTRAINT "security_policy_violations_violator_user_type_check" CHECK ("violator_user_id" is null or "violator_type" = 'user'),
	CONSTRAINT "security_policy_violations_violator_service_check" CHECK ("violator_type" <> 'service' or "violator_service_id" is not null),
	CONSTRAINT "security_policy_violations_violator_service_type_check" CHECK ("violator_service_id" is null or "violator_type" = 'service'),
	CONSTRAINT "security_policy_violations_last_detected_at_check" CHECK ("last_detected_at" >= "detected_at"),
	CONSTRAINT "security_policy_violations_occurrence_count_check" CHECK ("occurrence_count" > 0),
	CONSTRAINT "security_policy_violations_resolved_at_check" CHECK ("resolved_at" >= "detected_at"),
	CONSTRAINT "security_policy_violations_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "security_policy_violations_resolved_status_check" CHECK ("resolved_at" is null or "status" = 'resolved'),
	CONSTRAINT "security_policy_violations_resolved_resolution_check" CHECK (("resolved_at" is null) = ("resolution" is null)),
	CONSTRAINT "security_policy_violations_resolved_by_check" CHECK ("resolved_by_admin_user_id" is null or "resolved_at" is not null),
	CONSTRAINT "security_policy_violations_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "security_policy_violations_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "security_policy_violations_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "security_policy_violations_violator_type_check" CHECK ("violator_type" in ('user', 'service')),
	CONSTRAINT "security_policy_violations_severity_check" CHECK ("severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "security_policy_violations_status_check" CHECK ("status" in ('open', 'investigating', 'resolved')),
	CONSTRAINT "security_policy_violations_detection_method_check" CHECK ("detection_method" in ('siem_rule', 'cspm_scan', 'dlp', 'automated_check', 'access_review', 'manual_review', 'user_report', 'audit_finding')),
	CONSTRAINT "security_policy_violations_resolution_check" CHECK ("resolution" in ('remediated', 'risk_accepted', 'exception_granted', 'false_positive'))
);
--> statement-breakpoint
CREATE TABLE "suspicious_activity_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"detector" text NOT NULL,
	"detector_alert_id" text NOT NULL,
	"rule_key" text NOT NULL,
	"category" text NOT NULL,
	"subject_user_id" uuid,
	"ip_address" inet,
	"risk_score" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"flagged_at" timestamp with time zone NOT NULL,
	"event_count" integer DEFAULT 1 NOT NULL,
	"signals" jsonb DEFAULT '[]' NOT NULL,
	"action_taken" text DEFAULT 'none' NOT NULL,
	"reviewed_by_admin_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_notes" text,
	"security_incident_report_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suspicious_activity_flags_detector_format_check" CHECK ("detector" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "suspicious_activity_flags_detector_alert_id_format_check" CHECK ("detector_alert_id" ~ '^\S{1,255}$'),
	CONSTRAINT "suspicious_activity_flags_rule_key_format_check" CHECK ("rule_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "suspicious_activity_flags_subject_check" CHECK ("subject_user_id" is not null or "ip_address" is not null),
	CONSTRAINT "suspicious_activity_flags_risk_score_check" CHECK ("risk_score" between 0 and 100),
	CONSTRAINT "suspicious_activity_flags_event_count_check" CHECK ("event_count" > 0),
	CONSTRAINT "suspicious_activity_flags_confirmed_check" CHECK ("status" <> 'confirmed' or "reviewed_at" is not null),
	CONSTRAINT "suspicious_activity_flags_dismissed_check" CHECK ("status" <> 'dismissed' or "reviewed_at" is not null),
	CONSTRAINT "suspicious_activity_flags_reviewed_by_check" CHECK ("reviewed_by_admin_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "suspicious_activity_flags_reviewed_at_check" CHECK ("reviewed_at" >= "flagged_at"),
	CONSTRAINT "suspicious_activity_flags_category_check" CHECK ("category" in ('account_takeover', 'credential_stuffing', 'payment_fraud', 'fake_listing', 'scraping', 'spam', 'abuse', 'other')),
	CONSTRAINT "suspicious_activity_flags_status_check" CHECK ("status" in ('open', 'confirmed', 'dismissed')),
	CONSTRAINT "suspicious_activity_flags_action_taken_check" CHECK ("action_taken" in ('none', 'step_up_mfa', 'sessions_revoked', 'account_locked', 'ip_blocked', 'payment_blocked', 'listing_hidden'))
);
--> statement-breakpoint
CREATE TABLE "ai_cost_centres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_cost_centre_id" uuid,
	"agent_key" text,
	"feature" text,
	"account_user_id" uuid,
	"ledger_account_code" text,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"owner_admin_user_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"archived_at" timestamp with time zone,
	"description" text,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_cost_centres_code_format_check" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "ai_cost_centres_name_check" CHECK (char_length("name") between 1 and 120),
	CONSTRAINT "ai_cost_centres_parent_check" CHECK ("parent_cost_centre_id" <> "id"),
	CONSTRAINT "ai_cost_centres_agent_key_format_check" CHECK ("agent_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_cost_centres_agent_key_required_check" CHECK ("kind" <> 'agent' or "agent_key" is not null),
	CONSTRAINT "ai_cost_centres_agent_key_kind_check" CHECK ("agent_key" is null or "kind" = 'agent'),
	CONSTRAINT "ai_cost_centres_feature_required_check" CHECK ("kind" <> 'product_feature' or "feature" is not null),
	CONSTRAINT "ai_cost_centres_feature_kind_check" CHECK ("feature" is null or "kind" = 'product_feature'),
	CONSTRAINT "ai_cost_centres_account_required_check" CHECK ("kind" <> 'customer_account' or "account_user_id" is not null),
	CONSTRAINT "ai_cost_centres_account_kind_check" CHECK ("account_user_id" is null or "kind" = 'customer_account'),
	CONSTRAINT "ai_cost_centres_ledger_account_code_format_check" CHECK ("ledger_account_code" ~ '^[0-9A-Z][0-9A-Z.-]{1,19}$'),
	CONSTRAINT "ai_cost_centres_archived_check" CHECK ("status" <> 'archived' or "archived_at" is not null),
	CONSTRAINT "ai_cost_centres_archived_status_check" CHECK ("archived_at" is null or "status" = 'archived'),
	CONSTRAINT "ai_cost_centres_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_cost_centres_kind_check" CHECK ("kind" in ('product_feature', 'agent', 'media_pipeline', 'customer_account', 'internal_team', 'shared_platform')),
	CONSTRAINT "ai_cost_centres_feature_check" CHECK ("feature" in ('assistant_chat', 'assistant_query', 'agent_call', 'media', 'recommendation', 'feed_ranking', 'search', 'insight_generation', 'prediction', 'moderation', 'evaluation', 'other')),
	CONSTRAINT "ai_cost_centres_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "ai_cost_centres_status_check" CHECK ("status" in ('active', 'archived')),
	CONSTRAINT "ai_cost_centres_source_check" CHECK ("source" in ('platform', 'xero', 'netsuite', 'sage', 'quickbooks', 'business_central'))
);
--> statement-breakpoint
CREATE TABLE "ai_token_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"usage_date" date NOT NULL,
	"origin" text NOT NULL,
	"provider" text NOT NULL,
	"external_id" text,
	"provider_project_id" text,
	"model_id" uuid NOT NULL,
	"service_tier" text DEFAULT 'standard' NOT NULL,
	"feature" text,
	"agent_config_id" uuid,
	"media_task" text,
	"user_id" uuid,
	"cost_centre_id" uuid,
	"request_count" integer DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_input_tokens" bigint DEFAULT 0 NOT NULL,
	"cache_write_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_token_usage_scope_key" UNIQUE NULLS NOT DISTINCT("usage_date","model_id","service_tier","feature","agent_config_id","media_task","user_id","external_id"),
	CONSTRAINT "ai_token_usage_external_id_required_check" CHECK ("origin" <> 'provider_export' or "external_id" is not null),
	CONSTRAINT "ai_token_usage_external_id_origin_check" CHECK ("external_id" is null or "origin" = 'provider_export'),
	CONSTRAINT "ai_token_usage_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_token_usage_provider_project_id_format_check" CHECK ("provider_project_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_token_usage_rollup_feature_check" CHECK ("origin" <> 'platform_rollup' or "feature" is not null),
	CONSTRAINT "ai_token_usage_agent_config_required_check" CHECK ("feature" <> 'agent_call' or "agent_config_id" is not null),
	CONSTRAINT "ai_token_usage_agent_config_feature_check" CHECK ("agent_config_id" is null or "feature" = 'agent_call'),
	CONSTRAINT "ai_token_usage_media_task_required_check" CHECK ("feature" <> 'media' or "media_task" is not null),
	CONSTRAINT "ai_token_usage_media_task_feature_check" CHECK ("media_task" is null or "feature" = 'media'),
	CONSTRAINT "ai_token_usage_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "ai_token_usage_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "ai_token_usage_cached_input_tokens_check" CHECK ("cached_input_tokens" >= 0),
	CONSTRAINT "ai_token_usage_cached_tokens_check" CHECK ("input_tokens" >= "cached_input_tokens"),
	CONSTRAINT "ai_token_usage_cache_write_tokens_check" CHECK ("cache_write_tokens" >= 0),
	CONSTRAINT "ai_token_usage_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "ai_token_usage_origin_check" CHECK ("origin" in ('platform_rollup', 'provider_export')),
	CONSTRAINT "ai_token_usage_provider_check" CHECK ("provider" in ('in_house', 'openai', 'anthropic', 'google', 'mistral', 'meta', 'cohere', 'aws_bedrock', 'azure_openai', 'other')),
	CONSTRAINT "ai_token_usage_service_tier_check" CHECK ("service_tier" in ('standard', 'batch', 'flex', 'priority', 'provisioned', 'long_context')),
	CONSTRAINT "ai_token_usage_feature_check" CHECK ("feature" in ('assistant_chat', 'assistant_query', 'agent_call', 'media', 'recommendation', 'feed_ranking', 'search', 'insight_generation', 'prediction', 'moderation', 'evaluation', 'other')),
	CONSTRAINT "ai_token_usage_media_task_check" CHECK ("media_task" in ('image_analysis', 'video_analysis', 'pose_estimation', 'audio_analysis', 'transcription', 'embedding', 'pattern_detection', 'similarity_search'))
);
--> statement-breakpoint
CREATE TABLE "api_cost_breakdown" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"provider" text NOT NULL,
	"provider_account_id" text,
	"invoice_number" text NOT NULL,
	"line_number" integer NOT NULL,
	"invoice_date" date NOT NULL,
	"line_type" text NOT NULL,
	"service" text NOT NULL,
	"model_id" uuid,
	"quantity" numeric(20,4),
	"quantity_unit" text,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"platform_cost" numeric(14,6),
	"reconciliation_status" text DEFAULT 'pending' NOT NULL,
	"reconciled_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_cost_breakdown_provider_account_id_format_check" CHECK ("provider_account_id" ~ '^\S{1,255}$'),
	CONSTRAINT "api_cost_breakdown_invoice_number_format_check" CHECK ("invoice_number" ~ '^\S{1,255}$'),
	CONSTRAINT "api_cost_breakdown_line_number_check" CHECK ("line_number" > 0),
	CONSTRAINT "api_cost_breakdown_service_check" CHECK (char_length("service") between 1 and 200),
	CONSTRAINT "api_cost_breakdown_quantity_check" CHECK ("quantity" >= 0),
	CONSTRAINT "api_cost_breakdown_quantity_together_check" CHECK (("quantity" is null) = ("quantity_unit" is null)),
	CONSTRAINT "api_cost_breakdown_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "api_cost_breakdown_platform_cost_check" CHECK ("platform_cost" >= 0),
	CONSTRAINT "api_cost_breakdown_matched_check" CHECK ("reconciliation_status" <> 'matched' or "reconciled_at" is not null),
	CONSTRAINT "api_cost_breakdown_provider_check" CHECK ("provider" in ('in_house', 'openai', 'anthropic', 'google', 'mistral', 'meta', 'cohere', 'aws_bedrock', 'azure_openai', 'other')),
	CONSTRAINT "api_cost_breakdown_line_type_check" CHECK ("line_type" in ('usage', 'commitment', 'credit', 'discount', 'support', 'tax', 'other')),
	CONSTRAINT "api_cost_breakdown_quantity_unit_check" CHECK ("quantity_unit" in ('tokens', 'requests', 'images', 'audio_minutes', 'hours', 'gb_days', 'units')),
	CONSTRAINT "api_cost_breakdown_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "api_cost_breakdown_reconciliation_status_check" CHECK ("reconciliation_status" in ('pending', 'matched', 'variance', 'disputed', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "cost_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"token_budget_id" uuid NOT NULL,
	"alert_type" text NOT NULL,
	"token_usage_forecast_id" uuid,
	"threshold_percent" numeric(6,2) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"budget_amount" numeric(14,2) NOT NULL,
	"spent_amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"crossed_at" timestamp with time zone NOT NULL,
	"notification_channel" text NOT NULL,
	"notification_status" text NOT NULL,
	"notified_at" timestamp with time zone,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_alerts_forecast_check" CHECK ("alert_type" <> 'forecast_threshold' or "token_usage_forecast_id" is not null),
	CONSTRAINT "cost_alerts_forecast_type_check" CHECK ("token_usage_forecast_id" is null or "alert_type" = 'forecast_threshold'),
	CONSTRAINT "cost_alerts_threshold_percent_check" CHECK ("threshold_percent" > 0 and "threshold_percent" <= 1000),
	CONSTRAINT "cost_alerts_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "cost_alerts_budget_amount_check" CHECK ("budget_amount" > 0),
	CONSTRAINT "cost_alerts_spent_amount_check" CHECK ("spent_amount" >= 0),
	CONSTRAINT "cost_alerts_notified_check" CHECK ("notification_status" <> 'sent' or "notified_at" is not null),
	CONSTRAINT "cost_alerts_notified_status_check" CHECK ("notified_at" is null or "notification_status" = 'sent'),
	CONSTRAINT "cost_alerts_notified_at_check" CHECK ("notified_at" >= "crossed_at"),
	CONSTRAINT "cost_alerts_recipient_count_check" CHECK ("recipient_count" >= 0),
	CONSTRAINT "cost_alerts_alert_type_check" CHECK ("alert_type" in ('actual_threshold', 'forecast_threshold')),
	CONSTRAINT "cost_alerts_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cost_alerts_notification_channel_check" CHECK ("notification_channel" in ('email', 'slack', 'microsoft_teams', 'sms', 'webhook', 'in_app')),
	CONSTRAINT "cost_alerts_notification_status_check" CHECK ("notification_status" in ('sent', 'failed', 'suppressed'))
);
--> statement-breakpoint
CREATE TABLE "cost_optimization_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"recommendation_type" text NOT NULL,
	"agent_config_id" uuid,
	"current_model_id" uuid,
	"suggested_model_id" uuid,
	"title" text NOT NULL,
	"rationale" text,
	"monthly_saving" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"expected_quality_change_percent" numeric(5,2),
	"analysed_from" date NOT NULL,
	"analysed_to" date NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_admin_user_id" uuid,
	"implemented_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_optimization_recommendations_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "cost_optimization_recommendations_switch_check" CHECK ("recommendation_type" <> 'switch_model' or "suggested_model_id" is not null),
	CONSTRAINT "cost_optimization_recommendations_models_check" CHECK ("suggested_model_id" <> "current_model_id"),
	CONSTRAINT "cost_optimization_recommendations_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "cost_optimization_recommendations_saving_check" CHECK ("monthly_saving" >= 0),
	CONSTRAINT "cost_optimization_recommendations_quality_change_check" CHECK ("expected_quality_change_percent" between -100 and 100),
	CONSTRAINT "cost_optimization_recommendations_period_check" CHECK ("analysed_to" >= "analysed_from"),
	CONSTRAINT "cost_optimization_recommendations_decided_check" CHECK ("decided_by_admin_user_id" is null or "decided_at" is not null),
	CONSTRAINT "cost_optimization_recommendations_implemented_check" CHECK ("status" <> 'implemented' or "implemented_at" is not null),
	CONSTRAINT "cost_optimization_recommendations_implemented_status_check" CHECK ("implemented_at" is null or "status" = 'implemented'),
	CONSTRAINT "cost_optimization_recommendations_implemented_at_check" CHECK ("implemented_at" >= "decided_at"),
	CONSTRAINT "cost_optimization_recommendations_source_check" CHECK ("source" in ('platform_analyzer', 'provider_advisor', 'finops_review')),
	CONSTRAINT "cost_optimization_recommendations_recommendation_type_check" CHECK ("recommendation_type" in ('switch_model', 'enable_prompt_caching', 'use_batch_tier', 'reduce_max_output_tokens', 'trim_prompt', 'route_by_complexity', 'cache_responses', 'other')),
	CONSTRAINT "cost_optimization_recommendations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cost_optimization_recommendations_status_check" CHECK ("status" in ('proposed', 'accepted', 'rejected', 'implemented', 'superseded', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "cost_tracking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cost_centre_id" uuid NOT NULL,
	"cost_date" date NOT NULL,
	"model_id" uuid NOT NULL,
	"token_pricing_tier_id" uuid NOT NULL,
	"request_count" integer DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_input_tokens" bigint DEFAULT 0 NOT NULL,
	"cache_write_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"cost" numeric(14,6) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'provisional' NOT NULL,
	"api_cost_breakdown_id" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_tracking_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "cost_tracking_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "cost_tracking_cached_input_tokens_check" CHECK ("cached_input_tokens" >= 0),
	CONSTRAINT "cost_tracking_cached_within_input_check" CHECK ("input_tokens" >= "cached_input_tokens"),
	CONSTRAINT "cost_tracking_cache_write_tokens_check" CHECK ("cache_write_tokens" >= 0),
	CONSTRAINT "cost_tracking_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "cost_tracking_cost_check" CHECK ("cost" >= 0),
	CONSTRAINT "cost_tracking_reconciled_check" CHECK ("status" <> 'reconciled' or "api_cost_breakdown_id" is not null),
	CONSTRAINT "cost_tracking_reconciled_status_check" CHECK ("api_cost_breakdown_id" is null or "status" = 'reconciled'),
	CONSTRAINT "cost_tracking_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cost_tracking_status_check" CHECK ("status" in ('provisional', 'final', 'reconciled'))
);
--> statement-breakpoint
CREATE TABLE "token_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cost_centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"budget_period" text DEFAULT 'month' NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"token_allowance" bigint,
	"warning_threshold_percent" numeric(6,2) DEFAULT '80.00' NOT NULL,
	"critical_threshold_percent" numeric(6,2) DEFAULT '100.00' NOT NULL,
	"forecast_alerts_enabled" boolean DEFAULT true NOT NULL,
	"hard_cap" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"owner_admin_user_id" uuid,
	"notification_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_budgets_name_check" CHECK (char_length("name") between 1 and 120),
	CONSTRAINT "token_budgets_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "token_budgets_token_allowance_check" CHECK ("token_allowance" > 0),
	CONSTRAINT "token_budgets_warning_threshold_percent_check" CHECK ("warning_threshold_percent" > 0 and "warning_threshold_percent" <= 1000),
	CONSTRAINT "token_budgets_critical_threshold_percent_check" CHECK ("critical_threshold_percent" > 0 and "critical_threshold_percent" <= 1000),
	CONSTRAINT "token_budgets_thresholds_check" CHECK ("critical_threshold_percent" > "warning_threshold_percent"),
	CONSTRAINT "token_budgets_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "token_budgets_notification_email_format_check" CHECK ("notification_email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "token_budgets_budget_period_check" CHECK ("budget_period" in ('month', 'quarter', 'year')),
	CONSTRAINT "token_budgets_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "token_cache_hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"model_id" uuid NOT NULL,
	"cache_date" date NOT NULL,
	"cache_layer" text NOT NULL,
	"request_count" integer DEFAULT 0 NOT NULL,
	"cache_hit_request_count" integer DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_tokens" bigint DEFAULT 0 NOT NULL,
	"cache_write_tokens" bigint DEFAULT 0 NOT NULL,
	"hit_rate_percent" numeric(5,2) NOT NULL,
	"savings" numeric(14,6) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"token_pricing_tier_id" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_cache_hits_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "token_cache_hits_cache_hit_request_count_check" CHECK ("cache_hit_request_count" >= 0),
	CONSTRAINT "token_cache_hits_hits_within_requests_check" CHECK ("request_count" >= "cache_hit_request_count"),
	CONSTRAINT "token_cache_hits_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "token_cache_hits_cached_tokens_check" CHECK ("cached_tokens" >= 0),
	CONSTRAINT "token_cache_hits_cached_within_input_check" CHECK ("input_tokens" >= "cached_tokens"),
	CONSTRAINT "token_cache_hits_cache_write_tokens_check" CHECK ("cache_write_tokens" >= 0),
	CONSTRAINT "token_cache_hits_hit_rate_percent_check" CHECK ("hit_rate_percent" between 0 and 100),
	CONSTRAINT "token_cache_hits_cache_layer_check" CHECK ("cache_layer" in ('provider_prompt_cache', 'platform_response_cache')),
	CONSTRAINT "token_cache_hits_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "token_pricing_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"model_id" uuid NOT NULL,
	"tier" text DEFAULT 'standard' NOT NULL,
	"input_price_per_million_tokens" numeric(14,6) NOT NULL,
	"cached_input_price_per_million_tokens" numeric(14,6),
	"cache_write_price_per_million_tokens" numeric(14,6),
	"output_price_per_million_tokens" numeric(14,6) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"prompt_tokens_above" integer,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"source" text NOT NULL,
	"source_url" text,
	"contract_reference" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_pricing_tiers_input_price_per_million_tokens_check" CHECK ("input_price_per_million_tokens" >= 0),
	CONSTRAINT "token_pricing_tiers_cached_input_price_per_million_tokens_check" CHECK ("cached_input_price_per_million_tokens" >= 0),
	CONSTRAINT "token_pricing_tiers_cached_price_check" CHECK ("input_price_per_million_tokens" >= "cached_input_price_per_million_tokens"),
	CONSTRAINT "token_pricing_tiers_cache_write_price_per_million_tokens_check" CHECK ("cache_write_price_per_million_tokens" >= 0),
	CONSTRAINT "token_pricing_tiers_output_price_per_million_tokens_check" CHECK ("output_price_per_million_tokens" >= 0),
	CONSTRAINT "token_pricing_tiers_prompt_tokens_above_check" CHECK ("prompt_tokens_above" > 0),
	CONSTRAINT "token_pricing_tiers_long_context_check" CHECK ("tier" <> 'long_context' or "prompt_tokens_above" is not null),
	CONSTRAINT "token_pricing_tiers_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "token_pricing_tiers_source_url_format_check" CHECK ("source_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "token_pricing_tiers_tier_check" CHECK ("tier" in ('standard', 'batch', 'flex', 'priority', 'provisioned', 'long_context')),
	CONSTRAINT "token_pricing_tiers_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "token_pricing_tiers_source_check" CHECK ("source" in ('provider_price_page', 'provider_pricing_api', 'contract', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "token_quota_limits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"scope_type" text NOT NULL,
	"plan" text,
	"user_id" uuid,
	"agent_key" text,
	"model_id" uuid,
	"period" text NOT NULL,
	"token_limit" bigint NOT NULL,
	"request_limit" integer,
	"cost_limit" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"enforcement" text DEFAULT 'hard' NOT NULL,
	"warn_at_percent" numeric(5,2),
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"reason" text,
	"set_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_quota_limits_plan_required_check" CHECK ("scope_type" <> 'plan' or "plan" is not null),
	CONSTRAINT "token_quota_limits_plan_scope_check" CHECK ("plan" is null or "scope_type" = 'plan'),
	CONSTRAINT "token_quota_limits_user_required_check" CHECK ("scope_type" <> 'user' or "user_id" is not null),
	CONSTRAINT "token_quota_limits_user_scope_check" CHECK ("user_id" is null or "scope_type" = 'user'),
	CONSTRAINT "token_quota_limits_agent_required_check" CHECK ("scope_type" <> 'agent' or "agent_key" is not null),
	CONSTRAINT "token_quota_limits_agent_scope_check" CHECK ("agent_key" is null or "scope_type" = 'agent'),
	CONSTRAINT "token_quota_limits_agent_key_format_check" CHECK ("agent_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "token_quota_limits_token_limit_check" CHECK ("token_limit" > 0),
	CONSTRAINT "token_quota_limits_request_limit_check" CHECK ("request_limit" > 0),
	CONSTRAINT "token_quota_limits_cost_limit_check" CHECK ("cost_limit" > 0),
	CONSTRAINT "token_quota_limits_warn_at_percent_check" CHECK ("warn_at_percent" > 0 and "warn_at_percent" <= 100),
	CONSTRAINT "token_quota_limits_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "token_quota_limits_scope_type_check" CHECK ("scope_type" in ('plan', 'user', 'agent', 'platform')),
	CONSTRAINT "token_quota_limits_plan_check" CHECK ("plan" in ('free', 'rider', 'owner_plus', 'professional', 'barn', 'enterprise')),
	CONSTRAINT "token_quota_limits_period_check" CHECK ("period" in ('minute', 'hour', 'day', 'week', 'month')),
	CONSTRAINT "token_quota_limits_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "token_quota_limits_enforcement_check" CHECK ("enforcement" in ('hard', 'soft'))
);
--> statement-breakpoint
CREATE TABLE "token_usage_forecasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cost_centre_id" uuid NOT NULL,
	"forecast_month" date NOT NULL,
	"method" text NOT NULL,
	"method_version" text,
	"as_of_date" date NOT NULL,
	"forecast_tokens" bigint NOT NULL,
	"tokens_lower" bigint,
	"tokens_upper" bigint,
	"forecast_cost" numeric(14,2) NOT NULL,
	"cost_lower" numeric(14,2),
	"cost_upper" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"confidence_level_percent" numeric(5,2),
	"superseded_at" timestamp with time zone,
	"actual_tokens" bigint,
	"actual_cost" numeric(14,2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_usage_forecasts_month_check" CHECK (extract(day from "forecast_month") = 1),
	CONSTRAINT "token_usage_forecasts_method_version_format_check" CHECK ("method_version" ~ '^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$'),
	CONSTRAINT "token_usage_forecasts_forecast_tokens_check" CHECK ("forecast_tokens" >= 0),
	CONSTRAINT "token_usage_forecasts_tokens_lower_check" CHECK ("tokens_lower" >= 0),
	CONSTRAINT "token_usage_forecasts_lower_bound_check" CHECK ("forecast_tokens" >= "tokens_lower"),
	CONSTRAINT "token_usage_forecasts_upper_bound_check" CHECK ("tokens_upper" >= "forecast_tokens"),
	CONSTRAINT "token_usage_forecasts_forecast_cost_check" CHECK ("forecast_cost" >= 0),
	CONSTRAINT "token_usage_forecasts_cost_lower_check" CHECK ("cost_lower" >= 0),
	CONSTRAINT "token_usage_forecasts_cost_lower_bound_check" CHECK ("forecast_cost" >= "cost_lower"),
	CONSTRAINT "token_usage_forecasts_cost_upper_bound_check" CHECK ("cost_upper" >= "forecast_cost"),
	CONSTRAINT "token_usage_forecasts_confidence_level_percent_check" CHECK ("confidence_level_percent" > 0 and "confidence_level_percent" <= 100),
	CONSTRAINT "token_usage_forecasts_actual_tokens_check" CHECK ("actual_tokens" >= 0),
	CONSTRAINT "token_usage_forecasts_actual_cost_check" CHECK ("actual_cost" >= 0),
	CONSTRAINT "token_usage_forecasts_method_check" CHECK ("method" in ('linear_trend', 'seasonal_naive', 'ets', 'arima', 'prophet', 'gradient_boosting', 'manual')),
	CONSTRAINT "token_usage_forecasts_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "dead_letter_queue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"queue_id" uuid NOT NULL,
	"source_system" text NOT NULL,
	"source_message_id" text NOT NULL,
	"message_type" text NOT NULL,
	"schema_version" text,
	"validation_rule_id" uuid,
	"content_type" text DEFAULT 'application/json' NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"headers" jsonb DEFAULT '{}' NOT NULL,
	"payload_bytes" integer NOT NULL,
	"error_class" text NOT NULL,
	"error_message" text,
	"error_log_id" uuid,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"failure_count" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"first_failed_at" timestamp with time zone NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	"parked_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"payload_purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dead_letter_queue_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "dead_letter_queue_source_message_id_format_check" CHECK ("source_message_id" ~ '^\S{1,255}$'),
	CONSTRAINT "dead_letter_queue_message_type_format_check" CHECK ("message_type" ~ '^[a-z][a-z0-9_-]{0,62}(\.[a-z0-9][a-z0-9_-]{0,62}){0,9}$'),
	CONSTRAINT "dead_letter_queue_schema_version_format_check" CHECK ("schema_version" ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$'),
	CONSTRAINT "dead_letter_queue_error_class_format_check" CHECK ("error_class" ~ '^\S{1,255}$'),
	CONSTRAINT "dead_letter_queue_claimed_by_format_check" CHECK ("claimed_by" ~ '^\S{1,255}$'),
	CONSTRAINT "dead_letter_queue_payload_bytes_check" CHECK ("payload_bytes" >= 0),
	CONSTRAINT "dead_letter_queue_attempts_check" CHECK ("attempts" >= 0),
	CONSTRAINT "dead_letter_queue_max_attempts_check" CHECK ("max_attempts" > 0),
	CONSTRAINT "dead_letter_queue_attempts_limit_check" CHECK ("max_attempts" >= "attempts"),
	CONSTRAINT "dead_letter_queue_failure_count_check" CHECK ("failure_count" > 0),
	CONSTRAINT "dead_letter_queue_pending_check" CHECK ("status" <> 'pending' or "next_attempt_at" is not null),
	CONSTRAINT "dead_letter_queue_claim_check" CHECK (("claimed_by" is null) = ("claimed_until" is null)),
	CONSTRAINT "dead_letter_queue_claimed_check" CHECK ("status" <> 'claimed' or "claimed_until" is not null),
	CONSTRAINT "dead_letter_queue_claimed_status_check" CHECK ("claimed_until" is null or "status" = 'claimed'),
	CONSTRAINT "dead_letter_queue_last_failed_at_check" CHECK ("last_failed_at" >= "first_failed_at"),
	CONSTRAINT "dead_letter_queue_parked_check" CHECK ("status" <> 'parked' or "parked_at" is not null),
	CONSTRAINT "dead_letter_queue_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "dead_letter_queue_discarded_check" CHECK ("status" <> 'discarded' or "resolved_at" is not null),
	CONSTRAINT "dead_letter_queue_resolved_resolution_check" CHECK (("resolved_at" is null) = ("resolution" is null)),
	CONSTRAINT "dead_letter_queue_resolved_at_check" CHECK ("resolved_at" >= "first_failed_at"),
	CONSTRAINT "dead_letter_queue_content_type_check" CHECK ("content_type" in ('application/json', 'application/cloudevents+json', 'application/xml', 'text/plain', 'text/csv', 'application/x-www-form-urlencoded', 'application/x-protobuf', 'application/avro', 'application/octet-stream')),
	CONSTRAINT "dead_letter_queue_status_check" CHECK ("status" in ('pending', 'claimed', 'parked', 'resolved', 'discarded')),
	CONSTRAINT "dead_letter_queue_resolution_check" CHECK ("resolution" in ('processed', 'redriven', 'replayed', 'edited_and_replayed', 'discarded'))
);
--> statement-breakpoint
CREATE TABLE "dlq_alert_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"queue_id" uuid NOT NULL,
	"rule_key" text NOT NULL,
	"metric" text NOT NULL,
	"warning_threshold" numeric(14,2),
	"critical_threshold" numeric(14,2),
	"evaluation_window_minutes" integer DEFAULT 5 NOT NULL,
	"consecutive_breaches" integer DEFAULT 1 NOT NULL,
	"cooldown_minutes" integer DEFAULT 30 NOT NULL,
	"notification_channel" text NOT NULL,
	"notification_target" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"muted_until" timestamp with time zone,
	"runbook_url" text,
	"last_system_alert_id" uuid,
	"created_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dlq_alert_rules_rule_key_format_check" CHECK ("rule_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "dlq_alert_rules_threshold_check" CHECK ("warning_threshold" is not null or "critical_threshold" is not null),
	CONSTRAINT "dlq_alert_rules_warning_threshold_check" CHECK ("warning_threshold" >= 0),
	CONSTRAINT "dlq_alert_rules_critical_threshold_check" CHECK ("critical_threshold" >= 0),
	CONSTRAINT "dlq_alert_rules_threshold_order_check" CHECK ("critical_threshold" >= "warning_threshold"),
	CONSTRAINT "dlq_alert_rules_evaluation_window_minutes_check" CHECK ("evaluation_window_minutes" > 0),
	CONSTRAINT "dlq_alert_rules_consecutive_breaches_check" CHECK ("consecutive_breaches" > 0),
	CONSTRAINT "dlq_alert_rules_cooldown_minutes_check" CHECK ("cooldown_minutes" >= 0),
	CONSTRAINT "dlq_alert_rules_notification_target_format_check" CHECK ("notification_target" ~ '^\S{1,255}$'),
	CONSTRAINT "dlq_alert_rules_runbook_url_format_check" CHECK ("runbook_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "dlq_alert_rules_metric_check" CHECK ("metric" in ('dead_letter_depth', 'parked_count', 'oldest_pending_age_seconds', 'arrivals_per_hour', 'failed_attempt_percent', 'new_error_fingerprints')),
	CONSTRAINT "dlq_alert_rules_notification_channel_check" CHECK ("notification_channel" in ('pagerduty', 'opsgenie', 'slack', 'microsoft_teams', 'email'))
);
--> statement-breakpoint
CREATE TABLE "dlq_analytics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"queue_id" uuid NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"messages_arrived" integer DEFAULT 0 NOT NULL,
	"redeliveries" integer DEFAULT 0 NOT NULL,
	"attempts_made" integer DEFAULT 0 NOT NULL,
	"attempts_succeeded" integer DEFAULT 0 NOT NULL,
	"attempts_failed" integer DEFAULT 0 NOT NULL,
	"messages_parked" integer DEFAULT 0 NOT NULL,
	"messages_resolved" integer DEFAULT 0 NOT NULL,
	"messages_discarded" integer DEFAULT 0 NOT NULL,
	"backlog_at_end" integer DEFAULT 0 NOT NULL,
	"oldest_pending_age_seconds" integer,
	"p95_processing_ms" integer,
	"distinct_error_fingerprints" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dlq_analytics_bucket_start_check" CHECK (extract(epoch from "bucket_start") % 3600 = 0),
	CONSTRAINT "dlq_analytics_messages_arrived_check" CHECK ("messages_arrived" >= 0),
	CONSTRAINT "dlq_analytics_redeliveries_check" CHECK ("redeliveries" >= 0),
	CONSTRAINT "dlq_analytics_attempts_made_check" CHECK ("attempts_made" >= 0),
	CONSTRAINT "dlq_analytics_attempts_succeeded_check" CHECK ("attempts_succeeded" >= 0),
	CONSTRAINT "dlq_analytics_attempts_failed_check" CHECK ("attempts_failed" >= 0),
	CONSTRAINT "dlq_analytics_succeeded_within_attempts_check" CHECK ("attempts_made" >= "attempts_succeeded"),
	CONSTRAINT "dlq_analytics_failed_within_attempts_check" CHECK ("attempts_made" >= "attempts_failed"),
	CONSTRAINT "dlq_analytics_messages_parked_check" CHECK ("messages_parked" >= 0),
	CONSTRAINT "dlq_analytics_messages_resolved_check" CHECK ("messages_resolved" >= 0),
	CONSTRAINT "dlq_analytics_messages_discarded_check" CHECK ("messages_discarded" >= 0),
	CONSTRAINT "dlq_analytics_backlog_at_end_check" CHECK ("backlog_at_end" >= 0),
	CONSTRAINT "dlq_analytics_oldest_pending_age_seconds_check" CHECK ("oldest_pending_age_seconds" >= 0),
	CONSTRAINT "dlq_analytics_p95_processing_ms_check" CHECK ("p95_processing_ms" >= 0),
	CONSTRAINT "dlq_analytics_distinct_error_fingerprints_check" CHECK ("distinct_error_fingerprints" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dlq_cleanup_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"queue_id" uuid NOT NULL,
	"message_status" text NOT NULL,
	"retain_days" integer NOT NULL,
	"action" text DEFAULT 'purge_payload' NOT NULL,
	"archive_location" text,
	"justification" text NOT NULL,
	"batch_size" integer DEFAULT 1000 NOT NULL,
	"schedule" text DEFAULT '@daily' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_run_affected_count" integer,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"approved_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dlq_cleanup_policies_retain_days_check" CHECK ("retain_days" between 1 and 3650),
	CONSTRAINT "dlq_cleanup_policies_archive_location_format_check" CHECK ("archive_location" ~ '^(s3|gs|azure):\/\/[a-z0-9][a-z0-9.-]{1,62}(\/\S*)?$'),
	CONSTRAINT "dlq_cleanup_policies_archive_check" CHECK ("action" <> 'archive_then_delete' or "archive_location" is not null),
	CONSTRAINT "dlq_cleanup_policies_batch_size_check" CHECK ("batch_size" between 1 and 100000),
	CONSTRAINT "dlq_cleanup_policies_schedule_format_check" CHECK ("schedule" ~ '^(@(hourly|daily|weekly|monthly)|\S+ \S+ \S+ \S+ \S+)$'),
	CONSTRAINT "dlq_cleanup_policies_last_run_affected_count_check" CHECK ("last_run_affected_count" >= 0),
	CONSTRAINT "dlq_cleanup_policies_last_run_check" CHECK ("last_run_affected_count" is null or "last_run_at" is not null),
	CONSTRAINT "dlq_cleanup_policies_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "dlq_cleanup_policies_message_status_check" CHECK ("message_status" in ('pending', 'parked', 'resolved', 'discarded')),
	CONSTRAINT "dlq_cleanup_policies_action_check" CHECK ("action" in ('purge_payload', 'archive_then_delete', 'delete'))
);
--> statement-breakpoint
CREATE TABLE "dlq_manual_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"dead_letter_id" uuid NOT NULL,
	"message_pattern_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"reviewer_admin_user_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"decision" text,
	"root_cause" text,
	"notes" text,
	"decided_at" timestamp with time zone,
	"escalation_ticket" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dlq_manual_reviews_due_at_check" CHECK ("due_at" >= "opened_at"),
	CONSTRAINT "dlq_manual_reviews_started_at_check" CHECK ("started_at" >= "opened_at"),
	CONSTRAINT "dlq_manual_reviews_decided_at_check" CHECK ("decided_at" >= "opened_at"),
	CONSTRAINT "dlq_manual_reviews_in_review_check" CHECK ("status" <> 'in_review' or "reviewer_admin_user_id" is not null),
	CONSTRAINT "dlq_manual_reviews_decided_check" CHECK ("status" <> 'decided' or "decided_at" is not null),
	CONSTRAINT "dlq_manual_reviews_decided_status_check" CHECK ("decided_at" is null or "status" = 'decided'),
	CONSTRAINT "dlq_manual_reviews_decided_decision_check" CHECK (("decided_at" is null) = ("decision" is null)),
	CONSTRAINT "dlq_manual_reviews_reviewer_check" CHECK ("decided_at" is null or "reviewer_admin_user_id" is not null),
	CONSTRAINT "dlq_manual_reviews_escalation_check" CHECK ("decision" <> 'escalate' or "escalation_ticket" is not null),
	CONSTRAINT "dlq_manual_reviews_escalation_ticket_format_check" CHECK ("escalation_ticket" ~ '^\S{1,255}$'),
	CONSTRAINT "dlq_manual_reviews_status_check" CHECK ("status" in ('open', 'in_review', 'decided', 'cancelled')),
	CONSTRAINT "dlq_manual_reviews_priority_check" CHECK ("priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "dlq_manual_reviews_decision_check" CHECK ("decision" in ('redrive', 'replay', 'edit_and_replay', 'discard', 'escalate')),
	CONSTRAINT "dlq_manual_reviews_root_cause_check" CHECK ("root_cause" in ('malformed_payload', 'schema_mismatch', 'consumer_bug', 'downstream_outage', 'expired_or_stale', 'duplicate_message', 'authorisation_failure', 'business_rule_violation', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "dlq_processing_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"dead_letter_id" uuid NOT NULL,
	"attempt_number" integer NOT NULL,
	"worker_id" text NOT NULL,
	"outcome" text NOT NULL,
	"resulting_status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"error_class" text,
	"error_message" text,
	"http_status" integer,
	"backoff_ms" integer,
	"next_attempt_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dlq_processing_logs_attempt_number_check" CHECK ("attempt_number" > 0),
	CONSTRAINT "dlq_processing_logs_worker_id_format_check" CHECK ("worker_id" ~ '^\S{1,255}$'),
	CONSTRAINT "dlq_processing_logs_finished_at_check" CHECK ("finished_at" >= "started_at"),
	CONSTRAINT "dlq_processing_logs_duration_ms_check" CHECK ("duration_ms" >= 0),
	CONSTRAINT "dlq_processing_logs_error_class_format_check" CHECK ("error_class" ~ '^\S{1,255}$'),
	CONSTRAINT "dlq_processing_logs_failed_check" CHECK ("outcome" <> 'failed' or "error_class" is not null),
	CONSTRAINT "dlq_processing_logs_http_status_check" CHECK ("http_status" between 100 and 599),
	CONSTRAINT "dlq_processing_logs_backoff_ms_check" CHECK ("backoff_ms" >= 0),
	CONSTRAINT "dlq_processing_logs_backoff_check" CHECK (("backoff_ms" is null) = ("next_attempt_at" is null)),
	CONSTRAINT "dlq_processing_logs_outcome_check" CHECK ("outcome" in ('succeeded', 'failed')),
	CONSTRAINT "dlq_processing_logs_resulting_status_check" CHECK ("resulting_status" in ('pending', 'claimed', 'parked', 'resolved', 'discarded'))
);
--> statement-breakpoint
CREATE TABLE "dlq_recovery_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"dead_letter_id" uuid,
	"queue_id" uuid,
	"target_queue_id" uuid,
	"manual_review_id" uuid,
	"action_type" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"operator_admin_user_id" uuid NOT NULL,
	"approved_by_admin_user_id" uuid,
	"reason" text NOT NULL,
	"selection" jsonb DEFAULT '{}' NOT NULL,
	"payload_sha256_before" text,
	"payload_sha256_after" text,
	"edited_paths" text[] DEFAULT '{}'::text[] NOT NULL,
	"message_count" integer DEFAULT 1 NOT NULL,
	"succeeded_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"ticket_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dlq_recovery_actions_target_check" CHECK (("dead_letter_id" is null) <> ("queue_id" is null)),
	CONSTRAINT "dlq_recovery_actions_redrive_check" CHECK ("action_type" <> 'redrive' or "target_queue_id" is not null),
	CONSTRAINT "dlq_recovery_actions_redrive_target_check" CHECK ("target_queue_id" is null or "action_type" = 'redrive'),
	CONSTRAINT "dlq_recovery_actions_approver_check" CHECK ("approved_by_admin_user_id" <> "operator_admin_user_id"),
	CONSTRAINT "dlq_recovery_actions_payload_sha256_before_format_check" CHECK ("payload_sha256_before" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "dlq_recovery_actions_payload_sha256_after_format_check" CHECK ("payload_sha256_after" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "dlq_recovery_actions_payload_digests_check" CHECK (("payload_sha256_before" is null) = ("payload_sha256_after" is null)),
	CONSTRAINT "dlq_recovery_actions_edit_check" CHECK ("action_type" <> 'edit_and_replay' or "payload_sha256_after" is not null),
	CONSTRAINT "dlq_recovery_actions_edit_only_check" CHECK ("payload_sha256_after" is null or "action_type" = 'edit_and_replay'),
	CONSTRAINT "dlq_recovery_actions_edit_changes_check" CHECK ("payload_sha256_after" <> "payload_sha256_before"),
	CONSTRAINT "dlq_recovery_actions_message_count_check" CHECK ("message_count" > 0),
	CONSTRAINT "dlq_recovery_actions_succeeded_count_check" CHECK ("succeeded_count" >= 0),
	CONSTRAINT "dlq_recovery_actions_failed_count_check" CHECK ("failed_count" >= 0),
	CONSTRAINT "dlq_recovery_actions_succeeded_within_count_check" CHECK ("message_count" >= "succeeded_count"),
	CONSTRAINT "dlq_recovery_actions_failed_within_count_check" CHECK ("message_count" >= "failed_count"),
	CONSTRAINT "dlq_recovery_actions_completed_at_check" CHECK ("completed_at" >= "requested_at"),
	CONSTRAINT "dlq_recovery_actions_succeeded_check" CHECK ("status" <> 'succeeded' or "completed_at" is not null),
	CONSTRAINT "dlq_recovery_actions_failed_check" CHECK ("status" <> 'failed' or "completed_at" is not null),
	CONSTRAINT "dlq_recovery_actions_ticket_reference_format_check" CHECK ("ticket_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "dlq_recovery_actions_action_type_check" CHECK ("action_type" in ('redrive', 'replay', 'edit_and_replay', 'discard')),
	CONSTRAINT "dlq_recovery_actions_status_check" CHECK ("status" in ('requested', 'in_progress', 'succeeded', 'partially_succeeded', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "message_pattern_analysis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"queue_id" uuid NOT NULL,
	"error_fingerprint" text NOT NULL,
	"error_class" text NOT NULL,
	"normalized_message" text NOT NULL,
	"message_type" text,
	"category" text DEFAULT 'unknown' NOT NULL,
	"is_transient" boolean DEFAULT false NOT NULL,
	"occurrences" integer NOT NULL,
	"affected_messages" integer NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"sample_dead_letter_id" uuid,
	"error_log_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"fixed_at" timestamp with time zone,
	"analysed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_pattern_analysis_error_fingerprint_format_check" CHECK ("error_fingerprint" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "message_pattern_analysis_error_class_format_check" CHECK ("error_class" ~ '^\S{1,255}$'),
	CONSTRAINT "message_pattern_analysis_message_type_format_check" CHECK ("message_type" ~ '^[a-z][a-z0-9_-]{0,62}(\.[a-z0-9][a-z0-9_-]{0,62}){0,9}$'),
	CONSTRAINT "message_pattern_analysis_occurrences_check" CHECK ("occurrences" > 0),
	CONSTRAINT "message_pattern_analysis_affected_messages_check" CHECK ("affected_messages" > 0),
	CONSTRAINT "message_pattern_analysis_affected_within_occurrences_check" CHECK ("occurrences" >= "affected_messages"),
	CONSTRAINT "message_pattern_analysis_last_seen_at_check" CHECK ("last_seen_at" >= "first_seen_at"),
	CONSTRAINT "message_pattern_analysis_fixed_check" CHECK ("status" <> 'fixed' or "fixed_at" is not null),
	CONSTRAINT "message_pattern_analysis_fixed_status_check" CHECK ("fixed_at" is null or "status" = 'fixed'),
	CONSTRAINT "message_pattern_analysis_fixed_at_check" CHECK ("fixed_at" >= "first_seen_at"),
	CONSTRAINT "message_pattern_analysis_category_check" CHECK ("category" in ('validation', 'deserialization', 'schema_mismatch', 'timeout', 'dependency_unavailable', 'rate_limited', 'authentication', 'business_rule', 'poison_message', 'unknown')),
	CONSTRAINT "message_pattern_analysis_status_check" CHECK ("status" in ('open', 'acknowledged', 'fixed', 'ignored'))
);
--> statement-breakpoint
CREATE TABLE "message_queue_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"queue_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"backoff_strategy" text DEFAULT 'exponential' NOT NULL,
	"initial_backoff_ms" integer NOT NULL,
	"backoff_multiplier" numeric(4,2) DEFAULT '2.00' NOT NULL,
	"max_backoff_ms" integer NOT NULL,
	"jitter_percent" integer DEFAULT 0 NOT NULL,
	"lease_seconds" integer DEFAULT 300 NOT NULL,
	"claim_batch_size" integer DEFAULT 10 NOT NULL,
	"on_exhausted" text DEFAULT 'park_for_review' NOT NULL,
	"review_sla_hours" integer,
	"retries_enabled" boolean DEFAULT true NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_admin_user_id" uuid,
	"change_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_queue_configs_version_check" CHECK ("version" > 0),
	CONSTRAINT "message_queue_configs_max_attempts_check" CHECK ("max_attempts" between 1 and 100),
	CONSTRAINT "message_queue_configs_initial_backoff_ms_check" CHECK ("initial_backoff_ms" > 0),
	CONSTRAINT "message_queue_configs_backoff_multiplier_check" CHECK ("backoff_multiplier" >= 1),
	CONSTRAINT "message_queue_configs_max_backoff_ms_check" CHECK ("max_backoff_ms" >= "initial_backoff_ms"),
	CONSTRAINT "message_queue_configs_jitter_percent_check" CHECK ("jitter_percent" between 0 and 100),
	CONSTRAINT "message_queue_configs_lease_seconds_check" CHECK ("lease_seconds" between 1 and 43200),
	CONSTRAINT "message_queue_configs_claim_batch_size_check" CHECK ("claim_batch_size" between 1 and 1000),
	CONSTRAINT "message_queue_configs_review_sla_hours_check" CHECK ("review_sla_hours" > 0),
	CONSTRAINT "message_queue_configs_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "message_queue_configs_backoff_strategy_check" CHECK ("backoff_strategy" in ('fixed', 'linear', 'exponential')),
	CONSTRAINT "message_queue_configs_on_exhausted_check" CHECK ("on_exhausted" in ('park_for_review', 'discard'))
);
--> statement-breakpoint
CREATE TABLE "message_validation_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"message_type" text NOT NULL,
	"schema_version" text NOT NULL,
	"schema_format" text DEFAULT 'json_schema' NOT NULL,
	"schema_document" jsonb DEFAULT '{}' NOT NULL,
	"registry" text DEFAULT 'internal' NOT NULL,
	"registry_schema_id" text,
	"source_updated_at" timestamp with time zone,
	"required_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_payload_bytes" integer,
	"compatibility" text DEFAULT 'backward' NOT NULL,
	"on_failure" text DEFAULT 'dead_letter' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"activated_at" timestamp with time zone,
	"deprecated_at" timestamp with time zone,
	"description" text,
	"created_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_validation_rules_message_type_format_check" CHECK ("message_type" ~ '^[a-z][a-z0-9_-]{0,62}(\.[a-z0-9][a-z0-9_-]{0,62}){0,9}$'),
	CONSTRAINT "message_validation_rules_schema_version_format_check" CHECK ("schema_version" ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$'),
	CONSTRAINT "message_validation_rules_registry_schema_id_format_check" CHECK ("registry_schema_id" ~ '^\S{1,255}$'),
	CONSTRAINT "message_validation_rules_max_payload_bytes_check" CHECK ("max_payload_bytes" > 0),
	CONSTRAINT "message_validation_rules_active_check" CHECK ("status" <> 'active' or "activated_at" is not null),
	CONSTRAINT "message_validation_rules_deprecated_check" CHECK ("status" <> 'deprecated' or "deprecated_at" is not null),
	CONSTRAINT "message_validation_rules_deprecated_at_check" CHECK ("deprecated_at" >= "activated_at"),
	CONSTRAINT "message_validation_rules_schema_format_check" CHECK ("schema_format" in ('json_schema', 'avro', 'protobuf')),
	CONSTRAINT "message_validation_rules_registry_check" CHECK ("registry" in ('confluent', 'aws_glue', 'apicurio', 'internal')),
	CONSTRAINT "message_validation_rules_compatibility_check" CHECK ("compatibility" in ('backward', 'forward', 'full', 'none')),
	CONSTRAINT "message_validation_rules_on_failure_check" CHECK ("on_failure" in ('dead_letter', 'reject', 'log_only')),
	CONSTRAINT "message_validation_rules_status_check" CHECK ("status" in ('draft', 'active', 'deprecated', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "association_advocacy_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"cause" text NOT NULL,
	"goal" text NOT NULL,
	"target_authority" text,
	"jurisdiction_country_code" char(2),
	"status" text DEFAULT 'planning' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"concluded_on" date,
	"outcome_summary" text,
	"supporter_count" integer DEFAULT 0 NOT NULL,
	"budget_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"public_url" text,
	"owner_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_advocacy_campaigns_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "association_advocacy_campaigns_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "association_advocacy_campaigns_goal_check" CHECK (char_length("goal") between 1 and 2000),
	CONSTRAINT "association_advocacy_campaigns_jurisdiction_format_check" CHECK ("jurisdiction_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "association_advocacy_campaigns_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "association_advocacy_campaigns_concluded_on_check" CHECK ("concluded_on" >= "starts_on"),
	CONSTRAINT "association_advocacy_campaigns_succeeded_check" CHECK ("status" <> 'succeeded' or "concluded_on" is not null),
	CONSTRAINT "association_advocacy_campaigns_failed_check" CHECK ("status" <> 'failed' or "concluded_on" is not null),
	CONSTRAINT "association_advocacy_campaigns_supporter_count_check" CHECK ("supporter_count" >= 0),
	CONSTRAINT "association_advocacy_campaigns_budget_amount_check" CHECK ("budget_amount" >= 0),
	CONSTRAINT "association_advocacy_campaigns_public_url_format_check" CHECK ("public_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_advocacy_campaigns_cause_check" CHECK ("cause" in ('equine_welfare', 'rule_change', 'road_safety', 'biosecurity', 'equine_identification', 'transport', 'taxation', 'land_access', 'safeguarding', 'breed_conservation', 'other')),
	CONSTRAINT "association_advocacy_campaigns_status_check" CHECK ("status" in ('planning', 'active', 'paused', 'succeeded', 'failed', 'withdrawn')),
	CONSTRAINT "association_advocacy_campaigns_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "association_advocacy_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"campaign_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"role" text DEFAULT 'supporter' NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"commitment" text,
	"endorsed_publicly" boolean DEFAULT false NOT NULL,
	"statement_url" text,
	"contribution_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_advocacy_participants_left_on_check" CHECK ("left_on" >= "joined_on"),
	CONSTRAINT "association_advocacy_participants_statement_url_format_check" CHECK ("statement_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_advocacy_participants_contribution_check" CHECK ("contribution_amount" >= 0),
	CONSTRAINT "association_advocacy_participants_role_check" CHECK ("role" in ('lead', 'co_lead', 'supporter', 'observer')),
	CONSTRAINT "association_advocacy_participants_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "association_benefit_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"name" text NOT NULL,
	"benefit_kind" text NOT NULL,
	"membership_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"applies_to_plans" text[] DEFAULT '{}'::text[] NOT NULL,
	"discount_percent" numeric(5,2),
	"discount_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"free_trial_days" integer,
	"status" text DEFAULT 'negotiating' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"verification_method" text DEFAULT 'member_sync' NOT NULL,
	"reciprocal_commitment" text,
	"partnership_benefit_id" uuid,
	"negotiated_by_admin_user_id" uuid,
	"external_program_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_benefit_programs_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "association_benefit_programs_membership_types_check" CHECK ("membership_types" <@ array['full', 'junior', 'family', 'associate', 'student', 'senior', 'life', 'honorary', 'professional', 'corporate', 'day']::text[]),
	CONSTRAINT "association_benefit_programs_applies_to_plans_check" CHECK ("applies_to_plans" <@ array['free', 'rider', 'owner_plus', 'professional', 'barn', 'enterprise']::text[]),
	CONSTRAINT "association_benefit_programs_percent_check" CHECK ("benefit_kind" <> 'percent_discount' or "discount_percent" is not null),
	CONSTRAINT "association_benefit_programs_percent_kind_check" CHECK ("discount_percent" is null or "benefit_kind" = 'percent_discount'),
	CONSTRAINT "association_benefit_programs_discount_percent_check" CHECK ("discount_percent" > 0 and "discount_percent" <= 100),
	CONSTRAINT "association_benefit_programs_amount_check" CHECK ("benefit_kind" <> 'fixed_discount' or "discount_amount" is not null),
	CONSTRAINT "association_benefit_programs_amount_kind_check" CHECK ("discount_amount" is null or "benefit_kind" = 'fixed_discount'),
	CONSTRAINT "association_benefit_programs_discount_amount_check" CHECK ("discount_amount" > 0),
	CONSTRAINT "association_benefit_programs_trial_check" CHECK ("benefit_kind" <> 'free_trial' or "free_trial_days" is not null),
	CONSTRAINT "association_benefit_programs_free_trial_days_check" CHECK ("free_trial_days" > 0),
	CONSTRAINT "association_benefit_programs_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "association_benefit_programs_external_program_id_format_check" CHECK ("external_program_id" ~ '^\S{1,255}$'),
	CONSTRAINT "association_benefit_programs_source_updated_check" CHECK ("external_program_id" is null or "source_updated_at" is not null),
	CONSTRAINT "association_benefit_programs_benefit_kind_check" CHECK ("benefit_kind" in ('percent_discount', 'fixed_discount', 'free_trial', 'free_feature', 'priority_support')),
	CONSTRAINT "association_benefit_programs_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "association_benefit_programs_status_check" CHECK ("status" in ('negotiating', 'active', 'paused', 'ended')),
	CONSTRAINT "association_benefit_programs_verification_method_check" CHECK ("verification_method" in ('member_sync', 'association_api', 'membership_card', 'self_declared'))
);
--> statement-breakpoint
CREATE TABLE "association_collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"project_code" text NOT NULL,
	"title" text NOT NULL,
	"collaboration_type" text NOT NULL,
	"objective" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"completed_on" date,
	"lead_admin_user_id" uuid,
	"partnership_id" uuid,
	"data_sharing_id" uuid,
	"platform_contribution_amount" numeric(14,2),
	"association_contribution_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"deliverables" jsonb DEFAULT '[]' NOT NULL,
	"external_partners" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_collaborations_project_code_format_check" CHECK ("project_code" ~ '^\S{1,255}$'),
	CONSTRAINT "association_collaborations_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "association_collaborations_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "association_collaborations_completed_on_check" CHECK ("completed_on" >= "starts_on"),
	CONSTRAINT "association_collaborations_completed_check" CHECK ("status" <> 'completed' or "completed_on" is not null),
	CONSTRAINT "association_collaborations_data_sharing_check" CHECK ("collaboration_type" <> 'studbook_data_integration' or "data_sharing_id" is not null),
	CONSTRAINT "association_collaborations_platform_contribution_check" CHECK ("platform_contribution_amount" >= 0),
	CONSTRAINT "association_collaborations_association_contribution_check" CHECK ("association_contribution_amount" >= 0),
	CONSTRAINT "association_collaborations_collaboration_type_check" CHECK ("collaboration_type" in ('studbook_data_integration', 'research', 'education', 'welfare_programme', 'technology_pilot', 'standards_development', 'event_series')),
	CONSTRAINT "association_collaborations_status_check" CHECK ("status" in ('proposed', 'agreed', 'in_progress', 'on_hold', 'completed', 'cancelled')),
	CONSTRAINT "association_collaborations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "association_communications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"association_body" text,
	"subject" text NOT NULL,
	"summary" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"association_reference" text,
	"platform_reference" text,
	"response_due_on" date,
	"staff_admin_user_id" uuid NOT NULL,
	"confidentiality" text DEFAULT 'internal' NOT NULL,
	"document_url" text,
	"document_sha256" text,
	"in_reply_to_communication_id" uuid,
	"corrects_communication_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_communications_subject_check" CHECK (char_length("subject") between 1 and 300),
	CONSTRAINT "association_communications_summary_check" CHECK (char_length("summary") between 1 and 10000),
	CONSTRAINT "association_communications_association_reference_format_check" CHECK ("association_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "association_communications_platform_reference_format_check" CHECK ("platform_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "association_communications_document_url_format_check" CHECK ("document_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_communications_document_sha256_format_check" CHECK ("document_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "association_communications_document_check" CHECK ("document_sha256" is null or "document_url" is not null),
	CONSTRAINT "association_communications_reply_check" CHECK ("in_reply_to_communication_id" <> "id"),
	CONSTRAINT "association_communications_corrects_check" CHECK ("corrects_communication_id" <> "id"),
	CONSTRAINT "association_communications_kind_check" CHECK ("kind" in ('letter', 'meeting', 'consultation_request', 'consultation_response', 'formal_submission', 'position_statement', 'briefing', 'complaint', 'general_meeting_address', 'email')),
	CONSTRAINT "association_communications_channel_check" CHECK ("channel" in ('post', 'email', 'in_person', 'video_call', 'phone_call', 'portal')),
	CONSTRAINT "association_communications_direction_check" CHECK ("direction" in ('inbound', 'outbound')),
	CONSTRAINT "association_communications_association_body_check" CHECK ("association_body" in ('board', 'council', 'executive', 'committee', 'secretariat', 'registrar', 'general_meeting', 'branch')),
	CONSTRAINT "association_communications_confidentiality_check" CHECK ("confidentiality" in ('public', 'members_only', 'internal', 'confidential'))
);
--> statement-breakpoint
CREATE TABLE "association_data_sharing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"agreement_reference" text NOT NULL,
	"legal_basis" text NOT NULL,
	"legitimate_interests_assessed_on" date,
	"purpose" text NOT NULL,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"direction" text NOT NULL,
	"platform_role" text NOT NULL,
	"transfer_mechanism" text DEFAULT 'within_eea' NOT NULL,
	"recipient_retention_months" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"dpa_signed_on" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"terminated_on" date,
	"contract_id" uuid,
	"approved_by_admin_user_id" uuid,
	"privacy_notice_policy_id" uuid,
	"review_due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_data_sharing_agreement_reference_format_check" CHECK ("agreement_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "association_data_sharing_lia_check" CHECK ("legal_basis" <> 'legitimate_interests' or "legitimate_interests_assessed_on" is not null),
	CONSTRAINT "association_data_sharing_purpose_check" CHECK (char_length("purpose") between 1 and 2000),
	CONSTRAINT "association_data_sharing_data_categories_check" CHECK ("data_categories" <@ array['member_identity', 'member_contact_details', 'membership_status', 'horse_identity', 'horse_ownership', 'pedigree', 'studbook_registration', 'competition_results', 'breeding_records', 'health_records', 'usage_statistics', 'aggregated_insights']::text[]),
	CONSTRAINT "association_data_sharing_recipient_retention_months_check" CHECK ("recipient_retention_months" > 0),
	CONSTRAINT "association_data_sharing_active_signed_check" CHECK ("status" <> 'active' or "dpa_signed_on" is not null),
	CONSTRAINT "association_data_sharing_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "association_data_sharing_terminated_on_check" CHECK ("terminated_on" >= "valid_from"),
	CONSTRAINT "association_data_sharing_terminated_check" CHECK ("status" <> 'terminated' or "terminated_on" is not null),
	CONSTRAINT "association_data_sharing_legal_basis_check" CHECK ("legal_basis" in ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
	CONSTRAINT "association_data_sharing_direction_check" CHECK ("direction" in ('platform_to_association', 'association_to_platform', 'both')),
	CONSTRAINT "association_data_sharing_platform_role_check" CHECK ("platform_role" in ('independent_controller', 'joint_controller', 'processor', 'sub_processor')),
	CONSTRAINT "association_data_sharing_transfer_mechanism_check" CHECK ("transfer_mechanism" in ('within_eea', 'adequacy_decision', 'standard_contractual_clauses', 'binding_corporate_rules', 'article_49_derogation')),
	CONSTRAINT "association_data_sharing_status_check" CHECK ("status" in ('draft', 'under_review', 'active', 'suspended', 'expired', 'terminated'))
);
--> statement-breakpoint
CREATE TABLE "association_event_participation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_event_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"lead_staff_admin_user_id" uuid,
	"staff_count" integer DEFAULT 1 NOT NULL,
	"package_name" text,
	"session_title" text,
	"budget_amount" numeric(14,2),
	"cost_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"leads_gathered" integer DEFAULT 0 NOT NULL,
	"leads_converted" integer DEFAULT 0 NOT NULL,
	"booking_reference" text,
	"source_updated_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"outcome_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_event_participation_staff_count_check" CHECK ("staff_count" >= 0),
	CONSTRAINT "association_event_participation_session_check" CHECK ("role" <> 'speaker' or "session_title" is not null),
	CONSTRAINT "association_event_participation_session_title_check" CHECK (char_length("session_title") between 1 and 300),
	CONSTRAINT "association_event_participation_budget_amount_check" CHECK ("budget_amount" >= 0),
	CONSTRAINT "association_event_participation_cost_amount_check" CHECK ("cost_amount" >= 0),
	CONSTRAINT "association_event_participation_leads_gathered_check" CHECK ("leads_gathered" >= 0),
	CONSTRAINT "association_event_participation_leads_converted_check" CHECK ("leads_converted" >= 0),
	CONSTRAINT "association_event_participation_leads_check" CHECK ("leads_gathered" >= "leads_converted"),
	CONSTRAINT "association_event_participation_booking_reference_format_check" CHECK ("booking_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "association_event_participation_source_updated_check" CHECK ("booking_reference" is null or "source_updated_at" is not null),
	CONSTRAINT "association_event_participation_cancelled_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "association_event_participation_role_check" CHECK ("role" in ('sponsor', 'exhibitor', 'speaker', 'attendee')),
	CONSTRAINT "association_event_participation_status_check" CHECK ("status" in ('proposed', 'confirmed', 'attended', 'cancelled')),
	CONSTRAINT "association_event_participation_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "association_feedback_collection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"collection_kind" text NOT NULL,
	"run_by" text DEFAULT 'joint' NOT NULL,
	"audience" text NOT NULL,
	"title" text NOT NULL,
	"tool" text NOT NULL,
	"external_survey_id" text,
	"instrument_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"invited_count" integer,
	"responses_count" integer DEFAULT 0 NOT NULL,
	"net_promoter_score" smallint,
	"summary" text,
	"campaign_id" uuid,
	"owner_admin_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_feedback_collection_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "association_feedback_collection_external_survey_id_format_check" CHECK ("external_survey_id" ~ '^\S{1,255}$'),
	CONSTRAINT "association_feedback_collection_source_updated_check" CHECK ("external_survey_id" is null or "source_updated_at" is not null),
	CONSTRAINT "association_feedback_collection_instrument_url_format_check" CHECK ("instrument_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_feedback_collection_closes_at_check" CHECK ("closes_at" > "opens_at"),
	CONSTRAINT "association_feedback_collection_open_check" CHECK ("status" <> 'open' or "opens_at" is not null),
	CONSTRAINT "association_feedback_collection_invited_count_check" CHECK ("invited_count" >= 0),
	CONSTRAINT "association_feedback_collection_responses_count_check" CHECK ("responses_count" >= 0),
	CONSTRAINT "association_feedback_collection_net_promoter_score_check" CHECK ("net_promoter_score" between -100 and 100),
	CONSTRAINT "association_feedback_collection_analysed_check" CHECK ("status" <> 'analysed' or "summary" is not null),
	CONSTRAINT "association_feedback_collection_collection_kind_check" CHECK ("collection_kind" in ('member_survey', 'consultation', 'focus_group', 'poll', 'interview_series', 'feedback_form')),
	CONSTRAINT "association_feedback_collection_run_by_check" CHECK ("run_by" in ('platform', 'association', 'joint')),
	CONSTRAINT "association_feedback_collection_audience_check" CHECK ("audience" in ('association_members', 'association_officials', 'platform_users', 'public')),
	CONSTRAINT "association_feedback_collection_tool_check" CHECK ("tool" in ('surveymonkey', 'typeform', 'google_forms', 'microsoft_forms', 'qualtrics', 'alchemer', 'paper', 'in_person')),
	CONSTRAINT "association_feedback_collection_status_check" CHECK ("status" in ('draft', 'open', 'closed', 'analysed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "association_member_sync" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"data_sharing_id" uuid NOT NULL,
	"source_export_id" text NOT NULL,
	"sync_source" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"rows_received" integer DEFAULT 0 NOT NULL,
	"rows_matched" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_created" integer DEFAULT 0 NOT NULL,
	"rows_failed" integer DEFAULT 0 NOT NULL,
	"memberships_lapsed" integer DEFAULT 0 NOT NULL,
	"attempt_count" integer DEFAULT 1 NOT NULL,
	"file_sha256" text,
	"error_summary" text,
	"triggered_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_member_sync_source_export_id_format_check" CHECK ("source_export_id" ~ '^\S{1,255}$'),
	CONSTRAINT "association_member_sync_finished_at_check" CHECK ("finished_at" >= "started_at"),
	CONSTRAINT "association_member_sync_succeeded_check" CHECK ("status" <> 'succeeded' or "finished_at" is not null),
	CONSTRAINT "association_member_sync_partial_check" CHECK ("status" <> 'partially_succeeded' or "finished_at" is not null),
	CONSTRAINT "association_member_sync_failed_check" CHECK ("status" <> 'failed' or "finished_at" is not null),
	CONSTRAINT "association_member_sync_error_check" CHECK ("status" <> 'failed' or "error_summary" is not null),
	CONSTRAINT "association_member_sync_rows_received_check" CHECK ("rows_received" >= 0),
	CONSTRAINT "association_member_sync_rows_matched_check" CHECK ("rows_matched" >= 0),
	CONSTRAINT "association_member_sync_rows_updated_check" CHECK ("rows_updated" >= 0),
	CONSTRAINT "association_member_sync_rows_created_check" CHECK ("rows_created" >= 0),
	CONSTRAINT "association_member_sync_rows_failed_check" CHECK ("rows_failed" >= 0),
	CONSTRAINT "association_member_sync_memberships_lapsed_check" CHECK ("memberships_lapsed" >= 0),
	CONSTRAINT "association_member_sync_updated_matched_check" CHECK ("rows_matched" >= "rows_updated"),
	CONSTRAINT "association_member_sync_rows_check" CHECK ("rows_matched"::bigint + "rows_created" + "rows_failed" <= "rows_received"),
	CONSTRAINT "association_member_sync_attempt_count_check" CHECK ("attempt_count" > 0),
	CONSTRAINT "association_member_sync_file_sha256_format_check" CHECK ("file_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "association_member_sync_sync_source_check" CHECK ("sync_source" in ('association_api', 'sftp_export', 'csv_upload', 'federation_feed')),
	CONSTRAINT "association_member_sync_status_check" CHECK ("status" in ('queued', 'running', 'succeeded', 'partially_succeeded', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "association_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"status" text DEFAULT 'prospect' NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"owner_admin_user_id" uuid,
	"health_score" smallint,
	"health_assessed_at" timestamp with time zone,
	"association_stance" text,
	"review_cadence" text DEFAULT 'quarterly' NOT NULL,
	"last_contact_at" timestamp with time zone,
	"next_review_on" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"partnership_id" uuid,
	"objectives" text,
	"association_contact_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_relationships_health_score_check" CHECK ("health_score" between 0 and 100),
	CONSTRAINT "association_relationships_health_assessed_check" CHECK ("health_score" is null or "health_assessed_at" is not null),
	CONSTRAINT "association_relationships_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "association_relationships_ended_check" CHECK ("status" <> 'ended' or "valid_to" is not null),
	CONSTRAINT "association_relationships_end_reason_ended_check" CHECK ("end_reason" is null or "status" = 'ended'),
	CONSTRAINT "association_relationships_association_contact_role_check" CHECK (char_length("association_contact_role") between 1 and 120),
	CONSTRAINT "association_relationships_status_check" CHECK ("status" in ('prospect', 'engaged', 'formal', 'strained', 'ended')),
	CONSTRAINT "association_relationships_priority_check" CHECK ("priority" in ('critical', 'high', 'medium', 'low')),
	CONSTRAINT "association_relationships_association_stance_check" CHECK ("association_stance" in ('champion', 'supportive', 'neutral', 'sceptical', 'opposed')),
	CONSTRAINT "association_relationships_review_cadence_check" CHECK ("review_cadence" in ('monthly', 'quarterly', 'half_yearly', 'yearly', 'ad_hoc')),
	CONSTRAINT "association_relationships_end_reason_check" CHECK ("end_reason" in ('association_dissolved', 'association_merged', 'withdrawn_by_association', 'withdrawn_by_platform', 'dormant', 'other'))
);
--> statement-breakpoint
CREATE TABLE "association_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"content_sha256" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" bigint,
	"licence" text DEFAULT 'all_rights_reserved' NOT NULL,
	"language_tag" text DEFAULT 'en' NOT NULL,
	"published_on" date,
	"confidentiality" text DEFAULT 'internal' NOT NULL,
	"shared_at" timestamp with time zone NOT NULL,
	"shared_by_admin_user_id" uuid,
	"supersedes_resource_id" uuid,
	"collaboration_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_resources_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "association_resources_url_format_check" CHECK ("url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_resources_content_sha256_format_check" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "association_resources_media_type_format_check" CHECK ("media_type" ~ '^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,126}$'),
	CONSTRAINT "association_resources_size_bytes_check" CHECK ("size_bytes" > 0),
	CONSTRAINT "association_resources_language_tag_format_check" CHECK ("language_tag" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "association_resources_supersedes_check" CHECK ("supersedes_resource_id" <> "id"),
	CONSTRAINT "association_resources_direction_check" CHECK ("direction" in ('from_association', 'from_platform')),
	CONSTRAINT "association_resources_kind_check" CHECK ("kind" in ('rulebook', 'breed_standard', 'studbook_rules', 'guidance', 'policy', 'research_report', 'training_material', 'brand_assets', 'presentation', 'minutes', 'dataset', 'newsletter', 'form', 'other')),
	CONSTRAINT "association_resources_licence_check" CHECK ("licence" in ('all_rights_reserved', 'cc_by_4_0', 'cc_by_sa_4_0', 'cc_by_nc_4_0', 'cc_by_nc_nd_4_0', 'cc0_1_0', 'open_government_licence_uk_3_0', 'shared_under_agreement', 'internal_use_only')),
	CONSTRAINT "association_resources_confidentiality_check" CHECK ("confidentiality" in ('public', 'members_only', 'internal', 'confidential'))
);
--> statement-breakpoint
CREATE TABLE "emotion_analytics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cohort_type" text NOT NULL,
	"cohort_key" text NOT NULL,
	"user_segment_id" uuid,
	"surface" text NOT NULL,
	"period_granularity" text NOT NULL,
	"period_start_on" date NOT NULL,
	"period_end_on" date NOT NULL,
	"observation_count" integer NOT NULL,
	"user_count" integer NOT NULL,
	"avg_valence" numeric(4,3) NOT NULL,
	"avg_arousal" numeric(4,3),
	"avg_intensity" numeric(4,3),
	"dominant_emotion" text NOT NULL,
	"joy_percent" numeric(5,2) NOT NULL,
	"sadness_percent" numeric(5,2) NOT NULL,
	"anger_percent" numeric(5,2) NOT NULL,
	"fear_percent" numeric(5,2) NOT NULL,
	"surprise_percent" numeric(5,2) NOT NULL,
	"disgust_percent" numeric(5,2) NOT NULL,
	"neutral_percent" numeric(5,2) NOT NULL,
	"self_reported_percent" numeric(5,2),
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_analytics_cohort_key_check" CHECK (char_length("cohort_key") between 1 and 64),
	CONSTRAINT "emotion_analytics_segment_check" CHECK ("cohort_type" <> 'segment' or "user_segment_id" is not null),
	CONSTRAINT "emotion_analytics_segment_type_check" CHECK ("user_segment_id" is null or "cohort_type" = 'segment'),
	CONSTRAINT "emotion_analytics_period_end_on_check" CHECK ("period_end_on" >= "period_start_on"),
	CONSTRAINT "emotion_analytics_observation_count_check" CHECK ("observation_count" >= 0),
	CONSTRAINT "emotion_analytics_user_count_check" CHECK ("user_count" >= 10),
	CONSTRAINT "emotion_analytics_avg_valence_check" CHECK ("avg_valence" between -1 and 1),
	CONSTRAINT "emotion_analytics_avg_arousal_check" CHECK ("avg_arousal" between 0 and 1),
	CONSTRAINT "emotion_analytics_avg_intensity_check" CHECK ("avg_intensity" between 0 and 1),
	CONSTRAINT "emotion_analytics_joy_percent_check" CHECK ("joy_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_sadness_percent_check" CHECK ("sadness_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_anger_percent_check" CHECK ("anger_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_fear_percent_check" CHECK ("fear_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_surprise_percent_check" CHECK ("surprise_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_disgust_percent_check" CHECK ("disgust_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_neutral_percent_check" CHECK ("neutral_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_self_reported_percent_check" CHECK ("self_reported_percent" between 0 and 100),
	CONSTRAINT "emotion_analytics_cohort_type_check" CHECK ("cohort_type" in ('all_users', 'segment', 'signup_month', 'subscription_plan', 'country', 'account_type')),
	CONSTRAINT "emotion_analytics_surface_check" CHECK ("surface" in ('all', 'feed', 'post_detail', 'comments', 'recommendations', 'assistant_chat', 'email', 'push', 'sms', 'in_app_message', 'reviews', 'wellness_checkin')),
	CONSTRAINT "emotion_analytics_period_granularity_check" CHECK ("period_granularity" in ('day', 'week', 'month', 'quarter')),
	CONSTRAINT "emotion_analytics_dominant_emotion_check" CHECK ("dominant_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'))
);
--> statement-breakpoint
CREATE TABLE "emotion_based_marketing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"outreach_message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"inferred_emotion" text NOT NULL,
	"inferred_valence" numeric(4,3),
	"inference_confidence" numeric(4,3) NOT NULL,
	"emotional_state_history_id" uuid,
	"response_model_id" uuid NOT NULL,
	"emotional_context_tag_id" uuid,
	"lawful_basis" text NOT NULL,
	"consent_record_id" uuid,
	"variant_key" text,
	"delayed_until" timestamp with time zone,
	"decided_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_based_marketing_inferred_valence_check" CHECK ("inferred_valence" between -1 and 1),
	CONSTRAINT "emotion_based_marketing_inference_confidence_check" CHECK ("inference_confidence" between 0 and 1),
	CONSTRAINT "emotion_based_marketing_consent_check" CHECK ("lawful_basis" <> 'consent' or "consent_record_id" is not null),
	CONSTRAINT "emotion_based_marketing_delayed_until_check" CHECK ("decision" <> 'delayed' or "delayed_until" is not null),
	CONSTRAINT "emotion_based_marketing_delayed_decision_check" CHECK ("delayed_until" is null or "decision" = 'delayed'),
	CONSTRAINT "emotion_based_marketing_variant_decision_check" CHECK ("variant_key" is null or "decision" = 'variant_selected'),
	CONSTRAINT "emotion_based_marketing_variant_key_format_check" CHECK ("variant_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotion_based_marketing_delayed_order_check" CHECK ("delayed_until" > "decided_at"),
	CONSTRAINT "emotion_based_marketing_no_exploitation_check" CHECK ("decision" in ('suppressed', 'delayed') or ("inferred_emotion" not in ('anger', 'disgust', 'fear', 'sadness') and "lawful_basis" = 'consent')),
	CONSTRAINT "emotion_based_marketing_decision_check" CHECK ("decision" in ('suppressed', 'delayed', 'tone_adjusted', 'variant_selected')),
	CONSTRAINT "emotion_based_marketing_inferred_emotion_check" CHECK ("inferred_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotion_based_marketing_lawful_basis_check" CHECK ("lawful_basis" in ('consent', 'legitimate_interests'))
);
--> statement-breakpoint
CREATE TABLE "emotion_based_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"ai_recommendation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"inferred_emotion" text NOT NULL,
	"inferred_valence" numeric(4,3),
	"inference_confidence" numeric(4,3) NOT NULL,
	"strategy" text NOT NULL,
	"user_emotion_tracking_id" uuid,
	"emotional_state_history_id" uuid,
	"response_model_id" uuid NOT NULL,
	"consent_record_id" uuid NOT NULL,
	"base_score" numeric(5,4) NOT NULL,
	"adjusted_score" numeric(5,4) NOT NULL,
	"explanation_shown" boolean DEFAULT true NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"outcome_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_based_recommendations_inferred_valence_check" CHECK ("inferred_valence" between -1 and 1),
	CONSTRAINT "emotion_based_recommendations_inference_confidence_check" CHECK ("inference_confidence" between 0 and 1),
	CONSTRAINT "emotion_based_recommendations_base_score_check" CHECK ("base_score" between 0 and 1),
	CONSTRAINT "emotion_based_recommendations_adjusted_score_check" CHECK ("adjusted_score" between 0 and 1),
	CONSTRAINT "emotion_based_recommendations_outcome_at_check" CHECK ("outcome" is null or "outcome_at" is not null),
	CONSTRAINT "emotion_based_recommendations_outcome_order_check" CHECK ("outcome_at" >= "decided_at"),
	CONSTRAINT "emotion_based_recommendations_inferred_emotion_check" CHECK ("inferred_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotion_based_recommendations_strategy_check" CHECK ("strategy" in ('mood_match', 'uplift', 'calm', 'reassure', 'avoid_distressing', 'diversify')),
	CONSTRAINT "emotion_based_recommendations_outcome_check" CHECK ("outcome" in ('clicked', 'dismissed', 'hidden', 'reported'))
);
--> statement-breakpoint
CREATE TABLE "emotion_driven_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"emotion_trigger_id" uuid NOT NULL,
	"response_model_id" uuid NOT NULL,
	"action_type" text NOT NULL,
	"outcome" text NOT NULL,
	"lawful_basis" text NOT NULL,
	"consent_record_id" uuid,
	"emotional_support_resource_id" uuid,
	"effective_until" timestamp with time zone,
	"escalation_ticket_ref" text,
	"decided_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"external_action_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_driven_actions_consent_check" CHECK ("lawful_basis" <> 'consent' or "consent_record_id" is not null),
	CONSTRAINT "emotion_driven_actions_ticket_check" CHECK ("escalation_ticket_ref" is null or "action_type" = 'escalate_to_human'),
	CONSTRAINT "emotion_driven_actions_resource_check" CHECK ("emotional_support_resource_id" is null or "action_type" = 'offer_support_resource'),
	CONSTRAINT "emotion_driven_actions_escalation_ticket_ref_format_check" CHECK ("escalation_ticket_ref" ~ '^\S{1,255}$'),
	CONSTRAINT "emotion_driven_actions_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotion_driven_actions_external_action_id_format_check" CHECK ("external_action_id" ~ '^\S{1,255}$'),
	CONSTRAINT "emotion_driven_actions_action_type_check" CHECK ("action_type" in ('throttle_notifications', 'pause_marketing', 'offer_support_resource', 'escalate_to_human', 'soften_tone', 'suggest_break', 'suppress_recommendation')),
	CONSTRAINT "emotion_driven_actions_outcome_check" CHECK ("outcome" in ('executed', 'skipped_opt_out', 'skipped_no_consent', 'skipped_cooldown', 'failed')),
	CONSTRAINT "emotion_driven_actions_lawful_basis_check" CHECK ("lawful_basis" in ('consent', 'legitimate_interests', 'vital_interests'))
);
--> statement-breakpoint
CREATE TABLE "emotion_insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"insight_key" text NOT NULL,
	"insight_type" text NOT NULL,
	"severity" text DEFAULT 'info' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"recommended_action" text,
	"emotion" text,
	"content_kind" text,
	"surface" text,
	"cohort_type" text NOT NULL,
	"cohort_key" text NOT NULL,
	"user_segment_id" uuid,
	"period_start_on" date NOT NULL,
	"period_end_on" date NOT NULL,
	"user_count" integer NOT NULL,
	"emotion_trend_analysis_id" uuid,
	"ai_model_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_user_id" uuid,
	"generated_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_insights_insight_key_format_check" CHECK ("insight_key" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "emotion_insights_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "emotion_insights_summary_check" CHECK (char_length("summary") between 1 and 4000),
	CONSTRAINT "emotion_insights_cohort_key_check" CHECK (char_length("cohort_key") between 1 and 64),
	CONSTRAINT "emotion_insights_segment_check" CHECK ("cohort_type" <> 'segment' or "user_segment_id" is not null),
	CONSTRAINT "emotion_insights_segment_type_check" CHECK ("user_segment_id" is null or "cohort_type" = 'segment'),
	CONSTRAINT "emotion_insights_period_end_on_check" CHECK ("period_end_on" >= "period_start_on"),
	CONSTRAINT "emotion_insights_user_count_check" CHECK ("user_count" >= 10),
	CONSTRAINT "emotion_insights_acknowledged_at_check" CHECK ("status" <> 'acknowledged' or "acknowledged_at" is not null),
	CONSTRAINT "emotion_insights_insight_type_check" CHECK ("insight_type" in ('trend_shift', 'content_driver', 'surface_issue', 'anomaly', 'cohort_difference')),
	CONSTRAINT "emotion_insights_severity_check" CHECK ("severity" in ('info', 'low', 'medium', 'high')),
	CONSTRAINT "emotion_insights_emotion_check" CHECK ("emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotion_insights_content_kind_check" CHECK ("content_kind" in ('social_post', 'social_comment', 'ai_recommendation', 'agent_interaction', 'outreach_message', 'user_review')),
	CONSTRAINT "emotion_insights_surface_check" CHECK ("surface" in ('all', 'feed', 'post_detail', 'comments', 'recommendations', 'assistant_chat', 'email', 'push', 'sms', 'in_app_message', 'reviews', 'wellness_checkin')),
	CONSTRAINT "emotion_insights_cohort_type_check" CHECK ("cohort_type" in ('all_users', 'segment', 'signup_month', 'subscription_plan', 'country', 'account_type')),
	CONSTRAINT "emotion_insights_status_check" CHECK ("status" in ('new', 'acknowledged', 'actioned', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "emotion_prediction_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"response_model_id" uuid NOT NULL,
	"user_id" uuid,
	"social_post_id" uuid,
	"social_comment_id" uuid,
	"ai_recommendation_id" uuid,
	"ai_agent_interaction_id" uuid,
	"outreach_message_id" uuid,
	"user_review_id" uuid,
	"predicted_emotion" text NOT NULL,
	"predicted_valence" numeric(4,3),
	"predicted_arousal" numeric(4,3),
	"predicted_intensity" numeric(4,3),
	"confidence" numeric(4,3) NOT NULL,
	"label_probabilities" jsonb DEFAULT '{}' NOT NULL,
	"run_id" text,
	"predicted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"actual_emotion" text,
	"actual_observed_at" timestamp with time zone,
	"user_emotion_tracking_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_prediction_results_target_key" UNIQUE NULLS NOT DISTINCT("response_model_id","user_id","social_post_id","social_comment_id","ai_recommendation_id","ai_agent_interaction_id","outreach_message_id","user_review_id"),
	CONSTRAINT "emotion_prediction_results_target_check" CHECK (num_nonnulls("social_post_id", "social_comment_id", "ai_recommendation_id", "ai_agent_interaction_id", "outreach_message_id", "user_review_id") = 1),
	CONSTRAINT "emotion_prediction_results_predicted_valence_check" CHECK ("predicted_valence" between -1 and 1),
	CONSTRAINT "emotion_prediction_results_predicted_arousal_check" CHECK ("predicted_arousal" between 0 and 1),
	CONSTRAINT "emotion_prediction_results_predicted_intensity_check" CHECK ("predicted_intensity" between 0 and 1),
	CONSTRAINT "emotion_prediction_results_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "emotion_prediction_results_run_id_format_check" CHECK ("run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "emotion_prediction_results_expires_at_check" CHECK ("expires_at" > "predicted_at"),
	CONSTRAINT "emotion_prediction_results_actual_check" CHECK (("actual_emotion" is null) = ("actual_observed_at" is null)),
	CONSTRAINT "emotion_prediction_results_observed_at_check" CHECK ("actual_observed_at" >= "predicted_at"),
	CONSTRAINT "emotion_prediction_results_predicted_emotion_check" CHECK ("predicted_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotion_prediction_results_actual_emotion_check" CHECK ("actual_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'))
);
--> statement-breakpoint
CREATE TABLE "emotion_trend_analysis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cohort_type" text NOT NULL,
	"cohort_key" text NOT NULL,
	"user_segment_id" uuid,
	"emotion" text NOT NULL,
	"period_granularity" text NOT NULL,
	"period_start_on" date NOT NULL,
	"period_end_on" date NOT NULL,
	"observation_count" integer NOT NULL,
	"user_count" integer NOT NULL,
	"share_percent" numeric(5,2) NOT NULL,
	"previous_share_percent" numeric(5,2),
	"change_points" numeric(5,2),
	"seasonal_baseline_percent" numeric(5,2),
	"z_score" numeric(6,3),
	"direction" text NOT NULL,
	"is_anomaly" boolean DEFAULT false NOT NULL,
	"forecast_next_percent" numeric(5,2),
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_trend_analysis_cohort_key_check" CHECK (char_length("cohort_key") between 1 and 64),
	CONSTRAINT "emotion_trend_analysis_segment_check" CHECK ("cohort_type" <> 'segment' or "user_segment_id" is not null),
	CONSTRAINT "emotion_trend_analysis_segment_type_check" CHECK ("user_segment_id" is null or "cohort_type" = 'segment'),
	CONSTRAINT "emotion_trend_analysis_period_end_on_check" CHECK ("period_end_on" >= "period_start_on"),
	CONSTRAINT "emotion_trend_analysis_observation_count_check" CHECK ("observation_count" >= 0),
	CONSTRAINT "emotion_trend_analysis_user_count_check" CHECK ("user_count" >= 10),
	CONSTRAINT "emotion_trend_analysis_share_percent_check" CHECK ("share_percent" between 0 and 100),
	CONSTRAINT "emotion_trend_analysis_previous_share_percent_check" CHECK ("previous_share_percent" between 0 and 100),
	CONSTRAINT "emotion_trend_analysis_change_points_check" CHECK ("change_points" between -100 and 100),
	CONSTRAINT "emotion_trend_analysis_seasonal_baseline_percent_check" CHECK ("seasonal_baseline_percent" between 0 and 100),
	CONSTRAINT "emotion_trend_analysis_forecast_next_percent_check" CHECK ("forecast_next_percent" between 0 and 100),
	CONSTRAINT "emotion_trend_analysis_cohort_type_check" CHECK ("cohort_type" in ('all_users', 'segment', 'signup_month', 'subscription_plan', 'country', 'account_type')),
	CONSTRAINT "emotion_trend_analysis_emotion_check" CHECK ("emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotion_trend_analysis_period_granularity_check" CHECK ("period_granularity" in ('day', 'week', 'month', 'quarter')),
	CONSTRAINT "emotion_trend_analysis_direction_check" CHECK ("direction" in ('rising', 'falling', 'stable'))
);
--> statement-breakpoint
CREATE TABLE "emotion_triggers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"emotion" text NOT NULL,
	"min_intensity" numeric(4,3) NOT NULL,
	"min_confidence" numeric(4,3) NOT NULL,
	"max_valence" numeric(4,3),
	"min_observations" integer DEFAULT 1 NOT NULL,
	"window_minutes" integer NOT NULL,
	"emotional_context_tag_id" uuid,
	"action_type" text NOT NULL,
	"emotional_support_resource_id" uuid,
	"action_duration_minutes" integer,
	"cooldown_minutes" integer DEFAULT 0 NOT NULL,
	"requires_human_review" boolean DEFAULT false NOT NULL,
	"priority" smallint DEFAULT 100 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"activated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"owner_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotion_triggers_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotion_triggers_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "emotion_triggers_min_intensity_check" CHECK ("min_intensity" between 0 and 1),
	CONSTRAINT "emotion_triggers_min_confidence_check" CHECK ("min_confidence" between 0 and 1),
	CONSTRAINT "emotion_triggers_max_valence_check" CHECK ("max_valence" between -1 and 1),
	CONSTRAINT "emotion_triggers_min_observations_check" CHECK ("min_observations" > 0),
	CONSTRAINT "emotion_triggers_window_minutes_check" CHECK ("window_minutes" > 0),
	CONSTRAINT "emotion_triggers_action_duration_minutes_check" CHECK ("action_duration_minutes" > 0),
	CONSTRAINT "emotion_triggers_cooldown_minutes_check" CHECK ("cooldown_minutes" >= 0),
	CONSTRAINT "emotion_triggers_priority_check" CHECK ("priority" >= 0),
	CONSTRAINT "emotion_triggers_resource_check" CHECK ("action_type" <> 'offer_support_resource' or "emotional_support_resource_id" is not null),
	CONSTRAINT "emotion_triggers_throttle_duration_check" CHECK ("action_type" <> 'throttle_notifications' or "action_duration_minutes" is not null),
	CONSTRAINT "emotion_triggers_activated_at_check" CHECK ("status" <> 'active' or "activated_at" is not null),
	CONSTRAINT "emotion_triggers_retired_at_check" CHECK ("status" <> 'retired' or "retired_at" is not null),
	CONSTRAINT "emotion_triggers_emotion_check" CHECK ("emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotion_triggers_action_type_check" CHECK ("action_type" in ('throttle_notifications', 'pause_marketing', 'offer_support_resource', 'escalate_to_human', 'soften_tone', 'suggest_break', 'suppress_recommendation')),
	CONSTRAINT "emotion_triggers_status_check" CHECK ("status" in ('draft', 'active', 'paused', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "emotional_ai_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"ai_model_id" uuid NOT NULL,
	"modality" text NOT NULL,
	"label_set" text[] DEFAULT '{}'::text[] NOT NULL,
	"outputs_valence" boolean DEFAULT false NOT NULL,
	"outputs_arousal" boolean DEFAULT false NOT NULL,
	"outputs_intensity" boolean DEFAULT false NOT NULL,
	"primary_language" text NOT NULL,
	"calibration_method" text DEFAULT 'none' NOT NULL,
	"calibration_temperature" numeric(6,3),
	"expected_calibration_error" numeric(5,4),
	"macro_f_1" numeric(5,4),
	"evaluation_dataset" text,
	"evaluated_on" date,
	"bias_audited_on" date,
	"bias_audit_url" text,
	"intended_use" text NOT NULL,
	"prohibited_uses" text,
	"approval_status" text DEFAULT 'pending_review' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_ai_models_label_set_check" CHECK ("label_set" <@ array['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral']::text[]),
	CONSTRAINT "emotional_ai_models_primary_language_format_check" CHECK ("primary_language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "emotional_ai_models_calibration_temperature_check" CHECK ("calibration_temperature" > 0),
	CONSTRAINT "emotional_ai_models_temperature_check" CHECK ("calibration_method" <> 'temperature_scaling' or "calibration_temperature" is not null),
	CONSTRAINT "emotional_ai_models_temperature_method_check" CHECK ("calibration_temperature" is null or "calibration_method" = 'temperature_scaling'),
	CONSTRAINT "emotional_ai_models_expected_calibration_error_check" CHECK ("expected_calibration_error" between 0 and 1),
	CONSTRAINT "emotional_ai_models_macro_f_1_check" CHECK ("macro_f_1" between 0 and 1),
	CONSTRAINT "emotional_ai_models_bias_audit_url_format_check" CHECK ("bias_audit_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "emotional_ai_models_intended_use_check" CHECK (char_length("intended_use") between 1 and 2000),
	CONSTRAINT "emotional_ai_models_approved_at_check" CHECK ("approval_status" <> 'approved' or "approved_at" is not null),
	CONSTRAINT "emotional_ai_models_modality_check" CHECK ("modality" in ('text', 'interaction_signals', 'emoji_reactions', 'self_report')),
	CONSTRAINT "emotional_ai_models_calibration_method_check" CHECK ("calibration_method" in ('none', 'temperature_scaling', 'platt_scaling', 'isotonic_regression')),
	CONSTRAINT "emotional_ai_models_approval_status_check" CHECK ("approval_status" in ('pending_review', 'approved', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "emotional_context_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text,
	"category" text NOT NULL,
	"sensitivity" text DEFAULT 'standard' NOT NULL,
	"parent_tag_id" uuid,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"deprecated_at" timestamp with time zone,
	"replaced_by_tag_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_context_tags_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotional_context_tags_label_check" CHECK (char_length("label") between 1 and 120),
	CONSTRAINT "emotional_context_tags_parent_check" CHECK ("parent_tag_id" <> "id"),
	CONSTRAINT "emotional_context_tags_replaced_by_check" CHECK ("replaced_by_tag_id" <> "id"),
	CONSTRAINT "emotional_context_tags_deprecated_at_check" CHECK ("status" <> 'deprecated' or "deprecated_at" is not null),
	CONSTRAINT "emotional_context_tags_replaced_status_check" CHECK ("replaced_by_tag_id" is null or "status" = 'deprecated'),
	CONSTRAINT "emotional_context_tags_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "emotional_context_tags_category_check" CHECK ("category" in ('horse_health', 'horse_loss', 'competition', 'training', 'purchase_and_sale', 'finance', 'community', 'care_routine', 'platform_experience')),
	CONSTRAINT "emotional_context_tags_sensitivity_check" CHECK ("sensitivity" in ('standard', 'sensitive', 'crisis')),
	CONSTRAINT "emotional_context_tags_status_check" CHECK ("status" in ('active', 'deprecated'))
);
--> statement-breakpoint
CREATE TABLE "emotional_engagement_patterns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cohort_type" text NOT NULL,
	"cohort_key" text NOT NULL,
	"user_segment_id" uuid,
	"content_kind" text NOT NULL,
	"emotion" text NOT NULL,
	"period_granularity" text NOT NULL,
	"period_start_on" date NOT NULL,
	"period_end_on" date NOT NULL,
	"observation_count" integer NOT NULL,
	"user_count" integer NOT NULL,
	"avg_intensity" numeric(4,3),
	"interacted_percent" numeric(5,2) NOT NULL,
	"click_through_rate_percent" numeric(5,2),
	"return_within7d_percent" numeric(5,2),
	"unsubscribe_rate_percent" numeric(5,2),
	"avg_dwell_time_ms" integer,
	"lift_vs_baseline_percent" numeric(7,2),
	"engagement_correlation" numeric(4,3),
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_engagement_patterns_cohort_key_check" CHECK (char_length("cohort_key") between 1 and 64),
	CONSTRAINT "emotional_engagement_patterns_segment_check" CHECK ("cohort_type" <> 'segment' or "user_segment_id" is not null),
	CONSTRAINT "emotional_engagement_patterns_segment_type_check" CHECK ("user_segment_id" is null or "cohort_type" = 'segment'),
	CONSTRAINT "emotional_engagement_patterns_period_end_on_check" CHECK ("period_end_on" >= "period_start_on"),
	CONSTRAINT "emotional_engagement_patterns_observation_count_check" CHECK ("observation_count" >= 0),
	CONSTRAINT "emotional_engagement_patterns_user_count_check" CHECK ("user_count" >= 10),
	CONSTRAINT "emotional_engagement_patterns_avg_intensity_check" CHECK ("avg_intensity" between 0 and 1),
	CONSTRAINT "emotional_engagement_patterns_interacted_percent_check" CHECK ("interacted_percent" between 0 and 100),
	CONSTRAINT "emotional_engagement_patterns_click_through_rate_percent_check" CHECK ("click_through_rate_percent" between 0 and 100),
	CONSTRAINT "emotional_engagement_patterns_return_within7d_percent_check" CHECK ("return_within7d_percent" between 0 and 100),
	CONSTRAINT "emotional_engagement_patterns_unsubscribe_rate_percent_check" CHECK ("unsubscribe_rate_percent" between 0 and 100),
	CONSTRAINT "emotional_engagement_patterns_avg_dwell_time_ms_check" CHECK ("avg_dwell_time_ms" >= 0),
	CONSTRAINT "emotional_engagement_patterns_lift_vs_baseline_percent_check" CHECK ("lift_vs_baseline_percent" >= -100),
	CONSTRAINT "emotional_engagement_patterns_engagement_correlation_check" CHECK ("engagement_correlation" between -1 and 1),
	CONSTRAINT "emotional_engagement_patterns_cohort_type_check" CHECK ("cohort_type" in ('all_users', 'segment', 'signup_month', 'subscription_plan', 'country', 'account_type')),
	CONSTRAINT "emotional_engagement_patterns_content_kind_check" CHECK ("content_kind" in ('social_post', 'social_comment', 'ai_recommendation', 'agent_interaction', 'outreach_message', 'user_review')),
	CONSTRAINT "emotional_engagement_patterns_emotion_check" CHECK ("emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotional_engagement_patterns_period_granularity_check" CHECK ("period_granularity" in ('day', 'week', 'month', 'quarter'))
);
--> statement-breakpoint
CREATE TABLE "emotional_response_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"user_emotion_tracking_id" uuid,
	"interaction_sentiment_id" uuid,
	"emotion_prediction_result_id" uuid,
	"feedback_type" text NOT NULL,
	"corrected_emotion" text,
	"corrected_valence" numeric(4,3),
	"comment" text,
	"surface" text NOT NULL,
	"opt_out_requested" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_response_feedback_inference_key" UNIQUE NULLS NOT DISTINCT("user_id","user_emotion_tracking_id","interaction_sentiment_id","emotion_prediction_result_id"),
	CONSTRAINT "emotional_response_feedback_inference_check" CHECK (num_nonnulls("user_emotion_tracking_id", "interaction_sentiment_id", "emotion_prediction_result_id") = 1),
	CONSTRAINT "emotional_response_feedback_corrected_check" CHECK ("feedback_type" <> 'corrected' or "corrected_emotion" is not null),
	CONSTRAINT "emotional_response_feedback_corrected_type_check" CHECK ("corrected_emotion" is null or "feedback_type" = 'corrected'),
	CONSTRAINT "emotional_response_feedback_valence_type_check" CHECK ("corrected_valence" is null or "feedback_type" = 'corrected'),
	CONSTRAINT "emotional_response_feedback_corrected_valence_check" CHECK ("corrected_valence" between -1 and 1),
	CONSTRAINT "emotional_response_feedback_comment_check" CHECK (char_length("comment") between 1 and 1000),
	CONSTRAINT "emotional_response_feedback_applied_at_check" CHECK ("status" <> 'applied' or "applied_at" is not null),
	CONSTRAINT "emotional_response_feedback_feedback_type_check" CHECK ("feedback_type" in ('confirmed', 'corrected', 'rejected')),
	CONSTRAINT "emotional_response_feedback_corrected_emotion_check" CHECK ("corrected_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotional_response_feedback_surface_check" CHECK ("surface" in ('all', 'feed', 'post_detail', 'comments', 'recommendations', 'assistant_chat', 'email', 'push', 'sms', 'in_app_message', 'reviews', 'wellness_checkin')),
	CONSTRAINT "emotional_response_feedback_status_check" CHECK ("status" in ('received', 'applied', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "emotional_response_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"emotional_ai_model_id" uuid NOT NULL,
	"config_key" text NOT NULL,
	"version" integer NOT NULL,
	"use_case" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"min_confidence" numeric(4,3) NOT NULL,
	"neutral_band" numeric(4,3) DEFAULT '0.150' NOT NULL,
	"escalation_intensity" numeric(4,3),
	"min_text_characters" integer DEFAULT 0 NOT NULL,
	"aggregation_window_minutes" integer,
	"label_thresholds" jsonb DEFAULT '{}' NOT NULL,
	"valid_from" timestamp with time zone,
	"valid_to" timestamp with time zone,
	"change_reason" text,
	"approved_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_response_models_config_key_format_check" CHECK ("config_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotional_response_models_version_check" CHECK ("version" > 0),
	CONSTRAINT "emotional_response_models_min_confidence_check" CHECK ("min_confidence" between 0 and 1),
	CONSTRAINT "emotional_response_models_neutral_band_check" CHECK ("neutral_band" between 0 and 1),
	CONSTRAINT "emotional_response_models_escalation_intensity_check" CHECK ("escalation_intensity" between 0 and 1),
	CONSTRAINT "emotional_response_models_min_text_characters_check" CHECK ("min_text_characters" >= 0),
	CONSTRAINT "emotional_response_models_aggregation_window_minutes_check" CHECK ("aggregation_window_minutes" > 0),
	CONSTRAINT "emotional_response_models_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "emotional_response_models_active_from_check" CHECK ("status" <> 'active' or "valid_from" is not null),
	CONSTRAINT "emotional_response_models_retired_to_check" CHECK ("status" <> 'retired' or "valid_to" is not null),
	CONSTRAINT "emotional_response_models_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "emotional_response_models_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotional_response_models_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "emotional_response_models_use_case_check" CHECK ("use_case" in ('content_reaction', 'conversation_tone', 'support_escalation', 'wellness_checkin', 'recommendation_personalisation', 'marketing_personalisation', 'aggregate_analytics')),
	CONSTRAINT "emotional_response_models_status_check" CHECK ("status" in ('draft', 'shadow', 'active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "emotional_state_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"dominant_emotion" text NOT NULL,
	"valence" numeric(4,3) NOT NULL,
	"arousal" numeric(4,3),
	"intensity" numeric(4,3),
	"confidence" numeric(4,3) NOT NULL,
	"observation_count" integer NOT NULL,
	"derivation" text NOT NULL,
	"response_model_id" uuid,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"end_reason" text,
	"is_visible_to_user" boolean DEFAULT true NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_state_history_valence_check" CHECK ("valence" between -1 and 1),
	CONSTRAINT "emotional_state_history_arousal_check" CHECK ("arousal" between 0 and 1),
	CONSTRAINT "emotional_state_history_intensity_check" CHECK ("intensity" between 0 and 1),
	CONSTRAINT "emotional_state_history_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "emotional_state_history_observation_count_check" CHECK ("observation_count" >= 0),
	CONSTRAINT "emotional_state_history_model_check" CHECK ("derivation" <> 'model_inference' or "response_model_id" is not null),
	CONSTRAINT "emotional_state_history_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "emotional_state_history_closed_end_reason_check" CHECK ("end_reason" is null or "valid_to" is not null),
	CONSTRAINT "emotional_state_history_dominant_emotion_check" CHECK ("dominant_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotional_state_history_derivation_check" CHECK ("derivation" in ('model_inference', 'self_report', 'blended')),
	CONSTRAINT "emotional_state_history_end_reason_check" CHECK ("end_reason" in ('new_state', 'expired', 'user_reset', 'opt_out'))
);
--> statement-breakpoint
CREATE TABLE "emotional_support_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"organisation_name" text NOT NULL,
	"url" text,
	"locale" text NOT NULL,
	"country_code" text NOT NULL,
	"region" text,
	"crisis_line_phone" text,
	"text_line_number" text,
	"text_line_keyword" text,
	"availability" text,
	"is_available24x7" boolean DEFAULT false NOT NULL,
	"is_free" boolean DEFAULT true NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"reviewed_on" date,
	"next_review_on" date,
	"reviewed_by_user_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_support_resources_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "emotional_support_resources_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "emotional_support_resources_url_format_check" CHECK ("url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "emotional_support_resources_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "emotional_support_resources_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "emotional_support_resources_crisis_line_phone_format_check" CHECK ("crisis_line_phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "emotional_support_resources_crisis_phone_check" CHECK ("kind" <> 'crisis_line' or "crisis_line_phone" is not null),
	CONSTRAINT "emotional_support_resources_text_line_number_format_check" CHECK ("text_line_number" ~ '^(\+[1-9][0-9]{1,14}|[0-9]{3,8})$'),
	CONSTRAINT "emotional_support_resources_text_line_check" CHECK ("kind" <> 'text_line' or "text_line_number" is not null),
	CONSTRAINT "emotional_support_resources_topics_check" CHECK ("topics" <@ array['emotional_distress', 'bereavement', 'horse_loss', 'financial_stress', 'farm_and_rural_stress', 'loneliness', 'competition_nerves', 'general_wellbeing']::text[]),
	CONSTRAINT "emotional_support_resources_next_review_check" CHECK ("next_review_on" > "reviewed_on"),
	CONSTRAINT "emotional_support_resources_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "emotional_support_resources_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "emotional_support_resources_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "emotional_support_resources_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "emotional_support_resources_kind_check" CHECK ("kind" in ('crisis_line', 'helpline', 'text_line', 'article', 'video', 'peer_support_group', 'professional_directory', 'self_help_tool')),
	CONSTRAINT "emotional_support_resources_status_check" CHECK ("status" in ('active', 'paused', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "emotional_wellness_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"check_in_on" date NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"mood_score" smallint NOT NULL,
	"energy_score" smallint,
	"stress_score" smallint,
	"riding_confidence_score" smallint,
	"self_reported_emotion" text,
	"minutes_with_horses" integer,
	"note" text,
	"channel" text NOT NULL,
	"share_with_support" boolean DEFAULT false NOT NULL,
	"consent_record_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emotional_wellness_metrics_mood_score_check" CHECK ("mood_score" between 1 and 5),
	CONSTRAINT "emotional_wellness_metrics_energy_score_check" CHECK ("energy_score" between 1 and 5),
	CONSTRAINT "emotional_wellness_metrics_stress_score_check" CHECK ("stress_score" between 1 and 5),
	CONSTRAINT "emotional_wellness_metrics_riding_confidence_score_check" CHECK ("riding_confidence_score" between 1 and 5),
	CONSTRAINT "emotional_wellness_metrics_minutes_with_horses_check" CHECK ("minutes_with_horses" between 0 and 1440),
	CONSTRAINT "emotional_wellness_metrics_note_check" CHECK (char_length("note") between 1 and 2000),
	CONSTRAINT "emotional_wellness_metrics_self_reported_emotion_check" CHECK ("self_reported_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "emotional_wellness_metrics_channel_check" CHECK ("channel" in ('ios_app', 'android_app', 'web', 'push_prompt'))
);
--> statement-breakpoint
CREATE TABLE "interaction_sentiment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"social_post_id" uuid,
	"social_comment_id" uuid,
	"ai_message_id" uuid,
	"ai_agent_session_id" uuid,
	"response_model_id" uuid NOT NULL,
	"sentiment_label" text NOT NULL,
	"sentiment_score" numeric(4,3) NOT NULL,
	"magnitude" numeric(4,3),
	"confidence" numeric(4,3) NOT NULL,
	"primary_emotion" text,
	"sarcasm_suspected" boolean DEFAULT false NOT NULL,
	"language" text,
	"text_sha256" text NOT NULL,
	"character_count" integer NOT NULL,
	"analyzed_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interaction_sentiment_subject_check" CHECK (num_nonnulls("social_post_id", "social_comment_id", "ai_message_id", "ai_agent_session_id") = 1),
	CONSTRAINT "interaction_sentiment_sentiment_score_check" CHECK ("sentiment_score" between -1 and 1),
	CONSTRAINT "interaction_sentiment_magnitude_check" CHECK ("magnitude" between 0 and 1),
	CONSTRAINT "interaction_sentiment_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "interaction_sentiment_language_format_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "interaction_sentiment_text_sha256_format_check" CHECK ("text_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "interaction_sentiment_character_count_check" CHECK ("character_count" >= 0),
	CONSTRAINT "interaction_sentiment_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "interaction_sentiment_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "interaction_sentiment_sentiment_label_check" CHECK ("sentiment_label" in ('negative', 'neutral', 'positive', 'mixed')),
	CONSTRAINT "interaction_sentiment_primary_emotion_check" CHECK ("primary_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'))
);
--> statement-breakpoint
CREATE TABLE "personalized_emotional_content" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"content_kind" text NOT NULL,
	"variant_key" text NOT NULL,
	"tone" text NOT NULL,
	"inferred_emotion" text NOT NULL,
	"inference_confidence" numeric(4,3) NOT NULL,
	"user_emotion_tracking_id" uuid,
	"emotional_state_history_id" uuid,
	"response_model_id" uuid NOT NULL,
	"consent_record_id" uuid NOT NULL,
	"ai_agent_session_id" uuid,
	"emotional_support_resource_id" uuid,
	"emotional_context_tag_id" uuid,
	"shown_at" timestamp with time zone NOT NULL,
	"dismissed_at" timestamp with time zone,
	"reaction" text,
	"reacted_at" timestamp with time zone,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personalized_emotional_content_variant_key_format_check" CHECK ("variant_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "personalized_emotional_content_inference_confidence_check" CHECK ("inference_confidence" between 0 and 1),
	CONSTRAINT "personalized_emotional_content_session_kind_check" CHECK ("ai_agent_session_id" is null or "content_kind" = 'assistant_tone'),
	CONSTRAINT "personalized_emotional_content_resource_kind_check" CHECK ("emotional_support_resource_id" is null or "content_kind" = 'support_resource_card'),
	CONSTRAINT "personalized_emotional_content_dismissed_at_check" CHECK ("dismissed_at" >= "shown_at"),
	CONSTRAINT "personalized_emotional_content_reacted_at_check" CHECK ("reaction" is null or "reacted_at" is not null),
	CONSTRAINT "personalized_emotional_content_reacted_order_check" CHECK ("reacted_at" >= "shown_at"),
	CONSTRAINT "personalized_emotional_content_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "personalized_emotional_content_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "personalized_emotional_content_content_kind_check" CHECK ("content_kind" in ('assistant_tone', 'feed_banner', 'home_tip', 'support_resource_card', 'notification_copy', 'mood_summary')),
	CONSTRAINT "personalized_emotional_content_tone_check" CHECK ("tone" in ('neutral', 'warm', 'encouraging', 'calm', 'celebratory', 'concise')),
	CONSTRAINT "personalized_emotional_content_inferred_emotion_check" CHECK ("inferred_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "personalized_emotional_content_reaction_check" CHECK ("reaction" in ('helpful', 'not_helpful', 'hide_this'))
);
--> statement-breakpoint
CREATE TABLE "user_emotion_tracking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"social_post_id" uuid,
	"social_comment_id" uuid,
	"ai_recommendation_id" uuid,
	"ai_agent_interaction_id" uuid,
	"outreach_message_id" uuid,
	"user_review_id" uuid,
	"signal_source" text NOT NULL,
	"response_model_id" uuid,
	"primary_emotion" text NOT NULL,
	"secondary_emotion" text,
	"valence" numeric(4,3) NOT NULL,
	"arousal" numeric(4,3),
	"intensity" numeric(4,3),
	"confidence" numeric(4,3) NOT NULL,
	"surface" text NOT NULL,
	"dwell_time_ms" integer,
	"emotional_context_tag_id" uuid,
	"consent_record_id" uuid NOT NULL,
	"user_session_id" uuid,
	"observed_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"external_event_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_emotion_tracking_subject_check" CHECK (num_nonnulls("social_post_id", "social_comment_id", "ai_recommendation_id", "ai_agent_interaction_id", "outreach_message_id", "user_review_id") = 1),
	CONSTRAINT "user_emotion_tracking_model_check" CHECK ("signal_source" <> 'model_inference' or "response_model_id" is not null),
	CONSTRAINT "user_emotion_tracking_secondary_differs_check" CHECK ("secondary_emotion" <> "primary_emotion"),
	CONSTRAINT "user_emotion_tracking_valence_check" CHECK ("valence" between -1 and 1),
	CONSTRAINT "user_emotion_tracking_arousal_check" CHECK ("arousal" between 0 and 1),
	CONSTRAINT "user_emotion_tracking_intensity_check" CHECK ("intensity" between 0 and 1),
	CONSTRAINT "user_emotion_tracking_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "user_emotion_tracking_dwell_time_ms_check" CHECK ("dwell_time_ms" >= 0),
	CONSTRAINT "user_emotion_tracking_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "user_emotion_tracking_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_emotion_tracking_signal_source_check" CHECK ("signal_source" in ('model_inference', 'self_report', 'reaction')),
	CONSTRAINT "user_emotion_tracking_primary_emotion_check" CHECK ("primary_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "user_emotion_tracking_secondary_emotion_check" CHECK ("secondary_emotion" in ('anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral')),
	CONSTRAINT "user_emotion_tracking_surface_check" CHECK ("surface" in ('all', 'feed', 'post_detail', 'comments', 'recommendations', 'assistant_chat', 'email', 'push', 'sms', 'in_app_message', 'reviews', 'wellness_checkin'))
);
--> statement-breakpoint
CREATE TABLE "user_satisfaction_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid,
	"survey_tool" text NOT NULL,
	"survey_id" text NOT NULL,
	"response_id" text NOT NULL,
	"survey_type" text NOT NULL,
	"score" smallint NOT NULL,
	"touchpoint" text NOT NULL,
	"comment" text,
	"channel" text NOT NULL,
	"locale" text,
	"ai_agent_session_id" uuid,
	"outreach_message_id" uuid,
	"responded_at" timestamp with time zone NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_satisfaction_scores_survey_id_format_check" CHECK ("survey_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_satisfaction_scores_response_id_format_check" CHECK ("response_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_satisfaction_scores_score_scale_check" CHECK ("score" between (case "survey_type" when 'csat' then 1 when 'nps' then 0 when 'ces' then 1 end) and (case "survey_type" when 'csat' then 5 when 'nps' then 10 when 'ces' then 7 end)),
	CONSTRAINT "user_satisfaction_scores_comment_check" CHECK (char_length("comment") between 1 and 5000),
	CONSTRAINT "user_satisfaction_scores_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "user_satisfaction_scores_survey_tool_check" CHECK ("survey_tool" in ('delighted', 'typeform', 'qualtrics', 'surveymonkey', 'hotjar', 'zendesk', 'in_app')),
	CONSTRAINT "user_satisfaction_scores_survey_type_check" CHECK ("survey_type" in ('csat', 'nps', 'ces')),
	CONSTRAINT "user_satisfaction_scores_touchpoint_check" CHECK ("touchpoint" in ('assistant_session', 'support_ticket', 'purchase', 'onboarding', 'relationship', 'feature')),
	CONSTRAINT "user_satisfaction_scores_channel_check" CHECK ("channel" in ('email', 'in_app', 'sms', 'web', 'chat'))
);
--> statement-breakpoint
CREATE TABLE "payment_authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"payment_method_id" uuid,
	"transaction_id" uuid,
	"invoice_id" uuid,
	"recurring_schedule_id" uuid,
	"processor_authorization_id" text NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"initiator" text DEFAULT 'customer' NOT NULL,
	"authorization_code" text,
	"network_transaction_id" text,
	"three_ds_outcome" text,
	"sca_exemption" text,
	"risk_score" smallint,
	"decline_code" text,
	"authorized_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_authorizations_processor_authorization_id_format_check" CHECK ("processor_authorization_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_authorizations_amount_check" CHECK ("amount" >= 0),
	CONSTRAINT "payment_authorizations_authorization_code_format_check" CHECK ("authorization_code" ~ '^[0-9A-Za-z]{1,6}$'),
	CONSTRAINT "payment_authorizations_network_transaction_id_format_check" CHECK ("network_transaction_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_authorizations_risk_score_check" CHECK ("risk_score" between 0 and 100),
	CONSTRAINT "payment_authorizations_decline_code_check" CHECK ("decline_code" is null or "status" = 'declined'),
	CONSTRAINT "payment_authorizations_authorized_at_check" CHECK ("status" <> 'authorized' or "authorized_at" is not null),
	CONSTRAINT "payment_authorizations_expires_at_check" CHECK ("expires_at" > "authorized_at"),
	CONSTRAINT "payment_authorizations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payment_authorizations_status_check" CHECK ("status" in ('pending', 'requires_action', 'authorized', 'declined', 'partially_captured', 'captured', 'voided', 'expired')),
	CONSTRAINT "payment_authorizations_initiator_check" CHECK ("initiator" in ('customer', 'merchant')),
	CONSTRAINT "payment_authorizations_three_ds_outcome_check" CHECK ("three_ds_outcome" in ('authenticated', 'attempted', 'not_authenticated', 'rejected', 'unavailable', 'exemption_granted', 'not_performed')),
	CONSTRAINT "payment_authorizations_sca_exemption_check" CHECK ("sca_exemption" in ('low_value', 'transaction_risk_analysis', 'trusted_beneficiary', 'secure_corporate', 'merchant_initiated', 'recurring'))
);
--> statement-breakpoint
CREATE TABLE "payment_captures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"authorization_id" uuid NOT NULL,
	"transaction_id" uuid,
	"processor_capture_id" text NOT NULL,
	"capture_sequence" smallint DEFAULT 1 NOT NULL,
	"is_final_capture" boolean DEFAULT true NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"capture_method" text DEFAULT 'automatic' NOT NULL,
	"captured_by_user_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"captured_at" timestamp with time zone,
	"expected_settlement_on" date,
	"failure_code" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_captures_processor_capture_id_format_check" CHECK ("processor_capture_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_captures_capture_sequence_check" CHECK ("capture_sequence" > 0),
	CONSTRAINT "payment_captures_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "payment_captures_captured_by_check" CHECK ("captured_by_user_id" is null or "capture_method" = 'manual'),
	CONSTRAINT "payment_captures_transaction_check" CHECK ("status" <> 'succeeded' or "transaction_id" is not null),
	CONSTRAINT "payment_captures_captured_at_check" CHECK ("status" <> 'succeeded' or "captured_at" is not null),
	CONSTRAINT "payment_captures_captured_after_requested_check" CHECK ("captured_at" >= "requested_at"),
	CONSTRAINT "payment_captures_failure_code_check" CHECK ("failure_code" is null or "status" = 'failed'),
	CONSTRAINT "payment_captures_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payment_captures_status_check" CHECK ("status" in ('pending', 'succeeded', 'failed')),
	CONSTRAINT "payment_captures_capture_method_check" CHECK ("capture_method" in ('automatic', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "payment_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"capture_id" uuid NOT NULL,
	"processor_dispute_id" text NOT NULL,
	"kind" text DEFAULT 'chargeback' NOT NULL,
	"reason_code" text NOT NULL,
	"reason" text NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'needs_response' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"evidence_due_by" timestamp with time zone,
	"evidence_submitted_at" timestamp with time zone,
	"is_liability_shifted" boolean DEFAULT false NOT NULL,
	"handled_by_user_id" uuid,
	"closed_at" timestamp with time zone,
	"outcome" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_disputes_processor_dispute_id_format_check" CHECK ("processor_dispute_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_disputes_reason_code_format_check" CHECK ("reason_code" ~ '^[0-9A-Z]{1,4}(\.[0-9]{1,2})?$'),
	CONSTRAINT "payment_disputes_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "payment_disputes_evidence_due_by_check" CHECK ("evidence_due_by" > "opened_at"),
	CONSTRAINT "payment_disputes_evidence_submitted_at_check" CHECK ("evidence_submitted_at" >= "opened_at"),
	CONSTRAINT "payment_disputes_closed_at_check" CHECK ("closed_at" >= "opened_at"),
	CONSTRAINT "payment_disputes_closed_outcome_check" CHECK (("closed_at" is null) = ("outcome" is null)),
	CONSTRAINT "payment_disputes_won_closed_check" CHECK ("status" <> 'won' or "closed_at" is not null),
	CONSTRAINT "payment_disputes_lost_closed_check" CHECK ("status" <> 'lost' or "closed_at" is not null),
	CONSTRAINT "payment_disputes_kind_check" CHECK ("kind" in ('inquiry', 'chargeback', 'pre_arbitration', 'arbitration')),
	CONSTRAINT "payment_disputes_reason_check" CHECK ("reason" in ('fraudulent', 'product_not_received', 'product_unacceptable', 'duplicate', 'subscription_canceled', 'credit_not_processed', 'unrecognized', 'general')),
	CONSTRAINT "payment_disputes_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payment_disputes_status_check" CHECK ("status" in ('needs_response', 'under_review', 'won', 'lost')),
	CONSTRAINT "payment_disputes_outcome_check" CHECK ("outcome" in ('evidence_accepted', 'evidence_rejected', 'liability_accepted', 'withdrawn_by_cardholder', 'no_response'))
);
--> statement-breakpoint
CREATE TABLE "payment_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"capture_id" uuid,
	"dispute_id" uuid,
	"refund_id" uuid,
	"processor_balance_transaction_id" text NOT NULL,
	"fee_type" text NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"tax_amount" numeric(14,2),
	"rate_percent" numeric(6,4),
	"fixed_amount" numeric(14,2),
	"is_reversal" boolean DEFAULT false NOT NULL,
	"incurred_at" timestamp with time zone NOT NULL,
	"available_on" date,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_fees_subject_check" CHECK (num_nonnulls("capture_id", "dispute_id", "refund_id") = 1),
	CONSTRAINT "payment_fees_processor_balance_transaction_id_format_check" CHECK ("processor_balance_transaction_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_fees_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "payment_fees_tax_amount_check" CHECK ("tax_amount" >= 0),
	CONSTRAINT "payment_fees_rate_percent_check" CHECK ("rate_percent" between 0 and 100),
	CONSTRAINT "payment_fees_fixed_amount_check" CHECK ("fixed_amount" >= 0),
	CONSTRAINT "payment_fees_fee_type_check" CHECK ("fee_type" in ('processing', 'interchange', 'scheme', 'dispute', 'refund', 'currency_conversion', 'three_d_secure', 'fraud_screening', 'application', 'tax', 'other')),
	CONSTRAINT "payment_fees_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payment_gateways" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"provider" text NOT NULL,
	"display_name" text NOT NULL,
	"merchant_account_id" text NOT NULL,
	"environment" text NOT NULL,
	"merchant_practice_id" uuid,
	"status" text DEFAULT 'onboarding' NOT NULL,
	"supported_currencies" text[] NOT NULL,
	"settlement_currency" char(3) DEFAULT 'USD' NOT NULL,
	"country_code" char(2) NOT NULL,
	"merchant_category_code" text,
	"statement_descriptor" text,
	"credentials_secret_ref" text NOT NULL,
	"webhook_url" text,
	"routing_priority" smallint DEFAULT 0 NOT NULL,
	"activated_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_gateways_merchant_account_id_format_check" CHECK ("merchant_account_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_gateways_supported_currencies_check" CHECK (cardinality("supported_currencies") >= 1 and array_to_string("supported_currencies", ' ', '') !~ ',' and array_to_string("supported_currencies", ',', '') ~ '^[A-Z]{3}(,[A-Z]{3})*$'),
	CONSTRAINT "payment_gateways_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "payment_gateways_merchant_category_code_format_check" CHECK ("merchant_category_code" ~ '^[0-9]{4}$'),
	CONSTRAINT "payment_gateways_statement_descriptor_check" CHECK (char_length("statement_descriptor") between 5 and 22),
	CONSTRAINT "payment_gateways_credentials_secret_ref_format_check" CHECK ("credentials_secret_ref" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_gateways_webhook_url_format_check" CHECK ("webhook_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "payment_gateways_routing_priority_check" CHECK ("routing_priority" >= 0),
	CONSTRAINT "payment_gateways_activated_at_check" CHECK ("status" <> 'active' or "activated_at" is not null),
	CONSTRAINT "payment_gateways_disabled_at_check" CHECK ("status" <> 'disabled' or "disabled_at" is not null),
	CONSTRAINT "payment_gateways_disabled_after_activated_check" CHECK ("disabled_at" >= "activated_at"),
	CONSTRAINT "payment_gateways_provider_check" CHECK ("provider" in ('stripe', 'adyen', 'paypal', 'braintree', 'worldpay', 'global_payments', 'sumup', 'gocardless')),
	CONSTRAINT "payment_gateways_environment_check" CHECK ("environment" in ('live', 'test')),
	CONSTRAINT "payment_gateways_status_check" CHECK ("status" in ('onboarding', 'active', 'suspended', 'disabled')),
	CONSTRAINT "payment_gateways_settlement_currency_check" CHECK ("settlement_currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payment_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"user_payment_method_id" uuid,
	"processor_method_id" text NOT NULL,
	"processor_customer_id" text,
	"method_type" text NOT NULL,
	"brand" text,
	"wallet" text,
	"last_four" text,
	"expiry_month" smallint,
	"expiry_year" smallint,
	"fingerprint" text,
	"issuer_country" char(2),
	"mandate_reference" text,
	"status" text DEFAULT 'active' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_methods_processor_method_id_format_check" CHECK ("processor_method_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_methods_processor_customer_id_format_check" CHECK ("processor_customer_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_methods_brand_card_check" CHECK ("brand" is null or "method_type" = 'card'),
	CONSTRAINT "payment_methods_wallet_card_check" CHECK ("wallet" is null or "method_type" = 'card'),
	CONSTRAINT "payment_methods_last_four_format_check" CHECK ("last_four" ~ '^[0-9]{4}$'),
	CONSTRAINT "payment_methods_expiry_month_check" CHECK ("expiry_month" between 1 and 12),
	CONSTRAINT "payment_methods_expiry_year_check" CHECK ("expiry_year" between 2000 and 2100),
	CONSTRAINT "payment_methods_expiry_check" CHECK (("expiry_month" is null) = ("expiry_year" is null)),
	CONSTRAINT "payment_methods_fingerprint_format_check" CHECK ("fingerprint" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_methods_issuer_country_format_check" CHECK ("issuer_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "payment_methods_mandate_reference_format_check" CHECK ("mandate_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_methods_method_type_check" CHECK ("method_type" in ('card', 'sepa_debit', 'bacs_debit', 'ach_debit', 'paypal', 'ideal', 'bancontact', 'open_banking', 'klarna')),
	CONSTRAINT "payment_methods_brand_check" CHECK ("brand" in ('visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'other')),
	CONSTRAINT "payment_methods_wallet_check" CHECK ("wallet" in ('apple_pay', 'google_pay', 'samsung_pay', 'link', 'click_to_pay')),
	CONSTRAINT "payment_methods_status_check" CHECK ("status" in ('active', 'expired', 'requires_action', 'detached'))
);
--> statement-breakpoint
CREATE TABLE "payment_reconciliation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"processor_payout_id" text NOT NULL,
	"line_number" integer NOT NULL,
	"settled_on" date NOT NULL,
	"line_type" text NOT NULL,
	"processor_reference" text,
	"capture_id" uuid,
	"refund_id" uuid,
	"dispute_id" uuid,
	"fee_id" uuid,
	"expected_amount" numeric(14,2),
	"settled_amount" numeric(14,2) NOT NULL,
	"difference_amount" numeric GENERATED ALWAYS AS (settled_amount - expected_amount) STORED,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'unmatched' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_user_id" uuid,
	"resolution_note" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_reconciliation_processor_payout_id_format_check" CHECK ("processor_payout_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_reconciliation_line_number_check" CHECK ("line_number" > 0),
	CONSTRAINT "payment_reconciliation_processor_reference_format_check" CHECK ("processor_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_reconciliation_capture_check" CHECK ("capture_id" is null or "line_type" = 'charge'),
	CONSTRAINT "payment_reconciliation_refund_check" CHECK ("refund_id" is null or "line_type" = 'refund'),
	CONSTRAINT "payment_reconciliation_dispute_check" CHECK ("dispute_id" is null or "line_type" = 'dispute'),
	CONSTRAINT "payment_reconciliation_fee_check" CHECK ("fee_id" is null or "line_type" = 'fee'),
	CONSTRAINT "payment_reconciliation_expected_check" CHECK ("status" <> 'matched' or "expected_amount" is not null),
	CONSTRAINT "payment_reconciliation_matched_check" CHECK ("status" <> 'matched' or "settled_amount" = "expected_amount"),
	CONSTRAINT "payment_reconciliation_resolved_at_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "payment_reconciliation_resolution_check" CHECK (("resolved_at" is null) = ("resolution_note" is null)),
	CONSTRAINT "payment_reconciliation_line_type_check" CHECK ("line_type" in ('charge', 'refund', 'dispute', 'fee', 'adjustment', 'reserve')),
	CONSTRAINT "payment_reconciliation_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payment_reconciliation_status_check" CHECK ("status" in ('unmatched', 'matched', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE "payment_voids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"authorization_id" uuid NOT NULL,
	"processor_void_id" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"is_automatic" boolean DEFAULT false NOT NULL,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"failure_code" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_voids_processor_void_id_format_check" CHECK ("processor_void_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_voids_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "payment_voids_voided_at_check" CHECK ("status" <> 'succeeded' or "voided_at" is not null),
	CONSTRAINT "payment_voids_voided_after_requested_check" CHECK ("voided_at" >= "requested_at"),
	CONSTRAINT "payment_voids_failure_code_check" CHECK ("failure_code" is null or "status" = 'failed'),
	CONSTRAINT "payment_voids_reason_check" CHECK ("reason" in ('requested_by_customer', 'duplicate', 'fraudulent', 'abandoned', 'order_cancelled', 'failed_vetting', 'amount_adjusted', 'hold_expired', 'other')),
	CONSTRAINT "payment_voids_status_check" CHECK ("status" in ('pending', 'succeeded', 'failed')),
	CONSTRAINT "payment_voids_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payment_webhooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"provider_event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"api_version" text,
	"related_object_id" text,
	"occurred_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivery_attempt" smallint,
	"signature_verified" boolean NOT NULL,
	"source_ip" inet,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"payload_sha256" text NOT NULL,
	"processing_status" text NOT NULL,
	"processed_at" timestamp with time zone,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_webhooks_provider_event_id_format_check" CHECK ("provider_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_webhooks_event_type_format_check" CHECK ("event_type" ~ '^[A-Za-z][A-Za-z0-9_.:-]{0,99}$'),
	CONSTRAINT "payment_webhooks_related_object_id_format_check" CHECK ("related_object_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_webhooks_delivery_attempt_check" CHECK ("delivery_attempt" > 0),
	CONSTRAINT "payment_webhooks_payload_sha256_format_check" CHECK ("payload_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "payment_webhooks_signature_check" CHECK ("signature_verified" or "processing_status" = 'rejected'),
	CONSTRAINT "payment_webhooks_processed_at_check" CHECK ("processing_status" <> 'processed' or "processed_at" is not null),
	CONSTRAINT "payment_webhooks_processed_after_received_check" CHECK ("processed_at" >= "received_at"),
	CONSTRAINT "payment_webhooks_failure_reason_check" CHECK ("processing_status" <> 'failed' or "failure_reason" is not null),
	CONSTRAINT "payment_webhooks_rejection_reason_check" CHECK ("processing_status" <> 'rejected' or "failure_reason" is not null),
	CONSTRAINT "payment_webhooks_processing_status_check" CHECK ("processing_status" in ('processed', 'ignored', 'failed', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "recurring_payment_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"gateway_id" uuid NOT NULL,
	"user_subscription_id" uuid,
	"payment_plan_id" uuid,
	"payment_method_id" uuid,
	"processor_schedule_id" text NOT NULL,
	"interval" text NOT NULL,
	"interval_count" smallint DEFAULT 1 NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'pending_mandate' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"next_charge_on" date,
	"failed_attempt_count" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recurring_payment_schedules_subject_check" CHECK (("user_subscription_id" is null) <> ("payment_plan_id" is null)),
	CONSTRAINT "recurring_payment_schedules_processor_schedule_id_format_check" CHECK ("processor_schedule_id" ~ '^\S{1,255}$'),
	CONSTRAINT "recurring_payment_schedules_interval_count_check" CHECK ("interval_count" between 1 and 365),
	CONSTRAINT "recurring_payment_schedules_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "recurring_payment_schedules_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "recurring_payment_schedules_next_charge_on_check" CHECK ("next_charge_on" >= "starts_on"),
	CONSTRAINT "recurring_payment_schedules_next_charge_check" CHECK ("status" <> 'active' or "next_charge_on" is not null),
	CONSTRAINT "recurring_payment_schedules_failed_attempt_count_check" CHECK ("failed_attempt_count" >= 0),
	CONSTRAINT "recurring_payment_schedules_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "recurring_payment_schedules_interval_check" CHECK ("interval" in ('day', 'week', 'month', 'year')),
	CONSTRAINT "recurring_payment_schedules_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "recurring_payment_schedules_status_check" CHECK ("status" in ('pending_mandate', 'active', 'past_due', 'paused', 'cancelled', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "inactivity_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"detected_at" timestamp with time zone NOT NULL,
	"detected_by" text DEFAULT 'nightly_activity_job' NOT NULL,
	"threshold_days" integer NOT NULL,
	"days_inactive" integer DEFAULT 0 NOT NULL,
	"last_evaluated_at" timestamp with time zone,
	"trigger_id" uuid,
	"last_session_id" uuid,
	"end_reason" text,
	"return_activity" text,
	"reactivated_by_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inactivity_periods_ended_at_check" CHECK ("ended_at" > "started_at"),
	CONSTRAINT "inactivity_periods_detected_at_check" CHECK ("detected_at" >= "started_at"),
	CONSTRAINT "inactivity_periods_threshold_days_check" CHECK ("threshold_days" > 0),
	CONSTRAINT "inactivity_periods_days_inactive_check" CHECK ("days_inactive" >= 0),
	CONSTRAINT "inactivity_periods_end_check" CHECK (("ended_at" is null) = ("end_reason" is null)),
	CONSTRAINT "inactivity_periods_return_check" CHECK ("return_activity" is null or "ended_at" is not null),
	CONSTRAINT "inactivity_periods_detected_by_check" CHECK ("detected_by" in ('nightly_activity_job', 're_engagement_trigger', 'churn_model', 'cdp_sync', 'manual')),
	CONSTRAINT "inactivity_periods_end_reason_check" CHECK ("end_reason" in ('returned_unprompted', 'returned_after_outreach', 'returned_after_offer', 'returned_after_staff_contact', 'churned', 'account_closed')),
	CONSTRAINT "inactivity_periods_return_activity_check" CHECK ("return_activity" in ('session', 'horse_record_update', 'health_record_added', 'booking', 'purchase', 'subscription_renewal', 'message_reply'))
);
--> statement-breakpoint
CREATE TABLE "loyalty_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"tier_id" uuid NOT NULL,
	"previous_tier_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"change_reason" text NOT NULL,
	"qualifying_points" integer DEFAULT 0 NOT NULL,
	"points_balance" integer DEFAULT 0 NOT NULL,
	"lifetime_points" integer DEFAULT 0 NOT NULL,
	"requalify_by" date,
	"granted_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loyalty_memberships_tier_change_check" CHECK ("tier_id" <> "previous_tier_id"),
	CONSTRAINT "loyalty_memberships_ended_at_check" CHECK ("ended_at" >= "started_at"),
	CONSTRAINT "loyalty_memberships_qualifying_points_check" CHECK ("qualifying_points" >= 0),
	CONSTRAINT "loyalty_memberships_points_balance_check" CHECK ("points_balance" >= 0),
	CONSTRAINT "loyalty_memberships_lifetime_points_check" CHECK ("lifetime_points" >= 0),
	CONSTRAINT "loyalty_memberships_balance_within_lifetime_check" CHECK ("lifetime_points" >= "points_balance"),
	CONSTRAINT "loyalty_memberships_granted_by_check" CHECK ("granted_by_user_id" is null or "change_reason" = 'manual_override'),
	CONSTRAINT "loyalty_memberships_change_reason_check" CHECK ("change_reason" in ('enrolled', 'upgraded', 'requalified', 'downgraded', 'manual_override', 'programme_change'))
);
--> statement-breakpoint
CREATE TABLE "loyalty_point_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"entry_type" text NOT NULL,
	"points" integer NOT NULL,
	"balance_after" integer NOT NULL,
	"tier_id" uuid,
	"purchase_order_id" uuid,
	"reason_code" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"expires_on" date,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loyalty_point_transactions_points_check" CHECK ("points" > 0),
	CONSTRAINT "loyalty_point_transactions_balance_after_check" CHECK ("balance_after" >= 0),
	CONSTRAINT "loyalty_point_transactions_reason_code_format_check" CHECK ("reason_code" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "loyalty_point_transactions_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "loyalty_point_transactions_entry_type_check" CHECK ("entry_type" in ('earned', 'bonus', 'adjusted_up', 'redeemed', 'expired', 'adjusted_down')),
	CONSTRAINT "loyalty_point_transactions_source_check" CHECK ("source" in ('platform', 'antavo', 'loyaltylion', 'talon_one', 'yotpo', 'csv_import'))
);
--> statement-breakpoint
CREATE TABLE "loyalty_program_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"rank" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"points_threshold" integer NOT NULL,
	"qualification_period" text DEFAULT 'rolling_12_months' NOT NULL,
	"tier_validity_months" smallint,
	"downgrade_grace_days" smallint DEFAULT 30 NOT NULL,
	"points_multiplier" numeric(4,2) DEFAULT '1.00' NOT NULL,
	"discount_percent" numeric(5,2),
	"min_annual_spend" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"benefits" jsonb DEFAULT '[]' NOT NULL,
	"badge_colour_hex" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loyalty_program_tiers_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "loyalty_program_tiers_rank_check" CHECK ("rank" > 0),
	CONSTRAINT "loyalty_program_tiers_points_threshold_check" CHECK ("points_threshold" >= 0),
	CONSTRAINT "loyalty_program_tiers_tier_validity_months_check" CHECK ("tier_validity_months" > 0),
	CONSTRAINT "loyalty_program_tiers_downgrade_grace_days_check" CHECK ("downgrade_grace_days" >= 0),
	CONSTRAINT "loyalty_program_tiers_points_multiplier_check" CHECK ("points_multiplier" between 1 and 10),
	CONSTRAINT "loyalty_program_tiers_discount_percent_check" CHECK ("discount_percent" between 0 and 100),
	CONSTRAINT "loyalty_program_tiers_min_annual_spend_check" CHECK ("min_annual_spend" >= 0),
	CONSTRAINT "loyalty_program_tiers_badge_colour_hex_format_check" CHECK ("badge_colour_hex" ~ '^#[0-9A-F]{6}$'),
	CONSTRAINT "loyalty_program_tiers_effective_to_check" CHECK ("effective_to" >= "effective_from"),
	CONSTRAINT "loyalty_program_tiers_retired_check" CHECK ("status" <> 'retired' or "effective_to" is not null),
	CONSTRAINT "loyalty_program_tiers_status_check" CHECK ("status" in ('draft', 'active', 'retired')),
	CONSTRAINT "loyalty_program_tiers_qualification_period_check" CHECK ("qualification_period" in ('rolling_12_months', 'calendar_year', 'membership_year', 'lifetime')),
	CONSTRAINT "loyalty_program_tiers_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "re_engagement_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"retention_campaign_id" uuid NOT NULL,
	"inactivity_threshold_days" integer NOT NULL,
	"max_inactivity_days" integer,
	"target_stage" text DEFAULT 'dormant' NOT NULL,
	"return_activity" text DEFAULT 'session' NOT NULL,
	"attribution_window_days" integer DEFAULT 30 NOT NULL,
	"primary_channel" text NOT NULL,
	"fallback_channel" text,
	"fallback_after_hours" integer,
	"message_theme" text NOT NULL,
	"journey_steps" smallint DEFAULT 3 NOT NULL,
	"step_interval_days" smallint DEFAULT 7 NOT NULL,
	"personalise_with_horses" boolean DEFAULT true NOT NULL,
	"target_reactivation_percent" numeric(5,2),
	"quiet_hours_start" time,
	"quiet_hours_end" time,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "re_engagement_campaigns_inactivity_threshold_days_check" CHECK ("inactivity_threshold_days" > 0),
	CONSTRAINT "re_engagement_campaigns_inactivity_window_check" CHECK ("max_inactivity_days" >= "inactivity_threshold_days"),
	CONSTRAINT "re_engagement_campaigns_attribution_window_days_check" CHECK ("attribution_window_days" > 0),
	CONSTRAINT "re_engagement_campaigns_fallback_differs_check" CHECK ("fallback_channel" <> "primary_channel"),
	CONSTRAINT "re_engagement_campaigns_fallback_after_check" CHECK ("fallback_channel" is null or "fallback_after_hours" is not null),
	CONSTRAINT "re_engagement_campaigns_fallback_after_hours_check" CHECK ("fallback_after_hours" > 0),
	CONSTRAINT "re_engagement_campaigns_journey_steps_check" CHECK ("journey_steps" between 1 and 12),
	CONSTRAINT "re_engagement_campaigns_step_interval_days_check" CHECK ("step_interval_days" > 0),
	CONSTRAINT "re_engagement_campaigns_target_reactivation_percent_check" CHECK ("target_reactivation_percent" between 0 and 100),
	CONSTRAINT "re_engagement_campaigns_quiet_hours_check" CHECK (("quiet_hours_start" is null) = ("quiet_hours_end" is null)),
	CONSTRAINT "re_engagement_campaigns_target_stage_check" CHECK ("target_stage" in ('new', 'onboarding', 'active', 'at_risk', 'dormant', 'churned', 'reactivated')),
	CONSTRAINT "re_engagement_campaigns_return_activity_check" CHECK ("return_activity" in ('session', 'horse_record_update', 'health_record_added', 'booking', 'purchase', 'subscription_renewal', 'message_reply')),
	CONSTRAINT "re_engagement_campaigns_primary_channel_check" CHECK ("primary_channel" in ('email', 'sms', 'push', 'in_app')),
	CONSTRAINT "re_engagement_campaigns_fallback_channel_check" CHECK ("fallback_channel" in ('email', 'sms', 'push', 'in_app')),
	CONSTRAINT "re_engagement_campaigns_message_theme_check" CHECK ("message_theme" in ('what_you_missed', 'new_features', 'horse_care_reminder', 'seasonal_prompt', 'social_proof', 'personal_check_in', 'incentive'))
);
--> statement-breakpoint
CREATE TABLE "retention_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"cohort_start_on" date NOT NULL,
	"cohort_end_on" date NOT NULL,
	"acquisition_channel" text,
	"period_unit" text DEFAULT 'month' NOT NULL,
	"tracked_periods" smallint DEFAULT 12 NOT NULL,
	"cohort_size" integer DEFAULT 0 NOT NULL,
	"size_computed_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"segment_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_cohorts_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "retention_cohorts_span_check" CHECK ("cohort_end_on" >= "cohort_start_on"),
	CONSTRAINT "retention_cohorts_channel_required_check" CHECK ("kind" <> 'acquisition_channel' or "acquisition_channel" is not null),
	CONSTRAINT "retention_cohorts_channel_only_check" CHECK ("acquisition_channel" is null or "kind" = 'acquisition_channel'),
	CONSTRAINT "retention_cohorts_tracked_periods_check" CHECK ("tracked_periods" > 0),
	CONSTRAINT "retention_cohorts_cohort_size_check" CHECK ("cohort_size" >= 0),
	CONSTRAINT "retention_cohorts_kind_check" CHECK ("kind" in ('signup_month', 'first_purchase_month', 'acquisition_channel')),
	CONSTRAINT "retention_cohorts_acquisition_channel_check" CHECK ("acquisition_channel" in ('organic_search', 'paid_search', 'paid_social', 'organic_social', 'referral', 'vet_practice_invite', 'event', 'email', 'app_store', 'partner', 'direct', 'other')),
	CONSTRAINT "retention_cohorts_period_unit_check" CHECK ("period_unit" in ('day', 'week', 'month', 'quarter')),
	CONSTRAINT "retention_cohorts_status_check" CHECK ("status" in ('open', 'closed', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "retention_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"retention_campaign_id" uuid,
	"churn_prediction_id" uuid,
	"inactivity_period_id" uuid,
	"outreach_message_id" uuid,
	"offer_id" uuid,
	"performed_by_user_id" uuid,
	"scheduled_at" timestamp with time zone,
	"performed_at" timestamp with time zone,
	"outcome" text,
	"outcome_measured_at" timestamp with time zone,
	"lift_percentage_points" numeric(5,2),
	"cost_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_interventions_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "retention_interventions_performed_at_check" CHECK ("status" <> 'completed' or "performed_at" is not null),
	CONSTRAINT "retention_interventions_outcome_pair_check" CHECK (("outcome" is null) = ("outcome_measured_at" is null)),
	CONSTRAINT "retention_interventions_measured_after_check" CHECK ("outcome_measured_at" >= "performed_at"),
	CONSTRAINT "retention_interventions_lift_check" CHECK ("lift_percentage_points" is null or "performed_at" is not null),
	CONSTRAINT "retention_interventions_lift_percentage_points_check" CHECK ("lift_percentage_points" between -100 and 100),
	CONSTRAINT "retention_interventions_cost_amount_check" CHECK ("cost_amount" >= 0),
	CONSTRAINT "retention_interventions_kind_check" CHECK ("kind" in ('email', 'sms', 'push', 'in_app_message', 'personal_offer', 'account_manager_call', 'practice_call', 'onboarding_session', 'feature_walkthrough', 'plan_downgrade', 'subscription_pause', 'exit_survey')),
	CONSTRAINT "retention_interventions_status_check" CHECK ("status" in ('planned', 'in_progress', 'completed', 'cancelled', 'failed')),
	CONSTRAINT "retention_interventions_outcome_check" CHECK ("outcome" in ('reactivated', 'retained', 'converted', 'no_response', 'declined', 'unsubscribed', 'churned')),
	CONSTRAINT "retention_interventions_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "retention_interventions_source_check" CHECK ("source" in ('platform', 'hubspot', 'salesforce', 'intercom', 'zendesk', 'braze'))
);
--> statement-breakpoint
CREATE TABLE "retention_metrics_tracking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"retention_campaign_id" uuid NOT NULL,
	"metric_date" date NOT NULL,
	"targeted_count" integer DEFAULT 0 NOT NULL,
	"sent_count" integer DEFAULT 0 NOT NULL,
	"delivered_count" integer DEFAULT 0 NOT NULL,
	"opened_count" integer DEFAULT 0 NOT NULL,
	"clicked_count" integer DEFAULT 0 NOT NULL,
	"converted_count" integer DEFAULT 0 NOT NULL,
	"reactivated_count" integer DEFAULT 0 NOT NULL,
	"unsubscribed_count" integer DEFAULT 0 NOT NULL,
	"holdout_count" integer DEFAULT 0 NOT NULL,
	"holdout_reactivated_count" integer DEFAULT 0 NOT NULL,
	"revenue_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"incentive_cost_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_metrics_tracking_targeted_count_check" CHECK ("targeted_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_sent_count_check" CHECK ("sent_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_delivered_count_check" CHECK ("delivered_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_opened_count_check" CHECK ("opened_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_clicked_count_check" CHECK ("clicked_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_converted_count_check" CHECK ("converted_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_reactivated_count_check" CHECK ("reactivated_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_unsubscribed_count_check" CHECK ("unsubscribed_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_holdout_count_check" CHECK ("holdout_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_holdout_reactivated_count_check" CHECK ("holdout_reactivated_count" >= 0),
	CONSTRAINT "retention_metrics_tracking_delivered_check" CHECK ("sent_count" >= "delivered_count"),
	CONSTRAINT "retention_metrics_tracking_holdout_check" CHECK ("holdout_count" >= "holdout_reactivated_count"),
	CONSTRAINT "retention_metrics_tracking_revenue_amount_check" CHECK ("revenue_amount" >= 0),
	CONSTRAINT "retention_metrics_tracking_incentive_cost_amount_check" CHECK ("incentive_cost_amount" >= 0),
	CONSTRAINT "retention_metrics_tracking_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "user_engagement_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"score_date" date NOT NULL,
	"score" numeric(5,2) NOT NULL,
	"band" text NOT NULL,
	"score_change" numeric(5,2),
	"percentile" numeric(5,2),
	"components" jsonb DEFAULT '[]' NOT NULL,
	"active_days_last30" smallint DEFAULT 0 NOT NULL,
	"sessions_last30_days" integer DEFAULT 0 NOT NULL,
	"horse_updates_last30_days" integer DEFAULT 0 NOT NULL,
	"days_since_last_seen" integer,
	"scoring_run_id" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_engagement_scores_score_check" CHECK ("score" between 0 and 100),
	CONSTRAINT "user_engagement_scores_score_change_check" CHECK ("score_change" between -100 and 100),
	CONSTRAINT "user_engagement_scores_percentile_check" CHECK ("percentile" between 0 and 100),
	CONSTRAINT "user_engagement_scores_active_days_last30_check" CHECK ("active_days_last30" between 0 and 30),
	CONSTRAINT "user_engagement_scores_sessions_last30_days_check" CHECK ("sessions_last30_days" >= 0),
	CONSTRAINT "user_engagement_scores_horse_updates_last30_days_check" CHECK ("horse_updates_last30_days" >= 0),
	CONSTRAINT "user_engagement_scores_days_since_last_seen_check" CHECK ("days_since_last_seen" >= 0),
	CONSTRAINT "user_engagement_scores_scoring_run_id_format_check" CHECK ("scoring_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_engagement_scores_band_check" CHECK ("band" in ('highly_engaged', 'engaged', 'passive', 'disengaged'))
);
--> statement-breakpoint
CREATE TABLE "user_lifecycle_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"previous_stage" text,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"transition_reason" text NOT NULL,
	"decided_by" text DEFAULT 'lifecycle_rules' NOT NULL,
	"churn_prediction_id" uuid,
	"retention_campaign_id" uuid,
	"changed_by_user_id" uuid,
	"days_in_previous_stage" integer,
	"engagement_score_at_entry" numeric(5,2),
	"last_evaluated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_lifecycle_stages_transition_check" CHECK ("stage" <> "previous_stage"),
	CONSTRAINT "user_lifecycle_stages_left_at_check" CHECK ("left_at" >= "entered_at"),
	CONSTRAINT "user_lifecycle_stages_changed_by_check" CHECK ("changed_by_user_id" is null or "decided_by" = 'manual'),
	CONSTRAINT "user_lifecycle_stages_days_in_previous_stage_check" CHECK ("days_in_previous_stage" >= 0),
	CONSTRAINT "user_lifecycle_stages_engagement_score_at_entry_check" CHECK ("engagement_score_at_entry" between 0 and 100),
	CONSTRAINT "user_lifecycle_stages_stage_check" CHECK ("stage" in ('new', 'onboarding', 'active', 'at_risk', 'dormant', 'churned', 'reactivated')),
	CONSTRAINT "user_lifecycle_stages_previous_stage_check" CHECK ("previous_stage" in ('new', 'onboarding', 'active', 'at_risk', 'dormant', 'churned', 'reactivated')),
	CONSTRAINT "user_lifecycle_stages_transition_reason_check" CHECK ("transition_reason" in ('signed_up', 'onboarding_started', 'onboarding_completed', 'activity_sustained', 'activity_dropped', 'churn_risk_scored', 'inactivity_threshold', 'subscription_cancelled', 'subscription_lapsed', 'account_closed', 'returned', 'won_back', 'manual_override')),
	CONSTRAINT "user_lifecycle_stages_decided_by_check" CHECK ("decided_by" in ('lifecycle_rules', 'churn_model', 'billing_event', 'manual', 'cdp_sync'))
);
--> statement-breakpoint
CREATE TABLE "user_retention_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"segment_id" uuid NOT NULL,
	"segment_kind" text NOT NULL,
	"target_stage" text,
	"min_inactive_days" integer,
	"max_inactive_days" integer,
	"churn_model_id" uuid,
	"min_churn_score" numeric(5,4),
	"max_churn_score" numeric(5,4),
	"min_engagement_score" numeric(5,2),
	"max_engagement_score" numeric(5,2),
	"min_lifetime_value" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"lookback_days" integer DEFAULT 90 NOT NULL,
	"contact_cooldown_days" integer DEFAULT 14 NOT NULL,
	"priority" smallint DEFAULT 100 NOT NULL,
	"profiling_basis" text DEFAULT 'legitimate_interest' NOT NULL,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_retention_segments_min_inactive_days_check" CHECK ("min_inactive_days" >= 0),
	CONSTRAINT "user_retention_segments_inactive_days_check" CHECK ("max_inactive_days" >= "min_inactive_days"),
	CONSTRAINT "user_retention_segments_min_churn_score_check" CHECK ("min_churn_score" between 0 and 1),
	CONSTRAINT "user_retention_segments_max_churn_score_check" CHECK ("max_churn_score" between 0 and 1),
	CONSTRAINT "user_retention_segments_churn_band_check" CHECK ("max_churn_score" >= "min_churn_score"),
	CONSTRAINT "user_retention_segments_churn_model_min_check" CHECK ("min_churn_score" is null or "churn_model_id" is not null),
	CONSTRAINT "user_retention_segments_churn_model_max_check" CHECK ("max_churn_score" is null or "churn_model_id" is not null),
	CONSTRAINT "user_retention_segments_min_engagement_score_check" CHECK ("min_engagement_score" between 0 and 100),
	CONSTRAINT "user_retention_segments_max_engagement_score_check" CHECK ("max_engagement_score" between 0 and 100),
	CONSTRAINT "user_retention_segments_engagement_band_check" CHECK ("max_engagement_score" >= "min_engagement_score"),
	CONSTRAINT "user_retention_segments_min_lifetime_value_check" CHECK ("min_lifetime_value" >= 0),
	CONSTRAINT "user_retention_segments_lookback_days_check" CHECK ("lookback_days" > 0),
	CONSTRAINT "user_retention_segments_contact_cooldown_days_check" CHECK ("contact_cooldown_days" >= 0),
	CONSTRAINT "user_retention_segments_priority_check" CHECK ("priority" > 0),
	CONSTRAINT "user_retention_segments_approved_at_check" CHECK ("approved_by_user_id" is null or "approved_at" is not null),
	CONSTRAINT "user_retention_segments_segment_kind_check" CHECK ("segment_kind" in ('new_user', 'onboarding_incomplete', 'at_risk', 'dormant', 'churned', 'reactivated', 'loyal', 'high_value', 'seasonal')),
	CONSTRAINT "user_retention_segments_target_stage_check" CHECK ("target_stage" in ('new', 'onboarding', 'active', 'at_risk', 'dormant', 'churned', 'reactivated')),
	CONSTRAINT "user_retention_segments_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "user_retention_segments_profiling_basis_check" CHECK ("profiling_basis" in ('legitimate_interest', 'consent'))
);
--> statement-breakpoint
CREATE TABLE "win_back_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"retention_campaign_id" uuid NOT NULL,
	"win_back_goal" text NOT NULL,
	"churn_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_days_since_churn" integer DEFAULT 30 NOT NULL,
	"max_days_since_churn" integer,
	"exclude_involuntary_churn" boolean DEFAULT true NOT NULL,
	"incentive_type" text DEFAULT 'none' NOT NULL,
	"incentive_percent" numeric(5,2),
	"incentive_amount" numeric(14,2),
	"incentive_free_days" integer,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"template_offer_id" uuid,
	"offer_valid_days" integer DEFAULT 30 NOT NULL,
	"max_incentive_cost_per_user" numeric(14,2),
	"target_win_back_percent" numeric(5,2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "win_back_campaigns_churn_reasons_check" CHECK ("churn_reasons" <@ array['price', 'not_using', 'missing_features', 'switched_provider', 'horse_sold', 'horse_deceased', 'seasonal_break', 'payment_failed', 'service_issue', 'other']::text[]),
	CONSTRAINT "win_back_campaigns_min_days_since_churn_check" CHECK ("min_days_since_churn" >= 0),
	CONSTRAINT "win_back_campaigns_churn_window_check" CHECK ("max_days_since_churn" >= "min_days_since_churn"),
	CONSTRAINT "win_back_campaigns_incentive_percent_check" CHECK ("incentive_percent" > 0 and "incentive_percent" <= 100),
	CONSTRAINT "win_back_campaigns_incentive_amount_check" CHECK ("incentive_amount" > 0),
	CONSTRAINT "win_back_campaigns_incentive_free_days_check" CHECK ("incentive_free_days" > 0),
	CONSTRAINT "win_back_campaigns_percent_required_check" CHECK ("incentive_type" <> 'percent_discount' or "incentive_percent" is not null),
	CONSTRAINT "win_back_campaigns_percent_only_check" CHECK ("incentive_percent" is null or "incentive_type" = 'percent_discount'),
	CONSTRAINT "win_back_campaigns_amount_required_check" CHECK ("incentive_type" <> 'amount_discount' or "incentive_amount" is not null),
	CONSTRAINT "win_back_campaigns_amount_only_check" CHECK ("incentive_amount" is null or "incentive_type" = 'amount_discount'),
	CONSTRAINT "win_back_campaigns_free_days_required_check" CHECK ("incentive_type" <> 'free_period' or "incentive_free_days" is not null),
	CONSTRAINT "win_back_campaigns_free_days_only_check" CHECK ("incentive_free_days" is null or "incentive_type" = 'free_period'),
	CONSTRAINT "win_back_campaigns_offer_valid_days_check" CHECK ("offer_valid_days" > 0),
	CONSTRAINT "win_back_campaigns_max_incentive_cost_per_user_check" CHECK ("max_incentive_cost_per_user" >= 0),
	CONSTRAINT "win_back_campaigns_target_win_back_percent_check" CHECK ("target_win_back_percent" between 0 and 100),
	CONSTRAINT "win_back_campaigns_win_back_goal_check" CHECK ("win_back_goal" in ('resubscribe', 'repurchase', 'reactivate_account', 'rebook_service')),
	CONSTRAINT "win_back_campaigns_incentive_type_check" CHECK ("incentive_type" in ('none', 'percent_discount', 'amount_discount', 'free_period', 'plan_upgrade', 'free_service')),
	CONSTRAINT "win_back_campaigns_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "bulkhead_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"pool_name" text NOT NULL,
	"kind" text DEFAULT 'semaphore' NOT NULL,
	"service_dependency_id" uuid,
	"max_concurrent_calls" integer NOT NULL,
	"max_wait_ms" integer DEFAULT 0 NOT NULL,
	"core_thread_pool_size" integer,
	"queue_capacity" integer,
	"keep_alive_ms" integer,
	"rejection" text DEFAULT 'fail_fast' NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"change_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulkhead_configs_pool_name_format_check" CHECK ("pool_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "bulkhead_configs_max_concurrent_calls_check" CHECK ("max_concurrent_calls" > 0),
	CONSTRAINT "bulkhead_configs_max_wait_ms_check" CHECK ("max_wait_ms" >= 0),
	CONSTRAINT "bulkhead_configs_core_thread_pool_size_check" CHECK ("core_thread_pool_size" > 0),
	CONSTRAINT "bulkhead_configs_pool_size_check" CHECK ("max_concurrent_calls" >= "core_thread_pool_size"),
	CONSTRAINT "bulkhead_configs_queue_capacity_check" CHECK ("queue_capacity" >= 0),
	CONSTRAINT "bulkhead_configs_keep_alive_ms_check" CHECK ("keep_alive_ms" >= 0),
	CONSTRAINT "bulkhead_configs_thread_pool_core_check" CHECK ("kind" <> 'thread_pool' or "core_thread_pool_size" is not null),
	CONSTRAINT "bulkhead_configs_thread_pool_queue_check" CHECK ("kind" <> 'thread_pool' or "queue_capacity" is not null),
	CONSTRAINT "bulkhead_configs_core_size_kind_check" CHECK ("core_thread_pool_size" is null or "kind" = 'thread_pool'),
	CONSTRAINT "bulkhead_configs_queue_kind_check" CHECK ("queue_capacity" is null or "kind" = 'thread_pool'),
	CONSTRAINT "bulkhead_configs_keep_alive_kind_check" CHECK ("keep_alive_ms" is null or "kind" = 'thread_pool'),
	CONSTRAINT "bulkhead_configs_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "bulkhead_configs_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "bulkhead_configs_kind_check" CHECK ("kind" in ('semaphore', 'thread_pool')),
	CONSTRAINT "bulkhead_configs_rejection_check" CHECK ("rejection" in ('fail_fast', 'fallback', 'shed_lowest_priority'))
);
--> statement-breakpoint
CREATE TABLE "circuit_breaker_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_dependency_id" uuid,
	"service_id" uuid,
	"environment" text DEFAULT 'production' NOT NULL,
	"breaker_name" text NOT NULL,
	"library" text NOT NULL,
	"failure_rate_threshold_percent" numeric(5,2),
	"consecutive_failure_threshold" integer,
	"slow_call_duration_threshold_ms" integer,
	"slow_call_rate_threshold_percent" numeric(5,2),
	"minimum_number_of_calls" integer DEFAULT 100 NOT NULL,
	"sliding_window_type" text DEFAULT 'count_based' NOT NULL,
	"sliding_window_size" integer DEFAULT 100 NOT NULL,
	"open_state_wait_ms" integer DEFAULT 60000 NOT NULL,
	"half_open_permitted_calls" integer DEFAULT 10 NOT NULL,
	"half_open_max_wait_ms" integer DEFAULT 0 NOT NULL,
	"auto_half_open" boolean DEFAULT false NOT NULL,
	"enforcing" boolean DEFAULT true NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"change_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circuit_breaker_configs_target_check" CHECK (("service_dependency_id" is null) <> ("service_id" is null)),
	CONSTRAINT "circuit_breaker_configs_breaker_name_format_check" CHECK ("breaker_name" ~ '^\S{1,200}$'),
	CONSTRAINT "circuit_breaker_configs_failure_rate_threshold_percent_check" CHECK ("failure_rate_threshold_percent" > 0 and "failure_rate_threshold_percent" <= 100),
	CONSTRAINT "circuit_breaker_configs_consecutive_failure_threshold_check" CHECK ("consecutive_failure_threshold" > 0),
	CONSTRAINT "circuit_breaker_configs_trip_condition_check" CHECK ("failure_rate_threshold_percent" is not null or "consecutive_failure_threshold" is not null),
	CONSTRAINT "circuit_breaker_configs_slow_call_duration_threshold_ms_check" CHECK ("slow_call_duration_threshold_ms" > 0),
	CONSTRAINT "circuit_breaker_configs_slow_call_rate_threshold_percent_check" CHECK ("slow_call_rate_threshold_percent" > 0 and "slow_call_rate_threshold_percent" <= 100),
	CONSTRAINT "circuit_breaker_configs_slow_call_check" CHECK (("slow_call_duration_threshold_ms" is null) = ("slow_call_rate_threshold_percent" is null)),
	CONSTRAINT "circuit_breaker_configs_minimum_number_of_calls_check" CHECK ("minimum_number_of_calls" > 0),
	CONSTRAINT "circuit_breaker_configs_sliding_window_size_check" CHECK ("sliding_window_size" > 0),
	CONSTRAINT "circuit_breaker_configs_open_state_wait_ms_check" CHECK ("open_state_wait_ms" > 0),
	CONSTRAINT "circuit_breaker_configs_half_open_calls_check" CHECK ("half_open_permitted_calls" > 0),
	CONSTRAINT "circuit_breaker_configs_half_open_max_wait_ms_check" CHECK ("half_open_max_wait_ms" >= 0),
	CONSTRAINT "circuit_breaker_configs_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "circuit_breaker_configs_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "circuit_breaker_configs_library_check" CHECK ("library" in ('resilience4j', 'polly', 'hystrix', 'opossum', 'gobreaker', 'sentinel', 'envoy', 'istio', 'linkerd', 'in_house')),
	CONSTRAINT "circuit_breaker_configs_sliding_window_type_check" CHECK ("sliding_window_type" in ('count_based', 'time_based'))
);
--> statement-breakpoint
CREATE TABLE "circuit_breaker_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"circuit_breaker_config_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_event_id" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"reason" text,
	"failure_rate_percent" numeric(5,2),
	"slow_call_rate_percent" numeric(5,2),
	"calls_in_window" integer DEFAULT 0 NOT NULL,
	"failed_calls_in_window" integer DEFAULT 0 NOT NULL,
	"slow_calls_in_window" integer DEFAULT 0 NOT NULL,
	"not_permitted_calls" integer,
	"occurred_at" timestamp with time zone NOT NULL,
	"instance_id" text NOT NULL,
	"region" text,
	"auto_recovery_action_id" uuid,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circuit_breaker_events_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "circuit_breaker_events_transition_check" CHECK ("to_state" <> "from_state"),
	CONSTRAINT "circuit_breaker_events_failure_rate_percent_check" CHECK ("failure_rate_percent" between 0 and 100),
	CONSTRAINT "circuit_breaker_events_slow_call_rate_percent_check" CHECK ("slow_call_rate_percent" between 0 and 100),
	CONSTRAINT "circuit_breaker_events_calls_in_window_check" CHECK ("calls_in_window" >= 0),
	CONSTRAINT "circuit_breaker_events_failed_calls_in_window_check" CHECK ("failed_calls_in_window" >= 0),
	CONSTRAINT "circuit_breaker_events_slow_calls_in_window_check" CHECK ("slow_calls_in_window" >= 0),
	CONSTRAINT "circuit_breaker_events_failed_calls_check" CHECK ("calls_in_window" >= "failed_calls_in_window"),
	CONSTRAINT "circuit_breaker_events_slow_calls_check" CHECK ("calls_in_window" >= "slow_calls_in_window"),
	CONSTRAINT "circuit_breaker_events_not_permitted_calls_check" CHECK ("not_permitted_calls" >= 0),
	CONSTRAINT "circuit_breaker_events_instance_id_format_check" CHECK ("instance_id" ~ '^\S{1,255}$'),
	CONSTRAINT "circuit_breaker_events_region_format_check" CHECK ("region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "circuit_breaker_events_actor_check" CHECK ("actor_user_id" is null or "reason" = 'manual_override'),
	CONSTRAINT "circuit_breaker_events_source_check" CHECK ("source" in ('resilience4j', 'polly', 'envoy', 'istio', 'opentelemetry', 'datadog', 'in_house')),
	CONSTRAINT "circuit_breaker_events_from_state_check" CHECK ("from_state" in ('closed', 'open', 'half_open', 'forced_open', 'disabled')),
	CONSTRAINT "circuit_breaker_events_to_state_check" CHECK ("to_state" in ('closed', 'open', 'half_open', 'forced_open', 'disabled')),
	CONSTRAINT "circuit_breaker_events_reason_check" CHECK ("reason" in ('failure_rate_exceeded', 'slow_call_rate_exceeded', 'consecutive_failures', 'wait_duration_elapsed', 'trial_calls_succeeded', 'trial_calls_failed', 'manual_override', 'automated_reset', 'configuration_change', 'instance_restart'))
);
--> statement-breakpoint
CREATE TABLE "degradation_mode_activations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"degradation_mode_id" uuid NOT NULL,
	"trigger_mode" text NOT NULL,
	"activated_at" timestamp with time zone NOT NULL,
	"deactivated_at" timestamp with time zone,
	"reason" text NOT NULL,
	"exit_reason" text,
	"activated_by_user_id" uuid,
	"deactivated_by_user_id" uuid,
	"degradation_alert_id" uuid,
	"triggering_breaker_event_id" uuid,
	"shed_requests" bigint,
	"users_notified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "degradation_mode_activations_deactivated_at_check" CHECK ("deactivated_at" >= "activated_at"),
	CONSTRAINT "degradation_mode_activations_reason_check" CHECK (char_length("reason") between 1 and 2000),
	CONSTRAINT "degradation_mode_activations_exit_reason_check" CHECK (char_length("exit_reason") between 1 and 2000),
	CONSTRAINT "degradation_mode_activations_exited_check" CHECK ("exit_reason" is null or "deactivated_at" is not null),
	CONSTRAINT "degradation_mode_activations_manual_check" CHECK ("activated_by_user_id" is null or "trigger_mode" = 'manual'),
	CONSTRAINT "degradation_mode_activations_automatic_check" CHECK ("triggering_breaker_event_id" is null or "trigger_mode" = 'automatic'),
	CONSTRAINT "degradation_mode_activations_deactivated_by_check" CHECK ("deactivated_by_user_id" is null or "deactivated_at" is not null),
	CONSTRAINT "degradation_mode_activations_shed_requests_check" CHECK ("shed_requests" >= 0),
	CONSTRAINT "degradation_mode_activations_trigger_mode_check" CHECK ("trigger_mode" in ('automatic', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "degradation_modes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"mode_key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"level" smallint NOT NULL,
	"disabled_features" text[] NOT NULL,
	"entry_condition" text NOT NULL,
	"exit_condition" text NOT NULL,
	"automatic" boolean DEFAULT false NOT NULL,
	"user_message" text,
	"max_duration_minutes" integer,
	"kill_switch_flag_id" uuid,
	"status" text DEFAULT 'ready' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "degradation_modes_mode_key_format_check" CHECK ("mode_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "degradation_modes_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "degradation_modes_level_check" CHECK ("level" between 1 and 10),
	CONSTRAINT "degradation_modes_disabled_features_check" CHECK (cardinality("disabled_features") >= 1 and array_to_string("disabled_features", ' ', '') !~ ',' and array_to_string("disabled_features", ',', '') ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(,[A-Za-z0-9][A-Za-z0-9._-]{0,127})*$'),
	CONSTRAINT "degradation_modes_entry_condition_check" CHECK (char_length("entry_condition") between 1 and 2000),
	CONSTRAINT "degradation_modes_exit_condition_check" CHECK (char_length("exit_condition") between 1 and 2000),
	CONSTRAINT "degradation_modes_max_duration_minutes_check" CHECK ("max_duration_minutes" > 0),
	CONSTRAINT "degradation_modes_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "degradation_modes_status_check" CHECK ("status" in ('draft', 'ready', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "failover_executions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"failover_strategy_id" uuid NOT NULL,
	"failover_event_id" uuid,
	"direction" text DEFAULT 'failover' NOT NULL,
	"trigger_mode" text NOT NULL,
	"triggered_by_user_id" uuid,
	"triggering_breaker_event_id" uuid,
	"from_region" text NOT NULL,
	"to_region" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"steps_total" integer,
	"steps_completed" integer DEFAULT 0 NOT NULL,
	"rollback_started_at" timestamp with time zone,
	"rollback_reason" text,
	"data_loss_seconds" integer,
	"achieved_rto_seconds" integer,
	"orchestrator" text,
	"external_execution_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "failover_executions_manual_check" CHECK ("triggered_by_user_id" is null or "trigger_mode" = 'manual'),
	CONSTRAINT "failover_executions_automatic_check" CHECK ("triggering_breaker_event_id" is null or "trigger_mode" = 'automatic'),
	CONSTRAINT "failover_executions_from_region_format_check" CHECK ("from_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "failover_executions_to_region_format_check" CHECK ("to_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "failover_executions_regions_check" CHECK ("to_region" <> "from_region"),
	CONSTRAINT "failover_executions_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "failover_executions_completed_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "failover_executions_steps_total_check" CHECK ("steps_total" > 0),
	CONSTRAINT "failover_executions_steps_completed_check" CHECK ("steps_completed" >= 0),
	CONSTRAINT "failover_executions_steps_check" CHECK ("steps_total" >= "steps_completed"),
	CONSTRAINT "failover_executions_rollback_started_at_check" CHECK ("rollback_started_at" >= "started_at"),
	CONSTRAINT "failover_executions_rolled_back_check" CHECK ("status" <> 'rolled_back' or "rollback_started_at" is not null),
	CONSTRAINT "failover_executions_rollback_check" CHECK ("rollback_started_at" is null or "rollback_reason" is not null),
	CONSTRAINT "failover_executions_rollback_reason_check" CHECK (char_length("rollback_reason") between 1 and 2000),
	CONSTRAINT "failover_executions_data_loss_seconds_check" CHECK ("data_loss_seconds" >= 0),
	CONSTRAINT "failover_executions_achieved_rto_seconds_check" CHECK ("achieved_rto_seconds" >= 0),
	CONSTRAINT "failover_executions_orchestrator_execution_check" CHECK (("orchestrator" is null) = ("external_execution_id" is null)),
	CONSTRAINT "failover_executions_external_execution_id_format_check" CHECK ("external_execution_id" ~ '^\S{1,255}$'),
	CONSTRAINT "failover_executions_direction_check" CHECK ("direction" in ('failover', 'failback')),
	CONSTRAINT "failover_executions_trigger_mode_check" CHECK ("trigger_mode" in ('automatic', 'manual')),
	CONSTRAINT "failover_executions_status_check" CHECK ("status" in ('pending', 'in_progress', 'completed', 'failed', 'rolled_back', 'aborted')),
	CONSTRAINT "failover_executions_orchestrator_check" CHECK ("orchestrator" in ('aws_route53_arc', 'aws_rds', 'aws_elasticache', 'cloudflare_load_balancing', 'patroni', 'kubernetes', 'rundeck', 'aws_ssm_automation', 'manual_runbook'))
);
--> statement-breakpoint
CREATE TABLE "failover_strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"strategy_name" text NOT NULL,
	"kind" text NOT NULL,
	"primary_region" text NOT NULL,
	"secondary_region" text NOT NULL,
	"redundancy_config_id" uuid,
	"data_replication_status_id" uuid,
	"failover_mode" text DEFAULT 'manual' NOT NULL,
	"health_check_interval_seconds" integer DEFAULT 30 NOT NULL,
	"failure_threshold" integer DEFAULT 3 NOT NULL,
	"recovery_threshold" integer DEFAULT 3 NOT NULL,
	"dns_ttl_seconds" integer,
	"max_data_loss_seconds" integer NOT NULL,
	"target_rto_seconds" integer NOT NULL,
	"failback_mode" text DEFAULT 'manual' NOT NULL,
	"runbook_url" text,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "failover_strategies_strategy_name_check" CHECK (char_length("strategy_name") between 1 and 200),
	CONSTRAINT "failover_strategies_primary_region_format_check" CHECK ("primary_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "failover_strategies_secondary_region_format_check" CHECK ("secondary_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "failover_strategies_regions_check" CHECK ("secondary_region" <> "primary_region"),
	CONSTRAINT "failover_strategies_health_check_interval_seconds_check" CHECK ("health_check_interval_seconds" > 0),
	CONSTRAINT "failover_strategies_failure_threshold_check" CHECK ("failure_threshold" > 0),
	CONSTRAINT "failover_strategies_recovery_threshold_check" CHECK ("recovery_threshold" > 0),
	CONSTRAINT "failover_strategies_dns_ttl_seconds_check" CHECK ("dns_ttl_seconds" >= 0),
	CONSTRAINT "failover_strategies_dns_ttl_check" CHECK ("dns_ttl_seconds" is null or "kind" = 'dns'),
	CONSTRAINT "failover_strategies_dns_ttl_required_check" CHECK ("kind" <> 'dns' or "dns_ttl_seconds" is not null),
	CONSTRAINT "failover_strategies_max_data_loss_seconds_check" CHECK ("max_data_loss_seconds" >= 0),
	CONSTRAINT "failover_strategies_target_rto_seconds_check" CHECK ("target_rto_seconds" > 0),
	CONSTRAINT "failover_strategies_runbook_url_format_check" CHECK ("runbook_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "failover_strategies_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "failover_strategies_approval_check" CHECK (("approved_by_user_id" is null) = ("approved_at" is null)),
	CONSTRAINT "failover_strategies_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "failover_strategies_kind_check" CHECK ("kind" in ('active_passive', 'active_active', 'dns', 'client_side')),
	CONSTRAINT "failover_strategies_failover_mode_check" CHECK ("failover_mode" in ('automatic', 'manual')),
	CONSTRAINT "failover_strategies_failback_mode_check" CHECK ("failback_mode" in ('automatic', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "retry_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_dependency_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"operation" text DEFAULT '*' NOT NULL,
	"max_attempts" smallint DEFAULT 3 NOT NULL,
	"backoff_kind" text DEFAULT 'exponential' NOT NULL,
	"base_delay_ms" integer DEFAULT 100 NOT NULL,
	"max_delay_ms" integer,
	"backoff_multiplier" numeric(4,2),
	"jitter" text DEFAULT 'full' NOT NULL,
	"retryable_status_codes" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"retry_on_timeout" boolean DEFAULT true NOT NULL,
	"retry_on_connection_error" boolean DEFAULT true NOT NULL,
	"idempotent_only" boolean DEFAULT true NOT NULL,
	"respect_retry_after" boolean DEFAULT true NOT NULL,
	"retry_budget_percent" numeric(5,2),
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"change_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retry_policies_operation_format_check" CHECK ("operation" ~ '^\S+( \S+)*$'),
	CONSTRAINT "retry_policies_operation_check" CHECK (char_length("operation") <= 300),
	CONSTRAINT "retry_policies_max_attempts_check" CHECK ("max_attempts" between 1 and 20),
	CONSTRAINT "retry_policies_base_delay_ms_check" CHECK ("base_delay_ms" >= 0),
	CONSTRAINT "retry_policies_max_delay_ms_check" CHECK ("max_delay_ms" >= 0),
	CONSTRAINT "retry_policies_max_delay_check" CHECK ("max_delay_ms" >= "base_delay_ms"),
	CONSTRAINT "retry_policies_backoff_multiplier_check" CHECK ("backoff_multiplier" > 1 and "backoff_multiplier" <= 10),
	CONSTRAINT "retry_policies_exponential_multiplier_check" CHECK ("backoff_kind" <> 'exponential' or "backoff_multiplier" is not null),
	CONSTRAINT "retry_policies_multiplier_kind_check" CHECK ("backoff_multiplier" is null or "backoff_kind" = 'exponential'),
	CONSTRAINT "retry_policies_retryable_status_codes_check" CHECK (array_position("retryable_status_codes", null) is null and 100 <= all("retryable_status_codes") and 599 >= all("retryable_status_codes")),
	CONSTRAINT "retry_policies_retry_budget_percent_check" CHECK ("retry_budget_percent" between 0 and 100),
	CONSTRAINT "retry_policies_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "retry_policies_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "retry_policies_backoff_kind_check" CHECK ("backoff_kind" in ('none', 'fixed', 'linear', 'exponential')),
	CONSTRAINT "retry_policies_jitter_check" CHECK ("jitter" in ('none', 'full', 'equal', 'decorrelated'))
);
--> statement-breakpoint
CREATE TABLE "service_health_endpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"protocol" text DEFAULT 'http' NOT NULL,
	"port" integer,
	"expected_status" smallint DEFAULT 200 NOT NULL,
	"interval_seconds" integer DEFAULT 10 NOT NULL,
	"timeout_ms" integer DEFAULT 1000 NOT NULL,
	"failure_threshold" integer DEFAULT 3 NOT NULL,
	"success_threshold" integer DEFAULT 1 NOT NULL,
	"initial_delay_seconds" integer DEFAULT 0 NOT NULL,
	"checks_dependencies" boolean DEFAULT false NOT NULL,
	"publicly_reachable" boolean DEFAULT false NOT NULL,
	"discovered_from" text DEFAULT 'kubernetes_manifest' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_health_endpoints_path_format_check" CHECK ("path" ~ '^\/\S*$'),
	CONSTRAINT "service_health_endpoints_port_check" CHECK ("port" between 1 and 65535),
	CONSTRAINT "service_health_endpoints_expected_status_check" CHECK ("expected_status" between 100 and 599),
	CONSTRAINT "service_health_endpoints_interval_seconds_check" CHECK ("interval_seconds" > 0),
	CONSTRAINT "service_health_endpoints_timeout_ms_check" CHECK ("timeout_ms" > 0),
	CONSTRAINT "service_health_endpoints_failure_threshold_check" CHECK ("failure_threshold" > 0),
	CONSTRAINT "service_health_endpoints_success_threshold_check" CHECK ("success_threshold" > 0),
	CONSTRAINT "service_health_endpoints_initial_delay_seconds_check" CHECK ("initial_delay_seconds" >= 0),
	CONSTRAINT "service_health_endpoints_kind_check" CHECK ("kind" in ('liveness', 'readiness', 'startup', 'deep')),
	CONSTRAINT "service_health_endpoints_protocol_check" CHECK ("protocol" in ('http', 'https', 'grpc')),
	CONSTRAINT "service_health_endpoints_discovered_from_check" CHECK ("discovered_from" in ('kubernetes_manifest', 'openapi', 'service_mesh', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "service_resilience_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"source" text NOT NULL,
	"window_kind" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"availability_percent" numeric(6,3) NOT NULL,
	"request_count" bigint NOT NULL,
	"breaker_open_seconds" integer DEFAULT 0 NOT NULL,
	"breaker_trips" integer DEFAULT 0 NOT NULL,
	"fallback_invocations" bigint DEFAULT 0 NOT NULL,
	"retry_attempts" bigint DEFAULT 0 NOT NULL,
	"retries_exhausted" bigint DEFAULT 0 NOT NULL,
	"timeouts" bigint DEFAULT 0 NOT NULL,
	"bulkhead_rejections" bigint DEFAULT 0 NOT NULL,
	"shed_requests" bigint DEFAULT 0 NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_resilience_metrics_window_check" CHECK ("window_end" > "window_start"),
	CONSTRAINT "service_resilience_metrics_availability_percent_check" CHECK ("availability_percent" between 0 and 100),
	CONSTRAINT "service_resilience_metrics_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "service_resilience_metrics_breaker_open_seconds_check" CHECK ("breaker_open_seconds" >= 0),
	CONSTRAINT "service_resilience_metrics_breaker_trips_check" CHECK ("breaker_trips" >= 0),
	CONSTRAINT "service_resilience_metrics_fallback_invocations_check" CHECK ("fallback_invocations" >= 0),
	CONSTRAINT "service_resilience_metrics_retry_attempts_check" CHECK ("retry_attempts" >= 0),
	CONSTRAINT "service_resilience_metrics_retries_exhausted_check" CHECK ("retries_exhausted" >= 0),
	CONSTRAINT "service_resilience_metrics_timeouts_check" CHECK ("timeouts" >= 0),
	CONSTRAINT "service_resilience_metrics_bulkhead_rejections_check" CHECK ("bulkhead_rejections" >= 0),
	CONSTRAINT "service_resilience_metrics_shed_requests_check" CHECK ("shed_requests" >= 0),
	CONSTRAINT "service_resilience_metrics_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "service_resilience_metrics_source_check" CHECK ("source" in ('prometheus', 'datadog', 'cloudwatch', 'grafana_cloud', 'opentelemetry', 'internal')),
	CONSTRAINT "service_resilience_metrics_window_kind_check" CHECK ("window_kind" in ('hour', 'day', 'week', 'calendar_month'))
);
--> statement-breakpoint
CREATE TABLE "timeout_configurations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_dependency_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"operation" text DEFAULT '*' NOT NULL,
	"connect_timeout_ms" integer,
	"read_timeout_ms" integer,
	"write_timeout_ms" integer,
	"total_timeout_ms" integer NOT NULL,
	"propagate_deadline" boolean DEFAULT false NOT NULL,
	"on_timeout" text DEFAULT 'fail' NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"change_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeout_configurations_operation_format_check" CHECK ("operation" ~ '^\S+( \S+)*$'),
	CONSTRAINT "timeout_configurations_operation_check" CHECK (char_length("operation") <= 300),
	CONSTRAINT "timeout_configurations_connect_timeout_ms_check" CHECK ("connect_timeout_ms" > 0),
	CONSTRAINT "timeout_configurations_read_timeout_ms_check" CHECK ("read_timeout_ms" > 0),
	CONSTRAINT "timeout_configurations_write_timeout_ms_check" CHECK ("write_timeout_ms" > 0),
	CONSTRAINT "timeout_configurations_total_timeout_ms_check" CHECK ("total_timeout_ms" > 0),
	CONSTRAINT "timeout_configurations_connect_total_check" CHECK ("total_timeout_ms" >= "connect_timeout_ms"),
	CONSTRAINT "timeout_configurations_read_total_check" CHECK ("total_timeout_ms" >= "read_timeout_ms"),
	CONSTRAINT "timeout_configurations_write_total_check" CHECK ("total_timeout_ms" >= "write_timeout_ms"),
	CONSTRAINT "timeout_configurations_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "timeout_configurations_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "timeout_configurations_on_timeout_check" CHECK ("on_timeout" in ('fail', 'fallback', 'retry'))
);
--> statement-breakpoint
CREATE TABLE "auto_scaling_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"policy_evaluation_id" uuid,
	"scaling_event_id" uuid,
	"autoscaler" text NOT NULL,
	"provider_activity_id" text NOT NULL,
	"policy_key" text,
	"direction" text NOT NULL,
	"from_capacity" integer NOT NULL,
	"to_capacity" integer NOT NULL,
	"from_size" text,
	"to_size" text,
	"reason" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"status_message" text,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auto_scaling_events_provider_activity_id_format_check" CHECK ("provider_activity_id" ~ '^\S{1,255}$'),
	CONSTRAINT "auto_scaling_events_policy_key_format_check" CHECK ("policy_key" ~ '^\S{1,255}$'),
	CONSTRAINT "auto_scaling_events_from_capacity_check" CHECK ("from_capacity" >= 0),
	CONSTRAINT "auto_scaling_events_to_capacity_check" CHECK ("to_capacity" >= 0),
	CONSTRAINT "auto_scaling_events_from_size_check" CHECK (char_length("from_size") between 1 and 100),
	CONSTRAINT "auto_scaling_events_to_size_check" CHECK (char_length("to_size") between 1 and 100),
	CONSTRAINT "auto_scaling_events_up_size_check" CHECK ("direction" <> 'up' or "to_size" is not null),
	CONSTRAINT "auto_scaling_events_down_size_check" CHECK ("direction" <> 'down' or "to_size" is not null),
	CONSTRAINT "auto_scaling_events_sizes_check" CHECK ("to_size" is null or "from_size" is not null),
	CONSTRAINT "auto_scaling_events_size_change_check" CHECK ("to_size" <> "from_size"),
	CONSTRAINT "auto_scaling_events_direction_capacity_check" CHECK (("direction" <> 'out' or "to_capacity" > "from_capacity") and ("direction" <> 'in' or "to_capacity" < "from_capacity")),
	CONSTRAINT "auto_scaling_events_reason_check" CHECK (char_length("reason") between 1 and 4000),
	CONSTRAINT "auto_scaling_events_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "auto_scaling_events_successful_check" CHECK ("status" <> 'successful' or "completed_at" is not null),
	CONSTRAINT "auto_scaling_events_failed_message_check" CHECK ("status" <> 'failed' or "status_message" is not null),
	CONSTRAINT "auto_scaling_events_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "auto_scaling_events_autoscaler_check" CHECK ("autoscaler" in ('aws_auto_scaling', 'aws_application_auto_scaling', 'kubernetes_hpa', 'kubernetes_vpa', 'keda', 'karpenter', 'cluster_autoscaler', 'gcp_managed_instance_group', 'azure_vmss')),
	CONSTRAINT "auto_scaling_events_direction_check" CHECK ("direction" in ('out', 'in', 'up', 'down')),
	CONSTRAINT "auto_scaling_events_status_check" CHECK ("status" in ('pending', 'in_progress', 'successful', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "bottleneck_analysis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"performance_degradation_id" uuid,
	"service_dependency_id" uuid,
	"resource_kind" text NOT NULL,
	"component" text NOT NULL,
	"method" text NOT NULL,
	"root_cause" text,
	"evidence" jsonb DEFAULT '[]' NOT NULL,
	"saturation_percent" numeric(7,2),
	"confidence_percent" numeric(5,2),
	"status" text DEFAULT 'open' NOT NULL,
	"analysed_by_user_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"concluded_at" timestamp with time zone,
	"tracking_ticket" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bottleneck_analysis_component_check" CHECK (char_length("component") between 1 and 300),
	CONSTRAINT "bottleneck_analysis_root_cause_check" CHECK (char_length("root_cause") between 1 and 4000),
	CONSTRAINT "bottleneck_analysis_saturation_percent_check" CHECK ("saturation_percent" >= 0),
	CONSTRAINT "bottleneck_analysis_confidence_percent_check" CHECK ("confidence_percent" between 0 and 100),
	CONSTRAINT "bottleneck_analysis_concluded_at_check" CHECK ("concluded_at" >= "started_at"),
	CONSTRAINT "bottleneck_analysis_confirmed_check" CHECK ("status" <> 'confirmed' or "root_cause" is not null),
	CONSTRAINT "bottleneck_analysis_resolved_check" CHECK ("status" <> 'resolved' or "concluded_at" is not null),
	CONSTRAINT "bottleneck_analysis_rejected_check" CHECK ("status" <> 'rejected' or "concluded_at" is not null),
	CONSTRAINT "bottleneck_analysis_tracking_ticket_format_check" CHECK ("tracking_ticket" ~ '^\S{1,255}$'),
	CONSTRAINT "bottleneck_analysis_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "bottleneck_analysis_resource_kind_check" CHECK ("resource_kind" in ('cpu', 'memory', 'disk_io', 'network', 'database_connections', 'database_locks', 'database_queries', 'thread_pool', 'connection_pool', 'queue_consumers', 'cache', 'external_dependency', 'rate_limit')),
	CONSTRAINT "bottleneck_analysis_method_check" CHECK ("method" in ('manual', 'apm_traces', 'continuous_profiler', 'query_analysis', 'load_test', 'ai_assisted')),
	CONSTRAINT "bottleneck_analysis_status_check" CHECK ("status" in ('open', 'investigating', 'confirmed', 'mitigated', 'resolved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "capacity_forecasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"capacity_planning_id" uuid,
	"metric" text NOT NULL,
	"aggregation" text NOT NULL,
	"unit" text NOT NULL,
	"horizon" text NOT NULL,
	"forecast_window_start" timestamp with time zone NOT NULL,
	"forecast_window_end" timestamp with time zone NOT NULL,
	"predicted_value" numeric(20,6) NOT NULL,
	"lower_bound" numeric(20,6),
	"upper_bound" numeric(20,6),
	"confidence_level_percent" numeric(5,2),
	"model" text NOT NULL,
	"model_version" text,
	"mape_percent" numeric(7,2),
	"generated_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capacity_forecasts_window_check" CHECK ("forecast_window_end" > "forecast_window_start"),
	CONSTRAINT "capacity_forecasts_lower_bound_check" CHECK ("predicted_value" >= "lower_bound"),
	CONSTRAINT "capacity_forecasts_upper_bound_check" CHECK ("upper_bound" >= "predicted_value"),
	CONSTRAINT "capacity_forecasts_confidence_level_percent_check" CHECK ("confidence_level_percent" > 0 and "confidence_level_percent" <= 100),
	CONSTRAINT "capacity_forecasts_model_version_check" CHECK (char_length("model_version") between 1 and 100),
	CONSTRAINT "capacity_forecasts_mape_percent_check" CHECK ("mape_percent" >= 0),
	CONSTRAINT "capacity_forecasts_superseded_at_check" CHECK ("superseded_at" >= "generated_at"),
	CONSTRAINT "capacity_forecasts_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "capacity_forecasts_metric_check" CHECK ("metric" in ('cpu_utilisation', 'memory_utilisation', 'request_rate', 'queue_depth', 'latency', 'active_connections', 'error_rate', 'network_throughput', 'disk_io', 'custom')),
	CONSTRAINT "capacity_forecasts_aggregation_check" CHECK ("aggregation" in ('avg', 'min', 'max', 'sum', 'p50', 'p90', 'p95', 'p99', 'last')),
	CONSTRAINT "capacity_forecasts_unit_check" CHECK ("unit" in ('percent', 'bytes', 'bytes_per_second', 'requests_per_second', 'messages', 'milliseconds', 'seconds', 'count', 'connections', 'cores')),
	CONSTRAINT "capacity_forecasts_horizon_check" CHECK ("horizon" in ('next_hour', 'next_day', 'next_week', 'next_month', 'next_quarter')),
	CONSTRAINT "capacity_forecasts_model_check" CHECK ("model" in ('prophet', 'arima', 'holt_winters', 'linear_trend', 'seasonal_naive', 'gradient_boosting', 'aws_predictive_scaling'))
);
--> statement-breakpoint
CREATE TABLE "instance_health_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"provider" text NOT NULL,
	"instance_id" text NOT NULL,
	"instance_kind" text NOT NULL,
	"instance_type" text,
	"availability_zone" text,
	"state" text NOT NULL,
	"lifecycle_state" text,
	"health_status" text,
	"health_source" text,
	"status_reason" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_checked_at" timestamp with time zone,
	"launched_at" timestamp with time zone,
	"terminated_at" timestamp with time zone,
	"launched_by_auto_scaling_event_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instance_health_status_instance_id_format_check" CHECK ("instance_id" ~ '^\S{1,255}$'),
	CONSTRAINT "instance_health_status_instance_type_check" CHECK (char_length("instance_type") between 1 and 100),
	CONSTRAINT "instance_health_status_availability_zone_format_check" CHECK ("availability_zone" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "instance_health_status_consecutive_failures_check" CHECK ("consecutive_failures" >= 0),
	CONSTRAINT "instance_health_status_last_checked_check" CHECK ("health_status" is null or "last_checked_at" is not null),
	CONSTRAINT "instance_health_status_terminated_at_check" CHECK ("terminated_at" >= "launched_at"),
	CONSTRAINT "instance_health_status_terminated_check" CHECK ("state" <> 'terminated' or "terminated_at" is not null),
	CONSTRAINT "instance_health_status_terminated_state_check" CHECK ("terminated_at" is null or "state" = 'terminated'),
	CONSTRAINT "instance_health_status_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "instance_health_status_provider_check" CHECK ("provider" in ('aws_ec2', 'aws_ecs', 'aws_rds', 'kubernetes', 'gcp_compute', 'azure_vm')),
	CONSTRAINT "instance_health_status_instance_kind_check" CHECK ("instance_kind" in ('pod', 'container', 'vm_instance', 'node', 'serverless_function', 'database_instance')),
	CONSTRAINT "instance_health_status_state_check" CHECK ("state" in ('pending', 'running', 'stopping', 'stopped', 'terminating', 'terminated', 'unknown')),
	CONSTRAINT "instance_health_status_lifecycle_state_check" CHECK ("lifecycle_state" in ('pending', 'in_service', 'standby', 'draining', 'terminating', 'detached', 'warm_pool')),
	CONSTRAINT "instance_health_status_health_status_check" CHECK ("health_status" in ('pass', 'warn', 'fail')),
	CONSTRAINT "instance_health_status_health_source_check" CHECK ("health_source" in ('load_balancer', 'ec2_status_check', 'autoscaling_group', 'kubernetes_readiness', 'kubernetes_liveness', 'custom'))
);
--> statement-breakpoint
CREATE TABLE "load_distribution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"load_balancing_config_id" uuid,
	"source" text NOT NULL,
	"load_balancer_name" text NOT NULL,
	"target_group" text NOT NULL,
	"target_id" text NOT NULL,
	"availability_zone" text,
	"window_start" timestamp with time zone NOT NULL,
	"window_seconds" integer NOT NULL,
	"request_count" bigint NOT NULL,
	"share_percent" numeric(5,2),
	"error_count" bigint DEFAULT 0 NOT NULL,
	"error_rate_percent" numeric(5,2),
	"p95_latency_ms" integer,
	"target_state" text DEFAULT 'healthy' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "load_distribution_load_balancer_name_check" CHECK (char_length("load_balancer_name") between 1 and 255),
	CONSTRAINT "load_distribution_target_group_check" CHECK (char_length("target_group") between 1 and 255),
	CONSTRAINT "load_distribution_target_id_format_check" CHECK ("target_id" ~ '^\S{1,255}$'),
	CONSTRAINT "load_distribution_availability_zone_format_check" CHECK ("availability_zone" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "load_distribution_window_seconds_check" CHECK ("window_seconds" > 0),
	CONSTRAINT "load_distribution_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "load_distribution_error_count_check" CHECK ("error_count" >= 0),
	CONSTRAINT "load_distribution_errors_check" CHECK ("request_count" >= "error_count"),
	CONSTRAINT "load_distribution_share_percent_check" CHECK ("share_percent" between 0 and 100),
	CONSTRAINT "load_distribution_error_rate_percent_check" CHECK ("error_rate_percent" between 0 and 100),
	CONSTRAINT "load_distribution_p95_latency_ms_check" CHECK ("p95_latency_ms" >= 0),
	CONSTRAINT "load_distribution_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "load_distribution_source_check" CHECK ("source" in ('prometheus', 'cloudwatch', 'datadog', 'azure_monitor', 'google_cloud_monitoring', 'opentelemetry')),
	CONSTRAINT "load_distribution_target_state_check" CHECK ("target_state" in ('initial', 'healthy', 'unhealthy', 'unused', 'draining', 'unavailable'))
);
--> statement-breakpoint
CREATE TABLE "performance_degradation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"degradation_alert_id" uuid,
	"detector" text NOT NULL,
	"external_detection_id" text,
	"detection_method" text NOT NULL,
	"metric" text NOT NULL,
	"aggregation" text NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" numeric(20,6) NOT NULL,
	"observed_value" numeric(20,6) NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"title" text NOT NULL,
	"suspected_deploy_ref" text,
	"started_at" timestamp with time zone,
	"detected_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_degradation_external_detection_id_format_check" CHECK ("external_detection_id" ~ '^\S{1,255}$'),
	CONSTRAINT "performance_degradation_title_check" CHECK (char_length("title") between 1 and 500),
	CONSTRAINT "performance_degradation_suspected_deploy_ref_format_check" CHECK ("suspected_deploy_ref" ~ '^\S{1,255}$'),
	CONSTRAINT "performance_degradation_detected_at_check" CHECK ("detected_at" >= "started_at"),
	CONSTRAINT "performance_degradation_resolved_at_check" CHECK ("resolved_at" >= "detected_at"),
	CONSTRAINT "performance_degradation_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "performance_degradation_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "performance_degradation_detector_check" CHECK ("detector" in ('datadog_watchdog', 'cloudwatch_anomaly_detection', 'grafana_ml', 'dynatrace_davis', 'new_relic_applied_intelligence', 'internal_detector')),
	CONSTRAINT "performance_degradation_detection_method_check" CHECK ("detection_method" in ('static_threshold', 'baseline_deviation', 'anomaly_detection', 'slo_burn_rate', 'deploy_regression')),
	CONSTRAINT "performance_degradation_metric_check" CHECK ("metric" in ('cpu_utilisation', 'memory_utilisation', 'request_rate', 'queue_depth', 'latency', 'active_connections', 'error_rate', 'network_throughput', 'disk_io', 'custom')),
	CONSTRAINT "performance_degradation_aggregation_check" CHECK ("aggregation" in ('avg', 'min', 'max', 'sum', 'p50', 'p90', 'p95', 'p99', 'last')),
	CONSTRAINT "performance_degradation_unit_check" CHECK ("unit" in ('percent', 'bytes', 'bytes_per_second', 'requests_per_second', 'messages', 'milliseconds', 'seconds', 'count', 'connections', 'cores')),
	CONSTRAINT "performance_degradation_severity_check" CHECK ("severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "performance_degradation_status_check" CHECK ("status" in ('open', 'investigating', 'mitigated', 'resolved', 'false_positive'))
);
--> statement-breakpoint
CREATE TABLE "resource_utilization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"source" text NOT NULL,
	"instance_kind" text NOT NULL,
	"instance_id" text NOT NULL,
	"node_name" text,
	"availability_zone" text,
	"window_start" timestamp with time zone NOT NULL,
	"window_seconds" integer NOT NULL,
	"cpu_percent" numeric(5,2),
	"cpu_cores_used" numeric(8,3),
	"cpu_capacity_cores" numeric(8,3),
	"memory_used_bytes" bigint,
	"memory_limit_bytes" bigint,
	"disk_read_bytes" bigint,
	"disk_written_bytes" bigint,
	"network_received_bytes" bigint,
	"network_transmitted_bytes" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_utilization_instance_id_format_check" CHECK ("instance_id" ~ '^\S{1,255}$'),
	CONSTRAINT "resource_utilization_node_name_format_check" CHECK ("node_name" ~ '^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$'),
	CONSTRAINT "resource_utilization_availability_zone_format_check" CHECK ("availability_zone" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "resource_utilization_window_seconds_check" CHECK ("window_seconds" > 0),
	CONSTRAINT "resource_utilization_cpu_percent_check" CHECK ("cpu_percent" between 0 and 100),
	CONSTRAINT "resource_utilization_cpu_cores_used_check" CHECK ("cpu_cores_used" >= 0),
	CONSTRAINT "resource_utilization_cpu_capacity_cores_check" CHECK ("cpu_capacity_cores" > 0),
	CONSTRAINT "resource_utilization_memory_used_bytes_check" CHECK ("memory_used_bytes" >= 0),
	CONSTRAINT "resource_utilization_memory_limit_bytes_check" CHECK ("memory_limit_bytes" > 0),
	CONSTRAINT "resource_utilization_memory_check" CHECK ("memory_limit_bytes" >= "memory_used_bytes"),
	CONSTRAINT "resource_utilization_disk_read_bytes_check" CHECK ("disk_read_bytes" >= 0),
	CONSTRAINT "resource_utilization_disk_written_bytes_check" CHECK ("disk_written_bytes" >= 0),
	CONSTRAINT "resource_utilization_network_received_bytes_check" CHECK ("network_received_bytes" >= 0),
	CONSTRAINT "resource_utilization_network_transmitted_bytes_check" CHECK ("network_transmitted_bytes" >= 0),
	CONSTRAINT "resource_utilization_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "resource_utilization_source_check" CHECK ("source" in ('prometheus', 'cloudwatch', 'datadog', 'azure_monitor', 'google_cloud_monitoring', 'opentelemetry')),
	CONSTRAINT "resource_utilization_instance_kind_check" CHECK ("instance_kind" in ('pod', 'container', 'vm_instance', 'node', 'serverless_function', 'database_instance'))
);
--> statement-breakpoint
CREATE TABLE "scaling_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"source" text NOT NULL,
	"series_id" text NOT NULL,
	"metric" text NOT NULL,
	"metric_name" text NOT NULL,
	"aggregation" text NOT NULL,
	"value" numeric(20,6) NOT NULL,
	"unit" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_seconds" integer NOT NULL,
	"sample_count" integer,
	"region" text,
	"labels" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scaling_metrics_series_id_format_check" CHECK ("series_id" ~ '^\S{1,255}$'),
	CONSTRAINT "scaling_metrics_metric_name_check" CHECK (char_length("metric_name") between 1 and 255),
	CONSTRAINT "scaling_metrics_window_seconds_check" CHECK ("window_seconds" > 0),
	CONSTRAINT "scaling_metrics_sample_count_check" CHECK ("sample_count" >= 0),
	CONSTRAINT "scaling_metrics_region_format_check" CHECK ("region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "scaling_metrics_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "scaling_metrics_source_check" CHECK ("source" in ('prometheus', 'cloudwatch', 'datadog', 'azure_monitor', 'google_cloud_monitoring', 'opentelemetry')),
	CONSTRAINT "scaling_metrics_metric_check" CHECK ("metric" in ('cpu_utilisation', 'memory_utilisation', 'request_rate', 'queue_depth', 'latency', 'active_connections', 'error_rate', 'network_throughput', 'disk_io', 'custom')),
	CONSTRAINT "scaling_metrics_aggregation_check" CHECK ("aggregation" in ('avg', 'min', 'max', 'sum', 'p50', 'p90', 'p95', 'p99', 'last')),
	CONSTRAINT "scaling_metrics_unit_check" CHECK ("unit" in ('percent', 'bytes', 'bytes_per_second', 'requests_per_second', 'messages', 'milliseconds', 'seconds', 'count', 'connections', 'cores'))
);
--> statement-breakpoint
CREATE TABLE "scaling_policy_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"autoscaler" text NOT NULL,
	"policy_key" text NOT NULL,
	"policy_type" text NOT NULL,
	"metric" text,
	"aggregation" text,
	"unit" text,
	"metric_value" numeric(20,6),
	"threshold_value" numeric(20,6),
	"comparison" text,
	"decision" text NOT NULL,
	"held_back_by" text,
	"current_capacity" integer NOT NULL,
	"desired_capacity" integer NOT NULL,
	"min_capacity" integer NOT NULL,
	"max_capacity" integer NOT NULL,
	"cooldown_remaining_seconds" integer DEFAULT 0 NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scaling_policy_evaluations_policy_key_format_check" CHECK ("policy_key" ~ '^\S{1,255}$'),
	CONSTRAINT "scaling_policy_evaluations_value_metric_check" CHECK ("metric_value" is null or "metric" is not null),
	CONSTRAINT "scaling_policy_evaluations_value_unit_check" CHECK ("metric_value" is null or "unit" is not null),
	CONSTRAINT "scaling_policy_evaluations_threshold_check" CHECK (("threshold_value" is null) = ("comparison" is null)),
	CONSTRAINT "scaling_policy_evaluations_held_back_by_decision_check" CHECK ("held_back_by" is null or "decision" = 'none'),
	CONSTRAINT "scaling_policy_evaluations_current_capacity_check" CHECK ("current_capacity" >= 0),
	CONSTRAINT "scaling_policy_evaluations_min_capacity_check" CHECK ("min_capacity" >= 0),
	CONSTRAINT "scaling_policy_evaluations_cooldown_remaining_seconds_check" CHECK ("cooldown_remaining_seconds" >= 0),
	CONSTRAINT "scaling_policy_evaluations_desired_min_check" CHECK ("desired_capacity" >= "min_capacity"),
	CONSTRAINT "scaling_policy_evaluations_desired_max_check" CHECK ("max_capacity" >= "desired_capacity"),
	CONSTRAINT "scaling_policy_evaluations_decision_capacity_check" CHECK (("decision" <> 'scale_out' or "desired_capacity" > "current_capacity") and ("decision" <> 'scale_in' or "desired_capacity" < "current_capacity")),
	CONSTRAINT "scaling_policy_evaluations_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "scaling_policy_evaluations_autoscaler_check" CHECK ("autoscaler" in ('aws_auto_scaling', 'aws_application_auto_scaling', 'kubernetes_hpa', 'kubernetes_vpa', 'keda', 'karpenter', 'cluster_autoscaler', 'gcp_managed_instance_group', 'azure_vmss')),
	CONSTRAINT "scaling_policy_evaluations_policy_type_check" CHECK ("policy_type" in ('target_tracking', 'step_scaling', 'simple_scaling', 'scheduled', 'predictive', 'hpa_metric_target', 'keda_scaled_object')),
	CONSTRAINT "scaling_policy_evaluations_metric_check" CHECK ("metric" in ('cpu_utilisation', 'memory_utilisation', 'request_rate', 'queue_depth', 'latency', 'active_connections', 'error_rate', 'network_throughput', 'disk_io', 'custom')),
	CONSTRAINT "scaling_policy_evaluations_aggregation_check" CHECK ("aggregation" in ('avg', 'min', 'max', 'sum', 'p50', 'p90', 'p95', 'p99', 'last')),
	CONSTRAINT "scaling_policy_evaluations_unit_check" CHECK ("unit" in ('percent', 'bytes', 'bytes_per_second', 'requests_per_second', 'messages', 'milliseconds', 'seconds', 'count', 'connections', 'cores')),
	CONSTRAINT "scaling_policy_evaluations_comparison_check" CHECK ("comparison" in ('greater_than', 'greater_or_equal', 'less_than', 'less_or_equal', 'target')),
	CONSTRAINT "scaling_policy_evaluations_decision_check" CHECK ("decision" in ('none', 'scale_out', 'scale_in')),
	CONSTRAINT "scaling_policy_evaluations_held_back_by_check" CHECK ("held_back_by" in ('within_target', 'cooldown', 'stabilisation_window', 'at_max_capacity', 'at_min_capacity', 'insufficient_data', 'scale_in_disabled'))
);
--> statement-breakpoint
CREATE TABLE "scaling_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"source" text NOT NULL,
	"external_recommendation_id" text,
	"source_updated_at" timestamp with time zone,
	"kind" text NOT NULL,
	"bottleneck_analysis_id" uuid,
	"current_instance_type" text,
	"recommended_instance_type" text,
	"current_replicas" integer,
	"recommended_replicas" integer,
	"current_monthly_cost" numeric(14,2),
	"estimated_monthly_saving" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"confidence_percent" numeric(5,2),
	"rationale" text,
	"status" text DEFAULT 'open' NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"applied_at" timestamp with time zone,
	"applied_scaling_event_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scaling_recommendations_external_recommendation_id_format_check" CHECK ("external_recommendation_id" ~ '^\S{1,255}$'),
	CONSTRAINT "scaling_recommendations_current_instance_type_check" CHECK (char_length("current_instance_type") between 1 and 100),
	CONSTRAINT "scaling_recommendations_recommended_instance_type_check" CHECK (char_length("recommended_instance_type") between 1 and 100),
	CONSTRAINT "scaling_recommendations_recommended_check" CHECK ("recommended_instance_type" is not null or "recommended_replicas" is not null),
	CONSTRAINT "scaling_recommendations_current_type_check" CHECK ("recommended_instance_type" is null or "current_instance_type" is not null),
	CONSTRAINT "scaling_recommendations_replicas_check" CHECK ("recommended_replicas" is null or "current_replicas" is not null),
	CONSTRAINT "scaling_recommendations_current_replicas_check" CHECK ("current_replicas" >= 0),
	CONSTRAINT "scaling_recommendations_recommended_replicas_check" CHECK ("recommended_replicas" >= 0),
	CONSTRAINT "scaling_recommendations_current_monthly_cost_check" CHECK ("current_monthly_cost" >= 0),
	CONSTRAINT "scaling_recommendations_saving_check" CHECK ("current_monthly_cost" >= "estimated_monthly_saving"),
	CONSTRAINT "scaling_recommendations_confidence_percent_check" CHECK ("confidence_percent" between 0 and 100),
	CONSTRAINT "scaling_recommendations_reviewed_at_check" CHECK ("reviewed_at" >= "generated_at"),
	CONSTRAINT "scaling_recommendations_applied_at_check" CHECK ("applied_at" >= "generated_at"),
	CONSTRAINT "scaling_recommendations_reviewed_by_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "scaling_recommendations_applied_check" CHECK ("status" <> 'applied' or "applied_at" is not null),
	CONSTRAINT "scaling_recommendations_applied_event_check" CHECK ("applied_scaling_event_id" is null or "status" = 'applied'),
	CONSTRAINT "scaling_recommendations_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "scaling_recommendations_source_check" CHECK ("source" in ('aws_compute_optimizer', 'gcp_recommender', 'azure_advisor', 'kubecost', 'vpa_recommender', 'internal')),
	CONSTRAINT "scaling_recommendations_kind_check" CHECK ("kind" in ('rightsize_instance', 'change_instance_family', 'adjust_replicas', 'adjust_autoscaling_bounds', 'adjust_resource_requests')),
	CONSTRAINT "scaling_recommendations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "scaling_recommendations_status_check" CHECK ("status" in ('open', 'accepted', 'rejected', 'applied', 'expired', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "performance_baselines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'staging' NOT NULL,
	"endpoint" text NOT NULL,
	"source" text NOT NULL,
	"p50_latency_ms" numeric(12,3) NOT NULL,
	"p95_latency_ms" numeric(12,3) NOT NULL,
	"p99_latency_ms" numeric(12,3) NOT NULL,
	"throughput_rps" numeric(12,3) NOT NULL,
	"error_rate_percent" numeric(7,4) NOT NULL,
	"sample_count" bigint NOT NULL,
	"virtual_users" integer,
	"measured_from" timestamp with time zone NOT NULL,
	"measured_to" timestamp with time zone NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"approved_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_baselines_endpoint_format_check" CHECK ("endpoint" ~ '^([A-Z]+ \/\S*|[a-z]+:\S{1,250})$'),
	CONSTRAINT "performance_baselines_p50_latency_ms_check" CHECK ("p50_latency_ms" >= 0),
	CONSTRAINT "performance_baselines_p95_check" CHECK ("p95_latency_ms" >= "p50_latency_ms"),
	CONSTRAINT "performance_baselines_p99_check" CHECK ("p99_latency_ms" >= "p95_latency_ms"),
	CONSTRAINT "performance_baselines_throughput_rps_check" CHECK ("throughput_rps" >= 0),
	CONSTRAINT "performance_baselines_error_rate_percent_check" CHECK ("error_rate_percent" between 0 and 100),
	CONSTRAINT "performance_baselines_sample_count_check" CHECK ("sample_count" > 0),
	CONSTRAINT "performance_baselines_virtual_users_check" CHECK ("virtual_users" > 0),
	CONSTRAINT "performance_baselines_measured_to_check" CHECK ("measured_to" > "measured_from"),
	CONSTRAINT "performance_baselines_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "performance_baselines_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "performance_baselines_source_check" CHECK ("source" in ('k6', 'gatling', 'jmeter', 'locust', 'artillery', 'datadog_apm', 'grafana_tempo'))
);
--> statement-breakpoint
CREATE TABLE "regression_test_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"baseline_id" uuid NOT NULL,
	"workflow_id" uuid,
	"ci_provider" text NOT NULL,
	"ci_run_id" text NOT NULL,
	"commit_sha" text NOT NULL,
	"branch" text NOT NULL,
	"metric" text NOT NULL,
	"baseline_value" numeric(14,4) NOT NULL,
	"measured_value" numeric(14,4) NOT NULL,
	"delta_percent" numeric(9,2),
	"threshold_percent" numeric(7,2) NOT NULL,
	"regression_detected" boolean NOT NULL,
	"status" text NOT NULL,
	"waived_by_user_id" uuid,
	"waiver_reason" text,
	"ran_at" timestamp with time zone NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regression_test_results_ci_run_id_format_check" CHECK ("ci_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "regression_test_results_commit_sha_format_check" CHECK ("commit_sha" ~ '^([0-9a-f]{40}|[0-9a-f]{64})$'),
	CONSTRAINT "regression_test_results_branch_check" CHECK (char_length("branch") between 1 and 255),
	CONSTRAINT "regression_test_results_baseline_value_check" CHECK ("baseline_value" >= 0),
	CONSTRAINT "regression_test_results_measured_value_check" CHECK ("measured_value" >= 0),
	CONSTRAINT "regression_test_results_delta_percent_check" CHECK ("delta_percent" >= -100),
	CONSTRAINT "regression_test_results_threshold_percent_check" CHECK ("threshold_percent" > 0),
	CONSTRAINT "regression_test_results_waived_by_check" CHECK ("status" <> 'waived' or "waived_by_user_id" is not null),
	CONSTRAINT "regression_test_results_waived_by_status_check" CHECK ("waived_by_user_id" is null or "status" = 'waived'),
	CONSTRAINT "regression_test_results_waiver_reason_required_check" CHECK ("waived_by_user_id" is null or "waiver_reason" is not null),
	CONSTRAINT "regression_test_results_waiver_reason_check" CHECK (char_length("waiver_reason") between 1 and 2000),
	CONSTRAINT "regression_test_results_detected_check" CHECK ("regression_detected" = ("status" in ('regressed', 'waived'))),
	CONSTRAINT "regression_test_results_ci_provider_check" CHECK ("ci_provider" in ('github_actions', 'gitlab_ci', 'circleci', 'jenkins', 'buildkite', 'azure_pipelines')),
	CONSTRAINT "regression_test_results_metric_check" CHECK ("metric" in ('p50_latency_ms', 'p95_latency_ms', 'p99_latency_ms', 'throughput_rps', 'error_rate_percent')),
	CONSTRAINT "regression_test_results_status_check" CHECK ("status" in ('passed', 'regressed', 'improved', 'inconclusive', 'waived'))
);
--> statement-breakpoint
CREATE TABLE "synthetic_data_generators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"generator_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"engine" text NOT NULL,
	"target_tables" text[] NOT NULL,
	"default_seed" bigint,
	"faker_locale" text DEFAULT 'en_IE' NOT NULL,
	"rules" jsonb DEFAULT '[]' NOT NULL,
	"pii_free" boolean DEFAULT true NOT NULL,
	"pii_reviewed_at" timestamp with time zone,
	"pii_reviewed_by_user_id" uuid,
	"repository_path" text,
	"owner_team" text NOT NULL,
	"created_by_user_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synthetic_data_generators_generator_key_format_check" CHECK ("generator_key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "synthetic_data_generators_version_check" CHECK ("version" > 0),
	CONSTRAINT "synthetic_data_generators_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "synthetic_data_generators_target_tables_check" CHECK (cardinality("target_tables") >= 1 and array_to_string("target_tables", ' ', '') !~ ',' and array_to_string("target_tables", ',', '') ~ '^[a-z][a-z0-9_]{1,62}(,[a-z][a-z0-9_]{1,62})*$'),
	CONSTRAINT "synthetic_data_generators_default_seed_check" CHECK ("default_seed" >= 0),
	CONSTRAINT "synthetic_data_generators_faker_locale_format_check" CHECK ("faker_locale" ~ '^[a-z]{2,3}(_[A-Z]{2})?$'),
	CONSTRAINT "synthetic_data_generators_pii_review_check" CHECK (("pii_reviewed_at" is null) = ("pii_reviewed_by_user_id" is null)),
	CONSTRAINT "synthetic_data_generators_active_review_check" CHECK ("status" <> 'active' or "pii_reviewed_at" is not null),
	CONSTRAINT "synthetic_data_generators_repository_path_check" CHECK (char_length("repository_path") between 1 and 500),
	CONSTRAINT "synthetic_data_generators_owner_team_format_check" CHECK ("owner_team" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "synthetic_data_generators_engine_check" CHECK ("engine" in ('faker_js', 'faker_python', 'mimesis', 'sdv', 'gretel', 'custom')),
	CONSTRAINT "synthetic_data_generators_status_check" CHECK ("status" in ('draft', 'active', 'deprecated', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "synthetic_data_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"generator_id" uuid NOT NULL,
	"seed" bigint NOT NULL,
	"environment" text NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"row_counts" jsonb DEFAULT '{}' NOT NULL,
	"total_row_count" bigint NOT NULL,
	"size_bytes" bigint NOT NULL,
	"format" text NOT NULL,
	"storage_key" text NOT NULL,
	"checksum_sha256" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generation_duration_ms" integer,
	"expires_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"workflow_id" uuid,
	"requested_by_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synthetic_data_sets_seed_check" CHECK ("seed" >= 0),
	CONSTRAINT "synthetic_data_sets_total_row_count_check" CHECK ("total_row_count" >= 0),
	CONSTRAINT "synthetic_data_sets_size_bytes_check" CHECK ("size_bytes" >= 0),
	CONSTRAINT "synthetic_data_sets_storage_key_check" CHECK (char_length("storage_key") between 1 and 1024),
	CONSTRAINT "synthetic_data_sets_checksum_sha256_format_check" CHECK ("checksum_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "synthetic_data_sets_generation_duration_ms_check" CHECK ("generation_duration_ms" >= 0),
	CONSTRAINT "synthetic_data_sets_expires_at_check" CHECK ("expires_at" > "generated_at"),
	CONSTRAINT "synthetic_data_sets_deleted_at_check" CHECK ("deleted_at" >= "generated_at"),
	CONSTRAINT "synthetic_data_sets_deleted_check" CHECK ("status" <> 'deleted' or "deleted_at" is not null),
	CONSTRAINT "synthetic_data_sets_deleted_status_check" CHECK ("deleted_at" is null or "status" = 'deleted'),
	CONSTRAINT "synthetic_data_sets_environment_check" CHECK ("environment" in ('ci', 'development', 'staging', 'preview', 'performance', 'demo', 'production')),
	CONSTRAINT "synthetic_data_sets_status_check" CHECK ("status" in ('available', 'quarantined', 'expired', 'deleted')),
	CONSTRAINT "synthetic_data_sets_format_check" CHECK ("format" in ('sql_dump', 'pg_dump_custom', 'csv', 'parquet', 'jsonl'))
);
--> statement-breakpoint
CREATE TABLE "synthetic_test_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"case_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"target_url" text,
	"http_method" text,
	"target_endpoint" text,
	"schedule_cron" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"regions" text[] NOT NULL,
	"timeout_ms" integer NOT NULL,
	"retry_count" integer DEFAULT 0 NOT NULL,
	"assertions" jsonb DEFAULT '[]' NOT NULL,
	"owner_team" text NOT NULL,
	"owner_user_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synthetic_test_cases_case_key_format_check" CHECK ("case_key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "synthetic_test_cases_version_check" CHECK ("version" > 0),
	CONSTRAINT "synthetic_test_cases_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "synthetic_test_cases_target_url_format_check" CHECK ("target_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "synthetic_test_cases_target_endpoint_check" CHECK (char_length("target_endpoint") between 1 and 500),
	CONSTRAINT "synthetic_test_cases_target_check" CHECK ("target_url" is not null or "target_endpoint" is not null),
	CONSTRAINT "synthetic_test_cases_browser_url_check" CHECK ("kind" <> 'browser_journey' or "target_url" is not null),
	CONSTRAINT "synthetic_test_cases_schedule_cron_format_check" CHECK ("schedule_cron" ~ '^([0-9A-Za-z*,/?#-]+( [0-9A-Za-z*,/?#-]+){4,5}|@(yearly|annually|monthly|weekly|daily|hourly))$'),
	CONSTRAINT "synthetic_test_cases_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "synthetic_test_cases_regions_check" CHECK (cardinality("regions") >= 1 and array_to_string("regions", ' ', '') !~ ',' and array_to_string("regions", ',', '') ~ '^[a-z][a-z0-9-]{1,39}(,[a-z][a-z0-9-]{1,39})*$'),
	CONSTRAINT "synthetic_test_cases_timeout_ms_check" CHECK ("timeout_ms" > 0 and "timeout_ms" <= 3600000),
	CONSTRAINT "synthetic_test_cases_retry_count_check" CHECK ("retry_count" >= 0),
	CONSTRAINT "synthetic_test_cases_owner_team_format_check" CHECK ("owner_team" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "synthetic_test_cases_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "synthetic_test_cases_kind_check" CHECK ("kind" in ('api', 'multistep_api', 'browser_journey', 'database', 'contract')),
	CONSTRAINT "synthetic_test_cases_http_method_check" CHECK ("http_method" in ('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS')),
	CONSTRAINT "synthetic_test_cases_status_check" CHECK ("status" in ('draft', 'active', 'paused', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "synthetic_test_executions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"test_case_id" uuid NOT NULL,
	"runner" text NOT NULL,
	"external_execution_id" text NOT NULL,
	"region" text NOT NULL,
	"triggered_by" text DEFAULT 'schedule' NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"assertion_count" integer DEFAULT 0 NOT NULL,
	"failed_assertion_count" integer DEFAULT 0 NOT NULL,
	"error_message" text,
	"result_url" text,
	"runtime_version" text,
	"health_check_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synthetic_test_executions_external_execution_id_format_check" CHECK ("external_execution_id" ~ '^\S{1,255}$'),
	CONSTRAINT "synthetic_test_executions_region_format_check" CHECK ("region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "synthetic_test_executions_attempt_check" CHECK ("attempt" > 0),
	CONSTRAINT "synthetic_test_executions_finished_at_check" CHECK ("finished_at" >= "started_at"),
	CONSTRAINT "synthetic_test_executions_duration_ms_check" CHECK ("duration_ms" >= 0),
	CONSTRAINT "synthetic_test_executions_failed_assertion_count_check" CHECK ("failed_assertion_count" >= 0),
	CONSTRAINT "synthetic_test_executions_assertion_count_check" CHECK ("assertion_count" >= "failed_assertion_count"),
	CONSTRAINT "synthetic_test_executions_errored_check" CHECK ("status" <> 'errored' or "error_message" is not null),
	CONSTRAINT "synthetic_test_executions_result_url_format_check" CHECK ("result_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "synthetic_test_executions_runner_check" CHECK ("runner" in ('checkly', 'datadog_synthetics', 'grafana_synthetic_monitoring', 'new_relic_synthetics', 'cloudwatch_synthetics', 'playwright_runner', 'pact_broker')),
	CONSTRAINT "synthetic_test_executions_triggered_by_check" CHECK ("triggered_by" in ('schedule', 'manual', 'deployment', 'ci', 'api')),
	CONSTRAINT "synthetic_test_executions_status_check" CHECK ("status" in ('passed', 'degraded', 'failed', 'errored', 'timed_out'))
);
--> statement-breakpoint
CREATE TABLE "synthetic_test_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"execution_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"step_kind" text NOT NULL,
	"step_name" text NOT NULL,
	"assertion_source" text,
	"comparison" text,
	"expected_value" text,
	"actual_value" text,
	"passed" boolean NOT NULL,
	"timing_ms" integer,
	"http_status_code" integer,
	"started_at" timestamp with time zone,
	"error_message" text,
	"screenshot_storage_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synthetic_test_results_step_index_check" CHECK ("step_index" >= 0),
	CONSTRAINT "synthetic_test_results_step_name_check" CHECK (char_length("step_name") between 1 and 500),
	CONSTRAINT "synthetic_test_results_assertion_step_check" CHECK ("step_kind" <> 'assertion' or "assertion_source" is not null),
	CONSTRAINT "synthetic_test_results_assertion_comparison_check" CHECK ("assertion_source" is null or "comparison" is not null),
	CONSTRAINT "synthetic_test_results_expected_value_check" CHECK (char_length("expected_value") <= 10000),
	CONSTRAINT "synthetic_test_results_actual_value_check" CHECK (char_length("actual_value") <= 10000),
	CONSTRAINT "synthetic_test_results_timing_ms_check" CHECK ("timing_ms" >= 0),
	CONSTRAINT "synthetic_test_results_http_status_code_check" CHECK ("http_status_code" between 100 and 599),
	CONSTRAINT "synthetic_test_results_screenshot_storage_key_check" CHECK (char_length("screenshot_storage_key") between 1 and 1024),
	CONSTRAINT "synthetic_test_results_step_kind_check" CHECK ("step_kind" in ('request', 'navigation', 'interaction', 'assertion', 'query', 'contract_interaction')),
	CONSTRAINT "synthetic_test_results_assertion_source_check" CHECK ("assertion_source" in ('status_code', 'response_time', 'json_body', 'text_body', 'header', 'element_visible', 'element_text', 'page_url', 'row_count', 'query_result', 'contract_interaction', 'tls_certificate_days')),
	CONSTRAINT "synthetic_test_results_comparison_check" CHECK ("comparison" in ('equals', 'not_equals', 'less_than', 'less_than_or_equal', 'greater_than', 'greater_than_or_equal', 'contains', 'not_contains', 'matches', 'is_empty', 'not_empty'))
);
--> statement-breakpoint
CREATE TABLE "test_automation_workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"provider" text NOT NULL,
	"external_workflow_id" text NOT NULL,
	"repository" text NOT NULL,
	"name" text NOT NULL,
	"workflow_path" text,
	"service_id" uuid,
	"triggers" text[] NOT NULL,
	"schedule_cron" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"suite_kinds" text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_run_id" text,
	"last_run_status" text,
	"last_run_at" timestamp with time zone,
	"owner_team" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_automation_workflows_external_workflow_id_format_check" CHECK ("external_workflow_id" ~ '^\S{1,255}$'),
	CONSTRAINT "test_automation_workflows_repository_format_check" CHECK ("repository" ~ '^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$'),
	CONSTRAINT "test_automation_workflows_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "test_automation_workflows_workflow_path_check" CHECK (char_length("workflow_path") between 1 and 500),
	CONSTRAINT "test_automation_workflows_triggers_check" CHECK ("triggers" <@ array['push', 'pull_request', 'merge_queue', 'schedule', 'manual', 'deployment', 'tag', 'api', 'upstream_pipeline']::text[]),
	CONSTRAINT "test_automation_workflows_schedule_cron_format_check" CHECK ("schedule_cron" ~ '^([0-9A-Za-z*,/?#-]+( [0-9A-Za-z*,/?#-]+){4,5}|@(yearly|annually|monthly|weekly|daily|hourly))$'),
	CONSTRAINT "test_automation_workflows_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "test_automation_workflows_suite_kinds_check" CHECK ("suite_kinds" <@ array['unit', 'integration', 'contract', 'end_to_end', 'synthetic', 'performance', 'regression', 'data_generation', 'data_quality']::text[]),
	CONSTRAINT "test_automation_workflows_last_run_id_format_check" CHECK ("last_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "test_automation_workflows_last_run_at_check" CHECK ("last_run_status" is null or "last_run_at" is not null),
	CONSTRAINT "test_automation_workflows_last_run_id_status_check" CHECK ("last_run_id" is null or "last_run_status" is not null),
	CONSTRAINT "test_automation_workflows_owner_team_format_check" CHECK ("owner_team" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "test_automation_workflows_provider_check" CHECK ("provider" in ('github_actions', 'gitlab_ci', 'circleci', 'jenkins', 'buildkite', 'azure_pipelines')),
	CONSTRAINT "test_automation_workflows_status_check" CHECK ("status" in ('active', 'disabled', 'archived')),
	CONSTRAINT "test_automation_workflows_last_run_status_check" CHECK ("last_run_status" in ('success', 'failure', 'cancelled', 'skipped', 'timed_out', 'in_progress'))
);
--> statement-breakpoint
CREATE TABLE "test_coverage_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"source" text NOT NULL,
	"ci_provider" text NOT NULL,
	"build_id" text NOT NULL,
	"commit_sha" text NOT NULL,
	"branch" text NOT NULL,
	"lines_total" integer NOT NULL,
	"lines_covered" integer NOT NULL,
	"lines_covered_percent" numeric(5,2) NOT NULL,
	"branches_covered_percent" numeric(5,2),
	"tests_total" integer NOT NULL,
	"tests_failed" integer DEFAULT 0 NOT NULL,
	"tests_skipped" integer DEFAULT 0 NOT NULL,
	"coverage_delta_percent" numeric(5,2),
	"measured_at" timestamp with time zone NOT NULL,
	"report_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_coverage_metrics_build_id_format_check" CHECK ("build_id" ~ '^\S{1,255}$'),
	CONSTRAINT "test_coverage_metrics_commit_sha_format_check" CHECK ("commit_sha" ~ '^([0-9a-f]{40}|[0-9a-f]{64})$'),
	CONSTRAINT "test_coverage_metrics_branch_check" CHECK (char_length("branch") between 1 and 255),
	CONSTRAINT "test_coverage_metrics_lines_covered_check" CHECK ("lines_covered" >= 0),
	CONSTRAINT "test_coverage_metrics_lines_check" CHECK ("lines_total" >= "lines_covered"),
	CONSTRAINT "test_coverage_metrics_lines_covered_percent_check" CHECK ("lines_covered_percent" between 0 and 100),
	CONSTRAINT "test_coverage_metrics_branches_covered_percent_check" CHECK ("branches_covered_percent" between 0 and 100),
	CONSTRAINT "test_coverage_metrics_tests_failed_check" CHECK ("tests_failed" >= 0),
	CONSTRAINT "test_coverage_metrics_tests_skipped_check" CHECK ("tests_skipped" >= 0),
	CONSTRAINT "test_coverage_metrics_failed_within_total_check" CHECK ("tests_total" >= "tests_failed"),
	CONSTRAINT "test_coverage_metrics_skipped_within_total_check" CHECK ("tests_total" >= "tests_skipped"),
	CONSTRAINT "test_coverage_metrics_coverage_delta_percent_check" CHECK ("coverage_delta_percent" between -100 and 100),
	CONSTRAINT "test_coverage_metrics_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "test_coverage_metrics_source_check" CHECK ("source" in ('codecov', 'coveralls', 'sonarqube', 'ci_artifact')),
	CONSTRAINT "test_coverage_metrics_ci_provider_check" CHECK ("ci_provider" in ('github_actions', 'gitlab_ci', 'circleci', 'jenkins', 'buildkite', 'azure_pipelines'))
);
--> statement-breakpoint
CREATE TABLE "test_data_quality_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"data_set_id" uuid NOT NULL,
	"check_key" text NOT NULL,
	"check_kind" text NOT NULL,
	"tool" text NOT NULL,
	"target_table" text,
	"target_column" text,
	"rows_checked" bigint NOT NULL,
	"rows_failed" bigint DEFAULT 0 NOT NULL,
	"completeness_percent" numeric(5,2),
	"validity_percent" numeric(5,2),
	"uniqueness_percent" numeric(5,2),
	"threshold_percent" numeric(5,2),
	"pii_findings_count" integer,
	"passed" boolean NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_data_quality_metrics_check_key_format_check" CHECK ("check_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "test_data_quality_metrics_target_table_format_check" CHECK ("target_table" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "test_data_quality_metrics_target_column_format_check" CHECK ("target_column" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "test_data_quality_metrics_target_table_check" CHECK ("target_column" is null or "target_table" is not null),
	CONSTRAINT "test_data_quality_metrics_rows_failed_check" CHECK ("rows_failed" >= 0),
	CONSTRAINT "test_data_quality_metrics_rows_check" CHECK ("rows_checked" >= "rows_failed"),
	CONSTRAINT "test_data_quality_metrics_completeness_percent_check" CHECK ("completeness_percent" between 0 and 100),
	CONSTRAINT "test_data_quality_metrics_validity_percent_check" CHECK ("validity_percent" between 0 and 100),
	CONSTRAINT "test_data_quality_metrics_uniqueness_percent_check" CHECK ("uniqueness_percent" between 0 and 100),
	CONSTRAINT "test_data_quality_metrics_threshold_percent_check" CHECK ("threshold_percent" between 0 and 100),
	CONSTRAINT "test_data_quality_metrics_pii_findings_count_check" CHECK ("pii_findings_count" >= 0),
	CONSTRAINT "test_data_quality_metrics_pii_findings_check" CHECK ("check_kind" <> 'pii_scan' or "pii_findings_count" is not null),
	CONSTRAINT "test_data_quality_metrics_pii_findings_kind_check" CHECK ("pii_findings_count" is null or "check_kind" = 'pii_scan'),
	CONSTRAINT "test_data_quality_metrics_check_kind_check" CHECK ("check_kind" in ('completeness', 'validity', 'uniqueness', 'referential_integrity', 'distribution', 'pii_scan')),
	CONSTRAINT "test_data_quality_metrics_tool_check" CHECK ("tool" in ('great_expectations', 'soda', 'dbt_tests', 'deequ', 'presidio', 'custom'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "access_logs_source_request_id_key" ON "access_logs" ("source","request_id");--> statement-breakpoint
CREATE INDEX "access_logs_occurred_at_brin_idx" ON "access_logs" USING brin ("occurred_at");--> statement-breakpoint
CREATE INDEX "access_logs_user_id_idx" ON "access_logs" ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "access_logs_refused_client_ip_idx" ON "access_logs" ("client_ip","occurred_at") WHERE "status_code" in (401, 403, 429);--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_audits_engagement_reference_key" ON "compliance_audits" ("engagement_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_audits_source_external_id_key" ON "compliance_audits" ("source","external_id");--> statement-breakpoint
CREATE INDEX "compliance_audits_security_audit_id_idx" ON "compliance_audits" ("security_audit_id");--> statement-breakpoint
CREATE INDEX "compliance_audits_audit_liaison_user_id_idx" ON "compliance_audits" ("audit_liaison_user_id");--> statement-breakpoint
CREATE INDEX "compliance_audits_framework_idx" ON "compliance_audits" ("framework","period_end");--> statement-breakpoint
CREATE INDEX "compliance_audits_certificate_expiry_idx" ON "compliance_audits" ("certificate_valid_until") WHERE "result" in ('certified', 'conditionally_certified');--> statement-breakpoint
CREATE INDEX "data_access_audit_occurred_at_brin_idx" ON "data_access_audit" USING brin ("occurred_at");--> statement-breakpoint
CREATE INDEX "data_access_audit_subject_user_id_idx" ON "data_access_audit" ("subject_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "data_access_audit_actor_user_id_idx" ON "data_access_audit" ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "data_access_audit_actor_service_id_idx" ON "data_access_audit" ("actor_service_id","occurred_at");--> statement-breakpoint
CREATE INDEX "data_access_audit_data_privacy_request_id_idx" ON "data_access_audit" ("data_privacy_request_id");--> statement-breakpoint
CREATE INDEX "data_access_audit_admin_action_id_idx" ON "data_access_audit" ("admin_action_id");--> statement-breakpoint
CREATE INDEX "data_access_audit_row_idx" ON "data_access_audit" ("table_name","row_id","occurred_at");--> statement-breakpoint
CREATE INDEX "data_access_audit_exports_idx" ON "data_access_audit" ("occurred_at") WHERE "access_type" in ('export', 'download', 'share');--> statement-breakpoint
CREATE UNIQUE INDEX "encryption_audit_source_external_id_key" ON "encryption_audit" ("source","external_id");--> statement-breakpoint
CREATE INDEX "encryption_audit_encryption_key_id_idx" ON "encryption_audit" ("encryption_key_id","checked_at");--> statement-breakpoint
CREATE INDEX "encryption_audit_compliance_audit_id_idx" ON "encryption_audit" ("compliance_audit_id");--> statement-breakpoint
CREATE INDEX "encryption_audit_checked_by_user_id_idx" ON "encryption_audit" ("checked_by_user_id");--> statement-breakpoint
CREATE INDEX "encryption_audit_non_compliant_idx" ON "encryption_audit" ("remediation_due_on") WHERE "result" = 'non_compliant';--> statement-breakpoint
CREATE UNIQUE INDEX "password_policy_compliance_current_key" ON "password_policy_compliance" ("user_id","security_policy_id") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE INDEX "password_policy_compliance_user_id_idx" ON "password_policy_compliance" ("user_id","evaluated_at");--> statement-breakpoint
CREATE INDEX "password_policy_compliance_security_policy_id_idx" ON "password_policy_compliance" ("security_policy_id","status");--> statement-breakpoint
CREATE INDEX "password_policy_compliance_non_compliant_idx" ON "password_policy_compliance" ("grace_ends_on") WHERE "status" = 'non_compliant' and "superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "permission_changes_source_external_id_key" ON "permission_changes" ("source","external_id");--> statement-breakpoint
CREATE INDEX "permission_changes_grantee_user_id_idx" ON "permission_changes" ("grantee_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "permission_changes_grantee_practice_id_idx" ON "permission_changes" ("grantee_practice_id","occurred_at");--> statement-breakpoint
CREATE INDEX "permission_changes_changed_by_user_id_idx" ON "permission_changes" ("changed_by_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "permission_changes_approved_by_user_id_idx" ON "permission_changes" ("approved_by_user_id");--> statement-breakpoint
CREATE INDEX "permission_changes_admin_action_id_idx" ON "permission_changes" ("admin_action_id");--> statement-breakpoint
CREATE INDEX "permission_changes_grant_idx" ON "permission_changes" ("grant_kind","grant_row_id","occurred_at");--> statement-breakpoint
CREATE INDEX "permission_changes_admin_role_idx" ON "permission_changes" ("occurred_at") WHERE "grant_kind" = 'admin_role';--> statement-breakpoint
CREATE UNIQUE INDEX "security_event_logs_source_external_event_id_key" ON "security_event_logs" ("source","external_event_id");--> statement-breakpoint
CREATE INDEX "security_event_logs_occurred_at_brin_idx" ON "security_event_logs" USING brin ("occurred_at");--> statement-breakpoint
CREATE INDEX "security_event_logs_actor_user_id_idx" ON "security_event_logs" ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "security_event_logs_actor_service_id_idx" ON "security_event_logs" ("actor_service_id","occurred_at");--> statement-breakpoint
CREATE INDEX "security_event_logs_source_ip_idx" ON "security_event_logs" ("source_ip","occurred_at");--> statement-breakpoint
CREATE INDEX "security_event_logs_correlation_id_idx" ON "security_event_logs" ("correlation_id") WHERE "correlation_id" is not null;--> statement-breakpoint
CREATE INDEX "security_event_logs_triage_idx" ON "security_event_logs" ("severity","occurred_at") WHERE "severity" in ('high', 'critical');--> statement-breakpoint
CREATE UNIQUE INDEX "security_incident_reports_incident_reference_key" ON "security_incident_reports" ("incident_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "security_incident_reports_source_external_id_key" ON "security_incident_reports" ("source","external_id");--> statement-breakpoint
CREATE INDEX "security_incident_reports_incident_lead_idx" ON "security_incident_reports" ("incident_lead_admin_user_id");--> statement-breakpoint
CREATE INDEX "security_incident_reports_reported_by_user_id_idx" ON "security_incident_reports" ("reported_by_user_id");--> statement-breakpoint
CREATE INDEX "security_incident_reports_open_idx" ON "security_incident_reports" ("severity","detected_at") WHERE "status" in ('investigating', 'contained');--> statement-breakpoint
CREATE INDEX "security_incident_reports_notification_due_idx" ON "security_incident_reports" ("notification_deadline_at") WHERE "personal_data_breach" = 'confirmed' and "authority_notified_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "security_policy_violations_source_external_id_key" ON "security_policy_violations" ("source","external_id");--> statement-breakpoint
CREATE INDEX "security_policy_violations_security_policy_id_idx" ON "security_policy_violations" ("security_policy_id");--> statement-breakpoint
CREATE INDEX "security_policy_violations_violator_user_id_idx" ON "security_policy_violations" ("violator_user_id","detected_at");--> statement-breakpoint
CREATE INDEX "security_policy_violations_violator_service_id_idx" ON "security_policy_violations" ("violator_service_id","detected_at");--> statement-breakpoint
CREATE INDEX "security_policy_violations_resolved_by_idx" ON "security_policy_violations" ("resolved_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "security_policy_violations_security_event_log_id_idx" ON "security_policy_violations" ("security_event_log_id");--> statement-breakpoint
CREATE INDEX "security_policy_violations_incident_id_idx" ON "security_policy_violations" ("security_incident_report_id");--> statement-breakpoint
CREATE INDEX "security_policy_violations_open_idx" ON "security_policy_violations" ("severity","remediation_due_on") WHERE "status" <> 'resolved';--> statement-breakpoint
CREATE UNIQUE INDEX "suspicious_activity_flags_detector_alert_id_key" ON "suspicious_activity_flags" ("detector","detector_alert_id");--> statement-breakpoint
CREATE INDEX "suspicious_activity_flags_subject_user_id_idx" ON "suspicious_activity_flags" ("subject_user_id","flagged_at");--> statement-breakpoint
CREATE INDEX "suspicious_activity_flags_ip_address_idx" ON "suspicious_activity_flags" ("ip_address","flagged_at");--> statement-breakpoint
CREATE INDEX "suspicious_activity_flags_reviewed_by_idx" ON "suspicious_activity_flags" ("reviewed_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "suspicious_activity_flags_incident_id_idx" ON "suspicious_activity_flags" ("security_incident_report_id");--> statement-breakpoint
CREATE INDEX "suspicious_activity_flags_open_idx" ON "suspicious_activity_flags" ("risk_score","flagged_at") WHERE "status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "ai_cost_centres_code_key" ON "ai_cost_centres" ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_cost_centres_source_external_id_key" ON "ai_cost_centres" ("source","external_id");--> statement-breakpoint
CREATE INDEX "ai_cost_centres_parent_cost_centre_id_idx" ON "ai_cost_centres" ("parent_cost_centre_id");--> statement-breakpoint
CREATE INDEX "ai_cost_centres_account_user_id_idx" ON "ai_cost_centres" ("account_user_id");--> statement-breakpoint
CREATE INDEX "ai_cost_centres_owner_admin_user_id_idx" ON "ai_cost_centres" ("owner_admin_user_id");--> statement-breakpoint
CREATE INDEX "ai_cost_centres_agent_key_idx" ON "ai_cost_centres" ("agent_key");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_token_usage_provider_external_id_key" ON "ai_token_usage" ("provider","external_id");--> statement-breakpoint
CREATE INDEX "ai_token_usage_model_id_idx" ON "ai_token_usage" ("model_id","usage_date");--> statement-breakpoint
CREATE INDEX "ai_token_usage_agent_config_id_idx" ON "ai_token_usage" ("agent_config_id","usage_date");--> statement-breakpoint
CREATE INDEX "ai_token_usage_user_id_idx" ON "ai_token_usage" ("user_id","usage_date");--> statement-breakpoint
CREATE INDEX "ai_token_usage_cost_centre_id_idx" ON "ai_token_usage" ("cost_centre_id","usage_date");--> statement-breakpoint
CREATE UNIQUE INDEX "api_cost_breakdown_invoice_line_key" ON "api_cost_breakdown" ("provider","invoice_number","line_number");--> statement-breakpoint
CREATE INDEX "api_cost_breakdown_model_id_idx" ON "api_cost_breakdown" ("model_id","period_start");--> statement-breakpoint
CREATE INDEX "api_cost_breakdown_period_idx" ON "api_cost_breakdown" ("provider","period_start");--> statement-breakpoint
CREATE INDEX "api_cost_breakdown_open_idx" ON "api_cost_breakdown" ("reconciliation_status","invoice_date") WHERE "reconciliation_status" in ('pending', 'variance', 'disputed');--> statement-breakpoint
CREATE UNIQUE INDEX "cost_alerts_crossing_key" ON "cost_alerts" ("token_budget_id","period_start","alert_type","threshold_percent");--> statement-breakpoint
CREATE INDEX "cost_alerts_token_usage_forecast_id_idx" ON "cost_alerts" ("token_usage_forecast_id");--> statement-breakpoint
CREATE INDEX "cost_alerts_crossed_at_idx" ON "cost_alerts" ("crossed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cost_optimization_recommendations_source_external_id_key" ON "cost_optimization_recommendations" ("source","external_id");--> statement-breakpoint
CREATE INDEX "cost_optimization_recommendations_agent_config_id_idx" ON "cost_optimization_recommendations" ("agent_config_id");--> statement-breakpoint
CREATE INDEX "cost_optimization_recommendations_current_model_id_idx" ON "cost_optimization_recommendations" ("current_model_id");--> statement-breakpoint
CREATE INDEX "cost_optimization_recommendations_suggested_model_id_idx" ON "cost_optimization_recommendations" ("suggested_model_id");--> statement-breakpoint
CREATE INDEX "cost_optimization_recommendations_decided_by_idx" ON "cost_optimization_recommendations" ("decided_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "cost_optimization_recommendations_open_idx" ON "cost_optimization_recommendations" ("monthly_saving") WHERE "status" = 'proposed';--> statement-breakpoint
CREATE UNIQUE INDEX "cost_tracking_cost_key" ON "cost_tracking" ("cost_centre_id","cost_date","model_id","token_pricing_tier_id");--> statement-breakpoint
CREATE INDEX "cost_tracking_cost_date_brin" ON "cost_tracking" USING brin ("cost_date");--> statement-breakpoint
CREATE INDEX "cost_tracking_model_id_idx" ON "cost_tracking" ("model_id","cost_date");--> statement-breakpoint
CREATE INDEX "cost_tracking_token_pricing_tier_id_idx" ON "cost_tracking" ("token_pricing_tier_id");--> statement-breakpoint
CREATE INDEX "cost_tracking_api_cost_breakdown_id_idx" ON "cost_tracking" ("api_cost_breakdown_id");--> statement-breakpoint
CREATE INDEX "cost_tracking_unreconciled_idx" ON "cost_tracking" ("cost_date","model_id") WHERE "status" <> 'reconciled';--> statement-breakpoint
CREATE UNIQUE INDEX "token_budgets_current_key" ON "token_budgets" ("cost_centre_id","budget_period") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "token_budgets_cost_centre_id_idx" ON "token_budgets" ("cost_centre_id","valid_from");--> statement-breakpoint
CREATE INDEX "token_budgets_owner_admin_user_id_idx" ON "token_budgets" ("owner_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "token_cache_hits_model_day_key" ON "token_cache_hits" ("model_id","cache_date","cache_layer");--> statement-breakpoint
CREATE INDEX "token_cache_hits_cache_date_idx" ON "token_cache_hits" ("cache_date");--> statement-breakpoint
CREATE INDEX "token_cache_hits_token_pricing_tier_id_idx" ON "token_cache_hits" ("token_pricing_tier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "token_pricing_tiers_model_id_tier_valid_from_key" ON "token_pricing_tiers" ("model_id","tier","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "token_pricing_tiers_current_key" ON "token_pricing_tiers" ("model_id","tier") WHERE "valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "token_quota_limits_current_key" ON "token_quota_limits" ("scope_type",coalesce("plan", ''),coalesce("user_id"::text, ''),coalesce("agent_key", ''),coalesce("model_id"::text, ''),"period") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "token_quota_limits_user_id_idx" ON "token_quota_limits" ("user_id","valid_from");--> statement-breakpoint
CREATE INDEX "token_quota_limits_model_id_idx" ON "token_quota_limits" ("model_id");--> statement-breakpoint
CREATE INDEX "token_quota_limits_set_by_admin_user_id_idx" ON "token_quota_limits" ("set_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "token_quota_limits_scope_idx" ON "token_quota_limits" ("scope_type","plan","agent_key") WHERE "valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "token_usage_forecasts_run_key" ON "token_usage_forecasts" ("cost_centre_id","forecast_month","method","as_of_date");--> statement-breakpoint
CREATE UNIQUE INDEX "token_usage_forecasts_current_key" ON "token_usage_forecasts" ("cost_centre_id","forecast_month") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE INDEX "token_usage_forecasts_month_idx" ON "token_usage_forecasts" ("forecast_month") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "dead_letter_queue_source_message_key" ON "dead_letter_queue" ("queue_id","source_system","source_message_id");--> statement-breakpoint
CREATE INDEX "dead_letter_queue_claim_idx" ON "dead_letter_queue" ("queue_id","next_attempt_at") WHERE "status" in ('pending', 'claimed');--> statement-breakpoint
CREATE INDEX "dead_letter_queue_parked_idx" ON "dead_letter_queue" ("queue_id","parked_at") WHERE "status" = 'parked';--> statement-breakpoint
CREATE INDEX "dead_letter_queue_status_idx" ON "dead_letter_queue" ("queue_id","status","last_failed_at");--> statement-breakpoint
CREATE INDEX "dead_letter_queue_validation_rule_id_idx" ON "dead_letter_queue" ("validation_rule_id");--> statement-breakpoint
CREATE INDEX "dead_letter_queue_error_log_id_idx" ON "dead_letter_queue" ("error_log_id");--> statement-breakpoint
CREATE INDEX "dead_letter_queue_message_type_idx" ON "dead_letter_queue" ("message_type","last_failed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dlq_alert_rules_queue_id_rule_key_key" ON "dlq_alert_rules" ("queue_id","rule_key");--> statement-breakpoint
CREATE INDEX "dlq_alert_rules_enabled_idx" ON "dlq_alert_rules" ("metric") WHERE "enabled";--> statement-breakpoint
CREATE INDEX "dlq_alert_rules_last_system_alert_id_idx" ON "dlq_alert_rules" ("last_system_alert_id");--> statement-breakpoint
CREATE INDEX "dlq_alert_rules_created_by_admin_user_id_idx" ON "dlq_alert_rules" ("created_by_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dlq_analytics_queue_id_bucket_start_key" ON "dlq_analytics" ("queue_id","bucket_start");--> statement-breakpoint
CREATE UNIQUE INDEX "dlq_cleanup_policies_current_key" ON "dlq_cleanup_policies" ("queue_id","message_status") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "dlq_cleanup_policies_queue_id_idx" ON "dlq_cleanup_policies" ("queue_id","message_status","valid_from");--> statement-breakpoint
CREATE INDEX "dlq_cleanup_policies_approved_by_admin_user_id_idx" ON "dlq_cleanup_policies" ("approved_by_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dlq_manual_reviews_open_key" ON "dlq_manual_reviews" ("dead_letter_id") WHERE "status" in ('open', 'in_review');--> statement-breakpoint
CREATE INDEX "dlq_manual_reviews_dead_letter_id_idx" ON "dlq_manual_reviews" ("dead_letter_id","opened_at");--> statement-breakpoint
CREATE INDEX "dlq_manual_reviews_message_pattern_id_idx" ON "dlq_manual_reviews" ("message_pattern_id");--> statement-breakpoint
CREATE INDEX "dlq_manual_reviews_reviewer_admin_user_id_idx" ON "dlq_manual_reviews" ("reviewer_admin_user_id","decided_at");--> statement-breakpoint
CREATE INDEX "dlq_manual_reviews_queue_idx" ON "dlq_manual_reviews" ("priority","due_at") WHERE "status" in ('open', 'in_review');--> statement-breakpoint
CREATE UNIQUE INDEX "dlq_processing_logs_dead_letter_id_attempt_number_key" ON "dlq_processing_logs" ("dead_letter_id","attempt_number");--> statement-breakpoint
CREATE INDEX "dlq_processing_logs_created_at_brin_idx" ON "dlq_processing_logs" USING brin ("created_at");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_dead_letter_id_idx" ON "dlq_recovery_actions" ("dead_letter_id","requested_at");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_queue_id_idx" ON "dlq_recovery_actions" ("queue_id","requested_at");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_target_queue_id_idx" ON "dlq_recovery_actions" ("target_queue_id");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_manual_review_id_idx" ON "dlq_recovery_actions" ("manual_review_id");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_operator_admin_user_id_idx" ON "dlq_recovery_actions" ("operator_admin_user_id","requested_at");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_approved_by_admin_user_id_idx" ON "dlq_recovery_actions" ("approved_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "dlq_recovery_actions_open_idx" ON "dlq_recovery_actions" ("requested_at") WHERE "status" in ('requested', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "message_pattern_analysis_queue_id_error_fingerprint_key" ON "message_pattern_analysis" ("queue_id","error_fingerprint");--> statement-breakpoint
CREATE INDEX "message_pattern_analysis_open_idx" ON "message_pattern_analysis" ("queue_id","last_seen_at") WHERE "status" in ('open', 'acknowledged');--> statement-breakpoint
CREATE INDEX "message_pattern_analysis_sample_dead_letter_id_idx" ON "message_pattern_analysis" ("sample_dead_letter_id");--> statement-breakpoint
CREATE INDEX "message_pattern_analysis_error_log_id_idx" ON "message_pattern_analysis" ("error_log_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_queue_configs_queue_id_version_key" ON "message_queue_configs" ("queue_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "message_queue_configs_current_key" ON "message_queue_configs" ("queue_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "message_queue_configs_changed_by_admin_user_id_idx" ON "message_queue_configs" ("changed_by_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_validation_rules_message_type_schema_version_key" ON "message_validation_rules" ("message_type","schema_version");--> statement-breakpoint
CREATE UNIQUE INDEX "message_validation_rules_registry_schema_id_key" ON "message_validation_rules" ("registry","registry_schema_id");--> statement-breakpoint
CREATE INDEX "message_validation_rules_active_idx" ON "message_validation_rules" ("message_type") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "message_validation_rules_created_by_admin_user_id_idx" ON "message_validation_rules" ("created_by_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "association_advocacy_campaigns_slug_key" ON "association_advocacy_campaigns" ("slug");--> statement-breakpoint
CREATE INDEX "association_advocacy_campaigns_owner_idx" ON "association_advocacy_campaigns" ("owner_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_advocacy_campaigns_live_idx" ON "association_advocacy_campaigns" ("cause","starts_on") WHERE "status" in ('planning', 'active', 'paused');--> statement-breakpoint
CREATE UNIQUE INDEX "association_advocacy_participants_key" ON "association_advocacy_participants" ("campaign_id","association_id");--> statement-breakpoint
CREATE UNIQUE INDEX "association_advocacy_participants_lead_key" ON "association_advocacy_participants" ("campaign_id") WHERE "role" = 'lead';--> statement-breakpoint
CREATE INDEX "association_advocacy_participants_association_id_idx" ON "association_advocacy_participants" ("association_id");--> statement-breakpoint
CREATE UNIQUE INDEX "association_benefit_programs_external_key" ON "association_benefit_programs" ("association_id","external_program_id");--> statement-breakpoint
CREATE INDEX "association_benefit_programs_association_id_idx" ON "association_benefit_programs" ("association_id","valid_from");--> statement-breakpoint
CREATE INDEX "association_benefit_programs_partnership_benefit_idx" ON "association_benefit_programs" ("partnership_benefit_id");--> statement-breakpoint
CREATE INDEX "association_benefit_programs_negotiated_by_idx" ON "association_benefit_programs" ("negotiated_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_benefit_programs_active_idx" ON "association_benefit_programs" ("valid_to") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "association_collaborations_project_code_key" ON "association_collaborations" ("project_code");--> statement-breakpoint
CREATE INDEX "association_collaborations_association_id_idx" ON "association_collaborations" ("association_id","starts_on");--> statement-breakpoint
CREATE INDEX "association_collaborations_lead_idx" ON "association_collaborations" ("lead_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_collaborations_partnership_id_idx" ON "association_collaborations" ("partnership_id");--> statement-breakpoint
CREATE INDEX "association_collaborations_data_sharing_id_idx" ON "association_collaborations" ("data_sharing_id");--> statement-breakpoint
CREATE INDEX "association_collaborations_open_idx" ON "association_collaborations" ("ends_on") WHERE "status" in ('agreed', 'in_progress', 'on_hold');--> statement-breakpoint
CREATE UNIQUE INDEX "association_communications_association_reference_key" ON "association_communications" ("association_id","association_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "association_communications_platform_reference_key" ON "association_communications" ("platform_reference");--> statement-breakpoint
CREATE INDEX "association_communications_association_id_idx" ON "association_communications" ("association_id","occurred_at");--> statement-breakpoint
CREATE INDEX "association_communications_staff_admin_user_id_idx" ON "association_communications" ("staff_admin_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "association_communications_in_reply_to_id_idx" ON "association_communications" ("in_reply_to_communication_id");--> statement-breakpoint
CREATE INDEX "association_communications_corrects_id_idx" ON "association_communications" ("corrects_communication_id");--> statement-breakpoint
CREATE INDEX "association_communications_response_due_idx" ON "association_communications" ("response_due_on") WHERE "response_due_on" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "association_data_sharing_agreement_reference_key" ON "association_data_sharing" ("agreement_reference");--> statement-breakpoint
CREATE INDEX "association_data_sharing_association_id_idx" ON "association_data_sharing" ("association_id","valid_from");--> statement-breakpoint
CREATE INDEX "association_data_sharing_contract_id_idx" ON "association_data_sharing" ("contract_id");--> statement-breakpoint
CREATE INDEX "association_data_sharing_approved_by_idx" ON "association_data_sharing" ("approved_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_data_sharing_privacy_notice_idx" ON "association_data_sharing" ("privacy_notice_policy_id");--> statement-breakpoint
CREATE INDEX "association_data_sharing_review_idx" ON "association_data_sharing" ("review_due_on") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "association_event_participation_event_role_key" ON "association_event_participation" ("association_event_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "association_event_participation_booking_key" ON "association_event_participation" ("association_event_id","booking_reference");--> statement-breakpoint
CREATE INDEX "association_event_participation_lead_staff_idx" ON "association_event_participation" ("lead_staff_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "association_feedback_collection_tool_survey_key" ON "association_feedback_collection" ("tool","external_survey_id");--> statement-breakpoint
CREATE INDEX "association_feedback_collection_association_id_idx" ON "association_feedback_collection" ("association_id","opens_at");--> statement-breakpoint
CREATE INDEX "association_feedback_collection_campaign_id_idx" ON "association_feedback_collection" ("campaign_id");--> statement-breakpoint
CREATE INDEX "association_feedback_collection_owner_idx" ON "association_feedback_collection" ("owner_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "association_member_sync_export_key" ON "association_member_sync" ("association_id","source_export_id");--> statement-breakpoint
CREATE INDEX "association_member_sync_started_at_idx" ON "association_member_sync" ("started_at");--> statement-breakpoint
CREATE INDEX "association_member_sync_association_id_idx" ON "association_member_sync" ("association_id","started_at");--> statement-breakpoint
CREATE INDEX "association_member_sync_data_sharing_id_idx" ON "association_member_sync" ("data_sharing_id");--> statement-breakpoint
CREATE INDEX "association_member_sync_triggered_by_idx" ON "association_member_sync" ("triggered_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_member_sync_in_flight_idx" ON "association_member_sync" ("association_id") WHERE "status" in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "association_relationships_current_key" ON "association_relationships" ("association_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "association_relationships_period_key" ON "association_relationships" ("association_id","valid_from");--> statement-breakpoint
CREATE INDEX "association_relationships_owner_admin_user_id_idx" ON "association_relationships" ("owner_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_relationships_partnership_id_idx" ON "association_relationships" ("partnership_id");--> statement-breakpoint
CREATE INDEX "association_relationships_review_idx" ON "association_relationships" ("next_review_on") WHERE "valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "association_resources_content_key" ON "association_resources" ("association_id","content_sha256");--> statement-breakpoint
CREATE INDEX "association_resources_association_id_idx" ON "association_resources" ("association_id","kind","shared_at");--> statement-breakpoint
CREATE INDEX "association_resources_shared_by_idx" ON "association_resources" ("shared_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "association_resources_supersedes_idx" ON "association_resources" ("supersedes_resource_id");--> statement-breakpoint
CREATE INDEX "association_resources_collaboration_id_idx" ON "association_resources" ("collaboration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_analytics_cell_key" ON "emotion_analytics" ("cohort_type","cohort_key","surface","period_granularity","period_start_on");--> statement-breakpoint
CREATE INDEX "emotion_analytics_user_segment_id_idx" ON "emotion_analytics" ("user_segment_id");--> statement-breakpoint
CREATE INDEX "emotion_analytics_period_idx" ON "emotion_analytics" ("period_granularity","period_start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_based_marketing_outreach_message_id_key" ON "emotion_based_marketing" ("outreach_message_id");--> statement-breakpoint
CREATE INDEX "emotion_based_marketing_user_id_idx" ON "emotion_based_marketing" ("user_id","decided_at");--> statement-breakpoint
CREATE INDEX "emotion_based_marketing_emotional_state_history_id_idx" ON "emotion_based_marketing" ("emotional_state_history_id");--> statement-breakpoint
CREATE INDEX "emotion_based_marketing_response_model_id_idx" ON "emotion_based_marketing" ("response_model_id");--> statement-breakpoint
CREATE INDEX "emotion_based_marketing_emotional_context_tag_id_idx" ON "emotion_based_marketing" ("emotional_context_tag_id");--> statement-breakpoint
CREATE INDEX "emotion_based_marketing_consent_record_id_idx" ON "emotion_based_marketing" ("consent_record_id");--> statement-breakpoint
CREATE INDEX "emotion_based_marketing_delayed_idx" ON "emotion_based_marketing" ("delayed_until") WHERE "decision" = 'delayed';--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_based_recommendations_ai_recommendation_id_key" ON "emotion_based_recommendations" ("ai_recommendation_id");--> statement-breakpoint
CREATE INDEX "emotion_based_recommendations_user_id_idx" ON "emotion_based_recommendations" ("user_id","decided_at");--> statement-breakpoint
CREATE INDEX "emotion_based_recommendations_user_emotion_tracking_id_idx" ON "emotion_based_recommendations" ("user_emotion_tracking_id");--> statement-breakpoint
CREATE INDEX "emotion_based_recommendations_state_history_id_idx" ON "emotion_based_recommendations" ("emotional_state_history_id");--> statement-breakpoint
CREATE INDEX "emotion_based_recommendations_response_model_id_idx" ON "emotion_based_recommendations" ("response_model_id");--> statement-breakpoint
CREATE INDEX "emotion_based_recommendations_consent_record_id_idx" ON "emotion_based_recommendations" ("consent_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_driven_actions_source_external_action_id_key" ON "emotion_driven_actions" ("source","external_action_id");--> statement-breakpoint
CREATE INDEX "emotion_driven_actions_decided_at_brin_idx" ON "emotion_driven_actions" USING brin ("decided_at");--> statement-breakpoint
CREATE INDEX "emotion_driven_actions_user_id_idx" ON "emotion_driven_actions" ("user_id","emotion_trigger_id","decided_at");--> statement-breakpoint
CREATE INDEX "emotion_driven_actions_emotion_trigger_id_idx" ON "emotion_driven_actions" ("emotion_trigger_id","decided_at");--> statement-breakpoint
CREATE INDEX "emotion_driven_actions_response_model_id_idx" ON "emotion_driven_actions" ("response_model_id");--> statement-breakpoint
CREATE INDEX "emotion_driven_actions_consent_record_id_idx" ON "emotion_driven_actions" ("consent_record_id");--> statement-breakpoint
CREATE INDEX "emotion_driven_actions_emotional_support_resource_id_idx" ON "emotion_driven_actions" ("emotional_support_resource_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_insights_insight_key_key" ON "emotion_insights" ("insight_key");--> statement-breakpoint
CREATE INDEX "emotion_insights_open_idx" ON "emotion_insights" ("severity","generated_at") WHERE "status" = 'new';--> statement-breakpoint
CREATE INDEX "emotion_insights_user_segment_id_idx" ON "emotion_insights" ("user_segment_id");--> statement-breakpoint
CREATE INDEX "emotion_insights_emotion_trend_analysis_id_idx" ON "emotion_insights" ("emotion_trend_analysis_id");--> statement-breakpoint
CREATE INDEX "emotion_insights_ai_model_id_idx" ON "emotion_insights" ("ai_model_id");--> statement-breakpoint
CREATE INDEX "emotion_insights_acknowledged_by_user_id_idx" ON "emotion_insights" ("acknowledged_by_user_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_response_model_id_idx" ON "emotion_prediction_results" ("response_model_id","predicted_at");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_user_id_idx" ON "emotion_prediction_results" ("user_id","predicted_at");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_social_post_id_idx" ON "emotion_prediction_results" ("social_post_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_social_comment_id_idx" ON "emotion_prediction_results" ("social_comment_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_ai_recommendation_id_idx" ON "emotion_prediction_results" ("ai_recommendation_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_ai_agent_interaction_id_idx" ON "emotion_prediction_results" ("ai_agent_interaction_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_outreach_message_id_idx" ON "emotion_prediction_results" ("outreach_message_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_user_review_id_idx" ON "emotion_prediction_results" ("user_review_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_user_emotion_tracking_id_idx" ON "emotion_prediction_results" ("user_emotion_tracking_id");--> statement-breakpoint
CREATE INDEX "emotion_prediction_results_pending_idx" ON "emotion_prediction_results" ("predicted_at") WHERE "actual_emotion" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_trend_analysis_cell_key" ON "emotion_trend_analysis" ("cohort_type","cohort_key","emotion","period_granularity","period_start_on");--> statement-breakpoint
CREATE INDEX "emotion_trend_analysis_user_segment_id_idx" ON "emotion_trend_analysis" ("user_segment_id");--> statement-breakpoint
CREATE INDEX "emotion_trend_analysis_period_idx" ON "emotion_trend_analysis" ("period_granularity","period_start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "emotion_triggers_key_key" ON "emotion_triggers" ("key");--> statement-breakpoint
CREATE INDEX "emotion_triggers_active_emotion_idx" ON "emotion_triggers" ("emotion","priority") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "emotion_triggers_emotional_context_tag_id_idx" ON "emotion_triggers" ("emotional_context_tag_id");--> statement-breakpoint
CREATE INDEX "emotion_triggers_emotional_support_resource_id_idx" ON "emotion_triggers" ("emotional_support_resource_id");--> statement-breakpoint
CREATE INDEX "emotion_triggers_owner_user_id_idx" ON "emotion_triggers" ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_ai_models_ai_model_id_key" ON "emotional_ai_models" ("ai_model_id");--> statement-breakpoint
CREATE INDEX "emotional_ai_models_approved_by_user_id_idx" ON "emotional_ai_models" ("approved_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_context_tags_key_key" ON "emotional_context_tags" ("key");--> statement-breakpoint
CREATE INDEX "emotional_context_tags_parent_tag_id_idx" ON "emotional_context_tags" ("parent_tag_id","sort_order");--> statement-breakpoint
CREATE INDEX "emotional_context_tags_replaced_by_tag_id_idx" ON "emotional_context_tags" ("replaced_by_tag_id");--> statement-breakpoint
CREATE INDEX "emotional_context_tags_created_by_user_id_idx" ON "emotional_context_tags" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "emotional_context_tags_category_idx" ON "emotional_context_tags" ("category") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_engagement_patterns_cell_key" ON "emotional_engagement_patterns" ("cohort_type","cohort_key","content_kind","emotion","period_granularity","period_start_on");--> statement-breakpoint
CREATE INDEX "emotional_engagement_patterns_user_segment_id_idx" ON "emotional_engagement_patterns" ("user_segment_id");--> statement-breakpoint
CREATE INDEX "emotional_engagement_patterns_period_idx" ON "emotional_engagement_patterns" ("period_granularity","period_start_on");--> statement-breakpoint
CREATE INDEX "emotional_response_feedback_user_emotion_tracking_id_idx" ON "emotional_response_feedback" ("user_emotion_tracking_id");--> statement-breakpoint
CREATE INDEX "emotional_response_feedback_interaction_sentiment_id_idx" ON "emotional_response_feedback" ("interaction_sentiment_id");--> statement-breakpoint
CREATE INDEX "emotional_response_feedback_prediction_result_id_idx" ON "emotional_response_feedback" ("emotion_prediction_result_id");--> statement-breakpoint
CREATE INDEX "emotional_response_feedback_received_idx" ON "emotional_response_feedback" ("submitted_at") WHERE "status" = 'received';--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_response_models_config_key_version_key" ON "emotional_response_models" ("config_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_response_models_source_external_id_key" ON "emotional_response_models" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_response_models_active_key" ON "emotional_response_models" ("config_key") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "emotional_response_models_emotional_ai_model_id_idx" ON "emotional_response_models" ("emotional_ai_model_id");--> statement-breakpoint
CREATE INDEX "emotional_response_models_approved_by_user_id_idx" ON "emotional_response_models" ("approved_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_state_history_current_key" ON "emotional_state_history" ("user_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "emotional_state_history_user_id_idx" ON "emotional_state_history" ("user_id","valid_from");--> statement-breakpoint
CREATE INDEX "emotional_state_history_response_model_id_idx" ON "emotional_state_history" ("response_model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_support_resources_slug_key" ON "emotional_support_resources" ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_support_resources_source_external_id_key" ON "emotional_support_resources" ("source","external_id");--> statement-breakpoint
CREATE INDEX "emotional_support_resources_country_locale_idx" ON "emotional_support_resources" ("country_code","locale","kind","sort_order") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "emotional_support_resources_next_review_on_idx" ON "emotional_support_resources" ("next_review_on") WHERE "status" <> 'retired';--> statement-breakpoint
CREATE INDEX "emotional_support_resources_reviewed_by_user_id_idx" ON "emotional_support_resources" ("reviewed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emotional_wellness_metrics_user_id_check_in_on_key" ON "emotional_wellness_metrics" ("user_id","check_in_on");--> statement-breakpoint
CREATE INDEX "emotional_wellness_metrics_consent_record_id_idx" ON "emotional_wellness_metrics" ("consent_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interaction_sentiment_source_external_id_key" ON "interaction_sentiment" ("source","external_id");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_analyzed_at_brin_idx" ON "interaction_sentiment" USING brin ("analyzed_at");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_user_id_idx" ON "interaction_sentiment" ("user_id","analyzed_at");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_social_post_id_idx" ON "interaction_sentiment" ("social_post_id");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_social_comment_id_idx" ON "interaction_sentiment" ("social_comment_id");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_ai_message_id_idx" ON "interaction_sentiment" ("ai_message_id");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_ai_agent_session_id_idx" ON "interaction_sentiment" ("ai_agent_session_id");--> statement-breakpoint
CREATE INDEX "interaction_sentiment_response_model_id_idx" ON "interaction_sentiment" ("response_model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personalized_emotional_content_source_external_id_key" ON "personalized_emotional_content" ("source","external_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_user_id_idx" ON "personalized_emotional_content" ("user_id","shown_at");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_user_emotion_tracking_id_idx" ON "personalized_emotional_content" ("user_emotion_tracking_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_state_history_id_idx" ON "personalized_emotional_content" ("emotional_state_history_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_response_model_id_idx" ON "personalized_emotional_content" ("response_model_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_consent_record_id_idx" ON "personalized_emotional_content" ("consent_record_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_ai_agent_session_id_idx" ON "personalized_emotional_content" ("ai_agent_session_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_support_resource_id_idx" ON "personalized_emotional_content" ("emotional_support_resource_id");--> statement-breakpoint
CREATE INDEX "personalized_emotional_content_context_tag_id_idx" ON "personalized_emotional_content" ("emotional_context_tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_emotion_tracking_source_external_event_id_key" ON "user_emotion_tracking" ("source","external_event_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_observed_at_brin_idx" ON "user_emotion_tracking" USING brin ("observed_at");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_user_id_idx" ON "user_emotion_tracking" ("user_id","observed_at");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_social_post_id_idx" ON "user_emotion_tracking" ("social_post_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_social_comment_id_idx" ON "user_emotion_tracking" ("social_comment_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_ai_recommendation_id_idx" ON "user_emotion_tracking" ("ai_recommendation_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_ai_agent_interaction_id_idx" ON "user_emotion_tracking" ("ai_agent_interaction_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_outreach_message_id_idx" ON "user_emotion_tracking" ("outreach_message_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_user_review_id_idx" ON "user_emotion_tracking" ("user_review_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_response_model_id_idx" ON "user_emotion_tracking" ("response_model_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_emotional_context_tag_id_idx" ON "user_emotion_tracking" ("emotional_context_tag_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_consent_record_id_idx" ON "user_emotion_tracking" ("consent_record_id");--> statement-breakpoint
CREATE INDEX "user_emotion_tracking_user_session_id_idx" ON "user_emotion_tracking" ("user_session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_satisfaction_scores_survey_tool_response_id_key" ON "user_satisfaction_scores" ("survey_tool","response_id");--> statement-breakpoint
CREATE INDEX "user_satisfaction_scores_user_id_idx" ON "user_satisfaction_scores" ("user_id","responded_at");--> statement-breakpoint
CREATE INDEX "user_satisfaction_scores_ai_agent_session_id_idx" ON "user_satisfaction_scores" ("ai_agent_session_id");--> statement-breakpoint
CREATE INDEX "user_satisfaction_scores_outreach_message_id_idx" ON "user_satisfaction_scores" ("outreach_message_id");--> statement-breakpoint
CREATE INDEX "user_satisfaction_scores_survey_type_idx" ON "user_satisfaction_scores" ("survey_type","touchpoint","responded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_authorizations_processor_authorization_id_key" ON "payment_authorizations" ("gateway_id","processor_authorization_id");--> statement-breakpoint
CREATE INDEX "payment_authorizations_payment_method_id_idx" ON "payment_authorizations" ("payment_method_id");--> statement-breakpoint
CREATE INDEX "payment_authorizations_transaction_id_idx" ON "payment_authorizations" ("transaction_id");--> statement-breakpoint
CREATE INDEX "payment_authorizations_invoice_id_idx" ON "payment_authorizations" ("invoice_id");--> statement-breakpoint
CREATE INDEX "payment_authorizations_recurring_schedule_id_idx" ON "payment_authorizations" ("recurring_schedule_id","authorized_at");--> statement-breakpoint
CREATE INDEX "payment_authorizations_open_idx" ON "payment_authorizations" ("expires_at") WHERE "status" in ('authorized', 'partially_captured');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_captures_authorization_id_processor_capture_id_key" ON "payment_captures" ("authorization_id","processor_capture_id");--> statement-breakpoint
CREATE INDEX "payment_captures_transaction_id_idx" ON "payment_captures" ("transaction_id");--> statement-breakpoint
CREATE INDEX "payment_captures_captured_by_user_id_idx" ON "payment_captures" ("captured_by_user_id");--> statement-breakpoint
CREATE INDEX "payment_captures_unsettled_idx" ON "payment_captures" ("expected_settlement_on") WHERE "status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_disputes_gateway_id_processor_dispute_id_key" ON "payment_disputes" ("gateway_id","processor_dispute_id");--> statement-breakpoint
CREATE INDEX "payment_disputes_capture_id_idx" ON "payment_disputes" ("capture_id");--> statement-breakpoint
CREATE INDEX "payment_disputes_handled_by_user_id_idx" ON "payment_disputes" ("handled_by_user_id");--> statement-breakpoint
CREATE INDEX "payment_disputes_evidence_due_idx" ON "payment_disputes" ("evidence_due_by") WHERE "status" = 'needs_response';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_fees_balance_transaction_fee_type_key" ON "payment_fees" ("gateway_id","processor_balance_transaction_id","fee_type");--> statement-breakpoint
CREATE INDEX "payment_fees_capture_id_idx" ON "payment_fees" ("capture_id");--> statement-breakpoint
CREATE INDEX "payment_fees_dispute_id_idx" ON "payment_fees" ("dispute_id");--> statement-breakpoint
CREATE INDEX "payment_fees_refund_id_idx" ON "payment_fees" ("refund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_gateways_merchant_account_key" ON "payment_gateways" ("provider","merchant_account_id","environment");--> statement-breakpoint
CREATE INDEX "payment_gateways_merchant_practice_id_idx" ON "payment_gateways" ("merchant_practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_methods_gateway_id_processor_method_id_key" ON "payment_methods" ("gateway_id","processor_method_id");--> statement-breakpoint
CREATE INDEX "payment_methods_user_id_idx" ON "payment_methods" ("user_id","status");--> statement-breakpoint
CREATE INDEX "payment_methods_user_payment_method_id_idx" ON "payment_methods" ("user_payment_method_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_methods_current_key" ON "payment_methods" ("user_payment_method_id","gateway_id") WHERE "status" <> 'detached';--> statement-breakpoint
CREATE INDEX "payment_methods_fingerprint_idx" ON "payment_methods" ("fingerprint");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_reconciliation_payout_line_key" ON "payment_reconciliation" ("gateway_id","processor_payout_id","line_number");--> statement-breakpoint
CREATE INDEX "payment_reconciliation_capture_id_idx" ON "payment_reconciliation" ("capture_id");--> statement-breakpoint
CREATE INDEX "payment_reconciliation_refund_id_idx" ON "payment_reconciliation" ("refund_id");--> statement-breakpoint
CREATE INDEX "payment_reconciliation_dispute_id_idx" ON "payment_reconciliation" ("dispute_id");--> statement-breakpoint
CREATE INDEX "payment_reconciliation_fee_id_idx" ON "payment_reconciliation" ("fee_id");--> statement-breakpoint
CREATE INDEX "payment_reconciliation_resolved_by_user_id_idx" ON "payment_reconciliation" ("resolved_by_user_id");--> statement-breakpoint
CREATE INDEX "payment_reconciliation_unmatched_idx" ON "payment_reconciliation" ("settled_on") WHERE "status" = 'unmatched';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_voids_authorization_id_processor_void_id_key" ON "payment_voids" ("authorization_id","processor_void_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_voids_succeeded_key" ON "payment_voids" ("authorization_id") WHERE "status" = 'succeeded';--> statement-breakpoint
CREATE INDEX "payment_voids_requested_by_user_id_idx" ON "payment_voids" ("requested_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_webhooks_provider_event_id_key" ON "payment_webhooks" ("gateway_id","provider_event_id") WHERE "processing_status" in ('processed', 'ignored');--> statement-breakpoint
CREATE INDEX "payment_webhooks_related_object_idx" ON "payment_webhooks" ("gateway_id","related_object_id","received_at");--> statement-breakpoint
CREATE INDEX "payment_webhooks_received_at_idx" ON "payment_webhooks" USING brin ("received_at");--> statement-breakpoint
CREATE INDEX "payment_webhooks_failed_idx" ON "payment_webhooks" ("received_at") WHERE "processing_status" = 'failed';--> statement-breakpoint
CREATE UNIQUE INDEX "recurring_payment_schedules_processor_schedule_id_key" ON "recurring_payment_schedules" ("gateway_id","processor_schedule_id");--> statement-breakpoint
CREATE INDEX "recurring_payment_schedules_user_subscription_id_idx" ON "recurring_payment_schedules" ("user_subscription_id");--> statement-breakpoint
CREATE INDEX "recurring_payment_schedules_payment_plan_id_idx" ON "recurring_payment_schedules" ("payment_plan_id");--> statement-breakpoint
CREATE INDEX "recurring_payment_schedules_payment_method_id_idx" ON "recurring_payment_schedules" ("payment_method_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recurring_payment_schedules_live_key" ON "recurring_payment_schedules" (coalesce("user_subscription_id", "payment_plan_id")) WHERE "status" in ('pending_mandate', 'active', 'past_due', 'paused');--> statement-breakpoint
CREATE INDEX "recurring_payment_schedules_due_idx" ON "recurring_payment_schedules" ("next_charge_on") WHERE "status" in ('active', 'past_due');--> statement-breakpoint
CREATE UNIQUE INDEX "inactivity_periods_user_id_started_at_key" ON "inactivity_periods" ("user_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inactivity_periods_open_key" ON "inactivity_periods" ("user_id") WHERE "ended_at" is null;--> statement-breakpoint
CREATE INDEX "inactivity_periods_open_started_at_idx" ON "inactivity_periods" ("started_at") WHERE "ended_at" is null;--> statement-breakpoint
CREATE INDEX "inactivity_periods_trigger_id_idx" ON "inactivity_periods" ("trigger_id");--> statement-breakpoint
CREATE INDEX "inactivity_periods_last_session_id_idx" ON "inactivity_periods" ("last_session_id");--> statement-breakpoint
CREATE INDEX "inactivity_periods_reactivated_by_message_id_idx" ON "inactivity_periods" ("reactivated_by_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_memberships_current_key" ON "loyalty_memberships" ("user_id") WHERE "ended_at" is null;--> statement-breakpoint
CREATE INDEX "loyalty_memberships_user_id_idx" ON "loyalty_memberships" ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "loyalty_memberships_tier_id_idx" ON "loyalty_memberships" ("tier_id","ended_at");--> statement-breakpoint
CREATE INDEX "loyalty_memberships_previous_tier_id_idx" ON "loyalty_memberships" ("previous_tier_id");--> statement-breakpoint
CREATE INDEX "loyalty_memberships_granted_by_user_id_idx" ON "loyalty_memberships" ("granted_by_user_id");--> statement-breakpoint
CREATE INDEX "loyalty_memberships_requalify_idx" ON "loyalty_memberships" ("requalify_by") WHERE "ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_point_transactions_source_external_id_key" ON "loyalty_point_transactions" ("source","external_id");--> statement-breakpoint
CREATE INDEX "loyalty_point_transactions_user_id_idx" ON "loyalty_point_transactions" ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "loyalty_point_transactions_tier_id_idx" ON "loyalty_point_transactions" ("tier_id");--> statement-breakpoint
CREATE INDEX "loyalty_point_transactions_purchase_order_id_idx" ON "loyalty_point_transactions" ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "loyalty_point_transactions_created_at_idx" ON "loyalty_point_transactions" USING brin ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_program_tiers_key_key" ON "loyalty_program_tiers" ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_program_tiers_rank_key" ON "loyalty_program_tiers" ("rank") WHERE "status" <> 'retired';--> statement-breakpoint
CREATE INDEX "loyalty_program_tiers_points_threshold_idx" ON "loyalty_program_tiers" ("points_threshold");--> statement-breakpoint
CREATE UNIQUE INDEX "re_engagement_campaigns_retention_campaign_id_key" ON "re_engagement_campaigns" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "re_engagement_campaigns_stage_threshold_idx" ON "re_engagement_campaigns" ("target_stage","inactivity_threshold_days");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_cohorts_key_key" ON "retention_cohorts" ("key");--> statement-breakpoint
CREATE INDEX "retention_cohorts_kind_start_idx" ON "retention_cohorts" ("kind","cohort_start_on");--> statement-breakpoint
CREATE INDEX "retention_cohorts_segment_id_idx" ON "retention_cohorts" ("segment_id");--> statement-breakpoint
CREATE INDEX "retention_cohorts_created_by_user_id_idx" ON "retention_cohorts" ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_interventions_source_external_id_key" ON "retention_interventions" ("source","external_id");--> statement-breakpoint
CREATE INDEX "retention_interventions_user_id_idx" ON "retention_interventions" ("user_id","performed_at");--> statement-breakpoint
CREATE INDEX "retention_interventions_retention_campaign_id_idx" ON "retention_interventions" ("retention_campaign_id","performed_at");--> statement-breakpoint
CREATE INDEX "retention_interventions_churn_prediction_id_idx" ON "retention_interventions" ("churn_prediction_id");--> statement-breakpoint
CREATE INDEX "retention_interventions_inactivity_period_id_idx" ON "retention_interventions" ("inactivity_period_id");--> statement-breakpoint
CREATE INDEX "retention_interventions_outreach_message_id_idx" ON "retention_interventions" ("outreach_message_id");--> statement-breakpoint
CREATE INDEX "retention_interventions_offer_id_idx" ON "retention_interventions" ("offer_id");--> statement-breakpoint
CREATE INDEX "retention_interventions_performed_by_user_id_idx" ON "retention_interventions" ("performed_by_user_id");--> statement-breakpoint
CREATE INDEX "retention_interventions_planned_idx" ON "retention_interventions" ("scheduled_at") WHERE "status" = 'planned';--> statement-breakpoint
CREATE UNIQUE INDEX "retention_metrics_tracking_campaign_day_key" ON "retention_metrics_tracking" ("retention_campaign_id","metric_date");--> statement-breakpoint
CREATE INDEX "retention_metrics_tracking_metric_date_idx" ON "retention_metrics_tracking" ("metric_date");--> statement-breakpoint
CREATE UNIQUE INDEX "user_engagement_scores_user_day_model_key" ON "user_engagement_scores" ("user_id","score_date","model_id");--> statement-breakpoint
CREATE INDEX "user_engagement_scores_model_id_idx" ON "user_engagement_scores" ("model_id","score_date");--> statement-breakpoint
CREATE INDEX "user_engagement_scores_score_date_idx" ON "user_engagement_scores" USING brin ("score_date");--> statement-breakpoint
CREATE UNIQUE INDEX "user_lifecycle_stages_current_key" ON "user_lifecycle_stages" ("user_id") WHERE "left_at" is null;--> statement-breakpoint
CREATE INDEX "user_lifecycle_stages_user_id_idx" ON "user_lifecycle_stages" ("user_id","entered_at");--> statement-breakpoint
CREATE INDEX "user_lifecycle_stages_current_stage_idx" ON "user_lifecycle_stages" ("stage","entered_at") WHERE "left_at" is null;--> statement-breakpoint
CREATE INDEX "user_lifecycle_stages_churn_prediction_id_idx" ON "user_lifecycle_stages" ("churn_prediction_id");--> statement-breakpoint
CREATE INDEX "user_lifecycle_stages_retention_campaign_id_idx" ON "user_lifecycle_stages" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "user_lifecycle_stages_changed_by_user_id_idx" ON "user_lifecycle_stages" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_retention_segments_segment_id_key" ON "user_retention_segments" ("segment_id");--> statement-breakpoint
CREATE INDEX "user_retention_segments_churn_model_id_idx" ON "user_retention_segments" ("churn_model_id");--> statement-breakpoint
CREATE INDEX "user_retention_segments_approved_by_user_id_idx" ON "user_retention_segments" ("approved_by_user_id");--> statement-breakpoint
CREATE INDEX "user_retention_segments_kind_priority_idx" ON "user_retention_segments" ("segment_kind","priority");--> statement-breakpoint
CREATE UNIQUE INDEX "win_back_campaigns_retention_campaign_id_key" ON "win_back_campaigns" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "win_back_campaigns_template_offer_id_idx" ON "win_back_campaigns" ("template_offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bulkhead_configs_current_key" ON "bulkhead_configs" ("service_id","environment","pool_name") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "bulkhead_configs_service_id_idx" ON "bulkhead_configs" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "bulkhead_configs_service_dependency_id_idx" ON "bulkhead_configs" ("service_dependency_id");--> statement-breakpoint
CREATE INDEX "bulkhead_configs_changed_by_user_id_idx" ON "bulkhead_configs" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circuit_breaker_configs_current_key" ON "circuit_breaker_configs" (coalesce("service_dependency_id", "service_id"),"environment") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "circuit_breaker_configs_service_dependency_id_idx" ON "circuit_breaker_configs" ("service_dependency_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "circuit_breaker_configs_service_id_idx" ON "circuit_breaker_configs" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "circuit_breaker_configs_changed_by_user_id_idx" ON "circuit_breaker_configs" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circuit_breaker_events_source_event_key" ON "circuit_breaker_events" ("source","external_event_id");--> statement-breakpoint
CREATE INDEX "circuit_breaker_events_circuit_breaker_config_id_idx" ON "circuit_breaker_events" ("circuit_breaker_config_id","occurred_at");--> statement-breakpoint
CREATE INDEX "circuit_breaker_events_occurred_at_brin_idx" ON "circuit_breaker_events" USING brin ("occurred_at");--> statement-breakpoint
CREATE INDEX "circuit_breaker_events_auto_recovery_action_id_idx" ON "circuit_breaker_events" ("auto_recovery_action_id");--> statement-breakpoint
CREATE INDEX "circuit_breaker_events_actor_user_id_idx" ON "circuit_breaker_events" ("actor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "degradation_mode_activations_open_key" ON "degradation_mode_activations" ("degradation_mode_id") WHERE "deactivated_at" is null;--> statement-breakpoint
CREATE INDEX "degradation_mode_activations_degradation_mode_id_idx" ON "degradation_mode_activations" ("degradation_mode_id","activated_at");--> statement-breakpoint
CREATE INDEX "degradation_mode_activations_activated_by_user_id_idx" ON "degradation_mode_activations" ("activated_by_user_id");--> statement-breakpoint
CREATE INDEX "degradation_mode_activations_deactivated_by_user_id_idx" ON "degradation_mode_activations" ("deactivated_by_user_id");--> statement-breakpoint
CREATE INDEX "degradation_mode_activations_degradation_alert_id_idx" ON "degradation_mode_activations" ("degradation_alert_id");--> statement-breakpoint
CREATE INDEX "degradation_mode_activations_triggering_breaker_event_id_idx" ON "degradation_mode_activations" ("triggering_breaker_event_id");--> statement-breakpoint
CREATE INDEX "degradation_mode_activations_open_idx" ON "degradation_mode_activations" ("activated_at") WHERE "deactivated_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "degradation_modes_service_mode_key" ON "degradation_modes" ("service_id","environment","mode_key");--> statement-breakpoint
CREATE UNIQUE INDEX "degradation_modes_live_level_key" ON "degradation_modes" ("service_id","environment","level") WHERE "status" <> 'retired';--> statement-breakpoint
CREATE INDEX "degradation_modes_kill_switch_flag_id_idx" ON "degradation_modes" ("kill_switch_flag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "failover_executions_orchestrator_execution_key" ON "failover_executions" ("orchestrator","external_execution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "failover_executions_failover_event_id_key" ON "failover_executions" ("failover_event_id");--> statement-breakpoint
CREATE INDEX "failover_executions_failover_strategy_id_idx" ON "failover_executions" ("failover_strategy_id","started_at");--> statement-breakpoint
CREATE INDEX "failover_executions_triggered_by_user_id_idx" ON "failover_executions" ("triggered_by_user_id");--> statement-breakpoint
CREATE INDEX "failover_executions_triggering_breaker_event_id_idx" ON "failover_executions" ("triggering_breaker_event_id");--> statement-breakpoint
CREATE INDEX "failover_executions_open_idx" ON "failover_executions" ("started_at") WHERE "status" in ('pending', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "failover_strategies_current_key" ON "failover_strategies" ("service_id","environment") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "failover_strategies_service_id_idx" ON "failover_strategies" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "failover_strategies_redundancy_config_id_idx" ON "failover_strategies" ("redundancy_config_id");--> statement-breakpoint
CREATE INDEX "failover_strategies_data_replication_status_id_idx" ON "failover_strategies" ("data_replication_status_id");--> statement-breakpoint
CREATE INDEX "failover_strategies_changed_by_user_id_idx" ON "failover_strategies" ("changed_by_user_id");--> statement-breakpoint
CREATE INDEX "failover_strategies_approved_by_user_id_idx" ON "failover_strategies" ("approved_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "retry_policies_current_key" ON "retry_policies" ("service_dependency_id","environment","operation") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "retry_policies_service_dependency_id_idx" ON "retry_policies" ("service_dependency_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "retry_policies_changed_by_user_id_idx" ON "retry_policies" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_health_endpoints_service_kind_path_key" ON "service_health_endpoints" ("service_id","kind","path");--> statement-breakpoint
CREATE UNIQUE INDEX "service_resilience_metrics_window_key" ON "service_resilience_metrics" ("service_id","environment","window_kind","window_start");--> statement-breakpoint
CREATE INDEX "service_resilience_metrics_window_start_idx" ON "service_resilience_metrics" ("window_start","window_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "timeout_configurations_current_key" ON "timeout_configurations" ("service_dependency_id","environment","operation") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "timeout_configurations_service_dependency_id_idx" ON "timeout_configurations" ("service_dependency_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "timeout_configurations_changed_by_user_id_idx" ON "timeout_configurations" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auto_scaling_events_activity_key" ON "auto_scaling_events" ("autoscaler","provider_activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auto_scaling_events_scaling_event_id_key" ON "auto_scaling_events" ("scaling_event_id");--> statement-breakpoint
CREATE INDEX "auto_scaling_events_service_id_idx" ON "auto_scaling_events" ("service_id","environment","started_at");--> statement-breakpoint
CREATE INDEX "auto_scaling_events_policy_evaluation_id_idx" ON "auto_scaling_events" ("policy_evaluation_id");--> statement-breakpoint
CREATE INDEX "auto_scaling_events_unfinished_idx" ON "auto_scaling_events" ("started_at") WHERE "status" in ('pending', 'in_progress');--> statement-breakpoint
CREATE INDEX "bottleneck_analysis_service_id_idx" ON "bottleneck_analysis" ("service_id","started_at");--> statement-breakpoint
CREATE INDEX "bottleneck_analysis_performance_degradation_id_idx" ON "bottleneck_analysis" ("performance_degradation_id");--> statement-breakpoint
CREATE INDEX "bottleneck_analysis_service_dependency_id_idx" ON "bottleneck_analysis" ("service_dependency_id");--> statement-breakpoint
CREATE INDEX "bottleneck_analysis_analysed_by_user_id_idx" ON "bottleneck_analysis" ("analysed_by_user_id");--> statement-breakpoint
CREATE INDEX "bottleneck_analysis_open_idx" ON "bottleneck_analysis" ("started_at") WHERE "status" in ('open', 'investigating');--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_forecasts_run_key" ON "capacity_forecasts" ("service_id","environment","metric","aggregation","horizon","generated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_forecasts_current_key" ON "capacity_forecasts" ("service_id","environment","metric","aggregation","horizon") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE INDEX "capacity_forecasts_capacity_planning_id_idx" ON "capacity_forecasts" ("capacity_planning_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instance_health_status_instance_key" ON "instance_health_status" ("provider","instance_id");--> statement-breakpoint
CREATE INDEX "instance_health_status_service_id_idx" ON "instance_health_status" ("service_id","environment");--> statement-breakpoint
CREATE INDEX "instance_health_status_launched_by_idx" ON "instance_health_status" ("launched_by_auto_scaling_event_id");--> statement-breakpoint
CREATE INDEX "instance_health_status_failing_idx" ON "instance_health_status" ("service_id","last_checked_at") WHERE "health_status" = 'fail';--> statement-breakpoint
CREATE UNIQUE INDEX "load_distribution_window_key" ON "load_distribution" ("load_balancer_name","target_group","target_id","window_start","window_seconds");--> statement-breakpoint
CREATE INDEX "load_distribution_service_id_idx" ON "load_distribution" ("service_id","window_start");--> statement-breakpoint
CREATE INDEX "load_distribution_load_balancing_config_id_idx" ON "load_distribution" ("load_balancing_config_id");--> statement-breakpoint
CREATE INDEX "load_distribution_window_start_brin" ON "load_distribution" USING brin ("window_start");--> statement-breakpoint
CREATE INDEX "load_distribution_unhealthy_idx" ON "load_distribution" ("load_balancer_name","window_start") WHERE "target_state" <> 'healthy';--> statement-breakpoint
CREATE UNIQUE INDEX "performance_degradation_detection_key" ON "performance_degradation" ("detector","external_detection_id");--> statement-breakpoint
CREATE INDEX "performance_degradation_service_id_idx" ON "performance_degradation" ("service_id","environment","detected_at");--> statement-breakpoint
CREATE INDEX "performance_degradation_degradation_alert_id_idx" ON "performance_degradation" ("degradation_alert_id");--> statement-breakpoint
CREATE INDEX "performance_degradation_open_idx" ON "performance_degradation" ("severity","detected_at") WHERE "status" in ('open', 'investigating');--> statement-breakpoint
CREATE UNIQUE INDEX "resource_utilization_window_key" ON "resource_utilization" ("service_id","window_start","instance_id","window_seconds","source");--> statement-breakpoint
CREATE INDEX "resource_utilization_window_start_brin" ON "resource_utilization" USING brin ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "scaling_metrics_series_window_key" ON "scaling_metrics" ("source","series_id","window_start");--> statement-breakpoint
CREATE INDEX "scaling_metrics_service_id_idx" ON "scaling_metrics" ("service_id","metric","window_start");--> statement-breakpoint
CREATE INDEX "scaling_metrics_window_start_brin" ON "scaling_metrics" USING brin ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "scaling_policy_evaluations_evaluation_key" ON "scaling_policy_evaluations" ("service_id","policy_key","evaluated_at");--> statement-breakpoint
CREATE INDEX "scaling_policy_evaluations_evaluated_at_brin" ON "scaling_policy_evaluations" USING brin ("evaluated_at");--> statement-breakpoint
CREATE INDEX "scaling_policy_evaluations_scaling_idx" ON "scaling_policy_evaluations" ("service_id","evaluated_at") WHERE "decision" <> 'none';--> statement-breakpoint
CREATE UNIQUE INDEX "scaling_recommendations_source_key" ON "scaling_recommendations" ("source","external_recommendation_id");--> statement-breakpoint
CREATE INDEX "scaling_recommendations_service_id_idx" ON "scaling_recommendations" ("service_id","environment","generated_at");--> statement-breakpoint
CREATE INDEX "scaling_recommendations_bottleneck_analysis_id_idx" ON "scaling_recommendations" ("bottleneck_analysis_id");--> statement-breakpoint
CREATE INDEX "scaling_recommendations_reviewed_by_user_id_idx" ON "scaling_recommendations" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "scaling_recommendations_applied_scaling_event_id_idx" ON "scaling_recommendations" ("applied_scaling_event_id");--> statement-breakpoint
CREATE INDEX "scaling_recommendations_open_idx" ON "scaling_recommendations" ("estimated_monthly_saving") WHERE "status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "performance_baselines_current_key" ON "performance_baselines" ("service_id","environment","endpoint") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "performance_baselines_service_id_idx" ON "performance_baselines" ("service_id","environment","endpoint","valid_from");--> statement-breakpoint
CREATE INDEX "performance_baselines_approved_by_user_id_idx" ON "performance_baselines" ("approved_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "regression_test_results_run_key" ON "regression_test_results" ("ci_provider","ci_run_id","baseline_id","metric");--> statement-breakpoint
CREATE INDEX "regression_test_results_baseline_id_idx" ON "regression_test_results" ("baseline_id","ran_at");--> statement-breakpoint
CREATE INDEX "regression_test_results_workflow_id_idx" ON "regression_test_results" ("workflow_id");--> statement-breakpoint
CREATE INDEX "regression_test_results_waived_by_user_id_idx" ON "regression_test_results" ("waived_by_user_id");--> statement-breakpoint
CREATE INDEX "regression_test_results_regressed_idx" ON "regression_test_results" ("ran_at") WHERE "status" = 'regressed';--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_data_generators_key_version_key" ON "synthetic_data_generators" ("generator_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_data_generators_active_key" ON "synthetic_data_generators" ("generator_key") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "synthetic_data_generators_pii_reviewed_by_user_id_idx" ON "synthetic_data_generators" ("pii_reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "synthetic_data_generators_created_by_user_id_idx" ON "synthetic_data_generators" ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_data_sets_checksum_sha256_key" ON "synthetic_data_sets" ("checksum_sha256");--> statement-breakpoint
CREATE INDEX "synthetic_data_sets_generator_id_idx" ON "synthetic_data_sets" ("generator_id","generated_at");--> statement-breakpoint
CREATE INDEX "synthetic_data_sets_workflow_id_idx" ON "synthetic_data_sets" ("workflow_id");--> statement-breakpoint
CREATE INDEX "synthetic_data_sets_requested_by_user_id_idx" ON "synthetic_data_sets" ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "synthetic_data_sets_expiring_idx" ON "synthetic_data_sets" ("expires_at") WHERE "status" = 'available' and "expires_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_test_cases_case_key_version_key" ON "synthetic_test_cases" ("case_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_test_cases_active_key" ON "synthetic_test_cases" ("case_key") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "synthetic_test_cases_service_id_idx" ON "synthetic_test_cases" ("service_id","status");--> statement-breakpoint
CREATE INDEX "synthetic_test_cases_owner_user_id_idx" ON "synthetic_test_cases" ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_test_executions_runner_execution_key" ON "synthetic_test_executions" ("runner","external_execution_id");--> statement-breakpoint
CREATE INDEX "synthetic_test_executions_test_case_id_idx" ON "synthetic_test_executions" ("test_case_id","started_at");--> statement-breakpoint
CREATE INDEX "synthetic_test_executions_health_check_id_idx" ON "synthetic_test_executions" ("health_check_id");--> statement-breakpoint
CREATE INDEX "synthetic_test_executions_started_at_brin_idx" ON "synthetic_test_executions" USING brin ("started_at");--> statement-breakpoint
CREATE INDEX "synthetic_test_executions_not_passed_idx" ON "synthetic_test_executions" ("test_case_id","started_at") WHERE "status" <> 'passed';--> statement-breakpoint
CREATE UNIQUE INDEX "synthetic_test_results_execution_step_key" ON "synthetic_test_results" ("execution_id","step_index");--> statement-breakpoint
CREATE UNIQUE INDEX "test_automation_workflows_provider_workflow_key" ON "test_automation_workflows" ("provider","external_workflow_id");--> statement-breakpoint
CREATE INDEX "test_automation_workflows_service_id_idx" ON "test_automation_workflows" ("service_id");--> statement-breakpoint
CREATE INDEX "test_automation_workflows_repository_idx" ON "test_automation_workflows" ("repository");--> statement-breakpoint
CREATE INDEX "test_automation_workflows_failing_idx" ON "test_automation_workflows" ("last_run_at") WHERE "status" = 'active' and "last_run_status" in ('failure', 'timed_out');--> statement-breakpoint
CREATE UNIQUE INDEX "test_coverage_metrics_service_build_key" ON "test_coverage_metrics" ("service_id","build_id");--> statement-breakpoint
CREATE INDEX "test_coverage_metrics_service_id_idx" ON "test_coverage_metrics" ("service_id","branch","measured_at");--> statement-breakpoint
CREATE INDEX "test_coverage_metrics_measured_at_brin_idx" ON "test_coverage_metrics" USING brin ("measured_at");--> statement-breakpoint
CREATE UNIQUE INDEX "test_data_quality_metrics_check_key" ON "test_data_quality_metrics" ("data_set_id","check_key","checked_at");--> statement-breakpoint
CREATE INDEX "test_data_quality_metrics_failed_idx" ON "test_data_quality_metrics" ("checked_at") WHERE not "passed";--> statement-breakpoint
ALTER TABLE "access_logs" ADD CONSTRAINT "access_logs_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "compliance_audits" ADD CONSTRAINT "compliance_audits_security_audit_id_security_audits_id_fkey" FOREIGN KEY ("security_audit_id") REFERENCES "security_audits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "compliance_audits" ADD CONSTRAINT "compliance_audits_audit_liaison_user_id_user_profiles_id_fkey" FOREIGN KEY ("audit_liaison_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "data_access_audit" ADD CONSTRAINT "data_access_audit_actor_user_id_user_profiles_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "data_access_audit" ADD CONSTRAINT "data_access_audit_actor_service_id_platform_services_id_fkey" FOREIGN KEY ("actor_service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "data_access_audit" ADD CONSTRAINT "data_access_audit_subject_user_id_user_profiles_id_fkey" FOREIGN KEY ("subject_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "data_access_audit" ADD CONSTRAINT "data_access_audit_admin_action_id_admin_actions_id_fkey" FOREIGN KEY ("admin_action_id") REFERENCES "admin_actions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "data_access_audit" ADD CONSTRAINT "data_access_audit_data_privacy_request_id_fkey" FOREIGN KEY ("data_privacy_request_id") REFERENCES "data_privacy_requests"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "encryption_audit" ADD CONSTRAINT "encryption_audit_encryption_key_id_encryption_keys_id_fkey" FOREIGN KEY ("encryption_key_id") REFERENCES "encryption_keys"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "encryption_audit" ADD CONSTRAINT "encryption_audit_compliance_audit_id_compliance_audits_id_fkey" FOREIGN KEY ("compliance_audit_id") REFERENCES "compliance_audits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "encryption_audit" ADD CONSTRAINT "encryption_audit_checked_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("checked_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "password_policy_compliance" ADD CONSTRAINT "password_policy_compliance_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "password_policy_compliance" ADD CONSTRAINT "password_policy_compliance_security_policy_id_fkey" FOREIGN KEY ("security_policy_id") REFERENCES "security_policies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "permission_changes" ADD CONSTRAINT "permission_changes_grantee_user_id_user_profiles_id_fkey" FOREIGN KEY ("grantee_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "permission_changes" ADD CONSTRAINT "permission_changes_grantee_practice_id_vet_practices_id_fkey" FOREIGN KEY ("grantee_practice_id") REFERENCES "vet_practices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "permission_changes" ADD CONSTRAINT "permission_changes_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "permission_changes" ADD CONSTRAINT "permission_changes_approved_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "permission_changes" ADD CONSTRAINT "permission_changes_admin_action_id_admin_actions_id_fkey" FOREIGN KEY ("admin_action_id") REFERENCES "admin_actions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_event_logs" ADD CONSTRAINT "security_event_logs_actor_user_id_user_profiles_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_event_logs" ADD CONSTRAINT "security_event_logs_actor_service_id_platform_services_id_fkey" FOREIGN KEY ("actor_service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_incident_reports" ADD CONSTRAINT "security_incident_reports_incident_lead_fkey" FOREIGN KEY ("incident_lead_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "security_incident_reports" ADD CONSTRAINT "security_incident_reports_reported_by_user_id_fkey" FOREIGN KEY ("reported_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "security_policy_violations" ADD CONSTRAINT "security_policy_violations_security_policy_id_fkey" FOREIGN KEY ("security_policy_id") REFERENCES "security_policies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_policy_violations" ADD CONSTRAINT "security_policy_violations_violator_user_id_fkey" FOREIGN KEY ("violator_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_policy_violations" ADD CONSTRAINT "security_policy_violations_violator_service_id_fkey" FOREIGN KEY ("violator_service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_policy_violations" ADD CONSTRAINT "security_policy_violations_resolved_by_fkey" FOREIGN KEY ("resolved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "security_policy_violations" ADD CONSTRAINT "security_policy_violations_security_event_log_id_fkey" FOREIGN KEY ("security_event_log_id") REFERENCES "security_event_logs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "security_policy_violations" ADD CONSTRAINT "security_policy_violations_incident_id_fkey" FOREIGN KEY ("security_incident_report_id") REFERENCES "security_incident_reports"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "suspicious_activity_flags" ADD CONSTRAINT "suspicious_activity_flags_subject_user_id_user_profiles_id_fkey" FOREIGN KEY ("subject_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "suspicious_activity_flags" ADD CONSTRAINT "suspicious_activity_flags_reviewed_by_fkey" FOREIGN KEY ("reviewed_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "suspicious_activity_flags" ADD CONSTRAINT "suspicious_activity_flags_incident_id_fkey" FOREIGN KEY ("security_incident_report_id") REFERENCES "security_incident_reports"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_cost_centres" ADD CONSTRAINT "ai_cost_centres_parent_cost_centre_id_ai_cost_centres_id_fkey" FOREIGN KEY ("parent_cost_centre_id") REFERENCES "ai_cost_centres"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_cost_centres" ADD CONSTRAINT "ai_cost_centres_account_user_id_user_profiles_id_fkey" FOREIGN KEY ("account_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_cost_centres" ADD CONSTRAINT "ai_cost_centres_owner_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("owner_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_token_usage" ADD CONSTRAINT "ai_token_usage_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_token_usage" ADD CONSTRAINT "ai_token_usage_agent_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_token_usage" ADD CONSTRAINT "ai_token_usage_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_token_usage" ADD CONSTRAINT "ai_token_usage_cost_centre_id_ai_cost_centres_id_fkey" FOREIGN KEY ("cost_centre_id") REFERENCES "ai_cost_centres"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "api_cost_breakdown" ADD CONSTRAINT "api_cost_breakdown_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_alerts" ADD CONSTRAINT "cost_alerts_token_budget_id_token_budgets_id_fkey" FOREIGN KEY ("token_budget_id") REFERENCES "token_budgets"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_alerts" ADD CONSTRAINT "cost_alerts_token_usage_forecast_id_fkey" FOREIGN KEY ("token_usage_forecast_id") REFERENCES "token_usage_forecasts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_optimization_recommendations" ADD CONSTRAINT "cost_optimization_recommendations_agent_config_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_optimization_recommendations" ADD CONSTRAINT "cost_optimization_recommendations_current_model_id_fkey" FOREIGN KEY ("current_model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_optimization_recommendations" ADD CONSTRAINT "cost_optimization_recommendations_suggested_model_id_fkey" FOREIGN KEY ("suggested_model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_optimization_recommendations" ADD CONSTRAINT "cost_optimization_recommendations_decided_by_fkey" FOREIGN KEY ("decided_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cost_tracking" ADD CONSTRAINT "cost_tracking_cost_centre_id_ai_cost_centres_id_fkey" FOREIGN KEY ("cost_centre_id") REFERENCES "ai_cost_centres"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_tracking" ADD CONSTRAINT "cost_tracking_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_tracking" ADD CONSTRAINT "cost_tracking_token_pricing_tier_id_token_pricing_tiers_id_fkey" FOREIGN KEY ("token_pricing_tier_id") REFERENCES "token_pricing_tiers"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cost_tracking" ADD CONSTRAINT "cost_tracking_api_cost_breakdown_id_api_cost_breakdown_id_fkey" FOREIGN KEY ("api_cost_breakdown_id") REFERENCES "api_cost_breakdown"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "token_budgets" ADD CONSTRAINT "token_budgets_cost_centre_id_ai_cost_centres_id_fkey" FOREIGN KEY ("cost_centre_id") REFERENCES "ai_cost_centres"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "token_budgets" ADD CONSTRAINT "token_budgets_owner_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("owner_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "token_cache_hits" ADD CONSTRAINT "token_cache_hits_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "token_cache_hits" ADD CONSTRAINT "token_cache_hits_token_pricing_tier_id_fkey" FOREIGN KEY ("token_pricing_tier_id") REFERENCES "token_pricing_tiers"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "token_pricing_tiers" ADD CONSTRAINT "token_pricing_tiers_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "token_quota_limits" ADD CONSTRAINT "token_quota_limits_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "token_quota_limits" ADD CONSTRAINT "token_quota_limits_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "token_quota_limits" ADD CONSTRAINT "token_quota_limits_set_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("set_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "token_usage_forecasts" ADD CONSTRAINT "token_usage_forecasts_cost_centre_id_ai_cost_centres_id_fkey" FOREIGN KEY ("cost_centre_id") REFERENCES "ai_cost_centres"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dead_letter_queue" ADD CONSTRAINT "dead_letter_queue_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dead_letter_queue" ADD CONSTRAINT "dead_letter_queue_error_log_id_error_logs_id_fkey" FOREIGN KEY ("error_log_id") REFERENCES "error_logs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dead_letter_queue" ADD CONSTRAINT "dead_letter_queue_validation_rule_id_fkey" FOREIGN KEY ("validation_rule_id") REFERENCES "message_validation_rules"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dlq_alert_rules" ADD CONSTRAINT "dlq_alert_rules_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "dlq_alert_rules" ADD CONSTRAINT "dlq_alert_rules_last_system_alert_id_system_alerts_id_fkey" FOREIGN KEY ("last_system_alert_id") REFERENCES "system_alerts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dlq_alert_rules" ADD CONSTRAINT "dlq_alert_rules_created_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("created_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dlq_analytics" ADD CONSTRAINT "dlq_analytics_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "dlq_cleanup_policies" ADD CONSTRAINT "dlq_cleanup_policies_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "dlq_cleanup_policies" ADD CONSTRAINT "dlq_cleanup_policies_approved_by_admin_user_id_fkey" FOREIGN KEY ("approved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_manual_reviews" ADD CONSTRAINT "dlq_manual_reviews_dead_letter_id_dead_letter_queue_id_fkey" FOREIGN KEY ("dead_letter_id") REFERENCES "dead_letter_queue"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_manual_reviews" ADD CONSTRAINT "dlq_manual_reviews_reviewer_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("reviewer_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_manual_reviews" ADD CONSTRAINT "dlq_manual_reviews_message_pattern_id_fkey" FOREIGN KEY ("message_pattern_id") REFERENCES "message_pattern_analysis"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dlq_processing_logs" ADD CONSTRAINT "dlq_processing_logs_dead_letter_id_dead_letter_queue_id_fkey" FOREIGN KEY ("dead_letter_id") REFERENCES "dead_letter_queue"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_recovery_actions" ADD CONSTRAINT "dlq_recovery_actions_dead_letter_id_dead_letter_queue_id_fkey" FOREIGN KEY ("dead_letter_id") REFERENCES "dead_letter_queue"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_recovery_actions" ADD CONSTRAINT "dlq_recovery_actions_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_recovery_actions" ADD CONSTRAINT "dlq_recovery_actions_target_queue_id_queue_management_id_fkey" FOREIGN KEY ("target_queue_id") REFERENCES "queue_management"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_recovery_actions" ADD CONSTRAINT "dlq_recovery_actions_operator_admin_user_id_fkey" FOREIGN KEY ("operator_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_recovery_actions" ADD CONSTRAINT "dlq_recovery_actions_approved_by_admin_user_id_fkey" FOREIGN KEY ("approved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "dlq_recovery_actions" ADD CONSTRAINT "dlq_recovery_actions_manual_review_id_fkey" FOREIGN KEY ("manual_review_id") REFERENCES "dlq_manual_reviews"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "message_pattern_analysis" ADD CONSTRAINT "message_pattern_analysis_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "message_pattern_analysis" ADD CONSTRAINT "message_pattern_analysis_error_log_id_error_logs_id_fkey" FOREIGN KEY ("error_log_id") REFERENCES "error_logs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "message_pattern_analysis" ADD CONSTRAINT "message_pattern_analysis_sample_dead_letter_id_fkey" FOREIGN KEY ("sample_dead_letter_id") REFERENCES "dead_letter_queue"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "message_queue_configs" ADD CONSTRAINT "message_queue_configs_queue_id_queue_management_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queue_management"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "message_queue_configs" ADD CONSTRAINT "message_queue_configs_changed_by_admin_user_id_fkey" FOREIGN KEY ("changed_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "message_validation_rules" ADD CONSTRAINT "message_validation_rules_created_by_admin_user_id_fkey" FOREIGN KEY ("created_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_advocacy_campaigns" ADD CONSTRAINT "association_advocacy_campaigns_owner_fkey" FOREIGN KEY ("owner_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_advocacy_participants" ADD CONSTRAINT "association_advocacy_participants_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "association_advocacy_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_advocacy_participants" ADD CONSTRAINT "association_advocacy_participants_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_benefit_programs" ADD CONSTRAINT "association_benefit_programs_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_benefit_programs" ADD CONSTRAINT "association_benefit_programs_partnership_benefit_fkey" FOREIGN KEY ("partnership_benefit_id") REFERENCES "partnership_benefits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_benefit_programs" ADD CONSTRAINT "association_benefit_programs_negotiated_by_fkey" FOREIGN KEY ("negotiated_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_collaborations" ADD CONSTRAINT "association_collaborations_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_collaborations" ADD CONSTRAINT "association_collaborations_lead_fkey" FOREIGN KEY ("lead_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_collaborations" ADD CONSTRAINT "association_collaborations_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_collaborations" ADD CONSTRAINT "association_collaborations_data_sharing_id_fkey" FOREIGN KEY ("data_sharing_id") REFERENCES "association_data_sharing"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_communications" ADD CONSTRAINT "association_communications_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_communications" ADD CONSTRAINT "association_communications_staff_admin_user_id_fkey" FOREIGN KEY ("staff_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_communications" ADD CONSTRAINT "association_communications_in_reply_to_id_fkey" FOREIGN KEY ("in_reply_to_communication_id") REFERENCES "association_communications"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_communications" ADD CONSTRAINT "association_communications_corrects_id_fkey" FOREIGN KEY ("corrects_communication_id") REFERENCES "association_communications"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_data_sharing" ADD CONSTRAINT "association_data_sharing_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_data_sharing" ADD CONSTRAINT "association_data_sharing_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "partnership_contracts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_data_sharing" ADD CONSTRAINT "association_data_sharing_approved_by_fkey" FOREIGN KEY ("approved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_data_sharing" ADD CONSTRAINT "association_data_sharing_privacy_notice_fkey" FOREIGN KEY ("privacy_notice_policy_id") REFERENCES "security_policies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_event_participation" ADD CONSTRAINT "association_event_participation_event_id_fkey" FOREIGN KEY ("association_event_id") REFERENCES "association_events"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_event_participation" ADD CONSTRAINT "association_event_participation_lead_staff_fkey" FOREIGN KEY ("lead_staff_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_feedback_collection" ADD CONSTRAINT "association_feedback_collection_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_feedback_collection" ADD CONSTRAINT "association_feedback_collection_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "association_advocacy_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_feedback_collection" ADD CONSTRAINT "association_feedback_collection_owner_fkey" FOREIGN KEY ("owner_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_member_sync" ADD CONSTRAINT "association_member_sync_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_member_sync" ADD CONSTRAINT "association_member_sync_data_sharing_id_fkey" FOREIGN KEY ("data_sharing_id") REFERENCES "association_data_sharing"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "association_member_sync" ADD CONSTRAINT "association_member_sync_triggered_by_fkey" FOREIGN KEY ("triggered_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_relationships" ADD CONSTRAINT "association_relationships_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_relationships" ADD CONSTRAINT "association_relationships_owner_admin_user_id_fkey" FOREIGN KEY ("owner_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_relationships" ADD CONSTRAINT "association_relationships_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_resources" ADD CONSTRAINT "association_resources_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_resources" ADD CONSTRAINT "association_resources_shared_by_fkey" FOREIGN KEY ("shared_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_resources" ADD CONSTRAINT "association_resources_supersedes_fkey" FOREIGN KEY ("supersedes_resource_id") REFERENCES "association_resources"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_resources" ADD CONSTRAINT "association_resources_collaboration_id_fkey" FOREIGN KEY ("collaboration_id") REFERENCES "association_collaborations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_analytics" ADD CONSTRAINT "emotion_analytics_user_segment_id_user_segments_id_fkey" FOREIGN KEY ("user_segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_based_marketing" ADD CONSTRAINT "emotion_based_marketing_outreach_message_id_fkey" FOREIGN KEY ("outreach_message_id") REFERENCES "outreach_messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_based_marketing" ADD CONSTRAINT "emotion_based_marketing_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_based_marketing" ADD CONSTRAINT "emotion_based_marketing_emotional_state_history_id_fkey" FOREIGN KEY ("emotional_state_history_id") REFERENCES "emotional_state_history"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_based_marketing" ADD CONSTRAINT "emotion_based_marketing_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_based_marketing" ADD CONSTRAINT "emotion_based_marketing_emotional_context_tag_id_fkey" FOREIGN KEY ("emotional_context_tag_id") REFERENCES "emotional_context_tags"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_based_marketing" ADD CONSTRAINT "emotion_based_marketing_consent_record_id_fkey" FOREIGN KEY ("consent_record_id") REFERENCES "gdpr_compliance"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_based_recommendations" ADD CONSTRAINT "emotion_based_recommendations_ai_recommendation_id_fkey" FOREIGN KEY ("ai_recommendation_id") REFERENCES "ai_recommendations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_based_recommendations" ADD CONSTRAINT "emotion_based_recommendations_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_based_recommendations" ADD CONSTRAINT "emotion_based_recommendations_user_emotion_tracking_id_fkey" FOREIGN KEY ("user_emotion_tracking_id") REFERENCES "user_emotion_tracking"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_based_recommendations" ADD CONSTRAINT "emotion_based_recommendations_state_history_id_fkey" FOREIGN KEY ("emotional_state_history_id") REFERENCES "emotional_state_history"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_based_recommendations" ADD CONSTRAINT "emotion_based_recommendations_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_based_recommendations" ADD CONSTRAINT "emotion_based_recommendations_consent_record_id_fkey" FOREIGN KEY ("consent_record_id") REFERENCES "gdpr_compliance"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_driven_actions" ADD CONSTRAINT "emotion_driven_actions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_driven_actions" ADD CONSTRAINT "emotion_driven_actions_emotion_trigger_id_fkey" FOREIGN KEY ("emotion_trigger_id") REFERENCES "emotion_triggers"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_driven_actions" ADD CONSTRAINT "emotion_driven_actions_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_driven_actions" ADD CONSTRAINT "emotion_driven_actions_consent_record_id_fkey" FOREIGN KEY ("consent_record_id") REFERENCES "gdpr_compliance"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_driven_actions" ADD CONSTRAINT "emotion_driven_actions_emotional_support_resource_id_fkey" FOREIGN KEY ("emotional_support_resource_id") REFERENCES "emotional_support_resources"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_insights" ADD CONSTRAINT "emotion_insights_user_segment_id_user_segments_id_fkey" FOREIGN KEY ("user_segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_insights" ADD CONSTRAINT "emotion_insights_emotion_trend_analysis_id_fkey" FOREIGN KEY ("emotion_trend_analysis_id") REFERENCES "emotion_trend_analysis"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_insights" ADD CONSTRAINT "emotion_insights_ai_model_id_ai_models_id_fkey" FOREIGN KEY ("ai_model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_insights" ADD CONSTRAINT "emotion_insights_acknowledged_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_social_post_id_social_posts_id_fkey" FOREIGN KEY ("social_post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_social_comment_id_fkey" FOREIGN KEY ("social_comment_id") REFERENCES "social_comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_ai_recommendation_id_fkey" FOREIGN KEY ("ai_recommendation_id") REFERENCES "ai_recommendations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_ai_agent_interaction_id_fkey" FOREIGN KEY ("ai_agent_interaction_id") REFERENCES "ai_agent_interactions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_outreach_message_id_fkey" FOREIGN KEY ("outreach_message_id") REFERENCES "outreach_messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_user_review_id_user_reviews_id_fkey" FOREIGN KEY ("user_review_id") REFERENCES "user_reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_prediction_results" ADD CONSTRAINT "emotion_prediction_results_user_emotion_tracking_id_fkey" FOREIGN KEY ("user_emotion_tracking_id") REFERENCES "user_emotion_tracking"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_trend_analysis" ADD CONSTRAINT "emotion_trend_analysis_user_segment_id_user_segments_id_fkey" FOREIGN KEY ("user_segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotion_triggers" ADD CONSTRAINT "emotion_triggers_emotional_context_tag_id_fkey" FOREIGN KEY ("emotional_context_tag_id") REFERENCES "emotional_context_tags"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotion_triggers" ADD CONSTRAINT "emotion_triggers_emotional_support_resource_id_fkey" FOREIGN KEY ("emotional_support_resource_id") REFERENCES "emotional_support_resources"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotion_triggers" ADD CONSTRAINT "emotion_triggers_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotional_ai_models" ADD CONSTRAINT "emotional_ai_models_ai_model_id_ai_models_id_fkey" FOREIGN KEY ("ai_model_id") REFERENCES "ai_models"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_ai_models" ADD CONSTRAINT "emotional_ai_models_approved_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotional_context_tags" ADD CONSTRAINT "emotional_context_tags_parent_tag_id_fkey" FOREIGN KEY ("parent_tag_id") REFERENCES "emotional_context_tags"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotional_context_tags" ADD CONSTRAINT "emotional_context_tags_replaced_by_tag_id_fkey" FOREIGN KEY ("replaced_by_tag_id") REFERENCES "emotional_context_tags"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotional_context_tags" ADD CONSTRAINT "emotional_context_tags_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotional_engagement_patterns" ADD CONSTRAINT "emotional_engagement_patterns_user_segment_id_fkey" FOREIGN KEY ("user_segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_response_feedback" ADD CONSTRAINT "emotional_response_feedback_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_response_feedback" ADD CONSTRAINT "emotional_response_feedback_user_emotion_tracking_id_fkey" FOREIGN KEY ("user_emotion_tracking_id") REFERENCES "user_emotion_tracking"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_response_feedback" ADD CONSTRAINT "emotional_response_feedback_interaction_sentiment_id_fkey" FOREIGN KEY ("interaction_sentiment_id") REFERENCES "interaction_sentiment"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_response_feedback" ADD CONSTRAINT "emotional_response_feedback_prediction_result_id_fkey" FOREIGN KEY ("emotion_prediction_result_id") REFERENCES "emotion_prediction_results"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_response_models" ADD CONSTRAINT "emotional_response_models_emotional_ai_model_id_fkey" FOREIGN KEY ("emotional_ai_model_id") REFERENCES "emotional_ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotional_response_models" ADD CONSTRAINT "emotional_response_models_approved_by_user_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotional_state_history" ADD CONSTRAINT "emotional_state_history_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_state_history" ADD CONSTRAINT "emotional_state_history_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "emotional_support_resources" ADD CONSTRAINT "emotional_support_resources_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "emotional_wellness_metrics" ADD CONSTRAINT "emotional_wellness_metrics_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "emotional_wellness_metrics" ADD CONSTRAINT "emotional_wellness_metrics_consent_record_id_fkey" FOREIGN KEY ("consent_record_id") REFERENCES "gdpr_compliance"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "interaction_sentiment" ADD CONSTRAINT "interaction_sentiment_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_sentiment" ADD CONSTRAINT "interaction_sentiment_social_post_id_social_posts_id_fkey" FOREIGN KEY ("social_post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_sentiment" ADD CONSTRAINT "interaction_sentiment_social_comment_id_social_comments_id_fkey" FOREIGN KEY ("social_comment_id") REFERENCES "social_comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_sentiment" ADD CONSTRAINT "interaction_sentiment_ai_message_id_ai_messages_id_fkey" FOREIGN KEY ("ai_message_id") REFERENCES "ai_messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_sentiment" ADD CONSTRAINT "interaction_sentiment_ai_agent_session_id_fkey" FOREIGN KEY ("ai_agent_session_id") REFERENCES "ai_agent_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_sentiment" ADD CONSTRAINT "interaction_sentiment_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_user_emotion_tracking_id_fkey" FOREIGN KEY ("user_emotion_tracking_id") REFERENCES "user_emotion_tracking"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_state_history_id_fkey" FOREIGN KEY ("emotional_state_history_id") REFERENCES "emotional_state_history"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_consent_record_id_fkey" FOREIGN KEY ("consent_record_id") REFERENCES "gdpr_compliance"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_ai_agent_session_id_fkey" FOREIGN KEY ("ai_agent_session_id") REFERENCES "ai_agent_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_support_resource_id_fkey" FOREIGN KEY ("emotional_support_resource_id") REFERENCES "emotional_support_resources"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_emotional_content" ADD CONSTRAINT "personalized_emotional_content_context_tag_id_fkey" FOREIGN KEY ("emotional_context_tag_id") REFERENCES "emotional_context_tags"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_social_post_id_social_posts_id_fkey" FOREIGN KEY ("social_post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_social_comment_id_social_comments_id_fkey" FOREIGN KEY ("social_comment_id") REFERENCES "social_comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_ai_recommendation_id_fkey" FOREIGN KEY ("ai_recommendation_id") REFERENCES "ai_recommendations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_ai_agent_interaction_id_fkey" FOREIGN KEY ("ai_agent_interaction_id") REFERENCES "ai_agent_interactions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_outreach_message_id_fkey" FOREIGN KEY ("outreach_message_id") REFERENCES "outreach_messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_user_review_id_user_reviews_id_fkey" FOREIGN KEY ("user_review_id") REFERENCES "user_reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_response_model_id_fkey" FOREIGN KEY ("response_model_id") REFERENCES "emotional_response_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_emotional_context_tag_id_fkey" FOREIGN KEY ("emotional_context_tag_id") REFERENCES "emotional_context_tags"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_consent_record_id_gdpr_compliance_id_fkey" FOREIGN KEY ("consent_record_id") REFERENCES "gdpr_compliance"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_emotion_tracking" ADD CONSTRAINT "user_emotion_tracking_user_session_id_user_sessions_id_fkey" FOREIGN KEY ("user_session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_satisfaction_scores" ADD CONSTRAINT "user_satisfaction_scores_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_satisfaction_scores" ADD CONSTRAINT "user_satisfaction_scores_ai_agent_session_id_fkey" FOREIGN KEY ("ai_agent_session_id") REFERENCES "ai_agent_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_satisfaction_scores" ADD CONSTRAINT "user_satisfaction_scores_outreach_message_id_fkey" FOREIGN KEY ("outreach_message_id") REFERENCES "outreach_messages"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_authorizations" ADD CONSTRAINT "payment_authorizations_gateway_id_payment_gateways_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_authorizations" ADD CONSTRAINT "payment_authorizations_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_authorizations" ADD CONSTRAINT "payment_authorizations_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_authorizations" ADD CONSTRAINT "payment_authorizations_payment_method_id_fkey" FOREIGN KEY ("payment_method_id") REFERENCES "payment_methods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_authorizations" ADD CONSTRAINT "payment_authorizations_recurring_schedule_id_fkey" FOREIGN KEY ("recurring_schedule_id") REFERENCES "recurring_payment_schedules"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_captures" ADD CONSTRAINT "payment_captures_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_captures" ADD CONSTRAINT "payment_captures_captured_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("captured_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_captures" ADD CONSTRAINT "payment_captures_authorization_id_fkey" FOREIGN KEY ("authorization_id") REFERENCES "payment_authorizations"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_disputes" ADD CONSTRAINT "payment_disputes_gateway_id_payment_gateways_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_disputes" ADD CONSTRAINT "payment_disputes_capture_id_payment_captures_id_fkey" FOREIGN KEY ("capture_id") REFERENCES "payment_captures"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_disputes" ADD CONSTRAINT "payment_disputes_handled_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("handled_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_fees" ADD CONSTRAINT "payment_fees_gateway_id_payment_gateways_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_fees" ADD CONSTRAINT "payment_fees_capture_id_payment_captures_id_fkey" FOREIGN KEY ("capture_id") REFERENCES "payment_captures"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_fees" ADD CONSTRAINT "payment_fees_dispute_id_payment_disputes_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "payment_disputes"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_fees" ADD CONSTRAINT "payment_fees_refund_id_refunds_id_fkey" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_gateways" ADD CONSTRAINT "payment_gateways_merchant_practice_id_vet_practices_id_fkey" FOREIGN KEY ("merchant_practice_id") REFERENCES "vet_practices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD CONSTRAINT "payment_methods_gateway_id_payment_gateways_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD CONSTRAINT "payment_methods_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD CONSTRAINT "payment_methods_user_payment_method_id_fkey" FOREIGN KEY ("user_payment_method_id") REFERENCES "user_payment_methods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_reconciliation" ADD CONSTRAINT "payment_reconciliation_gateway_id_payment_gateways_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_reconciliation" ADD CONSTRAINT "payment_reconciliation_capture_id_payment_captures_id_fkey" FOREIGN KEY ("capture_id") REFERENCES "payment_captures"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_reconciliation" ADD CONSTRAINT "payment_reconciliation_dispute_id_payment_disputes_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "payment_disputes"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_reconciliation" ADD CONSTRAINT "payment_reconciliation_fee_id_payment_fees_id_fkey" FOREIGN KEY ("fee_id") REFERENCES "payment_fees"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_reconciliation" ADD CONSTRAINT "payment_reconciliation_refund_id_fkey" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_reconciliation" ADD CONSTRAINT "payment_reconciliation_resolved_by_user_id_fkey" FOREIGN KEY ("resolved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_voids" ADD CONSTRAINT "payment_voids_authorization_id_payment_authorizations_id_fkey" FOREIGN KEY ("authorization_id") REFERENCES "payment_authorizations"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_voids" ADD CONSTRAINT "payment_voids_requested_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_webhooks" ADD CONSTRAINT "payment_webhooks_gateway_id_payment_gateways_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "recurring_payment_schedules" ADD CONSTRAINT "recurring_payment_schedules_gateway_id_fkey" FOREIGN KEY ("gateway_id") REFERENCES "payment_gateways"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "recurring_payment_schedules" ADD CONSTRAINT "recurring_payment_schedules_payment_plan_id_fkey" FOREIGN KEY ("payment_plan_id") REFERENCES "payment_plans"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "recurring_payment_schedules" ADD CONSTRAINT "recurring_payment_schedules_payment_method_id_fkey" FOREIGN KEY ("payment_method_id") REFERENCES "payment_methods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "recurring_payment_schedules" ADD CONSTRAINT "recurring_payment_schedules_user_subscription_id_fkey" FOREIGN KEY ("user_subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "inactivity_periods" ADD CONSTRAINT "inactivity_periods_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "inactivity_periods" ADD CONSTRAINT "inactivity_periods_trigger_id_re_engagement_triggers_id_fkey" FOREIGN KEY ("trigger_id") REFERENCES "re_engagement_triggers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "inactivity_periods" ADD CONSTRAINT "inactivity_periods_last_session_id_user_sessions_id_fkey" FOREIGN KEY ("last_session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "inactivity_periods" ADD CONSTRAINT "inactivity_periods_reactivated_by_message_id_fkey" FOREIGN KEY ("reactivated_by_message_id") REFERENCES "outreach_messages"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "loyalty_memberships" ADD CONSTRAINT "loyalty_memberships_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "loyalty_memberships" ADD CONSTRAINT "loyalty_memberships_tier_id_loyalty_program_tiers_id_fkey" FOREIGN KEY ("tier_id") REFERENCES "loyalty_program_tiers"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "loyalty_memberships" ADD CONSTRAINT "loyalty_memberships_previous_tier_id_fkey" FOREIGN KEY ("previous_tier_id") REFERENCES "loyalty_program_tiers"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "loyalty_memberships" ADD CONSTRAINT "loyalty_memberships_granted_by_user_id_fkey" FOREIGN KEY ("granted_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "loyalty_point_transactions" ADD CONSTRAINT "loyalty_point_transactions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "loyalty_point_transactions" ADD CONSTRAINT "loyalty_point_transactions_tier_id_fkey" FOREIGN KEY ("tier_id") REFERENCES "loyalty_program_tiers"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "loyalty_point_transactions" ADD CONSTRAINT "loyalty_point_transactions_purchase_order_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_orders"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "re_engagement_campaigns" ADD CONSTRAINT "re_engagement_campaigns_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "retention_cohorts" ADD CONSTRAINT "retention_cohorts_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_cohorts" ADD CONSTRAINT "retention_cohorts_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_churn_prediction_id_fkey" FOREIGN KEY ("churn_prediction_id") REFERENCES "churn_prediction"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_inactivity_period_id_fkey" FOREIGN KEY ("inactivity_period_id") REFERENCES "inactivity_periods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_outreach_message_id_fkey" FOREIGN KEY ("outreach_message_id") REFERENCES "outreach_messages"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "personalized_offers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_interventions" ADD CONSTRAINT "retention_interventions_performed_by_user_id_fkey" FOREIGN KEY ("performed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_metrics_tracking" ADD CONSTRAINT "retention_metrics_tracking_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_engagement_scores" ADD CONSTRAINT "user_engagement_scores_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_engagement_scores" ADD CONSTRAINT "user_engagement_scores_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_lifecycle_stages" ADD CONSTRAINT "user_lifecycle_stages_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_lifecycle_stages" ADD CONSTRAINT "user_lifecycle_stages_churn_prediction_id_fkey" FOREIGN KEY ("churn_prediction_id") REFERENCES "churn_prediction"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_lifecycle_stages" ADD CONSTRAINT "user_lifecycle_stages_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_lifecycle_stages" ADD CONSTRAINT "user_lifecycle_stages_changed_by_user_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_retention_segments" ADD CONSTRAINT "user_retention_segments_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_retention_segments" ADD CONSTRAINT "user_retention_segments_churn_model_id_ai_models_id_fkey" FOREIGN KEY ("churn_model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_retention_segments" ADD CONSTRAINT "user_retention_segments_approved_by_user_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "win_back_campaigns" ADD CONSTRAINT "win_back_campaigns_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "win_back_campaigns" ADD CONSTRAINT "win_back_campaigns_template_offer_id_fkey" FOREIGN KEY ("template_offer_id") REFERENCES "personalized_offers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "bulkhead_configs" ADD CONSTRAINT "bulkhead_configs_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "bulkhead_configs" ADD CONSTRAINT "bulkhead_configs_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "bulkhead_configs" ADD CONSTRAINT "bulkhead_configs_service_dependency_id_fkey" FOREIGN KEY ("service_dependency_id") REFERENCES "service_dependencies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "circuit_breaker_configs" ADD CONSTRAINT "circuit_breaker_configs_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "circuit_breaker_configs" ADD CONSTRAINT "circuit_breaker_configs_service_dependency_id_fkey" FOREIGN KEY ("service_dependency_id") REFERENCES "service_dependencies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "circuit_breaker_configs" ADD CONSTRAINT "circuit_breaker_configs_changed_by_user_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "circuit_breaker_events" ADD CONSTRAINT "circuit_breaker_events_actor_user_id_user_profiles_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "circuit_breaker_events" ADD CONSTRAINT "circuit_breaker_events_circuit_breaker_config_id_fkey" FOREIGN KEY ("circuit_breaker_config_id") REFERENCES "circuit_breaker_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "circuit_breaker_events" ADD CONSTRAINT "circuit_breaker_events_auto_recovery_action_id_fkey" FOREIGN KEY ("auto_recovery_action_id") REFERENCES "auto_recovery_actions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "degradation_mode_activations" ADD CONSTRAINT "degradation_mode_activations_degradation_mode_id_fkey" FOREIGN KEY ("degradation_mode_id") REFERENCES "degradation_modes"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "degradation_mode_activations" ADD CONSTRAINT "degradation_mode_activations_activated_by_user_id_fkey" FOREIGN KEY ("activated_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "degradation_mode_activations" ADD CONSTRAINT "degradation_mode_activations_deactivated_by_user_id_fkey" FOREIGN KEY ("deactivated_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "degradation_mode_activations" ADD CONSTRAINT "degradation_mode_activations_degradation_alert_id_fkey" FOREIGN KEY ("degradation_alert_id") REFERENCES "service_degradation_alerts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "degradation_mode_activations" ADD CONSTRAINT "degradation_mode_activations_triggering_breaker_event_id_fkey" FOREIGN KEY ("triggering_breaker_event_id") REFERENCES "circuit_breaker_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "degradation_modes" ADD CONSTRAINT "degradation_modes_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "degradation_modes" ADD CONSTRAINT "degradation_modes_kill_switch_flag_id_feature_flags_id_fkey" FOREIGN KEY ("kill_switch_flag_id") REFERENCES "feature_flags"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_executions" ADD CONSTRAINT "failover_executions_failover_event_id_failover_events_id_fkey" FOREIGN KEY ("failover_event_id") REFERENCES "failover_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_executions" ADD CONSTRAINT "failover_executions_triggered_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("triggered_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_executions" ADD CONSTRAINT "failover_executions_failover_strategy_id_fkey" FOREIGN KEY ("failover_strategy_id") REFERENCES "failover_strategies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "failover_executions" ADD CONSTRAINT "failover_executions_triggering_breaker_event_id_fkey" FOREIGN KEY ("triggering_breaker_event_id") REFERENCES "circuit_breaker_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_strategies" ADD CONSTRAINT "failover_strategies_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "failover_strategies" ADD CONSTRAINT "failover_strategies_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_strategies" ADD CONSTRAINT "failover_strategies_approved_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "failover_strategies" ADD CONSTRAINT "failover_strategies_redundancy_config_id_fkey" FOREIGN KEY ("redundancy_config_id") REFERENCES "redundancy_configs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_strategies" ADD CONSTRAINT "failover_strategies_data_replication_status_id_fkey" FOREIGN KEY ("data_replication_status_id") REFERENCES "data_replication_status"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retry_policies" ADD CONSTRAINT "retry_policies_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retry_policies" ADD CONSTRAINT "retry_policies_service_dependency_id_fkey" FOREIGN KEY ("service_dependency_id") REFERENCES "service_dependencies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "service_health_endpoints" ADD CONSTRAINT "service_health_endpoints_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "service_resilience_metrics" ADD CONSTRAINT "service_resilience_metrics_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "timeout_configurations" ADD CONSTRAINT "timeout_configurations_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "timeout_configurations" ADD CONSTRAINT "timeout_configurations_service_dependency_id_fkey" FOREIGN KEY ("service_dependency_id") REFERENCES "service_dependencies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "auto_scaling_events" ADD CONSTRAINT "auto_scaling_events_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "auto_scaling_events" ADD CONSTRAINT "auto_scaling_events_scaling_event_id_scaling_events_id_fkey" FOREIGN KEY ("scaling_event_id") REFERENCES "scaling_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "auto_scaling_events" ADD CONSTRAINT "auto_scaling_events_policy_evaluation_id_fkey" FOREIGN KEY ("policy_evaluation_id") REFERENCES "scaling_policy_evaluations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "bottleneck_analysis" ADD CONSTRAINT "bottleneck_analysis_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "bottleneck_analysis" ADD CONSTRAINT "bottleneck_analysis_performance_degradation_id_fkey" FOREIGN KEY ("performance_degradation_id") REFERENCES "performance_degradation"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "bottleneck_analysis" ADD CONSTRAINT "bottleneck_analysis_service_dependency_id_fkey" FOREIGN KEY ("service_dependency_id") REFERENCES "service_dependencies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "bottleneck_analysis" ADD CONSTRAINT "bottleneck_analysis_analysed_by_user_id_fkey" FOREIGN KEY ("analysed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "capacity_forecasts" ADD CONSTRAINT "capacity_forecasts_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "capacity_forecasts" ADD CONSTRAINT "capacity_forecasts_capacity_planning_id_fkey" FOREIGN KEY ("capacity_planning_id") REFERENCES "capacity_planning"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "instance_health_status" ADD CONSTRAINT "instance_health_status_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "instance_health_status" ADD CONSTRAINT "instance_health_status_launched_by_fkey" FOREIGN KEY ("launched_by_auto_scaling_event_id") REFERENCES "auto_scaling_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "load_distribution" ADD CONSTRAINT "load_distribution_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "load_distribution" ADD CONSTRAINT "load_distribution_load_balancing_config_id_fkey" FOREIGN KEY ("load_balancing_config_id") REFERENCES "load_balancing_config"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "performance_degradation" ADD CONSTRAINT "performance_degradation_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "performance_degradation" ADD CONSTRAINT "performance_degradation_degradation_alert_id_fkey" FOREIGN KEY ("degradation_alert_id") REFERENCES "service_degradation_alerts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "resource_utilization" ADD CONSTRAINT "resource_utilization_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "scaling_metrics" ADD CONSTRAINT "scaling_metrics_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "scaling_policy_evaluations" ADD CONSTRAINT "scaling_policy_evaluations_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "scaling_recommendations" ADD CONSTRAINT "scaling_recommendations_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "scaling_recommendations" ADD CONSTRAINT "scaling_recommendations_bottleneck_analysis_id_fkey" FOREIGN KEY ("bottleneck_analysis_id") REFERENCES "bottleneck_analysis"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "scaling_recommendations" ADD CONSTRAINT "scaling_recommendations_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "scaling_recommendations" ADD CONSTRAINT "scaling_recommendations_applied_scaling_event_id_fkey" FOREIGN KEY ("applied_scaling_event_id") REFERENCES "scaling_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "performance_baselines" ADD CONSTRAINT "performance_baselines_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "performance_baselines" ADD CONSTRAINT "performance_baselines_approved_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "regression_test_results" ADD CONSTRAINT "regression_test_results_waived_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("waived_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "regression_test_results" ADD CONSTRAINT "regression_test_results_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "performance_baselines"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "regression_test_results" ADD CONSTRAINT "regression_test_results_workflow_id_fkey" FOREIGN KEY ("workflow_id") REFERENCES "test_automation_workflows"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "synthetic_data_generators" ADD CONSTRAINT "synthetic_data_generators_pii_reviewed_by_user_id_fkey" FOREIGN KEY ("pii_reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "synthetic_data_generators" ADD CONSTRAINT "synthetic_data_generators_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "synthetic_data_sets" ADD CONSTRAINT "synthetic_data_sets_requested_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "synthetic_data_sets" ADD CONSTRAINT "synthetic_data_sets_generator_id_fkey" FOREIGN KEY ("generator_id") REFERENCES "synthetic_data_generators"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "synthetic_data_sets" ADD CONSTRAINT "synthetic_data_sets_workflow_id_fkey" FOREIGN KEY ("workflow_id") REFERENCES "test_automation_workflows"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "synthetic_test_cases" ADD CONSTRAINT "synthetic_test_cases_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "synthetic_test_cases" ADD CONSTRAINT "synthetic_test_cases_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "synthetic_test_executions" ADD CONSTRAINT "synthetic_test_executions_test_case_id_fkey" FOREIGN KEY ("test_case_id") REFERENCES "synthetic_test_cases"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "synthetic_test_executions" ADD CONSTRAINT "synthetic_test_executions_health_check_id_fkey" FOREIGN KEY ("health_check_id") REFERENCES "system_health_checks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "synthetic_test_results" ADD CONSTRAINT "synthetic_test_results_execution_id_fkey" FOREIGN KEY ("execution_id") REFERENCES "synthetic_test_executions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "test_automation_workflows" ADD CONSTRAINT "test_automation_workflows_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "test_coverage_metrics" ADD CONSTRAINT "test_coverage_metrics_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "test_data_quality_metrics" ADD CONSTRAINT "test_data_quality_metrics_data_set_id_fkey" FOREIGN KEY ("data_set_id") REFERENCES "synthetic_data_sets"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_insights_cache" DROP CONSTRAINT "ai_insights_cache_locale_format_check", ADD CONSTRAINT "ai_insights_cache_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');--> statement-breakpoint
ALTER TABLE "audio_transcriptions" DROP CONSTRAINT "audio_transcriptions_language_tag_format_check", ADD CONSTRAINT "audio_transcriptions_language_tag_format_check" CHECK ("language_tag" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');--> statement-breakpoint
ALTER TABLE "partnership_content" DROP CONSTRAINT "partnership_content_locale_format_check", ADD CONSTRAINT "partnership_content_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
--> statement-breakpoint
DROP TRIGGER IF EXISTS cost_alerts_append_only ON cost_alerts;
--> statement-breakpoint
CREATE TRIGGER cost_alerts_append_only BEFORE UPDATE OR DELETE ON cost_alerts FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_ai_token_usage(before timestamptz DEFAULT now() - interval '25 months') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'ai_token_usage', true);
  DELETE FROM ai_token_usage WHERE usage_date < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_cost_tracking(before timestamptz DEFAULT now() - interval '7 years') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'cost_tracking', true);
  DELETE FROM cost_tracking WHERE cost_date < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS test_coverage_metrics_append_only ON test_coverage_metrics;
--> statement-breakpoint
CREATE TRIGGER test_coverage_metrics_append_only BEFORE UPDATE OR DELETE ON test_coverage_metrics FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS test_data_quality_metrics_append_only ON test_data_quality_metrics;
--> statement-breakpoint
CREATE TRIGGER test_data_quality_metrics_append_only BEFORE UPDATE OR DELETE ON test_data_quality_metrics FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_synthetic_test_executions(before timestamptz DEFAULT now() - interval '90 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'synthetic_test_executions', true);
  DELETE FROM synthetic_test_executions WHERE started_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_test_coverage_metrics(before timestamptz DEFAULT now() - interval '2 years') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'test_coverage_metrics', true);
  DELETE FROM test_coverage_metrics WHERE measured_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS circuit_breaker_events_append_only ON circuit_breaker_events;
--> statement-breakpoint
CREATE TRIGGER circuit_breaker_events_append_only BEFORE UPDATE OR DELETE ON circuit_breaker_events FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_circuit_breaker_events(before timestamptz DEFAULT now() - interval '180 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'circuit_breaker_events', true);
  DELETE FROM circuit_breaker_events WHERE occurred_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_service_resilience_metrics(before timestamptz DEFAULT now() - interval '25 months') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'service_resilience_metrics', true);
  DELETE FROM service_resilience_metrics WHERE window_start < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dlq_processing_logs_append_only ON dlq_processing_logs;
--> statement-breakpoint
CREATE TRIGGER dlq_processing_logs_append_only BEFORE UPDATE OR DELETE ON dlq_processing_logs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_dlq_processing_logs(before timestamptz DEFAULT now() - interval '400 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'dlq_processing_logs', true);
  DELETE FROM dlq_processing_logs WHERE created_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS loyalty_point_transactions_append_only ON loyalty_point_transactions;
--> statement-breakpoint
CREATE TRIGGER loyalty_point_transactions_append_only BEFORE UPDATE OR DELETE ON loyalty_point_transactions FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_loyalty_point_transactions(before timestamptz DEFAULT now() - interval '7 years') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'loyalty_point_transactions', true);
  DELETE FROM loyalty_point_transactions WHERE created_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_user_engagement_scores(before timestamptz DEFAULT now() - interval '400 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'user_engagement_scores', true);
  DELETE FROM user_engagement_scores WHERE score_date < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS association_communications_append_only ON association_communications;
--> statement-breakpoint
CREATE TRIGGER association_communications_append_only BEFORE UPDATE OR DELETE ON association_communications FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_association_member_sync(before timestamptz DEFAULT now() - interval '400 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'association_member_sync', true);
  DELETE FROM association_member_sync WHERE started_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION payments_assert_authorization_settled(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  authorization_row record;
  taken numeric;
BEGIN
  -- Locks the authorisation: concurrent captures of it are judged one after the other, each seeing the other's.
  SELECT amount, currency INTO authorization_row FROM payment_authorizations WHERE id = target FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT FROM payment_captures WHERE authorization_id = target AND currency <> authorization_row.currency)
     OR EXISTS (SELECT FROM payment_voids WHERE authorization_id = target AND currency <> authorization_row.currency) THEN
    RAISE EXCEPTION 'authorisation %: a capture or void is not in its currency %', target, authorization_row.currency
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_captures_authorization_currency_check', TABLE = 'payment_captures';
  END IF;
  SELECT coalesce((SELECT sum(amount) FROM payment_captures WHERE authorization_id = target AND status IN ('pending', 'succeeded')), 0)
       + coalesce((SELECT sum(amount) FROM payment_voids WHERE authorization_id = target AND status IN ('pending', 'succeeded')), 0)
    INTO taken;
  IF taken > authorization_row.amount THEN
    RAISE EXCEPTION 'authorisation %: captures and releases total % %, more than the % authorised', target, taken, authorization_row.currency, authorization_row.amount
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_captures_within_authorization_check', TABLE = 'payment_captures';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION payments_authorization_settlement_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'payment_authorizations' THEN
    PERFORM payments_assert_authorization_settled(NEW.id);
  ELSE
    PERFORM payments_assert_authorization_settled(NEW.authorization_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS payment_captures_settlement ON payment_captures;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER payment_captures_settlement AFTER INSERT OR UPDATE OF authorization_id, amount, currency, status ON payment_captures
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payments_authorization_settlement_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS payment_voids_settlement ON payment_voids;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER payment_voids_settlement AFTER INSERT OR UPDATE OF authorization_id, amount, currency, status ON payment_voids
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payments_authorization_settlement_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS payment_authorizations_settlement ON payment_authorizations;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER payment_authorizations_settlement AFTER UPDATE OF amount, currency ON payment_authorizations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payments_authorization_settlement_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS payment_webhooks_append_only ON payment_webhooks;
--> statement-breakpoint
CREATE TRIGGER payment_webhooks_append_only BEFORE UPDATE OR DELETE ON payment_webhooks FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_payment_webhooks(before timestamptz DEFAULT now() - interval '540 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'payment_webhooks', true);
  DELETE FROM payment_webhooks WHERE received_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS security_event_logs_append_only ON security_event_logs;
--> statement-breakpoint
CREATE TRIGGER security_event_logs_append_only BEFORE UPDATE OR DELETE ON security_event_logs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_security_event_logs(before timestamptz DEFAULT now() - interval '400 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'security_event_logs', true);
  DELETE FROM security_event_logs WHERE occurred_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS access_logs_append_only ON access_logs;
--> statement-breakpoint
CREATE TRIGGER access_logs_append_only BEFORE UPDATE OR DELETE ON access_logs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_access_logs(before timestamptz DEFAULT now() - interval '90 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'access_logs', true);
  DELETE FROM access_logs WHERE occurred_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS permission_changes_append_only ON permission_changes;
--> statement-breakpoint
CREATE TRIGGER permission_changes_append_only BEFORE UPDATE OR DELETE ON permission_changes FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS data_access_audit_append_only ON data_access_audit;
--> statement-breakpoint
CREATE TRIGGER data_access_audit_append_only BEFORE UPDATE OR DELETE ON data_access_audit FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_data_access_audit(before timestamptz DEFAULT now() - interval '6 years') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'data_access_audit', true);
  DELETE FROM data_access_audit WHERE occurred_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS scaling_metrics_append_only ON scaling_metrics;
--> statement-breakpoint
CREATE TRIGGER scaling_metrics_append_only BEFORE UPDATE OR DELETE ON scaling_metrics FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS scaling_policy_evaluations_append_only ON scaling_policy_evaluations;
--> statement-breakpoint
CREATE TRIGGER scaling_policy_evaluations_append_only BEFORE UPDATE OR DELETE ON scaling_policy_evaluations FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_scaling_metrics(before timestamptz DEFAULT now() - interval '400 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'scaling_metrics', true);
  DELETE FROM scaling_metrics WHERE window_start < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_scaling_policy_evaluations(before timestamptz DEFAULT now() - interval '30 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'scaling_policy_evaluations', true);
  DELETE FROM scaling_policy_evaluations WHERE evaluated_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_resource_utilization(before timestamptz DEFAULT now() - interval '93 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'resource_utilization', true);
  DELETE FROM resource_utilization WHERE window_start < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_load_distribution(before timestamptz DEFAULT now() - interval '90 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'load_distribution', true);
  DELETE FROM load_distribution WHERE window_start < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS emotion_driven_actions_append_only ON emotion_driven_actions;
--> statement-breakpoint
CREATE TRIGGER emotion_driven_actions_append_only BEFORE UPDATE OR DELETE ON emotion_driven_actions FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_emotion_driven_actions(before timestamptz DEFAULT now() - interval '730 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'emotion_driven_actions', true);
  DELETE FROM emotion_driven_actions WHERE decided_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_user_emotion_tracking(before timestamptz DEFAULT now() - interval '180 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'user_emotion_tracking', true);
  DELETE FROM user_emotion_tracking WHERE observed_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_interaction_sentiment(before timestamptz DEFAULT now() - interval '180 days') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('db.retention_purge', 'interaction_sentiment', true);
  DELETE FROM interaction_sentiment WHERE analyzed_at < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('db.retention_purge', '', true);
  RETURN purged;
END $$;
