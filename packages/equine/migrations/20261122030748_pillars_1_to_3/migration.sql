CREATE TABLE "horse_ai_insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"insight_type" text NOT NULL,
	"model_name" text NOT NULL,
	"model_version" text NOT NULL,
	"confidence" numeric(4,3),
	"summary" text NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"inputs" jsonb DEFAULT '[]' NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"review_outcome" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_ai_insights_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "horse_ai_insights_expires_at_check" CHECK ("expires_at" > "generated_at"),
	CONSTRAINT "horse_ai_insights_insight_type_check" CHECK ("insight_type" in ('conformation', 'gait_analysis', 'pedigree_analysis', 'health_risk', 'performance_prediction', 'valuation', 'training_recommendation', 'photo_tagging', 'behaviour', 'other')),
	CONSTRAINT "horse_ai_insights_status_check" CHECK ("status" in ('active', 'superseded', 'dismissed', 'expired')),
	CONSTRAINT "horse_ai_insights_review_outcome_check" CHECK ("review_outcome" in ('helpful', 'not_helpful', 'incorrect'))
);
--> statement-breakpoint
CREATE TABLE "horse_bloodlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"generation" smallint NOT NULL,
	"pedigree_position" text NOT NULL,
	"ancestor_name" text NOT NULL,
	"ancestor_registry_code" text,
	"ancestor_registration_number" text,
	"ancestor_horse_id" uuid,
	"ancestor_breed" text,
	"ancestor_colour" text,
	"ancestor_foaling_year" smallint,
	"ancestor_country_of_birth" char(2),
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_bloodlines_generation_check" CHECK ("generation" between 1 and 8),
	CONSTRAINT "horse_bloodlines_pedigree_position_format_check" CHECK ("pedigree_position" ~ '^[SD]{1,8}$'),
	CONSTRAINT "horse_bloodlines_generation_position_check" CHECK ("generation" = char_length("pedigree_position")),
	CONSTRAINT "horse_bloodlines_ancestor_registry_code_format_check" CHECK ("ancestor_registry_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
	CONSTRAINT "horse_bloodlines_ancestor_foaling_year_check" CHECK ("ancestor_foaling_year" between 1600 and 2100),
	CONSTRAINT "horse_bloodlines_ancestor_country_of_birth_format_check" CHECK ("ancestor_country_of_birth" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "horse_data_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_name" text NOT NULL,
	"external_record_id" text NOT NULL,
	"source_url" text,
	"sync_status" text DEFAULT 'pending' NOT NULL,
	"last_synced_at" timestamp with time zone,
	"last_sync_error" text,
	"sync_attempt_count" integer DEFAULT 0 NOT NULL,
	"payload_checksum" text,
	"fields_provided" jsonb DEFAULT '[]' NOT NULL,
	"raw_payload" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_data_sources_sync_attempt_count_check" CHECK ("sync_attempt_count" >= 0),
	CONSTRAINT "horse_data_sources_payload_checksum_format_check" CHECK ("payload_checksum" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "horse_data_sources_source_type_check" CHECK ("source_type" in ('breed_registry', 'competition_body', 'sales_company', 'veterinary_system', 'stable_management', 'partner_api', 'import_file', 'manual_entry', 'other')),
	CONSTRAINT "horse_data_sources_sync_status_check" CHECK ("sync_status" in ('pending', 'synced', 'failed', 'stale', 'disabled'))
);
--> statement-breakpoint
CREATE TABLE "horse_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"identifier_type" text NOT NULL,
	"identifier_value" text NOT NULL,
	"issuing_body" text,
	"issuing_country" char(2),
	"issued_on" date,
	"expires_on" date,
	"implant_site" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"verified_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_identifiers_microchip_check" CHECK ("identifier_type" <> 'microchip' or "identifier_value" ~ '^[0-9]{15}$'),
	CONSTRAINT "horse_identifiers_ueln_check" CHECK ("identifier_type" <> 'ueln' or "identifier_value" ~ '^[0-9A-Z]{15}$'),
	CONSTRAINT "horse_identifiers_identifier_value_format_check" CHECK ("identifier_value" ~ '\S'),
	CONSTRAINT "horse_identifiers_issuing_country_format_check" CHECK ("issuing_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "horse_identifiers_expires_on_check" CHECK ("expires_on" >= "issued_on"),
	CONSTRAINT "horse_identifiers_identifier_type_check" CHECK ("identifier_type" in ('microchip', 'ueln', 'passport', 'freeze_brand', 'hot_brand', 'lip_tattoo', 'dna_profile', 'other'))
);
--> statement-breakpoint
CREATE TABLE "horse_location_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"facility_name" text NOT NULL,
	"premises_id" text,
	"street_address" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"arrived_at" timestamp with time zone NOT NULL,
	"departed_at" timestamp with time zone,
	"reason" text NOT NULL,
	"recorded_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_location_history_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "horse_location_history_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "horse_location_history_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "horse_location_history_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null)),
	CONSTRAINT "horse_location_history_departed_at_check" CHECK ("departed_at" >= "arrived_at"),
	CONSTRAINT "horse_location_history_reason_check" CHECK ("reason" in ('home', 'boarding', 'training', 'breeding', 'competition', 'veterinary', 'rehabilitation', 'quarantine', 'sale', 'retirement', 'transit', 'other'))
);
--> statement-breakpoint
CREATE TABLE "horse_markings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"location" text NOT NULL,
	"marking_type" text NOT NULL,
	"description" text NOT NULL,
	"is_acquired" boolean DEFAULT false NOT NULL,
	"diagram_x" numeric(4,3),
	"diagram_y" numeric(4,3),
	"photo_id" uuid,
	"recorded_on" date,
	"recorded_by_user_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_markings_diagram_x_check" CHECK ("diagram_x" between 0 and 1),
	CONSTRAINT "horse_markings_diagram_y_check" CHECK ("diagram_y" between 0 and 1),
	CONSTRAINT "horse_markings_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "horse_markings_location_check" CHECK ("location" in ('head', 'face', 'muzzle', 'neck', 'body', 'left_fore', 'right_fore', 'left_hind', 'right_hind', 'mane', 'tail')),
	CONSTRAINT "horse_markings_marking_type_check" CHECK ("marking_type" in ('star', 'stripe', 'snip', 'blaze', 'bald_face', 'lip_marking', 'coronet', 'pastern', 'sock', 'stocking', 'ermine_spots', 'whorl', 'patch', 'spots', 'scar', 'brand', 'other'))
);
--> statement-breakpoint
CREATE TABLE "horse_ownership_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"share_percent" numeric(5,2) DEFAULT '100.00' NOT NULL,
	"is_primary_owner" boolean DEFAULT false NOT NULL,
	"acquisition_type" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"purchase_price" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"transfer_document_ref" text,
	"registry_transfer_confirmed_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_ownership_history_share_percent_check" CHECK ("share_percent" > 0 and "share_percent" <= 100),
	CONSTRAINT "horse_ownership_history_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "horse_ownership_history_end_reason_ended_on_check" CHECK ("end_reason" is null or "ended_on" is not null),
	CONSTRAINT "horse_ownership_history_purchase_price_check" CHECK ("purchase_price" >= 0),
	CONSTRAINT "horse_ownership_history_acquisition_type_check" CHECK ("acquisition_type" in ('purchase', 'auction', 'claim', 'bred', 'gift', 'inheritance', 'syndication', 'lease', 'rescue', 'other')),
	CONSTRAINT "horse_ownership_history_end_reason_check" CHECK ("end_reason" in ('sold', 'gifted', 'share_transferred', 'lease_ended', 'deceased', 'other')),
	CONSTRAINT "horse_ownership_history_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "horse_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"url" text,
	"content_type" text NOT NULL,
	"file_size_bytes" integer,
	"width_px" integer,
	"height_px" integer,
	"caption" text,
	"alt_text" text,
	"photographer_credit" text,
	"taken_at" timestamp with time zone,
	"is_primary" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_photos_file_size_bytes_check" CHECK ("file_size_bytes" > 0),
	CONSTRAINT "horse_photos_width_px_check" CHECK ("width_px" > 0),
	CONSTRAINT "horse_photos_height_px_check" CHECK ("height_px" > 0),
	CONSTRAINT "horse_photos_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "horse_photos_content_type_check" CHECK ("content_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/heic')),
	CONSTRAINT "horse_photos_visibility_check" CHECK ("visibility" in ('public', 'members', 'private'))
);
--> statement-breakpoint
CREATE TABLE "horse_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"slug" text,
	"headline" text,
	"bio" text,
	"primary_discipline" text,
	"secondary_disciplines" jsonb DEFAULT '[]' NOT NULL,
	"temperament" text,
	"training_level" text,
	"suitable_rider_level" text,
	"vices" jsonb DEFAULT '[]' NOT NULL,
	"handling_notes" text,
	"achievements" jsonb DEFAULT '[]' NOT NULL,
	"is_for_sale" boolean DEFAULT false NOT NULL,
	"is_for_lease" boolean DEFAULT false NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_profiles_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "horse_profiles_primary_discipline_check" CHECK ("primary_discipline" in ('dressage', 'show_jumping', 'eventing', 'hunter', 'flat_racing', 'jump_racing', 'harness_racing', 'endurance', 'driving', 'polo', 'reining', 'cutting', 'barrel_racing', 'western_pleasure', 'vaulting', 'trail', 'breeding', 'leisure', 'other')),
	CONSTRAINT "horse_profiles_temperament_check" CHECK ("temperament" in ('calm', 'steady', 'willing', 'sensitive', 'spirited', 'nervous', 'difficult')),
	CONSTRAINT "horse_profiles_training_level_check" CHECK ("training_level" in ('unhandled', 'halter_broke', 'started', 'green', 'novice', 'intermediate', 'advanced', 'grand_prix')),
	CONSTRAINT "horse_profiles_suitable_rider_level_check" CHECK ("suitable_rider_level" in ('beginner', 'novice', 'intermediate', 'advanced', 'professional')),
	CONSTRAINT "horse_profiles_visibility_check" CHECK ("visibility" in ('public', 'members', 'private'))
);
--> statement-breakpoint
CREATE TABLE "horse_registry_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"registry_code" text NOT NULL,
	"registry_name" text,
	"registration_number" text NOT NULL,
	"registered_name" text,
	"registry_country" char(2),
	"studbook_section" text,
	"registration_status" text DEFAULT 'registered' NOT NULL,
	"registered_on" date,
	"expires_on" date,
	"certificate_url" text,
	"last_verified_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_registry_records_registry_code_format_check" CHECK ("registry_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
	CONSTRAINT "horse_registry_records_registry_country_format_check" CHECK ("registry_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "horse_registry_records_expires_on_check" CHECK ("expires_on" >= "registered_on"),
	CONSTRAINT "horse_registry_records_registration_status_check" CHECK ("registration_status" in ('pending', 'registered', 'suspended', 'cancelled', 'transferred'))
);
--> statement-breakpoint
CREATE TABLE "horse_related_entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"label" text,
	"started_on" date,
	"ended_on" date,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"created_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_related_entities_entity_type_format_check" CHECK ("entity_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "horse_related_entities_relationship_format_check" CHECK ("relationship" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "horse_related_entities_ended_on_check" CHECK ("ended_on" >= "started_on")
);
--> statement-breakpoint
CREATE TABLE "horse_social_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"handle" text NOT NULL,
	"profile_url" text,
	"display_name" text,
	"follower_count" integer DEFAULT 0 NOT NULL,
	"following_count" integer DEFAULT 0 NOT NULL,
	"post_count" integer DEFAULT 0 NOT NULL,
	"is_verified" boolean DEFAULT false NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"managed_by_user_id" uuid,
	"last_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_social_profiles_handle_format_check" CHECK ("handle" ~ '^[^@\s]\S{0,99}$'),
	CONSTRAINT "horse_social_profiles_follower_count_check" CHECK ("follower_count" >= 0),
	CONSTRAINT "horse_social_profiles_following_count_check" CHECK ("following_count" >= 0),
	CONSTRAINT "horse_social_profiles_post_count_check" CHECK ("post_count" >= 0),
	CONSTRAINT "horse_social_profiles_platform_check" CHECK ("platform" in ('instagram', 'facebook', 'tiktok', 'youtube', 'x', 'threads', 'website', 'other'))
);
--> statement-breakpoint
CREATE TABLE "horse_verification_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"verification_type" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"method" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"verified_by_user_id" uuid,
	"rejection_reason" text,
	"external_reference" text,
	"evidence" jsonb DEFAULT '[]' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_verification_status_verified_at_check" CHECK ("status" <> 'verified' or "verified_at" is not null),
	CONSTRAINT "horse_verification_status_expires_at_check" CHECK ("expires_at" > "verified_at"),
	CONSTRAINT "horse_verification_status_verification_type_check" CHECK ("verification_type" in ('identity', 'ownership', 'registration', 'microchip', 'pedigree', 'health_certificate', 'photo', 'competition_record')),
	CONSTRAINT "horse_verification_status_status_check" CHECK ("status" in ('pending', 'verified', 'rejected', 'expired')),
	CONSTRAINT "horse_verification_status_method_check" CHECK ("method" in ('document_review', 'registry_lookup', 'microchip_scan', 'dna_test', 'vet_inspection', 'automated', 'other'))
);
--> statement-breakpoint
CREATE TABLE "horses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"registered_name" text,
	"barn_name" text,
	"sex" text NOT NULL,
	"breed" text,
	"colour" text,
	"foaling_date" date,
	"foaling_date_is_estimated" boolean DEFAULT false NOT NULL,
	"country_of_birth" char(2),
	"height_hands" numeric(3,1),
	"status" text DEFAULT 'active' NOT NULL,
	"deceased_on" date,
	"sire_id" uuid,
	"dam_id" uuid,
	"breeder_user_id" uuid,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horses_name_check" CHECK ("registered_name" is not null or "barn_name" is not null),
	CONSTRAINT "horses_country_of_birth_format_check" CHECK ("country_of_birth" ~ '^[A-Z]{2}$'),
	CONSTRAINT "horses_height_hands_check" CHECK ("height_hands" between 6 and 20 and "height_hands" - trunc("height_hands") <= 0.3),
	CONSTRAINT "horses_deceased_on_check" CHECK ("deceased_on" >= "foaling_date"),
	CONSTRAINT "horses_deceased_status_check" CHECK ("deceased_on" is null or "status" = 'deceased'),
	CONSTRAINT "horses_parents_check" CHECK ("sire_id" <> "dam_id"),
	CONSTRAINT "horses_sire_id_check" CHECK ("sire_id" <> "id"),
	CONSTRAINT "horses_dam_id_check" CHECK ("dam_id" <> "id"),
	CONSTRAINT "horses_sex_check" CHECK ("sex" in ('mare', 'stallion', 'gelding', 'colt', 'filly', 'rig')),
	CONSTRAINT "horses_status_check" CHECK ("status" in ('active', 'retired', 'sold', 'deceased', 'missing'))
);
--> statement-breakpoint
CREATE TABLE "provider_availability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"staff_id" uuid,
	"facility_id" uuid,
	"kind" text NOT NULL,
	"day_of_week" smallint,
	"exception_date" date,
	"start_time" time,
	"end_time" time,
	"effective_from" date,
	"effective_to" date,
	"slot_duration_minutes" integer,
	"max_concurrent_bookings" integer DEFAULT 1 NOT NULL,
	"is_mobile" boolean DEFAULT false NOT NULL,
	"is_emergency_only" boolean DEFAULT false NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_availability_day_of_week_check" CHECK ("day_of_week" between 0 and 6),
	CONSTRAINT "provider_availability_times_pair_check" CHECK (("start_time" is null) = ("end_time" is null)),
	CONSTRAINT "provider_availability_time_order_check" CHECK ("end_time" > "start_time"),
	CONSTRAINT "provider_availability_effective_dates_check" CHECK ("effective_to" >= "effective_from"),
	CONSTRAINT "provider_availability_recurring_check" CHECK ("kind" <> 'recurring' or ("day_of_week" is not null and "exception_date" is null and "start_time" is not null)),
	CONSTRAINT "provider_availability_exception_check" CHECK ("kind" = 'recurring' or ("exception_date" is not null and "day_of_week" is null and "effective_from" is null and "effective_to" is null)),
	CONSTRAINT "provider_availability_extra_opening_check" CHECK ("kind" <> 'extra_opening' or "start_time" is not null),
	CONSTRAINT "provider_availability_slot_duration_minutes_check" CHECK ("slot_duration_minutes" > 0),
	CONSTRAINT "provider_availability_max_concurrent_bookings_check" CHECK ("max_concurrent_bookings" >= 1),
	CONSTRAINT "provider_availability_kind_check" CHECK ("kind" in ('recurring', 'closure', 'extra_opening'))
);
--> statement-breakpoint
CREATE TABLE "provider_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"staff_id" uuid,
	"credential_type" text NOT NULL,
	"title" text NOT NULL,
	"issuing_body" text NOT NULL,
	"credential_number" text NOT NULL,
	"issuing_country" char(2),
	"issued_on" date,
	"expires_on" date,
	"verification_status" text DEFAULT 'unverified' NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by_user_id" uuid,
	"document_url" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_credentials_validity_check" CHECK ("expires_on" >= "issued_on"),
	CONSTRAINT "provider_credentials_issuing_country_format_check" CHECK ("issuing_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "provider_credentials_document_url_format_check" CHECK ("document_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "provider_credentials_verified_at_check" CHECK ("verification_status" <> 'verified' or "verified_at" is not null),
	CONSTRAINT "provider_credentials_credential_type_check" CHECK ("credential_type" in ('practice_registration', 'professional_registration', 'specialist_certification', 'board_certification', 'farrier_registration', 'dental_technician_certification', 'physiotherapy_registration', 'animal_transport_authorisation', 'boarding_establishment_licence', 'controlled_drugs_licence', 'radiation_protection_certificate', 'cpd_certificate', 'other')),
	CONSTRAINT "provider_credentials_verification_status_check" CHECK ("verification_status" in ('unverified', 'pending', 'verified', 'rejected', 'expired', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "provider_equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"facility_id" uuid,
	"equipment_type" text NOT NULL,
	"name" text NOT NULL,
	"manufacturer" text NOT NULL,
	"model_name" text,
	"serial_number" text,
	"asset_tag" text,
	"purchased_on" date,
	"purchase_price" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"warranty_expires_on" date,
	"last_serviced_on" date,
	"next_service_due_on" date,
	"is_portable" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'operational' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_equipment_purchase_price_check" CHECK ("purchase_price" >= 0),
	CONSTRAINT "provider_equipment_warranty_check" CHECK ("warranty_expires_on" >= "purchased_on"),
	CONSTRAINT "provider_equipment_service_dates_check" CHECK ("next_service_due_on" >= "last_serviced_on"),
	CONSTRAINT "provider_equipment_equipment_type_check" CHECK ("equipment_type" in ('digital_radiography', 'ultrasound', 'endoscope', 'gastroscope', 'high_speed_treadmill', 'mri', 'ct_scanner', 'scintigraphy', 'thermography', 'ecg', 'blood_analyser', 'shockwave_therapy', 'laser_therapy', 'dental_power_equipment', 'portable_forge', 'horse_lorry', 'horse_trailer', 'other')),
	CONSTRAINT "provider_equipment_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "provider_equipment_status_check" CHECK ("status" in ('operational', 'under_maintenance', 'out_of_order', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "provider_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"name" text NOT NULL,
	"facility_type" text NOT NULL,
	"street_address" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2) NOT NULL,
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"phone" text,
	"stall_count" integer DEFAULT 0 NOT NULL,
	"is_open24_hours" boolean DEFAULT false NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"opened_on" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_facilities_stall_count_check" CHECK ("stall_count" >= 0),
	CONSTRAINT "provider_facilities_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "provider_facilities_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "provider_facilities_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "provider_facilities_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null)),
	CONSTRAINT "provider_facilities_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "provider_facilities_facility_type_check" CHECK ("facility_type" in ('clinic', 'hospital', 'surgery_theatre', 'isolation_unit', 'diagnostic_centre', 'intensive_care_unit', 'stables', 'rehabilitation_centre', 'forge', 'transport_depot', 'office'))
);
--> statement-breakpoint
CREATE TABLE "provider_insurance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"insurer" text NOT NULL,
	"policy_number" text NOT NULL,
	"coverage_type" text NOT NULL,
	"coverage_limit" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"excess_amount" numeric(14,2),
	"annual_premium" numeric(14,2),
	"broker_name" text,
	"territorial_limits" text,
	"effective_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"certificate_url" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_insurance_coverage_limit_check" CHECK ("coverage_limit" >= 0),
	CONSTRAINT "provider_insurance_excess_amount_check" CHECK ("excess_amount" >= 0),
	CONSTRAINT "provider_insurance_annual_premium_check" CHECK ("annual_premium" >= 0),
	CONSTRAINT "provider_insurance_period_check" CHECK ("expires_on" > "effective_on"),
	CONSTRAINT "provider_insurance_certificate_url_format_check" CHECK ("certificate_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "provider_insurance_coverage_type_check" CHECK ("coverage_type" in ('professional_indemnity', 'public_liability', 'employers_liability', 'care_custody_control', 'goods_in_transit', 'equipment', 'motor_fleet', 'business_interruption', 'cyber')),
	CONSTRAINT "provider_insurance_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "provider_insurance_status_check" CHECK ("status" in ('pending', 'active', 'lapsed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "provider_partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"partner_practice_id" uuid,
	"external_partner_name" text,
	"partnership_type" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"terms" jsonb DEFAULT '{}' NOT NULL,
	"is_reciprocal" boolean DEFAULT false NOT NULL,
	"started_on" date,
	"ended_on" date,
	"agreement_url" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_partnerships_distinct_practices_check" CHECK ("partner_practice_id" <> "practice_id"),
	CONSTRAINT "provider_partnerships_partner_check" CHECK (("partner_practice_id" is null) <> ("external_partner_name" is null)),
	CONSTRAINT "provider_partnerships_dates_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "provider_partnerships_agreement_url_format_check" CHECK ("agreement_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "provider_partnerships_partnership_type_check" CHECK ("partnership_type" in ('referral', 'out_of_hours_cover', 'shared_equipment', 'locum_sharing', 'laboratory_services', 'transport_services', 'group_membership', 'joint_venture')),
	CONSTRAINT "provider_partnerships_status_check" CHECK ("status" in ('proposed', 'active', 'suspended', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "provider_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"duration_minutes" integer NOT NULL,
	"base_price" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"vat_rate_percent" numeric(5,2),
	"is_mobile" boolean DEFAULT false NOT NULL,
	"callout_fee" numeric(14,2),
	"is_emergency" boolean DEFAULT false NOT NULL,
	"requires_referral" boolean DEFAULT false NOT NULL,
	"bookable_online" boolean DEFAULT true NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_services_duration_minutes_check" CHECK ("duration_minutes" > 0),
	CONSTRAINT "provider_services_base_price_check" CHECK ("base_price" >= 0),
	CONSTRAINT "provider_services_callout_fee_check" CHECK ("callout_fee" >= 0),
	CONSTRAINT "provider_services_vat_rate_percent_check" CHECK ("vat_rate_percent" between 0 and 100),
	CONSTRAINT "provider_services_category_check" CHECK ("category" in ('consultation', 'vaccination', 'dentistry', 'lameness_examination', 'diagnostic_imaging', 'laboratory', 'surgery', 'reproduction', 'pre_purchase_examination', 'emergency', 'hospitalisation', 'farriery', 'physiotherapy', 'transport', 'boarding', 'other')),
	CONSTRAINT "provider_services_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "provider_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"veterinarian_id" uuid,
	"staff_role" text NOT NULL,
	"employment_type" text DEFAULT 'employee' NOT NULL,
	"job_title" text,
	"work_email" text,
	"work_phone" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	"weekly_contracted_hours" numeric(4,1),
	"is_active" boolean DEFAULT true NOT NULL,
	"is_bookable" boolean DEFAULT false NOT NULL,
	"is_primary_contact" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_staff_employment_dates_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "provider_staff_work_email_format_check" CHECK ("work_email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "provider_staff_work_phone_format_check" CHECK ("work_phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "provider_staff_weekly_contracted_hours_check" CHECK ("weekly_contracted_hours" between 0 and 168),
	CONSTRAINT "provider_staff_staff_role_check" CHECK ("staff_role" in ('veterinarian', 'vet_nurse', 'veterinary_technician', 'farrier', 'apprentice_farrier', 'equine_dentist', 'physiotherapist', 'groom', 'transport_driver', 'yard_manager', 'receptionist', 'practice_manager', 'administrator')),
	CONSTRAINT "provider_staff_employment_type_check" CHECK ("employment_type" in ('employee', 'partner', 'director', 'locum', 'contractor', 'student', 'volunteer'))
);
--> statement-breakpoint
CREATE TABLE "vet_practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"provider_type" text NOT NULL,
	"legal_name" text NOT NULL,
	"trading_name" text,
	"registration_number" text,
	"registering_body" text,
	"tax_id" text,
	"email" text,
	"phone" text,
	"website_url" text,
	"street_address" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2) NOT NULL,
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"offers_emergency_service" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending_verification' NOT NULL,
	"owner_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vet_practices_registration_pair_check" CHECK (("registration_number" is null) = ("registering_body" is null)),
	CONSTRAINT "vet_practices_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "vet_practices_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "vet_practices_website_url_format_check" CHECK ("website_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "vet_practices_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "vet_practices_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "vet_practices_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "vet_practices_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null)),
	CONSTRAINT "vet_practices_provider_type_check" CHECK ("provider_type" in ('veterinary_practice', 'equine_hospital', 'farrier', 'equine_dentist', 'physiotherapy', 'chiropractic', 'saddle_fitter', 'nutritionist', 'transport', 'boarding', 'rehabilitation_centre', 'laboratory', 'other')),
	CONSTRAINT "vet_practices_status_check" CHECK ("status" in ('pending_verification', 'active', 'suspended', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "veterinarians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid,
	"practice_id" uuid,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"post_nominals" text,
	"email" text,
	"phone" text,
	"licence_number" text NOT NULL,
	"licensing_body" text NOT NULL,
	"licence_country" char(2) NOT NULL,
	"licence_valid_from" date,
	"licence_valid_until" date,
	"specialties" text[] DEFAULT '{}'::text[] NOT NULL,
	"qualifications" jsonb DEFAULT '[]' NOT NULL,
	"status" text DEFAULT 'practising' NOT NULL,
	"register_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "veterinarians_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "veterinarians_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "veterinarians_licence_country_format_check" CHECK ("licence_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "veterinarians_licence_validity_check" CHECK ("licence_valid_until" >= "licence_valid_from"),
	CONSTRAINT "veterinarians_specialties_check" CHECK ("specialties" <@ array['ambulatory_practice', 'anaesthesia', 'cardiology', 'dentistry', 'dermatology', 'diagnostic_imaging', 'emergency_critical_care', 'internal_medicine', 'lameness_orthopaedics', 'neonatology', 'nutrition', 'ophthalmology', 'pathology', 'podiatry', 'reproduction', 'sports_medicine_rehabilitation', 'surgery']::text[]),
	CONSTRAINT "veterinarians_status_check" CHECK ("status" in ('practising', 'non_practising', 'suspended', 'removed', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "user_activity_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid,
	"impersonator_id" uuid,
	"session_id" uuid,
	"category" text NOT NULL,
	"action" text NOT NULL,
	"outcome" text DEFAULT 'success' NOT NULL,
	"entity_type" text,
	"entity_id" uuid,
	"summary" text,
	"ip_address" inet,
	"user_agent" text,
	"client_platform" text,
	"request_id" text,
	"changes" jsonb DEFAULT '{}' NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_activity_log_action_format_check" CHECK ("action" ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
	CONSTRAINT "user_activity_log_entity_check" CHECK ("entity_id" is null or "entity_type" is not null),
	CONSTRAINT "user_activity_log_category_check" CHECK ("category" in ('auth', 'profile', 'horse', 'health', 'training', 'booking', 'billing', 'messaging', 'document', 'admin', 'integration')),
	CONSTRAINT "user_activity_log_outcome_check" CHECK ("outcome" in ('success', 'failure', 'denied')),
	CONSTRAINT "user_activity_log_client_platform_check" CHECK ("client_platform" in ('web', 'ios', 'android', 'api', 'system'))
);
--> statement-breakpoint
CREATE TABLE "user_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"metric_date" date NOT NULL,
	"session_count" integer DEFAULT 0 NOT NULL,
	"active_seconds" integer DEFAULT 0 NOT NULL,
	"page_views" integer DEFAULT 0 NOT NULL,
	"action_count" integer DEFAULT 0 NOT NULL,
	"horses_viewed" integer DEFAULT 0 NOT NULL,
	"horse_records_updated" integer DEFAULT 0 NOT NULL,
	"health_records_added" integer DEFAULT 0 NOT NULL,
	"rides_logged" integer DEFAULT 0 NOT NULL,
	"ride_distance_meters" integer DEFAULT 0 NOT NULL,
	"messages_sent" integer DEFAULT 0 NOT NULL,
	"bookings_created" integer DEFAULT 0 NOT NULL,
	"documents_uploaded" integer DEFAULT 0 NOT NULL,
	"notifications_opened" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_metrics_active_seconds_check" CHECK ("active_seconds" between 0 and 86400),
	CONSTRAINT "user_metrics_session_count_check" CHECK ("session_count" >= 0),
	CONSTRAINT "user_metrics_page_views_check" CHECK ("page_views" >= 0),
	CONSTRAINT "user_metrics_action_count_check" CHECK ("action_count" >= 0),
	CONSTRAINT "user_metrics_horses_viewed_check" CHECK ("horses_viewed" >= 0),
	CONSTRAINT "user_metrics_horse_records_updated_check" CHECK ("horse_records_updated" >= 0),
	CONSTRAINT "user_metrics_health_records_added_check" CHECK ("health_records_added" >= 0),
	CONSTRAINT "user_metrics_rides_logged_check" CHECK ("rides_logged" >= 0),
	CONSTRAINT "user_metrics_ride_distance_meters_check" CHECK ("ride_distance_meters" >= 0),
	CONSTRAINT "user_metrics_messages_sent_check" CHECK ("messages_sent" >= 0),
	CONSTRAINT "user_metrics_bookings_created_check" CHECK ("bookings_created" >= 0),
	CONSTRAINT "user_metrics_documents_uploaded_check" CHECK ("documents_uploaded" >= 0),
	CONSTRAINT "user_metrics_notifications_opened_check" CHECK ("notifications_opened" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_payment_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_payment_method_id" text NOT NULL,
	"provider_customer_id" text,
	"method_type" text NOT NULL,
	"brand" text,
	"bank_name" text,
	"last_four" text,
	"expiry_month" smallint,
	"expiry_year" smallint,
	"holder_name" text,
	"billing_country_code" char(2),
	"billing_postal_code" text,
	"fingerprint" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_payment_methods_last_four_format_check" CHECK ("last_four" ~ '^[0-9]{4}$'),
	CONSTRAINT "user_payment_methods_expiry_month_check" CHECK ("expiry_month" between 1 and 12),
	CONSTRAINT "user_payment_methods_expiry_year_check" CHECK ("expiry_year" between 2000 and 2100),
	CONSTRAINT "user_payment_methods_expiry_check" CHECK (("expiry_month" is null) = ("expiry_year" is null)),
	CONSTRAINT "user_payment_methods_billing_country_code_format_check" CHECK ("billing_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "user_payment_methods_provider_check" CHECK ("provider" in ('stripe', 'paddle', 'braintree', 'apple_app_store', 'google_play', 'manual')),
	CONSTRAINT "user_payment_methods_method_type_check" CHECK ("method_type" in ('card', 'sepa_debit', 'bacs_debit', 'ach_debit', 'paypal', 'apple_pay', 'google_pay')),
	CONSTRAINT "user_payment_methods_brand_check" CHECK ("brand" in ('visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'other')),
	CONSTRAINT "user_payment_methods_status_check" CHECK ("status" in ('active', 'expired', 'requires_action', 'detached'))
);
--> statement-breakpoint
CREATE TABLE "user_permissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"permission_key" text NOT NULL,
	"effect" text DEFAULT 'allow' NOT NULL,
	"scope_type" text DEFAULT 'platform' NOT NULL,
	"scope_id" uuid,
	"granted_by" uuid,
	"reason" text,
	"conditions" jsonb DEFAULT '{}' NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_permissions_permission_key_format_check" CHECK ("permission_key" ~ '^[a-z][a-z_]*:([a-z][a-z_]*|\*)$'),
	CONSTRAINT "user_permissions_scope_check" CHECK (("scope_type" = 'platform') = ("scope_id" is null)),
	CONSTRAINT "user_permissions_validity_check" CHECK ("valid_until" is null or "valid_until" > "valid_from"),
	CONSTRAINT "user_permissions_effect_check" CHECK ("effect" in ('allow', 'deny')),
	CONSTRAINT "user_permissions_scope_type_check" CHECK ("scope_type" in ('platform', 'organization', 'barn', 'provider', 'horse'))
);
--> statement-breakpoint
CREATE TABLE "user_preferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"unit_system" text DEFAULT 'metric' NOT NULL,
	"horse_height_unit" text DEFAULT 'hands' NOT NULL,
	"temperature_unit" text DEFAULT 'celsius' NOT NULL,
	"date_format" text DEFAULT 'DD/MM/YYYY' NOT NULL,
	"time_format" text DEFAULT '24h' NOT NULL,
	"week_starts_on" text DEFAULT 'monday' NOT NULL,
	"preferred_currency" char(3) DEFAULT 'USD' NOT NULL,
	"theme" text DEFAULT 'system' NOT NULL,
	"notification_channels" jsonb DEFAULT '{}' NOT NULL,
	"notification_topics" jsonb DEFAULT '{}' NOT NULL,
	"quiet_hours_start" time,
	"quiet_hours_end" time,
	"digest_frequency" text DEFAULT 'weekly' NOT NULL,
	"marketing_consent_at" timestamp with time zone,
	"profile_visibility" text DEFAULT 'connections' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preferences_quiet_hours_check" CHECK (("quiet_hours_start" is null) = ("quiet_hours_end" is null) and ("quiet_hours_start" is null or "quiet_hours_start" <> "quiet_hours_end")),
	CONSTRAINT "user_preferences_unit_system_check" CHECK ("unit_system" in ('metric', 'imperial')),
	CONSTRAINT "user_preferences_horse_height_unit_check" CHECK ("horse_height_unit" in ('hands', 'centimeters')),
	CONSTRAINT "user_preferences_temperature_unit_check" CHECK ("temperature_unit" in ('celsius', 'fahrenheit')),
	CONSTRAINT "user_preferences_date_format_check" CHECK ("date_format" in ('DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD')),
	CONSTRAINT "user_preferences_time_format_check" CHECK ("time_format" in ('12h', '24h')),
	CONSTRAINT "user_preferences_week_starts_on_check" CHECK ("week_starts_on" in ('monday', 'sunday', 'saturday')),
	CONSTRAINT "user_preferences_preferred_currency_check" CHECK ("preferred_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "user_preferences_theme_check" CHECK ("theme" in ('system', 'light', 'dark')),
	CONSTRAINT "user_preferences_digest_frequency_check" CHECK ("digest_frequency" in ('none', 'daily', 'weekly')),
	CONSTRAINT "user_preferences_profile_visibility_check" CHECK ("profile_visibility" in ('public', 'connections', 'private'))
);
--> statement-breakpoint
CREATE TABLE "user_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"auth_subject" text NOT NULL,
	"email" text NOT NULL,
	"email_verified_at" timestamp with time zone,
	"phone" text,
	"display_name" text NOT NULL,
	"given_name" text,
	"family_name" text,
	"account_type" text DEFAULT 'individual' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"avatar_url" text,
	"bio" text,
	"date_of_birth" date,
	"country_code" char(2),
	"region" text,
	"city" text,
	"postal_code" text,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"last_seen_at" timestamp with time zone,
	"onboarded_at" timestamp with time zone,
	"deactivated_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_profiles_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "user_profiles_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "user_profiles_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "user_profiles_account_type_check" CHECK ("account_type" in ('individual', 'business', 'organization')),
	CONSTRAINT "user_profiles_status_check" CHECK ("status" in ('pending', 'active', 'suspended', 'deactivated'))
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_type" text DEFAULT 'platform' NOT NULL,
	"scope_id" uuid,
	"is_primary" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'self_signup' NOT NULL,
	"granted_by" uuid,
	"grant_reason" text,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"attributes" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_roles_scope_check" CHECK (("scope_type" = 'platform') = ("scope_id" is null)),
	CONSTRAINT "user_roles_validity_check" CHECK ("valid_until" is null or "valid_until" > "valid_from"),
	CONSTRAINT "user_roles_role_check" CHECK ("role" in ('owner', 'rider', 'trainer', 'instructor', 'breeder', 'veterinarian', 'farrier', 'equine_dentist', 'physiotherapist', 'groom', 'barn_manager', 'provider_staff', 'support_agent', 'admin')),
	CONSTRAINT "user_roles_scope_type_check" CHECK ("scope_type" in ('platform', 'organization', 'barn', 'provider', 'horse')),
	CONSTRAINT "user_roles_source_check" CHECK ("source" in ('self_signup', 'invitation', 'admin', 'import', 'system'))
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"auth_method" text NOT NULL,
	"mfa_method" text,
	"client_platform" text NOT NULL,
	"device_name" text,
	"user_agent" text,
	"ip_address" inet,
	"ip_country_code" char(2),
	"last_seen_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_sessions_token_hash_format_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "user_sessions_ip_country_code_format_check" CHECK ("ip_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "user_sessions_expiry_check" CHECK ("expires_at" > "created_at"),
	CONSTRAINT "user_sessions_revocation_check" CHECK (("revoked_at" is null) = ("revoke_reason" is null)),
	CONSTRAINT "user_sessions_auth_method_check" CHECK ("auth_method" in ('password', 'magic_link', 'oauth', 'passkey', 'sso', 'api_token')),
	CONSTRAINT "user_sessions_mfa_method_check" CHECK ("mfa_method" in ('totp', 'sms', 'webauthn', 'recovery_code')),
	CONSTRAINT "user_sessions_client_platform_check" CHECK ("client_platform" in ('web', 'ios', 'android', 'api', 'system')),
	CONSTRAINT "user_sessions_revoke_reason_check" CHECK ("revoke_reason" in ('logout', 'password_change', 'admin', 'suspicious_activity', 'replaced', 'account_deactivated'))
);
--> statement-breakpoint
CREATE TABLE "user_social_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_user_id" text NOT NULL,
	"handle" text,
	"display_name" text,
	"profile_url" text,
	"avatar_url" text,
	"email" text,
	"scopes" jsonb DEFAULT '[]' NOT NULL,
	"credential_ref" text,
	"token_expires_at" timestamp with time zone,
	"used_for_login" boolean DEFAULT false NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"follower_count" integer,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_synced_at" timestamp with time zone,
	"disconnected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_social_connections_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "user_social_connections_follower_count_check" CHECK ("follower_count" >= 0),
	CONSTRAINT "user_social_connections_provider_check" CHECK ("provider" in ('google', 'apple', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'linkedin', 'strava'))
);
--> statement-breakpoint
CREATE TABLE "user_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_subscription_id" text NOT NULL,
	"provider_customer_id" text,
	"provider_price_id" text,
	"plan" text NOT NULL,
	"status" text NOT NULL,
	"billing_interval" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"unit_price" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"payment_method_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"trial_ends_at" timestamp with time zone,
	"current_period_start" timestamp with time zone NOT NULL,
	"current_period_end" timestamp with time zone NOT NULL,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"canceled_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"cancellation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_subscriptions_quantity_check" CHECK ("quantity" >= 1),
	CONSTRAINT "user_subscriptions_unit_price_check" CHECK ("unit_price" >= 0),
	CONSTRAINT "user_subscriptions_period_check" CHECK ("current_period_end" > "current_period_start"),
	CONSTRAINT "user_subscriptions_provider_check" CHECK ("provider" in ('stripe', 'paddle', 'braintree', 'apple_app_store', 'google_play', 'manual')),
	CONSTRAINT "user_subscriptions_plan_check" CHECK ("plan" in ('free', 'rider', 'owner_plus', 'professional', 'barn', 'enterprise')),
	CONSTRAINT "user_subscriptions_status_check" CHECK ("status" in ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'unpaid', 'paused', 'canceled')),
	CONSTRAINT "user_subscriptions_billing_interval_check" CHECK ("billing_interval" in ('month', 'quarter', 'year')),
	CONSTRAINT "user_subscriptions_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "user_verification_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"verification_type" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"method" text,
	"provider" text,
	"provider_reference" text,
	"verified_value" text,
	"issuing_country_code" char(2),
	"document_type" text,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"rejection_reason" text,
	"reviewed_by" uuid,
	"details" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_verification_status_attempt_count_check" CHECK ("attempt_count" >= 0),
	CONSTRAINT "user_verification_status_issuing_country_code_format_check" CHECK ("issuing_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "user_verification_status_verified_check" CHECK ("status" <> 'verified' or "verified_at" is not null),
	CONSTRAINT "user_verification_status_expiry_check" CHECK ("expires_at" is null or "verified_at" is null or "expires_at" > "verified_at"),
	CONSTRAINT "user_verification_status_verification_type_check" CHECK ("verification_type" in ('email', 'phone', 'identity', 'address', 'professional_license', 'business', 'payment')),
	CONSTRAINT "user_verification_status_status_check" CHECK ("status" in ('unverified', 'pending', 'verified', 'rejected', 'expired')),
	CONSTRAINT "user_verification_status_method_check" CHECK ("method" in ('email_link', 'sms_code', 'document_upload', 'identity_vendor', 'registry_lookup', 'micro_deposit', 'manual_review')),
	CONSTRAINT "user_verification_status_document_type_check" CHECK ("document_type" in ('passport', 'national_id', 'driving_licence', 'residence_permit', 'utility_bill', 'bank_statement', 'professional_certificate', 'company_registration'))
);
--> statement-breakpoint
CREATE INDEX "horse_ai_insights_horse_id_idx" ON "horse_ai_insights" ("horse_id","insight_type","generated_at");--> statement-breakpoint
CREATE INDEX "horse_ai_insights_reviewed_by_user_id_idx" ON "horse_ai_insights" ("reviewed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_bloodlines_horse_id_pedigree_position_key" ON "horse_bloodlines" ("horse_id","pedigree_position");--> statement-breakpoint
CREATE INDEX "horse_bloodlines_ancestor_horse_id_idx" ON "horse_bloodlines" ("ancestor_horse_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_data_sources_source_name_external_record_id_key" ON "horse_data_sources" ("source_name","external_record_id");--> statement-breakpoint
CREATE INDEX "horse_data_sources_horse_id_idx" ON "horse_data_sources" ("horse_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_identifiers_identifier_type_identifier_value_key" ON "horse_identifiers" ("identifier_type","identifier_value");--> statement-breakpoint
CREATE INDEX "horse_identifiers_horse_id_idx" ON "horse_identifiers" ("horse_id");--> statement-breakpoint
CREATE INDEX "horse_location_history_horse_id_idx" ON "horse_location_history" ("horse_id","arrived_at");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_location_history_current_key" ON "horse_location_history" ("horse_id") WHERE "departed_at" is null;--> statement-breakpoint
CREATE INDEX "horse_location_history_recorded_by_user_id_idx" ON "horse_location_history" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "horse_markings_horse_id_idx" ON "horse_markings" ("horse_id","sort_order");--> statement-breakpoint
CREATE INDEX "horse_markings_photo_id_idx" ON "horse_markings" ("photo_id");--> statement-breakpoint
CREATE INDEX "horse_markings_recorded_by_user_id_idx" ON "horse_markings" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "horse_ownership_history_horse_id_idx" ON "horse_ownership_history" ("horse_id","started_on");--> statement-breakpoint
CREATE INDEX "horse_ownership_history_owner_user_id_idx" ON "horse_ownership_history" ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_ownership_history_current_primary_owner_key" ON "horse_ownership_history" ("horse_id") WHERE "ended_on" is null and "is_primary_owner";--> statement-breakpoint
CREATE UNIQUE INDEX "horse_photos_storage_key_key" ON "horse_photos" ("storage_key");--> statement-breakpoint
CREATE INDEX "horse_photos_horse_id_idx" ON "horse_photos" ("horse_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_photos_horse_id_primary_key" ON "horse_photos" ("horse_id") WHERE "is_primary";--> statement-breakpoint
CREATE INDEX "horse_photos_uploaded_by_user_id_idx" ON "horse_photos" ("uploaded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_profiles_horse_id_key" ON "horse_profiles" ("horse_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_profiles_slug_key" ON "horse_profiles" ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_registry_records_registry_code_registration_number_key" ON "horse_registry_records" ("registry_code","registration_number");--> statement-breakpoint
CREATE INDEX "horse_registry_records_horse_id_idx" ON "horse_registry_records" ("horse_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_related_entities_horse_id_entity_relationship_key" ON "horse_related_entities" ("horse_id","entity_type","entity_id","relationship");--> statement-breakpoint
CREATE INDEX "horse_related_entities_entity_type_entity_id_idx" ON "horse_related_entities" ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "horse_related_entities_created_by_user_id_idx" ON "horse_related_entities" ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_social_profiles_platform_handle_key" ON "horse_social_profiles" ("platform","handle");--> statement-breakpoint
CREATE INDEX "horse_social_profiles_horse_id_idx" ON "horse_social_profiles" ("horse_id");--> statement-breakpoint
CREATE INDEX "horse_social_profiles_managed_by_user_id_idx" ON "horse_social_profiles" ("managed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "horse_verification_status_horse_id_verification_type_key" ON "horse_verification_status" ("horse_id","verification_type");--> statement-breakpoint
CREATE INDEX "horse_verification_status_verified_by_user_id_idx" ON "horse_verification_status" ("verified_by_user_id");--> statement-breakpoint
CREATE INDEX "horses_registered_name_idx" ON "horses" (lower("registered_name"));--> statement-breakpoint
CREATE INDEX "horses_barn_name_idx" ON "horses" (lower("barn_name"));--> statement-breakpoint
CREATE INDEX "horses_sire_id_idx" ON "horses" ("sire_id");--> statement-breakpoint
CREATE INDEX "horses_dam_id_idx" ON "horses" ("dam_id");--> statement-breakpoint
CREATE INDEX "horses_breeder_user_id_idx" ON "horses" ("breeder_user_id");--> statement-breakpoint
CREATE INDEX "horses_created_by_user_id_idx" ON "horses" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "horses_status_idx" ON "horses" ("status");--> statement-breakpoint
CREATE INDEX "provider_availability_practice_id_day_of_week_idx" ON "provider_availability" ("practice_id","day_of_week");--> statement-breakpoint
CREATE INDEX "provider_availability_practice_id_exception_date_idx" ON "provider_availability" ("practice_id","exception_date") WHERE "exception_date" is not null;--> statement-breakpoint
CREATE INDEX "provider_availability_staff_id_idx" ON "provider_availability" ("staff_id");--> statement-breakpoint
CREATE INDEX "provider_availability_facility_id_idx" ON "provider_availability" ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_credentials_issuing_body_credential_number_key" ON "provider_credentials" ("issuing_body","credential_number");--> statement-breakpoint
CREATE INDEX "provider_credentials_practice_id_expires_on_idx" ON "provider_credentials" ("practice_id","expires_on");--> statement-breakpoint
CREATE INDEX "provider_credentials_staff_id_idx" ON "provider_credentials" ("staff_id");--> statement-breakpoint
CREATE INDEX "provider_credentials_verified_by_user_id_idx" ON "provider_credentials" ("verified_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_equipment_manufacturer_serial_number_key" ON "provider_equipment" ("manufacturer","serial_number");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_equipment_practice_id_asset_tag_key" ON "provider_equipment" ("practice_id","asset_tag");--> statement-breakpoint
CREATE INDEX "provider_equipment_facility_id_idx" ON "provider_equipment" ("facility_id");--> statement-breakpoint
CREATE INDEX "provider_equipment_next_service_due_on_idx" ON "provider_equipment" ("next_service_due_on") WHERE "status" <> 'retired';--> statement-breakpoint
CREATE INDEX "provider_facilities_practice_id_idx" ON "provider_facilities" ("practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_facilities_primary_key" ON "provider_facilities" ("practice_id") WHERE "is_primary";--> statement-breakpoint
CREATE INDEX "provider_facilities_facility_type_country_code_idx" ON "provider_facilities" ("facility_type","country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_insurance_insurer_policy_number_key" ON "provider_insurance" ("insurer","policy_number");--> statement-breakpoint
CREATE INDEX "provider_insurance_practice_id_expires_on_idx" ON "provider_insurance" ("practice_id","expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_partnerships_practice_partner_type_key" ON "provider_partnerships" ("practice_id","partner_practice_id","partnership_type");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_partnerships_practice_external_type_key" ON "provider_partnerships" ("practice_id",lower("external_partner_name"),"partnership_type") WHERE "partner_practice_id" is null;--> statement-breakpoint
CREATE INDEX "provider_partnerships_partner_practice_id_idx" ON "provider_partnerships" ("partner_practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_services_practice_id_service_code_key" ON "provider_services" ("practice_id","service_code");--> statement-breakpoint
CREATE INDEX "provider_services_category_idx" ON "provider_services" ("category");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_staff_practice_id_user_id_staff_role_key" ON "provider_staff" ("practice_id","user_id","staff_role");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_staff_primary_contact_key" ON "provider_staff" ("practice_id") WHERE "is_primary_contact";--> statement-breakpoint
CREATE INDEX "provider_staff_user_id_idx" ON "provider_staff" ("user_id");--> statement-breakpoint
CREATE INDEX "provider_staff_veterinarian_id_idx" ON "provider_staff" ("veterinarian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vet_practices_registering_body_registration_number_key" ON "vet_practices" ("registering_body","registration_number");--> statement-breakpoint
CREATE INDEX "vet_practices_owner_user_id_idx" ON "vet_practices" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "vet_practices_provider_type_country_code_idx" ON "vet_practices" ("provider_type","country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "veterinarians_licensing_body_licence_number_key" ON "veterinarians" ("licensing_body","licence_number");--> statement-breakpoint
CREATE UNIQUE INDEX "veterinarians_user_id_key" ON "veterinarians" ("user_id");--> statement-breakpoint
CREATE INDEX "veterinarians_practice_id_idx" ON "veterinarians" ("practice_id");--> statement-breakpoint
CREATE INDEX "user_activity_log_user_id_occurred_at_idx" ON "user_activity_log" ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "user_activity_log_impersonator_id_idx" ON "user_activity_log" ("impersonator_id");--> statement-breakpoint
CREATE INDEX "user_activity_log_session_id_idx" ON "user_activity_log" ("session_id");--> statement-breakpoint
CREATE INDEX "user_activity_log_entity_idx" ON "user_activity_log" ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "user_activity_log_occurred_at_idx" ON "user_activity_log" ("occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_metrics_user_id_metric_date_key" ON "user_metrics" ("user_id","metric_date");--> statement-breakpoint
CREATE INDEX "user_metrics_metric_date_idx" ON "user_metrics" ("metric_date");--> statement-breakpoint
CREATE UNIQUE INDEX "user_payment_methods_provider_payment_method_id_key" ON "user_payment_methods" ("provider","provider_payment_method_id");--> statement-breakpoint
CREATE INDEX "user_payment_methods_user_id_idx" ON "user_payment_methods" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_payment_methods_user_id_default_key" ON "user_payment_methods" ("user_id") WHERE "is_default";--> statement-breakpoint
CREATE INDEX "user_payment_methods_fingerprint_idx" ON "user_payment_methods" ("fingerprint");--> statement-breakpoint
CREATE INDEX "user_permissions_user_id_idx" ON "user_permissions" ("user_id");--> statement-breakpoint
CREATE INDEX "user_permissions_granted_by_idx" ON "user_permissions" ("granted_by");--> statement-breakpoint
CREATE INDEX "user_permissions_scope_idx" ON "user_permissions" ("scope_type","scope_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_permissions_user_id_key_scope_active_key" ON "user_permissions" ("user_id","permission_key","scope_type",coalesce("scope_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_preferences_user_id_key" ON "user_preferences" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_profiles_auth_subject_key" ON "user_profiles" ("auth_subject");--> statement-breakpoint
CREATE UNIQUE INDEX "user_profiles_email_lower_key" ON "user_profiles" (lower("email"));--> statement-breakpoint
CREATE INDEX "user_roles_user_id_idx" ON "user_roles" ("user_id");--> statement-breakpoint
CREATE INDEX "user_roles_granted_by_idx" ON "user_roles" ("granted_by");--> statement-breakpoint
CREATE INDEX "user_roles_scope_idx" ON "user_roles" ("scope_type","scope_id");--> statement-breakpoint
CREATE INDEX "user_roles_role_idx" ON "user_roles" ("role");--> statement-breakpoint
CREATE UNIQUE INDEX "user_roles_user_id_role_scope_active_key" ON "user_roles" ("user_id","role","scope_type",coalesce("scope_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_sessions_token_hash_key" ON "user_sessions" ("token_hash");--> statement-breakpoint
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions" ("user_id");--> statement-breakpoint
CREATE INDEX "user_sessions_expires_at_idx" ON "user_sessions" ("expires_at") WHERE "revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_social_connections_provider_user_id_key" ON "user_social_connections" ("provider","provider_user_id");--> statement-breakpoint
CREATE INDEX "user_social_connections_user_id_idx" ON "user_social_connections" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_subscriptions_provider_subscription_id_key" ON "user_subscriptions" ("provider","provider_subscription_id");--> statement-breakpoint
CREATE INDEX "user_subscriptions_user_id_idx" ON "user_subscriptions" ("user_id");--> statement-breakpoint
CREATE INDEX "user_subscriptions_payment_method_id_idx" ON "user_subscriptions" ("payment_method_id");--> statement-breakpoint
CREATE INDEX "user_subscriptions_status_current_period_end_idx" ON "user_subscriptions" ("status","current_period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "user_verification_status_user_id_verification_type_key" ON "user_verification_status" ("user_id","verification_type");--> statement-breakpoint
CREATE UNIQUE INDEX "user_verification_status_provider_reference_key" ON "user_verification_status" ("provider","provider_reference");--> statement-breakpoint
CREATE INDEX "user_verification_status_reviewed_by_idx" ON "user_verification_status" ("reviewed_by");--> statement-breakpoint
CREATE INDEX "user_verification_status_expires_at_idx" ON "user_verification_status" ("expires_at");--> statement-breakpoint
ALTER TABLE "horse_ai_insights" ADD CONSTRAINT "horse_ai_insights_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_ai_insights" ADD CONSTRAINT "horse_ai_insights_reviewed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_bloodlines" ADD CONSTRAINT "horse_bloodlines_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_bloodlines" ADD CONSTRAINT "horse_bloodlines_ancestor_horse_id_horses_id_fkey" FOREIGN KEY ("ancestor_horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_data_sources" ADD CONSTRAINT "horse_data_sources_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_identifiers" ADD CONSTRAINT "horse_identifiers_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_location_history" ADD CONSTRAINT "horse_location_history_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_location_history" ADD CONSTRAINT "horse_location_history_WZAh0BocaT2U_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_markings" ADD CONSTRAINT "horse_markings_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_markings" ADD CONSTRAINT "horse_markings_photo_id_horse_photos_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "horse_photos"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_markings" ADD CONSTRAINT "horse_markings_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_ownership_history" ADD CONSTRAINT "horse_ownership_history_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_ownership_history" ADD CONSTRAINT "horse_ownership_history_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "horse_photos" ADD CONSTRAINT "horse_photos_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_photos" ADD CONSTRAINT "horse_photos_uploaded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_profiles" ADD CONSTRAINT "horse_profiles_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_registry_records" ADD CONSTRAINT "horse_registry_records_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_related_entities" ADD CONSTRAINT "horse_related_entities_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_related_entities" ADD CONSTRAINT "horse_related_entities_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_social_profiles" ADD CONSTRAINT "horse_social_profiles_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_social_profiles" ADD CONSTRAINT "horse_social_profiles_managed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("managed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_verification_status" ADD CONSTRAINT "horse_verification_status_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_verification_status" ADD CONSTRAINT "horse_verification_status_verified_by_user_id_fkey" FOREIGN KEY ("verified_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horses" ADD CONSTRAINT "horses_sire_id_horses_id_fkey" FOREIGN KEY ("sire_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horses" ADD CONSTRAINT "horses_dam_id_horses_id_fkey" FOREIGN KEY ("dam_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horses" ADD CONSTRAINT "horses_breeder_user_id_user_profiles_id_fkey" FOREIGN KEY ("breeder_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horses" ADD CONSTRAINT "horses_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "provider_availability" ADD CONSTRAINT "provider_availability_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_availability" ADD CONSTRAINT "provider_availability_staff_id_provider_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "provider_staff"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_availability" ADD CONSTRAINT "provider_availability_facility_id_provider_facilities_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "provider_facilities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_credentials" ADD CONSTRAINT "provider_credentials_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_credentials" ADD CONSTRAINT "provider_credentials_staff_id_provider_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "provider_staff"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_credentials" ADD CONSTRAINT "provider_credentials_verified_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("verified_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "provider_equipment" ADD CONSTRAINT "provider_equipment_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_equipment" ADD CONSTRAINT "provider_equipment_facility_id_provider_facilities_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "provider_facilities"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "provider_facilities" ADD CONSTRAINT "provider_facilities_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_insurance" ADD CONSTRAINT "provider_insurance_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_partnerships" ADD CONSTRAINT "provider_partnerships_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_partnerships" ADD CONSTRAINT "provider_partnerships_partner_practice_id_vet_practices_id_fkey" FOREIGN KEY ("partner_practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_services" ADD CONSTRAINT "provider_services_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_staff" ADD CONSTRAINT "provider_staff_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_staff" ADD CONSTRAINT "provider_staff_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "provider_staff" ADD CONSTRAINT "provider_staff_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vet_practices" ADD CONSTRAINT "vet_practices_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "veterinarians" ADD CONSTRAINT "veterinarians_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "veterinarians" ADD CONSTRAINT "veterinarians_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_activity_log" ADD CONSTRAINT "user_activity_log_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_activity_log" ADD CONSTRAINT "user_activity_log_impersonator_id_user_profiles_id_fkey" FOREIGN KEY ("impersonator_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_activity_log" ADD CONSTRAINT "user_activity_log_session_id_user_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_metrics" ADD CONSTRAINT "user_metrics_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_payment_methods" ADD CONSTRAINT "user_payment_methods_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_permissions" ADD CONSTRAINT "user_permissions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_permissions" ADD CONSTRAINT "user_permissions_granted_by_user_profiles_id_fkey" FOREIGN KEY ("granted_by") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_granted_by_user_profiles_id_fkey" FOREIGN KEY ("granted_by") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_social_connections" ADD CONSTRAINT "user_social_connections_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_subscriptions" ADD CONSTRAINT "user_subscriptions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_subscriptions" ADD CONSTRAINT "user_subscriptions_t9ZxW3JGvEFx_fkey" FOREIGN KEY ("payment_method_id") REFERENCES "user_payment_methods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_verification_status" ADD CONSTRAINT "user_verification_status_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_verification_status" ADD CONSTRAINT "user_verification_status_reviewed_by_user_profiles_id_fkey" FOREIGN KEY ("reviewed_by") REFERENCES "user_profiles"("id") ON DELETE SET NULL;